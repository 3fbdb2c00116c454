#pragma once

#include "model/film.h"
#include "model/shot.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <cstdint>
#include <optional>
#include <utility>

namespace diptych::ui {

class ProjectDocument;

/// The shots of one film as a table: number, first and last frame, start time, duration, then
/// every per-shot metric of the analysis (METRICS.md order; tooltips give each metric's
/// meaning and unit). Reads from the ProjectDocument and resets when its results change.
/// SortRole gives numbers for numeric sorting; the palette column shows colour swatches.
class ShotTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotTableModel)

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    /// First frame of the row's shot (qint64), on every cell.
    static constexpr int StartFrameRole = Qt::UserRole + 2;
    enum FixedColumn
    {
        ShotColumn,
        StartColumn,
        EndColumn,
        StartTimeColumn,
        DurationColumn,
        TransitionColumn, ///< how the shot begins: cut, dissolve, fade or wipe, and its length
        FixedColumnCount
    };

    explicit ShotTableModel(QObject* parent = nullptr);

    /// The document and the film whose shots to show. Not owned.
    void setFilm(ProjectDocument* document, std::optional<model::FilmId> film);
    [[nodiscard]] std::optional<model::FilmId> film() const { return m_film; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    /// The name of a transition kind as the table shows it ("dissolve", "first shot", ...).
    [[nodiscard]] static QString transitionName(model::TransitionKind kind);
    /// After ProjectDocument::resultsChanged(): resets only if this film's results (or the
    /// columns) changed, so analysing another film leaves the table, its selection and
    /// scroll position alone.
    void refresh();
    void reload();
    [[nodiscard]] std::pair<std::uint64_t, std::uint64_t> revision() const;

    QPointer<ProjectDocument> m_document;
    std::optional<model::FilmId> m_film;
    std::pair<std::uint64_t, std::uint64_t> m_shownRevision{0, 0}; ///< film's, columns'
};

} // namespace diptych::ui
