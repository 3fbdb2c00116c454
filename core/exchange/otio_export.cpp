#include "exchange/otio_export.h"

#include "exchange/import_support.h"
#include "exchange/project_snapshot.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

namespace diptych::exchange {

namespace {

// OTIO readers do not care about key order, but people diffing against OTIO's own output do:
// keys are written in the order OTIO writes them (see the samples in its test data).
using Json = nlohmann::ordered_json;

/// One of OTIO's marker colour names with a representative sRGB value, for naming the nearest
/// one to a code's colour (tools that know only the names still show something close).
struct NamedColor
{
    const char* name;
    double r, g, b;
};

constexpr std::array<NamedColor, 11> kMarkerColors{{
    {"PINK", 1.0, 0.75, 0.8},
    {"RED", 1.0, 0.0, 0.0},
    {"ORANGE", 1.0, 0.5, 0.0},
    {"YELLOW", 1.0, 1.0, 0.0},
    {"GREEN", 0.0, 1.0, 0.0},
    {"CYAN", 0.0, 1.0, 1.0},
    {"BLUE", 0.0, 0.0, 1.0},
    {"PURPLE", 0.5, 0.0, 0.5},
    {"MAGENTA", 1.0, 0.0, 1.0},
    {"BLACK", 0.0, 0.0, 0.0},
    {"WHITE", 1.0, 1.0, 1.0},
}};

/// OTIO's default marker colour, for coded annotations whose code has no colour.
constexpr const NamedColor& kCodedColor = kMarkerColors[1];
/// Free-text annotations: the colour of a sticky note.
constexpr const NamedColor& kTextColor = kMarkerColors[3];

Json rationalTime(double value, double rate)
{
    Json time = Json::object();
    time["OTIO_SCHEMA"] = "RationalTime.1";
    time["rate"] = rate;
    time["value"] = value;
    return time;
}

/// Frames [start, start + duration) at `fps`; values are written as doubles, as OTIO does.
Json timeRange(model::Frame start, model::Frame duration, double fps)
{
    Json range = Json::object();
    range["OTIO_SCHEMA"] = "TimeRange.1";
    range["duration"] = rationalTime(static_cast<double>(duration), fps);
    range["start_time"] = rationalTime(static_cast<double>(start), fps);
    return range;
}

Json color(const NamedColor& named, double r, double g, double b)
{
    Json c = Json::object();
    c["OTIO_SCHEMA"] = "Color.1";
    c["r"] = r;
    c["g"] = g;
    c["b"] = b;
    c["a"] = 1.0;
    c["name"] = named.name;
    return c;
}

/// "#rrggbb" as three 0..1 values; nullopt for anything else (no colour).
std::optional<std::array<double, 3>> parseHexColor(const std::string& hex)
{
    if (hex.size() != 7 || hex[0] != '#' ||
        hex.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos)
        return std::nullopt;
    std::array<double, 3> rgb{};
    for (std::size_t i = 0; i < 3; ++i)
        rgb[i] = std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
    return rgb;
}

/// The code's own colour, named after the nearest OTIO marker colour.
Json colorOfCode(const std::string& hex)
{
    const auto rgb = parseHexColor(hex);
    if (!rgb)
        return color(kCodedColor, kCodedColor.r, kCodedColor.g, kCodedColor.b);
    const auto distance = [&](const NamedColor& c) {
        return std::pow(c.r - (*rgb)[0], 2) + std::pow(c.g - (*rgb)[1], 2) +
               std::pow(c.b - (*rgb)[2], 2);
    };
    const auto nearest = std::min_element(
        kMarkerColors.begin(), kMarkerColors.end(),
        [&](const NamedColor& a, const NamedColor& b) { return distance(a) < distance(b); });
    return color(*nearest, (*rgb)[0], (*rgb)[1], (*rgb)[2]);
}

/// The fields every OTIO Item has, in OTIO's order; the caller adds its own after them.
Json item(const char* schema, Json metadata, const std::string& name, Json sourceRange,
          Json markers)
{
    Json object = Json::object();
    object["OTIO_SCHEMA"] = schema;
    object["metadata"] = std::move(metadata);
    object["name"] = name;
    object["source_range"] = std::move(sourceRange);
    object["effects"] = Json::array();
    object["markers"] = std::move(markers);
    object["enabled"] = true;
    return object;
}

Json diptychMetadata(Json content)
{
    Json metadata = Json::object();
    metadata["diptych"] = std::move(content);
    return metadata;
}

std::string filmName(const model::Film& film)
{
    return film.title.empty() ? film.path.filename().string() : film.title;
}

/// Writes one snapshot's timeline.
class OtioWriter
{
public:
    explicit OtioWriter(const ProjectSnapshot& snapshot)
        : m_snapshot(snapshot)
    {}

    Json timeline() const
    {
        // One track per film, side by side in the stack: films are compared, not edited one
        // after the other, and each keeps its own time (and rate) from zero.
        Json tracks = item("Stack.1", Json::object(), "tracks", nullptr, Json::array());
        tracks["children"] = Json::array();
        for (const auto& film : m_snapshot.films)
            tracks["children"].push_back(track(film));
        Json doc = Json::object();
        doc["OTIO_SCHEMA"] = "Timeline.1";
        doc["metadata"] = diptychMetadata(Json{{"project", m_snapshot.projectName}});
        doc["name"] = m_snapshot.projectName;
        doc["global_start_time"] = nullptr;
        doc["tracks"] = std::move(tracks);
        return doc;
    }

private:
    Json track(const FilmSnapshot& film) const
    {
        const auto& f = film.film;
        Json info = Json::object();
        info["film_id"] = f.id;
        info["path"] = f.path.generic_string();
        info["fps"] = f.fps;
        info["frame_count"] = f.frameCount;
        info["width"] = f.width;
        info["height"] = f.height;
        Json track =
            item("Track.1", diptychMetadata(std::move(info)), filmName(f), nullptr, Json::array());
        Json children = Json::array();
        model::Frame position = 0;
        for (std::size_t i = 0; i < film.shots.size(); ++i) {
            const auto& shot = film.shots[i];
            // Frames no shot covers become gaps, so track time stays film time.
            if (shot.startFrame > position)
                children.push_back(gap(position, shot.startFrame - position, f.fps));
            children.push_back(clip(film, i));
            position = std::max(position, shot.endFrame);
        }
        track["children"] = std::move(children);
        track["kind"] = "Video";
        return track;
    }

    static Json gap(model::Frame start, model::Frame duration, double fps)
    {
        return item("Gap.1", Json::object(), "", timeRange(start, duration, fps), Json::array());
    }

    Json mediaReference(const model::Film& f) const
    {
        Json reference = Json::object();
        reference["OTIO_SCHEMA"] = "ExternalReference.1";
        reference["metadata"] = Json::object();
        reference["name"] = f.path.filename().string();
        reference["available_range"] =
            f.frameCount > 0 ? timeRange(0, f.frameCount, f.fps) : Json(nullptr);
        reference["available_image_bounds"] = nullptr;
        reference["target_url"] = fileUrl(f.path);
        return reference;
    }

    /// A Diptych dissolve is in the film's own frames, half in each shot, so it is described
    /// in metadata and not as an OTIO Transition: an editor would dissolve the dissolve again.
    Json clip(const FilmSnapshot& film, std::size_t index) const
    {
        const auto& shot = film.shots[index];
        Json info = Json::object();
        info["shot_index"] = index;
        info["shot_id"] = shot.id;
        info["transition"] = std::string(model::toString(shot.transition));
        info["transition_frames"] = shot.transitionFrames;
        info["metrics"] = metrics(film, shot.id);
        info["codes"] = shotCodes(film, shot.id);
        info["note"] = shot.note;
        Json clip =
            item("Clip.2", diptychMetadata(std::move(info)), "Shot " + std::to_string(index + 1),
                 timeRange(shot.startFrame, shot.length(), film.film.fps), markers(film, shot));
        Json references = Json::object();
        references["DEFAULT_MEDIA"] = mediaReference(film.film);
        clip["media_references"] = std::move(references);
        clip["active_media_reference_key"] = "DEFAULT_MEDIA";
        return clip;
    }

    /// The shot's metric values by name: numbers (null where not defined) and JSON values
    /// (the palette) as the JSON they are.
    Json metrics(const FilmSnapshot& film, model::ShotId shot) const
    {
        Json values = Json::object();
        for (const auto& v : film.metricValues)
            if (v.shotId == shot)
                if (const auto* metric = m_snapshot.metric(v.metricId))
                    values[metric->name] = std::isfinite(v.value) ? Json(v.value) : Json(nullptr);
        for (const auto& t : film.metricTexts) {
            const auto* metric = t.shotId == shot ? m_snapshot.metric(t.metricId) : nullptr;
            if (!metric)
                continue;
            auto parsed = Json::parse(t.value, nullptr, false);
            values[metric->name] = parsed.is_discarded() ? Json(t.value) : std::move(parsed);
        }
        return values;
    }

    std::string coderName(model::CoderId id) const
    {
        const auto* coder = m_snapshot.coder(id);
        return coder ? coder->name : std::string();
    }

    /// The codes given to the shot itself (annotations tied to it).
    Json shotCodes(const FilmSnapshot& film, model::ShotId shot) const
    {
        Json codes = Json::array();
        for (const auto& a : film.annotations) {
            if (a.shotId != shot || !a.codeId)
                continue;
            const auto* tier = film.tier(a.tierId);
            codes.push_back(Json{{"coder", coderName(a.coderId)},
                                 {"code", m_snapshot.codePath(*a.codeId)},
                                 {"tier", tier ? tier->name : std::string()}});
        }
        return codes;
    }

    /// One marker per annotation overlapping the shot, cut to the shot. A marker's range is in
    /// its item's own time, which for a clip is its media's: film frames, like source_range.
    Json markers(const FilmSnapshot& film, const model::Shot& shot) const
    {
        Json markers = Json::array();
        for (const auto& a : film.annotations) {
            const auto start = std::max(a.startFrame, shot.startFrame);
            const auto end = std::min(a.endFrame, shot.endFrame);
            if (start < end)
                markers.push_back(marker(film, a, start, end));
        }
        return markers;
    }

    Json marker(const FilmSnapshot& film, const model::Annotation& a, model::Frame start,
                model::Frame end) const
    {
        const auto* tier = film.tier(a.tierId);
        const auto* code = a.codeId ? m_snapshot.code(*a.codeId) : nullptr;
        Json info = Json::object();
        info["annotation_id"] = a.id;
        info["coder"] = coderName(a.coderId);
        info["tier"] = tier ? tier->name : std::string();
        info["frames"] = {a.startFrame, a.endFrame};
        if (code && !a.value.empty())
            info["value"] = a.value;
        Json marker = Json::object();
        marker["OTIO_SCHEMA"] = "Marker.3";
        marker["metadata"] = diptychMetadata(std::move(info));
        marker["name"] = code ? m_snapshot.codePath(code->id) : a.value;
        marker["color"] = code ? colorOfCode(code->color)
                               : color(kTextColor, kTextColor.r, kTextColor.g, kTextColor.b);
        marker["marked_range"] = timeRange(start, end - start, film.film.fps);
        marker["comment"] = a.note;
        return marker;
    }

    const ProjectSnapshot& m_snapshot;
};

} // namespace

std::string otioDocument(const ProjectSnapshot& snapshot)
{
    // Replace rather than throw on bytes that are not UTF-8 (a title typed in another
    // encoding): one odd character must not make the whole export fail.
    return OtioWriter(snapshot).timeline().dump(4, ' ', false, Json::error_handler_t::replace) +
           "\n";
}

} // namespace diptych::exchange
