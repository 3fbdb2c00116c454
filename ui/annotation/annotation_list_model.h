#pragma once

#include "model/annotation.h"
#include "model/film.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace diptych::ui {

class ProjectDocument;

/// Every annotation of the project, one row each: film, tier, coder, code, start and end
/// timecodes, text, note, last change. Rebuilt from the AnnotationDocument when it reports a
/// change. Roles: Qt::UserRole on any column gives the annotation id, AnnotationListModel::
/// FilmRole the film id, StartFrameRole the 0-based start frame.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Column
    {
        FilmColumn,
        TierColumn,
        CoderColumn,
        CodeColumn,
        StartColumn,
        EndColumn,
        TextColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        FilmRole,
        StartFrameRole,
        TierNameRole,
        CoderNameRole,
        CodeIdRole,
    };

    explicit AnnotationListModel(QObject* parent = nullptr);

    /// The project listed; nullptr: none. Not owned.
    void setDocument(ProjectDocument* document);
    /// The annotation of a row.
    [[nodiscard]] const model::Annotation& annotation(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    struct Row
    {
        model::Annotation annotation;
        model::FilmId film = 0;
        QString filmTitle;
        double fps = 25;
        QString tier;
        QString coder;
        QString code;
        QString codeColor;
    };
    void rebuild();

    QPointer<ProjectDocument> m_document;
    std::vector<Row> m_rows;
};

/// Filters an AnnotationListModel: text searched in code, text and note; film, tier (by
/// name), coder and code (with its sub-codes) chosen or any.
class AnnotationFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilter)

public:
    explicit AnnotationFilter(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setFilm(std::optional<model::FilmId> film);
    void setTierName(const QString& name);  ///< empty: any
    void setCoderName(const QString& name); ///< empty: any
    /// Only annotations coded with one of these codes (a code and its sub-codes); empty: any.
    void setCodes(std::vector<model::CodeId> codes);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& parent) const override;

private:
    QString m_search;
    std::optional<model::FilmId> m_film;
    QString m_tier;
    QString m_coder;
    std::vector<model::CodeId> m_codes;
};

} // namespace diptych::ui
