#include "analysis/composition/frame_structure.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <limits>

namespace diptych::analysis::composition {

double mirrorSymmetry(const cv::Mat& gray)
{
    CV_Assert(gray.type() == CV_8UC1 && !gray.empty());
    cv::Mat small;
    cv::resize(gray, small, cv::Size(std::max(1, gray.cols / 2), std::max(1, gray.rows / 2)), 0, 0,
               cv::INTER_AREA);
    cv::Mat dx, dy, magnitude;
    cv::Sobel(small, dx, CV_32F, 1, 0, 3);
    cv::Sobel(small, dy, CV_32F, 0, 1, 3);
    cv::magnitude(dx, dy, magnitude);
    cv::GaussianBlur(magnitude, magnitude, cv::Size(0, 0), 1.5);

    double sum = 0;
    for (int y = 0; y < magnitude.rows; ++y) {
        const float* row = magnitude.ptr<float>(y);
        for (int x = 0; x < magnitude.cols; ++x)
            sum += row[x];
    }
    const double mean = sum / double(magnitude.total());
    double covariance = 0, variance = 0;
    const int last = magnitude.cols - 1;
    for (int y = 0; y < magnitude.rows; ++y) {
        const float* row = magnitude.ptr<float>(y);
        for (int x = 0; x < magnitude.cols; ++x) {
            const double value = row[x] - mean;
            covariance += value * (row[last - x] - mean);
            variance += value * value;
        }
    }
    if (variance <= 1e-12 * double(magnitude.total()))
        return std::numeric_limits<double>::quiet_NaN();
    return covariance / variance;
}

double edgeDensity(const cv::Mat& gray)
{
    CV_Assert(gray.type() == CV_8UC1 && !gray.empty());
    cv::Mat edges;
    cv::Canny(gray, edges, kCannyLow, kCannyHigh);
    return double(cv::countNonZero(edges)) / double(gray.total());
}

double depthOfFieldProxy(const cv::Mat& gray)
{
    CV_Assert(gray.type() == CV_8UC1 && !gray.empty());
    cv::Mat laplacian;
    cv::Laplacian(gray, laplacian, CV_32F, 1);
    const cv::Rect centre(gray.cols / 4, gray.rows / 4, gray.cols / 2, gray.rows / 2);
    double centreEnergy = 0, totalEnergy = 0;
    for (int y = 0; y < laplacian.rows; ++y) {
        const float* row = laplacian.ptr<float>(y);
        double rowTotal = 0, rowCentre = 0;
        for (int x = 0; x < laplacian.cols; ++x) {
            const double e = double(row[x]) * double(row[x]);
            rowTotal += e;
            if (x >= centre.x && x < centre.x + centre.width)
                rowCentre += e;
        }
        totalEnergy += rowTotal;
        if (y >= centre.y && y < centre.y + centre.height)
            centreEnergy += rowCentre;
    }
    const double centreArea = double(centre.area());
    const double peripheryArea = double(gray.total()) - centreArea;
    if (centreArea <= 0 || peripheryArea <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double centreMean = centreEnergy / centreArea;
    const double peripheryMean = (totalEnergy - centreEnergy) / peripheryArea;
    return std::log((centreMean + 1.0) / (peripheryMean + 1.0));
}

} // namespace diptych::analysis::composition
