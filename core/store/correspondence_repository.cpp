#include "store/correspondence_repository.h"

#include "store/repository_support.h"
#include "store/sqlite.h"
#include "store/timestamp.h"

#include <string>

namespace diptych::store {
namespace {

model::Correspondence readCorrespondence(const Statement& row)
{
    model::Correspondence correspondence;
    correspondence.id = row.int64(0);
    correspondence.shotA = row.int64(1);
    correspondence.shotB = row.int64(2);
    correspondence.confidence = row.optionalReal(3);
    correspondence.note = row.text(4);
    correspondence.createdAt = row.text(5);
    return correspondence;
}

} // namespace

model::Correspondence CorrespondenceRepository::add(model::Correspondence correspondence)
{
    const std::string_view what = "linking two shots";
    correspondence.createdAt = utcNowIso8601();
    Transaction transaction(*m_db, what);
    Statement insert(*m_db, what,
                     "INSERT INTO correspondences(shot_a_id, shot_b_id, confidence, note, "
                     "created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    insert.bind(1, correspondence.shotA)
        .bind(2, correspondence.shotB)
        .bind(3, correspondence.confidence)
        .bind(4, correspondence.note)
        .bind(5, correspondence.createdAt)
        .run();
    correspondence.id = m_db->lastInsertRowId();
    transaction.commit();
    return correspondence;
}

std::optional<model::Correspondence> CorrespondenceRepository::get(model::CorrespondenceId id) const
{
    Statement query(*m_db, "reading a correspondence",
                    "SELECT id, shot_a_id, shot_b_id, confidence, note, created_at "
                    "FROM correspondences WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readCorrespondence(query);
}

std::vector<model::Correspondence> CorrespondenceRepository::listBetween(model::FilmId filmA,
                                                                         model::FilmId filmB) const
{
    // Each link is stored once in whichever order it was made; the two halves of the UNION
    // orient it towards (filmA, filmB).
    Statement query(*m_db, "listing correspondences",
                    "SELECT c.id, sa.id, sb.id, c.confidence, c.note, c.created_at, "
                    "       sa.start_frame AS a_start, sb.start_frame AS b_start "
                    "FROM correspondences c "
                    "JOIN shots sa ON sa.id = c.shot_a_id JOIN shots sb ON sb.id = c.shot_b_id "
                    "WHERE sa.film_id = ?1 AND sb.film_id = ?2 "
                    "UNION ALL "
                    "SELECT c.id, sb.id, sa.id, c.confidence, c.note, c.created_at, "
                    "       sb.start_frame, sa.start_frame "
                    "FROM correspondences c "
                    "JOIN shots sa ON sa.id = c.shot_a_id JOIN shots sb ON sb.id = c.shot_b_id "
                    "WHERE sb.film_id = ?1 AND sa.film_id = ?2 "
                    "ORDER BY a_start, b_start");
    query.bind(1, filmA).bind(2, filmB);
    std::vector<model::Correspondence> correspondences;
    while (query.step())
        correspondences.push_back(readCorrespondence(query));
    return correspondences;
}

std::vector<model::Correspondence> CorrespondenceRepository::listForShot(model::ShotId shotId) const
{
    Statement query(*m_db, "listing correspondences",
                    "SELECT c.id, ?1, iif(c.shot_a_id = ?1, c.shot_b_id, c.shot_a_id), "
                    "c.confidence, c.note, c.created_at FROM correspondences c "
                    "WHERE c.shot_a_id = ?1 OR c.shot_b_id = ?1 ORDER BY c.id");
    query.bind(1, shotId);
    std::vector<model::Correspondence> correspondences;
    while (query.step())
        correspondences.push_back(readCorrespondence(query));
    return correspondences;
}

void CorrespondenceRepository::update(model::CorrespondenceId id, std::optional<double> confidence,
                                      std::string_view note)
{
    const std::string_view what = "updating a correspondence";
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what,
                     "UPDATE correspondences SET confidence = ?1, note = ?2 WHERE id = ?3");
    update.bind(1, confidence).bind(2, note).bind(3, id).run();
    detail::requireChanged(*m_db, what, "correspondence", id);
    transaction.commit();
}

void CorrespondenceRepository::remove(model::CorrespondenceId id)
{
    const std::string_view what = "removing a correspondence";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM correspondences WHERE id = ?1");
    remove.bind(1, id).run();
    detail::requireChanged(*m_db, what, "correspondence", id);
    transaction.commit();
}

} // namespace diptych::store
