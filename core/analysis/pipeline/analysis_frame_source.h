#pragma once

#include "analysis/analysis_frame.h"
#include "media/video_decoder.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace diptych::analysis {

/// Reads a film once, in presentation order, as AnalysisFrames: every frame at kAnalysisWidth
/// plus, on sampled frames, a kDetailWidth copy for detectors that need detail.
///
/// Frame numbers are consecutive whatever the file: a frame a damaged file cannot deliver is
/// replaced by the previous picture, counted in repairedFrames(), so shots and per-frame
/// series stay aligned with the film's frame numbers. Not thread-safe.
class AnalysisFrameSource final
{
public:
    /// Opens `film` (throws MediaError). Frames whose index is a multiple of
    /// round(fps / samplesPerSecond) (at least 1) are samples.
    AnalysisFrameSource(const std::filesystem::path& film, double samplesPerSecond,
                        std::shared_ptr<const media::FrameIndex> index = nullptr);

    /// Positions the reader so the next frame is `frame` (0-based).
    void seek(model::Frame frame);
    /// The next frame, or nullopt after the last one.
    std::optional<AnalysisFrame> next();

    [[nodiscard]] model::Frame frameCount() const { return m_decoder.frameCount(); }
    [[nodiscard]] double fps() const { return m_fps; }
    [[nodiscard]] int sampleStep() const { return m_sampleStep; }
    /// Frames that had to be repeated because the file could not deliver them.
    [[nodiscard]] model::Frame repairedFrames() const { return m_repaired; }

private:
    AnalysisFrame makeFrame(model::Frame index, bool fromDecoder);

    media::VideoDecoder m_decoder;
    double m_fps;
    int m_sampleStep = 1;
    model::Frame m_next = 0;     ///< index of the frame next() returns
    model::Frame m_decoded = -1; ///< index of the picture the decoder holds, -1 = none yet
    bool m_decoderAtEnd = false;
    AnalysisFrame m_last; ///< the previous frame returned (for repairs)
    model::Frame m_repaired = 0;
};

} // namespace diptych::analysis
