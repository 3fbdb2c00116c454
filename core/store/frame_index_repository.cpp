#include "store/frame_index_repository.h"

#include "store/sqlite.h"

namespace diptych::store {

void FrameIndexRepository::save(model::FilmId filmId, const model::FrameIndexRecord& record)
{
    const std::string_view what = "saving a frame index";
    Transaction transaction(*m_db, what);
    Statement upsert(*m_db, what,
                     "INSERT INTO film_frame_index(film_id, format_version, data, verified) "
                     "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(film_id) DO UPDATE SET "
                     "format_version = excluded.format_version, data = excluded.data, "
                     "verified = excluded.verified");
    upsert.bind(1, filmId)
        .bind(2, record.formatVersion)
        .bind(3, record.data)
        .bind(4, record.verified ? 1 : 0)
        .run();
    transaction.commit();
}

std::optional<model::FrameIndexRecord> FrameIndexRepository::load(model::FilmId filmId) const
{
    Statement query(*m_db, "loading a frame index",
                    "SELECT format_version, data, verified FROM film_frame_index "
                    "WHERE film_id = ?1");
    query.bind(1, filmId);
    if (!query.step())
        return std::nullopt;
    return model::FrameIndexRecord{query.integer(0), query.blob(1), query.integer(2) != 0};
}

void FrameIndexRepository::remove(model::FilmId filmId)
{
    const std::string_view what = "removing a frame index";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM film_frame_index WHERE film_id = ?1");
    remove.bind(1, filmId).run();
    transaction.commit();
}

} // namespace diptych::store
