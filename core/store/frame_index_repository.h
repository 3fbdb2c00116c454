#pragma once

#include "model/frame_index_record.h"
#include "model/ids.h"

#include <optional>

namespace diptych::store {

class Database;

/// The media engine's per-film frame index (schema v2). Reached through
/// ProjectStore::frameIndexes().
class FrameIndexRepository final
{
public:
    explicit FrameIndexRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Inserts or replaces the film's index.
    void save(model::FilmId filmId, const model::FrameIndexRecord& record);
    [[nodiscard]] std::optional<model::FrameIndexRecord> load(model::FilmId filmId) const;
    /// Forgets the film's index (the media file changed); no error when there is none.
    void remove(model::FilmId filmId);

private:
    Database* m_db;
};

} // namespace diptych::store
