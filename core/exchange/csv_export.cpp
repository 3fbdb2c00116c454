#include "exchange/csv_export.h"

#include "common/csv.h"
#include "common/timecode.h"
#include "exchange/import_support.h"
#include "exchange/project_snapshot.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace diptych::exchange {

namespace {

// A table is a list of columns, each with its documentation and how to read its value from a
// row, so the CSV and the README that describes it cannot drift apart.
template <typename Row>
struct Column
{
    std::string name;
    std::string description;
    std::function<std::string(const Row&)> value;
};

template <typename Row>
CsvTable makeTable(
    std::string fileName, std::string purpose, const std::vector<Column<Row>>& columns,
    const std::vector<std::pair<std::string, std::function<std::string(const Row&)>>>& extraColumns,
    const std::vector<Row>& rows)
{
    CsvTable table;
    table.fileName = std::move(fileName);
    table.purpose = std::move(purpose);
    std::vector<std::string> header;
    for (const auto& column : columns) {
        header.push_back(column.name);
        table.columns.push_back({column.name, column.description});
    }
    for (const auto& extra : extraColumns)
        header.push_back(extra.first);
    CsvWriter writer(header);
    std::vector<std::string> fields;
    for (const auto& row : rows) {
        fields.clear();
        for (const auto& column : columns)
            fields.push_back(column.value(row));
        for (const auto& extra : extraColumns)
            fields.push_back(extra.second(row));
        writer.addRow(fields);
    }
    table.text = writer.text();
    return table;
}

std::string integer(long long value)
{
    return std::to_string(value);
}

std::string optionalId(const std::optional<long long>& id)
{
    return id ? std::to_string(*id) : std::string();
}

// The frame/second/timecode columns every time-based table has, for [start, end).
template <typename Row>
void addTimeColumns(std::vector<Column<Row>>& columns,
                    std::function<const model::Film&(const Row&)> film,
                    std::function<model::Frame(const Row&)> start,
                    std::function<model::Frame(const Row&)> end)
{
    columns.push_back({"start_frame", "first frame, 0-based in presentation order",
                       [start](const Row& r) { return integer(start(r)); }});
    columns.push_back({"end_frame", "frame after the last one (ranges are [start, end))",
                       [end](const Row& r) { return integer(end(r)); }});
    columns.push_back(
        {"start_s", "start in seconds from the film's first frame (frame / fps)",
         [=](const Row& r) { return csvNumber(secondsOfFrame(start(r), film(r).fps)); }});
    columns.push_back({"end_s", "end in seconds (end_frame / fps)", [=](const Row& r) {
                           return csvNumber(secondsOfFrame(end(r), film(r).fps));
                       }});
    columns.push_back({"duration_s", "end_s - start_s", [=](const Row& r) {
                           return csvNumber(secondsOfFrame(end(r) - start(r), film(r).fps));
                       }});
    columns.push_back({"start_timecode", "start as non-drop timecode HH:MM:SS:FF",
                       [=](const Row& r) { return formatTimecode(start(r), film(r).fps); }});
    columns.push_back({"end_timecode", "end as non-drop timecode HH:MM:SS:FF (exclusive)",
                       [=](const Row& r) { return formatTimecode(end(r), film(r).fps); }});
}

struct ShotRow
{
    const FilmSnapshot* film;
    std::size_t index;
    const model::Shot* shot;
    std::map<model::MetricId, double> values;
    std::map<model::MetricId, std::string> texts;
    std::set<std::pair<model::CodeId, model::CoderId>> codes;
};

// Who coded what on each shot: an annotation counts for a shot when it is linked to it or,
// for range and text tiers, when its frames overlap the shot's.
void collectShotCodes(const FilmSnapshot& film, std::vector<ShotRow>& rows, std::size_t first)
{
    // Shots are ordered by start and do not overlap, so each annotation finds its shots by
    // binary search rather than by a scan of every shot.
    const auto& shots = film.shots;
    std::map<model::ShotId, std::size_t> indexOf;
    for (std::size_t i = 0; i < shots.size(); ++i)
        indexOf[shots[i].id] = i;
    for (const auto& a : film.annotations) {
        if (!a.codeId)
            continue;
        if (a.shotId) {
            if (const auto at = indexOf.find(*a.shotId); at != indexOf.end())
                rows[first + at->second].codes.insert({*a.codeId, a.coderId});
            continue;
        }
        auto it = std::upper_bound(
            shots.begin(), shots.end(), a.startFrame,
            [](model::Frame frame, const model::Shot& shot) { return frame < shot.endFrame; });
        for (; it != shots.end() && it->startFrame < a.endFrame; ++it)
            rows[first + static_cast<std::size_t>(it - shots.begin())].codes.insert(
                {*a.codeId, a.coderId});
    }
}

// The (code, coder) pairs that get a 0/1 column in shots.csv: every code of the schemes the
// exported tiers use (plus any other code an annotation carries), for every coder who coded
// something, so a code nobody used still shows as a column of zeros.
std::vector<std::pair<model::CodeId, model::CoderId>>
shotCodeColumns(const ProjectSnapshot& snapshot)
{
    std::set<model::SchemeId> schemes;
    std::set<model::CodeId> usedCodes;
    std::set<model::CoderId> coders;
    for (const auto& film : snapshot.films) {
        for (const auto& tier : film.tiers)
            if (tier.schemeId)
                schemes.insert(*tier.schemeId);
        for (const auto& a : film.annotations)
            if (a.codeId) {
                usedCodes.insert(*a.codeId);
                coders.insert(a.coderId);
            }
    }
    std::vector<model::CodeId> codes;
    for (const auto& code : snapshot.codes)
        if (schemes.count(code.schemeId) || usedCodes.count(code.id))
            codes.push_back(code.id);
    std::vector<std::pair<model::CodeId, model::CoderId>> columns;
    for (const auto code : codes)
        for (const auto coder : coders)
            columns.emplace_back(code, coder);
    return columns;
}

std::string shotCodeColumnName(const ProjectSnapshot& snapshot, model::CodeId code,
                               model::CoderId coder)
{
    const auto* who = snapshot.coder(coder);
    return "code:" + snapshot.codePath(code) + ":" + (who ? who->name : std::to_string(coder));
}

CsvTable shotsTable(const ProjectSnapshot& snapshot)
{
    std::vector<ShotRow> rows;
    for (const auto& film : snapshot.films) {
        const std::size_t first = rows.size();
        for (std::size_t i = 0; i < film.shots.size(); ++i)
            rows.push_back({&film, i, &film.shots[i], {}, {}, {}});
        std::map<model::ShotId, std::size_t> rowOfShot;
        for (std::size_t i = 0; i < film.shots.size(); ++i)
            rowOfShot[film.shots[i].id] = first + i;
        for (const auto& v : film.metricValues)
            if (const auto at = rowOfShot.find(v.shotId); at != rowOfShot.end())
                rows[at->second].values[v.metricId] = v.value;
        for (const auto& t : film.metricTexts)
            if (const auto at = rowOfShot.find(t.shotId); at != rowOfShot.end())
                rows[at->second].texts[t.metricId] = t.value;
        collectShotCodes(film, rows, first);
    }
    std::vector<Column<ShotRow>> columns = {
        {"film_id", "the film's id in the project",
         [](const ShotRow& r) { return integer(r.film->film.id); }},
        {"film", "the film's media file",
         [](const ShotRow& r) { return r.film->film.path.string(); }},
        {"film_title", "the film's title (may be empty)",
         [](const ShotRow& r) { return r.film->film.title; }},
        {"shot_id", "the shot's id in the project (joins annotations.csv and correspondences.csv)",
         [](const ShotRow& r) { return integer(r.shot->id); }},
        {"shot_index", "0-based position of the shot in its film",
         [](const ShotRow& r) { return integer(static_cast<long long>(r.index)); }},
    };
    addTimeColumns<ShotRow>(
        columns, [](const ShotRow& r) -> const model::Film& { return r.film->film; },
        [](const ShotRow& r) { return r.shot->startFrame; },
        [](const ShotRow& r) { return r.shot->endFrame; });
    columns.push_back(
        {"frames", "length in frames", [](const ShotRow& r) { return integer(r.shot->length()); }});
    columns.push_back({"fps", "the film's frame rate (frames per second)",
                       [](const ShotRow& r) { return csvNumber(r.film->film.fps); }});
    columns.push_back({"transition",
                       "how the shot begins: none (first shot), cut, dissolve, fade_in, "
                       "fade_out, wipe, other",
                       [](const ShotRow& r) { return std::string(toString(r.shot->transition)); }});
    columns.push_back({"transition_frames", "length of the gradual transition into the shot",
                       [](const ShotRow& r) { return integer(r.shot->transitionFrames); }});
    columns.push_back(
        {"note", "the shot's note (Markdown)", [](const ShotRow& r) { return r.shot->note; }});

    std::vector<std::pair<std::string, std::function<std::string(const ShotRow&)>>> extra;
    for (const auto* metric : snapshot.numericShotMetrics()) {
        const auto id = metric->id;
        extra.emplace_back(metric->name, [id](const ShotRow& r) {
            const auto at = r.values.find(id);
            return at == r.values.end() ? std::string() : csvNumber(at->second);
        });
    }
    for (const auto* metric : snapshot.textShotMetrics()) {
        const auto id = metric->id;
        extra.emplace_back(metric->name, [id](const ShotRow& r) {
            const auto at = r.texts.find(id);
            return at == r.texts.end() ? std::string() : at->second;
        });
    }
    for (const auto& pair : shotCodeColumns(snapshot)) {
        const auto [code, coder] = pair;
        extra.emplace_back(shotCodeColumnName(snapshot, code, coder),
                           [code = code, coder = coder](const ShotRow& r) {
                               return std::string(r.codes.count({code, coder}) ? "1" : "0");
                           });
    }
    return makeTable<ShotRow>("shots.csv", "one row per shot per film", columns, extra, rows);
}

struct AnnotationRow
{
    const FilmSnapshot* film;
    const model::Annotation* annotation;
};

std::string coderName(const ProjectSnapshot& snapshot, model::CoderId id)
{
    const auto* coder = snapshot.coder(id);
    return coder ? coder->name : std::string();
}

std::string codeLabel(const ProjectSnapshot& snapshot, const std::optional<model::CodeId>& id)
{
    const auto* code = id ? snapshot.code(*id) : nullptr;
    return code ? code->label : std::string();
}

std::string schemeName(const ProjectSnapshot& snapshot, const std::optional<model::CodeId>& id)
{
    const auto* code = id ? snapshot.code(*id) : nullptr;
    if (!code)
        return {};
    for (const auto& scheme : snapshot.schemes)
        if (scheme.id == code->schemeId)
            return scheme.name;
    return {};
}

std::string shotIndexOf(const FilmSnapshot& film, const std::optional<model::ShotId>& shot)
{
    const auto index = shot ? film.shotIndex(*shot) : std::nullopt;
    return index ? std::to_string(*index) : std::string();
}

template <typename Row>
std::vector<Column<Row>> filmColumns()
{
    return {
        {"film_id", "the film's id in the project",
         [](const Row& r) { return integer(r.film->film.id); }},
        {"film", "the film's media file", [](const Row& r) { return r.film->film.path.string(); }},
    };
}

CsvTable annotationsTable(const ProjectSnapshot& snapshot)
{
    std::vector<AnnotationRow> rows;
    for (const auto& film : snapshot.films)
        for (const auto& a : film.annotations)
            rows.push_back({&film, &a});
    const auto tierOf = [](const AnnotationRow& r) { return r.film->tier(r.annotation->tierId); };
    auto columns = std::vector<Column<AnnotationRow>>{
        {"annotation_id", "the annotation's id in the project",
         [](const AnnotationRow& r) { return integer(r.annotation->id); }}};
    for (auto& c : filmColumns<AnnotationRow>())
        columns.push_back(std::move(c));
    const std::vector<Column<AnnotationRow>> more = {
        {"tier_id", "the tier's id",
         [](const AnnotationRow& r) { return integer(r.annotation->tierId); }},
        {"tier", "the tier's name",
         [tierOf](const AnnotationRow& r) {
             const auto* t = tierOf(r);
             return t ? t->name : std::string();
         }},
        {"tier_kind", "shot (one annotation per shot), range (free frame ranges) or text",
         [tierOf](const AnnotationRow& r) {
             const auto* t = tierOf(r);
             return t ? std::string(toString(t->kind)) : std::string();
         }},
        {"coder_id", "the coder's id",
         [](const AnnotationRow& r) { return integer(r.annotation->coderId); }},
        {"coder", "who made the annotation",
         [&snapshot](const AnnotationRow& r) {
             return coderName(snapshot, r.annotation->coderId);
         }},
        {"shot_id", "the shot it codes (shot tiers); empty otherwise",
         [](const AnnotationRow& r) { return optionalId(r.annotation->shotId); }},
        {"shot_index", "0-based position of that shot in the film",
         [](const AnnotationRow& r) { return shotIndexOf(*r.film, r.annotation->shotId); }},
        {"code_id", "the code's id; empty for free text",
         [](const AnnotationRow& r) { return optionalId(r.annotation->codeId); }},
        {"code", "the code's path in its scheme, labels joined by '/' (\"Motion/Pan\")",
         [&snapshot](const AnnotationRow& r) {
             return r.annotation->codeId ? snapshot.codePath(*r.annotation->codeId) : std::string();
         }},
        {"code_label", "the code's own label",
         [&snapshot](const AnnotationRow& r) { return codeLabel(snapshot, r.annotation->codeId); }},
        {"scheme", "the coding scheme the code belongs to",
         [&snapshot](const AnnotationRow& r) {
             return schemeName(snapshot, r.annotation->codeId);
         }},
    };
    for (const auto& c : more)
        columns.push_back(c);
    addTimeColumns<AnnotationRow>(
        columns, [](const AnnotationRow& r) -> const model::Film& { return r.film->film; },
        [](const AnnotationRow& r) { return r.annotation->startFrame; },
        [](const AnnotationRow& r) { return r.annotation->endFrame; });
    columns.push_back({"value", "free text (text tiers)",
                       [](const AnnotationRow& r) { return r.annotation->value; }});
    columns.push_back({"note", "the annotation's note (Markdown)",
                       [](const AnnotationRow& r) { return r.annotation->note; }});
    columns.push_back({"created_at", "ISO-8601 UTC",
                       [](const AnnotationRow& r) { return r.annotation->createdAt; }});
    columns.push_back({"modified_at", "ISO-8601 UTC",
                       [](const AnnotationRow& r) { return r.annotation->modifiedAt; }});
    return makeTable<AnnotationRow>("annotations.csv", "one row per annotation", columns, {}, rows);
}

struct RegionRow
{
    const FilmSnapshot* film;
    const model::Region* region;
};

double bound(const model::Region& region, bool maximum, bool y)
{
    double result = maximum ? 0.0 : 1.0;
    for (const auto& p : region.points)
        result = maximum ? std::max(result, y ? p.y : p.x) : std::min(result, y ? p.y : p.x);
    return result;
}

std::string pointList(const model::Region& region)
{
    std::string text;
    for (const auto& p : region.points) {
        if (!text.empty())
            text += ' ';
        text += csvNumber(p.x) + ',' + csvNumber(p.y);
    }
    return text;
}

CsvTable regionsTable(const ProjectSnapshot& snapshot)
{
    std::vector<RegionRow> rows;
    for (const auto& film : snapshot.films)
        for (const auto& r : film.regions)
            rows.push_back({&film, &r});
    auto columns =
        std::vector<Column<RegionRow>>{{"region_id", "the region's id in the project",
                                        [](const RegionRow& r) { return integer(r.region->id); }}};
    for (auto& c : filmColumns<RegionRow>())
        columns.push_back(std::move(c));
    const std::vector<Column<RegionRow>> more = {
        {"coder", "who drew it",
         [&snapshot](const RegionRow& r) { return coderName(snapshot, r.region->coderId); }},
        {"annotation_id", "the annotation it belongs to (annotations.csv); may be empty",
         [](const RegionRow& r) { return optionalId(r.region->annotationId); }},
        {"code_id", "the code's id; may be empty",
         [](const RegionRow& r) { return optionalId(r.region->codeId); }},
        {"code", "the code's path in its scheme",
         [&snapshot](const RegionRow& r) {
             return r.region->codeId ? snapshot.codePath(*r.region->codeId) : std::string();
         }},
    };
    for (const auto& c : more)
        columns.push_back(c);
    addTimeColumns<RegionRow>(
        columns, [](const RegionRow& r) -> const model::Film& { return r.film->film; },
        [](const RegionRow& r) { return r.region->startFrame; },
        [](const RegionRow& r) { return r.region->endFrame; });
    const std::vector<Column<RegionRow>> shape = {
        {"shape", "rect or polygon",
         [](const RegionRow& r) { return std::string(toString(r.region->shape)); }},
        {"x", "left of the bounding box, as a fraction of the picture width (0..1)",
         [](const RegionRow& r) { return csvNumber(bound(*r.region, false, false)); }},
        {"y", "top of the bounding box, as a fraction of the picture height (0..1)",
         [](const RegionRow& r) { return csvNumber(bound(*r.region, false, true)); }},
        {"width", "bounding box width, fraction of the picture width",
         [](const RegionRow& r) {
             return csvNumber(bound(*r.region, true, false) - bound(*r.region, false, false));
         }},
        {"height", "bounding box height, fraction of the picture height",
         [](const RegionRow& r) {
             return csvNumber(bound(*r.region, true, true) - bound(*r.region, false, true));
         }},
        {"points", "the shape's points \"x,y x,y ...\" in picture fractions (rect: two corners)",
         [](const RegionRow& r) { return pointList(*r.region); }},
        {"note", "the region's note (Markdown)", [](const RegionRow& r) { return r.region->note; }},
        {"created_at", "ISO-8601 UTC", [](const RegionRow& r) { return r.region->createdAt; }},
    };
    for (const auto& c : shape)
        columns.push_back(c);
    return makeTable<RegionRow>("regions.csv", "one row per region drawn on the picture", columns,
                                {}, rows);
}

struct CorrespondenceRow
{
    const model::Correspondence* link;
    const FilmSnapshot* filmA;
    const FilmSnapshot* filmB;
};

const FilmSnapshot* filmOfShot(const ProjectSnapshot& snapshot, model::ShotId shot)
{
    for (const auto& film : snapshot.films)
        if (film.shotIndex(shot))
            return &film;
    return nullptr;
}

CsvTable correspondencesTable(const ProjectSnapshot& snapshot)
{
    std::vector<CorrespondenceRow> rows;
    for (const auto& link : snapshot.correspondences) {
        const auto* a = filmOfShot(snapshot, link.shotA);
        const auto* b = filmOfShot(snapshot, link.shotB);
        if (a && b)
            rows.push_back({&link, a, b});
    }
    const std::vector<Column<CorrespondenceRow>> columns = {
        {"correspondence_id", "the link's id",
         [](const CorrespondenceRow& r) { return integer(r.link->id); }},
        {"film_a_id", "film of shot A",
         [](const CorrespondenceRow& r) { return integer(r.filmA->film.id); }},
        {"film_a", "its media file",
         [](const CorrespondenceRow& r) { return r.filmA->film.path.string(); }},
        {"shot_a_id", "shot A (shots.csv shot_id)",
         [](const CorrespondenceRow& r) { return integer(r.link->shotA); }},
        {"shot_a_index", "0-based position of shot A in its film",
         [](const CorrespondenceRow& r) { return shotIndexOf(*r.filmA, r.link->shotA); }},
        {"film_b_id", "film of shot B",
         [](const CorrespondenceRow& r) { return integer(r.filmB->film.id); }},
        {"film_b", "its media file",
         [](const CorrespondenceRow& r) { return r.filmB->film.path.string(); }},
        {"shot_b_id", "shot B", [](const CorrespondenceRow& r) { return integer(r.link->shotB); }},
        {"shot_b_index", "0-based position of shot B in its film",
         [](const CorrespondenceRow& r) { return shotIndexOf(*r.filmB, r.link->shotB); }},
        {"confidence", "0..1 from the automatic aligner; empty when linked by hand",
         [](const CorrespondenceRow& r) {
             return r.link->confidence ? csvNumber(*r.link->confidence) : std::string();
         }},
        {"note", "the link's note (Markdown)",
         [](const CorrespondenceRow& r) { return r.link->note; }},
    };
    return makeTable<CorrespondenceRow>("correspondences.csv",
                                        "one row per pair of corresponding shots of two films",
                                        columns, {}, rows);
}

} // namespace

std::vector<CsvTable> csvTables(const ProjectSnapshot& snapshot)
{
    return {shotsTable(snapshot), annotationsTable(snapshot), regionsTable(snapshot),
            correspondencesTable(snapshot)};
}

} // namespace diptych::exchange
