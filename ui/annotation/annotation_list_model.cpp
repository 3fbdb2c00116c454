#include "annotation/annotation_list_model.h"

#include "annotation/annotation_document.h"
#include "common/timecode.h"
#include "document/project_document.h"

#include <QColor>

#include <algorithm>
#include <map>

namespace diptych::ui {

AnnotationListModel::AnnotationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AnnotationListModel::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_document)
        disconnect(&m_document->annotations(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        auto& annotations = m_document->annotations();
        connect(&annotations, &AnnotationDocument::annotationsChanged, this,
                &AnnotationListModel::rebuild);
        connect(&annotations, &AnnotationDocument::tiersChanged, this,
                &AnnotationListModel::rebuild);
        connect(&annotations, &AnnotationDocument::schemesChanged, this,
                &AnnotationListModel::rebuild);
        connect(&annotations, &AnnotationDocument::codersChanged, this,
                &AnnotationListModel::rebuild);
        connect(m_document, &ProjectDocument::filmsChanged, this, &AnnotationListModel::rebuild);
    }
    rebuild();
}

void AnnotationListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_document) {
        auto& annotations = m_document->annotations();
        std::map<model::CoderId, QString> coders;
        for (const auto& coder : annotations.coders())
            coders.emplace(coder.id, QString::fromStdString(coder.name));
        for (const auto& film : m_document->films()) {
            std::map<model::TierId, QString> tiers;
            for (const auto& tier : annotations.tiers(film.id))
                tiers.emplace(tier.id, QString::fromStdString(tier.name));
            for (const auto& annotation : annotations.annotations(film.id)) {
                Row row;
                row.annotation = annotation;
                row.film = film.id;
                row.filmTitle = QString::fromStdString(film.title);
                if (film.fps > 0)
                    row.fps = film.fps;
                row.tier = tiers[annotation.tierId];
                row.coder = coders[annotation.coderId];
                if (annotation.codeId) {
                    row.code = annotations.codePath(*annotation.codeId);
                    if (const auto* code = annotations.code(*annotation.codeId))
                        row.codeColor = QString::fromStdString(code->color);
                }
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
}

const model::Annotation& AnnotationListModel::annotation(int row) const
{
    return m_rows.at(std::size_t(row)).annotation;
}

int AnnotationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const auto& a = row.annotation;
    switch (role) {
    case IdRole:
        return qlonglong(a.id);
    case FilmRole:
        return qlonglong(row.film);
    case StartFrameRole:
        return qlonglong(a.startFrame);
    case TierNameRole:
        return row.tier;
    case CoderNameRole:
        return row.coder;
    case CodeIdRole:
        return a.codeId ? QVariant(qlonglong(*a.codeId)) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == CodeColumn && !row.codeColor.isEmpty())
            return QColor(row.codeColor);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn && !a.note.empty())
            return QString::fromStdString(a.note);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const double fps = row.fps;
    switch (Column(index.column())) {
    case FilmColumn:
        return row.filmTitle;
    case TierColumn:
        return row.tier;
    case CoderColumn:
        return row.coder;
    case CodeColumn:
        return row.code;
    case StartColumn:
        return QString::fromStdString(formatTimecode(a.startFrame, fps));
    case EndColumn:
        return QString::fromStdString(formatTimecode(a.endFrame, fps));
    case TextColumn: {
        QString text = QString::fromStdString(a.value);
        if (!a.note.empty()) {
            const QString note = QString::fromStdString(a.note).simplified();
            text = text.isEmpty() ? note : text + QStringLiteral(" — ") + note;
        }
        return text;
    }
    case ModifiedColumn:
        return QString::fromStdString(a.modifiedAt)
            .left(19)
            .replace(QLatin1Char('T'), QLatin1Char(' '));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FilmColumn:
        return tr("Film");
    case TierColumn:
        return tr("Tier");
    case CoderColumn:
        return tr("Coder");
    case CodeColumn:
        return tr("Code");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case TextColumn:
        return tr("Text and note");
    case ModifiedColumn:
        return tr("Changed (UTC)");
    case ColumnCount:
        break;
    }
    return {};
}

AnnotationFilter::AnnotationFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
}

void AnnotationFilter::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void AnnotationFilter::setFilm(std::optional<model::FilmId> film)
{
    m_film = film;
    invalidateFilter();
}

void AnnotationFilter::setTierName(const QString& name)
{
    m_tier = name;
    invalidateFilter();
}

void AnnotationFilter::setCoderName(const QString& name)
{
    m_coder = name;
    invalidateFilter();
}

void AnnotationFilter::setCodes(std::vector<model::CodeId> codes)
{
    m_codes = std::move(codes);
    invalidateFilter();
}

bool AnnotationFilter::filterAcceptsRow(int sourceRow, const QModelIndex& parent) const
{
    const auto* source = sourceModel();
    const auto at = [&](int column) { return source->index(sourceRow, column, parent); };
    if (m_film && at(0).data(AnnotationListModel::FilmRole).toLongLong() != *m_film)
        return false;
    if (!m_tier.isEmpty() && at(0).data(AnnotationListModel::TierNameRole).toString() != m_tier)
        return false;
    if (!m_coder.isEmpty() && at(0).data(AnnotationListModel::CoderNameRole).toString() != m_coder)
        return false;
    if (!m_codes.empty()) {
        const QVariant code = at(0).data(AnnotationListModel::CodeIdRole);
        if (!code.isValid() ||
            std::find(m_codes.begin(), m_codes.end(), code.toLongLong()) == m_codes.end())
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (const int column :
         {int(AnnotationListModel::CodeColumn), int(AnnotationListModel::TextColumn)})
        if (at(column).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace diptych::ui
