#include "store/region_repository.h"

#include "store/repository_support.h"
#include "store/sqlite.h"
#include "store/timestamp.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

namespace diptych::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, film_id, coder_id, annotation_id, start_frame, end_frame, shape, points_json, "
    "code_id, note, created_at, modified_at FROM regions ";

void validatePoints(const Database& db, std::string_view what, const model::Region& region)
{
    const auto count = region.points.size();
    if (region.shape == model::RegionShape::Rect && count != 2)
        db.fail(what, "a rectangle needs 2 points, not " + std::to_string(count));
    if (region.shape == model::RegionShape::Polygon && count < 3)
        db.fail(what, "a polygon needs at least 3 points, not " + std::to_string(count));
    for (const auto& p : region.points)
        if (!(p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1)) // also false for NaN
            db.fail(what, "point outside the frame (coordinates must be within 0..1)");
}

std::string pointsToJson(const std::vector<model::NormalizedPoint>& points)
{
    auto array = nlohmann::json::array();
    for (const auto& p : points)
        array.push_back({p.x, p.y});
    return array.dump();
}

std::vector<model::NormalizedPoint> pointsFromJson(const Database& db, const std::string& text)
{
    std::vector<model::NormalizedPoint> points;
    try {
        for (const auto& point : nlohmann::json::parse(text))
            points.push_back({point.at(0).get<double>(), point.at(1).get<double>()});
    } catch (const nlohmann::json::exception& e) {
        db.fail("reading regions.points_json", e.what());
    }
    return points;
}

model::Region readRegion(const Database& db, const Statement& row)
{
    model::Region region;
    region.id = row.int64(0);
    region.filmId = row.int64(1);
    region.coderId = row.int64(2);
    region.annotationId = row.optionalInt64(3);
    region.startFrame = row.int64(4);
    region.endFrame = row.int64(5);
    region.shape =
        detail::parseStored(db, "regions.shape", row.text(6), model::regionShapeFromString);
    region.points = pointsFromJson(db, row.text(7));
    region.codeId = row.optionalInt64(8);
    region.note = row.text(9);
    region.createdAt = row.text(10);
    region.modifiedAt = row.text(11);
    return region;
}

std::vector<model::Region> readAll(const Database& db, Statement& query)
{
    std::vector<model::Region> regions;
    while (query.step())
        regions.push_back(readRegion(db, query));
    return regions;
}

// Binds coder, annotation, start, end, shape, points, code, note, modified_at to 1..9.
void bindFields(Statement& statement, const model::Region& region)
{
    statement.bind(1, region.coderId)
        .bind(2, region.annotationId)
        .bind(3, region.startFrame)
        .bind(4, region.endFrame)
        .bind(5, model::toString(region.shape))
        .bind(6, pointsToJson(region.points))
        .bind(7, region.codeId)
        .bind(8, region.note)
        .bind(9, region.modifiedAt);
}

} // namespace

model::Region RegionRepository::add(model::Region region)
{
    region.createdAt = region.modifiedAt = utcNowIso8601();
    region.id = insert(region, "adding a region", false);
    return region;
}

model::Region RegionRepository::addImported(model::Region region)
{
    const auto now = utcNowIso8601();
    if (region.createdAt.empty())
        region.createdAt = now;
    if (region.modifiedAt.empty())
        region.modifiedAt = region.createdAt;
    region.id = insert(region, "importing a region", false);
    return region;
}

void RegionRepository::restore(const model::Region& region)
{
    insert(region, "restoring a region", true);
}

model::RegionId RegionRepository::insert(const model::Region& region, std::string_view what,
                                         bool keepId)
{
    validatePoints(*m_db, what, region);
    Transaction transaction(*m_db, what);
    Statement insert(*m_db, what,
                     "INSERT INTO regions(coder_id, annotation_id, start_frame, end_frame, shape, "
                     "points_json, code_id, note, modified_at, film_id, created_at, id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    bindFields(insert, region);
    insert.bind(10, region.filmId)
        .bind(11, region.createdAt)
        .bind(12, keepId ? std::optional<model::RegionId>(region.id) : std::nullopt)
        .run();
    const model::RegionId id = m_db->lastInsertRowId();
    transaction.commit();
    return id;
}

std::optional<model::Region> RegionRepository::get(model::RegionId id) const
{
    Statement query(*m_db, "reading a region", std::string(kColumns) + "WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readRegion(*m_db, query);
}

std::vector<model::Region> RegionRepository::listByFilm(model::FilmId filmId) const
{
    Statement query(*m_db, "listing regions",
                    std::string(kColumns) + "WHERE film_id = ?1 ORDER BY start_frame, id");
    query.bind(1, filmId);
    return readAll(*m_db, query);
}

std::vector<model::Region> RegionRepository::listByAnnotation(model::AnnotationId id) const
{
    Statement query(*m_db, "listing regions",
                    std::string(kColumns) + "WHERE annotation_id = ?1 ORDER BY start_frame, id");
    query.bind(1, id);
    return readAll(*m_db, query);
}

model::Region RegionRepository::update(model::Region region)
{
    const std::string_view what = "updating a region";
    validatePoints(*m_db, what, region);
    region.modifiedAt = utcNowIso8601();
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what,
                     "UPDATE regions SET coder_id = ?1, annotation_id = ?2, start_frame = ?3, "
                     "end_frame = ?4, shape = ?5, points_json = ?6, code_id = ?7, note = ?8, "
                     "modified_at = ?9 WHERE id = ?10 RETURNING film_id, created_at");
    bindFields(update, region);
    update.bind(10, region.id);
    if (!update.step())
        m_db->fail(what, "no such region (id " + std::to_string(region.id) + ")");
    region.filmId = update.int64(0);
    region.createdAt = update.text(1);
    update.reset();
    transaction.commit();
    return region;
}

void RegionRepository::remove(model::RegionId id)
{
    const std::string_view what = "removing a region";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM regions WHERE id = ?1");
    remove.bind(1, id).run();
    detail::requireChanged(*m_db, what, "region", id);
    transaction.commit();
}

} // namespace diptych::store
