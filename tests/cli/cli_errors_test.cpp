// diptych-cli exit codes: 1 with one line "error: PATH: reason" on stderr for bad input and
// failures, 2 for usage errors, 0 for --help of every command.
#include "cli_runner.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using diptych::test::linesOf;
using diptych::test::mediaPath;
using diptych::test::runCli;

namespace {

// Exit 1, nothing on stdout, exactly one line on stderr: "error: PATH: reason".
void checkBadInput(const diptych::test::CliRun& run, const std::string& path)
{
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    const auto lines = linesOf(run.err);
    REQUIRE(lines.size() == 1);
    CHECK_THAT(lines[0], Catch::StartsWith("error: " + path + ": "));
    CHECK(lines[0].size() > ("error: " + path + ": ").size());
}

} // namespace

TEST_CASE("cli: every bad input is exit 1 and one line 'error: PATH: reason'", "[cli][bad]")
{
    const std::string name =
        GENERATE(as<std::string>{}, "", "empty.mp4", "not_media.mp4", "unsupported_codec.avi",
                 "absurd_size.y4m", "audio_only.m4a", "truncated_moov_at_end.mp4");
    const std::string path = name.empty()
                                 ? (diptych::test::mediaDirectory() / "no_such_file.mkv").string()
                                 : mediaPath(name).string();
    CAPTURE(path);
    diptych::test::TempDir dir;
    checkBadInput(runCli({"probe", path}), path);
    checkBadInput(runCli({"probe", path, "--no-cache"}), path);
    const auto out = dir / "frame.png";
    checkBadInput(runCli({"frame", path, "--index", "0", "--out", out.string()}), path);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("cli: damaged but readable files", "[cli][bad]")
{
    diptych::test::TempDir dir;
    // Mid-stream corruption: probe finishes (exit 0 with JSON) and early frames are exact.
    const auto corrupt = mediaPath("corrupt_middle.ts").string();
    auto run = runCli({"probe", corrupt});
    REQUIRE(run.exitCode == 0);
    CHECK(nlohmann::json::parse(run.out).at("video").at("frames").get<int>() > 60);
    run = runCli({"frame", corrupt, "--index", "3", "--out", (dir / "c.png").string()});
    CHECK(run.exitCode == 0);

    // Past the end of a truncated file: the truncation warning, then one error naming the file.
    const auto truncated = mediaPath("truncated.mkv").string();
    run = runCli({"frame", truncated, "--index", "239", "--out", (dir / "t.png").string()});
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 1);
    const auto lines = linesOf(run.err);
    REQUIRE_FALSE(lines.empty());
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        CHECK_THAT(lines[i], Catch::StartsWith("warning") && Catch::Contains("truncated"));
    CHECK(lines.size() <= 2); // each problem said once
    CHECK_THAT(lines.back(),
               Catch::StartsWith("error: " + truncated + ": ") && Catch::Contains("out of range"));
}

TEST_CASE("cli: a frame index past the end is exit 1 with the valid range", "[cli][bad]")
{
    diptych::test::TempDir dir;
    const auto path = mediaPath("mjpeg.avi").string();
    const auto run =
        runCli({"frame", path, "--index", "48", "--out", (dir / "frame.png").string()});
    checkBadInput(run, path);
    CHECK_THAT(run.err, Catch::Contains("0..47"));
}

TEST_CASE("cli: an image that cannot be written is exit 1", "[cli][bad]")
{
    diptych::test::TempDir dir;
    const auto out = (dir / "no_such_folder" / "frame.png").string();
    auto run = runCli({"frame", mediaPath("mjpeg.avi").string(), "--index", "1", "--out", out});
    checkBadInput(run, out);
    const auto unknown = (dir / "frame.unknown_extension").string();
    run = runCli({"frame", mediaPath("mjpeg.avi").string(), "--index", "1", "--out", unknown});
    checkBadInput(run, unknown);
}

TEST_CASE("cli: usage errors are exit 2", "[cli][usage]")
{
    const auto clip = mediaPath("mjpeg.avi").string();
    const auto args = GENERATE_COPY(values<std::vector<std::string>>({
        {},
        {"nonsense"},
        {"probe"},
        {"probe", clip, "extra"},
        {"probe", clip, "--bogus-flag"},
        {"frame", clip},
        {"frame", clip, "--index", "3"},
        {"frame", clip, "--out", "x.png"},
        {"frame", "--index", "3", "--out", "x.png"},
        {"frame", clip, "--index", "-1", "--out", "x.png"},
        {"frame", clip, "--index", "three", "--out", "x.png"},
        {"frame", clip, "--index", "1.5", "--out", "x.png"},
        {"frame", clip, "--index", "3", "--out", "x.png", "--width", "0"},
        {"frame", clip, "--index", "3", "--out", "x.png", "--width", "-20"},
    }));
    std::string joined;
    for (const auto& a : args)
        joined += a + " ";
    CAPTURE(joined);
    const auto run = runCli(args);
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK_FALSE(run.err.empty());
    CHECK_FALSE(std::filesystem::exists("x.png"));
}

TEST_CASE("cli: --help works for the tool and every command", "[cli][usage]")
{
    const auto args = GENERATE(values<std::vector<std::string>>({
        {"--help"},
        {"probe", "--help"},
        {"frame", "--help"},
    }));
    const auto run = runCli(args);
    CAPTURE(args.front());
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out,
               Catch::Contains("Usage") || Catch::Contains("USAGE") || Catch::Contains("usage"));
    if (args.front() == "probe")
        CHECK_THAT(run.out, Catch::Contains("FILE") && Catch::Contains("--no-cache"));
    if (args.front() == "frame")
        CHECK_THAT(run.out, Catch::Contains("--index") && Catch::Contains("--out") &&
                                Catch::Contains("--width"));
    if (args.front() == "--help")
        CHECK_THAT(run.out, Catch::Contains("probe") && Catch::Contains("frame"));
}

TEST_CASE("cli: --version prints the version", "[cli][usage]")
{
    const auto run = runCli({"--version"});
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("diptych-cli"));
}
