#include "exchange_fixture.h"

#include "common/error.h"
#include "exchange/project_snapshot.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>

using namespace diptych;

TEST_CASE("a snapshot holds every film's content, codes in tree order", "[exchange]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    const auto p = test::addAnnotatedProject(store);

    const auto snapshot = exchange::takeSnapshot(store);
    CHECK(snapshot.projectName == "study");
    REQUIRE(snapshot.films.size() == 2);
    const auto* original = snapshot.film(p.original);
    REQUIRE(original);
    CHECK(original->shots.size() == 5);
    CHECK(original->tiers.size() == 3);
    CHECK(original->annotations.size() == 7);
    CHECK(original->regions.size() == 1);
    CHECK(snapshot.correspondences.size() == 2);
    CHECK(snapshot.codePath(p.tealOrange) == "Color & light/Teal, orange");
    CHECK(snapshot.codePath(p.composition) == "构图 Composition");
    CHECK(snapshot.codePath(9999).empty());
    const auto codes = snapshot.codesOfScheme(p.scheme);
    REQUIRE(codes.size() == 6);
    CHECK(codes[0]->id == p.color);
    CHECK(codes[1]->id == p.tealOrange);
    CHECK(snapshot.numericShotMetrics().size() == 1);
    CHECK(snapshot.textShotMetrics().size() == 1);
    CHECK(original->shotIndex(original->shots[3].id) == 3u);
}

TEST_CASE("a snapshot of one film leaves the others and the correspondences out", "[exchange]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    const auto p = test::addAnnotatedProject(store);
    const auto snapshot = exchange::takeSnapshot(store, p.remake);
    REQUIRE(snapshot.films.size() == 1);
    CHECK(snapshot.films[0].film.id == p.remake);
    CHECK(snapshot.correspondences.empty());
    CHECK_THROWS_AS(exchange::takeSnapshot(store, 4242), InputError);
}
