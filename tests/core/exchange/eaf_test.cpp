// ELAN EAF: export against the official schema, Diptych → EAF → Diptych round trips, real
// ELAN files, TIME_ORIGIN and unaligned slots, and hostile or broken input.

#include "../annotation/code_test_support.h"
#include "exchange_fixture.h"

#include "common/error.h"
#include "exchange/eaf_export.h"
#include "exchange/eaf_import.h"
#include "exchange/import_support.h"
#include "exchange/project_snapshot.h"
#include "exchange/xml_reader.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

using namespace diptych;

namespace {

/// Tiers and annotations of one film by content (names, frames, coder, code path, value,
/// note, linked shot's index), sorted: equal for two projects holding the same annotations
/// whatever their row ids and film paths.
std::string annotationContent(const store::ProjectStore& store, model::FilmId film)
{
    std::map<model::CoderId, std::string> coders;
    for (const auto& coder : store.coders().list())
        coders[coder.id] = coder.name;
    std::map<model::CodeId, std::string> codes;
    std::map<model::SchemeId, std::string> schemes;
    for (const auto& scheme : store.schemes().list()) {
        schemes[scheme.id] = scheme.name;
        for (const auto& code : store.schemes().codes(scheme.id)) // parents first
            codes[code.id] =
                (code.parentId ? codes[*code.parentId] + "/" : scheme.name + ":") + code.label;
    }
    std::map<model::ShotId, std::size_t> shotIndex;
    const auto shots = store.shots().list(film);
    for (std::size_t i = 0; i < shots.size(); ++i)
        shotIndex[shots[i].id] = i;
    std::vector<std::string> lines;
    std::map<model::TierId, std::string> tiers;
    for (const auto& tier : store.tiers().list(film)) {
        tiers[tier.id] = tier.name;
        lines.push_back("tier [" + tier.name + "] " + std::string(model::toString(tier.kind)) +
                        " [" + (tier.schemeId ? schemes[*tier.schemeId] : "") + "] " +
                        std::to_string(tier.sortOrder));
    }
    for (const auto& a : store.annotations().listByFilm(film))
        lines.push_back(
            "annotation [" + tiers[a.tierId] + "] " + std::to_string(a.startFrame) + "-" +
            std::to_string(a.endFrame) + " [" + coders[a.coderId] + "] [" +
            (a.codeId ? codes[*a.codeId] : "") + "] [" + a.value + "] [" + a.note +
            "] shot=" + (a.shotId ? std::to_string(shotIndex[*a.shotId]) : std::string("-")));
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& line : lines)
        out += line + "\n";
    return out;
}

std::map<std::string, exchange::xml::Element> tiersById(const exchange::xml::Element& root)
{
    std::map<std::string, exchange::xml::Element> tiers;
    for (const auto& tier : root.children("TIER"))
        tiers.emplace(tier.attributeOr("TIER_ID", ""), tier);
    return tiers;
}

/// The ALIGNABLE_ANNOTATION or REF_ANNOTATION inside each ANNOTATION of `tier`.
std::vector<exchange::xml::Element> annotationsOf(const exchange::xml::Element& tier)
{
    std::vector<exchange::xml::Element> result;
    for (const auto& wrapper : tier.children("ANNOTATION"))
        result.push_back(wrapper.children().front());
    return result;
}

std::string valueOf(const exchange::xml::Element& annotation)
{
    return annotation.child("ANNOTATION_VALUE")->text();
}

std::size_t occurrences(std::string_view text, std::string_view what)
{
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1))
        ++count;
    return count;
}

model::Film addFilm(store::ProjectStore& store, const std::string& path, double fps,
                    model::Frame frames = 100000)
{
    model::Film film;
    film.path = path;
    film.fps = fps;
    film.frameCount = frames;
    return store.films().add(film);
}

/// A small valid document around `tiers` (TIER elements) with slots ts1..ts4 at 0, 400, 2000,
/// 3000 ms; `header` goes into HEADER, `tail` after the linguistic types.
std::string handmadeEaf(const std::string& tiers, const std::string& header = "",
                        const std::string& tail = "", const std::string& format = "3.0")
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT AUTHOR="" DATE="2024-01-01T00:00:00Z" FORMAT=")" +
           format + R"(" VERSION="3.0">
    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">)" +
           header + R"(</HEADER>
    <TIME_ORDER>
        <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="0"/>
        <TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="400"/>
        <TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="2000"/>
        <TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="3000"/>
    </TIME_ORDER>)" +
           tiers + R"(
    <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="default" TIME_ALIGNABLE="true"/>
    <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Association" LINGUISTIC_TYPE_ID="assoc" TIME_ALIGNABLE="false"/>)" +
           tail + R"(
</ANNOTATION_DOCUMENT>
)";
}

std::string alignable(const std::string& id, const std::string& from, const std::string& to,
                      const std::string& value)
{
    return "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"" + id + "\" TIME_SLOT_REF1=\"" +
           from + "\" TIME_SLOT_REF2=\"" + to + "\"><ANNOTATION_VALUE>" + value +
           "</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>";
}

std::string reference(const std::string& id, const std::string& parent, const std::string& value)
{
    return "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"" + id + "\" ANNOTATION_REF=\"" + parent +
           "\"><ANNOTATION_VALUE>" + value + "</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>";
}

} // namespace

TEST_CASE("EAF export: a tier per coder, shots, vocabulary, notes; valid against EAFv3.0.xsd",
          "[exchange][eaf]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    const auto p = test::addAnnotatedProject(store);
    // Characters XML cannot carry as they are.
    model::Annotation odd;
    odd.tierId = p.originalNotes;
    odd.coderId = p.alice;
    odd.startFrame = 300;
    odd.endFrame = 310;
    odd.value = "a\x01"
                "b <c> & \"d\"\r\ne\xff";
    store.annotations().add(odd);

    const std::string text = exchange::eafDocument(exchange::takeSnapshot(store));
    const auto document = exchange::xml::Document::parse(text, "export.eaf");
    const auto root = document.root();
    CHECK(root.name() == "ANNOTATION_DOCUMENT");
    CHECK(root.attribute("FORMAT") == "3.0");
    CHECK(root.attribute("AUTHOR") == "Diptych");

    const auto tiers = tiersById(root);
    const std::string bob = "Bob \"B\" Kim";
    std::set<std::string> ids;
    for (const auto& [id, tier] : tiers)
        ids.insert(id);
    CHECK(ids ==
          std::set<std::string>{"Original — Shots", "Original — Codes (alice)",
                                "Original — Codes (alice) notes", "Original — Codes (" + bob + ")",
                                "Original — Moments (alice)", "Original — Moments (alice) notes",
                                "Original — Notes (alice)", "Original — Notes (" + bob + ")",
                                "Remake (AI) — Shots", "Remake (AI) — Codes (alice)"});
    REQUIRE(tiers.count("Original — Codes (" + bob + ")") == 1);
    const auto& bobCodes = tiers.at("Original — Codes (" + bob + ")");
    CHECK(bobCodes.attribute("ANNOTATOR") == bob);
    CHECK(bobCodes.attribute("PARTICIPANT") == "original.mkv");
    CHECK(annotationsOf(bobCodes).size() == 2);

    std::map<std::string, std::string> slots;
    for (const auto& slot : root.child("TIME_ORDER")->children("TIME_SLOT"))
        slots[*slot.attribute("TIME_SLOT_ID")] = *slot.attribute("TIME_VALUE");
    const auto shots = annotationsOf(tiers.at("Original — Shots"));
    REQUIRE(shots.size() == 5);
    CHECK(valueOf(shots[0]) == "Shot 1");
    CHECK(valueOf(shots[4]) == "Shot 5");
    CHECK(slots[*shots[1].attribute("TIME_SLOT_REF1")] == "4000"); // frame 100 at 25 fps
    CHECK(slots[*shots[1].attribute("TIME_SLOT_REF2")] == "10000");
    CHECK(tiers.at("Original — Shots").attribute("LINGUISTIC_TYPE_REF") == "diptych-shots");

    const auto aliceCodes = annotationsOf(tiers.at("Original — Codes (alice)"));
    REQUIRE(aliceCodes.size() == 3);
    CHECK(valueOf(aliceCodes[0]) == "Color & light/Teal, orange");
    CHECK(aliceCodes[0].attribute("CVE_REF") == "cve_" + std::to_string(p.tealOrange));

    const auto& notesTier = tiers.at("Original — Codes (alice) notes");
    CHECK(notesTier.attribute("PARENT_REF") == "Original — Codes (alice)");
    CHECK(notesTier.attribute("LINGUISTIC_TYPE_REF") == "diptych-notes");
    const auto notes = annotationsOf(notesTier);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].name() == "REF_ANNOTATION");
    CHECK(notes[0].attribute("ANNOTATION_REF") == aliceCodes[0].attribute("ANNOTATION_ID"));
    CHECK(valueOf(notes[0]) == "Teal shadows, orange skin;\nsee \"grading\", scene 1");
    CHECK(valueOf(notes[1]) == "对称 — symmetric");

    const auto odds = annotationsOf(tiers.at("Original — Notes (alice)"));
    REQUIRE(odds.size() == 1);
    CHECK(valueOf(odds[0]) == "ab <c> & \"d\"\r\ne\xEF\xBF\xBD");

    const auto vocabularies = root.children("CONTROLLED_VOCABULARY");
    REQUIRE(vocabularies.size() == 1);
    CHECK(vocabularies[0].attribute("CV_ID") == "Semiotics");
    std::vector<std::string> entries;
    for (const auto& entry : vocabularies[0].children("CV_ENTRY_ML"))
        entries.push_back(entry.child("CVE_VALUE")->text());
    CHECK(entries == std::vector<std::string>{"Color & light", "Color & light/Teal, orange",
                                              "Motion", "Motion/Pan", "构图 Composition",
                                              "Old code"});

    bool notesType = false;
    for (const auto& type : root.children("LINGUISTIC_TYPE"))
        if (type.attribute("LINGUISTIC_TYPE_ID") == "diptych-notes")
            notesType = type.attribute("CONSTRAINTS") == "Symbolic_Association";
    CHECK(notesType);
    CHECK(root.child("CONSTRAINT")->attribute("STEREOTYPE") == "Symbolic_Association");

    bool sawBobProperty = false;
    for (const auto& property : root.child("HEADER")->children("PROPERTY"))
        if (property.attribute("NAME") == "diptych:tier:Original — Codes (" + bob + ")") {
            const auto json = nlohmann::json::parse(property.text());
            CHECK(json.at("film") == "/films/original.mkv");
            CHECK(json.at("tier") == "Codes");
            CHECK(json.at("kind") == "shot");
            CHECK(json.at("scheme") == "Semiotics");
            CHECK(json.at("coder") == bob);
            sawBobProperty = true;
        }
    CHECK(sawBobProperty);

    const auto formats = test::sharedFormatsDirectory();
    if (!formats) {
        WARN("skipping the schema validation: $DIPTYCH_SHARED_DIR/formats is not there");
        return;
    }
    if (std::system("xmllint --version >/dev/null 2>&1") != 0) {
        WARN("skipping the schema validation: xmllint is not installed");
        return;
    }
    const auto file = dir / "export.eaf";
    test::writeText(file, text);
    std::string output;
    const int status = test::runCommand("xmllint --noout --schema " +
                                            test::shellQuote((*formats / "EAFv3.0.xsd").string()) +
                                            " " + test::shellQuote(file.string()) + " 2>&1",
                                        &output);
    INFO(output);
    CHECK(status == 0);
}

TEST_CASE("EAF round trip: two films come back with the same tiers and annotations",
          "[exchange][eaf]")
{
    test::TempDir dir;
    auto a = store::ProjectStore::create(dir / "a.diptych");
    const auto p = test::addAnnotatedProject(a);
    const std::string text = exchange::eafDocument(exchange::takeSnapshot(a));

    auto b = store::ProjectStore::create(dir / "b.diptych");
    test::addTwoFilms(b); // the same films and shots, nothing else
    const auto summary = exchange::importEaf(b, text, dir / "a.eaf", std::nullopt);
    CHECK(summary.format == "ELAN EAF 3.0");
    CHECK(summary.annotationsAdded == p.annotationCount);
    CHECK(summary.tiersCreated == 4);
    CHECK(summary.codersCreated == 2);
    CHECK(summary.schemesCreated == 1);
    CHECK(summary.codesCreated == 6);
    CHECK(summary.shotsAdded == 0);
    CHECK(summary.remarks.size() == 2); // both films keep their own shots

    for (const auto* path : {"/films/original.mkv", "/films/remake.mp4"}) {
        INFO(path);
        const auto filmA = a.films().findByPath(path);
        const auto filmB = b.films().findByPath(path);
        REQUIRE(filmA);
        REQUIRE(filmB);
        CHECK(annotationContent(b, filmB->id) == annotationContent(a, filmA->id));
    }
    // The code descriptions travel in the vocabulary.
    const auto schemes = b.schemes().list();
    REQUIRE(schemes.size() == 1);
    CHECK(b.schemes().codes(schemes[0].id)[0].description == "Color & light (description)");

    // Importing again adds tiers next to the existing ones, never into them.
    exchange::importEaf(b, text, dir / "a.eaf", std::nullopt);
    std::set<std::string> names;
    for (const auto& tier : b.tiers().list(b.films().findByPath("/films/original.mkv")->id))
        names.insert(tier.name);
    CHECK(names == std::set<std::string>{"Codes", "Moments", "Notes", "Codes (2)", "Moments (2)",
                                         "Notes (2)"});
}

TEST_CASE("EAF round trip of one film into a film chosen with --film, shots included",
          "[exchange][eaf]")
{
    test::TempDir dir;
    auto a = store::ProjectStore::create(dir / "a.diptych");
    const auto p = test::addAnnotatedProject(a);
    const std::string text = exchange::eafDocument(exchange::takeSnapshot(a, p.original));
    CHECK(text.find("TIER_ID=\"Codes (alice)\"") != std::string::npos); // no film prefix

    auto c = store::ProjectStore::create(dir / "c.diptych");
    addFilm(c, "/somewhere/else.mkv", 25, 600);
    const auto target = addFilm(c, "/elsewhere/copy.mkv", 25, 500);
    const auto summary = exchange::importEaf(c, text, dir / "original.eaf", target.id);
    CHECK(summary.shotsAdded == 5); // the film had none: the shot tier gives them
    CHECK(summary.annotationsAdded == 7);

    const auto shotsA = a.shots().list(p.original);
    const auto shotsC = c.shots().list(target.id);
    REQUIRE(shotsC.size() == shotsA.size());
    for (std::size_t i = 0; i < shotsA.size(); ++i) {
        CHECK(shotsC[i].startFrame == shotsA[i].startFrame);
        CHECK(shotsC[i].endFrame == shotsA[i].endFrame);
    }
    CHECK(annotationContent(c, target.id) == annotationContent(a, p.original));
}

TEST_CASE("EAF import of real ELAN files (2.3, 2.6, 3.0)", "[exchange][eaf]")
{
    const auto formats = test::sharedFormatsDirectory();
    if (!formats) {
        WARN("skipping: $DIPTYCH_SHARED_DIR/formats (real ELAN files) is not there");
        return;
    }
    for (const auto* name :
         {"pympi_sample_3.0.eaf", "elan-example1_v2.3.eaf", "turkish_v2.6.eaf"}) {
        INFO(name);
        test::TempDir dir;
        auto store = store::ProjectStore::create(dir / "real.diptych");
        const auto film = addFilm(store, "/films/recording.mp4", 25);
        const auto path = *formats / "eaf" / name;
        const auto text = exchange::readImportFile(path);
        const auto summary = exchange::importEaf(store, text, path, film.id);

        // Every tier and every annotation of the file, counted independently of the reader.
        const auto tiers = occurrences(text, "<TIER ");
        const auto annotations = occurrences(text, "<ANNOTATION>");
        CHECK(summary.tiersCreated == static_cast<int>(tiers));
        CHECK(summary.annotationsAdded == static_cast<int>(annotations));
        CHECK(store.tiers().list(film.id).size() == tiers);
        CHECK(store.annotations().listByFilm(film.id).size() == annotations);
        CHECK(summary.remarks.empty());
        CHECK(summary.codersCreated == 1); // no ANNOTATOR or PARTICIPANT: "ELAN"
        CHECK(store.coders().list().at(0).name == "ELAN");

        if (std::string_view(name) == "pympi_sample_3.0.eaf") {
            CHECK(summary.format == "ELAN EAF 3.0");
            std::map<std::string, model::SchemeId> schemes;
            for (const auto& scheme : store.schemes().list())
                schemes[scheme.name] = scheme.id;
            CHECK(schemes.size() == 5); // POS, Gesture and three external CVs
            REQUIRE(schemes.count("Gesture") == 1);
            std::vector<std::string> labels;
            for (const auto& code : store.schemes().codes(schemes["Gesture"]))
                labels.push_back(code.label);
            // The first LANGUAGE (eng) is the one taken from the multilingual entries.
            CHECK(labels == std::vector<std::string>{"prep", "hold", "stroke", "retr"});
            CHECK(store.schemes().codes(schemes["Gesture"])[0].description == "preparation");
            int coded = 0;
            for (const auto& tier : store.tiers().list(film.id)) {
                if (tier.name == "text") {
                    CHECK(tier.kind == model::TierKind::Text);
                    // a1: ts2 (2000 ms) to ts19 (5000 ms) at 25 fps.
                    const auto first = store.annotations().listByTier(tier.id).front();
                    CHECK(first.startFrame == 50);
                    CHECK(first.endFrame == 125);
                    CHECK(first.value == "The quick brown fox 001");
                }
                if (tier.name == "gestures") {
                    CHECK(tier.kind == model::TierKind::Range);
                    CHECK(tier.schemeId == schemes["Gesture"]);
                }
                if (tier.name == "words-pos")
                    CHECK(tier.schemeId == schemes["POS"]);
                for (const auto& annotation : store.annotations().listByTier(tier.id))
                    coded += annotation.codeId.has_value();
            }
            CHECK(coded > 0);
        } else if (std::string_view(name) == "elan-example1_v2.3.eaf") {
            CHECK(summary.format == "ELAN EAF 2.3");
            std::set<std::string> names;
            for (const auto& scheme : store.schemes().list())
                names.insert(scheme.name);
            CHECK(names == std::set<std::string>{"POS", "Gesture phases"});
        } else {
            CHECK(summary.format == "ELAN EAF 2.6");
        }
    }
}

TEST_CASE("EAF import honours TIME_ORIGIN, cutting or leaving out what falls before 0",
          "[exchange][eaf]")
{
    test::TempDir dir;
    const std::string tier = R"(
    <TIER ANNOTATOR="ann" LINGUISTIC_TYPE_REF="default" TIER_ID="speech">)" +
                             alignable("a1", "ts1", "ts2", "early") +
                             alignable("a2", "ts3", "ts4", "late") +
                             alignable("a3", "ts2", "ts3", "across") + "</TIER>";
    const auto media = [](const std::string& origin) {
        return R"(<MEDIA_DESCRIPTOR MEDIA_URL="file:///films/clip.mp4" MIME_TYPE="video/mp4" TIME_ORIGIN=")" +
               origin + R"("/>)";
    };
    const auto spans = [](const store::ProjectStore& store, model::FilmId film) {
        std::map<std::string, std::pair<model::Frame, model::Frame>> result;
        for (const auto& a : store.annotations().listByFilm(film))
            result[a.value] = {a.startFrame, a.endFrame};
        return result;
    };

    SECTION("a positive origin: the media starts 1 s before the annotations' time 0")
    {
        auto store = store::ProjectStore::create(dir / "p.diptych");
        const auto film = addFilm(store, "/films/clip.mp4", 25);
        // No --film: the media descriptor names the film.
        const auto summary =
            exchange::importEaf(store, handmadeEaf(tier, media("1000")), dir / "t.eaf", {});
        CHECK(summary.annotationsAdded == 3);
        CHECK(summary.remarks.empty());
        using Span = std::pair<model::Frame, model::Frame>;
        CHECK(spans(store, film.id) == std::map<std::string, Span>{{"early", {25, 35}},
                                                                   {"late", {75, 100}},
                                                                   {"across", {35, 75}}});
        CHECK(store.coders().list().at(0).name == "ann");
    }
    SECTION("a negative origin: earlier annotations are left out or cut at frame 0")
    {
        auto store = store::ProjectStore::create(dir / "n.diptych");
        const auto film = addFilm(store, "/films/clip.mp4", 25);
        const auto summary =
            exchange::importEaf(store, handmadeEaf(tier, media("-1000")), dir / "t.eaf", film.id);
        CHECK(summary.annotationsAdded == 2);
        CHECK(summary.remarks.size() == 2);
        using Span = std::pair<model::Frame, model::Frame>;
        CHECK(spans(store, film.id) ==
              std::map<std::string, Span>{{"late", {25, 50}}, {"across", {0, 25}}});
    }
}

TEST_CASE("EAF import: unaligned slots are interpolated, symbolic tiers take their parent's "
          "span, vocabularies code annotations",
          "[exchange][eaf]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto film = addFilm(store, "/films/clip.mp4", 25);
    const std::string text =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT AUTHOR="" DATE="2024-01-01T00:00:00Z" FORMAT="2.8" VERSION="2.8">
    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>
    <TIME_ORDER>
        <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1000"/>
        <TIME_SLOT TIME_SLOT_ID="ts2"/>
        <TIME_SLOT TIME_SLOT_ID="ts3"/>
        <TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="4000"/>
    </TIME_ORDER>
    <TIER LINGUISTIC_TYPE_REF="utterance" PARTICIPANT="Ann" TIER_ID="utt">)" +
        alignable("a1", "ts1", "ts4", "hello big world") + R"(</TIER>
    <TIER LINGUISTIC_TYPE_REF="words" PARENT_REF="utt" TIER_ID="words">)" +
        alignable("a2", "ts1", "ts2", "hello") + alignable("a3", "ts2", "ts3", "big") +
        alignable("a4", "ts3", "ts4", "world") + R"(</TIER>
    <TIER LINGUISTIC_TYPE_REF="assoc" PARENT_REF="words" TIER_ID="translation">)" +
        reference("a5", "a3", "groot") + R"(</TIER>
    <TIER LINGUISTIC_TYPE_REF="assoc" PARENT_REF="translation" TIER_ID="gloss">)" +
        reference("a6", "a5", "big.ADJ") + R"(</TIER>
    <TIER ANNOTATOR="Kim" LINGUISTIC_TYPE_REF="phases" TIER_ID="phase">
        <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a7" CVE_REF="c1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>whatever</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>)" +
        alignable("a8", "ts2", "ts3", "new/sub") + alignable("a9", "ts3", "ts4", "") + R"(</TIER>
    <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="utterance" TIME_ALIGNABLE="true"/>
    <LINGUISTIC_TYPE CONSTRAINTS="Time_Subdivision" LINGUISTIC_TYPE_ID="words" TIME_ALIGNABLE="true"/>
    <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Association" LINGUISTIC_TYPE_ID="assoc" TIME_ALIGNABLE="false"/>
    <LINGUISTIC_TYPE CONTROLLED_VOCABULARY_REF="Phase" LINGUISTIC_TYPE_ID="phases" TIME_ALIGNABLE="true"/>
    <LANGUAGE LANG_ID="nld"/>
    <LANGUAGE LANG_ID="eng"/>
    <CONSTRAINT STEREOTYPE="Time_Subdivision"/>
    <CONSTRAINT STEREOTYPE="Symbolic_Association"/>
    <CONTROLLED_VOCABULARY CV_ID="Phase">
        <CV_ENTRY_ML CVE_ID="c1">
            <CVE_VALUE DESCRIPTION="preparation" LANG_REF="eng">prep</CVE_VALUE>
            <CVE_VALUE DESCRIPTION="voorbereiding" LANG_REF="nld">voorb</CVE_VALUE>
        </CV_ENTRY_ML>
    </CONTROLLED_VOCABULARY>
</ANNOTATION_DOCUMENT>
)";
    const auto summary = exchange::importEaf(store, text, dir / "t.eaf", std::nullopt);
    CHECK(summary.format == "ELAN EAF 2.8");
    CHECK(summary.tiersCreated == 5);
    CHECK(summary.annotationsAdded == 9);
    CHECK(summary.schemesCreated == 1);
    CHECK(summary.codesCreated == 3); // voorb (the first LANGUAGE, nld), new, new/sub

    std::map<std::string, model::Tier> tiers;
    for (const auto& tier : store.tiers().list(film.id))
        tiers[tier.name] = tier;
    const auto span = [&](const std::string& tier, std::size_t index) {
        const auto a = store.annotations().listByTier(tiers.at(tier).id).at(index);
        return std::pair{a.startFrame, a.endFrame};
    };
    using Span = std::pair<model::Frame, model::Frame>;
    CHECK(span("utt", 0) == Span{25, 100});
    CHECK(span("words", 0) == Span{25, 50}); // ts2, ts3: thirds of 1000..4000 ms
    CHECK(span("words", 1) == Span{50, 75});
    CHECK(span("words", 2) == Span{75, 100});
    CHECK(span("translation", 0) == Span{50, 75});
    CHECK(span("gloss", 0) == Span{50, 75}); // through two levels of references
    CHECK(tiers.at("gloss").kind == model::TierKind::Text);
    CHECK(tiers.at("phase").kind == model::TierKind::Range);
    REQUIRE(tiers.at("phase").schemeId);

    const auto phase = store.annotations().listByTier(tiers.at("phase").id);
    REQUIRE(phase.size() == 3);
    REQUIRE(phase[0].codeId);
    const auto cvCode = store.schemes().code(*phase[0].codeId);
    CHECK(cvCode->label == "voorb"); // by CVE_REF, whatever the value says
    CHECK(cvCode->description == "voorbereiding");
    REQUIRE(phase[1].codeId);
    const auto nested = store.schemes().code(*phase[1].codeId);
    CHECK(nested->label == "sub");
    CHECK(nested->parentId);
    CHECK_FALSE(phase[2].codeId); // empty value: kept, uncoded
    CHECK(phase[2].value.empty());

    std::set<std::string> coders;
    for (const auto& coder : store.coders().list())
        coders.insert(coder.name);
    CHECK(coders == std::set<std::string>{"Ann", "ELAN", "Kim"});
}

TEST_CASE("EAF import refuses broken and hostile files, changing nothing", "[exchange][eaf]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    test::addAnnotatedProject(store);
    const auto stillFilm = addFilm(store, "/films/still.png", 0); // no frame rate
    const std::string before = test::dumpProjectContent(store);
    const auto source = dir / "bad.eaf";

    const std::string valid = handmadeEaf(R"(
    <TIER LINGUISTIC_TYPE_REF="default" TIER_ID="speech">)" +
                                          alignable("a1", "ts1", "ts2", "x") + "</TIER>");
    std::string lotsOfLaughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">)";
    for (int i = 1; i <= 9; ++i) {
        lotsOfLaughs += "\n <!ENTITY lol" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j)
            lotsOfLaughs += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
        lotsOfLaughs += "\">";
    }
    lotsOfLaughs += "\n]>\n<ANNOTATION_DOCUMENT>&lol9;</ANNOTATION_DOCUMENT>\n";

    struct Case
    {
        const char* what;
        std::string text;
        std::string reason;
        std::optional<model::FilmId> film;
    };
    const std::vector<Case> cases = {
        {"truncated", valid.substr(0, valid.size() / 2), "malformed XML (", {}},
        {"billion laughs", lotsOfLaughs, "DTDs and entity declarations are not allowed", {}},
        {"external entity",
         "<?xml version=\"1.0\"?>\n<!DOCTYPE ANNOTATION_DOCUMENT [\n <!ENTITY x SYSTEM "
         "\"file:///etc/passwd\">\n]>\n<ANNOTATION_DOCUMENT>&x;</ANNOTATION_DOCUMENT>\n",
         "DTDs and entity declarations are not allowed",
         {}},
        {"unknown version", handmadeEaf("", "", "", "9.0"), "unsupported EAF version 9.0", {}},
        {"non-numeric version",
         handmadeEaf("", "", "", "three"),
         "unsupported EAF version three",
         {}},
        {"dangling ANNOTATION_REF",
         handmadeEaf(R"(
    <TIER LINGUISTIC_TYPE_REF="default" TIER_ID="speech">)" +
                     alignable("a1", "ts1", "ts2", "x") + R"(</TIER>
    <TIER LINGUISTIC_TYPE_REF="assoc" PARENT_REF="speech" TIER_ID="gloss">)" +
                     reference("a2", "a99", "y") + "</TIER>"),
         "line 11: ANNOTATION_REF 'a99' names no annotation",
         {}},
        {"dangling TIME_SLOT_REF",
         handmadeEaf(R"(
    <TIER LINGUISTIC_TYPE_REF="default" TIER_ID="speech">)" +
                     alignable("a1", "ts1", "ts9", "x") + "</TIER>"),
         "TIME_SLOT_REF2 'ts9' names no time slot",
         {}},
        {"dangling PARENT_REF",
         handmadeEaf(R"(
    <TIER LINGUISTIC_TYPE_REF="default" PARENT_REF="ghost" TIER_ID="speech">)" +
                     alignable("a1", "ts1", "ts2", "x") + "</TIER>"),
         "line 10: PARENT_REF 'ghost' names no tier",
         {}},
        {"dangling LINGUISTIC_TYPE_REF",
         handmadeEaf(R"(
    <TIER LINGUISTIC_TYPE_REF="nothing" TIER_ID="speech"/>)"),
         "LINGUISTIC_TYPE_REF 'nothing' names no linguistic type",
         {}},
        {"dangling CONTROLLED_VOCABULARY_REF",
         handmadeEaf("", "", R"(
    <LINGUISTIC_TYPE CONTROLLED_VOCABULARY_REF="Nope" LINGUISTIC_TYPE_ID="coded"/>)"),
         "CONTROLLED_VOCABULARY_REF 'Nope' names no controlled vocabulary",
         {}},
        {"not ELAN", "<html/>", "not an ELAN document", {}},
        // Fails inside the transaction, after the vocabulary became a scheme: rolled back.
        {"film without frame rate",
         handmadeEaf(R"(
    <TIER LINGUISTIC_TYPE_REF="coded" TIER_ID="speech">)" +
                         alignable("a1", "ts1", "ts2", "x") + "</TIER>",
                     "", R"(
    <LINGUISTIC_TYPE CONTROLLED_VOCABULARY_REF="Fresh" LINGUISTIC_TYPE_ID="coded"/>
    <CONTROLLED_VOCABULARY CV_ID="Fresh" DESCRIPTION="new"><CV_ENTRY>x</CV_ENTRY></CONTROLLED_VOCABULARY>)"),
         "has no known frame rate", stillFilm.id},
    };
    CHECK_NOTHROW(exchange::xml::Document::parse(valid, "valid.eaf"));
    // The reader's own guards: an element cap checked before parsing, UTF-8 only.
    CHECK_THROWS_WITH(exchange::xml::Document::parse("<a><b/><c/><d/></a>", "big.xml", 3),
                      "big.xml: the document has more than 3 elements; it is too large to "
                      "import");
    CHECK_THROWS_WITH(exchange::xml::Document::parse(std::string("<\0a\0/\0>\0", 8), "u16.xml"),
                      "u16.xml: not a UTF-8 XML document");
    for (const auto& c : cases) {
        INFO(c.what);
        std::string message;
        try {
            exchange::importEaf(store, c.text, source, c.film);
        } catch (const InputError& error) {
            message = error.what();
        }
        INFO(message);
        CHECK(message.starts_with(source.string() + ": "));
        CHECK(message.find(c.reason) != std::string::npos);
        CHECK(message.find('\n') == std::string::npos);
        CHECK(test::dumpProjectContent(store) == before);
    }
}
