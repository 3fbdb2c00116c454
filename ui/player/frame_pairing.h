#pragma once

#include <QImage>

#include <array>
#include <cstdint>
#include <deque>
#include <vector>

namespace diptych::ui {

/// Presents the two viewers' frames of one playback tick together. The two films decode on
/// their own threads and their frames arrive one by one; shown as they come, a stall that
/// one side's read-ahead absorbs and the other's does not would show the two films out of
/// step (drift) until the slower side caught up. So during playback a frame that arrives
/// before its partner is held, and the pair is shown at once when the partner arrives.
/// A frame whose partner will never come (the other side has moved past it) or does not come
/// within `maxWaitMs` is shown alone, so a slow or broken side never freezes the other.
///
/// Frames are 0-based presentation-order indices of each side's film; times are ms of any
/// monotonic clock. Pure logic on the UI thread: the caller shows what the calls return.
class FramePairing final
{
public:
    struct Shown
    {
        int side = 0; ///< 0 = film A, 1 = film B
        qint64 frame = 0;
        QImage image;
    };

    explicit FramePairing(qint64 maxWaitMs = 120);

    /// Playback asked for frame `a` of film A and `b` of film B on the same tick.
    void expect(qint64 a, qint64 b);
    /// A frame arrived for `side` at `nowMs`. Returns what to show now, A before B: nothing
    /// (held for its partner), the pair, or frames whose partner will not come. A frame no
    /// pair expects (a request made while paused) is returned at once.
    [[nodiscard]] std::vector<Shown> arrive(int side, qint64 frame, QImage image, qint64 nowMs);
    /// Frames held for `maxWaitMs` or longer, shown alone.
    [[nodiscard]] std::vector<Shown> expire(qint64 nowMs);
    /// Ms from `nowMs` until the oldest held frame expires (0 if due); -1 when none is held.
    [[nodiscard]] qint64 msUntilExpiry(qint64 nowMs) const;
    /// Forgets the expected pairs and drops the held frames (pause, seek, another film).
    void reset();

private:
    struct Pair
    {
        std::int64_t sequence = 0;
        std::array<qint64, 2> frames{};
    };
    struct Held
    {
        bool valid = false;
        qint64 frame = 0;
        QImage image;
        qint64 sinceMs = 0;
        std::int64_t sequence = 0; ///< the latest expected pair the frame belongs to
    };

    /// The latest expected pair with `frame` on `side`, or -1.
    [[nodiscard]] std::int64_t latestPairWith(int side, qint64 frame) const;
    [[nodiscard]] bool expectedTogether(qint64 a, qint64 b) const;
    static Shown release(int side, Held& held);

    qint64 m_maxWaitMs;
    std::deque<Pair> m_expected; ///< the most recent pairs, oldest first
    std::int64_t m_nextSequence = 0;
    std::array<Held, 2> m_held;
};

} // namespace diptych::ui
