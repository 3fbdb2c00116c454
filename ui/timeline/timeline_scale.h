#pragma once

#include "model/ids.h"

namespace diptych::ui {

/// The horizontal mapping of a timeline between frames and pixels: a zoom (pixels per frame)
/// and a scroll position (the fractional frame at the view's left edge). Pure arithmetic, so
/// the panel's timelines share one instance and tests check it without widgets.
///
/// x is measured in pixels from the left edge of the tracks (not of the widget). Frame f
/// covers [xOf(f), xOf(f + 1)). Zoom runs from the whole film fitting the view (the minimum)
/// to kMaxPixelsPerFrame; the scroll position is clamped so the view never leaves the film,
/// except that a film shorter than the view at the maximum zoom starts at the left edge.
class TimelineScale final
{
public:
    /// The closest zoom: about a thumbnail's worth of frames is still legible one by one.
    static constexpr double kMaxPixelsPerFrame = 12.0;

    /// Frames on the timeline (the longer film of the two); resets to the fitted zoom.
    void setFrameCount(model::Frame frames);
    /// Width of the tracks in pixels. A fitted view stays fitted; otherwise the zoom is kept
    /// (clamped to the new range), as editors do when their window is resized.
    void setViewWidth(double pixels);

    [[nodiscard]] model::Frame frameCount() const { return m_frames; }
    [[nodiscard]] double viewWidth() const { return m_width; }
    [[nodiscard]] double pixelsPerFrame() const { return m_pixelsPerFrame; }
    [[nodiscard]] double firstFrame() const { return m_first; }
    /// Frames across the view (fractional).
    [[nodiscard]] double visibleFrames() const;
    /// The zoom that shows the whole film, never above kMaxPixelsPerFrame.
    [[nodiscard]] double fitPixelsPerFrame() const;
    [[nodiscard]] bool isFitted() const;
    /// Zoomed in far enough that some of the film is out of view.
    [[nodiscard]] bool canScroll() const;

    /// Pixel position of the left edge of (fractional) frame `frame`.
    [[nodiscard]] double xOf(double frame) const;
    /// The frame whose pixels contain `x`, clamped to [0, frameCount - 1] (0 for an empty film).
    [[nodiscard]] model::Frame frameAt(double x) const;
    /// The fractional frame position at `x` (not clamped), for zooming around a point.
    [[nodiscard]] double framePositionAt(double x) const;

    /// Shows the whole film.
    void fit();
    /// Multiplies the zoom by `factor` (clamped), keeping the frame position under `anchorX`
    /// where it is on screen.
    void zoomBy(double factor, double anchorX);
    /// Sets the left edge of the view to frame position `frame` (clamped).
    void setFirstFrame(double frame);
    void scrollByPixels(double pixels);
    /// When `frame` is out of view, turns the page so it sits near the left edge (as editors
    /// follow a playing playhead, without scrolling on every frame). True when it scrolled.
    bool ensureVisible(model::Frame frame);

private:
    void clampFirst();

    model::Frame m_frames = 0;
    double m_width = 1;
    double m_pixelsPerFrame = 1;
    double m_first = 0;
};

} // namespace diptych::ui
