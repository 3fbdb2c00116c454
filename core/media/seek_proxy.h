#pragma once

#include "common/cancellation.h"

#include <filesystem>
#include <optional>

namespace diptych::media {

/// How a seek proxy is made. The defaults favour decoding speed over size.
struct SeekProxyOptions
{
    /// A keyframe every this many frames: the most frames a seek into the proxy must decode.
    int keyframeInterval = 12;
    /// Proxy width in pixels at most (height follows, aspect kept); 0 keeps the coded size.
    int maxWidth = 1280;
    /// x264 constant rate factor: 18 is visually lossless for viewing.
    int crf = 18;
};

/// A seek proxy is a second encoding of a film made for instant random access: H.264 with a
/// keyframe every few frames, no B-frames and x264's fast-decode tuning. It holds exactly the
/// same frames in the same order as the original (frame k of the proxy shows frame k of the
/// film), so a VideoDecoder opened on it serves frame-exact scrubbing and stepping in a few
/// milliseconds where a long-GOP original needs to decode up to a whole GOP. It is what editors
/// call proxy or optimized media. Analysis always reads the original.
///
/// Reads `source` sequentially and writes `target` (Matroska) through a temporary file renamed
/// into place, so a cancelled or failed build never leaves a partial proxy. SAR and display
/// rotation are carried over. Progress is frames encoded of the frame count. Throws MediaError
/// for unusable input or when encoding fails, Cancelled when `cancel` fires.
void buildSeekProxy(const std::filesystem::path& source, const std::filesystem::path& target,
                    const SeekProxyOptions& options = {}, const CancellationToken* cancel = nullptr,
                    const ProgressSink& progress = {});

/// Where the seek proxy of `source` is kept in the per-user cache: keyed, like the frame-index
/// cache, by the source's absolute path, size and modification time. `cacheDirectory` empty:
/// $XDG_CACHE_HOME/diptych/proxy (or ~/.cache/diptych/proxy).
std::filesystem::path seekProxyPath(const std::filesystem::path& source,
                                    const std::filesystem::path& cacheDirectory = {});

} // namespace diptych::media
