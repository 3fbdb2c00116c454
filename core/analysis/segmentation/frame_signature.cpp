#include "analysis/segmentation/frame_signature.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace diptych::analysis {

namespace {

// E|X - Y| for two independent standard normal variables: the layout distance of two
// unrelated pictures, used to scale it to about 1.
constexpr double kUnrelatedLayoutDistance = 1.1283791670955126; // 2 / sqrt(pi)
// Median of |X - Y| for the same: sqrt(2) times the median of |N(0, 1)|.
constexpr double kUnrelatedMedianDistance = 0.9538725524; // sqrt(2) * 0.6744897502

// A card: at least this share of the thumbnail within kCardFlatness luma of its median.
constexpr double kCardBackgroundShare = 0.65;
constexpr double kCardFlatness = 10.0;
// Ink: pixels at least this far (0..255 luma) from the background, at least kMinInkShare of
// the mask (a few letters), at most kMaxInkShare (more is a picture, not a card).
constexpr double kInkContrast = 48.0;
constexpr double kMinInkShare = 0.002;
constexpr double kMaxInkShare = 0.2;

/// The ink mask of a title card, or an empty matrix when `gray` (the thumbnail) is no card.
cv::Mat cardInk(const cv::Mat& bgr, const cv::Mat& gray, double& background)
{
    // Whole luma levels are precise enough, and a histogram is much cheaper than sorting:
    // this runs on every frame.
    std::array<int, 256> histogram{};
    for (int y = 0; y < gray.rows; ++y) {
        const float* row = gray.ptr<float>(y);
        for (int x = 0; x < gray.cols; ++x)
            ++histogram[std::size_t(std::clamp(int(std::lround(row[x])), 0, 255))];
    }
    const auto total = int(gray.total());
    int median = 0;
    for (int below = histogram[0]; 2 * below <= total; below += histogram[std::size_t(median)])
        ++median;
    background = median;
    const auto flatLevels = int(kCardFlatness) - 1;
    int flat = 0;
    for (int level = std::max(0, median - flatLevels); level <= std::min(255, median + flatLevels);
         ++level)
        flat += histogram[std::size_t(level)];
    if (double(flat) < kCardBackgroundShare * double(total))
        return {};
    const int height =
        std::max(2, int(std::lround(double(bgr.rows) * kInkWidth / std::max(1, bgr.cols))));
    cv::Mat fine;
    cv::resize(bgr, fine, cv::Size(kInkWidth, height), 0, 0, cv::INTER_AREA);
    cv::cvtColor(fine, fine, cv::COLOR_BGR2GRAY);
    cv::Mat distance;
    cv::absdiff(fine, cv::Scalar(background), distance);
    cv::Mat ink = distance >= kInkContrast;
    ink /= 255;
    const double share = double(cv::countNonZero(ink)) / double(ink.total());
    if (share < kMinInkShare || share > kMaxInkShare)
        return {};
    return ink;
}

} // namespace

FrameSignature makeFrameSignature(const cv::Mat& bgr, model::Frame index)
{
    FrameSignature signature;
    signature.index = index;
    const int height =
        std::max(4, int(std::lround(double(bgr.rows) * kSignatureWidth / std::max(1, bgr.cols))));

    // Histogram on a 128 px copy: enough pixels for 128 bins, still cheap.
    cv::Mat medium;
    cv::resize(bgr, medium, cv::Size(2 * kSignatureWidth, 2 * height), 0, 0, cv::INTER_AREA);
    cv::Mat ycrcb;
    cv::cvtColor(medium, ycrcb, cv::COLOR_BGR2YCrCb);
    const int pixels = ycrcb.rows * ycrcb.cols;
    for (int y = 0; y < ycrcb.rows; ++y) {
        const auto* row = ycrcb.ptr<cv::Vec3b>(y);
        for (int x = 0; x < ycrcb.cols; ++x) {
            const int bin = (row[x][0] >> 5) * 16 + (row[x][1] >> 6) * 4 + (row[x][2] >> 6);
            signature.histogram[std::size_t(bin)] += 1.0f;
        }
    }
    for (float& value : signature.histogram)
        value /= float(pixels);

    cv::Mat small;
    cv::resize(medium, small, cv::Size(kSignatureWidth, height), 0, 0, cv::INTER_AREA);
    // A light blur makes the layout tolerant of a pixel or two of shake and of grain.
    cv::GaussianBlur(small, small, cv::Size(3, 3), 0.8);
    small.convertTo(signature.colour, CV_32FC3);
    cv::Mat gray;
    cv::cvtColor(signature.colour, gray, cv::COLOR_BGR2GRAY);
    cv::Scalar mean;
    cv::Scalar deviation;
    cv::meanStdDev(gray, mean, deviation);
    signature.meanLuma = mean[0];
    signature.lumaSpread = deviation[0];
    signature.uniform = deviation[0] < kUniformSpread;
    if (signature.uniform) {
        signature.layout = cv::Mat::zeros(gray.size(), CV_32F);
    } else {
        signature.layout = (gray - mean[0]) / deviation[0];
        signature.ink = cardInk(bgr, gray, signature.background);
    }
    return signature;
}

double colourDistance(const FrameSignature& a, const FrameSignature& b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.histogram.size(); ++i)
        sum += std::abs(double(a.histogram[i]) - double(b.histogram[i]));
    return 0.5 * sum;
}

double layoutDistance(const FrameSignature& a, const FrameSignature& b)
{
    if (a.uniform || b.uniform)
        return a.uniform == b.uniform ? 0.0 : 1.0;
    return cv::norm(a.layout, b.layout, cv::NORM_L1) / double(a.layout.total()) /
           kUnrelatedLayoutDistance;
}

double shiftedLayoutDistance(const FrameSignature& a, const FrameSignature& b)
{
    if (a.uniform || b.uniform)
        return layoutDistance(a, b);
    const int maxX = std::max(1, a.layout.cols * 15 / 100);
    const int maxY = std::max(1, a.layout.rows * 10 / 100);
    // The median, not the mean, of the pixel differences: an object moving over a held
    // background changes a minority of the pixels, a new shot the majority.
    std::vector<float> differences;
    double best = std::numeric_limits<double>::max();
    // Shifts are visited from the centre outwards so that the usual winner (no or little
    // motion) comes first, and the best median so far rejects most of the others early.
    std::vector<cv::Point> shifts;
    for (int dy = -maxY; dy <= maxY; dy += 2)
        for (int dx = -maxX; dx <= maxX; dx += 2)
            shifts.emplace_back(dx, dy);
    std::stable_sort(shifts.begin(), shifts.end(), [](cv::Point p, cv::Point q) {
        return p.x * p.x + 4 * p.y * p.y < q.x * q.x + 4 * q.y * q.y;
    });
    for (const cv::Point shift : shifts) {
        const int dx = shift.x;
        const int dy = shift.y;
        const cv::Rect inA(std::max(0, dx), std::max(0, dy), a.layout.cols - std::abs(dx),
                           a.layout.rows - std::abs(dy));
        const cv::Rect inB(std::max(0, -dx), std::max(0, -dy), inA.width, inA.height);
        float bound = float(best * kUnrelatedMedianDistance);
        if (double(bound) / kUnrelatedMedianDistance < best)
            bound = std::nextafter(bound, std::numeric_limits<float>::infinity());
        // First only count the differences below the bound, row by row, and give up as soon
        // as the rows left cannot bring the count past half: most shifts are rejected here,
        // without storing their differences. The median is element size/2 of the sorted
        // differences, so it is below `bound` only when more than size/2 differences are.
        const std::size_t count = std::size_t(inA.width) * std::size_t(inA.height);
        std::size_t below = 0;
        for (int y = 0; y < inA.height; ++y) {
            const float* rowA = a.layout.ptr<float>(inA.y + y) + inA.x;
            const float* rowB = b.layout.ptr<float>(inB.y + y) + inB.x;
            int rowBelow = 0;
            for (int x = 0; x < inA.width; ++x)
                rowBelow += std::abs(rowA[x] - rowB[x]) < bound ? 1 : 0;
            below += std::size_t(rowBelow);
            const std::size_t left = std::size_t(inA.height - 1 - y) * std::size_t(inA.width);
            if (below + left <= count / 2 || below > count / 2)
                break;
        }
        if (below <= count / 2)
            continue;
        differences.resize(count);
        float* out = differences.data();
        for (int y = 0; y < inA.height; ++y, out += inA.width) {
            const float* rowA = a.layout.ptr<float>(inA.y + y) + inA.x;
            const float* rowB = b.layout.ptr<float>(inB.y + y) + inB.x;
            for (int x = 0; x < inA.width; ++x)
                out[x] = std::abs(rowA[x] - rowB[x]);
        }
        const auto middle = differences.begin() + std::ptrdiff_t(differences.size() / 2);
        std::nth_element(differences.begin(), middle, differences.end());
        best = std::min(best, double(*middle) / kUnrelatedMedianDistance);
    }
    return best;
}

double layoutChange(const FrameSignature& a, const FrameSignature& b)
{
    return std::min(layoutDistance(a, b), shiftedLayoutDistance(a, b));
}

double robustDistance(const FrameSignature& a, const FrameSignature& b)
{
    return 0.5 * (colourDistance(a, b) + shiftedLayoutDistance(a, b));
}

double inkOverlap(const FrameSignature& a, const FrameSignature& b)
{
    if (a.ink.empty() || b.ink.empty() || a.ink.size() != b.ink.size())
        return 0.0;
    const double common = double(cv::countNonZero(a.ink & b.ink));
    return common / double(std::max(1, std::min(cv::countNonZero(a.ink), cv::countNonZero(b.ink))));
}

double contentDistance(const FrameSignature& a, const FrameSignature& b)
{
    return 0.5 * (colourDistance(a, b) + layoutDistance(a, b));
}

} // namespace diptych::analysis
