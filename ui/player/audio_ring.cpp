#include "player/audio_ring.h"

#include <algorithm>

namespace diptych::ui {

AudioRing::AudioRing(std::size_t capacity)
    : m_buffer(std::max<std::size_t>(capacity, 1))
{}

std::size_t AudioRing::size() const
{
    std::lock_guard lock(m_mutex);
    return m_size;
}

std::uint64_t AudioRing::popped() const
{
    std::lock_guard lock(m_mutex);
    return m_popped;
}

bool AudioRing::isStopped() const
{
    std::lock_guard lock(m_mutex);
    return m_stopped;
}

bool AudioRing::push(std::span<const float> samples)
{
    std::unique_lock lock(m_mutex);
    while (!samples.empty()) {
        m_room.wait(lock, [this]() { return m_stopped || m_size < m_buffer.size(); });
        if (m_stopped)
            return false;
        // Copy what fits, in at most two pieces around the end of the buffer.
        const std::size_t count = std::min(samples.size(), m_buffer.size() - m_size);
        std::size_t tail = (m_head + m_size) % m_buffer.size();
        for (std::size_t copied = 0; copied < count;) {
            const std::size_t piece = std::min(count - copied, m_buffer.size() - tail);
            std::copy_n(samples.begin() + std::ptrdiff_t(copied), piece,
                        m_buffer.begin() + std::ptrdiff_t(tail));
            copied += piece;
            tail = (tail + piece) % m_buffer.size();
        }
        m_size += count;
        samples = samples.subspan(count);
    }
    return true;
}

std::size_t AudioRing::pop(std::span<float> out)
{
    std::size_t count = 0;
    {
        std::lock_guard lock(m_mutex);
        count = std::min(out.size(), m_size);
        for (std::size_t copied = 0; copied < count;) {
            const std::size_t piece = std::min(count - copied, m_buffer.size() - m_head);
            std::copy_n(m_buffer.begin() + std::ptrdiff_t(m_head), piece,
                        out.begin() + std::ptrdiff_t(copied));
            copied += piece;
            m_head = (m_head + piece) % m_buffer.size();
        }
        m_size -= count;
        m_popped += count;
    }
    if (count > 0)
        m_room.notify_one();
    return count;
}

void AudioRing::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_head = 0;
        m_size = 0;
        m_popped = 0;
    }
    m_room.notify_all();
}

void AudioRing::restart()
{
    std::lock_guard lock(m_mutex);
    m_stopped = false;
}

} // namespace diptych::ui
