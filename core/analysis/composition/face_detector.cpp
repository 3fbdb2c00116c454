#include "analysis/composition/face_detector.h"

#include "log/log.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <system_error>
#include <tuple>

namespace diptych::analysis::composition {
namespace {

constexpr const char* kCascadeName = "haarcascade_frontalface_default.xml";

void warnOnce(const std::string& message)
{
    static std::once_flag once;
    std::call_once(once, [&] { log::get("analysis")->warn("{}", message); });
}

} // namespace

struct FaceDetector::Impl
{
    FaceDetectorOptions options;
    cv::CascadeClassifier cascade;
    bool loaded = false;
};

FaceDetector::FaceDetector(FaceDetectorOptions options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = options;
    const auto path = locateCascade();
    if (!path) {
        warnOnce(std::string("face detection disabled: ") + kCascadeName +
                 " not found (install opencv-data or set DIPTYCH_FACE_CASCADE); face metrics "
                 "will be NaN");
        return;
    }
    try {
        m_impl->loaded = m_impl->cascade.load(path->string());
    } catch (const cv::Exception& error) {
        m_impl->loaded = false;
        warnOnce("face detection disabled: cannot load " + path->string() + ": " + error.what());
        return;
    }
    if (!m_impl->loaded)
        warnOnce("face detection disabled: cannot load " + path->string());
}

FaceDetector::~FaceDetector() = default;

bool FaceDetector::available() const
{
    return m_impl->loaded;
}

std::vector<cv::Rect> FaceDetector::detect(const cv::Mat& image)
{
    if (!m_impl->loaded || image.empty())
        return {};
    cv::Mat gray;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    else
        gray = image;
    // Histogram equalisation is the standard Viola–Jones preprocessing: it makes the cascade's
    // fixed thresholds work in dark, low-contrast grades too.
    cv::Mat equalized;
    cv::equalizeHist(gray, equalized);
    std::vector<cv::Rect> faces;
    const int minSide = std::max(1, m_impl->options.minFaceHeight);
    m_impl->cascade.detectMultiScale(equalized, faces, m_impl->options.scaleFactor,
                                     m_impl->options.minNeighbors, 0, cv::Size(minSide, minSide));
    // detectMultiScale may return faces in a thread-dependent order; sort for determinism.
    std::sort(faces.begin(), faces.end(), [](const cv::Rect& a, const cv::Rect& b) {
        return std::tie(b.height, a.x, a.y, a.width) < std::tie(a.height, b.x, b.y, b.width);
    });
    return faces;
}

std::optional<std::filesystem::path> FaceDetector::locateCascade()
{
    std::error_code error;
    if (const char* env = std::getenv("DIPTYCH_FACE_CASCADE"); env && *env) {
        const std::filesystem::path path(env);
        if (std::filesystem::is_regular_file(path, error))
            return path;
    }
    for (const char* folder :
         {"/usr/share/opencv4/haarcascades", "/usr/local/share/opencv4/haarcascades",
          "/usr/share/opencv/haarcascades", "/usr/local/share/opencv/haarcascades",
          "/opt/homebrew/share/opencv4/haarcascades"}) {
        const std::filesystem::path path = std::filesystem::path(folder) / kCascadeName;
        if (std::filesystem::is_regular_file(path, error))
            return path;
    }
    return std::nullopt;
}

} // namespace diptych::analysis::composition
