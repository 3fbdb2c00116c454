#include "analysis/segmentation/frame_signature.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

using namespace diptych;
using analysis::FrameSignature;

namespace {

const cv::Size kSize(320, 180);

/// A textured picture: blurred noise of the given seed.
cv::Mat texture(int seed)
{
    cv::RNG rng{std::uint64_t(seed)};
    cv::Mat noise(kSize, CV_8UC3);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
    cv::GaussianBlur(noise, noise, cv::Size(0, 0), 5.0);
    cv::normalize(noise, noise, 0, 255, cv::NORM_MINMAX);
    return noise;
}

/// `picture` moved by (dx, dy) pixels, the uncovered border filled with grey.
cv::Mat moved(const cv::Mat& picture, int dx, int dy)
{
    cv::Mat out(picture.size(), picture.type(), cv::Scalar::all(128));
    const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, dx, 0, 1, dy);
    cv::warpAffine(picture, out, shift, picture.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT,
                   cv::Scalar::all(128));
    return out;
}

/// The definition of shiftedLayoutDistance, computed the slow way: the median absolute
/// difference of the layouts at every shift of the search grid, the smallest one, scaled.
double referenceShiftedDistance(const FrameSignature& a, const FrameSignature& b)
{
    const int maxX = std::max(1, a.layout.cols * 15 / 100);
    const int maxY = std::max(1, a.layout.rows * 10 / 100);
    double best = std::numeric_limits<double>::max();
    for (int dy = -maxY; dy <= maxY; dy += 2)
        for (int dx = -maxX; dx <= maxX; dx += 2) {
            std::vector<float> differences;
            for (int y = std::max(0, dy); y < a.layout.rows + std::min(0, dy); ++y)
                for (int x = std::max(0, dx); x < a.layout.cols + std::min(0, dx); ++x)
                    differences.push_back(
                        std::abs(a.layout.at<float>(y, x) - b.layout.at<float>(y - dy, x - dx)));
            const auto middle = differences.begin() + std::ptrdiff_t(differences.size() / 2);
            std::nth_element(differences.begin(), middle, differences.end());
            best = std::min(best, double(*middle));
        }
    return best / 0.9538725524; // the median distance of two unrelated pictures
}

} // namespace

TEST_CASE("the shifted layout distance is the smallest median difference over the shifts",
          "[segmentation]")
{
    // The fast version rejects most shifts after counting part of their differences; it must
    // give exactly the minimum of the medians.
    const cv::Mat base = texture(7);
    std::vector<cv::Mat> others = {
        base,       moved(base, 6, 0), moved(base, -13, 4), moved(base, 30, -9), moved(base, 80, 0),
        texture(8), texture(9)};
    // Half of the picture replaced: an object moving over a held background.
    cv::Mat half = base.clone();
    texture(10)(cv::Rect(0, 0, 150, 180)).copyTo(half(cv::Rect(0, 0, 150, 180)));
    others.push_back(half);
    const FrameSignature a = analysis::makeFrameSignature(base, 0);
    for (std::size_t i = 0; i < others.size(); ++i) {
        CAPTURE(i);
        const FrameSignature b = analysis::makeFrameSignature(others[i], 1);
        REQUIRE(analysis::shiftedLayoutDistance(a, b) == referenceShiftedDistance(a, b));
        REQUIRE(analysis::shiftedLayoutDistance(b, a) == referenceShiftedDistance(b, a));
    }
}

TEST_CASE("the shifted layout distance forgives a camera move but not a new picture",
          "[segmentation]")
{
    const cv::Mat base = texture(7);
    const FrameSignature a = analysis::makeFrameSignature(base, 0);
    // (25, 5) px at 320 × 180 is (5, 1) px of the 64 × 36 layout, one of the searched shifts
    // (every second one, odd offsets).
    const FrameSignature panned = analysis::makeFrameSignature(moved(base, 25, 5), 1);
    const FrameSignature other = analysis::makeFrameSignature(texture(8), 1);
    CHECK(analysis::shiftedLayoutDistance(a, panned) < 0.15);
    CHECK(analysis::layoutDistance(a, panned) > 0.4);
    CHECK(analysis::shiftedLayoutDistance(a, other) > 0.6);
}
