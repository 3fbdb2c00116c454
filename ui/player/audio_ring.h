#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <span>
#include <vector>

namespace diptych::ui {

/// A bounded single-producer, single-consumer queue of float samples between an audio decoding
/// thread (producer) and an audio output (consumer). The producer waits while the ring is full,
/// which paces decoding to playback; the consumer never waits, because an audio callback that
/// blocks on a decoder is heard as a dropout.
///
/// Samples are opaque here; FilmAudio stores interleaved frames and keeps every push and pop a
/// whole number of frames (with a capacity that is one too), so a pop never splits a frame.
/// Thread-safe: push() from the producer thread, pop() from the consumer's, the rest from any.
class AudioRing final
{
public:
    /// `capacity` in samples (floats), at least 1.
    explicit AudioRing(std::size_t capacity);

    [[nodiscard]] std::size_t capacity() const { return m_buffer.size(); }
    /// Samples queued now.
    [[nodiscard]] std::size_t size() const;
    /// Samples popped since the last stop(): how far the consumer has got.
    [[nodiscard]] std::uint64_t popped() const;
    [[nodiscard]] bool isStopped() const;

    /// Producer: appends all of `samples` in order, waiting for room as the consumer frees it.
    /// Returns false when stop() is or gets called; then part or none of `samples` was queued
    /// (and stop() discarded it).
    bool push(std::span<const float> samples);
    /// Consumer: moves up to `out.size()` of the oldest samples into `out` and returns how many.
    /// Never waits: 0 when the ring is empty.
    std::size_t pop(std::span<float> out);

    /// Discards the queued samples, zeroes popped() and makes push() fail (waking a waiting
    /// producer) until restart(). For seeks and stops: nothing stale is heard afterwards.
    void stop();
    /// Lets push() queue samples again after stop().
    void restart();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_room; // signalled when samples are popped or on stop()
    std::vector<float> m_buffer;
    std::size_t m_head = 0; // index of the oldest sample
    std::size_t m_size = 0;
    std::uint64_t m_popped = 0;
    bool m_stopped = false;
};

} // namespace diptych::ui
