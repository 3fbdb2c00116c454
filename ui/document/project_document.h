#pragma once

#include "analysis/analysis_results.h"
#include "model/correspondence.h"
#include "model/film.h"
#include "model/frame_index_record.h"
#include "model/metric.h"
#include "model/shot.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::ui {

/// One open project: owns its store connection, the undo stack, and a cached copy of what the
/// views show, with typed change notifications. Widgets read from it and ask it to change
/// things; they never touch the store.
///
/// Lives on the UI thread. Reads are small (a project's film list); bulk work (probing, scans,
/// analysis) runs in JobRunner jobs that open their own store connection or hand results here.
/// Every change is committed to the project file before the notification goes out.
/// A shot pair as positions in the films' shot lists (indices into resultsOf(film)->shots).
struct ShotPairIndices
{
    model::CorrespondenceId id = 0;
    int shotA = -1; ///< 0-based index of the shot of film A
    int shotB = -1; ///< 0-based index of the shot of film B
};

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

    [[nodiscard]] const std::vector<model::Film>& films() const { return m_films; }
    /// True when the film's media file is not where the project last saw it.
    [[nodiscard]] static bool isMissing(const model::Film& film);

    /// Stores a newly ingested film with its frame index. Throws StoreError (e.g. the same file
    /// is already in the project).
    model::Film addFilm(const model::Film& film, const model::FrameIndexRecord& frameIndex);
    /// Removes a film and everything attached to it.
    void removeFilm(model::FilmId id);
    /// Re-reads the film list from the file (after another connection changed it).
    void reloadFilms();

    /// Shots and per-shot metrics of every film, as last read from the project.
    [[nodiscard]] const analysis::AnalysisResults& results() const { return m_results; }
    /// The results of one film, or nullptr when it has none (not analysed yet).
    [[nodiscard]] const analysis::FilmResults* resultsOf(model::FilmId id) const;
    /// Re-reads shots and metrics (after an analysis job committed more of them).
    void reloadResults();
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
    ProjectDocument(std::unique_ptr<store::ProjectStore> store, QObject* parent = nullptr);

    std::unique_ptr<store::ProjectStore> m_store;
    QUndoStack m_undoStack;
    std::vector<model::Film> m_films;
    analysis::AnalysisResults m_results;
};

} // namespace diptych::ui
