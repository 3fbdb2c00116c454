#include "ingest/film_ingest.h"

#include "media/media_info_json.h"
#include "media/probe.h"
#include "store/file_fingerprint.h"
#include "store/project_store.h"

#include <cstring>

namespace diptych::ingest {

IngestedFilm ingestFilm(const std::filesystem::path& path, const CancellationToken* cancel,
                        const ProgressSink& progress)
{
    media::ProbeOptions options;
    options.cancel = cancel;
    options.progress = progress;
    const auto probed = media::probe(path, options);
    const auto& video = probed.info.video;

    IngestedFilm result;
    auto& film = result.film;
    film.path = std::filesystem::absolute(path).lexically_normal();
    film.title = path.stem().string();
    film.sizeBytes = probed.info.sizeBytes;
    film.fingerprint = store::fileFingerprint(path);
    film.probeJson = media::toJson(probed.info).dump();
    film.frameCount = video.frameCount;
    film.fps =
        video.averageRate.isValid() ? video.averageRate.toDouble() : video.nominalRate.toDouble();
    film.width = video.displayWidth();
    film.height = video.displayHeight();
    film.durationS = video.durationSeconds;

    const auto bytes = probed.index->serialize();
    result.frameIndex.formatVersion = media::FrameIndex::kFormatVersion;
    result.frameIndex.data.resize(bytes.size());
    std::memcpy(result.frameIndex.data.data(), bytes.data(), bytes.size());
    result.warnings = probed.info.warnings;
    return result;
}

model::Film addIngestedFilm(store::ProjectStore& store, const model::Film& film,
                            const model::FrameIndexRecord& frameIndex)
{
    auto stored = store.films().add(film);
    store.frameIndexes().save(stored.id, frameIndex);
    return stored;
}

} // namespace diptych::ingest
