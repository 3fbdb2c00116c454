#pragma once

#include "media/media_info.h"

#include <cstdint>
#include <span>
#include <vector>

namespace diptych::media {

/// The exact map between frame numbers and stream timestamps of one video stream.
///
/// Frame numbers are 0-based indices in presentation order. Timestamps (pts) are in the
/// stream's time base. Seconds are measured from the presentation time of frame 0, so a stream
/// whose first timestamp is not zero (MPEG-TS, edited MP4) still starts at 0.0 s.
/// Frame i is shown during [secondsOf(i), secondsOf(i + 1)); the last frame lasts as long as
/// the frame before it (or 1/rate for a one-frame stream).
///
/// Immutable after construction; safe to share between threads.
class FrameIndex final
{
public:
    /// Version of the serialize() format; bumped whenever it changes.
    static constexpr int kFormatVersion = 2;

    FrameIndex() = default;
    /// `pts` must hold one unique timestamp per frame, sorted ascending; `keyframes` the frame
    /// numbers (indices into `pts`) of frames a decoder can start from, sorted ascending;
    /// `keyframePositions` their byte offsets in the file (-1 unknown), or empty.
    FrameIndex(std::vector<std::int64_t> pts, std::vector<std::int64_t> keyframes,
               Rational timeBase, Rational frameRate,
               std::vector<std::int64_t> keyframePositions = {});

    [[nodiscard]] std::int64_t frameCount() const { return std::int64_t(m_pts.size()); }
    [[nodiscard]] bool empty() const { return m_pts.empty(); }
    [[nodiscard]] Rational timeBase() const { return m_timeBase; }
    [[nodiscard]] const std::vector<std::int64_t>& keyframes() const { return m_keyframes; }

    /// Timestamp of `frame` in time-base units. Precondition: 0 <= frame < frameCount().
    [[nodiscard]] std::int64_t ptsOf(std::int64_t frame) const;
    /// Presentation time of `frame`, in seconds from frame 0. Precondition as ptsOf.
    [[nodiscard]] double secondsOf(std::int64_t frame) const;
    /// How long `frame` is shown, in seconds.
    [[nodiscard]] double durationOf(std::int64_t frame) const;
    /// Total duration: from frame 0's start to the last frame's end, in seconds.
    [[nodiscard]] double durationSeconds() const;

    /// The frame on screen at `seconds` (from frame 0): the last frame whose presentation time
    /// is <= seconds, clamped to [0, frameCount() - 1]. Returns -1 for an empty index.
    [[nodiscard]] std::int64_t frameAtSeconds(double seconds) const;
    /// The frame whose timestamp is exactly `pts`, or -1 when no frame has it.
    [[nodiscard]] std::int64_t frameWithPts(std::int64_t pts) const;
    /// The frame shown at stream timestamp `pts` (last frame with ptsOf <= pts), clamped.
    [[nodiscard]] std::int64_t frameAtPts(std::int64_t pts) const;

    /// The latest keyframe at or before `frame` in presentation order (0 when there is none).
    [[nodiscard]] std::int64_t keyframeAtOrBefore(std::int64_t frame) const;
    /// The keyframe before `keyframe` (itself for the first one).
    [[nodiscard]] std::int64_t keyframeBefore(std::int64_t keyframe) const;
    /// Byte offset in the file of the packet of keyframe `keyframe`, or -1 when unknown.
    /// Containers without a seek index (MPEG-TS, MPEG-PS) seek exactly by bytes.
    [[nodiscard]] std::int64_t keyframePosition(std::int64_t keyframe) const;

    /// A compact little-endian binary form, for caches and the project file.
    [[nodiscard]] std::vector<std::uint8_t> serialize() const;
    /// Inverse of serialize(); throws diptych::Error on malformed or foreign data.
    static FrameIndex deserialize(std::span<const std::uint8_t> bytes);

    friend bool operator==(const FrameIndex&, const FrameIndex&) = default;

private:
    /// `ticks` time-base units in seconds.
    [[nodiscard]] double ticksToSeconds(std::int64_t ticks) const;
    /// How long `frame` is shown, in time-base units; -1 for a one-frame stream.
    [[nodiscard]] std::int64_t durationTicksOf(std::int64_t frame) const;

    std::vector<std::int64_t> m_pts;
    std::vector<std::int64_t> m_keyframes;
    std::vector<std::int64_t> m_keyframePositions; // parallel to m_keyframes
    Rational m_timeBase{1, 1};
    Rational m_frameRate;
};

} // namespace diptych::media
