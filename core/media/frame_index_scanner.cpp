#include "media/frame_index_scanner.h"

#include "log/log.h"
#include "media/ffmpeg_error.h"
#include "media/frame_index_cache.h"
#include "media/video_frame_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace diptych::media {
namespace {

// Report progress at most this often: the sink may cross threads.
constexpr auto kProgressInterval = std::chrono::milliseconds(100);

class ThrottledProgress
{
public:
    ThrottledProgress(const ProgressSink& sink, std::int64_t total)
        : m_sink(sink)
        , m_total(total)
    {}
    void report(std::int64_t done)
    {
        if (!m_sink)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (now - m_last < kProgressInterval)
            return;
        m_last = now;
        m_sink(done, m_total);
    }
    void finish() const
    {
        if (m_sink)
            m_sink(m_total, m_total);
    }

private:
    const ProgressSink& m_sink;
    std::int64_t m_total;
    std::chrono::steady_clock::time_point m_last{};
};

Rational frameRateOf(const InputFile& input)
{
    const AVStream* stream = input.videoStream();
    if (stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0)
        return {stream->avg_frame_rate.num, stream->avg_frame_rate.den};
    return {stream->r_frame_rate.num, stream->r_frame_rate.den};
}

struct KeyPacket
{
    std::int64_t pts;
    std::int64_t position; // byte offset, -1 unknown
};

struct Keyframes
{
    std::vector<std::int64_t> frames;
    std::vector<std::int64_t> positions;
};

// Frame numbers (and byte offsets) of the keyframes, found by timestamp in the sorted list.
Keyframes keyframeIndices(const std::vector<std::int64_t>& sortedPts, std::vector<KeyPacket> keys)
{
    std::sort(keys.begin(), keys.end(),
              [](const KeyPacket& a, const KeyPacket& b) { return a.pts < b.pts; });
    Keyframes result;
    for (const auto& key : keys) {
        const auto it = std::lower_bound(sortedPts.begin(), sortedPts.end(), key.pts);
        if (it == sortedPts.end() || *it != key.pts)
            continue;
        const auto frame = std::int64_t(it - sortedPts.begin());
        if (!result.frames.empty() && result.frames.back() == frame)
            continue;
        result.frames.push_back(frame);
        result.positions.push_back(key.position);
    }
    return result;
}

// How long the container says the video stream is, in seconds; 0 when it does not say. MP4 and
// AVI keep it in the stream header, Matroska writers in a per-stream DURATION tag. The
// container's overall duration is not used: subtitle tracks often run past the picture.
double declaredVideoSeconds(const InputFile& input)
{
    const AVStream* stream = input.videoStream();
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        return double(stream->duration) * av_q2d(stream->time_base);
    if (const AVDictionaryEntry* tag = av_dict_get(stream->metadata, "DURATION", nullptr, 0)) {
        int hours = 0;
        int minutes = 0;
        double seconds = 0;
        if (std::sscanf(tag->value, "%d:%d:%lf", &hours, &minutes, &seconds) == 3)
            return hours * 3600.0 + minutes * 60.0 + seconds;
    }
    return 0;
}

struct PacketScan
{
    std::vector<std::int64_t> pts;
    std::vector<KeyPacket> keyPackets;
    bool trustworthy = true;
    std::string problem;
};

PacketScan scanPackets(InputFile& input, const CancellationToken* cancel,
                       ThrottledProgress& progress)
{
    PacketScan scan;
    PacketPtr packet = allocatePacket();
    std::uint64_t packets = 0;
    AVFormatContext* context = input.context();
    for (;;) {
        const int rc = av_read_frame(context, packet.get());
        if (rc == AVERROR_EOF)
            break;
        if (rc < 0) {
            scan.trustworthy = false;
            scan.problem = context->pb && context->pb->eof_reached
                               ? "file is truncated (" + avErrorText(rc) + ")"
                               : "read error (" + avErrorText(rc) + ")";
            break;
        }
        if (packet->stream_index == input.videoStreamIndex() &&
            !(packet->flags & AV_PKT_FLAG_DISCARD)) {
            if (packet->flags & AV_PKT_FLAG_CORRUPT) {
                scan.trustworthy = false;
                scan.problem = "corrupt packets in the video stream";
            }
            if (packet->pts == AV_NOPTS_VALUE) {
                scan.trustworthy = false;
                if (scan.problem.empty())
                    scan.problem = "packets without timestamps";
            } else {
                scan.pts.push_back(packet->pts);
                if (packet->flags & AV_PKT_FLAG_KEY)
                    scan.keyPackets.push_back({packet->pts, packet->pos});
            }
        }
        av_packet_unref(packet.get());
        // Counted in packets of any stream: a short film must still notice a cancel.
        if (cancel && (++packets & 255) == 0)
            cancel->throwIfCancelled();
        if (context->pb)
            progress.report(avio_tell(context->pb));
    }
    std::sort(scan.pts.begin(), scan.pts.end());
    // Some demuxers (Matroska) end a truncated file with a clean end-of-file: the missing tail
    // only shows against the duration the header declares.
    const double declared = declaredVideoSeconds(input);
    const AVRational tb = input.videoStream()->time_base;
    if (scan.trustworthy && declared > 0 && scan.pts.size() >= 2) {
        const double found = double(scan.pts.back() - scan.pts.front()) * av_q2d(tb);
        if (declared - found > std::max(1.0, 0.05 * declared)) {
            scan.trustworthy = false;
            scan.problem = fmt::format("file is truncated: the video stops at {:.3f} s of the "
                                       "{:.3f} s its header declares",
                                       found, declared);
        }
    }
    if (std::adjacent_find(scan.pts.begin(), scan.pts.end()) != scan.pts.end()) {
        scan.trustworthy = false;
        if (scan.problem.empty())
            scan.problem = "duplicate packet timestamps";
    }
    return scan;
}

// The slow, certain path: decode everything and index what comes out.
ScanResult scanByDecoding(InputFile& input, const CancellationToken* cancel,
                          ThrottledProgress& progress)
{
    VideoFrameReader reader(input, 0);
    reader.rewind();
    FramePtr frame = allocateFrame();
    std::vector<std::int64_t> pts;
    std::vector<KeyPacket> keyPackets;
    while (reader.read(frame.get())) {
        const std::int64_t ts = frame->best_effort_timestamp;
        if (ts == AV_NOPTS_VALUE)
            continue;
        pts.push_back(ts);
        if (frame->key_frame)
            keyPackets.push_back({ts, frame->pkt_pos});
        if (cancel && (pts.size() & 63) == 0)
            cancel->throwIfCancelled();
        if (input.context()->pb)
            progress.report(avio_tell(input.context()->pb));
    }
    std::sort(pts.begin(), pts.end());
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    if (pts.empty())
        input.fail("no decodable video frame");

    ScanResult result;
    result.decoded = true;
    if (!reader.readError().empty())
        result.warnings.push_back("stopped reading at a damaged or truncated part (" +
                                  reader.readError() + ")");
    if (reader.corruptPackets() > 0)
        result.warnings.push_back(std::to_string(reader.corruptPackets()) +
                                  " corrupt video packets were skipped");
    auto keyframes = keyframeIndices(pts, std::move(keyPackets));
    if (keyframes.frames.empty() || keyframes.frames.front() != 0) {
        keyframes.frames.insert(keyframes.frames.begin(), 0);
        keyframes.positions.insert(keyframes.positions.begin(), -1);
    }
    const AVRational tb = input.videoStream()->time_base;
    result.index = FrameIndex(std::move(pts), std::move(keyframes.frames), {tb.num, tb.den},
                              frameRateOf(input), std::move(keyframes.positions));
    return result;
}

} // namespace

ScanResult scanFrameIndex(InputFile& input, const CancellationToken* cancel,
                          const ProgressSink& progress)
{
    if (cancel)
        cancel->throwIfCancelled();
    ThrottledProgress throttle(progress, input.sizeBytes());
    PacketScan scan = scanPackets(input, cancel, throttle);
    if (!scan.trustworthy) {
        log::get("media")->info("{}: {}; counting frames by decoding", input.path(), scan.problem);
        ScanResult decoded = scanByDecoding(input, cancel, throttle);
        decoded.warnings.insert(decoded.warnings.begin(), scan.problem);
        for (const auto& warning : decoded.warnings)
            log::get("media")->warn("{}: {}", input.path(), warning);
        throttle.finish();
        return decoded;
    }
    if (scan.pts.empty())
        input.fail("the video stream has no frames");

    ScanResult result;
    auto keyframes = keyframeIndices(scan.pts, std::move(scan.keyPackets));
    const AVRational tb = input.videoStream()->time_base;
    result.index = FrameIndex(std::move(scan.pts), std::move(keyframes.frames), {tb.num, tb.den},
                              frameRateOf(input), std::move(keyframes.positions));
    // Leave the demuxer at the start for whoever reads next.
    av_seek_frame(input.context(), input.videoStreamIndex(), INT64_MIN, AVSEEK_FLAG_BACKWARD);
    throttle.finish();
    return result;
}

ScanResult loadOrScanFrameIndex(InputFile& input, bool useCache, const CancellationToken* cancel,
                                const ProgressSink& progress)
{
    const FrameIndexCache cache;
    if (useCache)
        if (auto cached = cache.load(input.path())) {
            ScanResult result;
            result.index = std::move(*cached);
            return result;
        }
    ScanResult scan = scanFrameIndex(input, cancel, progress);
    if (useCache && scan.warnings.empty())
        cache.store(input.path(), scan.index);
    return scan;
}

} // namespace diptych::media
