// Importing shot codes from a spreadsheet (CSV): the happy path and every way a file is
// rejected whole.

#include "code_test_support.h"
#include "temp_dir.h"

#include "annotation/code_import.h"
#include "common/error.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace diptych;
using Catch::Matchers::Contains;

namespace {

const model::Tier& tierNamed(const std::vector<model::Tier>& tiers, const std::string& name)
{
    const auto tier =
        std::find_if(tiers.begin(), tiers.end(), [&](const auto& t) { return t.name == name; });
    REQUIRE(tier != tiers.end());
    return *tier;
}

std::string labelOf(const store::ProjectStore& store, std::optional<model::CodeId> id)
{
    REQUIRE(id);
    const auto code = store.schemes().code(*id);
    REQUIRE(code);
    std::string label = code->label;
    if (code->parentId)
        label = store.schemes().code(*code->parentId)->label + "/" + label;
    return label;
}

} // namespace

TEST_CASE("annotation import: a spreadsheet with BOM, CRLF, quoted notes and code paths", "[codes]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    test::addTwoFilms(store);
    const auto films = store.films().list();
    const auto originalShots = store.shots().list(films[0].id);
    const auto remakeShots = store.shots().list(films[1].id);

    // Columns out of order and in mixed case; the note holds a comma, a CRLF line break and
    // doubled quotes; the last row repeats the first (same tier, coder, shot and code).
    const auto csv = dir / "codes.csv";
    test::writeText(csv, "\xEF\xBB\xBF"
                         "Film,shot,coder,code,note,TIER\r\n"
                         "original.mkv,0,Ada,Movement/Pan,\"slow, lateral\r\npan\",\r\n"
                         "/films/original.mkv,1,Ada, Close-up ,,\r\n"
                         "\r\n"
                         "remake.mp4,2,Bea,Movement/Tilt,\"she said \"\"look\"\"\",Camera\r\n"
                         "original.mkv,0,Ada,Movement/Pan,again,Codes\r\n");
    const auto summary = annotation::importShotCodes(store, csv);
    CHECK(summary.rows == 4);
    CHECK(summary.annotationsAdded == 3);
    CHECK(summary.duplicatesSkipped == 1);
    CHECK(summary.codersCreated == 2);  // Ada, Bea
    CHECK(summary.codesCreated == 4);   // Movement, Pan, Close-up, Tilt
    CHECK(summary.tiersCreated == 2);   // Codes on the original, Camera on the remake
    CHECK(summary.schemesCreated == 1); // the project had none
    CHECK(annotation::describe(summary) ==
          "4 rows: 3 annotations added, 1 duplicate skipped; created 4 codes, 2 coders, 2 "
          "tiers, 1 scheme");

    const auto schemes = store.schemes().list();
    REQUIRE(schemes.size() == 1);
    CHECK(schemes[0].name == "Imported codes");
    std::vector<std::string> labels;
    for (const auto& code : store.schemes().codes(schemes[0].id))
        labels.push_back(code.label);
    CHECK(labels == std::vector<std::string>{"Movement", "Pan", "Tilt", "Close-up"});

    const auto codes = tierNamed(store.tiers().list(films[0].id), "Codes");
    CHECK(codes.kind == model::TierKind::Shot);
    CHECK(codes.schemeId == schemes[0].id);
    const auto onOriginal = store.annotations().listByTier(codes.id);
    REQUIRE(onOriginal.size() == 2);
    CHECK(onOriginal[0].shotId == originalShots[0].id);
    CHECK(onOriginal[0].startFrame == 0);
    CHECK(onOriginal[0].endFrame == 100);
    CHECK(labelOf(store, onOriginal[0].codeId) == "Movement/Pan");
    CHECK(onOriginal[0].note == "slow, lateral\npan");
    CHECK(onOriginal[1].shotId == originalShots[1].id);
    CHECK(onOriginal[1].startFrame == 100);
    CHECK(onOriginal[1].endFrame == 250);
    CHECK(labelOf(store, onOriginal[1].codeId) == "Close-up"); // trimmed
    CHECK(onOriginal[1].note.empty());

    const auto camera = tierNamed(store.tiers().list(films[1].id), "Camera");
    const auto onRemake = store.annotations().listByTier(camera.id);
    REQUIRE(onRemake.size() == 1);
    CHECK(onRemake[0].shotId == remakeShots[2].id);
    CHECK(onRemake[0].startFrame == 120);
    CHECK(onRemake[0].endFrame == 300);
    CHECK(labelOf(store, onRemake[0].codeId) == "Movement/Tilt");
    CHECK(onRemake[0].note == "she said \"look\"");
    const auto coders = store.coders().list();
    REQUIRE(coders.size() == 2);
    CHECK(onRemake[0].coderId == coders[1].id); // Bea

    SECTION("importing the same file again adds nothing")
    {
        const auto before = test::dumpAnnotationData(store);
        const auto again = annotation::importShotCodes(store, csv);
        CHECK(again.rows == 4);
        CHECK(again.annotationsAdded == 0);
        CHECK(again.duplicatesSkipped == 4);
        CHECK(again.codesCreated + again.codersCreated + again.tiersCreated +
                  again.schemesCreated ==
              0);
        CHECK(test::dumpAnnotationData(store) == before);
    }
}

TEST_CASE("annotation import: existing schemes, tiers and codes are reused", "[codes]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    test::addTwoFilms(store);
    const auto film = store.films().list()[0];
    // Two schemes: the first added (not the first by name) is the default.
    const auto first = store.schemes().add({0, "Zoology", ""});
    const auto second = store.schemes().add({0, "Acting", ""});
    const auto movement =
        store.schemes().addCode({0, first.id, std::nullopt, "Movement", "", "", "", 0, false});
    const auto pan =
        store.schemes().addCode({0, first.id, movement.id, "Pan", "", "", "", 0, false});
    const auto bare =
        store.tiers().add({0, film.id, "Bare", std::nullopt, model::TierKind::Shot, 0});
    store.tiers().add({0, film.id, "Free", second.id, model::TierKind::Range, 1});

    const auto csv = dir / "codes.csv";
    SECTION("a plain label finds the one code of that name below the top level")
    {
        test::writeText(csv, "film,shot,coder,code,tier\n"
                             "original.mkv,3,Ada,Pan,Bare\n"
                             "original.mkv,4,Ada,Pan,\n");
        const auto summary = annotation::importShotCodes(store, csv);
        CHECK(summary.codesCreated == 0);
        CHECK(summary.schemesCreated == 0);
        CHECK(summary.tiersCreated == 1);     // "Codes"
        CHECK(summary.tiersGivenScheme == 1); // "Bare" had none
        CHECK(store.tiers().get(bare.id)->schemeId == first.id);
        const auto annotations = store.annotations().listByFilm(film.id);
        REQUIRE(annotations.size() == 2);
        CHECK(annotations[0].codeId == pan.id);
        CHECK(annotations[1].codeId == pan.id);
        CHECK(tierNamed(store.tiers().list(film.id), "Codes").schemeId == first.id);
    }
    SECTION("a label in two places must be given as a path")
    {
        store.schemes().addCode({0, first.id, std::nullopt, "Pan", "", "", "", 1, false});
        store.schemes().addCode({0, first.id, movement.id, "Zoom", "", "", "", 1, false});
        store.schemes().addCode({0, first.id, std::nullopt, "Lens", "", "", "", 2, false});
        const auto lens = store.schemes().codes(first.id).back();
        store.schemes().addCode({0, first.id, lens.id, "Zoom", "", "", "", 0, false});
        test::writeText(csv, "film,shot,coder,code\n"
                             "original.mkv,0,Ada,Pan\n"    // the top-level Pan wins
                             "original.mkv,1,Ada,Zoom\n"); // Movement/Zoom or Lens/Zoom?
        REQUIRE_THROWS_WITH(annotation::importShotCodes(store, csv),
                            Contains("line 3: code 'Zoom' is in 2 places"));
        CHECK(store.annotations().listByFilm(film.id).empty());
    }
    SECTION("a range tier is refused")
    {
        test::writeText(csv, "film,shot,coder,code,tier\n"
                             "original.mkv,0,Ada,Pan,Free\n");
        REQUIRE_THROWS_WITH(annotation::importShotCodes(store, csv),
                            Contains("line 2: tier 'Free' of film '/films/original.mkv' is a "
                                     "range tier"));
    }
}

TEST_CASE("annotation import: any bad row rejects the whole file and changes nothing", "[codes]")
{
    struct Case
    {
        const char* what;
        const char* csv;
        const char* error;
    };
    // Rows before the bad one are valid and would create a coder, codes, a scheme and a tier.
    const auto bad = GENERATE(
        Case{"unknown film", "film,shot,coder,code\noriginal.mkv,0,Zed,New\nnowhere.mkv,0,Ada,A\n",
             "line 3: unknown film 'nowhere.mkv'"},
        Case{"ambiguous film", "film,shot,coder,code\noriginal.mkv,0,Zed,New\ndup.mkv,0,Ada,A\n",
             "line 3: film 'dup.mkv' is ambiguous: 2 films"},
        Case{"shot out of range",
             "film,shot,coder,code\noriginal.mkv,0,Zed,New\noriginal.mkv,5,Ada,A\n",
             "line 3: shot 5 out of range: film '/films/original.mkv' has shots 0 to 4"},
        Case{"negative shot", "film,shot,coder,code\noriginal.mkv,-1,Ada,A\n",
             "line 2: shot '-1' is not a shot index"},
        Case{"missing header column", "film,shot,coder\noriginal.mkv,0,Ada\n",
             "line 1: missing column 'code'"},
        Case{"unknown column", "film,shot,coder,code,mood\noriginal.mkv,0,Ada,A,calm\n",
             "line 1: unknown column 'mood'"},
        Case{"unterminated quote",
             "film,shot,coder,code,note\noriginal.mkv,0,Zed,New,ok\noriginal.mkv,1,Ada,A,\"never "
             "closed\n",
             "line 3: unterminated quoted field"},
        Case{"stray quote", "film,shot,coder,code\noriginal.mkv,0,Ada,say \"hi\"\n",
             "line 2: a quote inside an unquoted field"},
        Case{"text after a closing quote", "film,shot,coder,code\noriginal.mkv,0,Ada,\"A\"B\n",
             "line 2: unexpected text after a closing quote"},
        Case{"empty code", "film,shot,coder,code\noriginal.mkv,0,Zed,New\noriginal.mkv,1,Ada,\n",
             "line 3: empty code"},
        Case{"empty coder", "film,shot,coder,code\noriginal.mkv,0,  ,A\n", "line 2: empty coder"},
        Case{"empty path level", "film,shot,coder,code\noriginal.mkv,0,Ada,Movement//Pan\n",
             "line 2: code 'Movement//Pan' has an empty level"},
        Case{"too few fields", "film,shot,coder,code\noriginal.mkv,0,Zed,New\noriginal.mkv,0,Ada\n",
             "line 3: expected 4 fields like the header, found 3"},
        Case{"too many fields", "film,shot,coder,code\noriginal.mkv,0,Ada,A,extra\n",
             "line 2: expected 4 fields like the header, found 5"},
        Case{"invalid UTF-8", "film,shot,coder,code\noriginal.mkv,0,Ada,\xC3(\n",
             "line 2: not valid UTF-8"},
        Case{"empty file", "", "line 1: no header"},
        Case{"line and row differ after a multi-line note",
             "film,shot,coder,code,note\noriginal.mkv,0,Zed,New,\"two\nlines\"\nnowhere.mkv,0,"
             "Ada,A,\n",
             "line 4 (row 3): unknown film 'nowhere.mkv'"});
    CAPTURE(bad.what);

    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    test::addTwoFilms(store);
    model::Film dup;
    dup.path = "/films/a/dup.mkv";
    store.films().add(dup);
    dup.path = "/films/b/dup.mkv";
    store.films().add(dup);
    // Existing work the failed import must leave exactly as it is.
    const auto csv = dir / "codes.csv";
    test::writeText(csv, "film,shot,coder,code\nremake.mp4,1,Ada,Old\n");
    annotation::importShotCodes(store, csv);
    const auto before = test::dumpAnnotationData(store);
    const auto counts = [&]() {
        std::size_t annotations = 0, tiers = 0, codes = 0;
        for (const auto& film : store.films().list()) {
            annotations += store.annotations().listByFilm(film.id).size();
            tiers += store.tiers().list(film.id).size();
        }
        for (const auto& scheme : store.schemes().list())
            codes += store.schemes().codes(scheme.id).size();
        return std::vector<std::size_t>{annotations, tiers, codes, store.coders().list().size(),
                                        store.schemes().list().size()};
    };
    const auto countsBefore = counts();
    CHECK(countsBefore == std::vector<std::size_t>{1, 1, 1, 1, 1});

    test::writeText(csv, bad.csv);
    try {
        annotation::importShotCodes(store, csv);
        FAIL("the import should have failed");
    } catch (const InputError& e) {
        const std::string message = e.what();
        CHECK_THAT(message, Catch::StartsWith(csv.string() + ": " + bad.error));
        CHECK(message.find('\n') == std::string::npos);
    }
    CHECK(counts() == countsBefore);
    CHECK(test::dumpAnnotationData(store) == before);
    // The project is still writable: the failed import left no transaction open.
    store.coders().add({0, "After", ""});
}
