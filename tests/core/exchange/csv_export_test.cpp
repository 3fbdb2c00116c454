#include "exchange_fixture.h"

#include "../annotation/code_test_support.h"

#include "common/csv.h"
#include "exchange/csv_export.h"
#include "exchange/exchange.h"
#include "exchange/project_snapshot.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <clocale>
#include <fstream>
#include <map>
#include <sstream>

using namespace diptych;

namespace {

// A table as header name → column of values, read back with the strict RFC 4180 parser.
struct Table
{
    std::vector<std::string> header;
    std::vector<std::map<std::string, std::string>> rows;
};

Table readTable(const std::filesystem::path& path)
{
    const auto records = parseCsv(test::readFile(path), path.string());
    REQUIRE_FALSE(records.empty());
    Table table;
    table.header = records[0].fields;
    for (std::size_t r = 1; r < records.size(); ++r) {
        REQUIRE(records[r].fields.size() == table.header.size());
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < table.header.size(); ++c)
            row[table.header[c]] = records[r].fields[c];
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace

TEST_CASE("csv export writes four tidy tables that read back exactly", "[exchange][csv]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    const auto p = test::addAnnotatedProject(store);
    const auto result = exchange::exportProject(store, exchange::ExportFormat::Csv, dir / "csv");
    CHECK(result.files.size() == 4);

    const auto shots = readTable(dir / "csv" / "shots.csv");
    REQUIRE(shots.rows.size() == 9);
    CHECK(shots.header[0] == "film_id");
    const auto& first = shots.rows[0];
    CHECK(first.at("film") == "/films/original.mkv");
    CHECK(first.at("shot_index") == "0");
    CHECK(first.at("start_frame") == "0");
    CHECK(first.at("end_frame") == "100");
    CHECK(first.at("end_s") == "4");
    CHECK(first.at("duration_s") == "4");
    CHECK(first.at("end_timecode") == "00:00:04:00");
    CHECK(first.at("mean_luma") == "0.1");
    CHECK(shots.rows[2].at("mean_luma").empty()); // NaN is missing, not 0 or "nan"
    CHECK(shots.rows[1].at("transition") == "dissolve");
    CHECK(shots.rows[1].at("note") == "A slow dissolve, \"as in\" the script");
    // One 0/1 column per code per coder, including codes nobody used on this shot.
    CHECK(first.at("code:Color & light/Teal, orange:alice") == "1");
    CHECK(first.at("code:Color & light:Bob \"B\" Kim") == "1");
    CHECK(first.at("code:Color & light:alice") == "0");
    CHECK(shots.rows[1].at("code:Motion/Pan:alice") == "1"); // linked and overlapping range
    CHECK(shots.rows[0].at("code:Motion/Pan:alice") == "0");
    CHECK(shots.rows[4].at("code:Old code:Bob \"B\" Kim") == "1");
    CHECK(shots.rows[5].at("film") == "/films/remake.mp4");
    CHECK(shots.rows[5].at("code:Color & light/Teal, orange:alice") == "1");

    const auto annotations = readTable(dir / "csv" / "annotations.csv");
    REQUIRE(annotations.rows.size() == static_cast<std::size_t>(p.annotationCount));
    const auto& note = annotations.rows[0];
    CHECK(note.at("coder") == "alice");
    CHECK(note.at("code") == "Color & light/Teal, orange");
    CHECK(note.at("note") == "Teal shadows, orange skin;\nsee \"grading\", scene 1");
    CHECK(note.at("tier_kind") == "shot");
    bool sawText = false;
    for (const auto& row : annotations.rows)
        if (row.at("tier") == "Notes") {
            sawText = true;
            CHECK(row.at("value") == "Ünïcode — text, with a comma");
            CHECK(row.at("start_s") == "0.4");
            CHECK(row.at("code").empty());
        }
    CHECK(sawText);

    const auto regions = readTable(dir / "csv" / "regions.csv");
    REQUIRE(regions.rows.size() == 2);
    CHECK(regions.rows[0].at("shape") == "rect");
    CHECK(regions.rows[0].at("x") == "0.25");
    CHECK(regions.rows[0].at("width") == "0.5");
    CHECK(regions.rows[1].at("points") == "0.1,0.1 0.5,0.2 0.3,0.6");

    const auto links = readTable(dir / "csv" / "correspondences.csv");
    REQUIRE(links.rows.size() == 2);
    CHECK(links.rows[0].at("confidence") == "0.9");
    CHECK(links.rows[1].at("confidence").empty());
    CHECK(links.rows[1].at("note") == "by hand, checked");
}

TEST_CASE("csv numbers use '.' whatever the locale", "[exchange][csv]")
{
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8") && !std::setlocale(LC_ALL, "fr_FR.UTF-8")) {
        WARN("skipped: no German or French locale installed to switch to");
        return;
    }
    CHECK(csvNumber(0.25) == "0.25");
    CHECK(csvNumber(1e-7) == "1e-07");
    std::setlocale(LC_ALL, "C");
}

TEST_CASE("pandas and R-style readers take the csv export without options", "[exchange][csv]")
{
    if (test::runCommand("python3 -c 'import pandas' 2>/dev/null") != 0) {
        WARN("skipped: python3 with pandas is not installed (Debian: python3-pandas)");
        return;
    }
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    test::addAnnotatedProject(store);
    exchange::exportProject(store, exchange::ExportFormat::Csv, dir / "csv");
    const std::string script =
        "import pandas as pd, sys\n"
        "d = sys.argv[1]\n"
        "s = pd.read_csv(d + '/shots.csv')\n"
        "a = pd.read_csv(d + '/annotations.csv')\n"
        "r = pd.read_csv(d + '/regions.csv')\n"
        "c = pd.read_csv(d + '/correspondences.csv')\n"
        "assert s.shape[0] == 9, s.shape\n"
        "assert str(s['mean_luma'].dtype) == 'float64'\n"
        "assert s['mean_luma'].isna().sum() == 1\n"
        "assert str(s['start_s'].dtype) == 'float64'\n"
        "assert s['code:Color & light/Teal, orange:alice'].sum() == 2\n"
        "assert a.shape[0] == 8 and a['note'][0].startswith('Teal shadows')\n"
        "assert r.shape[0] == 2 and c.shape[0] == 2\n"
        "print('ok')\n";
    test::writeText(dir / "check.py", script);
    std::string output;
    CHECK(test::runCommand("python3 " + test::shellQuote((dir / "check.py").string()) + " " +
                               test::shellQuote((dir / "csv").string()) + " 2>&1",
                           &output) == 0);
    INFO(output);
    CHECK(output.find("ok") != std::string::npos);
}
