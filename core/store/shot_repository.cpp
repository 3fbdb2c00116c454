#include "store/shot_repository.h"

#include "store/repository_support.h"
#include "store/sqlite.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace diptych::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, film_id, start_frame, end_frame, transition, note, transition_frames FROM shots ";

model::Shot readShot(const Database& db, const Statement& row)
{
    model::Shot shot;
    shot.id = row.int64(0);
    shot.filmId = row.int64(1);
    shot.startFrame = row.int64(2);
    shot.endFrame = row.int64(3);
    shot.transition =
        detail::parseStored(db, "shots.transition", row.text(4), model::transitionKindFromString);
    shot.note = row.text(5);
    shot.transitionFrames = row.int64(6);
    return shot;
}

std::vector<model::Shot> sortedValidated(const Database& db, std::string_view what,
                                         std::span<const model::Shot> shots)
{
    std::vector<model::Shot> sorted(shots.begin(), shots.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.startFrame < b.startFrame; });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto& shot = sorted[i];
        if (shot.startFrame < 0 || shot.endFrame <= shot.startFrame || shot.transitionFrames < 0)
            db.fail(what, "invalid shot [" + std::to_string(shot.startFrame) + ", " +
                              std::to_string(shot.endFrame) + ")");
        if (i > 0 && shot.startFrame < sorted[i - 1].endFrame)
            db.fail(what, "shots overlap at frame " + std::to_string(shot.startFrame));
    }
    return sorted;
}

} // namespace

std::vector<model::Shot> ShotRepository::replace(model::FilmId filmId,
                                                 std::span<const model::Shot> shots)
{
    const std::string what = "replacing the shots of film " + std::to_string(filmId);
    auto wanted = sortedValidated(*m_db, what, shots);

    Transaction transaction(*m_db, what);
    {
        Statement film(*m_db, what, "SELECT 1 FROM films WHERE id = ?1");
        film.bind(1, filmId);
        if (!film.step())
            m_db->fail(what, "no such film (id " + std::to_string(filmId) + ")");
    }

    std::map<std::pair<model::Frame, model::Frame>, model::ShotId> existing;
    for (const auto& shot : list(filmId))
        existing.emplace(std::pair{shot.startFrame, shot.endFrame}, shot.id);

    // Keep the ids of unchanged ranges; delete the rest before inserting, because a new shot
    // may reuse a deleted shot's start frame (UNIQUE(film_id, start_frame)).
    std::vector<model::ShotId> keep(wanted.size(), 0);
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto it = existing.find({wanted[i].startFrame, wanted[i].endFrame});
        if (it != existing.end()) {
            keep[i] = it->second;
            existing.erase(it);
        }
    }
    Statement remove(*m_db, what, "DELETE FROM shots WHERE id = ?1");
    for (const auto& [range, id] : existing) {
        remove.bind(1, id).run();
    }

    Statement insert(*m_db, what,
                     "INSERT INTO shots(film_id, start_frame, end_frame, transition, note, "
                     "transition_frames) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement update(*m_db, what,
                     "UPDATE shots SET transition = ?1, note = ?2, transition_frames = ?3 "
                     "WHERE id = ?4");
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        auto& shot = wanted[i];
        shot.filmId = filmId;
        if (keep[i] != 0) {
            shot.id = keep[i];
            update.bind(1, model::toString(shot.transition))
                .bind(2, shot.note)
                .bind(3, shot.transitionFrames)
                .bind(4, shot.id)
                .run();
        } else {
            insert.bind(1, filmId)
                .bind(2, shot.startFrame)
                .bind(3, shot.endFrame)
                .bind(4, model::toString(shot.transition))
                .bind(5, shot.note)
                .bind(6, shot.transitionFrames);
            insert.run();
            shot.id = m_db->lastInsertRowId();
        }
    }
    transaction.commit();
    return wanted;
}

model::Shot ShotRepository::append(model::FilmId filmId, model::Shot shot)
{
    const std::string what = "adding a shot to film " + std::to_string(filmId);
    sortedValidated(*m_db, what, std::span(&shot, 1));
    Transaction transaction(*m_db, what);
    Statement last(*m_db, what, "SELECT max(end_frame) FROM shots WHERE film_id = ?1");
    last.bind(1, filmId);
    if (last.step() && !last.isNull(0) && last.int64(0) > shot.startFrame)
        m_db->fail(what, "shot at frame " + std::to_string(shot.startFrame) +
                             " overlaps the film's last shot");
    last.reset();
    Statement insert(*m_db, what,
                     "INSERT INTO shots(film_id, start_frame, end_frame, transition, note, "
                     "transition_frames) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, filmId)
        .bind(2, shot.startFrame)
        .bind(3, shot.endFrame)
        .bind(4, model::toString(shot.transition))
        .bind(5, shot.note)
        .bind(6, shot.transitionFrames)
        .run();
    shot.id = m_db->lastInsertRowId();
    shot.filmId = filmId;
    transaction.commit();
    return shot;
}

void ShotRepository::removeAll(model::FilmId filmId)
{
    const std::string what = "removing the shots of film " + std::to_string(filmId);
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM shots WHERE film_id = ?1");
    remove.bind(1, filmId).run();
    transaction.commit();
}

std::vector<model::Shot> ShotRepository::list(model::FilmId filmId) const
{
    Statement query(*m_db, "listing shots",
                    std::string(kColumns) + "WHERE film_id = ?1 ORDER BY start_frame");
    query.bind(1, filmId);
    std::vector<model::Shot> shots;
    while (query.step())
        shots.push_back(readShot(*m_db, query));
    return shots;
}

std::optional<model::Shot> ShotRepository::get(model::ShotId id) const
{
    Statement query(*m_db, "reading a shot", std::string(kColumns) + "WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readShot(*m_db, query);
}

void ShotRepository::updateDetails(model::ShotId id, model::TransitionKind transition,
                                   std::string_view note)
{
    const std::string_view what = "updating a shot";
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what, "UPDATE shots SET transition = ?1, note = ?2 WHERE id = ?3");
    update.bind(1, model::toString(transition)).bind(2, note).bind(3, id).run();
    detail::requireChanged(*m_db, what, "shot", id);
    transaction.commit();
}

void ShotRepository::updateNote(model::ShotId id, std::string_view note)
{
    const std::string_view what = "updating a shot's note";
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what, "UPDATE shots SET note = ?1 WHERE id = ?2");
    update.bind(1, note).bind(2, id).run();
    detail::requireChanged(*m_db, what, "shot", id);
    transaction.commit();
}

std::string ShotRepository::note(model::ShotId id) const
{
    Statement query(*m_db, "reading a shot's note", "SELECT note FROM shots WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        m_db->fail("reading a shot's note", "no such shot (id " + std::to_string(id) + ")");
    return query.text(0);
}

} // namespace diptych::store
