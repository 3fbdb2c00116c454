// Coders, coding schemes and code trees.

#include "store_test_support.h"
#include "temp_dir.h"

#include "common/error.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

using namespace diptych;
using Catch::Matchers::Contains;

namespace {

model::Code code(model::SchemeId scheme, std::optional<model::CodeId> parent, std::string label,
                 int sortOrder = 0)
{
    model::Code c;
    c.schemeId = scheme;
    c.parentId = parent;
    c.label = std::move(label);
    c.sortOrder = sortOrder;
    return c;
}

std::vector<std::string> labels(const std::vector<model::Code>& codes)
{
    std::vector<std::string> result;
    for (const auto& c : codes)
        result.push_back(c.label);
    return result;
}

} // namespace

TEST_CASE("coders: unique names; a coder with work cannot be removed", "[store][coding]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);

    auto bea = store.coders().add({0, "Bea", ""});
    REQUIRE_THROWS_WITH(store.coders().add({0, "Bea", ""}), Contains("UNIQUE"));
    REQUIRE_THROWS_AS(store.coders().add({0, "", ""}), StoreError);
    bea.note = "second coder";
    store.coders().update(bea);
    CHECK(store.coders().get(bea.id) == bea);
    CHECK(store.coders().list() == std::vector{p.coder, bea}); // by name: Ada, Bea

    REQUIRE_THROWS_WITH(store.coders().remove(p.coder.id),
                        Contains("still has 3 annotations or regions"));
    CHECK(store.coders().get(p.coder.id));
    store.coders().remove(bea.id);
    CHECK_FALSE(store.coders().get(bea.id));
}

TEST_CASE("codes form a tree listed depth-first", "[store][coding]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto scheme = store.schemes().add({0, "Shot scale", ""}).id;
    auto& schemes = store.schemes();
    const auto close = schemes.addCode(code(scheme, std::nullopt, "Close", 1));
    const auto wide = schemes.addCode(code(scheme, std::nullopt, "Wide", 0));
    const auto extreme = schemes.addCode(code(scheme, wide.id, "Extreme wide", 0));
    schemes.addCode(code(scheme, close.id, "Extreme close-up", 5));
    schemes.addCode(code(scheme, close.id, "Medium close-up", 5)); // same order: by label
    schemes.addCode(code(scheme, extreme.id, "Establishing", 0));

    CHECK(labels(schemes.codes(scheme)) ==
          std::vector<std::string>{"Wide", "Extreme wide", "Establishing", "Close",
                                   "Extreme close-up", "Medium close-up"});

    SECTION("labels are unique among siblings only")
    {
        REQUIRE_THROWS_WITH(schemes.addCode(code(scheme, std::nullopt, "Wide")),
                            Contains("UNIQUE"));
        REQUIRE_THROWS_WITH(schemes.addCode(code(scheme, close.id, "Medium close-up")),
                            Contains("UNIQUE"));
        CHECK_NOTHROW(schemes.addCode(code(scheme, wide.id, "Close")));
    }
    SECTION("a parent must be in the same scheme and exist")
    {
        const auto other = store.schemes().add({0, "Other", ""}).id;
        REQUIRE_THROWS_WITH(schemes.addCode(code(other, wide.id, "X")),
                            Contains("same coding scheme"));
        REQUIRE_THROWS_AS(schemes.addCode(code(scheme, 9999, "X")), StoreError);
    }
    SECTION("moving a code under its own subtree is refused")
    {
        auto moved = wide;
        moved.parentId = extreme.id;
        REQUIRE_THROWS_WITH(schemes.updateCode(moved), Contains("under itself"));
        moved.parentId = wide.id;
        REQUIRE_THROWS_WITH(schemes.updateCode(moved), Contains("under itself"));
        moved.parentId = close.id;
        schemes.updateCode(moved);
        CHECK(labels(schemes.codes(scheme)).front() == "Close");
    }
    SECTION("retiring keeps a code; removing takes its subtree")
    {
        auto retired = close;
        retired.retired = true;
        retired.color = "#123456";
        schemes.updateCode(retired);
        CHECK(schemes.code(close.id) == retired);

        schemes.removeCode(wide.id);
        CHECK(labels(schemes.codes(scheme)) ==
              std::vector<std::string>{"Close", "Extreme close-up", "Medium close-up"});
    }
}

TEST_CASE("removing a scheme or code clears references but keeps the annotations",
          "[store][coding]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);

    store.schemes().removeCode(p.codes[0].id); // the parent: its children go too
    CHECK(store.schemes().codes(p.scheme.id).empty());
    const auto annotation = store.annotations().get(p.annotations[0].id);
    REQUIRE(annotation);
    CHECK_FALSE(annotation->codeId);
    CHECK_FALSE(store.regions().get(p.region.id)->codeId);

    store.schemes().remove(p.scheme.id);
    CHECK(store.schemes().list().empty());
    CHECK_FALSE(store.tiers().get(p.tier.id)->schemeId);
    CHECK(store.annotations().listByTier(p.tier.id).size() == 2);

    auto renamed = store.schemes().add({0, "A", ""});
    renamed.name = "B";
    store.schemes().update(renamed);
    CHECK(store.schemes().get(renamed.id) == renamed);
}

TEST_CASE("codes: merging recodes annotations and regions and moves the children",
          "[store][coding]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);
    const auto& movement = p.codes[0];
    const auto& tilt = p.codes[1];
    const auto& pan = p.codes[2];
    const auto zoom = store.schemes().addCode(code(p.scheme.id, pan.id, "Zoom"));

    // Pan (with the annotation and its child Zoom) into Tilt (with the region).
    store.schemes().mergeCode(pan.id, tilt.id);
    CHECK_FALSE(store.schemes().code(pan.id).has_value());
    const auto annotation = store.annotations().get(p.annotations[0].id);
    REQUIRE(annotation.has_value());
    CHECK(annotation->codeId == tilt.id);
    CHECK(annotation->modifiedAt >= p.annotations[0].modifiedAt);
    CHECK(store.regions().get(p.region.id)->codeId == tilt.id);
    CHECK(store.schemes().code(zoom.id)->parentId == tilt.id);
    CHECK(labels(store.schemes().codes(p.scheme.id)) ==
          std::vector<std::string>{"Movement", "Tilt", "Zoom"});

    // Into its own sub-code: refused, nothing changes.
    REQUIRE_THROWS_WITH(store.schemes().mergeCode(movement.id, zoom.id), Contains("sub-codes"));
    CHECK(store.schemes().codes(p.scheme.id).size() == 3);
}

TEST_CASE("codes: a merge whose children clash changes nothing", "[store][coding]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);
    const auto& tilt = p.codes[1];
    const auto& pan = p.codes[2];
    store.schemes().addCode(code(p.scheme.id, pan.id, "Fast"));
    store.schemes().addCode(code(p.scheme.id, tilt.id, "Fast"));
    const auto before = store.schemes().codes(p.scheme.id);
    REQUIRE_THROWS_WITH(store.schemes().mergeCode(pan.id, tilt.id), Contains("merge those first"));
    CHECK(store.schemes().codes(p.scheme.id) == before);
    CHECK(store.annotations().get(p.annotations[0].id)->codeId == pan.id);

    const auto other = store.schemes().add({0, "Other", ""});
    const auto elsewhere = store.schemes().addCode(code(other.id, std::nullopt, "Elsewhere"));
    REQUIRE_THROWS_WITH(store.schemes().mergeCode(pan.id, elsewhere.id),
                        Contains("different coding schemes"));
}
