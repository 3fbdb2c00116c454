// Tiers, annotations and regions.

#include "store_test_support.h"
#include "temp_dir.h"

#include "common/error.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace diptych;
using Catch::Matchers::Contains;

namespace {

model::Annotation annotationOn(model::TierId tier, model::CoderId coder, model::Frame start,
                               model::Frame end)
{
    model::Annotation a;
    a.tierId = tier;
    a.coderId = coder;
    a.startFrame = start;
    a.endFrame = end;
    return a;
}

} // namespace

TEST_CASE("tiers: unique names per film, ordered, updatable", "[store][annotations]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);

    auto second =
        store.tiers().add({0, p.original.id, "Notes", std::nullopt, model::TierKind::Text, 0});
    CHECK(store.tiers().list(p.original.id) == std::vector{second, p.tier}); // sort order
    REQUIRE_THROWS_WITH(
        store.tiers().add({0, p.original.id, "Notes", std::nullopt, model::TierKind::Text, 0}),
        Contains("UNIQUE"));
    CHECK_NOTHROW(
        store.tiers().add({0, p.remake.id, "Notes", std::nullopt, model::TierKind::Text, 0}));

    second.name = "Comments";
    second.kind = model::TierKind::Range;
    second.schemeId = p.scheme.id;
    second.sortOrder = 9;
    store.tiers().update(second);
    CHECK(store.tiers().get(second.id) == second);

    store.tiers().remove(p.tier.id);
    CHECK(store.annotations().listByFilm(p.original.id).empty());
}

TEST_CASE("annotations: foreign keys and rules are enforced", "[store][annotations]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);

    REQUIRE_THROWS_WITH(store.annotations().add(annotationOn(9999, p.coder.id, 0, 1)),
                        Contains("FOREIGN KEY"));
    REQUIRE_THROWS_WITH(store.annotations().add(annotationOn(p.tier.id, 9999, 0, 1)),
                        Contains("FOREIGN KEY"));
    REQUIRE_THROWS_WITH(store.annotations().add(annotationOn(p.tier.id, p.coder.id, 5, 5)),
                        Contains("CHECK"));
    auto onRemake = annotationOn(p.tier.id, p.coder.id, 0, 10);
    onRemake.shotId = p.remakeShots[0].id; // the tier belongs to the original
    REQUIRE_THROWS_WITH(store.annotations().add(onRemake), Contains("film of its tier"));
    auto badCode = annotationOn(p.tier.id, p.coder.id, 0, 10);
    badCode.codeId = 9999;
    REQUIRE_THROWS_WITH(store.annotations().add(badCode), Contains("FOREIGN KEY"));
    CHECK(store.annotations().listByTier(p.tier.id) == p.annotations);
}

TEST_CASE("annotations: update sets modifiedAt, lists by film, tier and range",
          "[store][annotations]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);

    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    auto changed = p.annotations[1];
    changed.value = "edited";
    changed.endFrame = 200;
    changed.createdAt = "ignored";
    const auto updated = store.annotations().update(changed);
    CHECK(updated.createdAt == p.annotations[1].createdAt);
    CHECK(updated.modifiedAt > p.annotations[1].modifiedAt);
    CHECK(store.annotations().get(changed.id) == updated);
    REQUIRE_THROWS_WITH(store.annotations().update(annotationOn(p.tier.id, p.coder.id, 0, 1)),
                        Contains("no such annotation"));
    auto moved = updated;
    moved.tierId =
        store.tiers().add({0, p.remake.id, "T", std::nullopt, model::TierKind::Range, 0}).id;
    REQUIRE_THROWS_WITH(store.annotations().update(moved), Contains("tier of another film"));

    const auto text =
        store.tiers().add({0, p.original.id, "Text", std::nullopt, model::TierKind::Text, -1});
    const auto first = store.annotations().add(annotationOn(text.id, p.coder.id, 500, 501));
    const auto byFilm = store.annotations().listByFilm(p.original.id);
    REQUIRE(byFilm.size() == 3);
    CHECK(byFilm[0] == first); // tier sort order -1 comes first
    CHECK(store.annotations().listByFilm(p.remake.id).empty());

    // [0,100) and [120,200) against a window [100, 121): only the second overlaps.
    const auto window = store.annotations().listOverlapping(p.tier.id, 100, 121);
    REQUIRE(window.size() == 1);
    CHECK(window[0].id == changed.id);
    CHECK(store.annotations().listOverlapping(p.tier.id, 99, 100).size() == 1);

    store.annotations().remove(first.id);
    CHECK_FALSE(store.annotations().get(first.id));
    REQUIRE_THROWS_AS(store.annotations().remove(first.id), StoreError);
}

TEST_CASE("regions: shapes are validated, points round-trip exactly", "[store][regions]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);

    model::Region rect;
    rect.filmId = p.original.id;
    rect.coderId = p.coder.id;
    rect.startFrame = 0;
    rect.endFrame = 1;
    rect.shape = model::RegionShape::Rect;
    rect.points = {{0.1, 0.2}, {1.0 / 3.0, 1.0}};
    const auto stored = store.regions().add(rect);
    CHECK(store.regions().get(stored.id) == stored);

    auto bad = rect;
    bad.points = {{0.1, 0.2}};
    REQUIRE_THROWS_WITH(store.regions().add(bad), Contains("rectangle needs 2 points"));
    bad.points = {{0.1, 0.2}, {1.5, 0}};
    REQUIRE_THROWS_WITH(store.regions().add(bad), Contains("within 0..1"));
    bad.points = {{0, 0}, {1, 1}};
    bad.shape = model::RegionShape::Polygon;
    REQUIRE_THROWS_WITH(store.regions().add(bad), Contains("polygon needs at least 3"));
    bad = rect;
    bad.annotationId = store.annotations()
                           .add(annotationOn(store.tiers()
                                                 .add({0, p.remake.id, "T", std::nullopt,
                                                       model::TierKind::Range, 0})
                                                 .id,
                                             p.coder.id, 0, 1))
                           .id;
    REQUIRE_THROWS_WITH(store.regions().add(bad), Contains("same film"));

    auto moved = stored;
    moved.points = {{0, 0}, {0.5, 0}, {0.5, 0.5}, {0, 0.5}};
    moved.shape = model::RegionShape::Polygon;
    moved.filmId = p.remake.id; // ignored: a region stays on its film
    const auto updated = store.regions().update(moved);
    CHECK(updated.filmId == p.original.id);
    CHECK(store.regions().get(stored.id) == updated);

    CHECK(store.regions().listByAnnotation(p.annotations[0].id) == std::vector{p.region});
    store.annotations().remove(p.annotations[0].id);
    CHECK_FALSE(store.regions().get(p.region.id)->annotationId); // kept, link cleared

    store.regions().remove(stored.id);
    CHECK(store.regions().listByFilm(p.original.id).size() == 1);
}

TEST_CASE("annotations and regions: restore puts a removed row back exactly",
          "[store][annotations][regions]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);

    const auto removed = p.annotations[0];
    store.annotations().remove(removed.id);
    store.annotations().restore(removed);
    CHECK(store.annotations().get(removed.id) == removed); // same id and timestamps
    REQUIRE_THROWS_WITH(store.annotations().restore(removed), Contains("UNIQUE"));
    auto orphan = removed;
    orphan.id += 1000;
    orphan.tierId = 9999;
    orphan.shotId.reset();
    REQUIRE_THROWS_WITH(store.annotations().restore(orphan), Contains("FOREIGN KEY"));

    model::Region region;
    region.filmId = p.original.id;
    region.coderId = p.coder.id;
    region.annotationId = removed.id;
    region.startFrame = 3;
    region.endFrame = 9;
    region.points = {{0.1, 0.1}, {0.4, 0.5}};
    const auto stored = store.regions().add(region);
    store.regions().remove(stored.id);
    store.regions().restore(stored);
    CHECK(store.regions().get(stored.id) == stored);
    auto bad = stored;
    bad.id += 1000;
    bad.points = {{0.1, 0.1}};
    REQUIRE_THROWS_WITH(store.regions().restore(bad), Contains("rectangle needs 2 points"));
    CHECK_FALSE(store.regions().get(bad.id));
}

TEST_CASE("tiers and codes: restore puts a removed one back with its id", "[store][annotations]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);

    store.tiers().remove(p.tier.id);
    CHECK_FALSE(store.tiers().get(p.tier.id));
    store.tiers().restore(p.tier);
    CHECK(store.tiers().get(p.tier.id) == p.tier);
    REQUIRE_THROWS_WITH(store.tiers().restore(p.tier), Contains("UNIQUE"));

    const auto leaf = p.codes.back();
    store.schemes().removeCode(leaf.id);
    CHECK_FALSE(store.schemes().code(leaf.id));
    store.schemes().restoreCode(leaf);
    CHECK(store.schemes().code(leaf.id) == leaf);
    CHECK(store.schemes().codes(p.scheme.id) == p.codes);
}
