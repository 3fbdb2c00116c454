#include "motion_test_clips.h"

#include "analysis/motion/motion_estimator.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <stdexcept>
#include <string>

namespace diptych::test {

cv::Mat makeTexture(unsigned seed, int width, int height)
{
    // Noise at several scales, the coarser ones stronger: roughly the 1/f spectrum of natural
    // images, so the flow sees structure at every scale, as in film footage.
    cv::RNG rng(seed);
    cv::Mat sum = cv::Mat::zeros(height, width, CV_32F);
    for (const double sigma : {1.0, 2.0, 4.0, 8.0, 16.0}) {
        cv::Mat noise(height, width, CV_32F);
        rng.fill(noise, cv::RNG::UNIFORM, 0.0, 1.0);
        cv::GaussianBlur(noise, noise, cv::Size(), sigma);
        cv::normalize(noise, noise, 0, 1, cv::NORM_MINMAX);
        sum += noise * sigma;
    }
    cv::Mat texture;
    cv::normalize(sum, sum, 0, 255, cv::NORM_MINMAX);
    sum.convertTo(texture, CV_8U);
    return texture;
}

cv::Mat viewOf(const cv::Mat& texture, cv::Point2d shift, double scale)
{
    // Frame pixel p shows texture point c_t + (p − c_f − shift)/scale, so texture point q
    // appears at c_f + shift + scale·(q − c_t): magnified about the frame centre, then moved.
    const double cxTexture = (texture.cols - 1) * 0.5;
    const double cyTexture = (texture.rows - 1) * 0.5;
    const double cxFrame = (kMotionWidth - 1) * 0.5;
    const double cyFrame = (kMotionHeight - 1) * 0.5;
    const cv::Matx23d frameToTexture(1.0 / scale, 0, cxTexture - (cxFrame + shift.x) / scale, 0,
                                     1.0 / scale, cyTexture - (cyFrame + shift.y) / scale);
    cv::Mat view;
    cv::warpAffine(texture, view, frameToTexture, cv::Size(kMotionWidth, kMotionHeight),
                   cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REFLECT);
    return view;
}

std::vector<cv::Mat> pannedClip(const cv::Mat& texture, const std::vector<cv::Point2d>& shifts)
{
    std::vector<cv::Mat> frames;
    for (const cv::Point2d& shift : shifts)
        frames.push_back(viewOf(texture, shift));
    return frames;
}

std::vector<analysis::MotionFrameStats> estimateAll(const std::vector<cv::Mat>& frames, double fps)
{
    analysis::MotionEstimator estimator;
    std::vector<analysis::MotionFrameStats> stats;
    for (std::size_t t = 1; t < frames.size(); ++t)
        stats.push_back(estimator.estimate(frames[t - 1], frames[t], fps));
    return stats;
}

analysis::ShotMetricValues shotMetrics(const std::vector<analysis::MotionFrameStats>& stats,
                                       double fps)
{
    analysis::MotionShotAccumulator accumulator;
    for (const auto& s : stats)
        accumulator.add(s);
    return accumulator.finish(fps);
}

double metric(const analysis::ShotMetricValues& values, const char* name)
{
    for (const auto& [key, value] : values.numbers)
        if (key == name)
            return value;
    throw std::runtime_error(std::string("no metric ") + name);
}

} // namespace diptych::test
