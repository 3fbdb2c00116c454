#pragma once

#include "analysis/color/cielab.h"

#include <opencv2/core/matx.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace diptych::analysis::color {

/// One palette colour: a k-means centre in CIELAB and the share of the samples it holds.
struct PaletteEntry
{
    LabColor color;
    double weight = 0; ///< (0, 1]; the weights of one palette sum to 1
};

/// Parameters of extractPalette; the defaults are the ones per-shot palettes use.
struct PaletteOptions
{
    int colors = 5;                   ///< k
    int attempts = 3;                 ///< k-means++ restarts; the lowest-inertia run wins
    int maxIterations = 30;           ///< Lloyd iterations per attempt
    double epsilon = 0.01;            ///< stop when no centre moves more than this (ΔE*ab)
    std::uint64_t seed = 0x5eed'd1b7; ///< fixed: the same samples always give the same palette
};

/// Dominant colours of `samples` (CIELAB, L*/a*/b* per element) by k-means (Lloyd's algorithm
/// with k-means++ seeding), deterministic for a given seed and input order. Returns at most
/// `options.colors` entries, sorted by weight descending (ties: by L*, a*, b*), with empty
/// clusters dropped: an image of 3 colours gives 3 entries. Empty input gives an empty palette.
std::vector<PaletteEntry> extractPalette(const std::vector<cv::Vec3f>& samples,
                                         const PaletteOptions& options = {});

/// The palette as JSON text: [{"L":..,"a":..,"b":..,"hex":"#rrggbb","weight":..}, ...], L/a/b
/// rounded to 0.01, in the order given.
std::string paletteToJson(const std::vector<PaletteEntry>& palette);

} // namespace diptych::analysis::color
