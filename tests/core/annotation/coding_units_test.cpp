// From annotations in a real project file to reliability data.

#include "temp_dir.h"

#include "annotation/coding_units.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

using namespace diptych;
using annotation::Rating;

namespace {

// Five shots of ten frames: [0,10) [10,20) [20,30) [30,40) [40,50); middles 5, 15, ..., 45.
struct CodedProject
{
    model::Film film;
    std::vector<model::Shot> shots;
    model::Coder ada, ben, cy;
    model::Code teal, natural, centered, otherCentered;
    model::Tier look, second, notes;
};

model::Annotation coded(const model::Tier& tier, const model::Coder& coder,
                        std::optional<model::ShotId> shot, model::Frame start, model::Frame end,
                        std::optional<model::CodeId> code)
{
    return {0, tier.id, coder.id, shot, start, end, code, "", "", "", ""};
}

CodedProject populate(store::ProjectStore& store)
{
    CodedProject p;
    model::Film film;
    film.path = "/films/original.mkv";
    p.film = store.films().add(film);
    std::vector<model::Shot> shots;
    for (model::Frame start = 0; start < 50; start += 10)
        shots.push_back({0, 0, start, start + 10, model::TransitionKind::Cut, ""});
    p.shots = store.shots().replace(p.film.id, shots);

    p.cy = store.coders().add({0, "Cy", ""}); // added first: columns are by name, not by id
    p.ben = store.coders().add({0, "Ben", ""});
    p.ada = store.coders().add({0, "Ada", ""});

    const auto style = store.schemes().add({0, "Style", ""});
    const auto color =
        store.schemes().addCode({0, style.id, std::nullopt, "Color & light", "", "", "", 0, false});
    p.teal = store.schemes().addCode({0, style.id, color.id, "Teal–orange", "", "", "", 0, false});
    p.natural = store.schemes().addCode({0, style.id, color.id, "Natural", "", "", "", 1, false});
    const auto framing =
        store.schemes().addCode({0, style.id, std::nullopt, "Framing", "", "", "", 1, false});
    p.centered =
        store.schemes().addCode({0, style.id, framing.id, "Centered", "", "", "", 0, false});
    // A second scheme with the same path "Framing/Centered": a different code.
    const auto other = store.schemes().add({0, "Other", ""});
    const auto otherFraming =
        store.schemes().addCode({0, other.id, std::nullopt, "Framing", "", "", "", 0, false});
    p.otherCentered =
        store.schemes().addCode({0, other.id, otherFraming.id, "Centered", "", "", "", 0, false});

    p.look = store.tiers().add({0, p.film.id, "Look", style.id, model::TierKind::Shot, 0});
    p.second = store.tiers().add({0, p.film.id, "Second", other.id, model::TierKind::Range, 1});
    p.notes = store.tiers().add({0, p.film.id, "Notes", std::nullopt, model::TierKind::Text, 2});

    auto& a = store.annotations();
    const auto& s = p.shots;
    // Ada: teal, natural, teal + centered, nothing, and teal by a range holding shot 4's
    // middle (45) but not shot 3's (35).
    a.add(coded(p.look, p.ada, s[0].id, 0, 10, p.teal.id));
    a.add(coded(p.look, p.ada, s[1].id, 10, 20, p.natural.id));
    a.add(coded(p.look, p.ada, s[2].id, 20, 30, p.teal.id));
    a.add(coded(p.look, p.ada, s[2].id, 20, 30, p.centered.id));
    a.add(coded(p.look, p.ada, std::nullopt, 38, 50, p.teal.id));
    // Ben: teal, teal, centered + teal (the same set as Ada), natural, and only free text on
    // shot 4, which leaves it uncoded.
    a.add(coded(p.look, p.ben, s[0].id, 0, 10, p.teal.id));
    a.add(coded(p.look, p.ben, s[1].id, 10, 20, p.teal.id));
    a.add(coded(p.look, p.ben, s[2].id, 20, 30, p.centered.id));
    a.add(coded(p.look, p.ben, s[2].id, 20, 30, p.teal.id));
    a.add(coded(p.look, p.ben, s[3].id, 30, 40, p.natural.id));
    a.add(coded(p.look, p.ben, s[4].id, 40, 50, std::nullopt));
    // Cy: a free-text note (ignored) and, in tier Second, one range over shots 1 and 2.
    a.add(coded(p.notes, p.cy, std::nullopt, 0, 50, std::nullopt));
    a.add(coded(p.second, p.cy, std::nullopt, 12, 27, p.otherCentered.id));
    return p;
}

} // namespace

TEST_CASE("coding units: one tier gives shots × coders with code sets", "[agreement]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = populate(store);

    const auto coding = annotation::buildFilmCoding(store, p.film.id, "Look");
    CHECK(coding.filmId == p.film.id);
    REQUIRE(coding.shots.size() == 5);
    for (std::size_t u = 0; u < 5; ++u)
        CHECK(coding.shots[u] == p.shots[u].id);
    CHECK(coding.matrix.coders == std::vector<std::string>{"Ada", "Ben"});
    const std::string teal = "Color & light/Teal–orange";
    const std::string natural = "Color & light/Natural";
    const std::string both = teal + " + Framing/Centered";
    const std::vector<std::vector<Rating>> expected = {
        {teal, teal}, {natural, teal}, {both, both}, {std::nullopt, natural}, {teal, std::nullopt},
    };
    CHECK(coding.matrix.units == expected);
    CHECK(coding.codedUnits() == 5);

    REQUIRE(coding.perCode.size() == 3);
    CHECK(coding.perCode[0].code == natural);
    CHECK(coding.perCode[1].code == teal);
    CHECK(coding.perCode[2].code == "Framing/Centered");
    const std::vector<std::vector<Rating>> tealMatrix = {
        {"1", "1"}, {"0", "1"}, {"1", "1"}, {std::nullopt, "0"}, {"1", std::nullopt}};
    CHECK(coding.perCode[1].matrix.units == tealMatrix);
    CHECK(coding.perCode[1].matrix.coders == coding.matrix.coders);

    const auto report = annotation::summarizeAgreement(coding);
    CHECK(report.codedUnits == 5);
    CHECK(report.krippendorffAlpha == annotation::krippendorffAlpha(coding.matrix));
    CHECK(report.krippendorffAlpha.units == 3);
    CHECK(report.fleissKappa.units == 3);
    REQUIRE(report.pairwise.size() == 1);
    CHECK(report.pairwise[0].cohenKappa == annotation::cohenKappa(coding.matrix, 0, 1));
    REQUIRE(report.perCode.size() == 3);
    CHECK(report.perCode[1].krippendorffAlpha ==
          annotation::krippendorffAlpha(coding.perCode[1].matrix));
}

TEST_CASE("coding units: every tier, and codes that share a path across schemes", "[agreement]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = populate(store);

    const auto coding = annotation::buildFilmCoding(store, p.film.id);
    CHECK(coding.matrix.coders == std::vector<std::string>{"Ada", "Ben", "Cy"});
    const std::string teal = "Color & light/Teal–orange";
    const std::string both = teal + " + Style: Framing/Centered";
    const Rating cy = "Other: Framing/Centered";
    REQUIRE(coding.matrix.units.size() == 5);
    CHECK(coding.matrix.units[0] == std::vector<Rating>{teal, teal, std::nullopt});
    CHECK(coding.matrix.units[1][2] == cy);
    CHECK(coding.matrix.units[2] == std::vector<Rating>{both, both, cy});
    CHECK_FALSE(coding.matrix.units[3][2]);
    CHECK(coding.perCode.size() == 4);

    // Only free text in a tier: nobody coded anything there.
    const auto notes = annotation::buildFilmCoding(store, p.film.id, "Notes");
    CHECK(notes.matrix.coders.empty());
    CHECK(notes.matrix.units.size() == 5);
    CHECK(notes.codedUnits() == 0);
    CHECK(notes.perCode.empty());
}

TEST_CASE("coding units: an unknown tier or film throws", "[agreement]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto p = populate(store);
    REQUIRE_THROWS_AS(annotation::buildFilmCoding(store, p.film.id, "Colour"),
                      annotation::AgreementError);
    REQUIRE_THROWS_WITH(annotation::buildFilmCoding(store, p.film.id, "Colour"),
                        Catch::Contains("no tier \"Colour\"") &&
                            Catch::Contains("/films/original.mkv"));
    REQUIRE_THROWS_AS(annotation::buildFilmCoding(store, p.film.id + 100),
                      annotation::AgreementError);
}
