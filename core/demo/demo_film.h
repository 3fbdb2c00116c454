#pragma once

#include "common/cancellation.h"

#include <opencv2/core/mat.hpp>

#include <filesystem>
#include <string_view>
#include <vector>

namespace diptych::demo {

/// The two films of the demo project: an "original" and its "remake". Both show the same shot
/// list; the remake is re-graded teal–orange (cool shadows, warm highlights, more saturation),
/// re-framed (every shot centred and mirror-symmetric, cropped 1.15x tighter) and re-timed
/// (constant-velocity subjects and eased camera moves, where the original has a hand-held
/// jitter and a walking gait that surges).
enum class DemoVariant
{
    Original,
    Remake,
};

/// Geometry of both demo films.
inline constexpr int kDemoWidth = 640;  ///< pixels
inline constexpr int kDemoHeight = 360; ///< pixels
inline constexpr int kDemoFps = 24;     ///< frames per second, constant

/// How a demo shot begins.
enum class DemoTransition
{
    None,     ///< the first shot
    Cut,      ///< a hard cut at startFrame
    Dissolve, ///< a cross-dissolve centred on startFrame, kDemoDissolveFrames long
    FadeIn,   ///< the previous shot fades out to black over its last kDemoFadeFrames frames,
              ///< this one fades in over its first kDemoFadeFrames frames
};
inline constexpr int kDemoDissolveFrames = 12; ///< frames, half before and half after the boundary
inline constexpr int kDemoFadeFrames = 12;     ///< frames of each of the fade-out and the fade-in

/// One shot of the demo shot list.
struct DemoShot
{
    std::string_view description; ///< e.g. "landscape, wide"
    int startFrame = 0;           ///< 0-based, inclusive
    int endFrame = 0;             ///< exclusive: the shot is [startFrame, endFrame)
    DemoTransition transitionIn = DemoTransition::Cut;
};

/// The shot list both variants render, in order; shots are 2 to 4.5 s long and together cover
/// [0, demoFrameCount()).
const std::vector<DemoShot>& demoShotList();
/// Frames in each demo film (576, 24 s at 24 fps).
int demoFrameCount();

/// Renders one demo film into `target` (its parent directory is created): H.264 (libx264,
/// yuv420p, CRF 20, a keyframe every 48 frames) in Matroska, kDemoWidth x kDemoHeight at
/// kDemoFps, demoFrameCount() frames. The pictures are deterministic (no unseeded
/// randomness), so every render gives the same pictures. The film is written to a temporary
/// file in the same directory and renamed into place when complete: a cancelled or failed
/// render leaves no partial file, and an existing `target` is replaced only by a complete one.
///
/// Progress is in frames (done, demoFrameCount()). Throws MediaError when the video cannot be
/// encoded or stored, Cancelled (within one frame of the token being set).
void renderDemoFilm(const std::filesystem::path& target, DemoVariant variant,
                    const CancellationToken* cancel = nullptr, const ProgressSink& progress = {});

/// The picture of frame `index` (0-based, [0, demoFrameCount())) of a demo film before
/// encoding: BGR (CV_8UC3), kDemoWidth x kDemoHeight. Deterministic. Throws std::out_of_range
/// for an index outside the film.
cv::Mat renderDemoFrame(DemoVariant variant, int index);

} // namespace diptych::demo
