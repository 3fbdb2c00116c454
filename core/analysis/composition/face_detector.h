#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace diptych::analysis::composition {

/// Parameters of the Haar frontal-face detector (see FaceDetector).
struct FaceDetectorOptions
{
    double scaleFactor = 1.2; ///< image pyramid step of detectMultiScale (cost: METRICS.md)
    int minNeighbors = 4;     ///< overlapping hits needed to keep a face (fewer false ones)
    /// Smallest face searched, px in the image passed to detect(): 27/270 = 0.10 of a 480×270
    /// detail frame, the MLS bound. Smaller faces (LS, ELS) are not searched: going down to the
    /// cascade's native 24 px would about double the cost (the smallest scales dominate it).
    int minFaceHeight = 27;
};

/// OpenCV's Viola–Jones Haar cascade `haarcascade_frontalface_default.xml` (Debian
/// opencv-data). Frontal and near-frontal faces only: profiles, backs of heads, faces under
/// ~24 px or strongly occluded are missed; masks, posters and textures can give false hits.
///
/// Not thread-safe (cv::CascadeClassifier keeps scratch state): one per worker thread.
class FaceDetector final
{
public:
    explicit FaceDetector(FaceDetectorOptions options = {});
    ~FaceDetector();
    FaceDetector(const FaceDetector&) = delete;
    FaceDetector& operator=(const FaceDetector&) = delete;

    /// False when the cascade file was not found or did not load; detect() then returns {}.
    /// The first failure in the process is logged as a warning (once).
    [[nodiscard]] bool available() const;

    /// Face boxes in `bgr` (CV_8UC3 or CV_8UC1), sorted by height descending, then by x, y.
    [[nodiscard]] std::vector<cv::Rect> detect(const cv::Mat& image);

    /// The cascade file: $DIPTYCH_FACE_CASCADE if it names an existing file, else the first
    /// existing haarcascade_frontalface_default.xml under the usual OpenCV data folders
    /// (/usr/share/opencv4/haarcascades, /usr/local/share/opencv4/haarcascades, the
    /// "opencv" variants, Homebrew's), else nullopt.
    static std::optional<std::filesystem::path> locateCascade();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace diptych::analysis::composition
