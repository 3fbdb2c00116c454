#pragma once

#include "analysis/segmentation/shot_boundary.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace diptych::test {

/// A short film made with the ffmpeg CLI from lavfi sources, with known transitions.
struct SyntheticFilm
{
    std::string name;
    std::filesystem::path path;
    double fps = 24.0;
    /// True boundaries: hard cuts and gradual transitions (xfade spans), by start.
    std::vector<analysis::ShotBoundary> truth;
    /// Frames [first, last] that are flashes, strobes, shake or whip pans: no boundary there.
    std::vector<std::pair<int, int>> traps;
};

/// The names of the fixed synthetic films (used by the tests and the benchmark).
const std::vector<std::string>& syntheticFilmNames();

/// Renders film `name` (one of syntheticFilmNames()) into `directory` (320x180, 24 fps,
/// H.264) and returns it with its truth. Throws std::runtime_error when ffmpeg fails.
SyntheticFilm makeSyntheticFilm(const std::string& name, const std::filesystem::path& directory);

} // namespace diptych::test
