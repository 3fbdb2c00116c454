#include "exchange/web_annotation.h"

#include "common/error.h"
#include "exchange/project_snapshot.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <regex>
#include <utility>

namespace diptych::exchange {

namespace {

// Export writes keys in a fixed, readable order (@context first); import only reads.
using OrderedJson = nlohmann::ordered_json;
using Json = nlohmann::json;

constexpr const char* kAnnotationContext = "http://www.w3.org/ns/anno.jsonld";
constexpr const char* kDiptychNamespace = "https://diptych.example/ns#";
constexpr const char* kMediaFragments = "http://www.w3.org/TR/media-frags/";
constexpr const char* kSvgNamespace = "http://www.w3.org/2000/svg";
constexpr const char* kFormat = "W3C Web Annotation";
constexpr const char* kDefaultTier = "Web annotations";
constexpr const char* kDefaultScheme = "Web annotation tags";
constexpr const char* kFallbackCoder = "Web annotation";

// ---------------------------------------------------------------------------------------------
// Export

/// `value` with at most `places` decimals and no trailing zeros ("12.5", "4", "0.04"): short
/// enough to read, and exact for every frame boundary at whole-number rates.
std::string decimal(double value, int places)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", places, value);
    std::string out = text;
    if (out.find('.') != std::string::npos) {
        out.erase(out.find_last_not_of('0') + 1);
        if (out.back() == '.')
            out.pop_back();
    }
    return out == "-0" ? "0" : out;
}

/// The project's name as one URN segment. fileUrl() already percent-encodes everything but
/// [A-Za-z0-9-._~/], which is what a URN's name part needs, and a file stem holds no '/'.
std::string urnSegment(const std::string& text)
{
    static constexpr std::string_view kScheme = "file://";
    return fileUrl(std::filesystem::path(text)).substr(kScheme.size());
}

OrderedJson textualBody(const char* purpose, const std::string& value, const char* format)
{
    OrderedJson body = OrderedJson::object();
    body["type"] = "TextualBody";
    body["purpose"] = purpose;
    body["value"] = value;
    if (format)
        body["format"] = format;
    return body;
}

/// What the annotation is for, from its bodies: the strongest one wins, and an annotation with
/// nothing in it only marks a stretch of the film.
const char* motivationOf(bool tagged, bool described, bool commented)
{
    if (tagged)
        return "tagging";
    if (described)
        return "describing";
    if (commented)
        return "commenting";
    return "highlighting";
}

OrderedJson temporalSelector(const model::Film& film, model::Frame start, model::Frame end)
{
    OrderedJson selector = OrderedJson::object();
    selector["type"] = "FragmentSelector";
    selector["conformsTo"] = kMediaFragments;
    selector["value"] = "t=" + decimal(secondsOfFrame(start, film.fps), 3) + "," +
                        decimal(secondsOfFrame(end, film.fps), 3);
    return selector;
}

/// A rect as a Media Fragments "xywh=percent:" selector. The Media Fragments grammar has whole
/// numbers only; we write up to three decimals as annotation tools commonly do (a whole
/// percent is 19 pixels of a 1920-pixel picture), and "diptych:points" keeps the exact value.
OrderedJson rectSelector(const std::vector<model::NormalizedPoint>& points)
{
    const auto [minX, maxX] = std::minmax(points.at(0).x, points.at(1).x);
    const auto [minY, maxY] = std::minmax(points.at(0).y, points.at(1).y);
    OrderedJson selector = OrderedJson::object();
    selector["type"] = "FragmentSelector";
    selector["conformsTo"] = kMediaFragments;
    selector["value"] = "xywh=percent:" + decimal(minX * 100, 3) + "," + decimal(minY * 100, 3) +
                        "," + decimal((maxX - minX) * 100, 3) + "," +
                        decimal((maxY - minY) * 100, 3);
    return selector;
}

/// A polygon as an SVG selector in the film's pixels, with a viewBox of the picture size so
/// that readers need not know the film's size; in percent (viewBox 0 0 100 100) when the
/// project does not know it.
OrderedJson polygonSelector(const model::Film& film, const std::vector<model::NormalizedPoint>& pts)
{
    const bool pixels = film.width > 0 && film.height > 0;
    const double w = pixels ? film.width : 100.0;
    const double h = pixels ? film.height : 100.0;
    std::string points;
    for (const auto& p : pts) {
        if (!points.empty())
            points += ' ';
        points += decimal(p.x * w, 3);
        points += ',';
        points += decimal(p.y * h, 3);
    }
    OrderedJson selector = OrderedJson::object();
    selector["type"] = "SvgSelector";
    selector["value"] = std::string("<svg xmlns=\"") + kSvgNamespace + "\" viewBox=\"0 0 " +
                        decimal(w, 3) + " " + decimal(h, 3) + "\"><polygon points=\"" + points +
                        "\"/></svg>";
    return selector;
}

OrderedJson target(const model::Film& film, OrderedJson selector)
{
    OrderedJson source = OrderedJson::object();
    source["id"] = fileUrl(film.path);
    source["type"] = "Video";
    OrderedJson target = OrderedJson::object();
    target["type"] = "SpecificResource";
    target["source"] = std::move(source);
    target["selector"] = std::move(selector);
    return target;
}

/// Writes one snapshot; holds what every item needs (the project's URN, name look-ups).
class WebAnnotationWriter
{
public:
    explicit WebAnnotationWriter(const ProjectSnapshot& snapshot)
        : m_snapshot(snapshot)
        , m_urn("urn:diptych:" + urnSegment(snapshot.projectName))
    {}

    OrderedJson collection() const
    {
        OrderedJson items = OrderedJson::array();
        for (const auto& film : m_snapshot.films) {
            for (const auto& annotation : film.annotations)
                items.push_back(annotationItem(film, annotation));
            for (const auto& region : film.regions)
                items.push_back(regionItem(film, region));
        }
        OrderedJson context = OrderedJson::array();
        context.push_back(kAnnotationContext);
        context.push_back(OrderedJson{{"diptych", kDiptychNamespace}});
        OrderedJson page = OrderedJson::object();
        page["id"] = m_urn + ":page:1";
        page["type"] = "AnnotationPage";
        page["startIndex"] = 0;
        page["items"] = std::move(items);
        OrderedJson doc = OrderedJson::object();
        doc["@context"] = std::move(context);
        doc["id"] = m_urn;
        doc["type"] = "AnnotationCollection";
        doc["label"] = m_snapshot.projectName;
        doc["total"] = page["items"].size();
        doc["first"] = std::move(page);
        return doc;
    }

private:
    std::string itemId(const char* kind, std::int64_t id) const
    {
        return m_urn + ":" + kind + ":" + std::to_string(id);
    }

    std::string coderName(model::CoderId id) const
    {
        const auto* coder = m_snapshot.coder(id);
        return coder ? coder->name : std::string();
    }

    std::string schemeName(std::optional<model::SchemeId> id) const
    {
        for (const auto& scheme : m_snapshot.schemes)
            if (id && scheme.id == *id)
                return scheme.name;
        return {};
    }

    std::optional<model::SchemeId> schemeOfCode(std::optional<model::CodeId> id) const
    {
        const auto* code = id ? m_snapshot.code(*id) : nullptr;
        return code ? std::optional(code->schemeId) : std::nullopt;
    }

    /// id, type, motivation, timestamps and creator: what every item starts with.
    OrderedJson header(const char* kind, std::int64_t id, const char* motivation,
                       model::CoderId coder, const std::string& created,
                       const std::string& modified) const
    {
        OrderedJson item = OrderedJson::object();
        item["id"] = itemId(kind, id);
        item["type"] = "Annotation";
        item["motivation"] = motivation;
        if (!created.empty())
            item["created"] = created;
        if (!modified.empty())
            item["modified"] = modified;
        item["creator"] = OrderedJson{{"type", "Person"}, {"name", coderName(coder)}};
        return item;
    }

    OrderedJson annotationItem(const FilmSnapshot& film, const model::Annotation& a) const
    {
        const std::string code = a.codeId ? m_snapshot.codePath(*a.codeId) : std::string();
        OrderedJson bodies = OrderedJson::array();
        if (!code.empty())
            bodies.push_back(textualBody("tagging", code, nullptr));
        if (!a.value.empty())
            bodies.push_back(textualBody("describing", a.value, "text/plain"));
        if (!a.note.empty())
            bodies.push_back(textualBody("commenting", a.note, "text/markdown"));
        const auto* tier = film.tier(a.tierId);
        auto item = header("annotation", a.id,
                           motivationOf(!code.empty(), !a.value.empty(), !a.note.empty()),
                           a.coderId, a.createdAt, a.modifiedAt);
        item["body"] = std::move(bodies);
        item["target"] = target(film.film, temporalSelector(film.film, a.startFrame, a.endFrame));
        if (tier) {
            item["diptych:tier"] = tier->name;
            item["diptych:tierKind"] = std::string(model::toString(tier->kind));
        }
        const auto scheme =
            schemeName(tier && tier->schemeId ? tier->schemeId : schemeOfCode(a.codeId));
        if (!scheme.empty())
            item["diptych:scheme"] = scheme;
        item["diptych:frames"] = {a.startFrame, a.endFrame};
        if (const auto shot = a.shotId ? film.shotIndex(*a.shotId) : std::nullopt)
            item["diptych:shot"] = *shot;
        return item;
    }

    OrderedJson regionItem(const FilmSnapshot& film, const model::Region& r) const
    {
        const std::string code = r.codeId ? m_snapshot.codePath(*r.codeId) : std::string();
        OrderedJson bodies = OrderedJson::array();
        if (!code.empty())
            bodies.push_back(textualBody("tagging", code, nullptr));
        if (!r.note.empty())
            bodies.push_back(textualBody("commenting", r.note, "text/markdown"));
        auto item = header("region", r.id, motivationOf(!code.empty(), false, !r.note.empty()),
                           r.coderId, r.createdAt, r.modifiedAt);
        item["body"] = std::move(bodies);
        // Time, then the area within it: refinedBy narrows a selection, whereas several
        // selectors side by side would be alternatives for the same segment.
        auto selector = temporalSelector(film.film, r.startFrame, r.endFrame);
        selector["refinedBy"] = r.shape == model::RegionShape::Rect
                                    ? rectSelector(r.points)
                                    : polygonSelector(film.film, r.points);
        item["target"] = target(film.film, std::move(selector));
        item["diptych:shape"] = std::string(model::toString(r.shape));
        OrderedJson points = OrderedJson::array();
        for (const auto& p : r.points)
            points.push_back({p.x, p.y});
        item["diptych:points"] = std::move(points);
        const auto scheme = schemeName(schemeOfCode(r.codeId));
        if (!scheme.empty())
            item["diptych:scheme"] = scheme;
        item["diptych:frames"] = {r.startFrame, r.endFrame};
        if (r.annotationId)
            item["diptych:annotation"] = itemId("annotation", *r.annotationId);
        return item;
    }

    const ProjectSnapshot& m_snapshot;
    std::string m_urn;
};

// ---------------------------------------------------------------------------------------------
// Import: reading targets

/// A time segment in seconds; no end means "to the end of the media" (Media Fragments "t=10").
struct Seconds
{
    double start = 0;
    std::optional<double> end;
};

/// A spatial selection: fractions of the picture, or pixels when `pixels` (to be divided by
/// the film's size once the film is known).
struct Spatial
{
    model::RegionShape shape = model::RegionShape::Rect;
    std::vector<model::NormalizedPoint> points;
    bool pixels = false;
};

/// What a target says: the media it names and the parts of it it selects.
struct TargetInfo
{
    std::string source;
    std::optional<Seconds> time;
    std::optional<Spatial> spatial;
};

[[noreturn]] void fail(const std::string& reason)
{
    throw InputError(reason);
}

/// A plain non-negative decimal ("12", "12.5"): from_chars alone would also take "inf", "1e3".
std::optional<double> plainNumber(std::string_view text)
{
    if (text.empty() || text.find_first_not_of("0123456789.") != std::string_view::npos ||
        std::count(text.begin(), text.end(), '.') > 1 || text == ".")
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

/// Media Fragments npt time: seconds ("12.5"), "mm:ss(.f)" or "hh:mm:ss(.f)".
std::optional<double> nptSeconds(std::string_view text)
{
    double total = 0;
    int fields = 0;
    while (true) {
        const auto colon = text.find(':');
        const auto field = text.substr(0, colon);
        const bool last = colon == std::string_view::npos;
        // Only the seconds may have a fraction; hours and minutes are whole numbers.
        if (!last && field.find('.') != std::string_view::npos)
            return std::nullopt;
        const auto value = plainNumber(field);
        if (!value || ++fields > 3)
            return std::nullopt;
        total = total * 60 + *value;
        if (last)
            return total;
        text.remove_prefix(colon + 1);
    }
}

/// The value of a Media Fragments "t=" dimension: "10,20", "npt:10,20", ",20", "10".
Seconds temporalFragment(std::string_view value)
{
    const std::string shown = "t=" + std::string(value);
    if (value.starts_with("npt:"))
        value.remove_prefix(4);
    else if (value.find(':') != std::string_view::npos && !value.empty() &&
             std::isalpha(static_cast<unsigned char>(value.front())) != 0)
        fail("the time format of '" + shown + "' is not supported (only npt: seconds)");
    const auto comma = value.find(',');
    const auto first = value.substr(0, comma);
    const auto second =
        comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
    Seconds seconds;
    if (!first.empty()) {
        const auto start = nptSeconds(first);
        if (!start)
            fail("cannot read the time fragment '" + shown + "'");
        seconds.start = *start;
    }
    if (!second.empty()) {
        seconds.end = nptSeconds(second);
        if (!seconds.end)
            fail("cannot read the time fragment '" + shown + "'");
    }
    if (first.empty() && second.empty())
        fail("cannot read the time fragment '" + shown + "'");
    if (seconds.end && *seconds.end < seconds.start)
        fail("the time fragment '" + shown + "' ends before it starts");
    return seconds;
}

/// Numbers separated by commas and/or white space, as in xywh= and SVG points lists.
std::vector<double> numberList(std::string_view text, const std::string& what)
{
    std::vector<double> numbers;
    std::size_t at = 0;
    while (at < text.size()) {
        at = text.find_first_not_of(", \t\r\n", at);
        if (at == std::string_view::npos)
            break;
        const auto end = std::min(text.find_first_of(", \t\r\n", at), text.size());
        const auto number = plainNumber(text.substr(at, end - at));
        if (!number)
            fail("cannot read the numbers of " + what);
        numbers.push_back(*number);
        at = end;
    }
    return numbers;
}

Spatial rectangle(double x, double y, double w, double h, bool pixels)
{
    return {model::RegionShape::Rect, {{x, y}, {x + w, y + h}}, pixels};
}

/// The value of a Media Fragments "xywh=" dimension: "percent:x,y,w,h", "pixel:…" or "x,y,w,h".
Spatial spatialFragment(std::string_view value)
{
    const std::string shown = "xywh=" + std::string(value);
    bool pixels = true;
    double scale = 1;
    if (value.starts_with("percent:")) {
        value.remove_prefix(8);
        pixels = false;
        scale = 0.01;
    } else if (value.starts_with("pixel:")) {
        value.remove_prefix(6);
    }
    const auto n = numberList(value, "'" + shown + "'");
    if (n.size() != 4 || n[2] <= 0 || n[3] <= 0)
        fail("cannot read the spatial fragment '" + shown + "'");
    return rectangle(n[0] * scale, n[1] * scale, n[2] * scale, n[3] * scale, pixels);
}

/// The value of attribute `name` in the first element `element` of an SVG text; nullopt when
/// absent. SVG selectors hold one small shape, so a pattern is enough (no XML parser needed).
std::optional<std::string> svgAttribute(const std::string& svg, const std::string& element,
                                        const std::string& name)
{
    const std::regex pattern("<" + element + R"(\b[^>]*?\s)" + name +
                                 R"re(\s*=\s*("([^"]*)"|'([^']*)'))re",
                             std::regex::icase);
    std::smatch match;
    if (!std::regex_search(svg, match, pattern))
        return std::nullopt;
    return match[2].matched ? match[2].str() : match[3].str();
}

/// An SvgSelector's shape: a <polygon> or a <rect>, in the coordinates of the viewBox (taken as
/// the whole picture) or, without a viewBox, in pixels.
Spatial svgShape(const std::string& svg)
{
    Spatial shape;
    if (const auto points = svgAttribute(svg, "polygon", "points")) {
        const auto n = numberList(*points, "the SVG polygon");
        if (n.size() < 6 || n.size() % 2 != 0)
            fail("the SVG polygon needs at least three x,y points");
        shape.shape = model::RegionShape::Polygon;
        for (std::size_t i = 0; i < n.size(); i += 2)
            shape.points.push_back({n[i], n[i + 1]});
    } else if (svgAttribute(svg, "rect", "width")) {
        const auto number = [&](const char* name) {
            const auto text = svgAttribute(svg, "rect", name);
            const auto value = text ? plainNumber(*text) : std::optional<double>(0.0);
            if (!value)
                fail(std::string("cannot read the SVG rect's ") + name);
            return *value;
        };
        shape = rectangle(number("x"), number("y"), number("width"), number("height"), true);
        if (shape.points[1].x <= shape.points[0].x || shape.points[1].y <= shape.points[0].y)
            fail("the SVG rect is empty");
    } else {
        fail("the SVG selector has no <polygon> or <rect>");
    }
    shape.pixels = true;
    if (const auto viewBox = svgAttribute(svg, "svg", "viewBox")) {
        const auto box = numberList(*viewBox, "the SVG viewBox");
        if (box.size() != 4 || box[2] <= 0 || box[3] <= 0)
            fail("cannot read the SVG viewBox");
        for (auto& p : shape.points)
            p = {(p.x - box[0]) / box[2], (p.y - box[1]) / box[3]};
        shape.pixels = false;
    }
    return shape;
}

/// Reads a Media Fragment ("t=1,2&xywh=…") into `info`; dimensions we do not use (track=,
/// id=) are ignored.
void readFragment(std::string_view fragment, TargetInfo& info)
{
    while (!fragment.empty()) {
        const auto amp = fragment.find('&');
        const auto part = fragment.substr(0, amp);
        if (part.starts_with("t="))
            info.time = temporalFragment(part.substr(2));
        else if (part.starts_with("xywh="))
            info.spatial = spatialFragment(part.substr(5));
        if (amp == std::string_view::npos)
            break;
        fragment.remove_prefix(amp + 1);
    }
}

std::string stringMember(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// True when `value` ("type", "motivation", "purpose": a string or an array of them) is or
/// holds `name`, with or without the "oa:" prefix of the Open Annotation vocabulary.
bool hasName(const Json* value, std::string_view name)
{
    if (!value)
        return false;
    if (value->is_array())
        return std::any_of(value->begin(), value->end(),
                           [&](const Json& one) { return hasName(&one, name); });
    if (!value->is_string())
        return false;
    const auto& text = value->get_ref<const std::string&>();
    return text == name || (text.starts_with("oa:") && std::string_view(text).substr(3) == name);
}

const Json* member(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

/// A selector (or an array of alternatives), with whatever it is refined by.
void readSelector(const Json& selector, TargetInfo& info)
{
    if (selector.is_array()) {
        for (const auto& one : selector)
            readSelector(one, info);
        return;
    }
    if (!selector.is_object())
        return;
    const auto* type = member(selector, "type");
    if (hasName(type, "FragmentSelector"))
        readFragment(stringMember(selector, "value"), info);
    else if (hasName(type, "SvgSelector"))
        info.spatial = svgShape(stringMember(selector, "value"));
    if (const auto* refined = member(selector, "refinedBy"))
        readSelector(*refined, info);
}

/// An IRI with an optional media fragment ("file:///a.mp4#t=1,2"): the source and the fragment.
void readFragmentIri(const std::string& iri, TargetInfo& info)
{
    const auto hash = iri.find('#');
    info.source = iri.substr(0, hash);
    if (hash != std::string::npos)
        readFragment(std::string_view(iri).substr(hash + 1), info);
}

/// The annotation's target: an IRI, a resource with an IRI ("id"), or a SpecificResource with
/// a "source" (an IRI or a resource) and selectors. Of several targets the first is read.
TargetInfo readTarget(const Json& annotation)
{
    const Json* target = member(annotation, "target");
    if (target && target->is_array())
        target = target->empty() ? nullptr : &target->front();
    if (!target)
        fail("it has no target");
    TargetInfo info;
    if (target->is_string()) {
        readFragmentIri(target->get<std::string>(), info);
        return info;
    }
    if (!target->is_object())
        fail("its target is neither an IRI nor an object");
    if (const auto* source = member(*target, "source")) {
        readFragmentIri(source->is_object()   ? stringMember(*source, "id")
                        : source->is_string() ? source->get<std::string>()
                                              : std::string(),
                        info);
    } else {
        readFragmentIri(stringMember(*target, "id"), info);
    }
    if (const auto* selector = member(*target, "selector"))
        readSelector(*selector, info);
    return info;
}

// ---------------------------------------------------------------------------------------------
// Import: reading bodies and the Diptych extension

/// The texts of an annotation's bodies, by what Diptych does with them.
struct Bodies
{
    std::vector<std::string> tags;         ///< codes
    std::vector<std::string> descriptions; ///< the annotation's value
    std::vector<std::string> comments;     ///< its note
};

enum class BodyRole
{
    Tag,
    Description,
    Comment,
};

/// What a body with `purpose` (or, without one, the annotation's motivation) is for.
BodyRole roleOf(const Json* purpose, const Json* motivation)
{
    const Json* reason = purpose ? purpose : motivation;
    for (const char* name : {"tagging", "classifying", "identifying"})
        if (hasName(reason, name))
            return BodyRole::Tag;
    for (const char* name : {"commenting", "replying", "questioning", "assessing", "editing"})
        if (hasName(reason, name))
            return BodyRole::Comment;
    return BodyRole::Description;
}

void addBody(Bodies& bodies, BodyRole role, std::string text)
{
    auto& list = role == BodyRole::Tag           ? bodies.tags
                 : role == BodyRole::Description ? bodies.descriptions
                                                 : bodies.comments;
    list.push_back(std::move(text));
}

/// The annotation's bodies: "bodyValue", and "body" as a string, an object or an array of
/// them. A plain string is taken as text (strictly it would be an IRI, but tools that write
/// one mean the text). Bodies with no textual value (links to other resources) are counted in
/// `skipped`.
Bodies readBodies(const Json& annotation, int& skipped)
{
    Bodies bodies;
    const auto* motivation = member(annotation, "motivation");
    if (const auto* value = member(annotation, "bodyValue"); value && value->is_string())
        addBody(bodies, roleOf(nullptr, motivation), value->get<std::string>());
    const auto* body = member(annotation, "body");
    if (!body)
        return bodies;
    const auto one = [&](const Json& b) {
        if (b.is_string()) {
            addBody(bodies, roleOf(nullptr, motivation), b.get<std::string>());
            return;
        }
        const auto* value = member(b, "value");
        if (!value || !value->is_string()) {
            ++skipped;
            return;
        }
        addBody(bodies, roleOf(member(b, "purpose"), motivation), value->get<std::string>());
    };
    if (body->is_array())
        for (const auto& b : *body)
            one(b);
    else
        one(*body);
    return bodies;
}

std::string joined(const std::vector<std::string>& texts, const char* separator)
{
    std::string out;
    for (const auto& text : texts)
        out += (out.empty() ? "" : separator) + text;
    return out;
}

/// The creator's name: a string, or a Person/Software object's "name" (else "nickname").
std::string creatorName(const Json& annotation)
{
    const Json* creator = member(annotation, "creator");
    if (creator && creator->is_array())
        creator = creator->empty() ? nullptr : &creator->front();
    if (!creator)
        return {};
    if (creator->is_string())
        return creator->get<std::string>();
    const auto name = stringMember(*creator, "name");
    return name.empty() ? stringMember(*creator, "nickname") : name;
}

/// "diptych:frames": [start, end] when present and a valid range.
std::optional<std::pair<model::Frame, model::Frame>> diptychFrames(const Json& annotation)
{
    const auto* frames = member(annotation, "diptych:frames");
    if (!frames || !frames->is_array() || frames->size() != 2 ||
        !(*frames)[0].is_number_integer() || !(*frames)[1].is_number_integer())
        return std::nullopt;
    const auto range =
        std::pair((*frames)[0].get<model::Frame>(), (*frames)[1].get<model::Frame>());
    if (range.first < 0 || range.second <= range.first)
        return std::nullopt;
    return range;
}

/// The frames of a time segment at the film's rate (> 0): each boundary goes to the nearest
/// frame start, an open end runs to the end of the film, an end past it is cut there, and a
/// segment shorter than half a frame becomes one frame.
std::pair<model::Frame, model::Frame> framesOfTime(const Seconds& time, const model::Film& film)
{
    const auto start = frameOfMilliseconds(time.start * 1000.0, film.fps);
    if (film.frameCount > 0 && start >= film.frameCount)
        fail("it starts after the end of the film");
    model::Frame end = film.frameCount;
    if (time.end)
        end = frameOfMilliseconds(*time.end * 1000.0, film.fps);
    else if (film.frameCount <= 0)
        fail("its time has no end and the film's length is unknown");
    if (film.frameCount > 0)
        end = std::min(end, film.frameCount);
    return {start, std::max(end, start + 1)};
}

/// "diptych:shape" and "diptych:points": the exact normalised points Diptych wrote.
std::optional<Spatial> diptychShape(const Json& annotation)
{
    const auto shape = model::regionShapeFromString(stringMember(annotation, "diptych:shape"));
    const auto* points = member(annotation, "diptych:points");
    if (!shape || !points || !points->is_array())
        return std::nullopt;
    Spatial spatial{*shape, {}, false};
    for (const auto& p : *points) {
        if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
            return std::nullopt;
        spatial.points.push_back({p[0].get<double>(), p[1].get<double>()});
    }
    return spatial;
}

/// The annotations of a document: an AnnotationCollection (its embedded pages' items, and
/// "items" of its own), an AnnotationPage, a single Annotation, or an array of annotations.
std::vector<const Json*> documentItems(const Json& document)
{
    std::vector<const Json*> items;
    const auto addItems = [&](const Json& holder) {
        if (const auto* list = member(holder, "items"); list && list->is_array())
            for (const auto& item : *list)
                items.push_back(&item);
    };
    if (document.is_array()) {
        for (const auto& item : document)
            items.push_back(&item);
        return items;
    }
    const auto* type = member(document, "type");
    if (hasName(type, "Annotation")) {
        items.push_back(&document);
    } else if (hasName(type, "AnnotationPage")) {
        addItems(document);
    } else if (hasName(type, "AnnotationCollection")) {
        addItems(document);
        // Pages are followed while they are embedded; a page that is only a link would have to
        // be fetched, and importing part of a collection silently would lose annotations.
        for (const Json* page = member(document, "first"); page; page = member(*page, "next")) {
            if (!page->is_object())
                fail("not all pages of the annotation collection are in the file (a page is a "
                     "link); save the collection with its pages embedded");
            addItems(*page);
        }
    } else {
        fail("not a W3C Web Annotation document (expected an AnnotationCollection, an "
             "AnnotationPage, an Annotation or an array of annotations)");
    }
    return items;
}

// ---------------------------------------------------------------------------------------------
// Import: writing

/// Imports the items of one document into the store; runs inside the import's transaction.
class WebAnnotationImporter
{
public:
    WebAnnotationImporter(store::ProjectStore& store, const std::filesystem::path& source,
                          std::optional<model::FilmId> film)
        : m_store(store)
        , m_source(source)
        , m_chosenFilm(film)
        , m_coders(store, m_summary, kFallbackCoder)
        , m_codes(store, m_summary)
    {
        m_summary.format = kFormat;
    }

    ImportSummary run(const std::vector<const Json*>& items)
    {
        // Annotations first, regions after, so a region can link to an annotation that comes
        // later in the file.
        std::vector<std::pair<int, const Json*>> regions;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const int number = static_cast<int>(i) + 1;
            if (isRegion(*items[i], number))
                regions.emplace_back(number, items[i]);
            else
                guarded(number, [&] { importAnnotation(*items[i], number); });
        }
        for (const auto& [number, item] : regions)
            guarded(number, [&, item = item, number = number] { importRegion(*item, number); });
        if (m_skippedBodies > 0)
            m_summary.remarks.push_back(std::to_string(m_skippedBodies) +
                                        " bodies without text (links to other resources) left out");
        if (m_extraTags > 0)
            m_summary.remarks.push_back(std::to_string(m_extraTags) +
                                        " extra tags of regions left out (a region has one code)");
        if (m_unlinked > 0)
            m_summary.remarks.push_back(std::to_string(m_unlinked) +
                                        " region links to annotations not in the file left out");
        return m_summary;
    }

private:
    /// "SOURCE: annotation N" — where every message about item N starts.
    std::string where(int number) const
    {
        return m_source.string() + ": annotation " + std::to_string(number);
    }

    /// Runs `work` for item `number`, giving its unprefixed InputErrors the item's place.
    template <typename Work>
    void guarded(int number, Work&& work)
    {
        try {
            work();
        } catch (const InputError& error) {
            const std::string message = error.what();
            if (message.starts_with(m_source.string() + ": "))
                throw; // already placed (matchFilm names the item itself)
            throw InputError(where(number) + ": " + message);
        }
    }

    bool isRegion(const Json& item, int number)
    {
        bool region = false;
        guarded(number, [&] {
            if (!item.is_object() || !hasName(member(item, "type"), "Annotation"))
                fail("not an Annotation");
            region = member(item, "diptych:shape") || readTarget(item).spatial.has_value();
        });
        return region;
    }

    const model::Film& filmOf(const TargetInfo& target, int number)
    {
        const auto key = m_chosenFilm ? std::string() : target.source;
        if (const auto it = m_films.find(key); it != m_films.end())
            return it->second;
        std::vector<std::string> references;
        if (!target.source.empty())
            references.push_back(target.source);
        auto film =
            matchFilm(m_store, references, m_source.parent_path(), m_chosenFilm, where(number));
        return m_films.emplace(key, std::move(film)).first->second;
    }

    /// The item's frames: the target's time at the film's rate, or Diptych's own frames when
    /// they agree with it to within a frame (they are exact at any rate, and a later edit of
    /// the time in another tool wins). Without a time, the whole film.
    std::pair<model::Frame, model::Frame> framesOf(const Json& item, const TargetInfo& target,
                                                   const model::Film& film) const
    {
        const auto exact = diptychFrames(item);
        if (!target.time || !(film.fps > 0)) {
            if (exact)
                return *exact;
            if (target.time)
                fail("the film's frame rate is unknown");
            if (film.frameCount <= 0)
                fail("its target selects no time (t=) and the film's length is unknown");
            return {0, film.frameCount};
        }
        const auto frames = framesOfTime(*target.time, film);
        if (exact && std::llabs(exact->first - frames.first) <= 1 &&
            std::llabs(exact->second - frames.second) <= 1)
            return *exact;
        return frames;
    }

    std::optional<model::SchemeId> schemeNamed(const std::string& name)
    {
        if (name.empty())
            return std::nullopt;
        if (m_schemes.empty())
            for (const auto& scheme : m_store.schemes().list())
                m_schemes.emplace(scheme.name, scheme.id);
        if (const auto it = m_schemes.find(name); it != m_schemes.end())
            return it->second;
        const auto scheme = m_store.schemes().add({0, name, "Imported from Web Annotation"});
        ++m_summary.schemesCreated;
        return m_schemes.emplace(name, scheme.id).first->second;
    }

    /// The tier an annotation goes to: its "diptych:tier" (created like Diptych described it
    /// when the film has none of that name), else the film's "Web annotations" tier.
    model::Tier& tierFor(const Json& item, const model::Film& film)
    {
        std::string name = stringMember(item, "diptych:tier");
        const bool diptych = !name.empty();
        if (!diptych)
            name = kDefaultTier;
        const auto key = std::pair(film.id, name);
        if (const auto it = m_tiers.find(key); it != m_tiers.end())
            return it->second;
        const auto existing = m_store.tiers().list(film.id);
        for (const auto& tier : existing)
            if (tier.name == name)
                return m_tiers.emplace(key, tier).first->second;
        model::Tier tier;
        tier.filmId = film.id;
        tier.name = name;
        tier.kind = model::TierKind::Range;
        if (diptych) {
            const auto kind = stringMember(item, "diptych:tierKind");
            tier.kind = model::tierKindFromString(kind).value_or(model::TierKind::Range);
            tier.schemeId = schemeNamed(stringMember(item, "diptych:scheme"));
        }
        for (const auto& other : existing)
            tier.sortOrder = std::max(tier.sortOrder, other.sortOrder + 1);
        ++m_summary.tiersCreated;
        return m_tiers.emplace(key, m_store.tiers().add(tier)).first->second;
    }

    /// The scheme `tier`'s tags belong to; a tier without one is given "diptych:scheme" or the
    /// "Web annotation tags" scheme, created on first use.
    model::SchemeId schemeForTags(const Json& item, model::Tier& tier)
    {
        if (!tier.schemeId) {
            auto name = stringMember(item, "diptych:scheme");
            tier.schemeId = schemeNamed(name.empty() ? kDefaultScheme : name);
            m_store.tiers().update(tier);
        }
        return *tier.schemeId;
    }

    std::optional<model::ShotId> shotOf(const Json& item, const model::Film& film)
    {
        const auto* index = member(item, "diptych:shot");
        if (!index || !index->is_number_unsigned())
            return std::nullopt;
        auto& shots = m_shots[film.id];
        if (shots.empty())
            shots = m_store.shots().list(film.id);
        const auto i = index->get<std::size_t>();
        return i < shots.size() ? std::optional(shots[i].id) : std::nullopt;
    }

    /// One Diptych annotation per tag (a Diptych annotation has one code); the text and the
    /// note go with the first.
    void importAnnotation(const Json& item, int number)
    {
        const auto target = readTarget(item);
        const auto& film = filmOf(target, number);
        const auto [start, end] = framesOf(item, target, film);
        const auto bodies = readBodies(item, m_skippedBodies);
        auto& tier = tierFor(item, film);
        model::Annotation annotation;
        annotation.tierId = tier.id;
        annotation.coderId = m_coders(creatorName(item));
        annotation.shotId = shotOf(item, film);
        annotation.startFrame = start;
        annotation.endFrame = end;
        annotation.value = joined(bodies.descriptions, "\n");
        annotation.note = joined(bodies.comments, "\n\n");
        std::vector<std::optional<model::CodeId>> codes;
        for (const auto& tag : bodies.tags)
            codes.emplace_back(m_codes(schemeForTags(item, tier), tag));
        if (codes.empty())
            codes.emplace_back();
        for (std::size_t i = 0; i < codes.size(); ++i) {
            annotation.codeId = codes[i];
            const auto added = m_store.annotations().add(annotation);
            ++m_summary.annotationsAdded;
            if (i == 0)
                if (const auto id = stringMember(item, "id"); !id.empty())
                    m_annotationIds[id] = {added.id, film.id};
            annotation.value.clear();
            annotation.note.clear();
        }
    }

    /// The region's points as fractions of the picture, checked to lie on it.
    std::vector<model::NormalizedPoint> regionPoints(const Json& item, const TargetInfo& target,
                                                     const model::Film& film,
                                                     model::RegionShape& shape) const
    {
        auto spatial = diptychShape(item);
        if (!spatial)
            spatial = target.spatial;
        if (!spatial)
            fail("its target selects no area of the picture");
        if (spatial->pixels) {
            if (film.width <= 0 || film.height <= 0)
                fail("its area is in pixels and the film's picture size is unknown; "
                     "probe the film first");
            for (auto& p : spatial->points)
                p = {p.x / film.width, p.y / film.height};
        }
        // Rounding in other tools' pixel/percent values may step a hair outside the picture.
        constexpr double kTolerance = 1e-6;
        for (auto& p : spatial->points) {
            if (!(p.x >= -kTolerance && p.x <= 1 + kTolerance && p.y >= -kTolerance &&
                  p.y <= 1 + kTolerance))
                fail("its area lies outside the picture");
            p = {std::clamp(p.x, 0.0, 1.0), std::clamp(p.y, 0.0, 1.0)};
        }
        const std::size_t needed = spatial->shape == model::RegionShape::Rect ? 2 : 3;
        if (spatial->points.size() < needed ||
            (spatial->shape == model::RegionShape::Rect && spatial->points.size() != 2))
            fail("its area has the wrong number of points");
        shape = spatial->shape;
        return spatial->points;
    }

    void importRegion(const Json& item, int number)
    {
        const auto target = readTarget(item);
        const auto& film = filmOf(target, number);
        const auto [start, end] = framesOf(item, target, film);
        const auto bodies = readBodies(item, m_skippedBodies);
        model::Region region;
        region.filmId = film.id;
        region.coderId = m_coders(creatorName(item));
        region.startFrame = start;
        region.endFrame = end;
        region.points = regionPoints(item, target, film, region.shape);
        if (!bodies.tags.empty()) {
            const auto scheme = stringMember(item, "diptych:scheme");
            region.codeId =
                m_codes(*schemeNamed(scheme.empty() ? kDefaultScheme : scheme), bodies.tags[0]);
            m_extraTags += static_cast<int>(bodies.tags.size()) - 1;
        }
        std::vector<std::string> notes = bodies.descriptions;
        notes.insert(notes.end(), bodies.comments.begin(), bodies.comments.end());
        region.note = joined(notes, "\n\n");
        if (const auto link = stringMember(item, "diptych:annotation"); !link.empty()) {
            const auto it = m_annotationIds.find(link);
            if (it != m_annotationIds.end() && it->second.second == film.id)
                region.annotationId = it->second.first;
            else
                ++m_unlinked;
        }
        m_store.regions().add(region);
        ++m_summary.regionsAdded;
    }

    store::ProjectStore& m_store;
    const std::filesystem::path& m_source;
    std::optional<model::FilmId> m_chosenFilm;
    ImportSummary m_summary;
    CoderResolver m_coders;
    CodeResolver m_codes;
    std::map<std::string, model::Film> m_films; ///< by target source ("" with --film)
    std::map<std::pair<model::FilmId, std::string>, model::Tier> m_tiers;
    std::map<std::string, model::SchemeId> m_schemes;
    std::map<model::FilmId, std::vector<model::Shot>> m_shots;
    /// The file's annotation ids → the annotations added for them, and their film.
    std::map<std::string, std::pair<model::AnnotationId, model::FilmId>> m_annotationIds;
    int m_skippedBodies = 0;
    int m_extraTags = 0;
    int m_unlinked = 0;
};

} // namespace

std::string webAnnotationDocument(const ProjectSnapshot& snapshot)
{
    // Replace rather than throw on bytes that are not UTF-8 (a title typed in another
    // encoding): one odd character must not make the whole export fail.
    return WebAnnotationWriter(snapshot).collection().dump(2, ' ', false,
                                                           OrderedJson::error_handler_t::replace) +
           "\n";
}

ImportSummary importWebAnnotation(store::ProjectStore& store, std::string_view text,
                                  const std::filesystem::path& source,
                                  std::optional<model::FilmId> film)
{
    Json document;
    try {
        document = Json::parse(text);
    } catch (const Json::parse_error& error) {
        throw InputError(source.string() + ": not valid JSON: " + error.what());
    }
    std::vector<const Json*> items;
    try {
        items = documentItems(document);
    } catch (const InputError& error) {
        throw InputError(source.string() + ": " + error.what());
    }
    ImportSummary summary;
    store.transaction("importing Web Annotations",
                      [&] { summary = WebAnnotationImporter(store, source, film).run(items); });
    return summary;
}

} // namespace diptych::exchange
