#include "analysis/segmentation/boundary_evaluation.h"
#include "analysis/segmentation/shot_detector.h"
#include "common/error.h"
#include "media/video_decoder.h"
#include "synthetic_films.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <opencv2/core.hpp>

#include <cstdlib>
#include <map>
#include <string>

using namespace diptych;
using analysis::ShotBoundary;
using analysis::TransitionKind;

namespace {

std::vector<analysis::AnalysisFrame> decodeAll(const std::filesystem::path& film)
{
    media::VideoDecoder decoder(film);
    std::vector<analysis::AnalysisFrame> frames;
    decoder.seekSequential(0);
    for (auto n = decoder.decodeNext(); n >= 0; n = decoder.decodeNext()) {
        analysis::AnalysisFrame frame;
        frame.index = n;
        frame.bgr = decoder.currentImage(analysis::kAnalysisWidth);
        frames.push_back(frame);
    }
    return frames;
}

/// Runs a detector over frames [first, end) the way the pipeline does, collecting takeFinal()
/// as it goes and checking the streaming contract on the way.
std::vector<ShotBoundary> run(const std::vector<analysis::AnalysisFrame>& frames, double fps,
                              std::size_t first = 0, const ShotBoundary* resumeAfter = nullptr)
{
    analysis::ShotDetector detector({}, fps);
    if (resumeAfter)
        detector.resumeAfter(*resumeAfter);
    std::vector<ShotBoundary> result;
    model::Frame decided = 0;
    for (std::size_t i = first; i < frames.size(); ++i) {
        detector.push(frames[i]);
        for (const auto& boundary : detector.takeFinal()) {
            CHECK(boundary.splitFrame() >= decided); // never behind a promise
            result.push_back(boundary);
        }
        CHECK(detector.decidedUpTo() >= decided);
        decided = detector.decidedUpTo();
        // Bounded latency: decisions at most ~2.3 s behind the newest frame (once a resumed run
        // has caught up with its resume point).
        if (!resumeAfter)
            CHECK(decided >= frames[i].index - model::Frame(2.5 * fps));
    }
    for (const auto& boundary : detector.finish())
        result.push_back(boundary);
    return result;
}

struct Rendered
{
    test::SyntheticFilm film;
    std::vector<analysis::AnalysisFrame> frames;
};

const Rendered& rendered(const std::string& name)
{
    static test::TempDir directory;
    static std::map<std::string, Rendered> cache;
    auto found = cache.find(name);
    if (found == cache.end()) {
        Rendered entry;
        entry.film = test::makeSyntheticFilm(name, directory.path());
        entry.frames = decodeAll(entry.film.path);
        found = cache.emplace(name, std::move(entry)).first;
    }
    return found->second;
}

} // namespace

TEST_CASE("Shot detector options round-trip through JSON and reject bad values",
          "[analysis][segmentation]")
{
    analysis::ShotDetectorOptions options;
    options.threshold = 0.4;
    options.minShotFrames = 12;
    options.detectGradual = false;
    options.gradualThreshold = 0.5;
    options.maxFlashSeconds = 0.1;
    CHECK(analysis::ShotDetectorOptions::fromJson(options.toJson()) == options);
    CHECK(analysis::ShotDetectorOptions::fromJson(nlohmann::json::object()) ==
          analysis::ShotDetectorOptions{});

    using Json = nlohmann::json;
    CHECK_THROWS_AS(analysis::ShotDetectorOptions::fromJson(Json{{"threshold", 0.0}}), Error);
    CHECK_THROWS_AS(analysis::ShotDetectorOptions::fromJson(Json{{"threshold", "high"}}), Error);
    CHECK_THROWS_AS(analysis::ShotDetectorOptions::fromJson(Json{{"min_shot_frames", 0}}), Error);
    CHECK_THROWS_AS(analysis::ShotDetectorOptions::fromJson(Json{{"min_shot_frames", 2.5}}), Error);
    CHECK_THROWS_AS(analysis::ShotDetectorOptions::fromJson(Json{{"detect_gradual", 1}}), Error);
    CHECK_THROWS_AS(analysis::ShotDetectorOptions::fromJson(Json{{"max_flash_seconds", 2.0}}),
                    Error);
    CHECK_THROWS_AS(analysis::ShotDetectorOptions::fromJson(Json{{"tresh", 0.3}}), Error);
    CHECK_THROWS_AS(analysis::ShotDetectorOptions::fromJson(Json::array()), Error);
    CHECK_THROWS_AS(analysis::ShotDetector({}, 0.0), Error);
}

TEST_CASE("Shot detector finds the cuts of a synthetic film and no cut on its flashes",
          "[analysis][segmentation]")
{
    const Rendered& film = rendered("cuts_and_flashes");
    const auto detected = run(film.frames, film.film.fps);
    for (const auto& truth : film.film.truth) {
        INFO("true cut at " << truth.start);
        const bool found = std::any_of(detected.begin(), detected.end(), [&](const auto& d) {
            return d.kind == TransitionKind::Cut && std::abs(d.start - truth.start) <= 1;
        });
        CHECK(found);
    }
    for (const auto& [first, last] : film.film.traps) {
        for (const auto& boundary : detected) {
            INFO("boundary " << boundary.start << ".." << boundary.end << " in trap " << first
                             << ".." << last);
            CHECK_FALSE(
                (boundary.start >= first - 1 && boundary.start <= last + 1 &&
                 boundary.kind == TransitionKind::Cut &&
                 std::none_of(film.film.truth.begin(), film.film.truth.end(), [&](const auto& t) {
                     return std::abs(t.start - boundary.start) <= 1;
                 })));
        }
    }
    CHECK(detected.size() == film.film.truth.size());
}

TEST_CASE("Shot detector finds gradual transitions inside their spans", "[analysis][segmentation]")
{
    const Rendered& film = rendered("gradual");
    const auto detected = run(film.frames, film.film.fps);
    const auto score = analysis::evaluateBoundaries(film.film.truth, detected, 2);
    INFO("gradual tp " << score.gradual.truePositives << " fp " << score.gradual.falsePositives
                       << " fn " << score.gradual.falseNegatives);
    CHECK(score.gradual.recall() >= 0.8);
    CHECK(score.gradual.precision() >= 0.8);
    // The cross-dissolve is reported as one, and as a dissolve.
    const ShotBoundary dissolve = film.film.truth.front();
    const bool dissolveFound = std::any_of(detected.begin(), detected.end(), [&](const auto& d) {
        return d.kind == TransitionKind::Dissolve && d.splitFrame() >= dissolve.start &&
               d.splitFrame() < dissolve.end;
    });
    CHECK(dissolveFound);
}

TEST_CASE("Shot detector resumed after any boundary returns the same boundaries",
          "[analysis][segmentation]")
{
    for (const std::string name : {"cuts_and_flashes", "mixed"}) {
        const Rendered& film = rendered(name);
        const auto full = run(film.frames, film.film.fps);
        REQUIRE(full.size() >= 3);
        const analysis::ShotDetector probe({}, film.film.fps);
        for (std::size_t b = 0; b < full.size(); ++b) {
            const model::Frame split = full[b].splitFrame();
            const auto first = std::size_t(std::max<model::Frame>(0, split - probe.warmupFrames()));
            auto resumed = run(film.frames, film.film.fps, first, &full[b]);
            std::erase_if(resumed, [&](const auto& r) { return r.splitFrame() <= split; });
            const std::vector<ShotBoundary> expected(full.begin() + std::ptrdiff_t(b) + 1,
                                                     full.end());
            INFO(name << ": resumed after boundary " << b << " at " << split);
            CHECK(resumed == expected);
        }
    }
}

TEST_CASE("Shot detector reports no cut where only the exposure of a shot jumps",
          "[analysis][segmentation]")
{
    // The first shot of the synthetic film, darkened by a quarter from its middle on: the
    // colour histogram moves, the picture does not (a light switched off, an exposure step).
    const auto& film = rendered("cuts_and_flashes");
    std::vector<analysis::AnalysisFrame> frames(film.frames.begin(), film.frames.begin() + 70);
    for (std::size_t i = 35; i < frames.size(); ++i) {
        cv::Mat darker;
        frames[i].bgr.convertTo(darker, -1, 0.75);
        frames[i].bgr = darker;
    }
    const auto found = run(frames, film.film.fps);
    std::string splits;
    for (const auto& boundary : found)
        splits += std::to_string(boundary.splitFrame()) + " ";
    INFO("boundaries at " << splits);
    CHECK(found.empty());
}
