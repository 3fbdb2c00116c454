#include "media/video_decoder.h"

#include "common/error.h"
#include "log/log.h"
#include "media/frame_cache.h"
#include "media/frame_converter.h"
#include "media/frame_index_scanner.h"
#include "media/input_file.h"
#include "media/video_frame_reader.h"

namespace diptych::media {
namespace {

// Seeks that land after the target (open GOPs, imprecise demuxers) step back one keyframe at
// a time this often before decoding from the very start.
constexpr int kSeekRetries = 3;
// A target at most this many frames ahead is reached by decoding on, even across a keyframe:
// cheaper than flushing the decoder's pipeline, and what keeps playback seek-free.
constexpr std::int64_t kDecodeOnLimit = 16;

} // namespace

struct VideoDecoder::Impl
{
    Impl(const std::filesystem::path& path, std::shared_ptr<const FrameIndex> frameIndex,
         DecoderOptions options)
        : input(path)
        , info(input.describe())
        , index(std::move(frameIndex))
        , reader(input, options.threads)
        , converter(info.video)
        , cache(options.cacheBytes)
        , current(allocateFrame())
    {
        if (!index) {
            ScanResult scan = loadOrScanFrameIndex(input, true);
            info.warnings = std::move(scan.warnings);
            index = std::make_shared<const FrameIndex>(std::move(scan.index));
        }
        info.video.frameCount = index->frameCount();
        info.video.durationSeconds = index->durationSeconds();
        reader.rewind();
        reader.beforeSend = [this](const AVPacket& packet) { chooseSkipping(packet); };
    }

    // While seeking towards a target, frames well before it are only needed as references:
    // the decoder may drop non-reference ones outright, which roughly halves the work on
    // B-frame streams without changing a single pixel of the frames we keep.
    void chooseSkipping(const AVPacket& packet)
    {
        const bool skippable = skipBeforePts != AV_NOPTS_VALUE && packet.pts != AV_NOPTS_VALUE &&
                               packet.pts < skipBeforePts && !(packet.flags & AV_PKT_FLAG_KEY);
        reader.codec()->skip_frame = skippable ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
    }

    // Decodes the next frame whose timestamp is in the index; its number, or -1 at the end.
    std::int64_t decodeIndexed()
    {
        while (reader.read(current.get())) {
            const std::int64_t number = index->frameWithPts(current->best_effort_timestamp);
            if (number >= 0) {
                position = number;
                readerPosition = number;
                readerAtStart = false;
                return number;
            }
        }
        return -1;
    }

    void seekTo(std::int64_t keyframe)
    {
        cache.clear();
        readerPosition = -1;
        readerAtStart = keyframe <= 0;
        if (keyframe <= 0 ||
            !reader.seek(index->ptsOf(keyframe), index->keyframePosition(keyframe)))
            reader.rewind();
    }

    // Decodes forward until frame `target`, caching the frames just before it.
    // Returns false when the decoder passed the target without producing it.
    bool decodeForwardTo(std::int64_t target, bool justSeeked, bool& landedLate)
    {
        const std::int64_t window = cache.capacityFrames(bytesPerFrame);
        const std::int64_t keepFrom = std::max<std::int64_t>(0, target - window + 1);
        skipBeforePts = index->ptsOf(keepFrom);
        landedLate = false;
        bool first = justSeeked;
        for (;;) {
            const std::int64_t number = decodeIndexed();
            if (number < 0)
                break;
            if (first && number > target) {
                landedLate = true;
                break;
            }
            first = false;
            if (number >= keepFrom) {
                bytesPerFrame = frameBytes(*current);
                cache.insert(number, *current);
            }
            if (number >= target)
                break;
        }
        skipBeforePts = AV_NOPTS_VALUE;
        reader.codec()->skip_frame = AVDISCARD_DEFAULT;
        return position == target;
    }

    void decodeExactly(std::int64_t target)
    {
        if (target < 0 || target >= index->frameCount())
            throw MediaError(info.path, "frame " + std::to_string(target) +
                                            " is out of range (0.." +
                                            std::to_string(index->frameCount() - 1) + ")");
        if (const AVFrame* cached = cache.find(target)) {
            av_frame_unref(current.get());
            av_frame_ref(current.get(), cached);
            position = target;
            return;
        }
        // Decoding on from where the reader stands beats a seek when no keyframe lies in
        // between, or when the target is only a few frames ahead.
        std::int64_t keyframe = index->keyframeAtOrBefore(target);
        const bool readerBefore = readerPosition >= 0 && readerPosition < target;
        if ((readerBefore &&
             (keyframe <= readerPosition || target - readerPosition <= kDecodeOnLimit)) ||
            (readerAtStart && keyframe == 0)) {
            bool late = false;
            if (decodeForwardTo(target, false, late))
                return;
        }
        for (int attempt = 0; attempt <= kSeekRetries + 1; ++attempt) {
            const bool fromStart = attempt > kSeekRetries;
            seekTo(fromStart ? 0 : keyframe);
            bool late = false;
            if (decodeForwardTo(target, true, late))
                return;
            if (!late)
                break; // the decoder went past the target or hit the end: not decodable
            if (keyframe == 0)
                keyframe = -1; // already from the start once more below
            else
                keyframe = index->keyframeBefore(keyframe);
        }
        throw MediaError(info.path, "frame " + std::to_string(target) +
                                        " cannot be decoded (the file is damaged there)");
    }

    InputFile input;
    MediaInfo info;
    std::shared_ptr<const FrameIndex> index;
    VideoFrameReader reader;
    FrameConverter converter;
    FrameCache cache;
    FramePtr current;
    std::int64_t position = -1;       // number of the frame in `current`, -1 for none
    std::int64_t readerPosition = -1; // last frame the reader produced, -1 after a seek
    bool readerAtStart = true;        // the reader was rewound and has produced nothing yet
    std::size_t bytesPerFrame = 0;
    std::int64_t skipBeforePts = AV_NOPTS_VALUE;
};

VideoDecoder::VideoDecoder(const std::filesystem::path& path,
                           std::shared_ptr<const FrameIndex> index, DecoderOptions options)
    : d(std::make_unique<Impl>(path, std::move(index), options))
{
    if (d->bytesPerFrame == 0) {
        const auto& video = d->info.video;
        const int bytesPerSample = video.bitDepth > 8 ? 2 : 1;
        d->bytesPerFrame = std::size_t(video.width) * std::size_t(video.height) * 3 / 2 *
                           std::size_t(bytesPerSample);
    }
}

VideoDecoder::~VideoDecoder() = default;

const MediaInfo& VideoDecoder::info() const
{
    return d->info;
}

const FrameIndex& VideoDecoder::index() const
{
    return *d->index;
}

cv::Mat VideoDecoder::frame(std::int64_t frameNumber, int width)
{
    d->decodeExactly(frameNumber);
    return d->converter.toBgr(*d->current, width);
}

void VideoDecoder::seekSequential(std::int64_t frameNumber)
{
    if (frameNumber <= 0) {
        d->seekTo(0);
        d->position = -1;
        return;
    }
    // Land exactly on the frame before, so the next decodeNext() yields `frameNumber`.
    d->decodeExactly(std::min(frameNumber, d->index->frameCount()) - 1);
}

std::int64_t VideoDecoder::decodeNext()
{
    const std::int64_t next = d->position + 1;
    if (next >= d->index->frameCount())
        return -1;
    const bool readerInStep =
        d->position >= 0 ? d->readerPosition == d->position : d->readerAtStart;
    if (readerInStep)
        return d->decodeIndexed();
    // The current frame came from the cache: bring the reader to the next one exactly.
    d->decodeExactly(next);
    return next;
}

cv::Mat VideoDecoder::currentImage(int width)
{
    if (d->position < 0)
        throw MediaError(d->info.path, "no frame decoded yet");
    return d->converter.toBgr(*d->current, width);
}

DecodedPicture VideoDecoder::currentPicture() const
{
    if (d->position < 0)
        throw MediaError(d->info.path, "no frame decoded yet");
    // A new reference, not a copy: the decoder's next frame goes into other buffers.
    FramePtr reference(av_frame_clone(d->current.get()));
    if (!reference)
        throw std::bad_alloc();
    return DecodedPicture(std::shared_ptr<const AVFrame>(reference.release(), FrameDeleter{}));
}

cv::Size VideoDecoder::outputSize(int width) const
{
    return d->converter.outputSize(width);
}

} // namespace diptych::media
