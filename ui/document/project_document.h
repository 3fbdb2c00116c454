#pragma once

#include "analysis/analysis_results.h"
#include "analysis/pipeline/analysis_settings.h"
#include "model/correspondence.h"
#include "model/film.h"
#include "model/frame_index_record.h"
#include "model/metric.h"
#include "model/shot.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::ui {

class AnnotationDocument;

/// A shot pair as positions in the films' shot lists (indices into resultsOf(film)->shots).
struct ShotPairIndices
{
    model::CorrespondenceId id = 0;
    int shotA = -1; ///< 0-based index of the shot of film A
    int shotB = -1; ///< 0-based index of the shot of film B
};

/// Orders reads of the analysis results made on different threads and connections: a read
/// stamped later started later, so it saw at least what an earlier one saw, and replaces it,
/// never the reverse. Thread-safe.
class ResultsClock final
{
public:
    /// The stamp of a read about to start: greater than every stamp handed out before.
    [[nodiscard]] std::uint64_t stamp() noexcept { return ++m_last; }

private:
    std::atomic<std::uint64_t> m_last{0};
};

/// One open project: owns its store connection, the undo stack, and a cached copy of what the
/// views show, with typed change notifications. Widgets read from it and ask it to change
/// things; they never touch the store.
///
/// Lives on the UI thread. Reads there are small (a project's film list, one film's shots);
/// the analysis results, which grow to thousands of shots by dozens of metrics, are re-read
/// on a thread of the document's own (requestResultsReload) or by the job that changed them
/// (adoptResults), and only swapped in here. Bulk work (probing, scans, analysis) runs in
/// JobRunner jobs that open their own store connection or hand results here. Every change is
/// committed to the project file before the notification goes out.
class ProjectDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDocument)

public:
    /// Opens `path`, creating an empty project when it does not exist.
    /// Throws diptych::StoreError with a one-line message.
    static std::unique_ptr<ProjectDocument> openOrCreate(const std::filesystem::path& path);
    ~ProjectDocument() override;

    [[nodiscard]] const std::filesystem::path& path() const;
    /// The file name without extension, for window titles.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QUndoStack* undoStack() { return &m_undoStack; }
    /// Coders, schemes, tiers, annotations and regions, and their edits.
    [[nodiscard]] AnnotationDocument& annotations() { return *m_annotations; }
    [[nodiscard]] const AnnotationDocument& annotations() const { return *m_annotations; }

    [[nodiscard]] const std::vector<model::Film>& films() const { return m_films; }
    /// The film with this id, or nullptr when it is not in the project.
    [[nodiscard]] const model::Film* film(model::FilmId id) const;
    /// True when the film's media file is not where the project last saw it.
    [[nodiscard]] static bool isMissing(const model::Film& film);

    /// Stores a newly ingested film with its frame index. Throws StoreError (e.g. the same file
    /// is already in the project).
    model::Film addFilm(const model::Film& film, const model::FrameIndexRecord& frameIndex);
    /// Removes a film and everything attached to it.
    void removeFilm(model::FilmId id);
    /// Re-reads the film list from the file (after another connection changed it).
    void reloadFilms();
    /// Re-reads everything another connection may have added (an import): films, coding,
    /// results and shot pairs, and tells every view.
    void reloadAfterImport();

    /// The film's analysis settings as stored (the defaults when it has none). Throws
    /// StoreError (unknown film, damaged settings).
    [[nodiscard]] analysis::AnalysisSettings analysisSettings(model::FilmId id) const;
    /// Stores the film's analysis settings. The next analysis of the film starts it from the
    /// beginning when they differ from those its results were made with. Throws StoreError.
    void setAnalysisSettings(model::FilmId id, const analysis::AnalysisSettings& settings);

    /// Shots and per-shot metrics of every film, as last read from the project.
    [[nodiscard]] const analysis::AnalysisResults& results() const { return m_results; }
    /// The results of one film, or nullptr when it has none (not analysed yet).
    [[nodiscard]] const analysis::FilmResults* resultsOf(model::FilmId id) const;
    /// Changes whenever the film's results (or the columns) change, so a view can skip
    /// rebuilding on a resultsChanged() that did not concern its film. 0 for an unknown film.
    [[nodiscard]] std::uint64_t resultsRevision(model::FilmId id) const;
    /// Changes whenever results().columns change.
    [[nodiscard]] std::uint64_t columnsRevision() const { return m_columnsRevision; }
    /// Re-reads shots and metrics in the background (after an analysis job committed more of
    /// them): a thread of the document's own reads them with a read-only connection of its
    /// own, then this thread swaps them in and emits resultsChanged() if they changed. The UI
    /// thread never waits for the file. Requests made while a read runs are coalesced into one
    /// more read after it; at most one read is in flight.
    void requestResultsReload();
    /// Re-reads shots and metrics now, on this thread, for a caller that needs them at once;
    /// emits resultsChanged() if they changed. Prefer requestResultsReload().
    void reloadResults();
    /// For a job that reads the results itself, on its own thread and connection (so they are
    /// in place before the job ends): take `stamp` from resultsClock() just before reading,
    /// then hand the results here on this thread. They replace the shown results unless these
    /// were read later (a higher stamp); resultsChanged() follows if anything changed.
    void adoptResults(analysis::AnalysisResults results, std::uint64_t stamp);
    /// Thread-safe; for adoptResults(). Shared so a job may outlive the document.
    [[nodiscard]] std::shared_ptr<ResultsClock> resultsClock() const { return m_resultsClock; }
    /// The film's shots ordered by start frame, read from the file.
    [[nodiscard]] std::vector<model::Shot> shotsOf(model::FilmId film) const;
    /// Replaces the film's shot list (a hand edit; see ShotRepository::replace: shots whose
    /// frames are unchanged keep their values), then emits shotsEdited() and resultsChanged().
    /// Throws StoreError.
    void replaceShots(model::FilmId film, const std::vector<model::Shot>& shots);

    /// Shot pairs between two films, oriented so shotA is a shot of `filmA`, ordered by
    /// shotA's then shotB's start (see CorrespondenceRepository::listBetween).
    [[nodiscard]] std::vector<model::Correspondence>
    correspondencesBetween(model::FilmId filmA, model::FilmId filmB) const;
    /// correspondencesBetween() as shot indices of the current results, in the same order;
    /// pairs whose shots are not in the results (yet) are left out.
    [[nodiscard]] std::vector<ShotPairIndices> shotPairsBetween(model::FilmId filmA,
                                                                model::FilmId filmB) const;
    /// Pairs of one shot, oriented so shotA is `shot`.
    [[nodiscard]] std::vector<model::Correspondence>
    correspondencesOfShot(model::ShotId shot) const;
    /// Pairs two shots of different films (by hand: no confidence). Throws StoreError, e.g.
    /// when they are paired already. Emits correspondencesChanged().
    model::Correspondence addCorrespondence(model::ShotId shotA, model::ShotId shotB);
    /// Removes a pair. Emits correspondencesChanged().
    void removeCorrespondence(model::CorrespondenceId id);

    /// A per-frame series of the film (`frame_luma`, `frame_lab_l`, … see METRICS.md), one
    /// float per frame from frame 0 (NaN where not measured yet); nullopt when the project has
    /// none. Read from the file on each call (about 4 bytes a frame): callers cache it.
    [[nodiscard]] std::optional<model::MetricSeries> frameSeries(model::FilmId film,
                                                                 std::string_view name) const;

Q_SIGNALS:
    void filmsChanged();
    /// Shots or metrics changed (an analysis progressed or finished, shots were edited).
    void resultsChanged();
    /// The film's shots were edited by hand; changed shots have no metric values until they
    /// are measured again.
    void shotsEdited(diptych::model::FilmId film);
    /// Shot pairs were added or removed (by hand, or with shots an edit removed).
    void correspondencesChanged();
    /// A change made outside a caller's reach (an undo or redo) failed; `message` is one line.
    void errorOccurred(const QString& message);

private:
    class ResultsReader;

    ProjectDocument(std::unique_ptr<store::ProjectStore> store, QObject* parent = nullptr);

    /// Swaps in `results` (read with `stamp`) if they are newer and differ; updates the
    /// revisions. Returns true when they were swapped in (resultsChanged() is up to the caller).
    bool swapInResults(analysis::AnalysisResults&& results, std::uint64_t stamp);

    std::unique_ptr<store::ProjectStore> m_store;
    QUndoStack m_undoStack;
    AnnotationDocument* m_annotations; // child
    std::vector<model::Film> m_films;
    analysis::AnalysisResults m_results;
    std::shared_ptr<ResultsClock> m_resultsClock = std::make_shared<ResultsClock>();
    std::uint64_t m_resultsStamp = 0; ///< stamp of the read m_results came from
    std::unordered_map<model::FilmId, std::uint64_t> m_filmRevisions;
    std::uint64_t m_columnsRevision = 0;
    std::uint64_t m_lastRevision = 0;
    /// Started on the first requestResultsReload(); destroyed (joined) before the rest.
    std::unique_ptr<ResultsReader> m_reader;
};

} // namespace diptych::ui
