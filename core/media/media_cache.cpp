#include "media/media_cache.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>

namespace diptych::media {
namespace {

// FNV-1a, 64 bit: only needs to spread keys over file names, not resist attack.
std::uint64_t fnv1a(const std::string& text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

std::filesystem::path userCacheDirectory(std::string_view kind)
{
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "diptych" / kind;
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".cache" / "diptych" / kind;
    return std::filesystem::temp_directory_path() / "diptych-cache" / kind;
}

std::optional<std::string> mediaCacheKey(const std::filesystem::path& media)
{
    std::error_code error;
    const auto absolute = std::filesystem::absolute(media, error);
    const auto size = std::filesystem::file_size(media, error);
    if (error)
        return std::nullopt;
    const auto modified = std::filesystem::last_write_time(media, error);
    if (error)
        return std::nullopt;
    std::ostringstream key;
    key << absolute.string() << '\n' << size << '\n' << modified.time_since_epoch().count();
    std::ostringstream name;
    name << std::hex << fnv1a(key.str());
    return name.str();
}

} // namespace diptych::media
