// diptych-cli export and import: every format written where asked, an import's summary line,
// the film chosen with --film, and bad input rejected with one line and nothing imported.
#include "cli_runner.h"
#include "temp_dir.h"

#include "store/project_store.h"

#include <catch2/catch.hpp>

#include <fstream>

using diptych::test::linesOf;
using diptych::test::runCli;
namespace model = diptych::model;

namespace {

// One film without media, three shots, one coded annotation by "alice".
std::filesystem::path makeProject(const diptych::test::TempDir& dir, const char* name)
{
    const auto path = dir / name;
    auto store = diptych::store::ProjectStore::create(path);
    model::Film film;
    film.path = "/films/original.mkv";
    film.fps = 25;
    film.frameCount = 60;
    film = store.films().add(film);
    const std::vector<model::Shot> shots = {{0, 0, 0, 10, model::TransitionKind::Cut, ""},
                                            {0, 0, 10, 30, model::TransitionKind::Cut, ""},
                                            {0, 0, 30, 60, model::TransitionKind::Cut, ""}};
    const auto stored = store.shots().replace(film.id, shots);
    const auto coder = store.coders().add({0, "alice", ""});
    const auto scheme = store.schemes().add({0, "Looks", ""});
    model::Code code;
    code.schemeId = scheme.id;
    code.label = "Symmetry";
    code = store.schemes().addCode(code);
    model::Tier tier;
    tier.filmId = film.id;
    tier.name = "Codes";
    tier.kind = model::TierKind::Shot;
    tier.schemeId = scheme.id;
    tier = store.tiers().add(tier);
    model::Annotation a;
    a.tierId = tier.id;
    a.coderId = coder.id;
    a.shotId = stored[1].id;
    a.startFrame = 10;
    a.endFrame = 30;
    a.codeId = code.id;
    store.annotations().add(a);
    return path;
}

} // namespace

TEST_CASE("cli export writes every format", "[cli][exchange]")
{
    diptych::test::TempDir dir;
    const auto project = makeProject(dir, "p.diptych").string();
    for (const std::string format : {"json", "eaf", "webanno", "otio", "edl"}) {
        const auto out = (dir / ("out." + format)).string();
        const auto run = runCli({"export", "--project", project, "--format", format, "--out", out});
        INFO(format << ": " << run.err);
        CHECK(run.exitCode == 0);
        CHECK(run.out == "wrote 1 file to " + out + "\n");
        CHECK(std::filesystem::file_size(out) > 100);
    }
    const auto csv = runCli({"export", "-p", project, "-f", "csv", "-o", (dir / "tables").string(),
                             "--film", "/films/original.mkv"});
    CHECK(csv.exitCode == 0);
    CHECK(std::filesystem::exists(dir / "tables" / "shots.csv"));
    const auto bundle =
        runCli({"export", "-p", project, "-f", "bundle", "-o", (dir / "b").string()});
    CHECK(bundle.exitCode == 0);
    CHECK(bundle.err.find("warning: /films/original.mkv: media file not found") !=
          std::string::npos);
    CHECK(std::filesystem::exists(dir / "b" / "README.md"));

    const auto unknown = runCli({"export", "-p", project, "-f", "xlsx", "-o", "x"});
    CHECK(unknown.exitCode == 2);
    const auto noFilm = runCli({"export", "-p", project, "-f", "json", "-o",
                                (dir / "x.json").string(), "--film", "/nope.mkv"});
    CHECK(noFilm.exitCode == 1);
    CHECK(linesOf(noFilm.err).size() == 1);
}

TEST_CASE("cli import: eaf and json back in, --film, and bad files rejected whole",
          "[cli][exchange]")
{
    diptych::test::TempDir dir;
    const auto source = makeProject(dir, "source.diptych").string();
    REQUIRE(
        runCli({"export", "-p", source, "-f", "eaf", "-o", (dir / "a.eaf").string()}).exitCode ==
        0);
    REQUIRE(
        runCli({"export", "-p", source, "-f", "json", "-o", (dir / "a.json").string()}).exitCode ==
        0);

    // A project with the same film under another path: the EAF's media matches by file name.
    const auto target = (dir / "target.diptych").string();
    {
        auto store = diptych::store::ProjectStore::create(target);
        model::Film film;
        film.path = "/elsewhere/original.mkv";
        film.fps = 25;
        film.frameCount = 60;
        store.films().add(film);
    }
    const auto eaf = runCli({"import", "-p", target, (dir / "a.eaf").string()});
    INFO(eaf.err);
    CHECK(eaf.exitCode == 0);
    CHECK(eaf.out.find("ELAN EAF") == 0);
    CHECK(eaf.out.find("1 annotation added") != std::string::npos);
    CHECK(diptych::test::annotationCount(target) == 1);

    const auto fresh = (dir / "fresh.diptych").string();
    diptych::store::ProjectStore::create(fresh);
    const auto json = runCli({"import", "--project", fresh, (dir / "a.json").string()});
    CHECK(json.exitCode == 0);
    CHECK(json.out.find("Diptych JSON 1: 1 film, 3 shots") == 0);
    CHECK(diptych::test::annotationCount(fresh) == 1);

    // No media match and no --film: an error naming the way out; then --film works.
    const auto renamed = (dir / "renamed.diptych").string();
    {
        auto store = diptych::store::ProjectStore::create(renamed);
        for (const char* path : {"/x/first.mkv", "/x/second.mkv"}) {
            model::Film film;
            film.path = path;
            film.fps = 25;
            store.films().add(film);
        }
    }
    const auto unmatched = runCli({"import", "-p", renamed, (dir / "a.eaf").string()});
    CHECK(unmatched.exitCode == 1);
    CHECK(unmatched.err.find("--film") != std::string::npos);
    CHECK(diptych::test::annotationCount(renamed) == 0);
    const auto chosen =
        runCli({"import", "-p", renamed, "--film", "/x/second.mkv", (dir / "a.eaf").string()});
    CHECK(chosen.exitCode == 0);
    CHECK(diptych::test::annotationCount(renamed) == 1);

    std::ofstream(dir / "bad.eaf")
        << "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT FORMAT=\"3.0\">";
    const auto bad = runCli({"import", "-p", fresh, (dir / "bad.eaf").string()});
    CHECK(bad.exitCode == 1);
    REQUIRE(linesOf(bad.err).size() == 1);
    CHECK(bad.err.find("error: " + (dir / "bad.eaf").string() + ": ") == 0);
    CHECK(diptych::test::annotationCount(fresh) == 1);
}
