#include "analysis/color/cielab.h"
#include "analysis/color/palette.h"
#include "cielab_reference.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <opencv2/core.hpp>

#include <vector>

using namespace diptych;
using namespace diptych::analysis::color;

namespace {

struct Patch
{
    int r, g, b;
    int width; // columns of a 200 px wide image
};

// Five clearly distinct colours with distinct weights 0.4, 0.25, 0.15, 0.125, 0.075.
const std::vector<Patch> kPatches = {
    {200, 40, 30, 80}, {30, 90, 200, 50}, {240, 230, 210, 30}, {20, 20, 25, 25}, {60, 170, 70, 15}};

cv::Mat patchImage()
{
    cv::Mat image(12, 200, CV_8UC3);
    int x = 0;
    for (const auto& patch : kPatches) {
        image.colRange(x, x + patch.width).setTo(cv::Scalar(patch.b, patch.g, patch.r));
        x += patch.width;
    }
    return image;
}

std::vector<cv::Vec3f> labPixels(const cv::Mat& bgr)
{
    const cv::Mat lab = bgrToLab(bgr);
    std::vector<cv::Vec3f> samples;
    for (int y = 0; y < lab.rows; ++y)
        for (int x = 0; x < lab.cols; ++x)
            samples.push_back(lab.at<cv::Vec3f>(y, x));
    return samples;
}

} // namespace

TEST_CASE("The palette of known colour patches recovers them with their weights",
          "[analysis][color][palette]")
{
    const auto palette = extractPalette(labPixels(patchImage()));
    REQUIRE(palette.size() == kPatches.size());
    // Sorted by weight descending, which is the order of kPatches.
    for (std::size_t i = 0; i < kPatches.size(); ++i) {
        const auto& patch = kPatches[i];
        CAPTURE(i);
        const LabColor expected = test::referenceLab(patch.r, patch.g, patch.b);
        CHECK(palette[i].weight == Approx(patch.width / 200.0).margin(1e-12));
        CHECK(deltaE76(palette[i].color, expected) < 0.01);
    }
    double total = 0;
    for (const auto& entry : palette)
        total += entry.weight;
    CHECK(total == Approx(1.0).margin(1e-12));
}

TEST_CASE("Fewer distinct colours than k give fewer palette entries", "[analysis][color][palette]")
{
    cv::Mat image(10, 100, CV_8UC3, cv::Scalar(10, 200, 240));
    image.colRange(0, 30).setTo(cv::Scalar(200, 50, 10));
    const auto palette = extractPalette(labPixels(image));
    REQUIRE(palette.size() == 2);
    CHECK(palette[0].weight == Approx(0.7));
    CHECK(palette[1].weight == Approx(0.3));
    CHECK(extractPalette({}).empty());
}

TEST_CASE("The palette is deterministic and its JSON has the documented shape",
          "[analysis][color][palette]")
{
    cv::Mat image(90, 160, CV_8UC3);
    cv::RNG(11).fill(image, cv::RNG::UNIFORM, 0, 256);
    const auto samples = labPixels(image);
    // Disturb the thread-local RNG between runs: the palette must not depend on it.
    const std::string first = paletteToJson(extractPalette(samples));
    cv::theRNG().next();
    const std::string second = paletteToJson(extractPalette(samples));
    CHECK(first == second);

    const auto json = nlohmann::json::parse(first);
    REQUIRE(json.is_array());
    REQUIRE(json.size() == 5);
    double total = 0;
    double previous = 2.0;
    for (const auto& entry : json) {
        for (const char* key : {"L", "a", "b", "hex", "weight"})
            CHECK(entry.contains(key));
        CHECK(entry["hex"].get<std::string>().size() == 7);
        CHECK(entry["weight"].get<double>() <= previous);
        previous = entry["weight"].get<double>();
        total += previous;
    }
    CHECK(total == Approx(1.0).margin(1e-9));
}

TEST_CASE("Lab to hex round-trips sRGB colours", "[analysis][color][palette]")
{
    CHECK(labToHex(test::referenceLab(255, 255, 255)) == "#ffffff");
    CHECK(labToHex(test::referenceLab(0, 0, 0)) == "#000000");
    CHECK(labToHex(test::referenceLab(200, 40, 30)) == "#c8281e");
    CHECK(labToHex(test::referenceLab(30, 90, 200)) == "#1e5ac8");
}
