#pragma once

#include "synthetic_films.h"

#include <filesystem>
#include <string>
#include <vector>

namespace diptych::test {

/// The names of the composed films: real footage from the hand-labelled clips, cut into its
/// shots and joined again in a new order with known transitions (the kind of test film a
/// scholar's "original vs remake" comparison is full of).
const std::vector<std::string>& composedFilmNames();

/// Names of random composed films ("random_1" ...): a held-out check, as the fixed composed
/// films above were looked at while the detector was tuned. Each name's number seeds the
/// random choice of pieces (1 to 4 s of a labelled shot, from clips other than the previous
/// piece's) and of joints (cuts, cross-fades, FFmpeg's dithered dissolve, fades through black
/// and white, edge wipes and an iris, 0.5 to 1.5 s).
const std::vector<std::string>& randomFilmNames();

/// Renders composed film `name` (one of composedFilmNames() or randomFilmNames()) into
/// `directory` from the clips
/// labelled in `labels` (tests/data/shot_boundaries) found in `media`.
///
/// Each labelled shot gives one segment, taken from its middle, at least 4 frames from its
/// boundaries and clear of its labelled traps, so no segment holds a boundary of its own.
/// Only the HD copies of the Popeye parts are used: the SD copies hold the same shots, and a
/// shot joined to its own copy is no cut. Consecutive segments come from different clips
/// wherever possible. Throws std::runtime_error when ffmpeg fails or a clip is missing.
SyntheticFilm makeComposedFilm(const std::string& name, const std::filesystem::path& labels,
                               const std::filesystem::path& media,
                               const std::filesystem::path& directory);

} // namespace diptych::test
