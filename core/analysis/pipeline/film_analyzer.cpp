#include "analysis/pipeline/film_analyzer.h"

#include "analysis/pipeline/analysis_frame_source.h"
#include "analysis/pipeline/analysis_settings.h"
#include "analysis/pipeline/frame_measurer.h"
#include "analysis/pipeline/metric_catalog.h"
#include "analysis/pipeline/ordered_work_queue.h"
#include "analysis/pipeline/project_setup.h"
#include "analysis/pipeline/shot_assembler.h"
#include "analysis/pipeline/shot_remeasure.h"
#include "analysis/segmentation/shot_detector.h"
#include "common/error.h"
#include "log/log.h"
#include "store/file_fingerprint.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <chrono>
#include <deque>
#include <stdexcept>
#include <thread>

namespace diptych::analysis {
namespace {

using Clock = std::chrono::steady_clock;

/// Progress callbacks come at most this often.
constexpr auto kProgressInterval = std::chrono::milliseconds(250);

std::shared_ptr<spdlog::logger> analysisLog()
{
    return log::get("analysis");
}

/// Sends a film's progress to the caller's sink at most every kProgressInterval, with the
/// speed and time left of this run (which started at frame `from` at `started`).
class ProgressReporter
{
public:
    ProgressReporter(const AnalysisProgressSink& sink, model::FilmId film, model::Frame from,
                     Clock::time_point started)
        : m_sink(sink)
        , m_film(film)
        , m_from(from)
        , m_started(started)
        , m_last(Clock::now())
    {}

    /// `force`: send even if the last report was sent moments ago (the final one).
    void report(model::Frame done, model::Frame total, int shots, bool force)
    {
        const auto now = Clock::now();
        if (!m_sink || (!force && now - m_last < kProgressInterval))
            return;
        m_last = now;
        AnalysisProgress p;
        p.filmId = m_film;
        p.framesDone = done;
        p.frameCount = total;
        const double elapsed = std::chrono::duration<double>(now - m_started).count();
        p.framesPerSecond = elapsed > 0 ? double(done - m_from) / elapsed : 0;
        p.etaSeconds = p.framesPerSecond > 0 ? double(total - done) / p.framesPerSecond : -1;
        p.shotsCommitted = shots;
        m_sink(p);
    }

private:
    const AnalysisProgressSink& m_sink;
    model::FilmId m_film;
    model::Frame m_from;
    Clock::time_point m_started;
    Clock::time_point m_last;
};

nlohmann::json boundaryToJson(const ShotBoundary& boundary)
{
    return {{"start", boundary.start},
            {"end", boundary.end},
            {"kind", std::string(model::toString(boundary.kind))}};
}

ShotBoundary boundaryFromJson(const nlohmann::json& json)
{
    ShotBoundary boundary;
    boundary.start = json.at("start").get<model::Frame>();
    boundary.end = json.at("end").get<model::Frame>();
    const auto kind = model::transitionKindFromString(json.at("kind").get<std::string>());
    if (!kind || boundary.end <= boundary.start)
        throw Error("damaged analysis state: bad boundary " + json.dump());
    boundary.kind = *kind;
    return boundary;
}

int workerCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

/// The state of one analysis run between frames.
class Run
{
public:
    Run(store::ProjectStore& store, const model::Film& film, const AnalysisSettings& settings,
        MetricIds ids, int threads)
        : m_store(store)
        , m_film(film)
        , m_source(film.path, settings.samplesPerSecond, nullptr,
                   SourcedContents{.measurement = true, .signature = true})
        , m_detector(settings.segmentation, m_source.fps())
        , m_assembler(m_source.fps())
        , m_ids(std::move(ids))
        , m_capacity(static_cast<std::size_t>(threads) * 3 + 2)
        , m_queue(
              threads, m_capacity, [] { return std::make_unique<FrameMeasurer>(); },
              [](FrameMeasurer& measurer, const FrameTask& task) { return measurer.measure(task); })
    {}

    model::Frame frameCount() const { return m_source.frameCount(); }
    model::Frame repairedFrames() const { return m_source.repairedFrames(); }
    int shotsCommitted() const { return m_shots; }

    /// Continues after `previous` (the boundary that starts the shot at `from`), or from the
    /// film's start when `previous` is null.
    void start(model::Frame from, const ShotBoundary* previous, int shotsSoFar)
    {
        m_from = from;
        m_shots = shotsSoFar;
        if (previous) {
            m_detector.resumeAfter(*previous);
            m_assembler.start(from, previous->kind, previous->transitionFrames());
            m_source.seek(std::max<model::Frame>(0, from - m_detector.warmupFrames()));
        } else {
            m_assembler.start(0, TransitionKind::None, 0);
            m_source.seek(0);
        }
    }

    /// Decodes and dispatches the next frame; false at the end of the film.
    bool step()
    {
        auto sourced = m_source.next();
        if (!sourced)
            return false;
        m_detector.push(std::move(sourced->signature));
        AnalysisFrame& frame = sourced->frame;
        queueBoundaries(m_detector.takeFinal());
        if (frame.index >= m_from) {
            while (m_queue.inFlightCount() >= m_capacity)
                m_ready.push_back(*m_queue.take());
            m_queue.submit({frame, m_previous, m_source.fps()});
        }
        m_previous = std::move(frame);
        while (auto features = m_queue.tryTake())
            m_ready.push_back(std::move(*features));
        // Frames before decidedUpTo() can no longer gain a boundary, so they may join a shot.
        consumeReady(m_detector.decidedUpTo());
        return true;
    }

    /// Flushes the segmenter and the workers and commits the last shots.
    void finish()
    {
        queueBoundaries(m_detector.finish());
        while (auto features = m_queue.take())
            m_ready.push_back(std::move(*features));
        consumeReady(frameCount());
        if (m_assembler.nextFrame() > m_assembler.startFrame())
            commit(m_assembler.finish(), frameCount(), nlohmann::json::object());
        m_store.analysis().markComplete(m_film.id, frameCount());
    }

    model::Frame framesDone() const
    {
        return m_previous.bgr.empty() ? m_from : m_previous.index + 1;
    }

private:
    void queueBoundaries(const std::vector<ShotBoundary>& boundaries)
    {
        for (const auto& boundary : boundaries) {
            const auto split = boundary.splitFrame();
            // Boundaries before the resume point were committed by the earlier run.
            if (split > m_from && split < frameCount())
                m_pending.push_back(boundary);
        }
    }

    void consumeReady(model::Frame limit)
    {
        while (!m_ready.empty() && m_ready.front().frame.index < limit) {
            consume(m_ready.front());
            m_ready.pop_front();
        }
    }

    void consume(const FrameFeatures& features)
    {
        const auto index = features.frame.index;
        while (!m_pending.empty() && m_pending.front().splitFrame() <= index) {
            const auto boundary = m_pending.front();
            m_pending.pop_front();
            if (boundary.splitFrame() <= m_assembler.startFrame())
                continue; // closer than one frame to the previous boundary
            if (boundary.splitFrame() != m_assembler.nextFrame())
                throw std::logic_error("analysis: a boundary arrived after its frames");
            commit(m_assembler.finish(), boundary.splitFrame(), boundaryToJson(boundary));
            m_assembler.start(boundary.splitFrame(), boundary.kind, boundary.transitionFrames());
        }
        m_assembler.add(features);
    }

    void commit(AssembledShot assembled, model::Frame nextFrame, const nlohmann::json& resume)
    {
        store::AnalysedShot shot;
        shot.shot.startFrame = assembled.startFrame;
        shot.shot.endFrame = assembled.endFrame;
        shot.shot.transition = assembled.transition;
        shot.shot.transitionFrames = assembled.transitionFrames;
        for (const auto& [name, value] : assembled.metrics.numbers)
            shot.values.push_back({0, idOf(m_ids, name), value});
        for (auto& [name, text] : assembled.metrics.texts)
            shot.texts.push_back({0, idOf(m_ids, name), std::move(text)});
        const auto& series = frameSeriesSpecs();
        for (std::size_t i = 0; i < series.size(); ++i)
            shot.series.push_back({idOf(m_ids, series[i].name), std::move(assembled.series[i])});
        m_store.analysis().commitShot(m_film.id, std::move(shot), nextFrame,
                                      resume.empty() ? "{}" : resume.dump());
        ++m_shots;
    }

    store::ProjectStore& m_store;
    const model::Film& m_film;
    AnalysisFrameSource m_source;
    ShotDetector m_detector;
    ShotAssembler m_assembler;
    MetricIds m_ids;
    std::size_t m_capacity;
    OrderedWorkQueue<FrameMeasurer, FrameTask, FrameFeatures> m_queue;
    std::deque<FrameFeatures> m_ready;  ///< measured, waiting for the segmenter's decision
    std::deque<ShotBoundary> m_pending; ///< final boundaries not yet reached by the shots
    AnalysisFrame m_previous;
    model::Frame m_from = 0;
    int m_shots = 0;
};

/// The shots of a complete, current analysis stand: measure those without values (hand
/// edits whose measuring was interrupted, or all of them when `newProvenance` is set because
/// only metric algorithms or the sampling rate changed since they were measured).
FilmAnalysisReport measureInPlace(store::ProjectStore& store, const model::Film& film,
                                  const model::FilmAnalysis& state,
                                  const std::string& newProvenance,
                                  const FilmAnalysisOptions& options,
                                  const CancellationToken* cancel,
                                  const AnalysisProgressSink& progress)
{
    const auto started = Clock::now();
    if (!newProvenance.empty()) {
        analysisLog()->info("{}: metric algorithms or sampling changed since its analysis; "
                            "measuring its shots again, keeping them",
                            film.path.string());
        store.analysis().clearMeasurements(film.id, catalogMetricIds(registerMetrics(store)),
                                           newProvenance);
    }
    const int shots = static_cast<int>(store.shots().list(film.id).size());
    ProgressReporter reporter(progress, film.id, 0, started);
    const int measured = measureUnmeasuredShots(
        store, film, options.threads, cancel, [&](long long done, long long total) {
            reporter.report(done, total, shots, done == total);
        });

    FilmAnalysisReport report;
    report.outcome = measured > 0 || !newProvenance.empty()
                         ? FilmAnalysisReport::Outcome::Remeasured
                         : FilmAnalysisReport::Outcome::UpToDate;
    report.frameCount = state.frameCount;
    report.resumedFrom = state.frameCount;
    report.shots = shots;
    report.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return report;
}

} // namespace

FilmAnalysisReport analyzeFilm(store::ProjectStore& store, const model::Film& film,
                               const FilmAnalysisOptions& options, const CancellationToken* cancel,
                               const AnalysisProgressSink& progress)
{
    const auto started = Clock::now();
    const auto path = film.path.string();
    if (!std::filesystem::exists(film.path))
        throw MediaError(path, "file not found");

    const auto state = store.analysis().get(film.id);
    const auto settings = storedSettings(store, film);
    const auto provenance = filmProvenance(settings).dump();
    const auto fingerprint = store::fileFingerprint(film.path);

    const bool sameFile = state && !state->fingerprint.empty() && state->fingerprint == fingerprint;
    const bool current = sameFile && state->provenanceJson == provenance;
    if (sameFile && state->complete && !options.force &&
        (current || onlyMeasurementsOutdated(*state)))
        return measureInPlace(store, film, *state, current ? "" : provenance, options, cancel,
                              progress);

    FilmAnalysisReport report;

    auto ids = registerMetrics(store);
    const int threads = workerCount(options.threads);
    // Parallelism comes from our worker threads. OpenCV's own thread pool would compete with
    // them, and some of its algorithms (DIS optical flow) split work by its thread count,
    // which would make results depend on the machine: fix it at one.
    cv::setNumThreads(1);
    Run run(store, film, settings, std::move(ids), threads);

    std::optional<ShotBoundary> previous;
    model::Frame from = 0;
    int shotsSoFar = 0;
    if (current && !options.force && state->nextFrame > 0) {
        from = state->nextFrame;
        previous = boundaryFromJson(nlohmann::json::parse(state->resumeJson));
        shotsSoFar = static_cast<int>(store.shots().list(film.id).size());
        report.outcome = FilmAnalysisReport::Outcome::Resumed;
        analysisLog()->info("{}: resuming at frame {} ({} shots done)", path, from, shotsSoFar);
    } else {
        model::FilmAnalysis fresh;
        fresh.filmId = film.id;
        fresh.fingerprint = fingerprint;
        fresh.settingsJson = settings.toJson().dump();
        fresh.provenanceJson = provenance;
        store.analysis().restart(fresh);
        analysisLog()->info("{}: analysing from the start with {} worker threads", path, threads);
    }
    report.resumedFrom = from;
    run.start(from, previous ? &*previous : nullptr, shotsSoFar);

    ProgressReporter reporter(progress, film.id, from, started);
    auto sendProgress = [&](bool force) {
        reporter.report(run.framesDone(), run.frameCount(), run.shotsCommitted(), force);
    };

    while (run.step()) {
        if (cancel)
            cancel->throwIfCancelled();
        sendProgress(false);
    }
    run.finish();
    sendProgress(true);

    report.frameCount = run.frameCount();
    report.shots = run.shotsCommitted();
    report.repairedFrames = run.repairedFrames();
    report.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    if (report.repairedFrames > 0)
        analysisLog()->warn("{}: {} undecodable frames were replaced by their predecessor", path,
                            report.repairedFrames);
    analysisLog()->info("{}: {} shots, {} frames in {:.1f} s", path, report.shots,
                        report.frameCount, report.seconds);
    return report;
}

} // namespace diptych::analysis
