#pragma once

#include "store/analysis_repository.h"
#include "store/annotation_repository.h"
#include "store/coder_repository.h"
#include "store/coding_scheme_repository.h"
#include "store/correspondence_repository.h"
#include "store/film_repository.h"
#include "store/frame_index_repository.h"
#include "store/metric_repository.h"
#include "store/region_repository.h"
#include "store/shot_repository.h"
#include "store/tier_repository.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace diptych::store {

class Database;

/// A Diptych project: one SQLite file (`*.diptych`) holding films, shots, metrics, coding
/// schemes, annotations, regions and correspondences. The entry point of core/store; the
/// repositories it hands out hold every SQL statement of the application.
///
/// Errors: every failure (missing, foreign, damaged or newer file; constraint violations;
/// stale ids; I/O) throws diptych::StoreError with a one-line "PATH: what: reason" message.
/// A failed write changes nothing: every public write is one transaction, a batch included.
///
/// Threads: a ProjectStore, and the repositories it hands out, belong to one thread at a time.
/// For concurrency open a second ProjectStore on the same file (another thread or process):
/// the file is in WAL mode, so readers see the last committed state and never block the one
/// writer, and writers queue for up to 5 s before failing with "database is locked".
///
/// While a project is open, SQLite keeps `PATH-wal` and `PATH-shm` next to it; they are folded
/// back into the file when the last connection closes. Copy a project only while it is closed.
class ProjectStore final
{
public:
    /// Creates a new project; fails if `path` exists.
    static ProjectStore create(const std::filesystem::path& path);
    /// Opens an existing project read-write, upgrading an older schema first (one transaction
    /// per step). Fails, without writing a byte, for a missing, empty, non-Diptych or newer file.
    static ProjectStore open(const std::filesystem::path& path);
    /// Opens an existing project without ever writing to it. The file must be at the current
    /// schema version (open it read-write once to upgrade it).
    static ProjectStore openReadOnly(const std::filesystem::path& path);
    /// open() if `path` exists, create() otherwise. An existing empty file becomes a project.
    static ProjectStore openOrCreate(const std::filesystem::path& path);
    /// For migration tests: creates a project at an older schema `version`. Repository calls
    /// that need a later table fail with StoreError.
    static ProjectStore createAtSchemaVersion(const std::filesystem::path& path, int version);

    ~ProjectStore();
    ProjectStore(ProjectStore&&) noexcept;
    ProjectStore& operator=(ProjectStore&&) noexcept;
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const noexcept;
    [[nodiscard]] bool isReadOnly() const noexcept;
    /// PRAGMA user_version of the open file.
    [[nodiscard]] int schemaVersion() const;
    /// Runs SQLite's full integrity check and a foreign-key check; returns the problems found,
    /// empty for a healthy file. Reads the whole file: for a "check project" command, not open.
    [[nodiscard]] std::vector<std::string> checkIntegrity() const;

    /// Runs `work` as one transaction, so several repository writes succeed or fail together
    /// (an import of many rows: all or none). Commits when `work` returns; when it throws,
    /// rolls back everything it wrote and rethrows. The repositories' own transactions become
    /// savepoints inside it; calls may nest the same way. Reads inside `work` see its writes.
    /// `what` names the unit of work in error messages ("importing codes"). Takes the write
    /// lock at the start (waiting up to the busy timeout); fails on a read-only store.
    void transaction(std::string_view what, const std::function<void()>& work);

    FilmRepository& films() noexcept { return m_films; }
    const FilmRepository& films() const noexcept { return m_films; }
    ShotRepository& shots() noexcept { return m_shots; }
    const ShotRepository& shots() const noexcept { return m_shots; }
    MetricRepository& metrics() noexcept { return m_metrics; }
    const MetricRepository& metrics() const noexcept { return m_metrics; }
    CoderRepository& coders() noexcept { return m_coders; }
    const CoderRepository& coders() const noexcept { return m_coders; }
    CodingSchemeRepository& schemes() noexcept { return m_schemes; }
    const CodingSchemeRepository& schemes() const noexcept { return m_schemes; }
    TierRepository& tiers() noexcept { return m_tiers; }
    const TierRepository& tiers() const noexcept { return m_tiers; }
    AnnotationRepository& annotations() noexcept { return m_annotations; }
    const AnnotationRepository& annotations() const noexcept { return m_annotations; }
    RegionRepository& regions() noexcept { return m_regions; }
    const RegionRepository& regions() const noexcept { return m_regions; }
    CorrespondenceRepository& correspondences() noexcept { return m_correspondences; }
    const CorrespondenceRepository& correspondences() const noexcept { return m_correspondences; }
    FrameIndexRepository& frameIndexes() noexcept { return m_frameIndexes; }
    const FrameIndexRepository& frameIndexes() const noexcept { return m_frameIndexes; }
    AnalysisRepository& analysis() noexcept { return m_analysis; }
    const AnalysisRepository& analysis() const noexcept { return m_analysis; }

private:
    explicit ProjectStore(std::unique_ptr<Database> db);

    // On the heap so the repositories' pointers to it survive moving the ProjectStore.
    std::unique_ptr<Database> m_db;
    FilmRepository m_films;
    ShotRepository m_shots;
    MetricRepository m_metrics;
    CoderRepository m_coders;
    CodingSchemeRepository m_schemes;
    TierRepository m_tiers;
    AnnotationRepository m_annotations;
    RegionRepository m_regions;
    CorrespondenceRepository m_correspondences;
    FrameIndexRepository m_frameIndexes;
    AnalysisRepository m_analysis;
};

} // namespace diptych::store
