#pragma once

#include "media/frame_index.h"

#include <filesystem>
#include <optional>

namespace diptych::media {

/// A per-user disk cache of frame indexes, so a film is scanned once, not at every open.
/// Entries are keyed by the file's absolute path, size and modification time: any change to
/// the file is a different key. Damaged files are never cached (they are rescanned so their
/// warnings are reported again). Safe to use from several threads and processes: entries are
/// written to a temporary name and renamed into place.
class FrameIndexCache final
{
public:
    /// `directory` empty: $XDG_CACHE_HOME/diptych/frame-index (or ~/.cache/...).
    explicit FrameIndexCache(std::filesystem::path directory = {});

    [[nodiscard]] std::optional<FrameIndex> load(const std::filesystem::path& media) const;
    /// Best effort: a cache that cannot be written is logged and otherwise ignored.
    void store(const std::filesystem::path& media, const FrameIndex& index) const;

    [[nodiscard]] const std::filesystem::path& directory() const { return m_directory; }

private:
    [[nodiscard]] std::optional<std::filesystem::path>
    entryFor(const std::filesystem::path& media) const;

    std::filesystem::path m_directory;
};

} // namespace diptych::media
