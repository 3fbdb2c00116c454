#pragma once

#include "common/cancellation.h"

#include <filesystem>
#include <string>
#include <vector>

namespace diptych::exchange {

struct ProjectSnapshot;

/// Writes a publishable dataset into `folder` (which must exist and be empty: the caller
/// stages it): the four CSV tables, project.json and its schema, one keyframe JPEG per shot
/// (the middle frame, 480 px wide) under keyframes/, one palette PNG per shot under palettes/,
/// one movie barcode PNG per film under barcodes/, and a README.md that describes every
/// file and column (metric columns from METRICS.md) and how to cite the dataset.
/// `snapshot` should hold the series (barcodes are drawn from them). Films whose media file
/// is missing get no keyframes; that, and any other picture that could not be made, is
/// returned as one warning line each and listed in the README. Throws Cancelled, or Error
/// when a file cannot be written.
std::vector<std::string> writeBundle(const ProjectSnapshot& snapshot,
                                     const std::filesystem::path& folder,
                                     const ProgressSink& progress, const CancellationToken* cancel);

} // namespace diptych::exchange
