// Correspondences between films, and the per-film frame index.

#include "store_test_support.h"
#include "temp_dir.h"

#include "common/error.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

using namespace diptych;
using Catch::Matchers::Contains;

TEST_CASE("correspondences are unordered pairs of shots of two films", "[store][correspondences]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);
    auto& links = store.correspondences();

    REQUIRE_THROWS_WITH(
        links.add({0, p.originalShots[0].id, p.originalShots[1].id, std::nullopt, "", ""}),
        Contains("two different films"));
    REQUIRE_THROWS_WITH(
        links.add({0, p.remakeShots[2].id, p.originalShots[1].id, std::nullopt, "", ""}),
        Contains("UNIQUE")); // the reverse of the existing pair
    REQUIRE_THROWS_WITH(links.add({0, p.originalShots[0].id, p.remakeShots[0].id, 1.5, "", ""}),
                        Contains("CHECK"));

    // Stored reversed (remake first); listed oriented towards the requested films.
    const auto reversed =
        links.add({0, p.remakeShots[0].id, p.originalShots[0].id, std::nullopt, "", ""});
    const auto between = links.listBetween(p.original.id, p.remake.id);
    REQUIRE(between.size() == 2);
    CHECK(between[0].id == reversed.id);
    CHECK(between[0].shotA == p.originalShots[0].id);
    CHECK(between[0].shotB == p.remakeShots[0].id);
    CHECK(between[1] == p.correspondence);
    const auto other = links.listBetween(p.remake.id, p.original.id);
    REQUIRE(other.size() == 2);
    CHECK(other[0].shotA == p.remakeShots[0].id);
    CHECK(links.listForShot(p.originalShots[0].id).front().shotB == p.remakeShots[0].id);

    links.update(reversed.id, 0.5, "checked");
    CHECK(links.get(reversed.id)->confidence == 0.5);
    CHECK(links.get(reversed.id)->note == "checked");
    links.remove(reversed.id);
    CHECK(links.listBetween(p.original.id, p.remake.id) == std::vector{p.correspondence});
}

TEST_CASE("the frame index blob is saved, replaced and loaded byte-exact", "[store][frameindex]")
{
    test::TempDir dir;
    const auto file = dir / "p.diptych";
    std::vector<std::byte> big(3 * 1024 * 1024);
    for (std::size_t i = 0; i < big.size(); ++i)
        big[i] = static_cast<std::byte>((i * 131) & 0xff);
    model::FilmId filmId = 0;
    {
        auto store = store::ProjectStore::create(file);
        model::Film film;
        film.path = "/a.mkv";
        filmId = store.films().add(film).id;
        CHECK_FALSE(store.frameIndexes().load(filmId));
        store.frameIndexes().save(filmId, {1, {std::byte{1}}, false});
        store.frameIndexes().save(filmId, {2, big, true});
        REQUIRE_THROWS_WITH(store.frameIndexes().save(filmId + 1, {1, {}, false}),
                            Contains("FOREIGN KEY"));
    }
    {
        auto store = store::ProjectStore::open(file);
        const auto loaded = store.frameIndexes().load(filmId);
        REQUIRE(loaded);
        CHECK(loaded->formatVersion == 2);
        CHECK(loaded->verified);
        CHECK(loaded->data == big);
        store.frameIndexes().save(filmId, {3, {}, false}); // an empty blob is not NULL
        CHECK(store.frameIndexes().load(filmId)->data.empty());
        store.frameIndexes().remove(filmId);
        CHECK_FALSE(store.frameIndexes().load(filmId));
    }
}
