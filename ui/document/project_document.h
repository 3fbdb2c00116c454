#pragma once

#include "analysis/analysis_results.h"
#include "model/film.h"
#include "model/frame_index_record.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <filesystem>
#include <memory>
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

Q_SIGNALS:
    void filmsChanged();
    /// Shots or metrics changed (an analysis progressed or finished, shots were edited).
    void resultsChanged();

private:
    ProjectDocument(std::unique_ptr<store::ProjectStore> store, QObject* parent = nullptr);

    std::unique_ptr<store::ProjectStore> m_store;
    QUndoStack m_undoStack;
    std::vector<model::Film> m_films;
    analysis::AnalysisResults m_results;
};

} // namespace diptych::ui
