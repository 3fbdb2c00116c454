#include "analysis/pipeline/film_segmenter.h"

#include "analysis/pipeline/analysis_frame_source.h"

#include <opencv2/core/utility.hpp>

namespace diptych::analysis {

std::vector<ShotBoundary> detectShotBoundaries(const std::filesystem::path& film,
                                               const ShotDetectorOptions& options,
                                               const CancellationToken* cancel,
                                               const ProgressSink& progress)
{
    // As in analyzeFilm: OpenCV's pool would only add thread hand-offs to the signature's
    // small images, competing with the decoder's threads for the same cores.
    cv::setNumThreads(1);
    // Samples are an extractor notion: any rate will do when nothing is measured.
    AnalysisFrameSource source(film, 1.0, nullptr,
                               SourcedContents{.measurement = false, .signature = true});
    ShotDetector detector(options, source.fps());
    std::vector<ShotBoundary> boundaries;
    while (auto sourced = source.next()) {
        const model::Frame frame = sourced->frame.index;
        detector.push(std::move(sourced->signature));
        if (frame % 64 == 0) {
            if (cancel)
                cancel->throwIfCancelled();
            if (progress)
                progress(frame, source.frameCount());
            const auto decided = detector.takeFinal();
            boundaries.insert(boundaries.end(), decided.begin(), decided.end());
        }
    }
    const auto rest = detector.finish();
    boundaries.insert(boundaries.end(), rest.begin(), rest.end());
    return boundaries;
}

} // namespace diptych::analysis
