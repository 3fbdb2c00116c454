#include "analysis/composition/clutter.h"
#include "analysis/composition/frame_structure.h"
#include "analysis/composition/saliency_layout.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace diptych::analysis::composition;

namespace {

cv::Mat randomGray(std::uint64_t seed)
{
    cv::Mat image(180, 320, CV_8UC1);
    cv::RNG(seed).fill(image, cv::RNG::UNIFORM, 0, 256);
    return image;
}

/// Left half of `image` mirrored onto its right half.
cv::Mat mirrorLeftHalf(const cv::Mat& image)
{
    cv::Mat result = image.clone();
    const int half = image.cols / 2;
    cv::Mat left = image.colRange(0, half);
    cv::Mat flipped;
    cv::flip(left, flipped, 1);
    flipped.copyTo(result.colRange(image.cols - half, image.cols));
    return result;
}

/// A few large shapes: a "simple" frame.
cv::Mat simpleScene()
{
    cv::Mat image(180, 320, CV_8UC3, cv::Scalar(70, 90, 110));
    cv::rectangle(image, cv::Rect(0, 120, 320, 60), cv::Scalar(40, 60, 50), cv::FILLED);
    cv::circle(image, cv::Point(200, 70), 35, cv::Scalar(180, 200, 220), cv::FILLED);
    return image;
}

/// Hundreds of small, differently coloured shapes: a "busy" frame.
cv::Mat busyScene()
{
    cv::Mat image = simpleScene();
    cv::RNG rng(3);
    for (int i = 0; i < 400; ++i) {
        const cv::Point at(rng.uniform(0, 320), rng.uniform(0, 180));
        const cv::Scalar colour(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
        if (i % 2 == 0)
            cv::rectangle(image, cv::Rect(at, cv::Size(rng.uniform(3, 14), rng.uniform(3, 14))),
                          colour, cv::FILLED);
        else
            cv::line(image, at, at + cv::Point(rng.uniform(-20, 20), rng.uniform(-20, 20)), colour,
                     1);
    }
    return image;
}

} // namespace

TEST_CASE("A mirrored image is perfectly symmetric, a random one is not",
          "[analysis][composition][symmetry]")
{
    const cv::Mat random = randomGray(1);
    const cv::Mat mirrored = mirrorLeftHalf(random);
    CHECK(mirrorSymmetry(mirrored) == Approx(1.0).margin(1e-6));
    CHECK(std::abs(mirrorSymmetry(random)) < 0.2);

    // A symmetric set under a lighting ramp from the left: still almost fully symmetric,
    // because the measure looks at gradient structure, not brightness.
    cv::Mat set(180, 320, CV_8UC1, cv::Scalar(60));
    cv::rectangle(set, cv::Rect(40, 40, 60, 100), cv::Scalar(160), cv::FILLED);
    cv::rectangle(set, cv::Rect(220, 40, 60, 100), cv::Scalar(160), cv::FILLED);
    cv::rectangle(set, cv::Rect(130, 60, 60, 60), cv::Scalar(220), cv::FILLED);
    REQUIRE(mirrorSymmetry(set) == Approx(1.0).margin(1e-6));
    cv::Mat lit;
    set.convertTo(lit, CV_32F);
    for (int x = 0; x < lit.cols; ++x)
        lit.col(x) += 0.25 * (lit.cols - x); // up to +80 grey levels on the left
    lit.convertTo(lit, CV_8U);
    CHECK(mirrorSymmetry(lit) > 0.9);

    CHECK(std::isnan(mirrorSymmetry(cv::Mat(180, 320, CV_8UC1, cv::Scalar(90)))));
}

TEST_CASE("Edge density is 0 on a flat frame and high on a checkerboard",
          "[analysis][composition][edges]")
{
    CHECK(edgeDensity(cv::Mat(180, 320, CV_8UC1, cv::Scalar(128))) == 0.0);
    cv::Mat checker(180, 320, CV_8UC1);
    for (int y = 0; y < checker.rows; ++y)
        for (int x = 0; x < checker.cols; ++x)
            checker.at<std::uint8_t>(y, x) = ((x / 8 + y / 8) % 2) ? 220 : 30;
    cv::Mat oneEdge(180, 320, CV_8UC1, cv::Scalar(30));
    oneEdge.colRange(160, 320).setTo(cv::Scalar(220));
    const double checkerDensity = edgeDensity(checker);
    const double oneEdgeDensity = edgeDensity(oneEdge);
    // 8 px squares: about 2 edge pixels in every 8 along each axis.
    CHECK(checkerDensity > 0.15);
    CHECK(oneEdgeDensity == Approx(1.0 / 320).margin(1.0 / 320));
    CHECK(checkerDensity > 20 * oneEdgeDensity);
}

TEST_CASE("Clutter is 0 on a flat frame and higher on a busy frame than a simple one",
          "[analysis][composition][clutter]")
{
    CHECK(subbandEntropy(cv::Mat(180, 320, CV_8UC3, cv::Scalar(30, 90, 160))) == 0.0);
    const double simple = subbandEntropy(simpleScene());
    const double busy = subbandEntropy(busyScene());
    CAPTURE(simple, busy);
    CHECK(simple > 0.0);
    CHECK(busy > simple + 1.0);
    CHECK(subbandEntropy(busyScene()) == busy); // deterministic
}

TEST_CASE("The depth-of-field proxy is positive for a sharp centre in a blurred surround",
          "[analysis][composition][dof]")
{
    const cv::Mat texture = randomGray(5);
    cv::Mat blurred;
    cv::GaussianBlur(texture, blurred, cv::Size(0, 0), 4.0);
    const cv::Rect centre(80, 45, 160, 90);

    cv::Mat shallow = blurred.clone();
    texture(centre).copyTo(shallow(centre));
    cv::Mat inverse = texture.clone();
    blurred(centre).copyTo(inverse(centre));

    CHECK(depthOfFieldProxy(shallow) > 2.0);
    CHECK(depthOfFieldProxy(inverse) < -2.0);
    CHECK(std::abs(depthOfFieldProxy(texture)) < 0.2);
    CHECK(depthOfFieldProxy(cv::Mat(180, 320, CV_8UC1, cv::Scalar(77))) == 0.0);
}

TEST_CASE("Saliency layout distances follow the centre and the power points",
          "[analysis][composition][saliency]")
{
    const SaliencyLayout centred = layoutOfPoint(0.5, 0.5);
    CHECK(centred.centerDistance == 0.0);
    CHECK(centred.thirdsDistance == Approx(std::hypot(1.0 / 6, 1.0 / 6)));
    const SaliencyLayout onThirds = layoutOfPoint(2.0 / 3, 1.0 / 3);
    CHECK(onThirds.thirdsDistance == Approx(0.0).margin(1e-12));
    CHECK(onThirds.centerDistance == Approx(std::hypot(1.0 / 6, 1.0 / 6)));

    // A map with all its mass in one pixel puts the centroid on that pixel's centre.
    cv::Mat map(100, 200, CV_32FC1, cv::Scalar(0));
    map.at<float>(24, 149) = 1.0f;
    const SaliencyLayout layout = saliencyLayout(map);
    CHECK(layout.x == Approx(149.5 / 200));
    CHECK(layout.y == Approx(24.5 / 100));
    CHECK(std::isnan(saliencyLayout(cv::Mat(10, 10, CV_32FC1, cv::Scalar(0))).x));
}
