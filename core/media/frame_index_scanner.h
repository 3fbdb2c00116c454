#pragma once

#include "common/cancellation.h"
#include "media/frame_index.h"
#include "media/input_file.h"

#include <string>
#include <vector>

namespace diptych::media {

struct ScanResult
{
    FrameIndex index;
    /// True when the index was built by decoding every frame instead of from packets.
    bool decoded = false;
    std::vector<std::string> warnings;
};

/// Builds the exact frame index of the input's video stream.
///
/// The fast path reads packets only (no decoding): one frame per packet, timestamps from the
/// container, edit-list "discard" packets left out. Containers lie about frame counts, packets
/// do not. When packets cannot be trusted — missing timestamps, duplicates, a read error
/// (truncated file) or packets flagged corrupt — every frame is decoded instead and only the
/// frames the decoder actually produces are indexed, with a warning.
/// Progress is reported in bytes read of the file size. Throws diptych::Cancelled when
/// `cancel` fires, MediaError when the stream holds no decodable frame.
ScanResult scanFrameIndex(InputFile& input, const CancellationToken* cancel = nullptr,
                          const ProgressSink& progress = {});

/// The frame index of `input` as every reader gets it: from the per-user FrameIndexCache when
/// `useCache` and present (no warnings then: damaged files are never cached), otherwise
/// scanned with scanFrameIndex() and, when the scan had no warnings, cached.
ScanResult loadOrScanFrameIndex(InputFile& input, bool useCache,
                                const CancellationToken* cancel = nullptr,
                                const ProgressSink& progress = {});

} // namespace diptych::media
