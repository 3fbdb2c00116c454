#pragma once

#include "analysis/segmentation/shot_detector.h"

#include <CLI/CLI.hpp>

#include <optional>

namespace diptych::cli {

/// The segmentation parameters a user may set on the command line; unset ones keep the
/// film's stored settings (or the defaults).
struct SegmentationOptions
{
    std::optional<double> threshold;
    std::optional<int> minShotFrames;

    [[nodiscard]] bool any() const { return threshold.has_value() || minShotFrames.has_value(); }
    /// `base` with the options that were given.
    [[nodiscard]] analysis::ShotDetectorOptions apply(analysis::ShotDetectorOptions base) const
    {
        if (threshold)
            base.threshold = *threshold;
        if (minShotFrames)
            base.minShotFrames = *minShotFrames;
        return base;
    }
};

inline void addSegmentationOptions(CLI::App& command, SegmentationOptions& options)
{
    command.add_option("--threshold", options.threshold,
                       "Cut sensitivity (see METRICS.md; lower finds more cuts)");
    command
        .add_option("--min-shot-frames", options.minShotFrames,
                    "No two shot boundaries closer than this many frames")
        ->check(CLI::PositiveNumber);
}

} // namespace diptych::cli
