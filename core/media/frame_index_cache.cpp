#include "media/frame_index_cache.h"

#include "log/log.h"
#include "media/media_cache.h"

#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace diptych::media {
namespace {

// Part of every entry's name: bump it whenever the scanner would index a file differently
// (or warn differently), so entries written by an older scanner are never used.
constexpr int kScannerVersion = 3;

} // namespace

FrameIndexCache::FrameIndexCache(std::filesystem::path directory)
    : m_directory(directory.empty() ? userCacheDirectory("frame-index") : std::move(directory))
{}

std::optional<std::filesystem::path>
FrameIndexCache::entryFor(const std::filesystem::path& media) const
{
    const auto key = mediaCacheKey(media);
    if (!key)
        return std::nullopt;
    return m_directory / (*key + "-s" + std::to_string(kScannerVersion) + ".fidx");
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
