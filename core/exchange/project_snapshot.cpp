#include "exchange/project_snapshot.h"

#include "common/error.h"
#include "store/project_store.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace diptych::exchange {

namespace {

template <typename T, typename Id>
const T* findById(const std::vector<T>& items, Id id)
{
    const auto it =
        std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

std::optional<std::size_t> FilmSnapshot::shotIndex(model::ShotId shotId) const
{
    for (std::size_t i = 0; i < shots.size(); ++i)
        if (shots[i].id == shotId)
            return i;
    return std::nullopt;
}

const model::Tier* FilmSnapshot::tier(model::TierId id) const
{
    return findById(tiers, id);
}

const FilmSnapshot* ProjectSnapshot::film(model::FilmId id) const
{
    const auto it = std::find_if(films.begin(), films.end(),
                                 [id](const FilmSnapshot& f) { return f.film.id == id; });
    return it == films.end() ? nullptr : &*it;
}

const model::Coder* ProjectSnapshot::coder(model::CoderId id) const
{
    return findById(coders, id);
}

const model::Code* ProjectSnapshot::code(model::CodeId id) const
{
    const auto it = m_codeIndex.find(id);
    return it == m_codeIndex.end() ? nullptr : &codes[it->second];
}

const model::MetricDefinition* ProjectSnapshot::metric(model::MetricId id) const
{
    return findById(metrics, id);
}

std::string ProjectSnapshot::codePath(model::CodeId id) const
{
    std::vector<const model::Code*> chain;
    for (const model::Code* c = code(id); c && chain.size() < codes.size();
         c = c->parentId ? code(*c->parentId) : nullptr)
        chain.push_back(c);
    std::string path;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!path.empty())
            path += '/';
        path += (*it)->label;
    }
    return path;
}

std::vector<const model::Code*> ProjectSnapshot::codesOfScheme(model::SchemeId id) const
{
    std::vector<const model::Code*> result;
    for (const auto& code : codes)
        if (code.schemeId == id)
            result.push_back(&code);
    return result;
}

std::vector<const model::MetricDefinition*> ProjectSnapshot::numericShotMetrics() const
{
    std::set<model::MetricId> used;
    for (const auto& film : films)
        for (const auto& value : film.metricValues)
            used.insert(value.metricId);
    std::vector<const model::MetricDefinition*> result;
    for (const auto& metric : metrics)
        if (used.count(metric.id))
            result.push_back(&metric);
    return result;
}

std::vector<const model::MetricDefinition*> ProjectSnapshot::textShotMetrics() const
{
    std::set<model::MetricId> used;
    for (const auto& film : films)
        for (const auto& text : film.metricTexts)
            used.insert(text.metricId);
    std::vector<const model::MetricDefinition*> result;
    for (const auto& metric : metrics)
        if (used.count(metric.id))
            result.push_back(&metric);
    return result;
}

ProjectSnapshot takeSnapshot(const store::ProjectStore& store,
                             std::optional<model::FilmId> onlyFilm, bool withSeries)
{
    ProjectSnapshot snapshot;
    snapshot.projectName = store.path().stem().string();
    auto films = store.films().list();
    std::sort(films.begin(), films.end(),
              [](const model::Film& a, const model::Film& b) { return a.id < b.id; });
    if (onlyFilm) {
        std::erase_if(films, [&](const model::Film& f) { return f.id != *onlyFilm; });
        if (films.empty())
            throw InputError(store.path().string() + ": the project has no film with id " +
                             std::to_string(*onlyFilm));
    }
    for (auto& film : films) {
        FilmSnapshot f;
        f.shots = store.shots().list(film.id);
        std::sort(f.shots.begin(), f.shots.end(), [](const model::Shot& a, const model::Shot& b) {
            return a.startFrame < b.startFrame;
        });
        f.metricValues = store.metrics().shotValues(film.id);
        f.metricTexts = store.metrics().shotTexts(film.id);
        f.tiers = store.tiers().list(film.id);
        std::stable_sort(f.tiers.begin(), f.tiers.end(),
                         [](const model::Tier& a, const model::Tier& b) {
                             return std::tie(a.sortOrder, a.id) < std::tie(b.sortOrder, b.id);
                         });
        f.annotations = store.annotations().listByFilm(film.id);
        std::sort(f.annotations.begin(), f.annotations.end(),
                  [](const model::Annotation& a, const model::Annotation& b) {
                      return std::tie(a.tierId, a.startFrame, a.endFrame, a.id) <
                             std::tie(b.tierId, b.startFrame, b.endFrame, b.id);
                  });
        f.regions = store.regions().listByFilm(film.id);
        std::sort(f.regions.begin(), f.regions.end(),
                  [](const model::Region& a, const model::Region& b) {
                      return std::tie(a.startFrame, a.id) < std::tie(b.startFrame, b.id);
                  });
        f.film = std::move(film);
        snapshot.films.push_back(std::move(f));
    }
    snapshot.metrics = store.metrics().list();
    std::sort(snapshot.metrics.begin(), snapshot.metrics.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    snapshot.coders = store.coders().list();
    std::sort(snapshot.coders.begin(), snapshot.coders.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    snapshot.schemes = store.schemes().list();
    std::sort(snapshot.schemes.begin(), snapshot.schemes.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    if (withSeries)
        for (auto& film : snapshot.films)
            for (const auto& metric : snapshot.metrics)
                if (auto series = store.metrics().series(film.film.id, metric.id))
                    film.series.push_back(std::move(*series));
    for (const auto& scheme : snapshot.schemes)
        for (auto& code : store.schemes().codes(scheme.id))
            snapshot.codes.push_back(std::move(code));
    for (std::size_t i = 0; i < snapshot.codes.size(); ++i)
        snapshot.m_codeIndex[snapshot.codes[i].id] = i;
    if (!onlyFilm) {
        for (std::size_t a = 0; a < snapshot.films.size(); ++a)
            for (std::size_t b = a + 1; b < snapshot.films.size(); ++b)
                for (auto& c : store.correspondences().listBetween(snapshot.films[a].film.id,
                                                                   snapshot.films[b].film.id))
                    snapshot.correspondences.push_back(std::move(c));
        std::sort(snapshot.correspondences.begin(), snapshot.correspondences.end(),
                  [](const auto& a, const auto& b) { return a.id < b.id; });
    }
    return snapshot;
}

} // namespace diptych::exchange
