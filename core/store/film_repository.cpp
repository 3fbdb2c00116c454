#include "store/film_repository.h"

#include "store/repository_support.h"
#include "store/sqlite.h"
#include "store/timestamp.h"

namespace diptych::store {
namespace {

using detail::pathFromText;
using detail::pathToText;

constexpr std::string_view kColumns =
    "SELECT id, path, title, size_bytes, fingerprint, probe_json, frame_count, fps, width, "
    "height, duration_s, added_at, note FROM films ";

model::Film readFilm(const Statement& row)
{
    model::Film film;
    film.id = row.int64(0);
    film.path = pathFromText(row.text(1));
    film.title = row.text(2);
    film.sizeBytes = row.int64(3);
    film.fingerprint = row.text(4);
    film.probeJson = row.text(5);
    film.frameCount = row.int64(6);
    film.fps = row.real(7);
    film.width = row.integer(8);
    film.height = row.integer(9);
    film.durationS = row.real(10);
    film.addedAt = row.text(11);
    film.note = row.text(12);
    return film;
}

// Binds the mutable fields to parameters 1..11 in the order of the INSERT and UPDATE below.
void bindFields(Statement& statement, const model::Film& film)
{
    statement.bind(1, pathToText(film.path))
        .bind(2, film.title)
        .bind(3, film.sizeBytes)
        .bind(4, film.fingerprint)
        .bind(5, film.probeJson.empty() ? std::string_view("{}") : film.probeJson)
        .bind(6, film.frameCount)
        .bind(7, film.fps)
        .bind(8, film.width)
        .bind(9, film.height)
        .bind(10, film.durationS)
        .bind(11, film.note);
}

} // namespace

model::Film FilmRepository::add(model::Film film)
{
    const std::string_view what = "adding a film";
    if (film.addedAt.empty())
        film.addedAt = utcNowIso8601();
    if (film.probeJson.empty())
        film.probeJson = "{}";
    Transaction transaction(*m_db, what);
    Statement insert(*m_db, what,
                     "INSERT INTO films(path, title, size_bytes, fingerprint, probe_json, "
                     "frame_count, fps, width, height, duration_s, note, added_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    bindFields(insert, film);
    insert.bind(12, film.addedAt).run();
    film.id = m_db->lastInsertRowId();
    transaction.commit();
    return film;
}

std::optional<model::Film> FilmRepository::get(model::FilmId id) const
{
    Statement query(*m_db, "reading a film", std::string(kColumns) + "WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readFilm(query);
}

std::optional<model::Film> FilmRepository::findByPath(const std::filesystem::path& path) const
{
    Statement query(*m_db, "looking up a film", std::string(kColumns) + "WHERE path = ?1");
    query.bind(1, pathToText(path));
    if (!query.step())
        return std::nullopt;
    return readFilm(query);
}

std::vector<model::Film> FilmRepository::list() const
{
    Statement query(*m_db, "listing films", std::string(kColumns) + "ORDER BY id");
    std::vector<model::Film> films;
    while (query.step())
        films.push_back(readFilm(query));
    return films;
}

void FilmRepository::update(const model::Film& film)
{
    const std::string_view what = "updating a film";
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what,
                     "UPDATE films SET path = ?1, title = ?2, size_bytes = ?3, fingerprint = ?4, "
                     "probe_json = ?5, frame_count = ?6, fps = ?7, width = ?8, height = ?9, "
                     "duration_s = ?10, note = ?11 WHERE id = ?12");
    bindFields(update, film);
    update.bind(12, film.id).run();
    detail::requireChanged(*m_db, what, "film", film.id);
    transaction.commit();
}

void FilmRepository::updatePath(model::FilmId id, const std::filesystem::path& path)
{
    const std::pair<model::FilmId, std::filesystem::path> change{id, path};
    updatePaths({&change, 1});
}

void FilmRepository::updatePaths(
    std::span<const std::pair<model::FilmId, std::filesystem::path>> paths)
{
    const std::string_view what = "changing film paths";
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what, "UPDATE films SET path = ?1 WHERE id = ?2");
    for (const auto& [id, path] : paths) {
        update.bind(1, pathToText(path)).bind(2, id).run();
        detail::requireChanged(*m_db, what, "film", id);
    }
    transaction.commit();
}

void FilmRepository::remove(model::FilmId id)
{
    const std::string_view what = "removing a film";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM films WHERE id = ?1");
    remove.bind(1, id).run();
    detail::requireChanged(*m_db, what, "film", id);
    transaction.commit();
}

} // namespace diptych::store
