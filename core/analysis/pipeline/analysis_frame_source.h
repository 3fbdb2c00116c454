#pragma once

#include "analysis/analysis_frame.h"
#include "analysis/pipeline/ordered_work_queue.h"
#include "analysis/segmentation/frame_signature.h"
#include "media/video_decoder.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace diptych::analysis {

/// A frame as AnalysisFrameSource hands it out: the pictures for the extractors and, when
/// asked for, the shot detector's signature of the same picture.
struct SourcedFrame
{
    AnalysisFrame frame;
    FrameSignature signature; ///< empty (no layout) unless the source makes signatures
};

/// What each frame of an AnalysisFrameSource carries besides the kAnalysisWidth BGR picture.
struct SourcedContents
{
    bool measurement = true; ///< gray, and the detail copy on detail samples
    bool signature = false;  ///< the shot detector's FrameSignature
};

/// Reads a film once, in presentation order, as AnalysisFrames: every frame at kAnalysisWidth
/// plus, on sampled frames, a kDetailWidth copy for detectors that need detail.
///
/// Decoding and conversion overlap: the calling thread only decodes, and a conversion thread
/// turns each decoded picture into the analysis pictures (and the detector's signature) while
/// the next one is decoded. A few frames are converted ahead of the caller.
///
/// Frame numbers are consecutive whatever the file: a frame a damaged file cannot deliver is
/// replaced by the previous picture, counted in repairedFrames(), so shots and per-frame
/// series stay aligned with the film's frame numbers. Not thread-safe: one caller.
class AnalysisFrameSource final
{
public:
    /// Opens `film` (throws MediaError). Frames whose index is a multiple of
    /// round(fps / samplesPerSecond) (at least 1) are samples.
    AnalysisFrameSource(const std::filesystem::path& film, double samplesPerSecond,
                        std::shared_ptr<const media::FrameIndex> index = nullptr,
                        SourcedContents contents = {});
    ~AnalysisFrameSource();
    AnalysisFrameSource(const AnalysisFrameSource&) = delete;
    AnalysisFrameSource& operator=(const AnalysisFrameSource&) = delete;

    /// Positions the reader so the next frame is `frame` (0-based). Seeking to the frame that
    /// comes next anyway keeps the frames already decoded ahead.
    void seek(model::Frame frame);
    /// The next frame, or nullopt after the last one. Throws MediaError when the film cannot
    /// deliver a picture to start from.
    std::optional<SourcedFrame> next();

    [[nodiscard]] model::Frame frameCount() const { return m_decoder.frameCount(); }
    [[nodiscard]] double fps() const { return m_fps; }
    [[nodiscard]] int sampleStep() const { return m_sampleStep; }
    /// Frames that had to be repeated because the file could not deliver them.
    [[nodiscard]] model::Frame repairedFrames() const { return m_repaired; }

private:
    /// One frame on its way to the conversion thread.
    struct Job
    {
        model::Frame index = 0;
        double seconds = 0;
        bool isSample = false;
        bool wantsDetail = false;
        media::DecodedPicture picture; ///< empty: repeat the previous frame (repair)
    };
    struct Converted
    {
        SourcedFrame sourced;
        bool repeat = false;
        bool wantsDetail = false;
    };
    /// Decodes the next frame (on the calling thread) and queues it for conversion.
    void submitNext();
    [[nodiscard]] Converted convert(media::PictureConverter& converter, const Job& job) const;
    void repeatPrevious(Converted& converted) const;

    media::VideoDecoder m_decoder;
    double m_fps;
    int m_sampleStep = 1;
    SourcedContents m_contents;
    model::Frame m_submitted = 0; ///< index of the next frame to decode and queue
    model::Frame m_decoded = -1;  ///< index of the picture the decoder holds, -1 = none yet
    bool m_decoderAtEnd = false;
    bool m_anyPicture = false;          ///< a picture was decoded since the last seek
    std::optional<SourcedFrame> m_last; ///< the previous frame returned (for repairs)
    model::Frame m_repaired = 0;
    /// Last member: its conversion thread uses the members above and stops first.
    OrderedWorkQueue<media::PictureConverter, Job, Converted> m_queue;
};

} // namespace diptych::analysis
