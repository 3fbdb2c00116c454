#pragma once

#include "common/cancellation.h"
#include "model/film.h"

namespace diptych::store {
class ProjectStore;
}

namespace diptych::analysis {

/// Measures every shot of `film` that has no values of the pipeline's metrics: the shots a
/// hand edit (split, merge, moved boundary) created or changed, whose old values the store
/// dropped with their old frames, or every shot after AnalysisRepository::clearMeasurements
/// (new metric algorithms). Each shot is decoded from its first frame and measured exactly as
/// the analysis pipeline measures it (same extractors, same sampled and composition frames,
/// no motion across its first frame), then stored with its slice of the per-frame series in
/// one transaction, so a killed run loses at most the shot in progress and a second call
/// finishes the rest.
///
/// Progress is in frames of the shots to measure. Runs on the calling thread (never a UI
/// thread) plus worker threads for measuring (0 = one per core). Returns the number of shots
/// measured; a shot edited again meanwhile (by another connection) is skipped, not measured
/// under its new frames. Throws MediaError (unreadable film), StoreError, Cancelled.
int measureUnmeasuredShots(store::ProjectStore& store, const model::Film& film, int threads = 0,
                           const CancellationToken* cancel = nullptr,
                           const ProgressSink& progress = {});

} // namespace diptych::analysis
