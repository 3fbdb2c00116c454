#include "timeline/timeline_scale.h"

#include <algorithm>
#include <cmath>

namespace diptych::ui {

void TimelineScale::setFrameCount(model::Frame frames)
{
    m_frames = std::max<model::Frame>(frames, 0);
    fit();
}

void TimelineScale::setViewWidth(double pixels)
{
    const bool wasFitted = m_pixelsPerFrame <= fitPixelsPerFrame() * (1 + 1e-9);
    m_width = std::max(pixels, 1.0);
    m_pixelsPerFrame = wasFitted
                           ? fitPixelsPerFrame()
                           : std::clamp(m_pixelsPerFrame, fitPixelsPerFrame(), kMaxPixelsPerFrame);
    clampFirst();
}

double TimelineScale::visibleFrames() const
{
    return m_width / m_pixelsPerFrame;
}

double TimelineScale::fitPixelsPerFrame() const
{
    if (m_frames <= 0)
        return kMaxPixelsPerFrame;
    return std::min(m_width / double(m_frames), kMaxPixelsPerFrame);
}

bool TimelineScale::isFitted() const
{
    return m_pixelsPerFrame <= fitPixelsPerFrame() * (1 + 1e-9) && m_first <= 0;
}

bool TimelineScale::canScroll() const
{
    return double(m_frames) > visibleFrames() + 1e-9;
}

double TimelineScale::xOf(double frame) const
{
    return (frame - m_first) * m_pixelsPerFrame;
}

double TimelineScale::framePositionAt(double x) const
{
    return m_first + x / m_pixelsPerFrame;
}

model::Frame TimelineScale::frameAt(double x) const
{
    if (m_frames <= 0)
        return 0;
    const auto frame = static_cast<model::Frame>(std::floor(framePositionAt(x)));
    return std::clamp<model::Frame>(frame, 0, m_frames - 1);
}

void TimelineScale::fit()
{
    m_pixelsPerFrame = fitPixelsPerFrame();
    m_first = 0;
}

void TimelineScale::zoomBy(double factor, double anchorX)
{
    if (!(factor > 0))
        return;
    const double anchorFrame = framePositionAt(anchorX);
    m_pixelsPerFrame =
        std::clamp(m_pixelsPerFrame * factor, fitPixelsPerFrame(), kMaxPixelsPerFrame);
    m_first = anchorFrame - anchorX / m_pixelsPerFrame;
    clampFirst();
}

void TimelineScale::setFirstFrame(double frame)
{
    m_first = frame;
    clampFirst();
}

void TimelineScale::scrollByPixels(double pixels)
{
    setFirstFrame(m_first + pixels / m_pixelsPerFrame);
}

bool TimelineScale::ensureVisible(model::Frame frame)
{
    const double visible = visibleFrames();
    if (double(frame) >= m_first && double(frame) + 1 <= m_first + visible)
        return false;
    const double before = m_first;
    // A small lead-in keeps the frames just before the playhead in sight after the turn.
    setFirstFrame(double(frame) - visible * 0.05);
    return m_first != before;
}

void TimelineScale::clampFirst()
{
    const double last = std::max(0.0, double(m_frames) - visibleFrames());
    m_first = std::clamp(m_first, 0.0, last);
}

} // namespace diptych::ui
