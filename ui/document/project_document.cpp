#include "document/project_document.h"

#include "ingest/film_ingest.h"
#include "store/project_store.h"

#include <QFileInfo>

#include <unordered_map>

namespace diptych::ui {

std::unique_ptr<ProjectDocument> ProjectDocument::openOrCreate(const std::filesystem::path& path)
{
    auto store = std::make_unique<store::ProjectStore>(store::ProjectStore::openOrCreate(path));
    return std::unique_ptr<ProjectDocument>(new ProjectDocument(std::move(store)));
}

ProjectDocument::ProjectDocument(std::unique_ptr<store::ProjectStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_films = m_store->films().list();
    m_results = analysis::readAnalysisResults(*m_store);
}

ProjectDocument::~ProjectDocument() = default;

const std::filesystem::path& ProjectDocument::path() const
{
    return m_store->path();
}

QString ProjectDocument::displayName() const
{
    return QFileInfo(QString::fromStdString(path().string())).completeBaseName();
}

bool ProjectDocument::isMissing(const model::Film& film)
{
    std::error_code error;
    return !std::filesystem::exists(film.path, error);
}

model::Film ProjectDocument::addFilm(const model::Film& film,
                                     const model::FrameIndexRecord& frameIndex)
{
    model::Film stored = ingest::addIngestedFilm(*m_store, film, frameIndex);
    m_films.push_back(stored);
    Q_EMIT filmsChanged();
    return stored;
}

void ProjectDocument::removeFilm(model::FilmId id)
{
    m_store->films().remove(id);
    std::erase_if(m_films, [id](const model::Film& film) { return film.id == id; });
    Q_EMIT filmsChanged();
    reloadResults();
}

void ProjectDocument::reloadFilms()
{
    m_films = m_store->films().list();
    Q_EMIT filmsChanged();
}

const analysis::FilmResults* ProjectDocument::resultsOf(model::FilmId id) const
{
    for (const auto& film : m_results.films)
        if (film.film.id == id)
            return &film;
    return nullptr;
}

std::vector<model::Shot> ProjectDocument::shotsOf(model::FilmId film) const
{
    return m_store->shots().list(film);
}

void ProjectDocument::replaceShots(model::FilmId film, const std::vector<model::Shot>& shots)
{
    m_store->shots().replace(film, shots);
    reloadResults();
    Q_EMIT shotsEdited(film);
    Q_EMIT correspondencesChanged(); // pairs of removed shots went with them
}

std::vector<model::Correspondence>
ProjectDocument::correspondencesBetween(model::FilmId filmA, model::FilmId filmB) const
{
    return m_store->correspondences().listBetween(filmA, filmB);
}

std::vector<ShotPairIndices> ProjectDocument::shotPairsBetween(model::FilmId filmA,
                                                               model::FilmId filmB) const
{
    const auto* resultsA = resultsOf(filmA);
    const auto* resultsB = resultsOf(filmB);
    if (!resultsA || !resultsB || filmA == filmB)
        return {};
    // The store pairs shot ids; views and the sync logic work on positions in the shot list.
    auto indexById = [](const analysis::FilmResults& results) {
        std::unordered_map<model::ShotId, int> index;
        for (std::size_t i = 0; i < results.shots.size(); ++i)
            index.emplace(results.shots[i].shot.id, int(i));
        return index;
    };
    const auto indexA = indexById(*resultsA);
    const auto indexB = indexById(*resultsB);
    std::vector<ShotPairIndices> pairs;
    for (const auto& pair : correspondencesBetween(filmA, filmB)) {
        const auto a = indexA.find(pair.shotA);
        const auto b = indexB.find(pair.shotB);
        if (a != indexA.end() && b != indexB.end())
            pairs.push_back({pair.id, a->second, b->second});
    }
    return pairs;
}

std::vector<model::Correspondence> ProjectDocument::correspondencesOfShot(model::ShotId shot) const
{
    return m_store->correspondences().listForShot(shot);
}

model::Correspondence ProjectDocument::addCorrespondence(model::ShotId shotA, model::ShotId shotB)
{
    model::Correspondence pair;
    pair.shotA = shotA;
    pair.shotB = shotB;
    auto stored = m_store->correspondences().add(pair);
    Q_EMIT correspondencesChanged();
    return stored;
}

void ProjectDocument::removeCorrespondence(model::CorrespondenceId id)
{
    m_store->correspondences().remove(id);
    Q_EMIT correspondencesChanged();
}

std::optional<model::MetricSeries> ProjectDocument::frameSeries(model::FilmId film,
                                                                std::string_view name) const
{
    const auto metric = m_store->metrics().find(name);
    if (!metric)
        return std::nullopt;
    return m_store->metrics().series(film, metric->id);
}

void ProjectDocument::reloadResults()
{
    // A few hundred shots by a few dozen metrics: milliseconds, fine on the UI thread.
    m_results = analysis::readAnalysisResults(*m_store);
    Q_EMIT resultsChanged();
}

} // namespace diptych::ui
