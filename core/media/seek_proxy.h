#pragma once

#include "common/cancellation.h"
#include "media/frame_index.h"

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

/// The most frames a seek into a film with this index decodes: the longest run from a keyframe
/// to the frame before the next one (or the end), in frames. 0 for an empty index.
std::int64_t longestKeyframeInterval(const FrameIndex& index);

/// Seeks in films whose keyframes are at most this many frames apart (one second at 24 fps)
/// are fast enough on the original: about 25 decoded 1080p frames is 150 ms on two cores.
constexpr std::int64_t kSeekProxyThreshold = 24;

/// Makes sure a long-GOP film has its seek proxy at seekProxyPath(source, cacheDirectory):
/// returns that path when the proxy exists or has just been built, nullopt when the film's
/// keyframes are close enough (longestKeyframeInterval(index) <= kSeekProxyThreshold) for
/// seeking without one. Errors and cancellation as buildSeekProxy().
std::optional<std::filesystem::path>
ensureSeekProxy(const std::filesystem::path& source, const FrameIndex& index,
                const std::filesystem::path& cacheDirectory = {},
                const CancellationToken* cancel = nullptr, const ProgressSink& progress = {});

} // namespace diptych::media
