#include "store/schema.h"

#include "common/error.h"
#include "store/sqlite.h"
#include "store/store_log.h"
#include "store/timestamp.h"

#include <array>
#include <cstdio>
#include <string>
#include <string_view>

#ifndef DIPTYCH_VERSION
#define DIPTYCH_VERSION "unknown"
#endif

namespace diptych::store::schema {
namespace {

// Conventions of the schema:
// - Frames are 0-based presentation-order indices; ranges are [start_frame, end_frame).
// - Timestamps are ISO-8601 UTC text with milliseconds; durations are seconds (REAL).
// - Enumerations (transition, kind, shape) are lower-case text validated by the C++ mapping in
//   model/, without CHECK constraints, so a new value never needs a table rebuild.
// - Every foreign key column is indexed, so cascades and "what uses X" stay fast.
// - Cross-row rules that foreign keys cannot express (same film, same scheme) are triggers.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE films (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL DEFAULT '',
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    fingerprint TEXT NOT NULL DEFAULT '',
    probe_json  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(probe_json)),
    frame_count INTEGER NOT NULL DEFAULT 0 CHECK (frame_count >= 0),
    fps         REAL NOT NULL DEFAULT 0 CHECK (fps >= 0),
    width       INTEGER NOT NULL DEFAULT 0 CHECK (width >= 0),
    height      INTEGER NOT NULL DEFAULT 0 CHECK (height >= 0),
    duration_s  REAL NOT NULL DEFAULT 0 CHECK (duration_s >= 0),
    added_at    TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE shots (
    id          INTEGER PRIMARY KEY,
    film_id     INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    start_frame INTEGER NOT NULL CHECK (start_frame >= 0),
    end_frame   INTEGER NOT NULL,
    transition  TEXT NOT NULL DEFAULT 'cut',
    note        TEXT NOT NULL DEFAULT '',
    CHECK (end_frame > start_frame),
    UNIQUE (film_id, start_frame)
);

CREATE TABLE metrics (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (name <> ''),
    unit            TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    parameters_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(parameters_json))
);

-- value NULL: the metric is not defined for the shot (NaN in C++).
CREATE TABLE shot_metric_values (
    shot_id   INTEGER NOT NULL REFERENCES shots(id) ON DELETE CASCADE,
    metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    value     REAL,
    PRIMARY KEY (shot_id, metric_id)
) WITHOUT ROWID;
CREATE INDEX shot_metric_values_metric ON shot_metric_values(metric_id);

-- samples: float32 little-endian; sample i belongs to frame start_frame + i * step.
CREATE TABLE metric_series (
    id          INTEGER PRIMARY KEY,
    film_id     INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    metric_id   INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    start_frame INTEGER NOT NULL CHECK (start_frame >= 0),
    step        INTEGER NOT NULL CHECK (step >= 1),
    samples     BLOB NOT NULL CHECK (length(samples) % 4 = 0),
    UNIQUE (film_id, metric_id)
);
CREATE INDEX metric_series_metric ON metric_series(metric_id);

CREATE TABLE coders (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE coding_schemes (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (name <> ''),
    description TEXT NOT NULL DEFAULT ''
);

-- Removing a code removes its subtree; annotations and regions keep their rows (code cleared).
CREATE TABLE codes (
    id          INTEGER PRIMARY KEY,
    scheme_id   INTEGER NOT NULL REFERENCES coding_schemes(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    label       TEXT NOT NULL CHECK (label <> ''),
    description TEXT NOT NULL DEFAULT '',
    color       TEXT NOT NULL DEFAULT '',
    shortcut    TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);
CREATE UNIQUE INDEX codes_sibling_label ON codes(scheme_id, ifnull(parent_id, 0), label);
CREATE INDEX codes_parent ON codes(parent_id);
CREATE TRIGGER codes_parent_scheme_insert BEFORE INSERT ON codes
WHEN NEW.parent_id IS NOT NULL
     AND (SELECT scheme_id FROM codes WHERE id = NEW.parent_id) IS NOT NEW.scheme_id
BEGIN SELECT RAISE(ABORT, 'a code and its parent must belong to the same coding scheme'); END;
CREATE TRIGGER codes_parent_scheme_update BEFORE UPDATE OF parent_id, scheme_id ON codes
WHEN NEW.parent_id IS NOT NULL
     AND (SELECT scheme_id FROM codes WHERE id = NEW.parent_id) IS NOT NEW.scheme_id
BEGIN SELECT RAISE(ABORT, 'a code and its parent must belong to the same coding scheme'); END;

CREATE TABLE tiers (
    id         INTEGER PRIMARY KEY,
    film_id    INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (name <> ''),
    scheme_id  INTEGER REFERENCES coding_schemes(id) ON DELETE SET NULL,
    kind       TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (film_id, name)
);
CREATE INDEX tiers_scheme ON tiers(scheme_id);

-- A coder with annotations or regions cannot be removed (RESTRICT): that would lose who coded.
CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    tier_id     INTEGER NOT NULL REFERENCES tiers(id) ON DELETE CASCADE,
    coder_id    INTEGER NOT NULL REFERENCES coders(id) ON DELETE RESTRICT,
    shot_id     INTEGER REFERENCES shots(id) ON DELETE SET NULL,
    start_frame INTEGER NOT NULL CHECK (start_frame >= 0),
    end_frame   INTEGER NOT NULL,
    code_id     INTEGER REFERENCES codes(id) ON DELETE SET NULL,
    value       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (end_frame > start_frame)
);
CREATE INDEX annotations_tier_start ON annotations(tier_id, start_frame);
CREATE INDEX annotations_coder ON annotations(coder_id);
CREATE INDEX annotations_shot ON annotations(shot_id);
CREATE INDEX annotations_code ON annotations(code_id);
CREATE TRIGGER annotations_shot_film_insert BEFORE INSERT ON annotations
WHEN NEW.shot_id IS NOT NULL
     AND (SELECT film_id FROM shots WHERE id = NEW.shot_id)
         IS NOT (SELECT film_id FROM tiers WHERE id = NEW.tier_id)
BEGIN SELECT RAISE(ABORT, 'an annotation''s shot must belong to the film of its tier'); END;
CREATE TRIGGER annotations_shot_film_update BEFORE UPDATE OF shot_id, tier_id ON annotations
WHEN NEW.shot_id IS NOT NULL
     AND (SELECT film_id FROM shots WHERE id = NEW.shot_id)
         IS NOT (SELECT film_id FROM tiers WHERE id = NEW.tier_id)
BEGIN SELECT RAISE(ABORT, 'an annotation''s shot must belong to the film of its tier'); END;

CREATE TRIGGER annotations_tier_film_update BEFORE UPDATE OF tier_id ON annotations
WHEN (SELECT film_id FROM tiers WHERE id = NEW.tier_id)
     IS NOT (SELECT film_id FROM tiers WHERE id = OLD.tier_id)
BEGIN SELECT RAISE(ABORT, 'an annotation cannot move to a tier of another film'); END;

-- points_json: [[x, y], ...] in normalised frame coordinates (0..1, origin top-left).
CREATE TABLE regions (
    id            INTEGER PRIMARY KEY,
    film_id       INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    coder_id      INTEGER NOT NULL REFERENCES coders(id) ON DELETE RESTRICT,
    annotation_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL,
    start_frame   INTEGER NOT NULL CHECK (start_frame >= 0),
    end_frame     INTEGER NOT NULL,
    shape         TEXT NOT NULL,
    points_json   TEXT NOT NULL CHECK (json_valid(points_json)),
    code_id       INTEGER REFERENCES codes(id) ON DELETE SET NULL,
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    modified_at   TEXT NOT NULL,
    CHECK (end_frame > start_frame)
);
CREATE INDEX regions_film_start ON regions(film_id, start_frame);
CREATE INDEX regions_coder ON regions(coder_id);
CREATE INDEX regions_annotation ON regions(annotation_id);
CREATE INDEX regions_code ON regions(code_id);
CREATE TRIGGER regions_annotation_film_insert BEFORE INSERT ON regions
WHEN NEW.annotation_id IS NOT NULL
     AND (SELECT t.film_id FROM annotations a JOIN tiers t ON t.id = a.tier_id
          WHERE a.id = NEW.annotation_id) IS NOT NEW.film_id
BEGIN SELECT RAISE(ABORT, 'a region''s annotation must belong to the same film'); END;
CREATE TRIGGER regions_annotation_film_update BEFORE UPDATE OF annotation_id, film_id ON regions
WHEN NEW.annotation_id IS NOT NULL
     AND (SELECT t.film_id FROM annotations a JOIN tiers t ON t.id = a.tier_id
          WHERE a.id = NEW.annotation_id) IS NOT NEW.film_id
BEGIN SELECT RAISE(ABORT, 'a region''s annotation must belong to the same film'); END;

-- An unordered pair: the unique index is on (smaller id, larger id).
CREATE TABLE correspondences (
    id         INTEGER PRIMARY KEY,
    shot_a_id  INTEGER NOT NULL REFERENCES shots(id) ON DELETE CASCADE,
    shot_b_id  INTEGER NOT NULL REFERENCES shots(id) ON DELETE CASCADE,
    confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX correspondences_pair
    ON correspondences(min(shot_a_id, shot_b_id), max(shot_a_id, shot_b_id));
CREATE INDEX correspondences_a ON correspondences(shot_a_id);
CREATE INDEX correspondences_b ON correspondences(shot_b_id);
CREATE TRIGGER correspondences_two_films_insert BEFORE INSERT ON correspondences
WHEN (SELECT film_id FROM shots WHERE id = NEW.shot_a_id)
     IS (SELECT film_id FROM shots WHERE id = NEW.shot_b_id)
BEGIN SELECT RAISE(ABORT, 'a correspondence links shots of two different films'); END;
CREATE TRIGGER correspondences_two_films_update
BEFORE UPDATE OF shot_a_id, shot_b_id ON correspondences
WHEN (SELECT film_id FROM shots WHERE id = NEW.shot_a_id)
     IS (SELECT film_id FROM shots WHERE id = NEW.shot_b_id)
BEGIN SELECT RAISE(ABORT, 'a correspondence links shots of two different films'); END;
)sql";

// The media engine's per-film frame index (opaque bytes), so reopening elsewhere skips a rescan.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE film_frame_index (
    film_id        INTEGER PRIMARY KEY REFERENCES films(id) ON DELETE CASCADE,
    format_version INTEGER NOT NULL,
    data           BLOB NOT NULL,
    verified       INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1))
);
)sql";

// The analysis engine (issue 3): how each film was analysed, resumable shot by shot.
// - shots.transition_frames: length of the gradual transition into the shot (0 for a cut).
// - shot_metric_texts: JSON-valued per-shot metrics (the palette, the shot scale).
// - film_analysis: per film, the fingerprint analysed, the user's settings, the provenance
//   (algorithm, version, parameters) of every metric as computed for this film, and how far
//   the committed shots reach. A metric value is stale when the film's recorded provenance of
//   that metric differs from metrics.parameters_json (the provenance of the current code).
// - metric_series_chunks: per-frame series written shot by shot while a film is analysed
//   (float32 little-endian, one sample per frame from start_frame on).
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE shots ADD COLUMN transition_frames INTEGER NOT NULL DEFAULT 0
    CHECK (transition_frames >= 0);

CREATE TABLE shot_metric_texts (
    shot_id   INTEGER NOT NULL REFERENCES shots(id) ON DELETE CASCADE,
    metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    value     TEXT NOT NULL,
    PRIMARY KEY (shot_id, metric_id)
) WITHOUT ROWID;
CREATE INDEX shot_metric_texts_metric ON shot_metric_texts(metric_id);

CREATE TABLE film_analysis (
    film_id         INTEGER PRIMARY KEY REFERENCES films(id) ON DELETE CASCADE,
    fingerprint     TEXT NOT NULL,
    settings_json   TEXT NOT NULL CHECK (json_valid(settings_json)),
    provenance_json TEXT NOT NULL CHECK (json_valid(provenance_json)),
    next_frame      INTEGER NOT NULL DEFAULT 0 CHECK (next_frame >= 0),
    resume_json     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(resume_json)),
    frame_count     INTEGER NOT NULL DEFAULT 0 CHECK (frame_count >= 0),
    complete        INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
    started_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE metric_series_chunks (
    film_id     INTEGER NOT NULL REFERENCES films(id) ON DELETE CASCADE,
    metric_id   INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    start_frame INTEGER NOT NULL CHECK (start_frame >= 0),
    samples     BLOB NOT NULL CHECK (length(samples) % 4 = 0),
    PRIMARY KEY (film_id, metric_id, start_frame)
) WITHOUT ROWID;
CREATE INDEX metric_series_chunks_metric ON metric_series_chunks(metric_id);
)sql";

struct Step
{
    int version;
    std::string_view description;
    std::string_view sql;
};

constexpr std::array kSteps{
    Step{1, "films, shots, metrics, coding schemes, tiers, annotations, regions, correspondences",
         kVersion1},
    Step{2, "per-film frame index", kVersion2},
    Step{3, "analysis state, text metrics, per-shot series chunks, transition lengths", kVersion3},
};
static_assert(kSteps.size() == kLatestVersion, "one step per schema version");

std::int64_t pragmaInteger(const Database& db, std::string_view what, std::string_view pragma)
{
    Statement statement(db, what, pragma);
    return statement.step() ? statement.int64(0) : 0;
}

void writeMeta(Database& db, std::string_view key, std::string_view value)
{
    Statement statement(db, "writing project metadata",
                        "INSERT INTO meta(key, value) VALUES (?1, ?2) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    statement.bind(1, key).bind(2, value).run();
}

void applyStep(Database& db, const Step& step)
{
    const std::string what = "migrating to schema v" + std::to_string(step.version);
    Transaction transaction(db, what);
    // Another process may have migrated while this one waited for the write lock.
    const auto current = pragmaInteger(db, what, "PRAGMA user_version");
    if (current >= step.version)
        return;
    db.execute(what, step.sql);
    if (step.version == 1) {
        db.execute(what, "PRAGMA application_id = " + std::to_string(kApplicationId));
        writeMeta(db, "application", "Diptych");
        writeMeta(db, "created_with_version", DIPTYCH_VERSION);
        writeMeta(db, "created_at", utcNowIso8601());
    }
    writeMeta(db, "schema_v" + std::to_string(step.version) + "_written_by", DIPTYCH_VERSION);
    // PRAGMA takes no parameters; the value is our own integer.
    db.execute(what, "PRAGMA user_version = " + std::to_string(step.version));
    transaction.commit();
    storeLog().info("{}: migrated to schema v{} ({})", db.path().string(), step.version,
                    step.description);
}

std::string hex32(std::int32_t value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%08x", static_cast<unsigned>(value));
    return buffer;
}

} // namespace

FileInfo inspect(const Database& db)
{
    const std::string_view what = "reading the file header";
    FileInfo info;
    info.applicationId =
        static_cast<std::int32_t>(pragmaInteger(db, what, "PRAGMA application_id"));
    info.version = static_cast<int>(pragmaInteger(db, what, "PRAGMA user_version"));
    info.tableCount =
        static_cast<int>(pragmaInteger(db, what, "SELECT count(*) FROM sqlite_master"));
    return info;
}

void checkCompatible(const Database& db, const FileInfo& info, bool allowEmpty)
{
    const std::string path = db.path().string();
    if (info.isEmpty()) {
        if (!allowEmpty)
            throw StoreError(path + ": empty file, not a Diptych project");
        return;
    }
    if (info.applicationId != kApplicationId) {
        if (info.applicationId != 0)
            throw StoreError(path + ": not a Diptych project (an SQLite database of another " +
                             "application, id " + hex32(info.applicationId) + ")");
        throw StoreError(path + ": not a Diptych project (an SQLite database of another " +
                         "application)");
    }
    if (info.version > kLatestVersion)
        throw StoreError(path + ": written by a newer Diptych (schema v" +
                         std::to_string(info.version) + "); this version reads up to v" +
                         std::to_string(kLatestVersion));
    if (info.version < 1)
        throw StoreError(path + ": damaged Diptych project (no schema version)");
}

void migrate(Database& db, int targetVersion)
{
    if (targetVersion < 1 || targetVersion > kLatestVersion)
        db.fail("migrating", "no schema v" + std::to_string(targetVersion));
    const auto current = pragmaInteger(db, "reading the schema version", "PRAGMA user_version");
    if (current >= targetVersion)
        return;
    if (current > 0)
        storeLog().info("{}: upgrading schema v{} to v{}", db.path().string(), current,
                        targetVersion);
    for (const auto& step : kSteps)
        if (step.version > current && step.version <= targetVersion)
            applyStep(db, step);
}

} // namespace diptych::store::schema
