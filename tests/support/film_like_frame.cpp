#include "film_like_frame.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace diptych::test {

cv::Mat filmLikeFrame(cv::Size size, std::uint64_t seed)
{
    cv::Mat bgr(size, CV_8UC3, cv::Scalar(60, 80, 100));
    cv::RNG rng(seed);
    for (int i = 0; i < 60; ++i)
        cv::circle(bgr, cv::Point(rng.uniform(0, size.width), rng.uniform(0, size.height)),
                   rng.uniform(4, std::max(5, size.width / 6)),
                   cv::Scalar(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256)),
                   cv::FILLED);
    cv::Mat grain(bgr.size(), CV_8UC3);
    rng.fill(grain, cv::RNG::UNIFORM, 0, 12);
    return bgr + grain;
}

} // namespace diptych::test
