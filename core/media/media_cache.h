#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace diptych::media {

/// $XDG_CACHE_HOME/diptych/`kind` (or ~/.cache/diptych/`kind`): where per-user caches of
/// derived media data live. Not created here.
std::filesystem::path userCacheDirectory(std::string_view kind);

/// A file-name-safe key for derived data of `media`: a hash of its absolute path, size and
/// modification time, so any change to the file gives a new key. nullopt when the file cannot
/// be examined.
std::optional<std::string> mediaCacheKey(const std::filesystem::path& media);

} // namespace diptych::media
