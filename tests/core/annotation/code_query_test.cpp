// Coded shots against metrics: counts, descriptive statistics and the B − A difference,
// checked against values worked out by hand.

#include "code_test_support.h"
#include "temp_dir.h"

#include "annotation/code_import.h"
#include "annotation/code_query.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace diptych;
using Catch::Matchers::Contains;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Close-up: original shots 0, 1 (twice: Ada and Bea), 2 (no luma), 4; remake shots 1 and 3.
// Movement/Pan: original shot 3. Lens/Pan (another code labelled Pan): remake shot 0.
constexpr const char* kCodes = "film,shot,coder,code\n"
                               "original.mkv,0,Ada,Close-up\n"
                               "original.mkv,1,Ada,Close-up\n"
                               "original.mkv,1,Bea,Close-up\n"
                               "original.mkv,2,Ada,Close-up\n"
                               "original.mkv,4,Ada,Close-up\n"
                               "remake.mp4,1,Bea,Close-up\n"
                               "remake.mp4,3,Bea,Close-up\n"
                               "original.mkv,3,Ada,Movement/Pan\n"
                               "remake.mp4,0,Ada,Lens/Pan\n";

} // namespace

TEST_CASE("annotation query: statistics of a metric over the shots coded with a code", "[codes]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    test::addTwoFilms(store);
    test::writeText(dir / "codes.csv", kCodes);
    annotation::importShotCodes(store, dir / "codes.csv");

    annotation::CodeQuery query;
    query.codes = {"Close-up"};
    query.metrics = {"mean_luma"};
    auto result = annotation::queryCodes(store, query);
    REQUIRE(result.compared); // the project has two films
    REQUIRE(result.rows.size() == 1);
    const auto& row = result.rows[0];
    CHECK(row.code == "Close-up");
    CHECK(row.metric == "mean_luma");
    REQUIRE(row.films.size() == 2);

    // Original: shots 0, 1, 2, 4 coded; shot 2 has no value, so the values are 0.1, 0.4, 0.9.
    const auto& a = row.films[0];
    CHECK(a.film.path == "/films/original.mkv");
    CHECK(a.codedShots == 4);
    CHECK(a.summary.count == 3);
    CHECK(a.summary.missing == 1);
    const double meanA = (0.1 + 0.4 + 0.9) / 3;
    CHECK(a.summary.mean == Approx(meanA));
    CHECK(a.summary.median == Approx(0.4));
    const double varianceA =
        (std::pow(0.1 - meanA, 2) + std::pow(0.4 - meanA, 2) + std::pow(0.9 - meanA, 2)) / 2;
    CHECK(a.summary.standardDeviation == Approx(std::sqrt(varianceA)));
    // Type-7 quartiles of 3 values sit half-way between the order statistics.
    CHECK(a.summary.q25 == Approx(0.25));
    CHECK(a.summary.q75 == Approx(0.65));
    CHECK(a.summary.interquartileRange == Approx(0.4));

    // Remake: shots 1 and 3, values 0.6 and 0.8.
    const auto& b = row.films[1];
    CHECK(b.film.path == "/films/remake.mp4");
    CHECK(b.codedShots == 2);
    CHECK(b.summary.count == 2);
    CHECK(b.summary.missing == 0);
    CHECK(b.summary.mean == Approx(0.7));
    CHECK(b.summary.median == Approx(0.7));
    CHECK(b.summary.standardDeviation == Approx(std::sqrt(0.02)));
    CHECK(b.summary.q25 == Approx(0.65));
    CHECK(b.summary.q75 == Approx(0.75));
    CHECK(b.summary.interquartileRange == Approx(0.1));

    REQUIRE(row.meanDifference);
    CHECK(*row.meanDifference == Approx(0.7 - meanA));
    CHECK(*row.medianDifference == Approx(0.7 - 0.4));

    SECTION("one coder's annotations only")
    {
        query.coder = "Bea";
        result = annotation::queryCodes(store, query);
        CHECK(result.rows[0].films[0].codedShots == 1);
        CHECK(result.rows[0].films[0].summary.mean == Approx(0.4));
        CHECK(std::isnan(result.rows[0].films[0].summary.standardDeviation));
        CHECK(result.rows[0].films[1].codedShots == 2);
        CHECK(*result.rows[0].meanDifference == Approx(0.7 - 0.4));
    }
    SECTION("films chosen as A and B, in that order")
    {
        const auto films = store.films().list();
        query.filmA = films[1].id;
        query.filmB = films[0].id;
        result = annotation::queryCodes(store, query);
        CHECK(result.rows[0].films[0].film.id == films[1].id);
        CHECK(*result.rows[0].meanDifference == Approx(meanA - 0.7));
    }
    SECTION("a label matches every code of that name; a path only its own")
    {
        query.codes = {"Pan", "Movement/Pan", "Movement"};
        result = annotation::queryCodes(store, query);
        REQUIRE(result.rows.size() == 3);
        CHECK(result.rows[0].films[0].codedShots == 1); // Movement/Pan on shot 3
        CHECK(result.rows[0].films[1].codedShots == 1); // Lens/Pan on shot 0
        CHECK(result.rows[0].films[1].summary.mean == Approx(0.2));
        CHECK(result.rows[1].films[0].codedShots == 1);
        CHECK(result.rows[1].films[1].codedShots == 0);
        CHECK(std::isnan(result.rows[1].films[1].summary.mean));
        CHECK(std::isnan(*result.rows[1].meanDifference));
        // Sub-codes are not counted for their parent.
        CHECK(result.rows[2].films[0].codedShots == 0);
    }
    SECTION("unknown names are errors")
    {
        query.codes = {"Nothing"};
        CHECK_THROWS_WITH(annotation::queryCodes(store, query), Contains("no code 'Nothing'"));
        query.codes = {"Close-up"};
        query.metrics = {"warmth_of_heart"};
        CHECK_THROWS_AS(annotation::queryCodes(store, query), annotation::QueryError);
        query.metrics = {"mean_luma"};
        query.coder = "Nobody";
        CHECK_THROWS_WITH(annotation::queryCodes(store, query), Contains("no coder 'Nobody'"));
    }
}

TEST_CASE("annotation query: summarize() on edge cases", "[codes]")
{
    const auto empty = annotation::summarize(std::vector<double>{kNaN, kNaN});
    CHECK(empty.count == 0);
    CHECK(empty.missing == 2);
    CHECK(std::isnan(empty.mean));
    CHECK(std::isnan(empty.median));

    const auto one = annotation::summarize(std::vector<double>{2.5});
    CHECK(one.mean == 2.5);
    CHECK(one.median == 2.5);
    CHECK(one.q25 == 2.5);
    CHECK(one.interquartileRange == 0);
    CHECK(std::isnan(one.standardDeviation));

    // 1..8: median 4.5; type-7 quartiles at positions 1.75 and 5.25 → 2.75 and 6.25.
    const auto eight = annotation::summarize(std::vector<double>{8, 1, 7, 2, 6, 3, 5, 4});
    CHECK(eight.median == 4.5);
    CHECK(eight.q25 == Approx(2.75));
    CHECK(eight.q75 == Approx(6.25));
    CHECK(eight.standardDeviation == Approx(std::sqrt(6.0)));
}
