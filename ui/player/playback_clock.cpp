#include "player/playback_clock.h"

#include <cmath>

namespace diptych::ui {

PlaybackClock::PlaybackClock(TimeSource now)
    : m_now(std::move(now))
{}

void PlaybackClock::start(qint64 frame, double fps, double speed)
{
    m_startFrame = frame;
    m_startMs = m_now();
    m_fps = fps > 0 ? fps : 24.0;
    m_speed = speed;
    m_running = true;
}

void PlaybackClock::stop()
{
    m_running = false;
}

qint64 PlaybackClock::frameNow() const
{
    if (!m_running)
        return m_startFrame;
    const double elapsedSeconds = double(m_now() - m_startMs) / 1000.0;
    return m_startFrame + qint64(std::floor(elapsedSeconds * m_fps * m_speed + 1e-9));
}

} // namespace diptych::ui
