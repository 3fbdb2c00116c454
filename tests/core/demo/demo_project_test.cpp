// The built-in demo project: two rendered films, added to a project and analysed.
#include "temp_dir.h"

#include "analysis/analysis_results.h"
#include "common/error.h"
#include "demo/demo_film.h"
#include "demo/demo_project.h"
#include "media/probe.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>

#include <cmath>
#include <string>

using namespace diptych;

namespace {

/// Mean of a metric over the shots where it is defined.
double meanOf(const analysis::AnalysisResults& results, std::size_t film, const std::string& name)
{
    std::size_t column = results.columns.size();
    for (std::size_t c = 0; c < results.columns.size(); ++c)
        if (results.columns[c].name == name)
            column = c;
    REQUIRE(column < results.columns.size());
    double sum = 0;
    int count = 0;
    for (const auto& shot : results.films.at(film).shots) {
        if (std::isfinite(shot.numbers.at(column))) {
            sum += shot.numbers[column];
            ++count;
        }
    }
    REQUIRE(count > 0);
    return sum / count;
}

std::vector<std::string> filesIn(const std::filesystem::path& directory)
{
    std::vector<std::string> names;
    if (!std::filesystem::exists(directory))
        return names;
    for (const auto& entry : std::filesystem::directory_iterator(directory))
        names.push_back(entry.path().filename().string());
    return names;
}

} // namespace

TEST_CASE("the demo shot list covers the film and frames are deterministic", "[demo]")
{
    const auto& shots = demo::demoShotList();
    REQUIRE(shots.size() == 8);
    CHECK(shots.front().startFrame == 0);
    CHECK(shots.back().endFrame == demo::demoFrameCount());
    for (std::size_t i = 0; i < shots.size(); ++i) {
        const int frames = shots[i].endFrame - shots[i].startFrame;
        CHECK(frames >= 2 * demo::kDemoFps);
        CHECK(frames <= 9 * demo::kDemoFps / 2);
        if (i > 0)
            CHECK(shots[i].startFrame == shots[i - 1].endFrame);
    }
    for (const auto variant : {demo::DemoVariant::Original, demo::DemoVariant::Remake}) {
        const cv::Mat a = demo::renderDemoFrame(variant, 200);
        const cv::Mat b = demo::renderDemoFrame(variant, 200);
        REQUIRE(a.type() == CV_8UC3);
        CHECK(a.cols == demo::kDemoWidth);
        CHECK(a.rows == demo::kDemoHeight);
        CHECK(cv::norm(a, b, cv::NORM_INF) == 0);
    }
    // The remake is another picture of the same shot, not a copy.
    CHECK(cv::norm(demo::renderDemoFrame(demo::DemoVariant::Original, 120),
                   demo::renderDemoFrame(demo::DemoVariant::Remake, 120), cv::NORM_L1) > 0);
    CHECK_THROWS_AS(demo::renderDemoFrame(demo::DemoVariant::Original, demo::demoFrameCount()),
                    std::out_of_range);
}

TEST_CASE("the demo project holds an analysed original and a graded, centred, smoothed remake",
          "[demo]")
{
    test::TempDir dir;
    const auto projectPath = dir / "demo.diptych";
    const auto mediaDir = dir / "media";
    long long lastDone = -1;
    bool monotonic = true;
    const auto result = demo::createDemoProject(projectPath, mediaDir, nullptr,
                                                [&](long long done, long long total) {
                                                    CHECK(total == 1000);
                                                    monotonic = monotonic && done >= lastDone;
                                                    lastDone = done;
                                                });
    CHECK(monotonic);
    CHECK(lastDone == 1000);
    CHECK_FALSE(result.upToDate);
    CHECK(result.filmsRendered == 2);
    CHECK(result.filmsAnalysed == 2);

    // The films: 640x360 H.264, every frame of the shot list.
    for (const auto& path : {result.originalPath, result.remakePath}) {
        INFO(path.string());
        REQUIRE(std::filesystem::is_regular_file(path));
        CHECK(path.parent_path() == std::filesystem::absolute(mediaDir).lexically_normal());
        const auto probed = media::probe(path);
        CHECK(probed.info.video.codec == "h264");
        CHECK(probed.info.video.width == 640);
        CHECK(probed.info.video.height == 360);
        CHECK(probed.info.video.frameCount == demo::demoFrameCount());
    }
    CHECK(filesIn(mediaDir).size() == 2); // no temporary file left behind

    // The project: two films, both analysed completely, cut about as rendered.
    {
        const auto store = store::ProjectStore::openReadOnly(projectPath);
        const auto films = store.films().list();
        REQUIRE(films.size() == 2);
        CHECK(films[0].title == "Original");
        CHECK(films[1].title == "Remake");
        CHECK(films[0].id == result.originalFilm);
        CHECK(films[1].id == result.remakeFilm);

        const auto results = analysis::readAnalysisResults(store);
        REQUIRE(results.films.size() == 2);
        const int expectedShots = int(demo::demoShotList().size());
        for (const auto& film : results.films) {
            INFO(film.film.title);
            CHECK(film.complete);
            CHECK(film.staleMetrics.empty());
            CHECK(std::abs(int(film.shots.size()) - expectedShots) <= 1);
        }
        REQUIRE(results.films[0].film.id == result.originalFilm);

        // The remake's look: teal-orange grade, symmetric framing, smoother motion.
        const double toiOriginal = meanOf(results, 0, "teal_orange_index");
        const double toiRemake = meanOf(results, 1, "teal_orange_index");
        const double symOriginal = meanOf(results, 0, "symmetry_lr");
        const double symRemake = meanOf(results, 1, "symmetry_lr");
        const double smoothOriginal = meanOf(results, 0, "motion_smoothness");
        const double smoothRemake = meanOf(results, 1, "motion_smoothness");
        INFO("teal_orange_index " << toiOriginal << " vs " << toiRemake);
        INFO("symmetry_lr " << symOriginal << " vs " << symRemake);
        INFO("motion_smoothness " << smoothOriginal << " vs " << smoothRemake);
        CHECK(toiRemake > toiOriginal + 0.02);
        CHECK(toiRemake > 10 * toiOriginal);
        CHECK(symRemake > symOriginal + 0.3);
        CHECK(smoothOriginal < smoothRemake - 0.75);
    }

    // A second call finds everything done and changes nothing.
    const auto projectTime = std::filesystem::last_write_time(projectPath);
    const auto mediaTime = std::filesystem::last_write_time(result.remakePath);
    const auto again = demo::createDemoProject(projectPath, mediaDir);
    CHECK(again.upToDate);
    CHECK(again.filmsRendered == 0);
    CHECK(again.filmsAnalysed == 0);
    CHECK(again.originalFilm == result.originalFilm);
    CHECK(again.remakeFilm == result.remakeFilm);
    CHECK(std::filesystem::last_write_time(projectPath) == projectTime);
    CHECK(std::filesystem::last_write_time(result.remakePath) == mediaTime);
}

TEST_CASE("a cancelled demo render leaves no partial film", "[demo]")
{
    test::TempDir dir;
    const auto mediaDir = dir / "media";
    CancellationToken cancel;
    CHECK_THROWS_AS(demo::createDemoProject(dir / "demo.diptych", mediaDir, &cancel,
                                            [&](long long done, long long) {
                                                if (done >= 50)
                                                    cancel.cancel();
                                            }),
                    Cancelled);
    CHECK(filesIn(mediaDir).empty());
    CHECK_FALSE(std::filesystem::exists(dir / "demo.diptych"));

    SECTION("rendering a single film")
    {
        CancellationToken token;
        CHECK_THROWS_AS(demo::renderDemoFilm(dir / "film.mkv", demo::DemoVariant::Remake, &token,
                                             [&](long long done, long long) {
                                                 if (done >= 24)
                                                     token.cancel();
                                             }),
                        Cancelled);
        CHECK(filesIn(dir.path()).size() == 1); // only the empty media folder
    }
}
