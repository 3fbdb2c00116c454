#pragma once

#include "synthetic_films.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace diptych::test {

/// Frame rate of every rendered film.
inline constexpr int kRenderFps = 24;

/// One shot of a rendered film, `seconds` long: either a lavfi source with optional camera
/// work, or frames of a media file (`file` set), retimed to kRenderFps frame for frame.
struct Segment
{
    std::string source; ///< lavfi graph producing >= 320x180 video (when `file` is empty)
    double seconds = 3.0;
    std::string camera;          ///< extra filters (crop for pans / shake), may be empty
    std::filesystem::path file;  ///< media file to cut the shot from, instead of `source`
    double fileStartSeconds = 0; ///< where in `file` the shot starts
};

/// The segment's length in frames of the rendered film.
int framesOf(const Segment& segment);

/// How a segment joins the previous one: a cut ("cut") or an xfade transition name.
struct Joint
{
    std::string transition = "cut";
    double seconds = 0.0;
};

/// A flat colour drawn over frames [first, last] of the finished film.
struct Flash
{
    int first = 0;
    int last = 0;
    std::string colour = "white@1.0";
    bool strobe = false; ///< every other frame of [first, last]
};

/// Renders the segments joined by `joints` (one fewer than segments) with the ffmpeg CLI into
/// `directory`/`name`.mp4 (320x180, kRenderFps, H.264; pictures of another shape are
/// letterboxed) and returns the film with its true boundaries; flashes become traps too.
/// Throws std::runtime_error when ffmpeg fails.
SyntheticFilm render(const std::string& name, const std::filesystem::path& directory,
                     const std::vector<Segment>& segments, const std::vector<Joint>& joints,
                     const std::vector<Flash>& flashes, std::vector<std::pair<int, int>> traps);

} // namespace diptych::test
