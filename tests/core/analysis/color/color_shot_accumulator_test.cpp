#include "analysis/color/color_shot_accumulator.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <opencv2/core.hpp>

#include <cmath>
#include <map>
#include <set>
#include <string>

using namespace diptych;
using namespace diptych::analysis;
using namespace diptych::analysis::color;

namespace {

AnalysisFrame frameOf(const cv::Mat& bgr, model::Frame index, bool isSample)
{
    AnalysisFrame frame;
    frame.index = index;
    frame.seconds = double(index) / 24.0;
    frame.bgr = bgr;
    frame.isSample = isSample;
    return frame;
}

std::map<std::string, double> numbers(const ShotMetricValues& values)
{
    std::map<std::string, double> map;
    for (const auto& [name, value] : values.numbers)
        map[name] = value;
    return map;
}

void addFrame(ColorShotAccumulator& shot, const cv::Mat& bgr, model::Frame index)
{
    shot.add(frameOf(bgr, index, index % 12 == 0), measureColor(bgr));
}

} // namespace

TEST_CASE("Every spec is reported, in order, and every reported value has a spec",
          "[analysis][color][shot]")
{
    ColorShotAccumulator shot;
    addFrame(shot, cv::Mat(180, 320, CV_8UC3, cv::Scalar(40, 90, 200)), 0);
    const ShotMetricValues values = shot.finish();
    std::vector<std::string> reported;
    for (const auto& [name, value] : values.numbers)
        reported.push_back(name);
    for (const auto& [name, value] : values.texts)
        reported.push_back(name);
    std::vector<std::string> specified;
    std::set<std::string> unique;
    for (const auto& spec : ColorShotAccumulator::specs()) {
        specified.emplace_back(spec.name);
        unique.emplace(spec.name);
        CHECK(spec.isText == (spec.name == "palette"));
    }
    CHECK(reported == specified);
    CHECK(unique.size() == specified.size());
    for (const char* name :
         {"luma_mean", "luma_p05", "luma_p50", "luma_p95", "contrast_rms", "chroma_mean",
          "colorfulness", "hue_hist_00", "hue_hist_11", "teal_orange_index", "warmth",
          "color_stability", "luma_sd", "palette"})
        CHECK(unique.count(name) == 1);

    const auto provenance = ColorShotAccumulator::provenance();
    CHECK(provenance.at("algorithm") == "diptych.color");
    CHECK(provenance.at("version").get<int>() >= 1);
}

TEST_CASE("Shot values of a steady shot equal its frame values", "[analysis][color][shot]")
{
    const cv::Mat bgr(180, 320, CV_8UC3, cv::Scalar(40, 90, 200));
    const ColorFrameStats frame = measureColor(bgr);
    ColorShotAccumulator shot;
    for (int k = 0; k < 30; ++k)
        addFrame(shot, bgr, k);
    auto values = numbers(shot.finish());
    CHECK(values["luma_mean"] == Approx(frame.lumaMean));
    CHECK(values["luma_sd"] == Approx(0.0).margin(1e-9));
    CHECK(values["chroma_mean"] == Approx(frame.chromaMean));
    CHECK(values["warmth"] == Approx(frame.meanLab.b));
    CHECK(values["color_stability"] == Approx(0.0).margin(1e-6));
    double hueTotal = 0;
    for (int k = 0; k < kHueBins; ++k)
        hueTotal += values[std::string("hue_hist_") + (k < 10 ? "0" : "") + std::to_string(k)];
    CHECK(hueTotal == Approx(1.0));
    CHECK(values["hue_hist_01"] == Approx(1.0)); // (200, 90, 40) has h_ab ≈ 50°
}

TEST_CASE("An achromatic shot has an all-zero hue histogram", "[analysis][color][shot]")
{
    ColorShotAccumulator shot;
    for (int k = 0; k < 10; ++k)
        addFrame(shot, cv::Mat(180, 320, CV_8UC3, cv::Scalar::all(20 * k)), k);
    auto values = numbers(shot.finish());
    for (int k = 0; k < kHueBins; ++k)
        CHECK(values[std::string("hue_hist_") + (k < 10 ? "0" : "") + std::to_string(k)] == 0.0);
    CHECK(values["colorfulness"] == 0.0);
    CHECK(values["luma_sd"] > 0.2); // the light ramps up over the shot
}

TEST_CASE("Colour stability is the RMS distance of frame colours from the shot colour",
          "[analysis][color][shot]")
{
    const cv::Mat first(180, 320, CV_8UC3, cv::Scalar(40, 90, 200));
    const cv::Mat second(180, 320, CV_8UC3, cv::Scalar(200, 140, 40));
    const double distance = deltaE76(measureColor(first).meanLab, measureColor(second).meanLab);
    ColorShotAccumulator shot;
    for (int k = 0; k < 20; ++k)
        addFrame(shot, k % 2 == 0 ? first : second, k);
    // Two colours, equally often: each frame is half their distance from the mean.
    CHECK(numbers(shot.finish())["color_stability"] == Approx(distance / 2).epsilon(1e-6));
}

TEST_CASE("The shot palette recovers a two-colour shot and is deterministic",
          "[analysis][color][shot]")
{
    cv::Mat bgr(180, 320, CV_8UC3, cv::Scalar(30, 30, 220));
    bgr.colRange(0, 80).setTo(cv::Scalar(200, 160, 20)); // a quarter of the frame
    const auto run = [&] {
        ColorShotAccumulator shot;
        for (int k = 0; k < 600; ++k) // long enough to thin the palette pool several times
            addFrame(shot, bgr, k);
        return shot.finish();
    };
    const ShotMetricValues values = run();
    REQUIRE(values.texts.size() == 1);
    CHECK(values.texts[0].first == "palette");
    const auto palette = nlohmann::json::parse(values.texts[0].second);
    REQUIRE(palette.size() == 2);
    CHECK(palette[0]["weight"].get<double>() == Approx(0.75).margin(0.01));
    CHECK(palette[1]["weight"].get<double>() == Approx(0.25).margin(0.01));
    CHECK(palette[0]["hex"] == "#dc1e1e");
    CHECK(palette[1]["hex"] == "#14a0c8");
    CHECK(run().texts == values.texts);
    CHECK(run().numbers.size() == values.numbers.size());
}

TEST_CASE("An empty shot reports NaN and an empty palette", "[analysis][color][shot]")
{
    const ShotMetricValues values = ColorShotAccumulator().finish();
    for (const auto& [name, value] : values.numbers)
        CHECK(std::isnan(value));
    CHECK(values.texts.at(0).second == "[]");
}
