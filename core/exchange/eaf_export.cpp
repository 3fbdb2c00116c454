#include "exchange/eaf_export.h"

#include "exchange/import_support.h"
#include "exchange/project_snapshot.h"
#include "store/timestamp.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

// How a Diptych project maps onto ELAN's model (EAF 3.0; the importer reads it back exactly):
//
// - Every film is one MEDIA_DESCRIPTOR; times are milliseconds from that film's start.
// - Each film's shots become a tier of linguistic type "diptych-shots" with "Shot N" values.
// - Each Diptych tier becomes one EAF tier per coder who annotated on it (ELAN has one
//   ANNOTATOR per tier, Diptych one coder per annotation), "<tier> (<coder>)"; a tier without
//   annotations becomes one EAF tier without ANNOTATOR, so it survives the trip.
// - Each coding scheme becomes a CONTROLLED_VOCABULARY whose entries are the code paths
//   ("Movement/Pan") in tree order, retired codes included; tiers with a scheme use a
//   linguistic type bound to its vocabulary and coded annotations point at their entry with
//   CVE_REF. Tiers without a scheme use the plain "diptych-text" type.
// - Notes become REF_ANNOTATIONs on a Symbolic_Association child tier "<tier> notes".
// - What ELAN cannot say but Diptych needs to rebuild its tiers exactly (film path, tier name,
//   kind, scheme, coder, sort order) goes into HEADER PROPERTY "diptych:tier:<TIER_ID>" as
//   compact JSON. ELAN keeps unknown properties, so an ELAN round trip keeps them too.
//
// Not carried: regions (EAF has no spatial annotation; the W3C Web Annotation export has
// them), the free-text value of an annotation that also has a code (an EAF annotation has one
// value, the code's path), code colours and shortcuts, retirement, metrics and
// correspondences.

namespace diptych::exchange {

namespace {

using Attributes = std::vector<std::pair<std::string_view, std::string>>;

// ---- XML text -------------------------------------------------------------------------------

/// Length of the well-formed UTF-8 sequence at `text[at]` and its code point; length 0 for a
/// malformed one (stray continuation byte, overlong form, surrogate, beyond U+10FFFF).
std::pair<std::size_t, char32_t> decodeUtf8(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned lead = byte(at);
    if (lead < 0x80)
        return {1, lead};
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || at + length > text.size())
        return {0, 0};
    char32_t cp = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return {0, 0};
        cp = (cp << 6) | (byte(at + i) & 0x3F);
    }
    static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return {0, 0};
    return {length, cp};
}

/// Whether XML 1.0 allows the character at all (not even as a reference).
bool allowedInXml(char32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
}

/// `text` escaped for XML content or (with `attribute`) a double-quoted attribute value.
/// Characters XML 1.0 forbids are dropped and malformed UTF-8 becomes U+FFFD, so the output
/// always parses. In attributes, line breaks and tabs are written as references, since a
/// parser would otherwise normalise them to spaces; a CR is one everywhere for the same reason.
std::string escaped(std::string_view text, bool attribute)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const auto [length, cp] = decodeUtf8(text, at);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++at;
            continue;
        }
        const std::string_view character = text.substr(at, length);
        at += length;
        if (!allowedInXml(cp))
            continue;
        switch (cp) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += attribute ? "&quot;" : "\"";
            break;
        case '\r':
            out += "&#13;";
            break;
        case '\n':
            out += attribute ? "&#10;" : "\n";
            break;
        case '\t':
            out += attribute ? "&#9;" : "\t";
            break;
        default:
            out += character;
        }
    }
    return out;
}

/// Writes indented elements into one string; the document is small enough to build in memory.
class XmlWriter
{
public:
    void open(std::string_view name, const Attributes& attributes)
    {
        startTag(name, attributes);
        m_out += ">\n";
        ++m_depth;
    }
    void close(std::string_view name)
    {
        --m_depth;
        indent();
        m_out += "</";
        m_out += name;
        m_out += ">\n";
    }
    void empty(std::string_view name, const Attributes& attributes)
    {
        startTag(name, attributes);
        m_out += "/>\n";
    }
    void leaf(std::string_view name, const Attributes& attributes, std::string_view text)
    {
        startTag(name, attributes);
        m_out += '>';
        m_out += escaped(text, false);
        m_out += "</";
        m_out += name;
        m_out += ">\n";
    }
    void raw(std::string_view text) { m_out += text; }
    std::string take() { return std::move(m_out); }

private:
    void indent() { m_out.append(static_cast<std::size_t>(m_depth) * 4, ' '); }
    void startTag(std::string_view name, const Attributes& attributes)
    {
        indent();
        m_out += '<';
        m_out += name;
        for (const auto& [key, value] : attributes) {
            m_out += ' ';
            m_out += key;
            m_out += "=\"";
            m_out += escaped(value, true);
            m_out += '"';
        }
    }

    std::string m_out;
    int m_depth = 0;
};

// ---- the document's content, planned before it is written ----------------------------------

constexpr std::string_view kShotsType = "diptych-shots";
constexpr std::string_view kTextType = "diptych-text";
constexpr std::string_view kNotesType = "diptych-notes";
constexpr std::string_view kLanguage = "und"; // ISO 639-3 "undetermined": codes have no language

struct EafAnnotation
{
    std::string id; ///< "a1", "a2", ... unique in the document (xsd:ID)
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::string parentId; ///< for a REF_ANNOTATION: the annotation it annotates
    std::string value;
    std::string cveRef; ///< the CV entry of a coded annotation
};

struct EafTier
{
    std::string id;
    std::string type;
    std::string annotator;
    std::string participant;
    std::string parent; ///< notes tiers only
    std::vector<EafAnnotation> annotations;
    std::string property; ///< JSON for "diptych:tier:<id>"; empty for notes tiers
};

struct MediaDescriptor
{
    std::string url;
    std::string relativeUrl;
    std::string mimeType;
};

struct Plan
{
    std::vector<MediaDescriptor> media;
    std::vector<EafTier> tiers;
    std::set<std::int64_t> times;
    int annotationCount = 0;
};

std::string mimeType(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const std::map<std::string, std::string, std::less<>> kTypes = {
        {".mp4", "video/mp4"},       {".m4v", "video/mp4"},       {".mkv", "video/x-matroska"},
        {".mov", "video/quicktime"}, {".qt", "video/quicktime"},  {".mpg", "video/mpeg"},
        {".mpeg", "video/mpeg"},     {".m2v", "video/mpeg"},      {".vob", "video/mpeg"},
        {".ts", "video/mp2t"},       {".m2ts", "video/mp2t"},     {".avi", "video/x-msvideo"},
        {".webm", "video/webm"},     {".ogv", "video/ogg"},       {".wmv", "video/x-ms-wmv"},
        {".flv", "video/x-flv"},     {".mxf", "application/mxf"}, {".dv", "video/dv"},
        {".3gp", "video/3gpp"},      {".wav", "audio/x-wav"},     {".mp3", "audio/mpeg"},
        {".m4a", "audio/mp4"},
    };
    const auto it = kTypes.find(extension);
    return it == kTypes.end() ? "video/*" : it->second;
}

/// "./name" with the name percent-encoded like fileUrl() does, so the relative reference is a
/// valid xsd:anyURI too.
std::string relativeUrl(const std::filesystem::path& path)
{
    const std::string url = fileUrl(std::filesystem::path(".") / path.filename());
    return url.substr(std::string_view("file://").size());
}

std::string filmDisplayName(const model::Film& film)
{
    return film.title.empty() ? film.path.stem().string() : film.title;
}

/// Tier ids are names in ELAN and must be unique among tiers: a rare clash (a tier literally
/// named "Codes (alice)") gets " #2", " #3"...
class TierIds
{
public:
    std::string unique(const std::string& wanted)
    {
        std::string id = wanted;
        for (int n = 2; !m_used.insert(id).second; ++n)
            id = wanted + " #" + std::to_string(n);
        return id;
    }

private:
    std::set<std::string> m_used;
};

std::string codesType(model::SchemeId scheme)
{
    return "diptych-codes-" + std::to_string(scheme);
}

std::string propertyJson(const FilmSnapshot& film, const model::Tier& tier,
                         const std::string& schemeName, const std::string& coderName)
{
    const nlohmann::json json = {{"film", film.film.path.generic_string()},
                                 {"tier", tier.name},
                                 {"kind", std::string(model::toString(tier.kind))},
                                 {"scheme", schemeName},
                                 {"coder", coderName},
                                 {"sort", tier.sortOrder}};
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

class Planner
{
public:
    explicit Planner(const ProjectSnapshot& snapshot)
        : m_snapshot(snapshot)
    {}

    Plan plan()
    {
        const bool severalFilms = m_snapshot.films.size() > 1;
        for (const auto& film : m_snapshot.films) {
            m_plan.media.push_back(
                {fileUrl(film.film.path), relativeUrl(film.film.path), mimeType(film.film.path)});
            const std::string prefix = severalFilms ? filmDisplayName(film.film) + " — " : "";
            addShotTier(film, prefix);
            for (const auto& tier : film.tiers)
                addTier(film, tier, prefix);
        }
        return std::move(m_plan);
    }

private:
    std::string nextAnnotationId() { return "a" + std::to_string(++m_plan.annotationCount); }

    EafAnnotation alignable(const FilmSnapshot& film, model::Frame start, model::Frame end)
    {
        EafAnnotation annotation;
        annotation.id = nextAnnotationId();
        annotation.startMs = millisecondsOfFrame(start, film.film.fps);
        annotation.endMs = millisecondsOfFrame(end, film.film.fps);
        m_plan.times.insert(annotation.startMs);
        m_plan.times.insert(annotation.endMs);
        return annotation;
    }

    void addShotTier(const FilmSnapshot& film, const std::string& prefix)
    {
        if (film.shots.empty())
            return;
        EafTier tier;
        tier.id = m_ids.unique(prefix + "Shots");
        tier.type = kShotsType;
        tier.annotator = "Diptych";
        tier.participant = film.film.path.filename().string();
        for (std::size_t i = 0; i < film.shots.size(); ++i) {
            auto annotation = alignable(film, film.shots[i].startFrame, film.shots[i].endFrame);
            annotation.value = "Shot " + std::to_string(i + 1);
            tier.annotations.push_back(std::move(annotation));
        }
        tier.property =
            nlohmann::json{{"film", film.film.path.generic_string()}, {"role", "shots"}}.dump(
                -1, ' ', false, nlohmann::json::error_handler_t::replace);
        m_plan.tiers.push_back(std::move(tier));
    }

    void addTier(const FilmSnapshot& film, const model::Tier& tier, const std::string& prefix)
    {
        // The linguistic type of a tier with a scheme is bound to that scheme's vocabulary.
        std::string schemeName;
        std::string type(kTextType);
        for (const auto& scheme : m_snapshot.schemes)
            if (tier.schemeId == scheme.id) {
                schemeName = scheme.name;
                type = codesType(scheme.id);
            }
        // One EAF tier per coder, in coder id order; the snapshot lists by tier and start.
        std::map<model::CoderId, std::vector<const model::Annotation*>> byCoder;
        for (const auto& annotation : film.annotations)
            if (annotation.tierId == tier.id)
                byCoder[annotation.coderId].push_back(&annotation);
        if (byCoder.empty()) {
            EafTier empty;
            empty.id = m_ids.unique(prefix + tier.name);
            empty.type = type;
            empty.participant = film.film.path.filename().string();
            empty.property = propertyJson(film, tier, schemeName, "");
            m_plan.tiers.push_back(std::move(empty));
            return;
        }
        for (const auto& [coderId, annotations] : byCoder) {
            const auto* coder = m_snapshot.coder(coderId);
            const std::string coderName = coder ? coder->name : "";
            std::string tierId = prefix;
            tierId.append(tier.name).append(" (").append(coderName).append(")");
            addCoderTier(film, tier, tierId, type, coderName, schemeName, annotations);
        }
    }

    void addCoderTier(const FilmSnapshot& film, const model::Tier& tier, const std::string& name,
                      const std::string& type, const std::string& coderName,
                      const std::string& schemeName,
                      const std::vector<const model::Annotation*>& annotations)
    {
        EafTier eaf;
        eaf.id = m_ids.unique(name);
        eaf.type = type;
        eaf.annotator = coderName;
        eaf.participant = film.film.path.filename().string();
        eaf.property = propertyJson(film, tier, schemeName, coderName);
        EafTier notes;
        for (const auto* annotation : annotations) {
            auto out = alignable(film, annotation->startFrame, annotation->endFrame);
            const auto* code = annotation->codeId ? m_snapshot.code(*annotation->codeId) : nullptr;
            if (code) {
                out.value = m_snapshot.codePath(code->id);
                // Only a code of the tier's own scheme is in the vocabulary its type names.
                if (tier.schemeId == code->schemeId)
                    out.cveRef = "cve_" + std::to_string(code->id);
            } else {
                out.value = annotation->value;
            }
            if (!annotation->note.empty()) {
                EafAnnotation note;
                note.id = nextAnnotationId();
                note.parentId = out.id;
                note.value = annotation->note;
                notes.annotations.push_back(std::move(note));
            }
            eaf.annotations.push_back(std::move(out));
        }
        const std::string parentId = eaf.id;
        m_plan.tiers.push_back(std::move(eaf));
        if (notes.annotations.empty())
            return;
        notes.id = m_ids.unique(parentId + " notes");
        notes.type = kNotesType;
        notes.annotator = coderName;
        notes.participant = film.film.path.filename().string();
        notes.parent = parentId;
        m_plan.tiers.push_back(std::move(notes));
    }

    const ProjectSnapshot& m_snapshot;
    Plan m_plan;
    TierIds m_ids;
};

// ---- writing --------------------------------------------------------------------------------

void writeHeader(XmlWriter& xml, const ProjectSnapshot& snapshot, const Plan& plan)
{
    xml.open("HEADER", {{"MEDIA_FILE", ""}, {"TIME_UNITS", "milliseconds"}});
    // Diptych films start at 0 in their media, so no TIME_ORIGIN is written.
    for (const auto& media : plan.media)
        xml.empty("MEDIA_DESCRIPTOR", {{"MEDIA_URL", media.url},
                                       {"MIME_TYPE", media.mimeType},
                                       {"RELATIVE_MEDIA_URL", media.relativeUrl}});
    xml.leaf("PROPERTY", {{"NAME", "diptych:project"}}, snapshot.projectName);
    for (const auto& tier : plan.tiers)
        if (!tier.property.empty())
            xml.leaf("PROPERTY", {{"NAME", "diptych:tier:" + tier.id}}, tier.property);
    // ELAN numbers the annotations it adds after this one.
    xml.leaf("PROPERTY", {{"NAME", "lastUsedAnnotationId"}}, std::to_string(plan.annotationCount));
    xml.close("HEADER");
}

void writeTimeOrder(XmlWriter& xml, const std::map<std::int64_t, std::string>& slots)
{
    xml.open("TIME_ORDER", {});
    for (const auto& [ms, id] : slots)
        xml.empty("TIME_SLOT", {{"TIME_SLOT_ID", id}, {"TIME_VALUE", std::to_string(ms)}});
    xml.close("TIME_ORDER");
}

void writeTier(XmlWriter& xml, const EafTier& tier,
               const std::map<std::int64_t, std::string>& slots)
{
    Attributes attributes;
    if (!tier.annotator.empty())
        attributes.emplace_back("ANNOTATOR", tier.annotator);
    attributes.emplace_back("LINGUISTIC_TYPE_REF", tier.type);
    if (!tier.parent.empty())
        attributes.emplace_back("PARENT_REF", tier.parent);
    attributes.emplace_back("PARTICIPANT", tier.participant);
    attributes.emplace_back("TIER_ID", tier.id);
    if (tier.annotations.empty()) {
        xml.empty("TIER", attributes);
        return;
    }
    xml.open("TIER", attributes);
    for (const auto& annotation : tier.annotations) {
        xml.open("ANNOTATION", {});
        Attributes a{{"ANNOTATION_ID", annotation.id}};
        if (!annotation.cveRef.empty())
            a.emplace_back("CVE_REF", annotation.cveRef);
        const bool reference = !annotation.parentId.empty();
        if (reference) {
            a.emplace_back("ANNOTATION_REF", annotation.parentId);
        } else {
            a.emplace_back("TIME_SLOT_REF1", slots.at(annotation.startMs));
            a.emplace_back("TIME_SLOT_REF2", slots.at(annotation.endMs));
        }
        const std::string_view element = reference ? "REF_ANNOTATION" : "ALIGNABLE_ANNOTATION";
        xml.open(element, a);
        xml.leaf("ANNOTATION_VALUE", {}, annotation.value);
        xml.close(element);
        xml.close("ANNOTATION");
    }
    xml.close("TIER");
}

void writeTypes(XmlWriter& xml, const ProjectSnapshot& snapshot)
{
    const auto type = [&](std::string_view id, bool alignable, std::string_view constraint,
                          const std::string& vocabulary) {
        Attributes attributes;
        if (!constraint.empty())
            attributes.emplace_back("CONSTRAINTS", std::string(constraint));
        if (!vocabulary.empty())
            attributes.emplace_back("CONTROLLED_VOCABULARY_REF", vocabulary);
        attributes.emplace_back("GRAPHIC_REFERENCES", "false");
        attributes.emplace_back("LINGUISTIC_TYPE_ID", std::string(id));
        attributes.emplace_back("TIME_ALIGNABLE", alignable ? "true" : "false");
        xml.empty("LINGUISTIC_TYPE", attributes);
    };
    type(kShotsType, true, "", "");
    type(kTextType, true, "", "");
    for (const auto& scheme : snapshot.schemes)
        type(codesType(scheme.id), true, "", scheme.name);
    type(kNotesType, false, "Symbolic_Association", "");
}

void writeVocabularies(XmlWriter& xml, const ProjectSnapshot& snapshot)
{
    // The LANGUAGE every CVE_VALUE and DESCRIPTION must reference (an xsd:IDREF since 2.8),
    // and the CONSTRAINT the notes type's CONSTRAINTS (an IDREF too) points at.
    xml.empty("LANGUAGE", {{"LANG_DEF", "http://cdb.iso.org/lg/CDB-00130975-001"},
                           {"LANG_ID", std::string(kLanguage)},
                           {"LANG_LABEL", "undetermined (und)"}});
    xml.empty("CONSTRAINT", {{"DESCRIPTION", "1-1 association with a parent annotation"},
                             {"STEREOTYPE", "Symbolic_Association"}});
    for (const auto& scheme : snapshot.schemes) {
        // CV_ID is an xsd:string key: scheme names are unique, any text is fine.
        xml.open("CONTROLLED_VOCABULARY", {{"CV_ID", scheme.name}});
        if (!scheme.description.empty())
            xml.leaf("DESCRIPTION", {{"LANG_REF", std::string(kLanguage)}}, scheme.description);
        for (const auto* code : snapshot.codesOfScheme(scheme.id)) {
            xml.open("CV_ENTRY_ML", {{"CVE_ID", "cve_" + std::to_string(code->id)}});
            Attributes value;
            if (!code->description.empty())
                value.emplace_back("DESCRIPTION", code->description);
            value.emplace_back("LANG_REF", std::string(kLanguage));
            xml.leaf("CVE_VALUE", value, snapshot.codePath(code->id));
            xml.close("CV_ENTRY_ML");
        }
        xml.close("CONTROLLED_VOCABULARY");
    }
}

} // namespace

std::string eafDocument(const ProjectSnapshot& snapshot)
{
    const Plan plan = Planner(snapshot).plan();
    // One slot per distinct time, numbered in time order (ELAN's own layout).
    std::map<std::int64_t, std::string> slots;
    for (const auto ms : plan.times)
        slots.emplace(ms, "ts" + std::to_string(slots.size() + 1));

    XmlWriter xml;
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // The XSD orders the children: HEADER, TIME_ORDER, TIER*, LINGUISTIC_TYPE*, LOCALE*,
    // LANGUAGE*, CONSTRAINT*, CONTROLLED_VOCABULARY*, ...
    xml.open("ANNOTATION_DOCUMENT",
             {{"AUTHOR", "Diptych"},
              {"DATE", store::utcNowIso8601()},
              {"FORMAT", "3.0"},
              {"VERSION", "3.0"},
              {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"},
              {"xsi:noNamespaceSchemaLocation", "http://www.mpi.nl/tools/elan/EAFv3.0.xsd"}});
    writeHeader(xml, snapshot, plan);
    writeTimeOrder(xml, slots);
    for (const auto& tier : plan.tiers)
        writeTier(xml, tier, slots);
    writeTypes(xml, snapshot);
    writeVocabularies(xml, snapshot);
    xml.close("ANNOTATION_DOCUMENT");
    return xml.take();
}

} // namespace diptych::exchange
