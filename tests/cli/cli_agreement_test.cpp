// diptych-cli agreement: the JSON and CSV contracts, checked against the core computation,
// and one-line errors for bad projects, films, tiers and too few coders.
#include "cli_runner.h"
#include "temp_dir.h"

#include "annotation/coding_units.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

using namespace diptych;
using test::linesOf;
using test::runCli;

namespace {

// One film, six shots; tier "Camera" coded by Ada, Ben and Cy (shot 5 by nobody), tier "Solo"
// coded by Ada alone.
model::FilmId populate(const std::filesystem::path& path)
{
    auto store = store::ProjectStore::create(path);
    model::Film film;
    film.path = "/films/a.mkv";
    film = store.films().add(film);
    std::vector<model::Shot> shots;
    for (model::Frame start = 0; start < 60; start += 10)
        shots.push_back({0, 0, start, start + 10, model::TransitionKind::Cut, ""});
    shots = store.shots().replace(film.id, shots);

    const auto scheme = store.schemes().add({0, "Camera", ""});
    std::map<char, model::CodeId> codes;
    int order = 0;
    for (const auto& [key, label] : {std::pair{'P', "Pan"}, {'T', "Tilt"}, {'S', "Static"}})
        codes[key] = store.schemes()
                         .addCode({0, scheme.id, std::nullopt, label, "", "", "", order++, false})
                         .id;
    const auto camera =
        store.tiers().add({0, film.id, "Camera", scheme.id, model::TierKind::Shot, 0});
    const auto solo = store.tiers().add({0, film.id, "Solo", scheme.id, model::TierKind::Shot, 1});

    // One letter per shot, '.' = not coded.
    auto code = [&](const model::Tier& tier, const std::string& coderName, std::string letters) {
        const auto coder = store.coders().add({0, coderName, ""});
        for (std::size_t u = 0; u < letters.size(); ++u)
            if (letters[u] != '.')
                store.annotations().add({0, tier.id, coder.id, shots[u].id, shots[u].startFrame,
                                         shots[u].endFrame, codes.at(letters[u]), "", "", "", ""});
        return coder;
    };
    const auto ada = code(camera, "Ada", "PPTSS.");
    code(camera, "Ben", "PTTSP.");
    code(camera, "Cy", "PPT.S.");
    store.annotations().add({0, solo.id, ada.id, shots[0].id, 0, 10, codes['P'], "", "", "", ""});
    return film.id;
}

void checkOneErrorLine(const test::CliRun& run, const std::string& needle)
{
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    const auto lines = linesOf(run.err);
    REQUIRE(lines.size() == 1);
    CHECK_THAT(lines[0], Catch::StartsWith("error: ") && Catch::Contains(needle));
}

void checkStatistic(const nlohmann::json& value, const annotation::Statistic& expected)
{
    if (expected.value)
        CHECK(value.get<double>() == Approx(*expected.value).epsilon(1e-12));
    else
        CHECK(value.is_null());
}

} // namespace

TEST_CASE("cli agreement: JSON has the documented keys and the core's values", "[cli][agreement]")
{
    test::TempDir dir;
    const auto project = dir / "p.diptych";
    const auto filmId = populate(project);

    const auto run = runCli({"agreement", "--project", project.string(), "--format", "json"});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json.is_object());
    std::vector<std::string> keys;
    const auto ordered = nlohmann::ordered_json::parse(run.out); // keeps the printed key order
    for (const auto& item : ordered.items())
        keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"units", "coders", "krippendorff_alpha", "fleiss_kappa",
                                           "pairwise", "per_code"});

    const auto store = store::ProjectStore::openReadOnly(project);
    const auto report =
        annotation::summarizeAgreement(annotation::buildFilmCoding(store, filmId, ""));
    CHECK(json.at("units") == 5); // shot 5 was coded by nobody
    CHECK(json.at("coders") == nlohmann::json({"Ada", "Ben", "Cy"}));
    checkStatistic(json.at("krippendorff_alpha"), report.krippendorffAlpha);
    checkStatistic(json.at("fleiss_kappa"), report.fleissKappa);
    REQUIRE(json.at("krippendorff_alpha").is_number());
    REQUIRE(json.at("fleiss_kappa").is_number());

    const auto& pairwise = json.at("pairwise");
    REQUIRE(pairwise.size() == 3);
    for (std::size_t i = 0; i < pairwise.size(); ++i) {
        const auto& expected = report.pairwise[i];
        CHECK(pairwise[i].at("coders") ==
              nlohmann::json({report.coders[expected.a], report.coders[expected.b]}));
        checkStatistic(pairwise[i].at("cohen_kappa"), expected.cohenKappa);
        CHECK(pairwise[i].at("units") == expected.cohenKappa.units);
    }
    // Ada and Cy agree on the four shots both coded: kappa 1 by hand.
    CHECK(pairwise[1].at("coders") == nlohmann::json({"Ada", "Cy"}));
    CHECK(pairwise[1].at("cohen_kappa") == 1.0);
    CHECK(pairwise[1].at("units") == 4);

    const auto& perCode = json.at("per_code");
    REQUIRE(perCode.size() == 3);
    for (std::size_t i = 0; i < perCode.size(); ++i) {
        CHECK(perCode[i].at("code") == report.perCode[i].code);
        checkStatistic(perCode[i].at("krippendorff_alpha"), report.perCode[i].krippendorffAlpha);
    }
    CHECK(perCode[0].at("code") == "Pan");
}

TEST_CASE("cli agreement: CSV is one row per statistic", "[cli][agreement]")
{
    test::TempDir dir;
    const auto project = dir / "p.diptych";
    populate(project);
    const auto run = runCli({"agreement", "--project", project.string(), "--film", "/films/a.mkv",
                             "--tier", "Camera", "--format", "csv"});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const auto lines = linesOf(run.out);
    REQUIRE(lines.size() == 1 + 3 + 3 + 3); // header, overall, 3 pairs, 3 codes
    CHECK(lines[0] == "statistic,coders,code,value,units");
    CHECK(lines[1] == "coded_units,Ada;Ben;Cy,,,5");
    CHECK_THAT(lines[2], Catch::StartsWith("krippendorff_alpha,Ada;Ben;Cy,,0."));
    CHECK_THAT(lines[5], Catch::StartsWith("cohen_kappa,Ada;Cy,,1,4"));
    CHECK_THAT(lines[7], Catch::StartsWith("krippendorff_alpha,Ada;Ben;Cy,Pan,"));
}

TEST_CASE("cli agreement: bad input is exit 1 and one error line", "[cli][agreement][bad]")
{
    test::TempDir dir;
    const auto project = dir / "p.diptych";
    populate(project);
    const auto p = project.string();

    checkOneErrorLine(runCli({"agreement", "--project", p, "--film", "/films/none.mkv"}),
                      "no film /films/none.mkv");
    checkOneErrorLine(runCli({"agreement", "--project", p, "--tier", "Colour"}),
                      "no tier \"Colour\"");
    checkOneErrorLine(runCli({"agreement", "--project", p, "--tier", "Solo"}), "at least 2 coders");

    const auto garbage = dir / "garbage.diptych";
    {
        std::ofstream out(garbage);
        out << "not a project\n";
    }
    checkOneErrorLine(runCli({"agreement", "--project", garbage.string()}), garbage.string());

    // A second film: the command needs --film, and then works.
    {
        auto store = store::ProjectStore::open(project);
        model::Film film;
        film.path = "/films/b.mkv";
        store.films().add(film);
    }
    checkOneErrorLine(runCli({"agreement", "--project", p}), "--film");
    CHECK(runCli({"agreement", "--project", p, "--film", "/films/a.mkv"}).exitCode == 0);
}
