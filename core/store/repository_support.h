#pragma once

// Helpers shared by the repository implementations; not part of the store's API.

#include "store/sqlite.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace diptych::store::detail {

/// Paths are stored as UTF-8 text (on POSIX: the native bytes unchanged).
inline std::string pathToText(const std::filesystem::path& path)
{
    const auto utf8 = path.u8string();
    return {reinterpret_cast<const char*>(utf8.data()), utf8.size()};
}

inline std::filesystem::path pathFromText(std::string_view text)
{
    return std::filesystem::path(
        std::u8string(reinterpret_cast<const char8_t*>(text.data()), text.size()));
}

/// After an UPDATE or DELETE by id: throws "PATH: what: no such <thing> (id N)" if no row
/// matched, so a stale id never passes silently.
inline void requireChanged(const Database& db, std::string_view what, std::string_view thing,
                           std::int64_t id)
{
    if (db.changes() == 0)
        db.fail(what, "no such " + std::string(thing) + " (id " + std::to_string(id) + ")");
}

/// Maps stored enumeration text back with one of the model's *FromString functions; text it
/// does not know means the file was damaged or written by a foreign tool.
template <typename Parse>
auto parseStored(const Database& db, std::string_view column, const std::string& text, Parse parse)
{
    const auto value = parse(text);
    if (!value)
        db.fail("reading " + std::string(column), "unknown value '" + text + "'");
    return *value;
}

} // namespace diptych::store::detail
