#pragma once

#include <QAbstractTableModel>

namespace diptych::ui {

class ProjectDocument;

/// The films of a project as a table: title, file, duration, frames, frame rate, size, status.
/// Reads from the ProjectDocument and resets when its film list changes.
class FilmListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilmListModel)

public:
    enum Column
    {
        TitleColumn,
        DurationColumn,
        FramesColumn,
        FrameRateColumn,
        SizeColumn,
        StatusColumn,
        PathColumn,
        ColumnCount
    };
    /// Role carrying the film's id (qint64) on every cell.
    static constexpr int FilmIdRole = Qt::UserRole + 1;

    explicit FilmListModel(QObject* parent = nullptr);

    /// The document to show, or nullptr for none. Not owned.
    void setDocument(ProjectDocument* document);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void reload();

    ProjectDocument* m_document = nullptr;
    std::vector<bool> m_missing; // per row, refreshed on reload: a stat per film, not per paint
};

} // namespace diptych::ui
