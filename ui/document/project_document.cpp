#include "document/project_document.h"

#include "analysis/pipeline/project_setup.h"
#include "annotation/annotation_document.h"

#include "common/error.h"
#include "ingest/film_ingest.h"
#include "log/log.h"
#include "store/project_store.h"

#include <QFileInfo>
#include <QMetaObject>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace diptych::ui {
namespace {

bool sameNumbers(const std::vector<double>& a, const std::vector<double>& b)
{
    // Missing values are NaN, which never equals itself.
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](double x, double y) {
        return x == y || (std::isnan(x) && std::isnan(y));
    });
}

bool sameShot(const analysis::ShotResult& a, const analysis::ShotResult& b)
{
    return a.shot == b.shot && a.startSeconds == b.startSeconds && a.endSeconds == b.endSeconds &&
           sameNumbers(a.numbers, b.numbers) && a.texts == b.texts;
}

bool sameFilm(const analysis::FilmResults& a, const analysis::FilmResults& b)
{
    return a.film == b.film && a.complete == b.complete && a.staleMetrics == b.staleMetrics &&
           a.measurementsOutdated == b.measurementsOutdated &&
           std::equal(a.shots.begin(), a.shots.end(), b.shots.begin(), b.shots.end(), sameShot);
}

bool sameColumns(const std::vector<analysis::ResultColumn>& a,
                 const std::vector<analysis::ResultColumn>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.name == y.name && x.isText == y.isText;
    });
}

} // namespace

/// Reads the analysis results on a thread of its own, with a read-only connection of its own
/// (the project is in WAL mode: it reads the last commit beside an analysis job that writes),
/// and queues them to the document. Requests made while a read runs set a flag, so any number
/// of them cost one more read after it.
class ProjectDocument::ResultsReader final
{
public:
    explicit ResultsReader(ProjectDocument& document)
        : m_document(&document)
        , m_path(document.path())
        , m_clock(document.resultsClock())
    {}

    ~ResultsReader()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join(); // waits for a read in flight: one read, never a queue of them
    }

    ResultsReader(const ResultsReader&) = delete;
    ResultsReader& operator=(const ResultsReader&) = delete;
    ResultsReader(ResultsReader&&) = delete;
    ResultsReader& operator=(ResultsReader&&) = delete;

    /// On the document's thread.
    void request()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_requested = true;
        }
        if (m_thread.joinable())
            m_wake.notify_one();
        else
            m_thread = std::thread([this]() { run(); });
    }

private:
    void run()
    {
        std::optional<store::ProjectStore> store;
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this]() { return m_stop || m_requested; });
            if (m_stop)
                return;
            m_requested = false;
            lock.unlock();
            read(store);
            lock.lock();
        }
    }

    void read(std::optional<store::ProjectStore>& store)
    {
        try {
            if (!store)
                store.emplace(store::ProjectStore::openReadOnly(m_path));
            const std::uint64_t stamp = m_clock->stamp();
            auto results =
                std::make_shared<analysis::AnalysisResults>(analysis::readAnalysisResults(*store));
            // The document outlives this thread (its destructor joins it); a call queued to it
            // and not run yet is dropped with it.
            QMetaObject::invokeMethod(
                m_document,
                [document = m_document, results, stamp]() {
                    document->adoptResults(std::move(*results), stamp);
                },
                Qt::QueuedConnection);
        } catch (const std::exception& e) {
            store.reset(); // open afresh for the next request
            log::get("ui")->warn("{}: could not read the analysis results: {}", m_path.string(),
                                 e.what());
        }
    }

    ProjectDocument* m_document;
    const std::filesystem::path m_path;
    const std::shared_ptr<ResultsClock> m_clock;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false; // guarded by m_mutex
    bool m_stop = false;      // guarded by m_mutex
    std::thread m_thread;     // started by the first request
};

std::unique_ptr<ProjectDocument> ProjectDocument::openOrCreate(const std::filesystem::path& path)
{
    auto store = std::make_unique<store::ProjectStore>(store::ProjectStore::openOrCreate(path));
    return std::unique_ptr<ProjectDocument>(new ProjectDocument(std::move(store)));
}

ProjectDocument::ProjectDocument(std::unique_ptr<store::ProjectStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_annotations(new AnnotationDocument(*m_store, *this))
{
    m_films = m_store->films().list();
    // Opening reads once, here: the caller shows the project, and queues the analysis of
    // what is not analysed, from these results.
    const std::uint64_t stamp = m_resultsClock->stamp();
    swapInResults(analysis::readAnalysisResults(*m_store), stamp);
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
    m_annotations->reload(); // the film's tiers, annotations and regions went with it
    Q_EMIT filmsChanged();
    // The film's results went with it and the others' did not change: no need to read them.
    // Reads that started before are older than this change and will be dropped, so one more
    // is made for what they may have brought (a job's last shots).
    m_resultsStamp = m_resultsClock->stamp();
    const auto removed = std::erase_if(
        m_results.films, [id](const analysis::FilmResults& film) { return film.film.id == id; });
    m_filmRevisions.erase(id);
    if (removed > 0)
        Q_EMIT resultsChanged();
    requestResultsReload();
}

void ProjectDocument::reloadFilms()
{
    m_films = m_store->films().list();
    Q_EMIT filmsChanged();
}

void ProjectDocument::reloadAfterImport()
{
    reloadFilms();
    m_annotations->reloadAndNotify();
    requestResultsReload();
    Q_EMIT correspondencesChanged();
}

const analysis::FilmResults* ProjectDocument::resultsOf(model::FilmId id) const
{
    for (const auto& film : m_results.films)
        if (film.film.id == id)
            return &film;
    return nullptr;
}

std::uint64_t ProjectDocument::resultsRevision(model::FilmId id) const
{
    const auto it = m_filmRevisions.find(id);
    return it != m_filmRevisions.end() ? it->second : 0;
}

std::vector<model::Shot> ProjectDocument::shotsOf(model::FilmId film) const
{
    return m_store->shots().list(film);
}

void ProjectDocument::replaceShots(model::FilmId film, const std::vector<model::Shot>& shots)
{
    m_store->shots().replace(film, shots);
    m_annotations->reload(); // annotations of removed shots lost their shot link
    // The editor works on these results at once (the next edit finds its shot in them): read
    // them here, but only this film's, a fraction of the whole.
    const std::uint64_t stamp = m_resultsClock->stamp();
    auto read = analysis::readAnalysisResults(*m_store, film);
    auto shown = std::find_if(m_results.films.begin(), m_results.films.end(),
                              [film](const auto& f) { return f.film.id == film; });
    if (read.films.size() != 1 || shown == m_results.films.end() ||
        !sameColumns(read.columns, m_results.columns)) {
        reloadResults(); // not a plain edit of a film shown with these columns: read all
    } else {
        // Reads that started before this one are older than the edit and will be dropped, so
        // one more is made for what they may have brought of other films (a job's last shots).
        m_resultsStamp = std::max(m_resultsStamp, stamp);
        if (!sameFilm(*shown, read.films.front())) {
            *shown = std::move(read.films.front());
            m_filmRevisions[film] = ++m_lastRevision;
            Q_EMIT resultsChanged();
        }
        requestResultsReload();
    }
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

const model::Film* ProjectDocument::film(model::FilmId id) const
{
    const auto found = std::find_if(m_films.begin(), m_films.end(),
                                    [id](const model::Film& f) { return f.id == id; });
    return found == m_films.end() ? nullptr : &*found;
}

analysis::AnalysisSettings ProjectDocument::analysisSettings(model::FilmId id) const
{
    const model::Film* found = film(id);
    if (!found)
        throw StoreError(path().string() + ": no film " + std::to_string(id));
    return analysis::storedSettings(*m_store, *found);
}

void ProjectDocument::setAnalysisSettings(model::FilmId id,
                                          const analysis::AnalysisSettings& settings)
{
    m_store->analysis().saveSettings(id, settings.toJson().dump());
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

void ProjectDocument::requestResultsReload()
{
    if (!m_reader)
        m_reader = std::make_unique<ResultsReader>(*this);
    m_reader->request();
}

void ProjectDocument::reloadResults()
{
    const std::uint64_t stamp = m_resultsClock->stamp(); // before reading: see ResultsClock
    adoptResults(analysis::readAnalysisResults(*m_store), stamp);
}

void ProjectDocument::adoptResults(analysis::AnalysisResults results, std::uint64_t stamp)
{
    if (swapInResults(std::move(results), stamp))
        Q_EMIT resultsChanged();
}

bool ProjectDocument::swapInResults(analysis::AnalysisResults&& results, std::uint64_t stamp)
{
    if (stamp <= m_resultsStamp)
        return false; // read before what is shown: older
    m_resultsStamp = stamp;
    // While a film is analysed, the other films' results come back unchanged: their views
    // need not be rebuilt, nor anything when nothing changed at all.
    const bool columnsChanged = !sameColumns(results.columns, m_results.columns);
    bool changed = columnsChanged || results.films.size() != m_results.films.size();
    std::unordered_map<model::FilmId, const analysis::FilmResults*> shown;
    for (const auto& film : m_results.films)
        shown.emplace(film.film.id, &film);
    std::unordered_map<model::FilmId, std::uint64_t> revisions;
    for (const auto& film : results.films) {
        const auto old = shown.find(film.film.id);
        const auto revision = m_filmRevisions.find(film.film.id);
        if (columnsChanged || old == shown.end() || revision == m_filmRevisions.end() ||
            !sameFilm(*old->second, film)) {
            revisions[film.film.id] = ++m_lastRevision;
            changed = true;
        } else {
            revisions[film.film.id] = revision->second;
        }
    }
    if (!changed)
        return false;
    if (columnsChanged)
        m_columnsRevision = ++m_lastRevision;
    m_filmRevisions = std::move(revisions);
    m_results = std::move(results);
    return true;
}

} // namespace diptych::ui
