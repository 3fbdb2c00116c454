#include "media/frame_index_cache.h"

#include "log/log.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace diptych::media {
namespace {

std::filesystem::path defaultCacheDirectory()
{
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "diptych" / "frame-index";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".cache" / "diptych" / "frame-index";
    return std::filesystem::temp_directory_path() / "diptych-cache" / "frame-index";
}

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

FrameIndexCache::FrameIndexCache(std::filesystem::path directory)
    : m_directory(directory.empty() ? defaultCacheDirectory() : std::move(directory))
{}

std::optional<std::filesystem::path> FrameIndexCache::entryFor(
    const std::filesystem::path& media) const
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
    key << absolute.string() << '\n'
        << size << '\n'
        << modified.time_since_epoch().count();
    std::ostringstream name;
    name << std::hex << fnv1a(key.str()) << ".fidx";
    return m_directory / name.str();
}

std::optional<FrameIndex> FrameIndexCache::load(const std::filesystem::path& media) const
{
    const auto entry = entryFor(media);
    if (!entry)
        return std::nullopt;
    std::ifstream in(*entry, std::ios::binary);
    if (!in)
        return std::nullopt;
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in),
                                          std::istreambuf_iterator<char>()};
    try {
        return FrameIndex::deserialize(bytes);
    } catch (const std::exception& e) {
        log::get("media")->info("ignoring bad frame-index cache entry {}: {}", entry->string(),
                                e.what());
        return std::nullopt;
    }
}

void FrameIndexCache::store(const std::filesystem::path& media, const FrameIndex& index) const
{
    const auto entry = entryFor(media);
    if (!entry)
        return;
    std::error_code error;
    std::filesystem::create_directories(m_directory, error);
    std::ostringstream unique;
    unique << entry->string() << ".tmp" << std::this_thread::get_id();
    const std::filesystem::path temporary = unique.str();
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        const auto bytes = index.serialize();
        out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
        if (!out) {
            log::get("media")->info("cannot write the frame-index cache in {}",
                                    m_directory.string());
            std::filesystem::remove(temporary, error);
            return;
        }
    }
    std::filesystem::rename(temporary, *entry, error);
    if (error)
        std::filesystem::remove(temporary, error);
}

} // namespace diptych::media
