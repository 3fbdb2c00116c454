#pragma once

#include "media/ffmpeg_ptr.h"

#include <cstdint>
#include <list>
#include <unordered_map>

namespace diptych::media {

/// Internal: least-recently-used decoded frames by frame number, bounded in bytes. Frames are
/// kept as reference-counted AVFrames (no pixel copy) in the decoder's native format, which is
/// about half the size of BGR. This is what makes stepping backwards cheap.
class FrameCache final
{
public:
    explicit FrameCache(std::size_t capacityBytes);

    /// Keeps a reference to `frame` as frame number `index`; evicts the oldest past capacity.
    void insert(std::int64_t index, const AVFrame& frame);
    /// The cached frame, refreshed as most recently used; nullptr on a miss.
    [[nodiscard]] const AVFrame* find(std::int64_t index);
    void clear();

    /// How many frames of the given size fit (at least 2).
    [[nodiscard]] std::int64_t capacityFrames(std::size_t frameBytes) const;
    [[nodiscard]] std::size_t sizeBytes() const { return m_bytes; }
    [[nodiscard]] std::size_t count() const { return m_entries.size(); }

private:
    struct Entry
    {
        std::int64_t index;
        FramePtr frame;
        std::size_t bytes;
    };
    std::size_t m_capacity;
    std::size_t m_bytes = 0;
    std::list<Entry> m_entries; // most recently used first
    std::unordered_map<std::int64_t, std::list<Entry>::iterator> m_byIndex;
};

/// Bytes held by a decoded frame's buffers.
std::size_t frameBytes(const AVFrame& frame);

} // namespace diptych::media
