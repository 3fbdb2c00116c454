#pragma once

#include "model/correspondence.h"
#include "model/film.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>
#include <vector>

namespace diptych::ui {

class ProjectDocument;

/// The shot pairs between film A and film B, one row per pair: each side's shot number and
/// start timecode. Follows the document: pairs added or removed, shots re-cut.
class CorrespondenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondenceModel)

public:
    enum Column
    {
        ShotAColumn,
        StartAColumn,
        ShotBColumn,
        StartBColumn,
        ColumnCount
    };
    enum Role
    {
        CorrespondenceIdRole = Qt::UserRole + 1, ///< qint64 store id of the pair
        StartFrameARole,                         ///< qint64 first frame of A's shot
        StartFrameBRole,                         ///< qint64 first frame of B's shot
    };

    explicit CorrespondenceModel(QObject* parent = nullptr);

    /// The films whose pairs are listed (A, B); nullptr document or a missing film empties it.
    void setFilms(ProjectDocument* document, std::optional<model::FilmId> a,
                  std::optional<model::FilmId> b);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    struct Row
    {
        model::CorrespondenceId id = 0;
        int shotA = -1; ///< 0-based shot index in A
        int shotB = -1;
        qint64 startA = 0;
        qint64 startB = 0;
    };
    void reload();

    QPointer<ProjectDocument> m_document;
    std::optional<model::FilmId> m_a;
    std::optional<model::FilmId> m_b;
    double m_fpsA = 24.0;
    double m_fpsB = 24.0;
    std::vector<Row> m_rows;
};

} // namespace diptych::ui
