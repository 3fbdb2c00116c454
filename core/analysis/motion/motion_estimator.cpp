#include "analysis/motion/motion_estimator.h"

#include "analysis/motion/global_motion.h"
#include "analysis/motion/motion_parameters.h"
#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace diptych::analysis {

namespace {

/// tan(22.5°): the border between a horizontal (or vertical) and a diagonal direction sector.
constexpr float kTanHalfSector = 0.41421356f;

/// The 45° sector of a residual vector (see kMotionDirectionBins), without atan2: this runs
/// for every moving pixel.
int directionBin(float dx, float dy)
{
    const float ax = std::abs(dx);
    const float ay = std::abs(dy);
    if (ay <= kTanHalfSector * ax)
        return dx > 0 ? 0 : 4;
    if (ax <= kTanHalfSector * ay)
        return dy > 0 ? 2 : 6;
    if (dx > 0)
        return dy > 0 ? 1 : 7;
    return dy > 0 ? 3 : 5;
}

/// 90th percentile of the flow speed (px/frame) over the camera-fit sample grid: cheaper
/// than over every pixel, and DIS flow is smooth at that scale anyway.
double gridP90Speed(const cv::Mat& flow)
{
    std::vector<float> speeds;
    for (int y = motion::kGridMargin; y < flow.rows - motion::kGridMargin; y += motion::kGridStep) {
        const auto* row = flow.ptr<cv::Vec2f>(y);
        for (int x = motion::kGridMargin; x < flow.cols - motion::kGridMargin;
             x += motion::kGridStep)
            speeds.push_back(std::hypot(row[x][0], row[x][1]));
    }
    if (speeds.empty())
        return 0;
    const auto k = static_cast<std::ptrdiff_t>(0.9 * static_cast<double>(speeds.size() - 1));
    std::nth_element(speeds.begin(), speeds.begin() + k, speeds.end());
    return speeds[static_cast<std::size_t>(k)];
}

} // namespace

MotionEstimator::MotionEstimator()
    // FAST rather than ULTRAFAST: its variational refinement removes most of the blocky,
    // frame-to-frame flicker of the patch-only flow, and the smoothness and impact metrics
    // differentiate the speed series, which amplifies exactly that flicker.
    : m_dis(cv::DISOpticalFlow::create(cv::DISOpticalFlow::PRESET_FAST))
{}

MotionFrameStats MotionEstimator::estimate(const cv::Mat& previousGray, const cv::Mat& gray,
                                           double fps)
{
    if (previousGray.type() != CV_8UC1 || gray.type() != CV_8UC1 ||
        previousGray.size() != gray.size() || gray.empty())
        throw Error("motion: frames must be non-empty 8-bit grey images of one size");
    if (!(fps > 0) || !std::isfinite(fps))
        throw Error("motion: the frame rate must be positive");

    // DIS treats a flow buffer of the right size as an initial guess, which would make each
    // pair depend on the one measured before it on this thread; start from nothing instead.
    m_flow.release();
    m_dis->calc(previousGray, gray, m_flow);
    const motion::GlobalMotion camera = motion::fitGlobalMotion(m_flow);

    // px/frame -> percent of the frame width per second.
    const double toSpeed = fps / gray.cols * 100.0;
    const float directionMinPx =
        static_cast<float>(std::max(motion::kDirectionMinSpeed / toSpeed, motion::kDirectionMinPx));

    const double cx = (m_flow.cols - 1) * 0.5;
    const double cy = (m_flow.rows - 1) * 0.5;
    // The camera displacement field g(p) = A·p − p, evaluated per pixel in centred
    // coordinates like the fit.
    const auto am1 = static_cast<float>(camera.a - 1.0);
    const auto b = static_cast<float>(camera.b);

    // The statistics skip the same border as the camera fit: where content enters or leaves
    // the frame the flow is guesswork. Frames too small for a border keep every pixel.
    const int margin =
        std::min(m_flow.rows, m_flow.cols) > 4 * motion::kGridMargin ? motion::kGridMargin : 0;

    double sumFlow = 0;
    double sumCamera = 0;
    double sumResidual = 0;
    std::array<double, kMotionDirectionBins> directions{};
    constexpr int step = motion::kStatsStep;
    // Pixels read: a grid of `step` over the frame minus its border.
    const int gridRows = (m_flow.rows - 2 * margin + step - 1) / step;
    const int gridCols = (m_flow.cols - 2 * margin + step - 1) / step;
    const double pixels = static_cast<double>(gridRows) * static_cast<double>(gridCols);
    for (int y = margin; y < m_flow.rows - margin; y += step) {
        const auto* row = m_flow.ptr<cv::Vec2f>(y);
        const auto yc = static_cast<float>(y - cy);
        // Row sums in float for speed, folded into double per row; the order is fixed, so
        // the result is deterministic.
        float rowFlow = 0;
        float rowCamera = 0;
        float rowResidual = 0;
        std::array<float, kMotionDirectionBins> rowDirections{};
        for (int x = margin; x < m_flow.cols - margin; x += step) {
            const auto xc = static_cast<float>(x - cx);
            const float gx = am1 * xc - b * yc + static_cast<float>(camera.tx);
            const float gy = b * xc + am1 * yc + static_cast<float>(camera.ty);
            const float ux = row[x][0];
            const float uy = row[x][1];
            const float rx = ux - gx;
            const float ry = uy - gy;
            rowFlow += std::sqrt(ux * ux + uy * uy);
            rowCamera += std::sqrt(gx * gx + gy * gy);
            const float residual = std::sqrt(rx * rx + ry * ry);
            rowResidual += residual;
            if (residual > directionMinPx)
                rowDirections[static_cast<std::size_t>(directionBin(rx, ry))] += residual;
        }
        sumFlow += rowFlow;
        sumCamera += rowCamera;
        sumResidual += rowResidual;
        for (std::size_t i = 0; i < directions.size(); ++i)
            directions[i] += rowDirections[i];
    }

    const double perPixel = toSpeed / pixels;
    MotionFrameStats stats;
    stats.meanSpeed = sumFlow * perPixel;
    stats.p90Speed = gridP90Speed(m_flow) * toSpeed;
    stats.cameraSpeed = sumCamera * perPixel;
    stats.subjectSpeed = sumResidual * perPixel;
    for (std::size_t i = 0; i < directions.size(); ++i)
        stats.subjectDirections[i] = directions[i] * perPixel;
    // Camera terms are the opposite of the picture's motion (see MotionFrameStats).
    stats.pan = -camera.tx * toSpeed;
    stats.tilt = camera.ty * toSpeed;
    const double scale = std::hypot(camera.a, camera.b);
    stats.zoom = scale > 0 ? 100.0 * std::log(scale) * fps : 0.0;
    stats.roll = -std::atan2(camera.b, camera.a) * 180.0 / std::numbers::pi * fps;
    stats.inlierRatio = camera.inlierRatio;
    return stats;
}

} // namespace diptych::analysis
