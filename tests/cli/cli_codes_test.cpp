// diptych-cli import-codes and query: the summary line, a file rejected whole with its row
// number, and the query's JSON rows.
#include "cli_runner.h"
#include "temp_dir.h"

#include "store/project_store.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using diptych::test::linesOf;
using diptych::test::runCli;
namespace model = diptych::model;

namespace {

// Two films without media: shots and a "mean_luma" value per shot are all the commands need.
std::filesystem::path makeProject(const diptych::test::TempDir& dir)
{
    const auto path = dir / "p.diptych";
    auto store = diptych::store::ProjectStore::create(path);
    const auto luma = store.metrics().define({0, "mean_luma", "", "", "{}"});
    for (const char* name : {"/films/original.mkv", "/films/remake.mp4"}) {
        model::Film film;
        film.path = name;
        film.fps = 25;
        film = store.films().add(film);
        const std::vector<model::Shot> shots = {{0, 0, 0, 10, model::TransitionKind::Cut, ""},
                                                {0, 0, 10, 30, model::TransitionKind::Cut, ""},
                                                {0, 0, 30, 60, model::TransitionKind::Cut, ""}};
        const auto stored = store.shots().replace(film.id, shots);
        const double offset = film.path == "/films/remake.mp4" ? 0.5 : 0;
        store.metrics().putShotValues(
            std::vector<model::ShotMetricValue>{{stored[0].id, luma.id, 0.1 + offset},
                                                {stored[1].id, luma.id, 0.2 + offset},
                                                {stored[2].id, luma.id, 0.6 + offset}});
    }
    return path;
}

void writeText(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

TEST_CASE("cli import-codes: a summary line, then query prints JSON rows", "[cli][codes]")
{
    diptych::test::TempDir dir;
    const auto project = makeProject(dir);
    const auto csv = dir / "codes.csv";
    writeText(csv, "film,shot,coder,code,note\r\n"
                   "original.mkv,0,Ada,Framing/Close-up,\"tight, on the eyes\"\r\n"
                   "original.mkv,2,Ada,Framing/Close-up,\r\n"
                   "remake.mp4,1,Ada,Close-up,\r\n");
    const auto run = runCli({"import-codes", "--project", project.string(), csv.string()});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(linesOf(run.out) == std::vector<std::string>{"3 rows: 3 annotations added, 0 "
                                                       "duplicates skipped; created 2 codes, 1 "
                                                       "coder, 2 tiers, 1 scheme"});
    CHECK(diptych::test::annotationCount(project) == 3);

    const auto query = runCli({"query", "--project", project.string(), "--code", "Close-up",
                               "--metric", "mean_luma", "--format", "json"});
    INFO("query stderr: " << query.err);
    REQUIRE(query.exitCode == 0);
    const auto rows = nlohmann::json::parse(query.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0]["code"] == "Close-up");
    CHECK(rows[0]["metric"] == "mean_luma");
    CHECK(rows[0]["film"] == "/films/original.mkv");
    CHECK(rows[0]["coded_shots"] == 2);
    CHECK(rows[0]["n"] == 2);
    CHECK(rows[0]["missing"] == 0);
    CHECK(rows[0]["mean"].get<double>() == Approx(0.35)); // (0.1 + 0.6) / 2
    CHECK(rows[0]["median"].get<double>() == Approx(0.35));
    CHECK(rows[0]["iqr"].get<double>() == Approx(0.25)); // 0.475 - 0.225
    CHECK(rows[1]["film"] == "/films/remake.mp4");
    CHECK(rows[1]["coded_shots"] == 1);
    CHECK(rows[1]["mean"].get<double>() == Approx(0.7));
    CHECK(rows[1]["sd"].is_null()); // one value has no sample SD
    CHECK(rows[2]["film"] == "difference (B - A)");
    CHECK(rows[2]["mean"].get<double>() == Approx(0.7 - 0.35));
    CHECK(rows[2]["median"].get<double>() == Approx(0.7 - 0.35));
    CHECK(rows[2]["n"].is_null());

    const auto table = runCli(
        {"query", "--project", project.string(), "--code", "Close-up", "--metric", "mean_luma"});
    REQUIRE(table.exitCode == 0);
    const auto lines = linesOf(table.out);
    REQUIRE(lines.size() == 4);
    CHECK_THAT(lines[0], Catch::StartsWith("code      metric     film"));

    const auto unknown =
        runCli({"query", "--project", project.string(), "--code", "Nope", "--metric", "mean_luma"});
    CHECK(unknown.exitCode == 1);
    CHECK_THAT(unknown.err, Catch::Contains("no code 'Nope'"));
}

TEST_CASE("cli import-codes: a bad row rejects the file with its line number", "[cli][codes]")
{
    diptych::test::TempDir dir;
    const auto project = makeProject(dir);
    const auto csv = dir / "codes.csv";
    writeText(csv, "film,shot,coder,code\n"
                   "original.mkv,0,Ada,Close-up\n"
                   "original.mkv,3,Ada,Close-up\n");
    const auto run = runCli({"import-codes", "--project", project.string(), csv.string()});
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    const auto lines = linesOf(run.err);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "error: " + csv.string() +
                          ": line 3: shot 3 out of range: film '/films/original.mkv' has shots "
                          "0 to 2");
    CHECK(diptych::test::annotationCount(project) == 0);
    const auto store = diptych::store::ProjectStore::openReadOnly(project);
    CHECK(store.coders().list().empty());
    CHECK(store.schemes().list().empty());
}
