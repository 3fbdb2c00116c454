#include "analysis/segmentation/wipe_sweep.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace diptych::analysis {
namespace {

/// Cells whose ends differ by less than this (cellChange units: three 0..255 channels summed)
/// are uninformative: a wipe between them would not show there.
constexpr float kMinEndDifference = 36.0F;
/// A cell's jump (its largest change over one or two consecutive frames) must carry at least
/// kJumpOfEnds of the cell's change from a to b, and stand out kJumpOverMotion times above
/// what the cell changes over two frames anyway (the median, motion inside the shots). A
/// dissolve changes a cell by the same small amount at every frame.
constexpr double kJumpOfEnds = 0.6;
constexpr double kJumpOverMotion = 3.0;
/// Neighbouring cells jump "at nearly the same frame" when their jump frames differ by at most
/// this plus kSmoothShare of the sweep's length.
constexpr double kSmoothFrames = 1.0;
constexpr double kSmoothShare = 0.15;

/// R² of the least-squares fit of t by c0 + c1 * u + c2 * v, for samples (u, v, t). Solved
/// by the 3 × 3 normal equations: a few hundred samples at most, well conditioned.
double fitQuality(const std::vector<cv::Vec3d>& samples)
{
    if (samples.size() < 4)
        return 0.0;
    cv::Matx33d normal = cv::Matx33d::zeros();
    cv::Vec3d moment(0, 0, 0);
    double mean = 0;
    for (const cv::Vec3d& sample : samples) {
        const cv::Vec3d row(1.0, sample[0], sample[1]);
        normal += row * row.t();
        moment += sample[2] * row;
        mean += sample[2];
    }
    mean /= double(samples.size());
    cv::Vec3d coefficients;
    if (!cv::solve(normal, moment, coefficients, cv::DECOMP_SVD))
        return 0.0;
    double residual = 0;
    double total = 0;
    for (const cv::Vec3d& sample : samples) {
        const double fitted =
            coefficients[0] + coefficients[1] * sample[0] + coefficients[2] * sample[1];
        residual += (sample[2] - fitted) * (sample[2] - fitted);
        total += (sample[2] - mean) * (sample[2] - mean);
    }
    return total > 0.0 ? std::max(0.0, 1.0 - residual / total) : 0.0;
}

double percentile(std::vector<double> values, double share)
{
    const auto at = values.begin() + std::ptrdiff_t(std::lround(share * double(values.size() - 1)));
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

} // namespace

cv::Mat cellChange(const FrameSignature& x, const FrameSignature& y)
{
    cv::Mat difference;
    cv::absdiff(x.colour, y.colour, difference);
    cv::Mat summed;
    cv::transform(difference, summed, cv::Matx13f(1.0F, 1.0F, 1.0F));
    const cv::Size cells(std::max(1, summed.cols / kWipeCell),
                         std::max(1, (summed.rows + kWipeCell / 2) / kWipeCell));
    cv::Mat perCell;
    cv::resize(summed, perCell, cells, 0, 0, cv::INTER_AREA);
    return perCell;
}

WipeSweep measureSweep(const cv::Mat& ends, const std::vector<const cv::Mat*>& steps,
                       model::Frame firstFrame)
{
    WipeSweep sweep;
    const std::size_t count = steps.size();
    if (count == 0 || ends.empty())
        return sweep;
    sweep.jumpAt = cv::Mat(ends.size(), CV_64F, cv::Scalar(std::nan("")));
    cv::Mat& jumpAt = sweep.jumpAt;
    int informative = 0;
    std::vector<double> jumps;
    std::vector<double> cellSteps;
    cellSteps.reserve(count);
    for (int y = 0; y < ends.rows; ++y) {
        for (int x = 0; x < ends.cols; ++x) {
            const float difference = ends.at<float>(y, x);
            if (difference < kMinEndDifference)
                continue;
            ++informative;
            double best = -1;
            std::size_t bestAt = 0;
            cellSteps.clear();
            for (std::size_t i = 0; i < count; ++i) {
                const double here = steps[i]->at<float>(y, x);
                cellSteps.push_back(here);
                const double next = i + 1 < count ? steps[i + 1]->at<float>(y, x) : 0.0;
                if (here + next > best) {
                    best = here + next;
                    bestAt = here >= next ? i : i + 1;
                }
            }
            const double motion = 2.0 * percentile(cellSteps, 0.5);
            if (best >= kJumpOfEnds * difference && best >= kJumpOverMotion * motion) {
                const double frame = double(firstFrame) + double(bestAt);
                jumpAt.at<double>(y, x) = frame;
                jumps.push_back(frame);
            }
        }
    }
    sweep.informative = double(informative) / double(ends.total());
    if (informative == 0 || jumps.empty())
        return sweep;
    sweep.swept = double(jumps.size()) / double(informative);
    sweep.first = percentile(jumps, 0.02);
    sweep.middle = percentile(jumps, 0.5);
    sweep.last = percentile(jumps, 0.98);

    const double near = kSmoothFrames + kSmoothShare * (sweep.last - sweep.first);
    int pairs = 0;
    int close = 0;
    for (int y = 0; y < jumpAt.rows; ++y) {
        for (int x = 0; x < jumpAt.cols; ++x) {
            const double here = jumpAt.at<double>(y, x);
            if (std::isnan(here))
                continue;
            for (const cv::Point next : {cv::Point(x + 1, y), cv::Point(x, y + 1)}) {
                if (next.x >= jumpAt.cols || next.y >= jumpAt.rows)
                    continue;
                const double there = jumpAt.at<double>(next);
                if (std::isnan(there))
                    continue;
                ++pairs;
                close += std::abs(here - there) <= near ? 1 : 0;
            }
        }
    }
    sweep.smooth = pairs > 0 ? double(close) / double(pairs) : 0.0;
    return sweep;
}

double edgeRegularity(const WipeSweep& sweep)
{
    const cv::Mat& jumpAt = sweep.jumpAt;
    if (jumpAt.empty())
        return 0.0;
    // Edge shapes, each a model in which the jump frame is linear in one or two coordinates of
    // the cell: a straight edge moving across (x and y); an iris opening or closing, round or
    // square (the distance from the centre); a box growing from the corner or side where the
    // jumps start, or shrinking towards the one where they end (the distance from there, round
    // or square); a clock hand (the angle around the centre, counted from the direction where
    // the jumps start so that it does not wrap).
    cv::Point start;
    cv::Point end;
    double earliest = std::numeric_limits<double>::max();
    double latest = std::numeric_limits<double>::lowest();
    for (int y = 0; y < jumpAt.rows; ++y)
        for (int x = 0; x < jumpAt.cols; ++x) {
            const double t = jumpAt.at<double>(y, x);
            if (std::isnan(t))
                continue;
            if (t < earliest) {
                earliest = t;
                start = {x, y};
            }
            if (t >= latest) {
                latest = t;
                end = {x, y};
            }
        }
    const cv::Point2d centre(0.5 * double(jumpAt.cols - 1), 0.5 * double(jumpAt.rows - 1));
    const double startAngle = std::atan2(double(start.y) - centre.y, double(start.x) - centre.x);
    // A round edge is a circle on the picture (cells are square); a square edge follows the
    // frame's shape, so its distances are in units of the grid's width and height.
    const auto round = [](cv::Point2d from, int x, int y) {
        return std::hypot(double(x) - from.x, double(y) - from.y);
    };
    const auto square = [&](cv::Point2d from, int x, int y) {
        return std::max(std::abs(double(x) - from.x) / jumpAt.cols,
                        std::abs(double(y) - from.y) / jumpAt.rows);
    };
    enum Model
    {
        Linear,
        RoundIris,
        SquareIris,
        RoundGrowingBox,
        SquareGrowingBox,
        RoundShrinkingBox,
        SquareShrinkingBox,
        Clock,
        ModelCount
    };
    std::array<std::vector<cv::Vec3d>, ModelCount> models;
    for (int y = 0; y < jumpAt.rows; ++y)
        for (int x = 0; x < jumpAt.cols; ++x) {
            const double t = jumpAt.at<double>(y, x);
            if (std::isnan(t))
                continue;
            double angle = std::atan2(double(y) - centre.y, double(x) - centre.x) - startAngle;
            while (angle < 0)
                angle += 2.0 * CV_PI;
            models[Linear].emplace_back(double(x), double(y), t);
            models[RoundIris].emplace_back(round(centre, x, y), 0.0, t);
            models[SquareIris].emplace_back(square(centre, x, y), 0.0, t);
            models[RoundGrowingBox].emplace_back(round(start, x, y), 0.0, t);
            models[SquareGrowingBox].emplace_back(square(start, x, y), 0.0, t);
            models[RoundShrinkingBox].emplace_back(round(end, x, y), 0.0, t);
            models[SquareShrinkingBox].emplace_back(square(end, x, y), 0.0, t);
            models[Clock].emplace_back(angle, 0.0, t);
        }
    double best = 0;
    for (const auto& samples : models)
        best = std::max(best, fitQuality(samples));
    return best;
}

} // namespace diptych::analysis
