#include "analysis/pipeline/shot_remeasure.h"

#include "analysis/pipeline/analysis_frame_source.h"
#include "analysis/pipeline/frame_measurer.h"
#include "analysis/pipeline/metric_catalog.h"
#include "analysis/pipeline/ordered_work_queue.h"
#include "analysis/pipeline/project_setup.h"
#include "analysis/pipeline/shot_assembler.h"
#include "common/error.h"
#include "log/log.h"
#include "store/project_store.h"

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <set>
#include <thread>

namespace diptych::analysis {
namespace {

// Values of metrics from elsewhere (a merged-in project) do not make a shot measured.
std::vector<model::Shot> shotsWithoutValues(const store::ProjectStore& store, model::FilmId film)
{
    const auto& specs = shotMetricSpecs();
    const auto firstNumber =
        std::find_if(specs.begin(), specs.end(), [](const auto& spec) { return !spec.isText; });
    const auto marker = store.metrics().find(firstNumber->name);
    std::set<model::ShotId> measured;
    if (marker)
        for (const auto& value : store.metrics().shotValues(film, marker->id))
            measured.insert(value.shotId);
    std::vector<model::Shot> shots = store.shots().list(film);
    std::erase_if(shots, [&](const model::Shot& shot) { return measured.contains(shot.id); });
    return shots;
}

} // namespace

int measureUnmeasuredShots(store::ProjectStore& store, const model::Film& film, int threads,
                           const CancellationToken* cancel, const ProgressSink& progress)
{
    const auto shots = shotsWithoutValues(store, film.id);
    if (shots.empty())
        return 0;
    if (!std::filesystem::exists(film.path))
        throw MediaError(film.path.string(), "file not found");

    const auto ids = registerMetrics(store);
    const auto settings = storedSettings(store, film);
    AnalysisFrameSource source(film.path, settings.samplesPerSecond);
    ShotAssembler assembler(source.fps());
    if (threads <= 0)
        threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    cv::setNumThreads(1); // as in analyzeFilm: results must not depend on the machine
    const auto capacity = static_cast<std::size_t>(threads) * 3 + 2;
    OrderedWorkQueue<FrameMeasurer, FrameTask, FrameFeatures> queue(
        threads, capacity, [] { return std::make_unique<FrameMeasurer>(); },
        [](FrameMeasurer& measurer, const FrameTask& task) { return measurer.measure(task); });

    long long total = 0;
    for (const auto& shot : shots)
        total += shot.length();
    long long done = 0;
    int measured = 0;
    for (const auto& shot : shots) {
        const auto end = std::min(shot.endFrame, source.frameCount());
        source.seek(shot.startFrame);
        assembler.start(shot.startFrame, shot.transition, shot.transitionFrames);
        AnalysisFrame previous; // none: motion never crosses the shot's first frame
        for (auto index = shot.startFrame; index < end; ++index) {
            if (cancel)
                cancel->throwIfCancelled();
            auto sourced = source.next();
            if (!sourced)
                break;
            AnalysisFrame& frame = sourced->frame;
            while (queue.inFlightCount() >= capacity)
                assembler.add(*queue.take());
            queue.submit({frame, previous, source.fps()});
            previous = std::move(frame);
            while (auto features = queue.tryTake())
                assembler.add(*features);
            if (progress)
                progress(++done, total);
        }
        while (auto features = queue.take())
            assembler.add(*features);
        if (assembler.nextFrame() == assembler.startFrame())
            continue; // the film ended before the shot: nothing to measure
        auto assembled = assembler.finish();
        std::vector<model::ShotMetricValue> values;
        std::vector<model::ShotMetricText> texts;
        for (const auto& [name, value] : assembled.metrics.numbers)
            values.push_back({0, idOf(ids, name), value});
        for (auto& [name, text] : assembled.metrics.texts)
            texts.push_back({0, idOf(ids, name), std::move(text)});
        std::vector<store::AnalysedShot::SeriesChunk> series;
        const auto& seriesSpecs = frameSeriesSpecs();
        for (std::size_t i = 0; i < seriesSpecs.size(); ++i)
            series.push_back({idOf(ids, seriesSpecs[i].name), std::move(assembled.series[i])});
        // A shot edited again while it was measured is left to the next call.
        if (store.analysis().storeShotMeasurements(shot, std::move(values), std::move(texts),
                                                   series))
            ++measured;
    }
    log::get("analysis")->info("{}: measured {} shot(s) again", film.path.string(), measured);
    return measured;
}

} // namespace diptych::analysis
