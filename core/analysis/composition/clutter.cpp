#include "analysis/composition/clutter.h"

#include "analysis/color/cielab.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace diptych::analysis::composition {
namespace {

constexpr int kMaxLevel = 512; // quantised coefficients are clamped to ±kMaxLevel

/// Shannon entropy (bits) of the quantised values of one band.
double bandEntropy(const cv::Mat& dx, const cv::Mat& dy, float cosT, float sinT, float inverseStep,
                   std::vector<std::uint32_t>& counts)
{
    std::fill(counts.begin(), counts.end(), 0u);
    for (int y = 0; y < dx.rows; ++y) {
        const float* gx = dx.ptr<float>(y);
        const float* gy = dy.ptr<float>(y);
        for (int x = 0; x < dx.cols; ++x) {
            const float value = (cosT * gx[x] + sinT * gy[x]) * inverseStep;
            const int bin = std::clamp(cvRound(value), -kMaxLevel, kMaxLevel);
            ++counts[std::size_t(bin) + std::size_t(kMaxLevel)];
        }
    }
    const double n = double(dx.total());
    double entropy = 0;
    for (auto count : counts) {
        if (count == 0)
            continue;
        const double p = double(count) / n;
        entropy -= p * std::log2(p);
    }
    return entropy;
}

double channelEntropy(const cv::Mat& channel, const ClutterOptions& options)
{
    double minimum = 0, maximum = 0;
    cv::minMaxLoc(channel, &minimum, &maximum);
    if (maximum - minimum < options.flatChannelRange)
        return 0.0; // treated as an all-zero channel: every band is empty
    std::vector<std::uint32_t> counts(2 * kMaxLevel + 1);
    const float inverseStep = float(1.0 / options.quantizationStep);
    double sum = 0;
    int bands = 0;
    cv::Mat level = channel;
    for (int scale = 0; scale < options.scales; ++scale) {
        if (scale > 0) {
            cv::Mat next;
            cv::pyrDown(level, next);
            level = next;
        }
        if (level.cols < 3 || level.rows < 3)
            break;
        cv::Mat dx, dy;
        // Sobel / 8 is the per-pixel derivative of the level (units of the channel per px).
        cv::Sobel(level, dx, CV_32F, 1, 0, 3, 1.0 / 8.0);
        cv::Sobel(level, dy, CV_32F, 0, 1, 3, 1.0 / 8.0);
        for (int k = 0; k < options.orientations; ++k) {
            const double theta = std::numbers::pi * k / options.orientations;
            sum += bandEntropy(dx, dy, float(std::cos(theta)), float(std::sin(theta)), inverseStep,
                               counts);
            ++bands;
        }
    }
    return bands > 0 ? sum / bands : 0.0;
}

} // namespace

double subbandEntropy(const cv::Mat& bgr, const ClutterOptions& options)
{
    CV_Assert(bgr.type() == CV_8UC3 && !bgr.empty());
    const cv::Mat lab = color::bgrToLab(bgr);
    std::array<cv::Mat, 3> channels;
    cv::split(lab, channels.data());
    const double w = options.chromaWeight;
    const double luminance = channelEntropy(channels[0], options);
    const double chrominance =
        channelEntropy(channels[1], options) + channelEntropy(channels[2], options);
    return (luminance + w * chrominance) / (1.0 + 2.0 * w);
}

} // namespace diptych::analysis::composition
