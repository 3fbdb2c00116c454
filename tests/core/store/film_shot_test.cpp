// Films and shots.

#include "store_test_support.h"
#include "temp_dir.h"

#include "common/error.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

using namespace diptych;
using Catch::Matchers::Contains;
using model::TransitionKind;

namespace {

model::Film filmAt(const std::filesystem::path& path)
{
    model::Film film;
    film.path = path;
    film.sizeBytes = 42;
    return film;
}

} // namespace

TEST_CASE("films: add, get, update, relink, remove", "[store][films]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    auto film = store.films().add(filmAt("/a.mkv"));
    CHECK(film.id > 0);
    CHECK(film.addedAt.size() == 24); // 2024-05-01T12:34:56.789Z
    CHECK(film.addedAt.back() == 'Z');
    CHECK(film.probeJson == "{}");
    CHECK(store.films().findByPath("/a.mkv") == film);
    CHECK_FALSE(store.films().get(film.id + 100));

    film.title = "Changed";
    film.frameCount = 99;
    film.addedAt = "ignored";
    store.films().update(film);
    const auto stored = store.films().get(film.id);
    REQUIRE(stored);
    CHECK(stored->title == "Changed");
    CHECK(stored->frameCount == 99);
    CHECK(stored->addedAt != "ignored");

    store.films().updatePath(film.id, "/moved/a.mkv");
    CHECK(store.films().get(film.id)->path == "/moved/a.mkv");
    CHECK_FALSE(store.films().findByPath("/a.mkv"));

    REQUIRE_THROWS_WITH(store.films().add(filmAt("/moved/a.mkv")), Contains("UNIQUE"));
    REQUIRE_THROWS_WITH(store.films().updatePath(12345, "/x"), Contains("no such film (id 12345)"));
    auto bad = filmAt("/b.mkv");
    bad.probeJson = "{not json";
    REQUIRE_THROWS_AS(store.films().add(bad), StoreError);

    store.films().remove(film.id);
    CHECK(store.films().list().empty());
    REQUIRE_THROWS_AS(store.films().remove(film.id), StoreError);
}

TEST_CASE("updatePaths is all or nothing", "[store][films]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto a = store.films().add(filmAt("/a.mkv"));
    const auto b = store.films().add(filmAt("/b.mkv"));
    const std::vector<std::pair<model::FilmId, std::filesystem::path>> changes = {
        {a.id, "/new-a.mkv"}, {b.id, "/new-a.mkv"}}; // the second collides
    REQUIRE_THROWS_AS(store.films().updatePaths(changes), StoreError);
    CHECK(store.films().get(a.id)->path == "/a.mkv");
}

TEST_CASE("removing a film cascades to everything that belongs to it", "[store][films]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);
    store.frameIndexes().save(p.original.id, {1, {std::byte{7}}, false});

    store.films().remove(p.original.id);
    CHECK(store.shots().list(p.original.id).empty());
    CHECK(store.metrics().shotValues(p.original.id).empty());
    CHECK_FALSE(store.metrics().series(p.original.id, p.luma.id));
    CHECK(store.tiers().list(p.original.id).empty());
    CHECK_FALSE(store.annotations().get(p.annotations[0].id));
    CHECK(store.regions().listByFilm(p.original.id).empty());
    CHECK_FALSE(store.correspondences().get(p.correspondence.id));
    CHECK_FALSE(store.frameIndexes().load(p.original.id));
    // What is shared stays.
    CHECK(store.films().get(p.remake.id));
    CHECK(store.shots().list(p.remake.id) == p.remakeShots);
    CHECK(store.coders().get(p.coder.id));
    CHECK(store.schemes().codes(p.scheme.id).size() == 3);
    CHECK(store.checkIntegrity().empty());
}

TEST_CASE("replacing shots keeps unchanged shots and what hangs on them", "[store][shots]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    auto p = test::populate(store);
    const auto& old = p.originalShots; // [0,100) [100,250) [250,400)

    // Split the second shot, keep the others (given out of order), retitle the first.
    const std::vector<model::Shot> next = {
        {0, 0, 250, 400, TransitionKind::Dissolve, "river"},
        {0, 0, 0, 100, TransitionKind::Wipe, "renamed"},
        {0, 0, 100, 180, TransitionKind::Cut, ""},
        {0, 0, 180, 250, TransitionKind::Other, "new"},
    };
    const auto stored = store.shots().replace(p.original.id, next);
    REQUIRE(stored.size() == 4);
    CHECK(stored == store.shots().list(p.original.id));
    CHECK(stored[0].id == old[0].id);
    CHECK(stored[0].transition == TransitionKind::Wipe);
    CHECK(stored[0].note == "renamed");
    CHECK(stored[3].id == old[2].id);
    CHECK(stored[1].id != old[1].id);
    CHECK(stored[1].filmId == p.original.id);

    // Metric values of kept shots survive; those of the removed shot are gone.
    const auto values = store.metrics().shotValues(p.original.id, p.luma.id);
    REQUIRE(values.size() == 2);
    CHECK(values[0].shotId == old[0].id);
    CHECK(values[1].shotId == old[2].id);
    // The annotation on the kept first shot keeps its link; the correspondence of the removed
    // shot is gone.
    CHECK(store.annotations().get(p.annotations[0].id)->shotId == old[0].id);
    CHECK_FALSE(store.correspondences().get(p.correspondence.id));

    // Removing all shots clears links but keeps annotations.
    store.shots().replace(p.original.id, {});
    CHECK(store.shots().list(p.original.id).empty());
    const auto annotation = store.annotations().get(p.annotations[0].id);
    REQUIRE(annotation);
    CHECK_FALSE(annotation->shotId);
    CHECK(annotation->startFrame == 0);
}

TEST_CASE("shot lists are validated before anything is written", "[store][shots]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto film = store.films().add(filmAt("/a.mkv"));
    using Shots = std::vector<model::Shot>;
    REQUIRE_THROWS_WITH(store.shots().replace(film.id, Shots{{0, 0, 5, 5, {}, ""}}),
                        Contains("invalid shot [5, 5)"));
    REQUIRE_THROWS_WITH(store.shots().replace(film.id, Shots{{0, 0, -1, 5, {}, ""}}),
                        Contains("invalid shot"));
    REQUIRE_THROWS_WITH(store.shots().replace(999, Shots{{0, 0, 0, 5, {}, ""}}),
                        Contains("no such film (id 999)"));
    // Adjacent and gapped shots are fine.
    CHECK(store.shots()
              .replace(film.id,
                       Shots{{0, 0, 0, 5, {}, ""}, {0, 0, 5, 6, {}, ""}, {0, 0, 10, 20, {}, ""}})
              .size() == 3);

    const auto shot = store.shots().list(film.id).front();
    store.shots().updateDetails(shot.id, TransitionKind::Dissolve, "soft");
    CHECK(store.shots().get(shot.id)->transition == TransitionKind::Dissolve);
    CHECK(store.shots().get(shot.id)->note == "soft");
    CHECK(store.shots().get(shot.id)->endFrame == 5);
}

TEST_CASE("shots: a note is rewritten on its own", "[store][shots]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);
    const auto shot = p.originalShots.at(1);
    store.shots().updateNote(shot.id, "**neon** sign, left");
    CHECK(store.shots().note(shot.id) == "**neon** sign, left");
    CHECK(store.shots().list(p.original.id).at(1).transition == shot.transition);
    REQUIRE_THROWS_AS(store.shots().updateNote(999999, "x"), StoreError);
    REQUIRE_THROWS_AS(store.shots().note(999999), StoreError);
}
