#pragma once

#include "common/cancellation.h"
#include "model/film.h"

#include <functional>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::analysis {

/// Progress of one film's analysis.
struct AnalysisProgress
{
    model::FilmId filmId = 0;
    model::Frame framesDone = 0; ///< frames of the film analysed so far (including a resumed run's
                                 ///< earlier part)
    model::Frame frameCount = 0; ///< frames in the film
    double framesPerSecond = 0;  ///< analysis speed of this run so far, frames per wall second
    double etaSeconds = -1;      ///< estimated wall seconds left; -1 while unknown
    int shotsCommitted = 0;      ///< shots of the film in the project so far
};
/// Called on the analysing thread, at most a few times per second; must be cheap.
using AnalysisProgressSink = std::function<void(const AnalysisProgress&)>;

struct FilmAnalysisOptions
{
    /// Worker threads measuring frames (decoding and segmentation run on the calling thread);
    /// 0 = one per core.
    int threads = 0;
    /// Re-analyse from scratch even when the project holds complete, current results.
    bool force = false;
};

/// What one call did.
struct FilmAnalysisReport
{
    enum class Outcome
    {
        UpToDate,   ///< complete results matched the film, settings and code: nothing done
        Resumed,    ///< continued an interrupted run from resumedFrom
        Analysed,   ///< analysed from the first frame
        Remeasured, ///< kept the film's shots and measured (some of) them again
    };
    Outcome outcome = Outcome::Analysed;
    model::Frame resumedFrom = 0;    ///< first frame analysed by this call
    model::Frame frameCount = 0;     ///< frames in the film
    int shots = 0;                   ///< shots of the film in the project afterwards
    model::Frame repairedFrames = 0; ///< undecodable frames replaced by their predecessor
    double seconds = 0;              ///< wall time of this call
};

/// Segments `film` into shots and measures every shot, writing to `store` shot by shot as
/// each finishes (one transaction per shot), so a killed run loses at most the shot in
/// progress. One decoding pass feeds the segmenter and every extractor; measuring runs on
/// worker threads.
///
/// Resuming: when the project holds an unfinished run made from the same file content (by
/// fingerprint), the same settings and the same algorithms, the call continues after the last
/// committed shot and computes nothing twice. A film whose file, settings or segmentation
/// algorithm changed is analysed again from the start (its old shots and values are
/// replaced). When only metric algorithms or the sampling rate changed since a complete
/// analysis (onlyMeasurementsOutdated), the film's shots stand, hand edits included: their
/// values are dropped and every shot is measured again in place (Outcome::Remeasured), shot
/// by shot, so a killed run resumes too. A complete,
/// current film whose hand-edited shots still lack values has them measured. The film's
/// settings are read from the project (AnalysisRepository::saveSettings).
///
/// Memory is bounded whatever the film's length. Runs on the calling thread (never a UI
/// thread). Sets OpenCV's own thread count to 1 (cv::setNumThreads) for the process: the
/// workers are the parallelism, and some OpenCV algorithms split work by that count, which
/// would make results depend on the machine. Throws MediaError (unreadable film), StoreError,
/// Cancelled (within a frame's time of the token being set; committed shots stay).
FilmAnalysisReport analyzeFilm(store::ProjectStore& store, const model::Film& film,
                               const FilmAnalysisOptions& options = {},
                               const CancellationToken* cancel = nullptr,
                               const AnalysisProgressSink& progress = {});

} // namespace diptych::analysis
