#include "exchange_fixture.h"

#include "../annotation/code_test_support.h"

#include <cmath>
#include <map>
#include <sstream>

namespace diptych::test {

AnnotatedProject addAnnotatedProject(store::ProjectStore& store)
{
    AnnotatedProject p;
    addTwoFilms(store);
    const auto films = store.films().list();
    for (auto film : films) {
        if (film.path == "/films/original.mkv") {
            p.original = film.id;
            film.title = "Original";
            film.note = "The 1968 original.";
        } else {
            p.remake = film.id;
            film.title = "Remake (AI)";
        }
        film.width = 1920;
        film.height = 1080;
        film.durationS = static_cast<double>(film.frameCount) / film.fps;
        store.films().update(film);
    }
    const auto originalShots = store.shots().list(p.original);
    const auto remakeShots = store.shots().list(p.remake);
    store.shots().updateDetails(originalShots[1].id, model::TransitionKind::Dissolve,
                                "A slow dissolve, \"as in\" the script");
    const auto palette = store.metrics().define({0, "palette", "", "dominant colours", "{}"});
    store.metrics().putShotTexts(std::vector<model::ShotMetricText>{
        {originalShots[0].id, palette.id,
         R"([{"L":50,"a":10,"b":-20,"hex":"#5a7390","weight":0.6},)"
         R"({"L":80,"a":20,"b":40,"hex":"#e8b070","weight":0.4}])"}});

    p.alice = store.coders().add({0, "alice", ""}).id;
    p.bob = store.coders().add({0, "Bob \"B\" Kim", "second coder"}).id;

    const auto scheme = store.schemes().add({0, "Semiotics", "Codes for a remake study"});
    p.scheme = scheme.id;
    const auto addCode = [&](std::optional<model::CodeId> parent, const std::string& label,
                             const std::string& color, const std::string& shortcut, int order) {
        model::Code code;
        code.schemeId = scheme.id;
        code.parentId = parent;
        code.label = label;
        code.color = color;
        code.shortcut = shortcut;
        code.sortOrder = order;
        code.description = label + " (description)";
        return store.schemes().addCode(code).id;
    };
    p.color = addCode(std::nullopt, "Color & light", "#d9822b", "1", 0);
    p.tealOrange = addCode(p.color, "Teal, orange", "#1f8a8a", "", 0);
    const auto motion = addCode(std::nullopt, "Motion", "#3366cc", "2", 1);
    p.pan = addCode(motion, "Pan", "", "", 0);
    p.composition = addCode(std::nullopt, "构图 Composition", "", "3", 2);
    p.retired = addCode(std::nullopt, "Old code", "", "", 3);
    auto retired = *store.schemes().code(p.retired);
    retired.retired = true;
    store.schemes().updateCode(retired);

    const auto addTier = [&](model::FilmId film, const std::string& name, model::TierKind kind,
                             bool withScheme, int order) {
        model::Tier tier;
        tier.filmId = film;
        tier.name = name;
        tier.kind = kind;
        if (withScheme)
            tier.schemeId = scheme.id;
        tier.sortOrder = order;
        return store.tiers().add(tier).id;
    };
    p.originalCodes = addTier(p.original, "Codes", model::TierKind::Shot, true, 0);
    p.originalMoments = addTier(p.original, "Moments", model::TierKind::Range, true, 1);
    p.originalNotes = addTier(p.original, "Notes", model::TierKind::Text, false, 2);
    p.remakeCodes = addTier(p.remake, "Codes", model::TierKind::Shot, true, 0);

    const auto annotate = [&](model::TierId tier, model::CoderId coder,
                              std::optional<model::ShotId> shot, model::Frame start,
                              model::Frame end, std::optional<model::CodeId> code,
                              const std::string& value, const std::string& note) {
        model::Annotation a;
        a.tierId = tier;
        a.coderId = coder;
        a.shotId = shot;
        a.startFrame = start;
        a.endFrame = end;
        a.codeId = code;
        a.value = value;
        a.note = note;
        ++p.annotationCount;
        return store.annotations().add(a).id;
    };
    const auto firstCode =
        annotate(p.originalCodes, p.alice, originalShots[0].id, 0, 100, p.tealOrange, "",
                 "Teal shadows, orange skin;\nsee \"grading\", scene 1");
    annotate(p.originalCodes, p.bob, originalShots[0].id, 0, 100, p.color, "", "");
    annotate(p.originalCodes, p.alice, originalShots[1].id, 100, 250, p.pan, "", "");
    annotate(p.originalCodes, p.alice, originalShots[3].id, 400, 420, p.composition, "",
             "对称 — symmetric");
    annotate(p.originalCodes, p.bob, originalShots[4].id, 420, 500, p.retired, "", "");
    annotate(p.originalMoments, p.alice, std::nullopt, 130, 170, p.pan, "", "whip pan");
    annotate(p.originalNotes, p.bob, std::nullopt, 10, 60, std::nullopt,
             "Ünïcode — text, with a comma", "");
    const auto remakeCode =
        annotate(p.remakeCodes, p.alice, remakeShots[0].id, 0, 50, p.tealOrange, "", "");

    model::Region rect;
    rect.filmId = p.original;
    rect.coderId = p.alice;
    rect.annotationId = firstCode;
    rect.startFrame = 0;
    rect.endFrame = 100;
    rect.shape = model::RegionShape::Rect;
    rect.points = {{0.25, 0.125}, {0.75, 0.5}};
    rect.codeId = p.tealOrange;
    rect.note = "the face";
    store.regions().add(rect);
    model::Region polygon;
    polygon.filmId = p.remake;
    polygon.coderId = p.bob;
    polygon.annotationId = remakeCode;
    polygon.startFrame = 10;
    polygon.endFrame = 40;
    polygon.shape = model::RegionShape::Polygon;
    polygon.points = {{0.1, 0.1}, {0.5, 0.2}, {0.3, 0.6}};
    polygon.codeId = p.composition;
    store.regions().add(polygon);
    p.regionCount = 2;

    store.correspondences().add({0, originalShots[0].id, remakeShots[0].id, 0.9, "", ""});
    store.correspondences().add(
        {0, originalShots[1].id, remakeShots[1].id, std::nullopt, "by hand, checked", ""});
    return p;
}

std::string dumpProjectContent(const store::ProjectStore& store)
{
    std::ostringstream out;
    out.precision(17);
    std::map<model::ShotId, std::string> shotNames;
    std::map<model::CodeId, std::string> codeNames;
    std::map<model::CoderId, std::string> coderNames;
    std::map<model::TierId, std::string> tierNames;
    std::map<model::AnnotationId, std::string> annotationNames;
    std::map<model::MetricId, std::string> metricNames;
    for (const auto& coder : store.coders().list()) {
        coderNames[coder.id] = coder.name;
        out << "coder [" << coder.name << "] [" << coder.note << "]\n";
    }
    for (const auto& scheme : store.schemes().list()) {
        out << "scheme [" << scheme.name << "] [" << scheme.description << "]\n";
        for (const auto& code : store.schemes().codes(scheme.id)) {
            const auto path =
                (code.parentId ? codeNames[*code.parentId] + "/" : scheme.name + ":") + code.label;
            codeNames[code.id] = path;
            out << " code [" << path << "] [" << code.description << "] " << code.color << ' '
                << code.shortcut << ' ' << code.sortOrder << ' ' << code.retired << '\n';
        }
    }
    for (const auto& metric : store.metrics().list()) {
        metricNames[metric.id] = metric.name;
        out << "metric " << metric.name << " [" << metric.unit << "] [" << metric.description
            << "] " << metric.parametersJson << '\n';
    }
    for (const auto& film : store.films().list()) {
        const std::string filmName = film.path.generic_string();
        out << "film " << filmName << " [" << film.title << "] " << film.fps << ' '
            << film.frameCount << ' ' << film.width << 'x' << film.height << ' ' << film.durationS
            << " [" << film.note << "]\n";
        const auto shots = store.shots().list(film.id);
        for (std::size_t i = 0; i < shots.size(); ++i) {
            const auto& s = shots[i];
            shotNames[s.id] = filmName + "#" + std::to_string(i);
            out << " shot " << i << ' ' << s.startFrame << ' ' << s.endFrame << ' '
                << model::toString(s.transition) << ' ' << s.transitionFrames << " [" << s.note
                << "]\n";
        }
        for (const auto& v : store.metrics().shotValues(film.id))
            out << " value " << shotNames[v.shotId] << ' ' << metricNames[v.metricId] << ' '
                << (std::isnan(v.value) ? std::string("NaN") : std::to_string(v.value)) << '\n';
        for (const auto& t : store.metrics().shotTexts(film.id))
            out << " text " << shotNames[t.shotId] << ' ' << metricNames[t.metricId] << ' '
                << t.value << '\n';
        for (const auto& tier : store.tiers().list(film.id)) {
            tierNames[tier.id] = filmName + ":" + tier.name;
            std::string schemeName;
            if (tier.schemeId)
                if (const auto scheme = store.schemes().get(*tier.schemeId))
                    schemeName = scheme->name;
            out << " tier [" << tier.name << "] " << model::toString(tier.kind) << " ["
                << schemeName << "] " << tier.sortOrder << '\n';
        }
        for (const auto& a : store.annotations().listByFilm(film.id)) {
            const std::string name = tierNames[a.tierId] + "@" + std::to_string(a.startFrame) +
                                     "-" + std::to_string(a.endFrame) + "/" +
                                     coderNames[a.coderId] + "/" +
                                     (a.codeId ? codeNames[*a.codeId] : a.value);
            annotationNames[a.id] = name;
            out << " annotation " << name
                << " shot=" << (a.shotId ? shotNames[*a.shotId] : std::string("-")) << " ["
                << a.value << "] [" << a.note << "]\n";
        }
        for (const auto& r : store.regions().listByFilm(film.id)) {
            out << " region " << r.startFrame << '-' << r.endFrame << ' ' << coderNames[r.coderId]
                << ' ' << model::toString(r.shape) << ' '
                << (r.codeId ? codeNames[*r.codeId] : std::string("-")) << " link="
                << (r.annotationId ? annotationNames[*r.annotationId] : std::string("-")) << " ["
                << r.note << "]";
            for (const auto& point : r.points)
                out << ' ' << point.x << ',' << point.y;
            out << '\n';
        }
    }
    const auto films = store.films().list();
    for (std::size_t a = 0; a < films.size(); ++a)
        for (std::size_t b = a + 1; b < films.size(); ++b)
            for (const auto& c : store.correspondences().listBetween(films[a].id, films[b].id))
                out << "correspondence " << shotNames[c.shotA] << ' ' << shotNames[c.shotB] << ' '
                    << (c.confidence ? std::to_string(*c.confidence) : std::string("hand")) << " ["
                    << c.note << "]\n";
    return out.str();
}

} // namespace diptych::test
