#pragma once

#include <QtGlobal>

#include <functional>

namespace diptych::ui {

/// Where playback should be now: the frame to show at a given moment of a monotonic clock,
/// from the frame and the moment playback (re)started, the rate and the speed. Frames are
/// never accumulated tick by tick, so a late timer never makes playback drift.
///
/// The time source is injected (milliseconds of a monotonic clock): the player passes
/// QElapsedTimer, the tests a fake clock.
class PlaybackClock final
{
public:
    using TimeSource = std::function<qint64()>; ///< monotonic milliseconds

    explicit PlaybackClock(TimeSource now);

    /// Starts (or restarts) playback at `frame` with `fps` frames per second at `speed`
    /// (negative plays backwards).
    void start(qint64 frame, double fps, double speed);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] double speed() const { return m_speed; }

    /// The frame due now (unclamped; the caller clamps to the film and handles the ends).
    [[nodiscard]] qint64 frameNow() const;

private:
    TimeSource m_now;
    bool m_running = false;
    qint64 m_startFrame = 0;
    qint64 m_startMs = 0;
    double m_fps = 24.0;
    double m_speed = 1.0;
};

} // namespace diptych::ui
