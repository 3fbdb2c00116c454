#pragma once

#include "common/cancellation.h"
#include "media/frame_index.h"
#include "media/media_info.h"

#include <filesystem>
#include <memory>

namespace diptych::media {

struct ProbeOptions
{
    /// Reuse and fill the per-user frame-index cache (FrameIndexCache).
    bool useCache = true;
    const CancellationToken* cancel = nullptr;
    /// Bytes scanned of the file size; called on the calling thread, throttled to 10 Hz.
    ProgressSink progress;
};

/// A probed film: its facts and its exact frame index, ready to hand to VideoDecoder so the
/// file is not scanned twice.
struct ProbedMedia
{
    MediaInfo info;
    std::shared_ptr<const FrameIndex> index;
};

/// Opens `path`, reports its streams and counts its frames exactly (see scanFrameIndex).
/// Throws diptych::MediaError ("PATH: reason") for unusable input, diptych::Cancelled.
/// Safe to call from any thread; each call is independent.
ProbedMedia probe(const std::filesystem::path& path, const ProbeOptions& options = {});

} // namespace diptych::media
