// Metric definitions, per-shot values and per-frame series.

#include "store_test_support.h"
#include "temp_dir.h"

#include "common/error.h"
#include "store/project_store.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

using namespace diptych;
using Catch::Matchers::Contains;

TEST_CASE("defining a metric twice updates it and keeps its values", "[store][metrics]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = test::populate(store);

    const auto again = store.metrics().define({0, "mean_luma", "nits", "new", R"({"v":2})"});
    CHECK(again.id == p.luma.id);
    CHECK(store.metrics().find("mean_luma") == again);
    CHECK(store.metrics().shotValues(p.original.id, p.luma.id).size() == 3);
    CHECK_FALSE(store.metrics().find("nothing"));

    // Overwrite one value, add another metric in the same batch.
    const auto cuts = store.metrics().define({0, "cut_confidence", "", "", ""});
    CHECK(cuts.parametersJson == "{}");
    store.metrics().putShotValues(std::vector<model::ShotMetricValue>{
        {p.originalShots[0].id, p.luma.id, 0.5}, {p.originalShots[0].id, cuts.id, 0.9}});
    const auto all = store.metrics().shotValues(p.original.id);
    REQUIRE(all.size() == 4);
    CHECK(all[0].metricId == std::min(p.luma.id, cuts.id)); // by shot, then metric id
    CHECK(store.metrics().shotValues(p.original.id, p.luma.id)[0].value == 0.5);

    store.metrics().remove(p.luma.id);
    CHECK(store.metrics().shotValues(p.original.id, p.luma.id).empty());
    CHECK_FALSE(store.metrics().series(p.original.id, p.luma.id));
    CHECK(store.metrics().list() == std::vector{cuts});
}

TEST_CASE("series are stored as float32 little-endian", "[store][metrics]")
{
    test::TempDir dir;
    const auto file = dir / "p.diptych";
    {
        auto store = store::ProjectStore::create(file);
        model::Film film;
        film.path = "/a.mkv";
        film = store.films().add(film);
        const auto metric = store.metrics().define({0, "m", "", "", "{}"});
        store.metrics().putSeries({film.id, metric.id, 0, 1, {1.0f, -2.0f}});
        // A second put replaces the first.
        store.metrics().putSeries({film.id, metric.id, 5, 3, {1.0f, -2.0f, 0.0f}});
        const auto series = store.metrics().series(film.id, metric.id);
        REQUIRE(series);
        CHECK(series->startFrame == 5);
        CHECK(series->frameOf(2) == 11);
        CHECK(series->values.size() == 3);

        store.metrics().putSeries({film.id, metric.id, 0, 1, {}}); // empty is valid
        CHECK(store.metrics().series(film.id, metric.id)->values.empty());
        REQUIRE_THROWS_AS(store.metrics().putSeries({film.id, metric.id, 0, 0, {1.0f}}),
                          StoreError); // step must be >= 1
        store.metrics().putSeries({film.id, metric.id, 0, 1, {1.0f, -2.0f}});
    }
    store::Database db(file, store::OpenMode::ExistingReadOnly);
    store::Statement query(db, "test", "SELECT hex(samples) FROM metric_series");
    REQUIRE(query.step());
    CHECK(query.text(0) == "0000803F000000C0"); // 1.0f, -2.0f
}
