#include "exchange/eaf_import.h"

#include "common/error.h"
#include "common/text.h"
#include "exchange/xml_reader.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <utility>

// Reading an ELAN document happens in two steps. First the whole XML is read into the plain
// structs below and checked (versions, every reference between slots, annotations, tiers,
// types and vocabularies), so a broken file fails before anything is written. Then one store
// transaction writes it: vocabularies become coding schemes, a Diptych shot tier becomes the
// film's shots, every other tier becomes a Diptych tier, notes tiers become annotation notes.
//
// Choices made for files ELAN wrote (Diptych's own files carry HEADER properties, see
// eaf_export.cpp, and come back exactly):
// - Time-alignable tiers with a controlled vocabulary become range tiers coded with the
//   vocabulary's scheme; tiers without one become text tiers.
// - Symbolic tiers (REF_ANNOTATION) take the time span of the alignable annotation they
//   depend on, through any number of symbolic levels (several symbolic subdivisions of one
//   parent therefore share its span).
// - Every annotation is kept, empty values included, so the project holds what the file holds.
// - Unaligned time slots get times interpolated between their aligned neighbours in
//   TIME_ORDER, as ELAN displays them; an annotation shorter than a frame gets one frame.

namespace diptych::exchange {

namespace {

using xml::Element;

constexpr std::string_view kShotsType = "diptych-shots";
constexpr std::string_view kNotesType = "diptych-notes";
constexpr std::string_view kTierProperty = "diptych:tier:";

/// Builds the one-line "SOURCE: line N: reason" messages of InputError.
class Errors
{
public:
    explicit Errors(std::string source)
        : m_source(std::move(source))
    {}
    [[noreturn]] void fail(long line, const std::string& reason) const
    {
        throw InputError(m_source + ": " + (line > 0 ? "line " + std::to_string(line) + ": " : "") +
                         reason);
    }
    [[noreturn]] void fail(const std::string& reason) const { fail(0, reason); }
    [[nodiscard]] const std::string& source() const noexcept { return m_source; }

private:
    std::string m_source;
};

template <typename Number>
std::optional<Number> parseNumber(std::string_view text)
{
    const std::string clean = trimmed(text);
    Number value{};
    const char* begin = clean.data();
    if (!clean.empty() && clean[0] == '+')
        ++begin;
    const auto [end, error] = std::from_chars(begin, clean.data() + clean.size(), value);
    if (error != std::errc() || end != clean.data() + clean.size() || begin == end)
        return std::nullopt;
    return value;
}

// ---- the document as read -------------------------------------------------------------------

struct CvEntry
{
    std::string id;
    std::string value;
    std::string description;
};

struct Vocabulary
{
    std::string id;
    std::string description;
    std::vector<CvEntry> entries;
};

struct LinguisticType
{
    std::string vocabulary; ///< CONTROLLED_VOCABULARY_REF; empty for none
};

struct Annotation
{
    std::string id;
    long line = 0;
    std::string value;
    std::string cveRef;
    std::string slot1, slot2; ///< an ALIGNABLE_ANNOTATION's time slots
    std::string parentRef;    ///< a REF_ANNOTATION's ANNOTATION_REF
    double startMs = 0;       ///< resolved, before TIME_ORIGIN
    double endMs = 0;
};

/// The HEADER property Diptych writes for each of its tiers.
struct DiptychTier
{
    std::string film;
    std::string role; ///< "shots" for the shot tier
    std::string tier;
    std::string kind;
    std::string scheme;
    std::string coder;
    int sort = 0;
};

struct Tier
{
    std::string id;
    long line = 0;
    std::string type;
    std::string parent;
    std::string annotator;
    std::string participant;
    std::vector<Annotation> annotations;
    std::optional<DiptychTier> diptych;
};

struct Media
{
    std::string url;
    std::string relativeUrl;
    std::string mimeType;
    std::int64_t timeOrigin = 0;
};

struct Eaf
{
    std::string format;
    std::vector<Media> media;
    std::map<std::string, double, std::less<>> slots; ///< ms, unaligned ones interpolated
    std::map<std::string, LinguisticType, std::less<>> types;
    std::map<std::string, Vocabulary, std::less<>> vocabularies;
    std::vector<std::string> vocabularyOrder;
    std::vector<Tier> tiers;
};

// ---- reading --------------------------------------------------------------------------------

class Reader
{
public:
    explicit Reader(const Errors& errors)
        : m_errors(errors)
    {}

    Eaf read(std::string_view text)
    {
        const auto document = xml::Document::parse(text, m_errors.source());
        const Element root = document.root();
        if (root.name() != "ANNOTATION_DOCUMENT")
            m_errors.fail("not an ELAN document (the root element is <" + std::string(root.name()) +
                          ">, not <ANNOTATION_DOCUMENT>)");
        readFormat(root);
        readHeader(root);
        readTimeOrder(root);
        readLanguage(root);
        readVocabularies(root);
        readTypes(root);
        readTiers(root);
        readDiptychProperties(root);
        resolveTimes();
        return std::move(m_eaf);
    }

private:
    /// EAF 2.x and 3.x share the structure read here; a major version beyond 3 is unknown.
    void readFormat(const Element& root)
    {
        const std::string format =
            root.attribute("FORMAT").value_or(root.attribute("VERSION").value_or("3.0"));
        const auto dot = format.find('.');
        const auto major = parseNumber<int>(format.substr(0, dot));
        const bool minorOk =
            dot == std::string::npos || parseNumber<unsigned>(format.substr(dot + 1)).has_value();
        if (!major || !minorOk || *major < 2 || *major > 3)
            m_errors.fail(root.line(), "unsupported EAF version " + format);
        m_eaf.format = format;
    }

    void readHeader(const Element& root)
    {
        const auto header = root.child("HEADER");
        if (!header)
            return;
        const auto units = header->attributeOr("TIME_UNITS", "milliseconds");
        if (units != "milliseconds")
            m_errors.fail(header->line(),
                          "time units '" + units + "' are not supported (only milliseconds)");
        for (const auto& element : header->children("MEDIA_DESCRIPTOR")) {
            Media media;
            media.url = element.attributeOr("MEDIA_URL", "");
            media.relativeUrl = element.attributeOr("RELATIVE_MEDIA_URL", "");
            media.mimeType = element.attributeOr("MIME_TYPE", "");
            if (const auto origin = element.attribute("TIME_ORIGIN")) {
                const auto value = parseNumber<std::int64_t>(*origin);
                if (!value)
                    m_errors.fail(element.line(), "TIME_ORIGIN '" + *origin + "' is not a number");
                media.timeOrigin = *value;
            }
            m_eaf.media.push_back(std::move(media));
        }
    }

    void readTimeOrder(const Element& root)
    {
        std::vector<std::pair<std::string, std::optional<double>>> order;
        if (const auto timeOrder = root.child("TIME_ORDER"))
            for (const auto& slot : timeOrder->children("TIME_SLOT")) {
                const auto id = slot.attribute("TIME_SLOT_ID");
                if (!id)
                    m_errors.fail(slot.line(), "TIME_SLOT without TIME_SLOT_ID");
                std::optional<double> ms;
                if (const auto value = slot.attribute("TIME_VALUE")) {
                    const auto parsed = parseNumber<std::uint64_t>(*value);
                    if (!parsed)
                        m_errors.fail(slot.line(), "TIME_VALUE '" + *value + "' of time slot '" +
                                                       *id + "' is not a number of milliseconds");
                    ms = static_cast<double>(*parsed);
                }
                if (m_eaf.slots.count(*id) != 0)
                    m_errors.fail(slot.line(), "time slot id '" + *id + "' is used twice");
                m_eaf.slots.emplace(*id, 0.0);
                order.emplace_back(*id, ms);
            }
        interpolate(order);
    }

    /// Times for unaligned slots, linear between the nearest aligned slots before and after
    /// in TIME_ORDER (ELAN keeps the order meaningful); the nearest one at either end.
    void interpolate(const std::vector<std::pair<std::string, std::optional<double>>>& order)
    {
        std::vector<std::optional<std::size_t>> nextAligned(order.size());
        std::optional<std::size_t> next;
        for (std::size_t i = order.size(); i-- > 0;) {
            if (order[i].second)
                next = i;
            nextAligned[i] = next;
        }
        std::optional<std::size_t> previous;
        for (std::size_t i = 0; i < order.size(); ++i) {
            double ms = 0;
            if (order[i].second) {
                ms = *order[i].second;
                previous = i;
            } else if (previous && nextAligned[i]) {
                const double before = *order[*previous].second;
                const double after = *order[*nextAligned[i]].second;
                const double share = static_cast<double>(i - *previous) /
                                     static_cast<double>(*nextAligned[i] - *previous);
                ms = before + (after - before) * share;
            } else if (previous) {
                ms = *order[*previous].second;
            } else if (nextAligned[i]) {
                ms = *order[*nextAligned[i]].second;
            }
            m_eaf.slots[order[i].first] = ms;
        }
    }

    /// The language whose CV values are taken: the document's first LANGUAGE (EAF >= 2.8).
    void readLanguage(const Element& root)
    {
        if (const auto language = root.child("LANGUAGE"))
            m_language = language->attributeOr("LANG_ID", "");
    }

    /// Among multilingual variants (CVE_VALUE, DESCRIPTION), the one in the chosen language,
    /// else the first.
    std::optional<Element> pickLanguage(const std::vector<Element>& variants) const
    {
        for (const auto& variant : variants)
            if (!m_language.empty() && variant.attributeOr("LANG_REF", "") == m_language)
                return variant;
        if (variants.empty())
            return std::nullopt;
        return variants.front();
    }

    void readVocabularies(const Element& root)
    {
        for (const auto& element : root.children("CONTROLLED_VOCABULARY")) {
            Vocabulary cv;
            cv.id = requiredAttribute(element, "CV_ID");
            cv.description = element.attributeOr("DESCRIPTION", ""); // before 2.8
            if (const auto description = pickLanguage(element.children("DESCRIPTION")))
                cv.description = trimmed(description->text());
            for (const auto& entry : element.children("CV_ENTRY_ML")) { // 2.8 and later
                const auto value = pickLanguage(entry.children("CVE_VALUE"));
                cv.entries.push_back({entry.attributeOr("CVE_ID", ""),
                                      value ? value->text() : std::string(),
                                      value ? value->attributeOr("DESCRIPTION", "") : ""});
            }
            for (const auto& entry : element.children("CV_ENTRY")) // before 2.8
                cv.entries.push_back({entry.attributeOr("CVE_ID", ""), entry.text(),
                                      entry.attributeOr("DESCRIPTION", "")});
            if (m_eaf.vocabularies.count(cv.id) != 0)
                m_errors.fail(element.line(),
                              "controlled vocabulary '" + cv.id + "' is defined twice");
            m_eaf.vocabularyOrder.push_back(cv.id);
            m_eaf.vocabularies.emplace(cv.id, std::move(cv));
        }
    }

    void readTypes(const Element& root)
    {
        for (const auto& element : root.children("LINGUISTIC_TYPE")) {
            const auto id = requiredAttribute(element, "LINGUISTIC_TYPE_ID");
            LinguisticType type{element.attributeOr("CONTROLLED_VOCABULARY_REF", "")};
            if (!type.vocabulary.empty() && m_eaf.vocabularies.count(type.vocabulary) == 0)
                m_errors.fail(element.line(), "CONTROLLED_VOCABULARY_REF '" + type.vocabulary +
                                                  "' names no controlled vocabulary");
            if (!m_eaf.types.emplace(id, std::move(type)).second)
                m_errors.fail(element.line(), "linguistic type '" + id + "' is defined twice");
        }
    }

    void readTiers(const Element& root)
    {
        std::set<std::string, std::less<>> ids;
        for (const auto& element : root.children("TIER")) {
            Tier tier;
            tier.id = requiredAttribute(element, "TIER_ID");
            tier.line = element.line();
            tier.type = requiredAttribute(element, "LINGUISTIC_TYPE_REF");
            if (m_eaf.types.count(tier.type) == 0)
                m_errors.fail(tier.line,
                              "LINGUISTIC_TYPE_REF '" + tier.type + "' names no linguistic type");
            tier.parent = element.attributeOr("PARENT_REF", "");
            tier.annotator = trimmed(element.attributeOr("ANNOTATOR", ""));
            tier.participant = trimmed(element.attributeOr("PARTICIPANT", ""));
            if (!ids.insert(tier.id).second)
                m_errors.fail(tier.line, "tier '" + tier.id + "' is defined twice");
            for (const auto& annotation : element.children("ANNOTATION"))
                tier.annotations.push_back(readAnnotation(annotation));
            m_eaf.tiers.push_back(std::move(tier));
        }
        for (const auto& tier : m_eaf.tiers)
            if (!tier.parent.empty() && ids.count(tier.parent) == 0)
                m_errors.fail(tier.line, "PARENT_REF '" + tier.parent + "' names no tier");
    }

    Annotation readAnnotation(const Element& wrapper)
    {
        const auto alignable = wrapper.child("ALIGNABLE_ANNOTATION");
        const auto reference = wrapper.child("REF_ANNOTATION");
        if (!alignable && !reference)
            m_errors.fail(wrapper.line(),
                          "ANNOTATION without ALIGNABLE_ANNOTATION or REF_ANNOTATION");
        const Element element = alignable ? *alignable : *reference;
        Annotation annotation;
        annotation.line = element.line();
        annotation.id = requiredAttribute(element, "ANNOTATION_ID");
        if (!m_annotationIds.insert(annotation.id).second)
            m_errors.fail(annotation.line, "annotation id '" + annotation.id + "' is used twice");
        if (const auto value = element.child("ANNOTATION_VALUE"))
            annotation.value = value->text();
        annotation.cveRef = element.attributeOr("CVE_REF", "");
        if (alignable) {
            annotation.slot1 = slotReference(element, "TIME_SLOT_REF1");
            annotation.slot2 = slotReference(element, "TIME_SLOT_REF2");
        } else {
            annotation.parentRef = requiredAttribute(element, "ANNOTATION_REF");
        }
        return annotation;
    }

    std::string slotReference(const Element& element, const char* attribute)
    {
        auto id = requiredAttribute(element, attribute);
        if (m_eaf.slots.count(id) == 0)
            m_errors.fail(element.line(),
                          std::string(attribute) + " '" + id + "' names no time slot");
        return id;
    }

    std::string requiredAttribute(const Element& element, const char* name) const
    {
        auto value = element.attribute(name);
        if (!value)
            m_errors.fail(element.line(),
                          std::string(element.name()) + " without " + std::string(name));
        return std::move(*value);
    }

    /// "diptych:tier:<TIER_ID>" properties: what Diptych needs to rebuild its own tiers.
    void readDiptychProperties(const Element& root)
    {
        const auto header = root.child("HEADER");
        if (!header)
            return;
        std::map<std::string, Tier*, std::less<>> byId;
        for (auto& tier : m_eaf.tiers)
            byId.emplace(tier.id, &tier);
        for (const auto& property : header->children("PROPERTY")) {
            const auto name = property.attributeOr("NAME", "");
            if (!name.starts_with(kTierProperty))
                continue;
            const auto tier = byId.find(std::string_view(name).substr(kTierProperty.size()));
            if (tier == byId.end())
                continue; // the tier was deleted in ELAN
            const auto json = nlohmann::json::parse(property.text(), nullptr, false);
            if (!json.is_object())
                m_errors.fail(property.line(), "property '" + name + "' is not a JSON object");
            const auto text = [&](const char* key) {
                const auto it = json.find(key);
                return it != json.end() && it->is_string() ? it->get<std::string>() : std::string();
            };
            DiptychTier diptych{text("film"), text("role"),   text("tier"),
                                text("kind"), text("scheme"), text("coder")};
            if (const auto sort = json.find("sort");
                sort != json.end() && sort->is_number_integer())
                diptych.sort = sort->get<int>();
            tier->second->diptych = std::move(diptych);
        }
    }

    /// Times of every annotation: its slots', or for a REF_ANNOTATION those of the alignable
    /// annotation at the top of its chain of references.
    void resolveTimes()
    {
        std::map<std::string_view, const Annotation*> byId;
        for (const auto& tier : m_eaf.tiers)
            for (const auto& annotation : tier.annotations)
                byId.emplace(annotation.id, &annotation);
        for (auto& tier : m_eaf.tiers)
            for (auto& annotation : tier.annotations) {
                const Annotation* top = &annotation;
                for (std::size_t hops = 0; top->slot1.empty(); ++hops) {
                    const auto parent = byId.find(top->parentRef);
                    if (parent == byId.end())
                        m_errors.fail(top->line, "ANNOTATION_REF '" + top->parentRef +
                                                     "' names no annotation");
                    if (hops > byId.size())
                        m_errors.fail(annotation.line, "annotation '" + annotation.id +
                                                           "' refers to itself in a loop");
                    top = parent->second;
                }
                annotation.startMs = m_eaf.slots.find(top->slot1)->second;
                annotation.endMs =
                    std::max(annotation.startMs, m_eaf.slots.find(top->slot2)->second);
            }
    }

    const Errors& m_errors;
    Eaf m_eaf;
    std::string m_language;
    std::set<std::string, std::less<>> m_annotationIds;
};

// ---- writing --------------------------------------------------------------------------------

bool isShotTier(const Tier& tier)
{
    return tier.type == kShotsType || (tier.diptych && tier.diptych->role == "shots");
}

/// A relative media reference as pathFromMediaReference() reads it: relative URLs are
/// percent-encoded too ("./My%20film.mp4"), so they go through its file: URL decoding.
std::string relativeReference(const std::string& relativeUrl)
{
    if (relativeUrl.empty() || relativeUrl.starts_with("file:") ||
        relativeUrl.find("://") != std::string::npos)
        return relativeUrl;
    return "file:" + relativeUrl;
}

/// What the import keeps per project film it writes to.
struct FilmState
{
    model::Film film;
    std::int64_t timeOrigin = 0;
    std::set<std::string> tierNames;
    int sortBase = 0; ///< past the film's existing tiers
    int maxSort = -1;
    std::optional<std::vector<model::Shot>> shots;
};

class Importer
{
public:
    Importer(store::ProjectStore& store, Eaf eaf, const Errors& errors,
             std::filesystem::path baseDir, std::optional<model::FilmId> chosen)
        : m_store(store)
        , m_eaf(std::move(eaf))
        , m_errors(errors)
        , m_baseDir(std::move(baseDir))
        , m_chosen(chosen)
        , m_coders(store, m_summary, "ELAN")
        , m_codes(store, m_summary)
    {
        m_summary.format = "ELAN EAF " + m_eaf.format;
    }

    ImportSummary run()
    {
        for (const auto& id : m_eaf.vocabularyOrder)
            importVocabulary(m_eaf.vocabularies.find(id)->second);
        for (const auto& tier : m_eaf.tiers)
            if (isShotTier(tier))
                importShots(tier);
        collectNotes();
        for (const auto& tier : m_eaf.tiers)
            if (!isShotTier(tier) && !m_notesTiers.count(tier.id))
                importTier(tier);
        addRemarks();
        return std::move(m_summary);
    }

private:
    // -- films

    /// The project film a tier's annotations go to: the user's choice; else, for Diptych's own
    /// tiers, the film at the path they name; else the film the media descriptors match.
    FilmState& filmOf(const Tier& tier)
    {
        const bool byPath = !m_chosen && tier.diptych && !tier.diptych->film.empty();
        const std::string key = byPath ? tier.diptych->film : std::string();
        auto it = m_filmByKey.find(key);
        if (it == m_filmByKey.end()) {
            const auto film =
                byPath
                    ? filmByDiptychPath(key)
                    : matchFilm(m_store, m_chosen ? std::vector<std::string>() : mediaReferences(),
                                m_baseDir, m_chosen, m_errors.source());
            it = m_filmByKey.emplace(key, film.id).first;
            state(film);
        }
        return m_films.find(it->second)->second;
    }

    /// The film a Diptych tier names by path; if it moved, whatever matchFilm() finds from
    /// that path and the media descriptor's relative URL (file name matches included).
    model::Film filmByDiptychPath(const std::string& path)
    {
        if (const auto film = m_store.films().findByPath(path))
            return *film;
        std::vector<std::string> references{path};
        for (const auto& media : m_eaf.media)
            if (media.url == fileUrl(path))
                references.push_back(relativeReference(media.relativeUrl));
        return matchFilm(m_store, references, m_baseDir, std::nullopt, m_errors.source());
    }

    std::vector<std::string> mediaReferences() const
    {
        std::vector<std::string> references;
        for (const auto& media : m_eaf.media) {
            if (!media.url.empty())
                references.push_back(media.url);
            if (!media.relativeUrl.empty())
                references.push_back(relativeReference(media.relativeUrl));
        }
        return references;
    }

    FilmState& state(const model::Film& film)
    {
        const auto [it, added] = m_films.try_emplace(film.id);
        FilmState& state = it->second;
        if (!added)
            return state;
        if (film.fps <= 0)
            m_errors.fail("the film '" + film.path.string() +
                          "' has no known frame rate; analyse it before importing");
        state.film = film;
        state.timeOrigin = timeOriginOf(film);
        for (const auto& tier : m_store.tiers().list(film.id)) {
            state.tierNames.insert(tier.name);
            state.sortBase = std::max(state.sortBase, tier.sortOrder + 1);
        }
        state.maxSort = state.sortBase - 1;
        return state;
    }

    /// TIME_ORIGIN of the film's media descriptor (by path, else file name), else of the
    /// first video, else of the first descriptor: the media time of annotation time 0.
    std::int64_t timeOriginOf(const model::Film& film) const
    {
        const Media* video = nullptr;
        for (const auto& media : m_eaf.media) {
            for (const auto& reference : {media.url, relativeReference(media.relativeUrl)}) {
                if (reference.empty())
                    continue;
                const auto path = pathFromMediaReference(reference, m_baseDir);
                if (path == film.path.lexically_normal() || path.filename() == film.path.filename())
                    return media.timeOrigin;
            }
            if (!video && media.mimeType.starts_with("video/"))
                video = &media;
        }
        if (video)
            return video->timeOrigin;
        return m_eaf.media.empty() ? 0 : m_eaf.media.front().timeOrigin;
    }

    /// Frames [start, end) of an annotation on `film`, or nullopt when it lies wholly before
    /// the film's start (a negative TIME_ORIGIN can put it there).
    std::optional<std::pair<model::Frame, model::Frame>> framesOf(const Annotation& annotation,
                                                                  const FilmState& film)
    {
        double start = annotation.startMs + static_cast<double>(film.timeOrigin);
        const double end = annotation.endMs + static_cast<double>(film.timeOrigin);
        if (start < 0) {
            if (end <= 0) {
                ++m_beforeStart;
                return std::nullopt;
            }
            ++m_clamped;
            start = 0;
        }
        const auto first = frameOfMilliseconds(start, film.film.fps);
        const auto last = std::max(first + 1, frameOfMilliseconds(end, film.film.fps));
        return std::pair{first, last};
    }

    // -- vocabularies and codes

    model::SchemeId schemeNamed(const std::string& name, const std::string& description)
    {
        if (const auto it = m_schemes.find(name); it != m_schemes.end())
            return it->second;
        for (const auto& scheme : m_store.schemes().list())
            if (scheme.name == name)
                return m_schemes[name] = scheme.id;
        const auto scheme = m_store.schemes().add({0, name, description});
        ++m_summary.schemesCreated;
        return m_schemes[name] = scheme.id;
    }

    /// The code at `path` in `scheme`, created if needed (CodeResolver); nullopt, counted,
    /// for a value that cannot be a path of labels ("a//b", an ambiguous label).
    std::optional<model::CodeId> codeAt(model::SchemeId scheme, const std::string& path,
                                        const std::string& description = {})
    {
        const auto before = m_summary.codesCreated;
        try {
            const auto id = m_codes(scheme, path);
            if (m_summary.codesCreated > before && !description.empty()) {
                auto code = m_store.schemes().code(id);
                code->description = description;
                m_store.schemes().updateCode(*code);
            }
            return id;
        } catch (const InputError&) {
            ++m_uncodable;
            return std::nullopt;
        }
    }

    void importVocabulary(const Vocabulary& cv)
    {
        const auto scheme = schemeNamed(cv.id, cv.description);
        auto& entries = m_entryCodes[cv.id];
        for (const auto& entry : cv.entries) {
            const auto value = trimmed(entry.value);
            if (value.empty())
                continue;
            if (const auto code = codeAt(scheme, value, entry.description);
                code && !entry.id.empty())
                entries[entry.id] = {*code, scheme};
        }
    }

    /// The code of an annotation on a tier coded with `scheme`: its CVE_REF's entry, else its
    /// value as a code path. In Diptych's own files every coded annotation has a CVE_REF, so
    /// there a value without one is free text.
    std::optional<model::CodeId> codeOf(const Tier& tier, const Annotation& annotation,
                                        std::optional<model::SchemeId> scheme)
    {
        if (!scheme)
            return std::nullopt;
        const auto& vocabulary = m_eaf.types.find(tier.type)->second.vocabulary;
        if (!annotation.cveRef.empty() && !vocabulary.empty()) {
            const auto& entries = m_entryCodes[vocabulary];
            if (const auto it = entries.find(annotation.cveRef);
                it != entries.end() && it->second.second == *scheme)
                return it->second.first;
        }
        if (tier.diptych && annotation.cveRef.empty())
            return std::nullopt;
        const auto value = trimmed(annotation.value);
        if (value.empty())
            return std::nullopt;
        return codeAt(*scheme, value);
    }

    // -- shots, notes, tiers

    /// Diptych's shot tier gives a film without shots its shots; a film that has shots keeps
    /// them (they may have been corrected since the export).
    void importShots(const Tier& tier)
    {
        auto& film = filmOf(tier);
        if (tier.annotations.empty())
            return;
        if (!m_store.shots().list(film.film.id).empty()) {
            m_summary.remarks.push_back("the film '" + film.film.path.filename().string() +
                                        "' already has shots: the file's tier '" + tier.id +
                                        "' was left out");
            return;
        }
        std::vector<std::pair<model::Frame, model::Frame>> spans;
        for (const auto& annotation : tier.annotations)
            if (const auto frames = framesOf(annotation, film))
                spans.push_back(*frames);
        std::sort(spans.begin(), spans.end());
        std::vector<model::Shot> shots;
        for (auto [start, end] : spans) {
            if (!shots.empty())
                start = std::max(start, shots.back().endFrame); // shots may not overlap
            if (start < end)
                shots.push_back({0, 0, start, end, model::TransitionKind::Cut, ""});
        }
        if (!shots.empty())
            shots.front().transition = model::TransitionKind::None;
        m_summary.shotsAdded +=
            static_cast<int>(m_store.shots().replace(film.film.id, shots).size());
        film.shots.reset();
    }

    /// Diptych's notes tiers: REF_ANNOTATIONs of type "diptych-notes" under a tier that is
    /// imported as annotations. Their text becomes the note of the annotation they refer to.
    void collectNotes()
    {
        std::map<std::string_view, const Tier*> byId;
        for (const auto& tier : m_eaf.tiers)
            byId.emplace(tier.id, &tier);
        for (const auto& tier : m_eaf.tiers) {
            if (tier.type != kNotesType || tier.parent.empty() || isShotTier(*byId[tier.parent]))
                continue;
            const bool references =
                std::all_of(tier.annotations.begin(), tier.annotations.end(),
                            [](const Annotation& a) { return a.slot1.empty(); });
            if (!references)
                continue;
            m_notesTiers.insert(tier.id);
            for (const auto& annotation : tier.annotations) {
                auto& note = m_notes[annotation.parentRef];
                note += (note.empty() || annotation.value.empty() ? "" : "\n\n") + annotation.value;
            }
        }
    }

    /// The Diptych tier an EAF tier's annotations go to: Diptych's own tiers that differ only
    /// by coder come back as one tier; every other EAF tier becomes a tier of its own.
    const model::Tier& targetTier(const Tier& tier, FilmState& film)
    {
        const std::string name =
            tier.diptych && !tier.diptych->tier.empty() ? tier.diptych->tier : tier.id;
        const auto key = std::pair{film.film.id, name};
        if (tier.diptych)
            if (const auto it = m_merged.find(key); it != m_merged.end())
                return it->second;
        const auto& vocabulary = m_eaf.types.find(tier.type)->second.vocabulary;
        model::Tier created;
        created.filmId = film.film.id;
        created.name = uniqueName(film, name);
        if (tier.diptych) {
            created.kind =
                model::tierKindFromString(tier.diptych->kind).value_or(model::TierKind::Range);
            if (!tier.diptych->scheme.empty())
                created.schemeId = schemeNamed(tier.diptych->scheme, "");
            created.sortOrder = film.sortBase + tier.diptych->sort;
        } else {
            created.kind = vocabulary.empty() ? model::TierKind::Text : model::TierKind::Range;
            created.sortOrder = film.maxSort + 1;
        }
        if (!created.schemeId && !vocabulary.empty())
            created.schemeId = schemeNamed(vocabulary, "");
        film.maxSort = std::max(film.maxSort, created.sortOrder);
        ++m_summary.tiersCreated;
        return m_merged[tier.diptych ? key : std::pair{film.film.id, "\n" + tier.id}] =
                   m_store.tiers().add(created);
    }

    std::string uniqueName(FilmState& film, const std::string& wanted)
    {
        const std::string base = wanted.empty() ? std::string("ELAN") : wanted;
        std::string name = base;
        for (int n = 2; film.tierNames.count(name) != 0; ++n)
            name = base + " (" + std::to_string(n) + ")";
        film.tierNames.insert(name);
        return name;
    }

    void importTier(const Tier& tier)
    {
        auto& film = filmOf(tier);
        const auto& target = targetTier(tier, film);
        if (tier.annotations.empty())
            return;
        const auto coder = m_coders(coderName(tier));
        for (const auto& annotation : tier.annotations) {
            const auto frames = framesOf(annotation, film);
            if (!frames)
                continue;
            model::Annotation out;
            out.tierId = target.id;
            out.coderId = coder;
            std::tie(out.startFrame, out.endFrame) = *frames;
            out.codeId = codeOf(tier, annotation, target.schemeId);
            if (!out.codeId)
                out.value = annotation.value;
            if (const auto note = m_notes.find(annotation.id); note != m_notes.end())
                out.note = note->second;
            if (target.kind == model::TierKind::Shot)
                out.shotId = shotSpanning(film, out.startFrame, out.endFrame);
            m_store.annotations().add(out);
            ++m_summary.annotationsAdded;
        }
    }

    /// Who made a tier's annotations: Diptych's coder; else ELAN's ANNOTATOR; else, in files
    /// Diptych did not write (it puts the film's name there), the PARTICIPANT; else "ELAN".
    static std::string coderName(const Tier& tier)
    {
        if (tier.diptych)
            return tier.diptych->coder.empty() ? tier.annotator : tier.diptych->coder;
        return tier.annotator.empty() ? tier.participant : tier.annotator;
    }

    /// The film's shot with exactly these frames: a shot tier's annotation belongs to it.
    std::optional<model::ShotId> shotSpanning(FilmState& film, model::Frame start, model::Frame end)
    {
        if (!film.shots)
            film.shots = m_store.shots().list(film.film.id);
        for (const auto& shot : *film.shots)
            if (shot.startFrame == start && shot.endFrame == end)
                return shot.id;
        return std::nullopt;
    }

    void addRemarks()
    {
        const auto remark = [&](int count, const std::string& what) {
            if (count > 0)
                m_summary.remarks.push_back(std::to_string(count) + " " + what);
        };
        remark(m_beforeStart, "annotation(s) lying before the film's start (TIME_ORIGIN) left out");
        remark(m_clamped, "annotation(s) starting before the film's start cut to begin at frame 0");
        remark(m_uncodable, "value(s) that cannot be a code path (empty level or ambiguous "
                            "label) kept as text");
    }

    store::ProjectStore& m_store;
    Eaf m_eaf;
    const Errors& m_errors;
    std::filesystem::path m_baseDir;
    std::optional<model::FilmId> m_chosen;
    ImportSummary m_summary;
    CoderResolver m_coders;
    CodeResolver m_codes;
    std::map<model::FilmId, FilmState> m_films;
    std::map<std::string, model::FilmId> m_filmByKey; ///< "" for the default film, else path
    std::map<std::string, model::SchemeId> m_schemes;
    /// Code and scheme of each CV entry, by CV_ID and CVE_ID.
    std::map<std::string, std::map<std::string, std::pair<model::CodeId, model::SchemeId>>,
             std::less<>>
        m_entryCodes;
    std::set<std::string, std::less<>> m_notesTiers;
    std::map<std::string, std::string, std::less<>> m_notes; ///< by annotation id
    std::map<std::pair<model::FilmId, std::string>, model::Tier> m_merged;
    int m_beforeStart = 0;
    int m_clamped = 0;
    int m_uncodable = 0;
};

} // namespace

ImportSummary importEaf(store::ProjectStore& store, std::string_view text,
                        const std::filesystem::path& source, std::optional<model::FilmId> film)
{
    const Errors errors(source.string());
    Eaf eaf = Reader(errors).read(text);
    ImportSummary summary;
    store.transaction("importing " + source.filename().string(), [&] {
        summary = Importer(store, std::move(eaf), errors, source.parent_path(), film).run();
    });
    return summary;
}

} // namespace diptych::exchange
