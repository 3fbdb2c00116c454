#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace diptych::media {

/// An exact rational number, as FFmpeg keeps rates and aspect ratios. {0, 1} means unknown.
struct Rational
{
    int num = 0;
    int den = 1;

    [[nodiscard]] double toDouble() const { return den == 0 ? 0.0 : double(num) / double(den); }
    [[nodiscard]] bool isValid() const { return num > 0 && den > 0; }
    friend bool operator==(const Rational&, const Rational&) = default;
};

/// The video stream Diptych reads (the container's default/best video stream).
struct VideoStreamInfo
{
    int streamIndex = -1;        ///< index of the stream in the container
    std::string codec;           ///< FFmpeg codec name, e.g. "h264", "hevc", "vp9"
    int width = 0;               ///< coded picture width in pixels (before SAR and rotation)
    int height = 0;              ///< coded picture height in pixels
    Rational sampleAspect;       ///< pixel (sample) aspect ratio; {1,1} when the file does not say
    int rotation = 0;            ///< display rotation, clockwise degrees: 0, 90, 180 or 270
    Rational nominalRate;        ///< nominal frame rate (frames per second), FFmpeg's r_frame_rate
    Rational averageRate;        ///< average frame rate over the stream (frames per second)
    std::int64_t frameCount = 0; ///< exact number of decodable frames (counted, not declared)
    std::string pixelFormat;     ///< e.g. "yuv420p", "yuv420p10le"
    int bitDepth = 0;            ///< bits per colour component, e.g. 8 or 10
    double durationSeconds = 0;  ///< first frame's start to last frame's end, in seconds

    /// Width x height after SAR and rotation are applied (what a viewer shows), in pixels.
    [[nodiscard]] int displayWidth() const;
    [[nodiscard]] int displayHeight() const;
};

struct AudioStreamInfo
{
    int streamIndex = -1;
    std::string codec;
    int channels = 0;
    int sampleRate = 0;   ///< samples per second
    std::string language; ///< ISO 639 code from the container, empty when unknown
};

/// What `probe` reports about a media file.
struct MediaInfo
{
    std::string path;
    std::string container;               ///< FFmpeg demuxer name(s), e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    double containerDurationSeconds = 0; ///< as the container declares it (may exceed the video)
    std::int64_t sizeBytes = 0;
    VideoStreamInfo video;
    std::vector<AudioStreamInfo> audio;
    /// Problems that did not prevent reading, e.g. "file is truncated: 87 of 120 frames".
    std::vector<std::string> warnings;
};

} // namespace diptych::media
