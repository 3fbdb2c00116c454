#pragma once

#include "common/cancellation.h"
#include "model/ids.h"

#include <filesystem>
#include <vector>

namespace diptych::store {

class ProjectStore;

struct RelinkedFilm
{
    model::FilmId filmId = 0;
    std::filesystem::path oldPath;
    std::filesystem::path newPath;
};

struct RelinkResult
{
    std::vector<RelinkedFilm> relinked;
    /// Films still missing: not found under the folder, or without a stored fingerprint.
    std::vector<model::FilmId> stillMissing;
};

/// For every film whose media file no longer exists, searches `folder` recursively for a file
/// of the same size and fingerprint (see fileFingerprint()) and points the film at it. All
/// path changes are written in one transaction at the end. Files of other sizes are never
/// read, so a large folder costs a directory walk plus 3 MiB per same-size candidate.
/// Unreadable files and folders are skipped. Runs on the caller's thread (a worker for big
/// folders); progress reports directory entries visited (total 0: unknown). Throws Cancelled
/// when `cancel` fires (nothing is written then) and StoreError when writing fails.
RelinkResult relinkMissingFilms(ProjectStore& store, const std::filesystem::path& folder,
                                const CancellationToken* cancel = nullptr,
                                const ProgressSink& progress = {});

} // namespace diptych::store
