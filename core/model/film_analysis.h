#pragma once

#include "model/ids.h"

#include <string>

namespace diptych::model {

/// How far, with what settings and with which algorithms a film has been analysed.
/// The analysis pipeline commits shots one by one; this record says where a resumed run
/// continues and whether earlier results still match the film and the code.
struct FilmAnalysis
{
    FilmId filmId = 0;
    /// Content fingerprint of the media file that was analysed; empty before the first run.
    std::string fingerprint;
    /// The user's per-film analysis settings (segmentation threshold, minimum shot length...)
    /// as JSON; "{}" means the defaults.
    std::string settingsJson = "{}";
    /// Provenance of every metric as computed for this film: {metric name: {algorithm,
    /// version, parameters}} plus "segmentation". Compared with the current code's to find
    /// stale values.
    std::string provenanceJson = "{}";
    /// Frames [0, nextFrame) are covered by committed shots.
    Frame nextFrame = 0;
    /// What a resumed run needs to continue exactly (the boundary that starts the next shot).
    std::string resumeJson = "{}";
    /// Frames in the film; set when the analysis completes.
    Frame frameCount = 0;
    bool complete = false;
    std::string startedAt; ///< ISO-8601 UTC
    std::string updatedAt; ///< ISO-8601 UTC

    bool operator==(const FilmAnalysis&) const = default;
};

} // namespace diptych::model
