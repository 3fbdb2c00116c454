#include "media/probe.h"

#include "log/log.h"
#include "media/frame_index_scanner.h"
#include "media/input_file.h"

namespace diptych::media {

ProbedMedia probe(const std::filesystem::path& path, const ProbeOptions& options)
{
    InputFile input(path);
    ProbedMedia result;
    result.info = input.describe();

    ScanResult scan =
        loadOrScanFrameIndex(input, options.useCache, options.cancel, options.progress);
    result.info.warnings = std::move(scan.warnings);
    result.index = std::make_shared<const FrameIndex>(std::move(scan.index));
    result.info.video.frameCount = result.index->frameCount();
    result.info.video.durationSeconds = result.index->durationSeconds();
    log::get("media")->debug("{}: {} frames, {:.3f} s", result.info.path,
                             result.info.video.frameCount, result.info.video.durationSeconds);
    return result;
}

} // namespace diptych::media
