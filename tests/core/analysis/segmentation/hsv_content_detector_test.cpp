#include "analysis/segmentation/hsv_content_detector.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>

using namespace diptych;

namespace {

cv::Mat flat(int blue, int green, int red, int seed)
{
    cv::Mat frame(144, 256, CV_8UC3, cv::Scalar(blue, green, red));
    cv::Mat noise(frame.size(), CV_8UC3);
    cv::RNG(std::uint64_t(seed)).fill(noise, cv::RNG::UNIFORM, 0, 6);
    return frame + noise;
}

} // namespace

TEST_CASE("The HSV baseline finds hard cuts and is fooled by a flash", "[analysis][baseline]")
{
    analysis::HsvContentDetector detector;
    for (int k = 0; k < 90; ++k) {
        cv::Mat frame = k < 30   ? flat(180, 60, 20, k)
                        : k < 60 ? flat(20, 40, 200, k)
                                 : flat(30, 170, 40, k);
        if (k == 75)
            frame = flat(250, 250, 250, k); // a muzzle flash: one white frame inside shot 3
        detector.push(frame, k);
    }
    std::vector<model::Frame> cuts;
    for (const auto& cut : detector.cuts())
        cuts.push_back(cut.start);
    // The two real cuts, and the flash that a content threshold cannot tell from one. The
    // return from the flash (76) is held back only by the minimum shot length.
    CHECK(cuts == std::vector<model::Frame>{30, 60, 75});
    CHECK(detector.scores().size() == 90);
    CHECK(detector.scores()[10] < 5.0);
    CHECK(detector.scores()[30] > 27.0);
}

TEST_CASE("The HSV baseline runs over an encoded film", "[analysis][baseline]")
{
    const auto film = test::mediaPath("three_shots.mkv");
    const auto cuts = analysis::detectCutsWithHsvBaseline(film);
    REQUIRE(cuts.size() == 2);
    CHECK(cuts[0].start == 30);
    CHECK(cuts[1].start == 60);
}
