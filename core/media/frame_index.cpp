#include "media/frame_index.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace diptych::media {
namespace {

constexpr std::uint32_t kMagic = 0x58444946; // "FIDX"

void appendU32(std::vector<std::uint8_t>& out, std::uint32_t value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.push_back(std::uint8_t(value >> shift));
}

void appendI64(std::vector<std::uint8_t>& out, std::int64_t value)
{
    const auto bits = std::uint64_t(value);
    for (int shift = 0; shift < 64; shift += 8)
        out.push_back(std::uint8_t(bits >> shift));
}

class Reader
{
public:
    explicit Reader(std::span<const std::uint8_t> bytes)
        : m_bytes(bytes)
    {}
    std::uint64_t read(int width)
    {
        if (m_offset + std::size_t(width) > m_bytes.size())
            throw Error("frame index data is truncated");
        std::uint64_t value = 0;
        for (int i = 0; i < width; ++i)
            value |= std::uint64_t(m_bytes[m_offset + std::size_t(i)]) << (8 * i);
        m_offset += std::size_t(width);
        return value;
    }
    std::uint32_t u32() { return std::uint32_t(read(4)); }
    std::int64_t i64() { return std::int64_t(read(8)); }
    [[nodiscard]] std::size_t remaining() const { return m_bytes.size() - m_offset; }

private:
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_offset = 0;
};

} // namespace

FrameIndex::FrameIndex(std::vector<std::int64_t> pts, std::vector<std::int64_t> keyframes,
                       Rational timeBase, Rational frameRate,
                       std::vector<std::int64_t> keyframePositions)
    : m_pts(std::move(pts))
    , m_keyframes(std::move(keyframes))
    , m_keyframePositions(std::move(keyframePositions))
    , m_timeBase(timeBase)
    , m_frameRate(frameRate)
{
    if (!m_timeBase.isValid())
        throw Error("frame index: invalid time base");
    if (!std::is_sorted(m_pts.begin(), m_pts.end()) ||
        std::adjacent_find(m_pts.begin(), m_pts.end()) != m_pts.end())
        throw Error("frame index: timestamps must be unique and ascending");
    const auto badKeyframe = [this](std::int64_t k) { return k < 0 || k >= frameCount(); };
    if (std::any_of(m_keyframes.begin(), m_keyframes.end(), badKeyframe) ||
        !std::is_sorted(m_keyframes.begin(), m_keyframes.end()))
        throw Error("frame index: keyframes must be ascending frame numbers");
    if (m_keyframePositions.empty())
        m_keyframePositions.assign(m_keyframes.size(), -1);
    if (m_keyframePositions.size() != m_keyframes.size())
        throw Error("frame index: one byte position per keyframe expected");
}

std::int64_t FrameIndex::ptsOf(std::int64_t frame) const
{
    return m_pts.at(std::size_t(frame));
}

double FrameIndex::ticksToSeconds(std::int64_t ticks) const
{
    // ticks·num / den with one rounding, so that whole seconds come out whole (240 frames of
    // 1/24 s are 10, not the 9.999999999999998 of ticks · (num/den)).
    return double(ticks) * double(m_timeBase.num) / double(m_timeBase.den);
}

double FrameIndex::secondsOf(std::int64_t frame) const
{
    return ticksToSeconds(ptsOf(frame) - m_pts.front());
}

std::int64_t FrameIndex::durationTicksOf(std::int64_t frame) const
{
    if (frame + 1 < frameCount())
        return ptsOf(frame + 1) - ptsOf(frame);
    if (frameCount() >= 2)
        return ptsOf(frame) - ptsOf(frame - 1);
    return -1;
}

double FrameIndex::durationOf(std::int64_t frame) const
{
    if (const auto ticks = durationTicksOf(frame); ticks >= 0)
        return ticksToSeconds(ticks);
    return m_frameRate.isValid() ? 1.0 / m_frameRate.toDouble() : 0.0;
}

double FrameIndex::durationSeconds() const
{
    if (empty())
        return 0.0;
    const auto last = frameCount() - 1;
    const auto ticks = durationTicksOf(last);
    // A one-frame stream lasts as long as its frame, which has no second timestamp to go by.
    return ticks >= 0 ? ticksToSeconds(ptsOf(last) - m_pts.front() + ticks) : durationOf(last);
}

std::int64_t FrameIndex::frameAtPts(std::int64_t pts) const
{
    if (empty())
        return -1;
    const auto after = std::upper_bound(m_pts.begin(), m_pts.end(), pts);
    if (after == m_pts.begin())
        return 0;
    return std::int64_t(after - m_pts.begin()) - 1;
}

std::int64_t FrameIndex::frameAtSeconds(double seconds) const
{
    if (empty())
        return -1;
    // Round to the nearest time-base tick first, so that secondsOf(i) maps back to i even when
    // the double product lands a hair below the exact tick.
    const double ticks = std::round(seconds / m_timeBase.toDouble());
    return frameAtPts(m_pts.front() + std::int64_t(ticks));
}

std::int64_t FrameIndex::frameWithPts(std::int64_t pts) const
{
    const auto it = std::lower_bound(m_pts.begin(), m_pts.end(), pts);
    if (it == m_pts.end() || *it != pts)
        return -1;
    return std::int64_t(it - m_pts.begin());
}

std::int64_t FrameIndex::keyframeAtOrBefore(std::int64_t frame) const
{
    const auto after = std::upper_bound(m_keyframes.begin(), m_keyframes.end(), frame);
    if (after == m_keyframes.begin())
        return 0;
    return *(after - 1);
}

std::int64_t FrameIndex::keyframeBefore(std::int64_t keyframe) const
{
    const auto at = std::lower_bound(m_keyframes.begin(), m_keyframes.end(), keyframe);
    if (at == m_keyframes.begin())
        return m_keyframes.empty() ? 0 : m_keyframes.front();
    return *(at - 1);
}

std::int64_t FrameIndex::keyframePosition(std::int64_t keyframe) const
{
    const auto at = std::lower_bound(m_keyframes.begin(), m_keyframes.end(), keyframe);
    if (at == m_keyframes.end() || *at != keyframe)
        return -1;
    return m_keyframePositions[std::size_t(at - m_keyframes.begin())];
}

std::vector<std::uint8_t> FrameIndex::serialize() const
{
    std::vector<std::uint8_t> out;
    out.reserve(56 + 8 * (m_pts.size() + 2 * m_keyframes.size()));
    appendU32(out, kMagic);
    appendU32(out, std::uint32_t(kFormatVersion));
    appendI64(out, m_timeBase.num);
    appendI64(out, m_timeBase.den);
    appendI64(out, m_frameRate.num);
    appendI64(out, m_frameRate.den);
    appendI64(out, std::int64_t(m_pts.size()));
    appendI64(out, std::int64_t(m_keyframes.size()));
    for (const auto pts : m_pts)
        appendI64(out, pts);
    for (const auto keyframe : m_keyframes)
        appendI64(out, keyframe);
    for (const auto position : m_keyframePositions)
        appendI64(out, position);
    return out;
}

FrameIndex FrameIndex::deserialize(std::span<const std::uint8_t> bytes)
{
    Reader in(bytes);
    if (in.u32() != kMagic)
        throw Error("not a Diptych frame index");
    if (const auto version = in.u32(); version != std::uint32_t(kFormatVersion))
        throw Error("unsupported frame index format " + std::to_string(version));
    const Rational timeBase{int(in.i64()), int(in.i64())};
    const Rational frameRate{int(in.i64()), int(in.i64())};
    const auto frames = in.i64();
    const auto keyframeCount = in.i64();
    if (frames < 0 || keyframeCount < 0 ||
        std::uint64_t(frames + 2 * keyframeCount) * 8 != in.remaining())
        throw Error("frame index data has the wrong size");
    std::vector<std::int64_t> pts(static_cast<std::size_t>(frames));
    for (auto& value : pts)
        value = in.i64();
    std::vector<std::int64_t> keyframes(static_cast<std::size_t>(keyframeCount));
    for (auto& value : keyframes)
        value = in.i64();
    std::vector<std::int64_t> positions(keyframes.size());
    for (auto& value : positions)
        value = in.i64();
    return FrameIndex(std::move(pts), std::move(keyframes), timeBase, frameRate,
                      std::move(positions));
}

} // namespace diptych::media
