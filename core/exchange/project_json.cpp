#include "exchange/project_json.h"

#include "common/error.h"
#include "exchange/project_snapshot.h"
#include "store/project_store.h"
#include "store/timestamp.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace diptych::exchange {

using nlohmann::json;
// Written with the keys in the order given (format and version first), read as plain json.
using nlohmann::ordered_json;

namespace {

ordered_json number(double value)
{
    return std::isfinite(value) ? ordered_json(value) : ordered_json(nullptr);
}

ordered_json optionalId(const std::optional<long long>& id)
{
    return id ? ordered_json(*id) : ordered_json(nullptr);
}

// Stored JSON texts (probe facts, metric provenance, palettes) are embedded as JSON, not as
// strings in strings; a text that is not JSON (never written by Diptych) stays a string.
ordered_json embedded(const std::string& text)
{
    auto parsed = ordered_json::parse(text, nullptr, false);
    return parsed.is_discarded() ? ordered_json(text) : parsed;
}

ordered_json codesJson(const ProjectSnapshot& snapshot, model::SchemeId scheme)
{
    ordered_json codes = ordered_json::array();
    for (const auto* code : snapshot.codesOfScheme(scheme))
        codes.push_back({{"id", code->id},
                         {"parent", optionalId(code->parentId)},
                         {"label", code->label},
                         {"description", code->description},
                         {"color", code->color},
                         {"shortcut", code->shortcut},
                         {"sort_order", code->sortOrder},
                         {"retired", code->retired}});
    return codes;
}

ordered_json shotsJson(const FilmSnapshot& film)
{
    // Each shot's values in one pass over the film's, not one pass per shot: a feature has
    // thousands of shots and a hundred thousand values.
    std::map<model::ShotId, ordered_json> metricsOf;
    std::map<model::ShotId, ordered_json> textsOf;
    for (const auto& v : film.metricValues)
        metricsOf[v.shotId][std::to_string(v.metricId)] = number(v.value);
    for (const auto& t : film.metricTexts)
        textsOf[t.shotId][std::to_string(t.metricId)] = embedded(t.value);
    const auto take = [](std::map<model::ShotId, ordered_json>& by, model::ShotId id) {
        const auto at = by.find(id);
        return at == by.end() ? ordered_json::object() : std::move(at->second);
    };
    ordered_json shots = ordered_json::array();
    for (std::size_t i = 0; i < film.shots.size(); ++i) {
        const auto& s = film.shots[i];
        ordered_json metrics = take(metricsOf, s.id);
        ordered_json texts = take(textsOf, s.id);
        shots.push_back({{"id", s.id},
                         {"index", i},
                         {"start_frame", s.startFrame},
                         {"end_frame", s.endFrame},
                         {"transition", toString(s.transition)},
                         {"transition_frames", s.transitionFrames},
                         {"note", s.note},
                         {"metrics", std::move(metrics)},
                         {"metric_texts", std::move(texts)}});
    }
    return shots;
}

// The shortest decimal that reads back as the same float: a per-frame series is stored as
// float32, and its double expansion (0.30000001192092896) would triple the file.
ordered_json shortFloat(float value)
{
    if (!std::isfinite(value))
        return nullptr;
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    double asDouble = 0;
    std::from_chars(buffer, written.ptr, asDouble);
    return asDouble;
}

ordered_json seriesJson(const FilmSnapshot& film)
{
    ordered_json all = ordered_json::array();
    for (const auto& series : film.series) {
        ordered_json values = ordered_json::array();
        for (const float v : series.values)
            values.push_back(shortFloat(v));
        all.push_back({{"metric", series.metricId},
                       {"start_frame", series.startFrame},
                       {"step", series.step},
                       {"values", std::move(values)}});
    }
    return all;
}

ordered_json filmJson(const FilmSnapshot& f)
{
    ordered_json tiers = ordered_json::array();
    for (const auto& t : f.tiers)
        tiers.push_back({{"id", t.id},
                         {"name", t.name},
                         {"kind", toString(t.kind)},
                         {"scheme", optionalId(t.schemeId)},
                         {"sort_order", t.sortOrder}});
    ordered_json annotations = ordered_json::array();
    for (const auto& a : f.annotations)
        annotations.push_back({{"id", a.id},
                               {"tier", a.tierId},
                               {"coder", a.coderId},
                               {"shot", optionalId(a.shotId)},
                               {"start_frame", a.startFrame},
                               {"end_frame", a.endFrame},
                               {"code", optionalId(a.codeId)},
                               {"value", a.value},
                               {"note", a.note},
                               {"created_at", a.createdAt},
                               {"modified_at", a.modifiedAt}});
    ordered_json regions = ordered_json::array();
    for (const auto& r : f.regions) {
        ordered_json points = ordered_json::array();
        for (const auto& p : r.points)
            points.push_back({p.x, p.y});
        regions.push_back({{"id", r.id},
                           {"coder", r.coderId},
                           {"annotation", optionalId(r.annotationId)},
                           {"start_frame", r.startFrame},
                           {"end_frame", r.endFrame},
                           {"shape", toString(r.shape)},
                           {"points", std::move(points)},
                           {"code", optionalId(r.codeId)},
                           {"note", r.note},
                           {"created_at", r.createdAt},
                           {"modified_at", r.modifiedAt}});
    }
    const auto& film = f.film;
    return {{"id", film.id},
            {"path", film.path.generic_string()},
            {"title", film.title},
            {"size_bytes", film.sizeBytes},
            {"fingerprint", film.fingerprint},
            {"fps", film.fps},
            {"frame_count", film.frameCount},
            {"width", film.width},
            {"height", film.height},
            {"duration_s", film.durationS},
            {"added_at", film.addedAt},
            {"note", film.note},
            {"probe", embedded(film.probeJson)},
            {"shots", shotsJson(f)},
            {"series", seriesJson(f)},
            {"tiers", std::move(tiers)},
            {"annotations", std::move(annotations)},
            {"regions", std::move(regions)}};
}

} // namespace

std::string projectJson(const ProjectSnapshot& snapshot)
{
    ordered_json metrics = ordered_json::array();
    for (const auto& m : snapshot.metrics)
        metrics.push_back({{"id", m.id},
                           {"name", m.name},
                           {"unit", m.unit},
                           {"description", m.description},
                           {"parameters", embedded(m.parametersJson)}});
    ordered_json coders = ordered_json::array();
    for (const auto& c : snapshot.coders)
        coders.push_back({{"id", c.id}, {"name", c.name}, {"note", c.note}});
    ordered_json schemes = ordered_json::array();
    for (const auto& s : snapshot.schemes)
        schemes.push_back({{"id", s.id},
                           {"name", s.name},
                           {"description", s.description},
                           {"codes", codesJson(snapshot, s.id)}});
    ordered_json films = ordered_json::array();
    for (const auto& f : snapshot.films)
        films.push_back(filmJson(f));
    ordered_json correspondences = ordered_json::array();
    for (const auto& c : snapshot.correspondences)
        correspondences.push_back(
            {{"id", c.id},
             {"shot_a", c.shotA},
             {"shot_b", c.shotB},
             {"confidence", c.confidence ? ordered_json(*c.confidence) : ordered_json()},
             {"note", c.note},
             {"created_at", c.createdAt}});
    const ordered_json document = {
        {"$schema", "https://diptych.invalid/schemas/diptych-project-1.schema.json"},
        {"format", "diptych-project"},
        {"schema_version", kProjectJsonVersion},
        {"project", snapshot.projectName},
        {"exported_at", store::utcNowIso8601()},
        {"metrics", std::move(metrics)},
        {"coders", std::move(coders)},
        {"schemes", std::move(schemes)},
        {"films", std::move(films)},
        {"correspondences", std::move(correspondences)}};
    // Two-space indentation: a few percent larger, but diffable and readable in an editor.
    // Invalid UTF-8 in a note (never written by Diptych) is replaced rather than failing.
    return document.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

namespace {

// Typed access to the parsed file with the JSON path of every value, so a bad file gets
// "FILE: films[0].shots[3].end_frame: expected an integer" rather than a library message.
class JsonReader
{
public:
    explicit JsonReader(std::string source)
        : m_source(std::move(source))
    {}

    [[noreturn]] void fail(const std::string& where, const std::string& why) const
    {
        throw InputError(m_source + ": " + where + ": " + why);
    }
    const json* find(const json& object, const char* key) const
    {
        const auto at = object.find(key);
        return at == object.end() || at->is_null() ? nullptr : &*at;
    }
    const json& array(const json& object, const char* key, const std::string& where) const
    {
        static const json kEmpty = json::array();
        const json* value = find(object, key);
        if (!value)
            return kEmpty;
        if (!value->is_array())
            fail(where + "." + key, "expected an array");
        return *value;
    }
    long long integer(const json& object, const char* key, const std::string& where) const
    {
        const json* value = find(object, key);
        if (!value || !value->is_number_integer())
            fail(where + "." + key, value ? "expected an integer" : "missing");
        return value->get<long long>();
    }
    std::optional<long long> optionalInteger(const json& object, const char* key,
                                             const std::string& where) const
    {
        if (!find(object, key))
            return std::nullopt;
        return integer(object, key, where);
    }
    double real(const json& object, const char* key, const std::string& where) const
    {
        const json* value = find(object, key);
        if (!value)
            return std::numeric_limits<double>::quiet_NaN();
        if (!value->is_number())
            fail(where + "." + key, "expected a number");
        return value->get<double>();
    }
    std::string text(const json& object, const char* key, const std::string& where) const
    {
        const json* value = find(object, key);
        if (!value)
            return {};
        if (!value->is_string())
            fail(where + "." + key, "expected a string");
        return value->get<std::string>();
    }
    std::string requiredText(const json& object, const char* key, const std::string& where) const
    {
        auto value = text(object, key, where);
        if (value.empty())
            fail(where + "." + key, "missing or empty");
        return value;
    }
    bool boolean(const json& object, const char* key, const std::string& where) const
    {
        const json* value = find(object, key);
        if (value && !value->is_boolean())
            fail(where + "." + key, "expected true or false");
        return value && value->get<bool>();
    }
    // The project id a reference in the file maps to; the file must define it.
    template <typename Map>
    auto mapped(const Map& map, const json& object, const char* key, const std::string& where,
                const char* what) const -> std::optional<typename Map::mapped_type>
    {
        const auto id = optionalInteger(object, key, where);
        if (!id)
            return std::nullopt;
        const auto at = map.find(*id);
        if (at == map.end())
            fail(where + "." + key,
                 std::string("no ") + what + " " + std::to_string(*id) + " in the file");
        return at->second;
    }

private:
    std::string m_source;
};

std::string elementOf(const std::string& where, std::size_t index)
{
    return where + "[" + std::to_string(index) + "]";
}

std::string jsonText(const json* value)
{
    if (!value)
        return "{}";
    return value->is_string() ? value->get<std::string>() : value->dump();
}

class ProjectJsonImporter
{
public:
    ProjectJsonImporter(store::ProjectStore& store, const JsonReader& reader,
                        ImportSummary& summary)
        : m_store(store)
        , m_in(reader)
        , m_summary(summary)
    {}

    void run(const json& document)
    {
        metrics(m_in.array(document, "metrics", "$"));
        coders(m_in.array(document, "coders", "$"));
        const auto& schemes = m_in.array(document, "schemes", "$");
        for (std::size_t i = 0; i < schemes.size(); ++i)
            scheme(schemes[i], elementOf("schemes", i));
        const auto& films = m_in.array(document, "films", "$");
        for (std::size_t i = 0; i < films.size(); ++i)
            film(films[i], elementOf("films", i));
        correspondences(m_in.array(document, "correspondences", "$"));
    }

private:
    void metrics(const json& list)
    {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto where = elementOf("metrics", i);
            const auto& m = list[i];
            const auto name = m_in.requiredText(m, "name", where);
            auto existing = m_store.metrics().find(name);
            if (!existing)
                existing = m_store.metrics().define({0, name, m_in.text(m, "unit", where),
                                                     m_in.text(m, "description", where),
                                                     jsonText(m_in.find(m, "parameters"))});
            m_metrics[m_in.integer(m, "id", where)] = existing->id;
        }
    }

    void coders(const json& list)
    {
        std::map<std::string, model::CoderId> byName;
        for (const auto& coder : m_store.coders().list())
            byName[coder.name] = coder.id;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto where = elementOf("coders", i);
            const auto name = m_in.requiredText(list[i], "name", where);
            auto at = byName.find(name);
            if (at == byName.end()) {
                at = byName
                         .emplace(
                             name,
                             m_store.coders().add({0, name, m_in.text(list[i], "note", where)}).id)
                         .first;
                ++m_summary.codersCreated;
            }
            m_coders[m_in.integer(list[i], "id", where)] = at->second;
        }
    }

    void scheme(const json& s, const std::string& where)
    {
        const auto name = m_in.requiredText(s, "name", where);
        std::optional<model::CodingScheme> target;
        for (const auto& existing : m_store.schemes().list())
            if (existing.name == name)
                target = existing;
        if (!target) {
            target = m_store.schemes().add({0, name, m_in.text(s, "description", where)});
            ++m_summary.schemesCreated;
        }
        m_schemes[m_in.integer(s, "id", where)] = target->id;
        auto existingCodes = m_store.schemes().codes(target->id);
        const auto& codes = m_in.array(s, "codes", where);
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const auto codeWhere = elementOf(where + ".codes", i);
            const auto& c = codes[i];
            const auto parent = m_in.mapped(m_codes, c, "parent", codeWhere, "earlier code");
            const auto label = m_in.requiredText(c, "label", codeWhere);
            const auto same = std::find_if(
                existingCodes.begin(), existingCodes.end(), [&](const model::Code& code) {
                    return code.parentId == parent && code.label == label;
                });
            model::CodeId id = 0;
            if (same != existingCodes.end()) {
                id = same->id;
            } else {
                model::Code code;
                code.schemeId = target->id;
                code.parentId = parent;
                code.label = label;
                code.description = m_in.text(c, "description", codeWhere);
                code.color = m_in.text(c, "color", codeWhere);
                code.shortcut = m_in.text(c, "shortcut", codeWhere);
                code.sortOrder =
                    static_cast<int>(m_in.optionalInteger(c, "sort_order", codeWhere).value_or(0));
                code.retired = m_in.boolean(c, "retired", codeWhere);
                existingCodes.push_back(m_store.schemes().addCode(code));
                id = existingCodes.back().id;
                ++m_summary.codesCreated;
            }
            m_codes[m_in.integer(c, "id", codeWhere)] = id;
        }
    }

    model::Film filmRow(const json& f, const std::string& where) const
    {
        model::Film film;
        film.path = m_in.requiredText(f, "path", where);
        film.title = m_in.text(f, "title", where);
        film.sizeBytes = m_in.optionalInteger(f, "size_bytes", where).value_or(0);
        film.fingerprint = m_in.text(f, "fingerprint", where);
        film.probeJson = jsonText(m_in.find(f, "probe"));
        film.frameCount = m_in.optionalInteger(f, "frame_count", where).value_or(0);
        film.fps = m_in.real(f, "fps", where);
        if (!std::isfinite(film.fps) || film.fps < 0)
            m_in.fail(where + ".fps", "expected a frame rate");
        film.width = static_cast<int>(m_in.optionalInteger(f, "width", where).value_or(0));
        film.height = static_cast<int>(m_in.optionalInteger(f, "height", where).value_or(0));
        const double duration = m_in.real(f, "duration_s", where);
        film.durationS = std::isfinite(duration) ? duration : 0.0;
        film.note = m_in.text(f, "note", where);
        return film;
    }

    std::vector<model::Shot> shotRows(const json& list, const std::string& where) const
    {
        std::vector<model::Shot> shots;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto shotWhere = elementOf(where, i);
            const auto& s = list[i];
            model::Shot shot;
            shot.startFrame = m_in.integer(s, "start_frame", shotWhere);
            shot.endFrame = m_in.integer(s, "end_frame", shotWhere);
            if (shot.startFrame < 0 || shot.endFrame <= shot.startFrame)
                m_in.fail(shotWhere, "frames [" + std::to_string(shot.startFrame) + ", " +
                                         std::to_string(shot.endFrame) + ") are not a range");
            const auto transition = m_in.text(s, "transition", shotWhere);
            const auto kind =
                model::transitionKindFromString(transition.empty() ? "cut" : transition);
            if (!kind)
                m_in.fail(shotWhere + ".transition", "unknown transition '" + transition + "'");
            shot.transition = *kind;
            shot.transitionFrames =
                m_in.optionalInteger(s, "transition_frames", shotWhere).value_or(0);
            shot.note = m_in.text(s, "note", shotWhere);
            shots.push_back(shot);
        }
        return shots;
    }

    static bool sameFrames(const std::vector<model::Shot>& a, const std::vector<model::Shot>& b)
    {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const model::Shot& x, const model::Shot& y) {
                              return x.startFrame == y.startFrame && x.endFrame == y.endFrame;
                          });
    }

    void film(const json& f, const std::string& where)
    {
        auto row = filmRow(f, where);
        const auto& shotList = m_in.array(f, "shots", where);
        auto shots = shotRows(shotList, where + ".shots");
        auto existing = m_store.films().findByPath(row.path);
        bool measured = true;
        std::vector<model::Shot> stored;
        if (!existing) {
            existing = m_store.films().add(row);
            ++m_summary.filmsAdded;
        } else {
            stored = m_store.shots().list(existing->id);
            if (!stored.empty() && !sameFrames(stored, shots))
                m_in.fail(where, "the project has the film " + row.path.string() +
                                     " with other shots; import into another project");
            measured = stored.empty();
            if (!measured)
                m_summary.remarks.push_back(row.path.filename().string() +
                                            ": already in the project, its shots kept");
        }
        const auto filmId = existing->id;
        if (measured) {
            stored = m_store.shots().replace(filmId, shots);
            m_summary.shotsAdded += static_cast<int>(stored.size());
        }
        std::map<long long, model::ShotId> shotIds;
        for (std::size_t i = 0; i < shotList.size() && i < stored.size(); ++i)
            shotIds[m_in.integer(shotList[i], "id", elementOf(where + ".shots", i))] = stored[i].id;
        if (measured)
            measurements(f, shotList, stored, filmId, where);
        const auto tiers = tierIds(filmId, m_in.array(f, "tiers", where), where + ".tiers");
        annotations(f, where, shotIds, tiers);
        regions(f, where, filmId);
        for (const auto& [fileId, id] : shotIds)
            m_shots[fileId] = id;
    }

    void measurements(const json& f, const json& shotList, const std::vector<model::Shot>& stored,
                      model::FilmId filmId, const std::string& where)
    {
        std::vector<model::ShotMetricValue> values;
        std::vector<model::ShotMetricText> texts;
        for (std::size_t i = 0; i < shotList.size(); ++i) {
            const auto shotWhere = elementOf(where + ".shots", i);
            if (const json* metrics = m_in.find(shotList[i], "metrics"))
                for (const auto& [key, value] : metrics->items()) {
                    const auto metric = metricOf(key, shotWhere + ".metrics");
                    if (!value.is_null() && !value.is_number()) {
                        std::string path = shotWhere;
                        path.append(".metrics.").append(key);
                        m_in.fail(path, "expected a number or null");
                    }
                    values.push_back({stored[i].id, metric,
                                      value.is_null() ? std::numeric_limits<double>::quiet_NaN()
                                                      : value.get<double>()});
                }
            if (const json* metricTexts = m_in.find(shotList[i], "metric_texts"))
                for (const auto& [key, value] : metricTexts->items())
                    texts.push_back({stored[i].id, metricOf(key, shotWhere + ".metric_texts"),
                                     jsonText(&value)});
        }
        m_store.metrics().putShotValues(values);
        m_store.metrics().putShotTexts(texts);
        m_summary.metricValuesAdded += static_cast<int>(values.size() + texts.size());
        const auto& series = m_in.array(f, "series", where);
        for (std::size_t i = 0; i < series.size(); ++i) {
            const auto seriesWhere = elementOf(where + ".series", i);
            model::MetricSeries s;
            s.filmId = filmId;
            s.metricId = *m_in.mapped(m_metrics, series[i], "metric", seriesWhere, "metric");
            s.startFrame = m_in.integer(series[i], "start_frame", seriesWhere);
            s.step = m_in.optionalInteger(series[i], "step", seriesWhere).value_or(1);
            for (const auto& v : m_in.array(series[i], "values", seriesWhere))
                s.values.push_back(v.is_number() ? v.get<float>()
                                                 : std::numeric_limits<float>::quiet_NaN());
            m_store.metrics().putSeries(s);
        }
    }

    model::MetricId metricOf(const std::string& key, const std::string& where) const
    {
        long long id = 0;
        const auto parsed = std::from_chars(key.data(), key.data() + key.size(), id);
        const auto at = parsed.ec == std::errc() ? m_metrics.find(id) : m_metrics.end();
        if (at == m_metrics.end())
            m_in.fail(where, "no metric " + key + " in the file");
        return at->second;
    }

    std::map<long long, model::TierId> tierIds(model::FilmId filmId, const json& list,
                                               const std::string& where)
    {
        std::map<long long, model::TierId> ids;
        auto existing = m_store.tiers().list(filmId);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto tierWhere = elementOf(where, i);
            const auto& t = list[i];
            model::Tier tier;
            tier.filmId = filmId;
            tier.name = m_in.requiredText(t, "name", tierWhere);
            const auto kind = model::tierKindFromString(m_in.text(t, "kind", tierWhere));
            if (!kind)
                m_in.fail(tierWhere + ".kind", "expected shot, range or text");
            tier.kind = *kind;
            tier.schemeId = m_in.mapped(m_schemes, t, "scheme", tierWhere, "scheme");
            tier.sortOrder =
                static_cast<int>(m_in.optionalInteger(t, "sort_order", tierWhere).value_or(0));
            const auto same =
                std::find_if(existing.begin(), existing.end(),
                             [&](const model::Tier& e) { return e.name == tier.name; });
            if (same != existing.end() && same->kind != tier.kind)
                m_in.fail(tierWhere, "the film has a " + std::string(toString(same->kind)) +
                                         " tier '" + tier.name + "' already");
            if (same == existing.end()) {
                existing.push_back(m_store.tiers().add(tier));
                ++m_summary.tiersCreated;
                ids[m_in.integer(t, "id", tierWhere)] = existing.back().id;
            } else {
                ids[m_in.integer(t, "id", tierWhere)] = same->id;
            }
        }
        return ids;
    }

    void annotations(const json& f, const std::string& where,
                     const std::map<long long, model::ShotId>& shots,
                     const std::map<long long, model::TierId>& tiers)
    {
        using Key = std::tuple<model::TierId, model::CoderId, model::Frame, model::Frame,
                               model::CodeId, std::string>;
        std::map<Key, model::AnnotationId> present;
        for (const auto& [fileId, tier] : tiers)
            for (const auto& a : m_store.annotations().listByTier(tier))
                present.emplace(Key{a.tierId, a.coderId, a.startFrame, a.endFrame,
                                    a.codeId.value_or(0), a.value},
                                a.id);
        const auto& list = m_in.array(f, "annotations", where);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto aWhere = elementOf(where + ".annotations", i);
            const auto& in = list[i];
            model::Annotation a;
            a.tierId = *mappedRequired(tiers, in, "tier", aWhere, "tier of this film");
            a.coderId = *mappedRequired(m_coders, in, "coder", aWhere, "coder");
            a.shotId = m_in.mapped(shots, in, "shot", aWhere, "shot of this film");
            a.codeId = m_in.mapped(m_codes, in, "code", aWhere, "code");
            a.startFrame = m_in.integer(in, "start_frame", aWhere);
            a.endFrame = m_in.integer(in, "end_frame", aWhere);
            if (a.startFrame < 0 || a.endFrame <= a.startFrame)
                m_in.fail(aWhere, "frames are not a range");
            a.value = m_in.text(in, "value", aWhere);
            a.note = m_in.text(in, "note", aWhere);
            a.createdAt = m_in.text(in, "created_at", aWhere);
            a.modifiedAt = m_in.text(in, "modified_at", aWhere);
            const auto fileId = m_in.integer(in, "id", aWhere);
            const Key key{a.tierId, a.coderId, a.startFrame, a.endFrame, a.codeId.value_or(0),
                          a.value};
            // Already there (in the project, or earlier in the file): link to it, add nothing.
            if (const auto at = present.find(key); at != present.end()) {
                m_annotations[fileId] = at->second;
                continue;
            }
            const auto id = m_store.annotations().addImported(a).id;
            present.emplace(key, id);
            m_annotations[fileId] = id;
            ++m_summary.annotationsAdded;
        }
    }

    template <typename Map>
    std::optional<typename Map::mapped_type>
    mappedRequired(const Map& map, const json& object, const char* key, const std::string& where,
                   const char* what) const
    {
        auto id = m_in.mapped(map, object, key, where, what);
        if (!id)
            m_in.fail(where + "." + key, "missing");
        return id;
    }

    void regions(const json& f, const std::string& where, model::FilmId filmId)
    {
        using Key = std::tuple<model::CoderId, model::Frame, model::Frame, std::string>;
        const auto keyOf = [](const model::Region& r) {
            std::string shape(toString(r.shape));
            for (const auto& p : r.points)
                shape += ' ' + std::to_string(p.x) + ',' + std::to_string(p.y);
            return Key{r.coderId, r.startFrame, r.endFrame, shape};
        };
        std::set<Key> present;
        for (const auto& r : m_store.regions().listByFilm(filmId))
            present.insert(keyOf(r));
        const auto& list = m_in.array(f, "regions", where);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto rWhere = elementOf(where + ".regions", i);
            const auto& in = list[i];
            model::Region r;
            r.filmId = filmId;
            r.coderId = *mappedRequired(m_coders, in, "coder", rWhere, "coder");
            r.annotationId =
                m_in.mapped(m_annotations, in, "annotation", rWhere, "annotation of this film");
            r.codeId = m_in.mapped(m_codes, in, "code", rWhere, "code");
            r.startFrame = m_in.integer(in, "start_frame", rWhere);
            r.endFrame = m_in.integer(in, "end_frame", rWhere);
            const auto shape = model::regionShapeFromString(m_in.text(in, "shape", rWhere));
            if (!shape)
                m_in.fail(rWhere + ".shape", "expected rect or polygon");
            r.shape = *shape;
            for (const auto& p : m_in.array(in, "points", rWhere)) {
                if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number())
                    m_in.fail(rWhere + ".points", "expected [x, y] pairs of numbers");
                r.points.push_back({p[0].get<double>(), p[1].get<double>()});
            }
            r.note = m_in.text(in, "note", rWhere);
            r.createdAt = m_in.text(in, "created_at", rWhere);
            r.modifiedAt = m_in.text(in, "modified_at", rWhere);
            if (!present.insert(keyOf(r)).second)
                continue;
            m_store.regions().addImported(r);
            ++m_summary.regionsAdded;
        }
    }

    void correspondences(const json& list)
    {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto where = elementOf("correspondences", i);
            const auto a = *mappedRequired(m_shots, list[i], "shot_a", where, "shot");
            const auto b = *mappedRequired(m_shots, list[i], "shot_b", where, "shot");
            const auto links = m_store.correspondences().listForShot(a);
            if (std::any_of(links.begin(), links.end(),
                            [b](const model::Correspondence& c) { return c.shotB == b; }))
                continue;
            const double confidence = m_in.real(list[i], "confidence", where);
            m_store.correspondences().add(
                {0, a, b,
                 std::isfinite(confidence) ? std::optional<double>(confidence) : std::nullopt,
                 m_in.text(list[i], "note", where), ""});
            ++m_summary.correspondencesAdded;
        }
    }

    store::ProjectStore& m_store;
    const JsonReader& m_in;
    ImportSummary& m_summary;
    std::map<long long, model::MetricId> m_metrics;
    std::map<long long, model::CoderId> m_coders;
    std::map<long long, model::SchemeId> m_schemes;
    std::map<long long, model::CodeId> m_codes;
    std::map<long long, model::ShotId> m_shots;
    std::map<long long, model::AnnotationId> m_annotations;
};

} // namespace

ImportSummary importProjectJson(store::ProjectStore& store, std::string_view text,
                                const std::filesystem::path& source)
{
    const JsonReader reader(source.string());
    json document;
    try {
        document = json::parse(text);
    } catch (const json::exception& e) {
        throw InputError(source.string() + ": malformed JSON (" + e.what() + ")");
    }
    if (!document.is_object() || document.value("format", json()) != "diptych-project")
        reader.fail("$", "not a Diptych project file (no \"format\": \"diptych-project\")");
    const auto version = reader.integer(document, "schema_version", "$");
    if (version < 1 || version > kProjectJsonVersion)
        reader.fail("$.schema_version", "unsupported version " + std::to_string(version) +
                                            " (this Diptych reads up to " +
                                            std::to_string(kProjectJsonVersion) + ")");
    ImportSummary summary;
    summary.format = "Diptych JSON " + std::to_string(version);
    store.transaction("importing " + source.filename().string(),
                      [&] { ProjectJsonImporter(store, reader, summary).run(document); });
    return summary;
}

} // namespace diptych::exchange
