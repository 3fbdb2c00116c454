// diptych-cli shots / analyze / metrics / stats: output contracts, resumability after a
// SIGKILL, and clear errors for bad input.
#include "cli_runner.h"
#include "older_metrics.h"
#include "temp_dir.h"
#include "test_media.h"

#include "store/project_store.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>

using diptych::test::linesOf;
using diptych::test::mediaPath;
using diptych::test::runCli;

extern char** environ;

namespace {

std::vector<std::string> fieldsOf(const std::string& line)
{
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            fields.push_back(field);
            field.clear();
        } else
            field += c;
    }
    fields.push_back(field);
    return fields;
}

int shotCount(const std::filesystem::path& project)
{
    try {
        const auto store = diptych::store::ProjectStore::openReadOnly(project);
        const auto films = store.films().list();
        return films.empty() ? 0 : int(store.shots().list(films[0].id).size());
    } catch (const std::exception&) {
        return 0; // not created yet, or busy
    }
}

} // namespace

TEST_CASE("cli shots: the CSV contract on a film with two hard cuts", "[cli][analysis]")
{
    const auto film = mediaPath("three_shots.mkv").string();
    const auto run = runCli({"shots", film});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const auto lines = linesOf(run.out);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "index,start_frame,end_frame,start_s,end_s,transition_in,transition_frames");
    // Matroska stores milliseconds, so times are exact to the millisecond only.
    const std::vector<std::vector<std::string>> frames = {{"0", "0", "30", "none", "0"},
                                                          {"1", "30", "60", "cut", "0"},
                                                          {"2", "60", "90", "cut", "0"}};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto row = fieldsOf(lines[i + 1]);
        REQUIRE(row.size() == 7);
        CHECK(std::vector<std::string>{row[0], row[1], row[2], row[5], row[6]} == frames[i]);
        CHECK(std::stod(row[3]) == Approx(1.25 * double(i)).margin(0.002));
        CHECK(std::stod(row[4]) == Approx(1.25 * double(i + 1)).margin(0.002));
    }

    const auto json = runCli({"shots", film, "--format", "json"});
    REQUIRE(json.exitCode == 0);
    const auto shots = nlohmann::json::parse(json.out);
    REQUIRE(shots.size() == 3);
    CHECK(shots[2].at("start_frame") == 60);
    CHECK(shots[2].at("transition_in") == "cut");
}

TEST_CASE("cli analyze, metrics and stats: one row per shot with the documented columns",
          "[cli][analysis]")
{
    diptych::test::TempDir dir;
    const auto project = (dir / "p.diptych").string();
    const auto film = mediaPath("three_shots.mkv").string();
    auto run = runCli({"analyze", film, "--project", project, "--threads", "2"});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.err, Catch::Contains("3 shots"));

    run = runCli({"metrics", "--project", project});
    REQUIRE(run.exitCode == 0);
    const auto lines = linesOf(run.out);
    REQUIRE(lines.size() == 4);
    const auto header = fieldsOf(lines[0]);
    const std::vector<std::string> leading = {"film",    "shot",  "start_frame", "end_frame",
                                              "start_s", "end_s", "duration_s"};
    REQUIRE(header.size() > leading.size());
    CHECK(std::vector<std::string>(header.begin(), header.begin() + 7) == leading);
    for (const std::string name :
         {"luma_mean", "contrast_rms", "chroma_mean", "colorfulness", "teal_orange_index", "warmth",
          "motion_mean", "camera_motion", "subject_motion", "motion_smoothness", "impacts_per_min",
          "symmetry_lr", "edge_density", "clutter", "face_count", "shot_scale", "palette"}) {
        INFO(name);
        CHECK(std::count(header.begin(), header.end(), name) == 1);
    }
    const auto column = [&](const std::string& name) {
        return std::size_t(std::find(header.begin(), header.end(), name) - header.begin());
    };
    for (int i = 1; i <= 3; ++i) {
        const auto row = fieldsOf(lines[std::size_t(i)]);
        REQUIRE(row.size() == header.size());
        CHECK(std::filesystem::path(row[0]).filename() == "three_shots.mkv");
        CHECK(row[1] == std::to_string(i - 1));
        CHECK(std::stod(row[6]) == Approx(1.25).margin(0.002));
        CHECK(std::stod(row[column("luma_mean")]) > 0);
        CHECK(row[column("palette")].front() == '[');
    }

    // Second run: nothing to do.
    run = runCli({"analyze", film, "--project", project});
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.err, Catch::Contains("up to date"));

    run = runCli({"stats", "--project", project, "--format", "json"});
    REQUIRE(run.exitCode == 0);
    const auto stats = nlohmann::json::parse(run.out);
    REQUIRE(stats.size() == 1);
    CHECK(stats[0].at("shots") == 3);
    CHECK(stats[0].at("asl_s").get<double>() == Approx(1.25).margin(0.002));
    CHECK(stats[0].at("msl_s").get<double>() == Approx(1.25).margin(0.002));

    run = runCli({"metrics", "--project", project, "--film", "/no/such.mkv"});
    CHECK(run.exitCode == 1);
    CHECK(linesOf(run.err).size() == 1);
}

TEST_CASE("cli analyze: a project measured by older metric algorithms is measured again",
          "[cli][analysis]")
{
    diptych::test::TempDir dir;
    const auto project = dir / "p.diptych";
    const auto film = mediaPath("three_shots.mkv").string();
    REQUIRE(runCli({"analyze", film, "--project", project.string()}).exitCode == 0);
    const auto current = runCli({"metrics", "--project", project.string()});
    REQUIRE(current.exitCode == 0);
    diptych::test::pretendOlderLumaAlgorithm(project);
    auto run = runCli({"metrics", "--project", project.string()});
    CHECK(run.out != current.out);
    CHECK_THAT(run.err, Catch::Contains("older metric algorithms"));

    run = runCli({"analyze", film, "--project", project.string()});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.err, Catch::Contains("shots measured again, 3 shots"));
    run = runCli({"metrics", "--project", project.string()});
    CHECK(run.out == current.out);
    CHECK(run.err.empty());
}

TEST_CASE("cli analyze: a run killed with SIGKILL resumes to the same results",
          "[cli][analysis][resume]")
{
    diptych::test::TempDir dir;
    const auto film = mediaPath("many_shots.mkv").string();
    const auto reference = (dir / "reference.diptych").string();
    REQUIRE(runCli({"analyze", film, "--project", reference, "--threads", "2"}).exitCode == 0);

    // Start a second analysis and kill it once a few shots are committed.
    const auto project = dir / "killed.diptych";
    const std::string cache = "XDG_CACHE_HOME=" + (dir / "cache").string();
    const std::string data = "XDG_DATA_HOME=" + (dir / "data").string();
    std::vector<std::string> words = {DIPTYCH_CLI_PATH, "analyze",   film, "--project",
                                      project.string(), "--threads", "2"};
    std::vector<char*> argv;
    for (auto& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    std::vector<std::string> environment = {cache, data, "PATH=/usr/bin:/bin"};
    std::vector<char*> envp;
    for (auto& variable : environment)
        envp.push_back(variable.data());
    envp.push_back(nullptr);
    pid_t child = 0;
    REQUIRE(posix_spawn(&child, DIPTYCH_CLI_PATH, nullptr, nullptr, argv.data(), envp.data()) == 0);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (shotCount(project) < 4 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));
    const int before = shotCount(project);
    INFO("shots committed before the kill: " << before);
    REQUIRE(before >= 4);
    REQUIRE(before < diptych::test::kManyShotsCount);

    const auto resumed = runCli({"analyze", film, "--project", project.string()});
    INFO("stderr: " << resumed.err);
    REQUIRE(resumed.exitCode == 0);
    CHECK_THAT(resumed.err, Catch::Contains("resumed"));

    const auto expected = runCli({"metrics", "--project", reference});
    const auto actual = runCli({"metrics", "--project", project.string()});
    REQUIRE(expected.exitCode == 0);
    REQUIRE(actual.exitCode == 0);
    CHECK(linesOf(actual.out).size() == std::size_t(diptych::test::kManyShotsCount) + 1);
    CHECK(actual.out == expected.out);
}

TEST_CASE("cli analyze: unusable media is one error line and leaves the project usable",
          "[cli][analysis][bad]")
{
    diptych::test::TempDir dir;
    const auto project = (dir / "p.diptych").string();
    const auto bad = mediaPath("not_media.mp4").string();
    const auto run = runCli({"analyze", bad, "--project", project});
    CHECK(run.exitCode == 1);
    const auto lines = linesOf(run.err);
    REQUIRE(lines.size() == 1);
    CHECK_THAT(lines[0], Catch::StartsWith("error: " + bad + ": "));
    CHECK(runCli({"metrics", "--project", project}).exitCode == 0);
}
