#include "store/annotation_repository.h"

#include "store/repository_support.h"
#include "store/sqlite.h"
#include "store/timestamp.h"

#include <string>

namespace diptych::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT a.id, a.tier_id, a.coder_id, a.shot_id, a.start_frame, a.end_frame, a.code_id, "
    "a.value, a.note, a.created_at, a.modified_at FROM annotations a ";

model::Annotation readAnnotation(const Statement& row)
{
    model::Annotation annotation;
    annotation.id = row.int64(0);
    annotation.tierId = row.int64(1);
    annotation.coderId = row.int64(2);
    annotation.shotId = row.optionalInt64(3);
    annotation.startFrame = row.int64(4);
    annotation.endFrame = row.int64(5);
    annotation.codeId = row.optionalInt64(6);
    annotation.value = row.text(7);
    annotation.note = row.text(8);
    annotation.createdAt = row.text(9);
    annotation.modifiedAt = row.text(10);
    return annotation;
}

std::vector<model::Annotation> readAll(Statement& query)
{
    std::vector<model::Annotation> annotations;
    while (query.step())
        annotations.push_back(readAnnotation(query));
    return annotations;
}

// Binds tier, coder, shot, start, end, code, value, note, modified_at to 1..9.
void bindFields(Statement& statement, const model::Annotation& annotation)
{
    statement.bind(1, annotation.tierId)
        .bind(2, annotation.coderId)
        .bind(3, annotation.shotId)
        .bind(4, annotation.startFrame)
        .bind(5, annotation.endFrame)
        .bind(6, annotation.codeId)
        .bind(7, annotation.value)
        .bind(8, annotation.note)
        .bind(9, annotation.modifiedAt);
}

} // namespace

model::Annotation AnnotationRepository::add(model::Annotation annotation)
{
    annotation.createdAt = annotation.modifiedAt = utcNowIso8601();
    annotation.id = insert(annotation, "adding an annotation", false);
    return annotation;
}

model::Annotation AnnotationRepository::addImported(model::Annotation annotation)
{
    const auto now = utcNowIso8601();
    if (annotation.createdAt.empty())
        annotation.createdAt = now;
    if (annotation.modifiedAt.empty())
        annotation.modifiedAt = annotation.createdAt;
    annotation.id = insert(annotation, "importing an annotation", false);
    return annotation;
}

void AnnotationRepository::restore(const model::Annotation& annotation)
{
    insert(annotation, "restoring an annotation", true);
}

model::AnnotationId AnnotationRepository::insert(const model::Annotation& annotation,
                                                 std::string_view what, bool keepId)
{
    Transaction transaction(*m_db, what);
    Statement insert(*m_db, what,
                     "INSERT INTO annotations(tier_id, coder_id, shot_id, start_frame, "
                     "end_frame, code_id, value, note, modified_at, created_at, id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    bindFields(insert, annotation);
    insert.bind(10, annotation.createdAt)
        .bind(11, keepId ? std::optional<model::AnnotationId>(annotation.id) : std::nullopt)
        .run();
    const model::AnnotationId id = m_db->lastInsertRowId();
    transaction.commit();
    return id;
}

std::optional<model::Annotation> AnnotationRepository::get(model::AnnotationId id) const
{
    Statement query(*m_db, "reading an annotation", std::string(kColumns) + "WHERE a.id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readAnnotation(query);
}

std::vector<model::Annotation> AnnotationRepository::listByTier(model::TierId tierId) const
{
    Statement query(*m_db, "listing annotations",
                    std::string(kColumns) + "WHERE a.tier_id = ?1 ORDER BY a.start_frame, a.id");
    query.bind(1, tierId);
    return readAll(query);
}

std::vector<model::Annotation> AnnotationRepository::listByFilm(model::FilmId filmId) const
{
    Statement query(*m_db, "listing annotations",
                    std::string(kColumns) + "JOIN tiers t ON t.id = a.tier_id WHERE t.film_id = ?1 "
                                            "ORDER BY t.sort_order, t.id, a.start_frame, a.id");
    query.bind(1, filmId);
    return readAll(query);
}

std::vector<model::Annotation> AnnotationRepository::listOverlapping(model::TierId tierId,
                                                                     model::Frame start,
                                                                     model::Frame end) const
{
    Statement query(*m_db, "listing annotations",
                    std::string(kColumns) +
                        "WHERE a.tier_id = ?1 AND a.start_frame < ?3 AND a.end_frame > ?2 "
                        "ORDER BY a.start_frame, a.id");
    query.bind(1, tierId).bind(2, start).bind(3, end);
    return readAll(query);
}

model::Annotation AnnotationRepository::update(model::Annotation annotation)
{
    const std::string_view what = "updating an annotation";
    annotation.modifiedAt = utcNowIso8601();
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what,
                     "UPDATE annotations SET tier_id = ?1, coder_id = ?2, shot_id = ?3, "
                     "start_frame = ?4, end_frame = ?5, code_id = ?6, value = ?7, note = ?8, "
                     "modified_at = ?9 WHERE id = ?10 RETURNING created_at");
    bindFields(update, annotation);
    update.bind(10, annotation.id);
    if (!update.step())
        m_db->fail(what, "no such annotation (id " + std::to_string(annotation.id) + ")");
    annotation.createdAt = update.text(0);
    update.reset();
    transaction.commit();
    return annotation;
}

void AnnotationRepository::remove(model::AnnotationId id)
{
    const std::string_view what = "removing an annotation";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM annotations WHERE id = ?1");
    remove.bind(1, id).run();
    detail::requireChanged(*m_db, what, "annotation", id);
    transaction.commit();
}

} // namespace diptych::store
