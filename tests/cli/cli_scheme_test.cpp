// diptych-cli scheme: list, export, import (all or nothing) and add-default.
#include "cli_runner.h"
#include "temp_dir.h"

#include "store/project_store.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace diptych;
using diptych::test::linesOf;
using diptych::test::runCli;

TEST_CASE("cli: scheme add-default, export and import round trip", "[cli][scheme]")
{
    test::TempDir dir;
    const auto project = (dir / "p.diptych").string();
    store::ProjectStore::create(project);

    const auto added = runCli({"scheme", "add-default", "--project", project});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == "Diptych default\n");

    const auto file = (dir / "scheme.json").string();
    REQUIRE(runCli({"scheme", "export", "--project", project, "--out", file}).exitCode == 0);
    std::ifstream in(file);
    const auto json = nlohmann::json::parse(in);
    CHECK(json.at("diptych_coding_scheme") == 1);
    CHECK(json.at("name") == "Diptych default");
    CHECK(json.at("codes").size() > 20);

    const auto imported =
        runCli({"scheme", "import", "--project", project, "--name", "Copy", file});
    REQUIRE(imported.exitCode == 0);
    CHECK_THAT(imported.out, Catch::StartsWith("imported 'Copy' ("));

    const auto listed = runCli({"scheme", "list", "--project", project});
    REQUIRE(listed.exitCode == 0);
    const auto lines = linesOf(listed.out);
    REQUIRE(lines.size() == 2);
    CHECK_THAT(lines[0], Catch::StartsWith("Copy\t"));
    CHECK(lines[0].substr(5) == lines[1].substr(16)); // same code count
}

TEST_CASE("cli: a bad scheme file is one error line and imports nothing", "[cli][scheme]")
{
    test::TempDir dir;
    const auto project = (dir / "p.diptych").string();
    store::ProjectStore::create(project);
    const auto file = (dir / "cycle.json").string();
    std::ofstream(file) << R"({"diptych_coding_scheme": 1, "name": "Loop", "codes": [
        {"id": "a", "label": "A", "parent": "b"}, {"id": "b", "label": "B", "parent": "a"}]})";

    const auto run = runCli({"scheme", "import", "--project", project, file});
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    const auto lines = linesOf(run.err);
    REQUIRE(lines.size() == 1);
    CHECK_THAT(lines[0], Catch::StartsWith("error: " + file + ": ") && Catch::Contains("cycle"));
    CHECK(store::ProjectStore::openReadOnly(project).schemes().list().empty());
}
