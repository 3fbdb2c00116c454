#include "exchange_fixture.h"

#include "common/error.h"
#include "exchange/exchange.h"
#include "store/project_store.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <fstream>
#include <sstream>

using namespace diptych;

namespace {

// A project on a real clip: shots at the clip's cuts, a palette per shot, colour series.
model::FilmId addClipFilm(store::ProjectStore& store, int shotCount)
{
    model::Film film;
    film.path = test::mediaPath("many_shots.mkv");
    film.fps = test::kClipFps;
    film.frameCount = test::kManyShotsCount * test::kManyShotsLength;
    film.width = test::kClipWidth;
    film.height = test::kClipHeight;
    film = store.films().add(film);
    std::vector<model::Shot> shots;
    for (int i = 0; i < shotCount; ++i)
        shots.push_back({0, film.id, i * test::kManyShotsLength, (i + 1) * test::kManyShotsLength,
                         model::TransitionKind::Cut, ""});
    const auto stored = store.shots().replace(film.id, shots);
    const auto palette = store.metrics().define({0, "palette", "CIELAB", "", "{}"});
    std::vector<model::ShotMetricText> texts;
    for (const auto& shot : stored)
        texts.push_back({shot.id, palette.id,
                         R"([{"L":53.2,"a":80.1,"b":67.2,"hex":"#ff0000","weight":0.75},)"
                         R"({"L":32.3,"a":79.2,"b":-107.9,"hex":"#0000ff","weight":0.25}])"});
    store.metrics().putShotTexts(texts);
    for (const auto& [name, value] :
         {std::pair{"frame_lab_l", 53.2f}, {"frame_lab_a", 80.1f}, {"frame_lab_b", 67.2f}}) {
        const auto metric = store.metrics().define({0, name, "", "", "{}"});
        store.metrics().putSeries(
            {film.id, metric.id, 0, 1,
             std::vector<float>(static_cast<std::size_t>(film.frameCount), value)});
    }
    return film.id;
}

} // namespace

TEST_CASE("a bundle holds tables, json, keyframes, palettes, a barcode and a README",
          "[exchange][bundle]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    const auto film = addClipFilm(store, 4);
    long long lastDone = 0, lastTotal = 0;
    const auto result =
        exchange::exportProject(store, exchange::ExportFormat::Bundle, dir / "bundle", {},
                                [&](long long done, long long total) {
                                    CHECK(done >= lastDone);
                                    lastDone = done;
                                    lastTotal = total;
                                });
    CHECK(result.warnings.empty());
    CHECK(lastDone == lastTotal);
    const auto bundle = dir / "bundle";
    for (const char* name : {"shots.csv", "annotations.csv", "regions.csv", "correspondences.csv",
                             "project.json", "diptych-project.schema.json", "README.md"})
        CHECK(std::filesystem::is_regular_file(bundle / name));
    const auto folder = std::to_string(film) + "-many_shots";
    for (int i = 0; i < 4; ++i) {
        const auto name = "shot_000" + std::to_string(i);
        const auto keyframe =
            cv::imread((bundle / "keyframes" / folder / (name + ".jpg")).string());
        REQUIRE_FALSE(keyframe.empty());
        CHECK(keyframe.cols == 480);
        // The middle frame of shot i, as the ffmpeg CLI decodes it (JPEG costs a little).
        const auto middle = i * test::kManyShotsLength + (test::kManyShotsLength - 1) / 2;
        const auto reference =
            test::ffmpegFrame(test::mediaPath("many_shots.mkv"), middle, keyframe.size());
        REQUIRE_FALSE(reference.empty());
        CHECK(test::meanAbsDifference(keyframe, reference) < 8);
        const auto otherShot = test::ffmpegFrame(test::mediaPath("many_shots.mkv"),
                                                 middle + test::kManyShotsLength, keyframe.size());
        CHECK(test::meanAbsDifference(keyframe, otherShot) > 15);
        const auto palette = cv::imread((bundle / "palettes" / folder / (name + ".png")).string());
        REQUIRE_FALSE(palette.empty());
        const auto left = palette.at<cv::Vec3b>(10, 10);
        const auto right = palette.at<cv::Vec3b>(10, palette.cols - 10);
        CHECK(left[2] > 200);  // red, 75 % of the width
        CHECK(right[0] > 200); // blue
        CHECK(palette.at<cv::Vec3b>(10, palette.cols * 3 / 4 - 5)[2] > 200);
    }
    const auto barcode = cv::imread((bundle / "barcodes" / (folder + ".png")).string());
    REQUIRE_FALSE(barcode.empty());
    CHECK(barcode.cols == test::kManyShotsCount * test::kManyShotsLength);
    CHECK(barcode.at<cv::Vec3b>(5, 5)[2] > 200);

    std::ifstream readmeFile(bundle / "README.md");
    std::stringstream readme;
    readme << readmeFile.rdbuf();
    CHECK(readme.str().find("| `start_frame` |") != std::string::npos);
    CHECK(readme.str().find("| `palette` | CIELAB |") != std::string::npos);
    CHECK(readme.str().find("@dataset{study_") != std::string::npos);
    // Nothing staged is left next to the bundle.
    CHECK_FALSE(std::filesystem::exists(dir / ".bundle.partial"));
}

TEST_CASE("a bundle without media says what it left out", "[exchange][bundle]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    test::addAnnotatedProject(store);
    const auto result = exchange::exportProject(store, exchange::ExportFormat::Bundle, dir / "b");
    REQUIRE(result.warnings.size() == 4); // two films: no media, no colour series
    CHECK(result.warnings[0].find("media file not found") != std::string::npos);
    std::ifstream readme(dir / "b" / "README.md");
    std::stringstream text;
    text << readme.rdbuf();
    CHECK(text.str().find("## Not included") != std::string::npos);
}

TEST_CASE("a cancelled bundle leaves nothing behind", "[exchange][bundle]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    addClipFilm(store, 6);
    CancellationToken cancel;
    CHECK_THROWS_AS(exchange::exportProject(
                        store, exchange::ExportFormat::Bundle, dir / "bundle", {},
                        [&](long long done, long long) {
                            if (done >= 3)
                                cancel.cancel();
                        },
                        &cancel),
                    Cancelled);
    CHECK_FALSE(std::filesystem::exists(dir / "bundle"));
    CHECK_FALSE(std::filesystem::exists(dir / ".bundle.partial"));
}
