#pragma once

#include "common/cancellation.h"
#include "model/film.h"
#include "model/frame_index_record.h"

#include <filesystem>
#include <string>
#include <vector>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::ingest {

/// What a project needs to know about a media file before it becomes one of its films.
struct IngestedFilm
{
    model::Film film; ///< not stored yet: id 0, addedAt empty
    model::FrameIndexRecord frameIndex;
    std::vector<std::string> warnings; ///< from the media engine, e.g. a truncated file
};

/// Probes `path` (exact frame count, streams) and fingerprints its content for relinking.
/// Long: reads the whole file's packets; run it on a worker thread. Progress in bytes.
/// Throws MediaError for unusable media, StoreError when the file cannot be read for the
/// fingerprint, Cancelled.
/// Adds an ingested film to the project with its frame index, and returns it as stored (with
/// its id). Throws StoreError (e.g. the path is already in the project).
model::Film addIngestedFilm(store::ProjectStore& store, const model::Film& film,
                            const model::FrameIndexRecord& frameIndex);

IngestedFilm ingestFilm(const std::filesystem::path& path,
                        const CancellationToken* cancel = nullptr,
                        const ProgressSink& progress = {});

} // namespace diptych::ingest
