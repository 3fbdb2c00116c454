#include "media/frame_cache.h"

#include <algorithm>
#include <new>

namespace diptych::media {

std::size_t frameBytes(const AVFrame& frame)
{
    std::size_t bytes = 0;
    for (const AVBufferRef* buffer : frame.buf)
        if (buffer)
            bytes += buffer->size;
    return bytes;
}

FrameCache::FrameCache(std::size_t capacityBytes)
    : m_capacity(capacityBytes)
{}

void FrameCache::insert(std::int64_t index, const AVFrame& frame)
{
    if (const auto it = m_byIndex.find(index); it != m_byIndex.end()) {
        m_entries.splice(m_entries.begin(), m_entries, it->second);
        return;
    }
    FramePtr copy(av_frame_clone(&frame));
    if (!copy)
        throw std::bad_alloc();
    const std::size_t bytes = frameBytes(frame);
    m_entries.push_front(Entry{index, std::move(copy), bytes});
    m_byIndex[index] = m_entries.begin();
    m_bytes += bytes;
    while (m_bytes > m_capacity && m_entries.size() > 1) {
        m_bytes -= m_entries.back().bytes;
        m_byIndex.erase(m_entries.back().index);
        m_entries.pop_back();
    }
}

const AVFrame* FrameCache::find(std::int64_t index)
{
    const auto it = m_byIndex.find(index);
    if (it == m_byIndex.end())
        return nullptr;
    m_entries.splice(m_entries.begin(), m_entries, it->second);
    return it->second->frame.get();
}

void FrameCache::clear()
{
    m_entries.clear();
    m_byIndex.clear();
    m_bytes = 0;
}

std::int64_t FrameCache::capacityFrames(std::size_t bytesPerFrame) const
{
    return std::max<std::int64_t>(
        2, std::int64_t(m_capacity / std::max<std::size_t>(1, bytesPerFrame)));
}

} // namespace diptych::media
