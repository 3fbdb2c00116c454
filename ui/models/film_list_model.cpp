#include "models/film_list_model.h"

#include "common/timecode.h"
#include "document/project_document.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace diptych::ui {

FilmListModel::FilmListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FilmListModel::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::filmsChanged, this, &FilmListModel::reload);
    reload();
}

void FilmListModel::reload()
{
    beginResetModel();
    m_missing.clear();
    if (m_document)
        for (const auto& film : m_document->films())
            m_missing.push_back(ProjectDocument::isMissing(film));
    endResetModel();
}

int FilmListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->films().size());
}

int FilmListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilmListModel::data(const QModelIndex& index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= rowCount())
        return {};
    const auto& film = m_document->films()[std::size_t(index.row())];
    const bool missing = m_missing[std::size_t(index.row())];
    if (role == FilmIdRole)
        return QVariant::fromValue<qint64>(film.id);
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return QApplication::style()->standardIcon(missing ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_DialogApplyButton);
    if (role == Qt::TextAlignmentRole && index.column() != TitleColumn &&
        index.column() != PathColumn && index.column() != StatusColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && missing)
        return tr("The media file is not at its recorded path. Use File ▸ Relink Missing "
                  "Films to find it by its content.");
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case TitleColumn:
        return QString::fromStdString(film.title);
    case DurationColumn:
        return QString::fromStdString(formatTimecode(film.frameCount, film.fps));
    case FramesColumn:
        return locale.toString(qlonglong(film.frameCount));
    case FrameRateColumn:
        return tr("%1 fps").arg(locale.toString(film.fps, 'f', 3));
    case SizeColumn:
        return tr("%1 × %2").arg(film.width).arg(film.height);
    case StatusColumn:
        return missing ? tr("Missing") : tr("OK");
    case PathColumn:
        return QString::fromStdString(film.path.string());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FilmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Title");
    case DurationColumn:
        return tr("Duration");
    case FramesColumn:
        return tr("Frames");
    case FrameRateColumn:
        return tr("Frame rate");
    case SizeColumn:
        return tr("Picture");
    case StatusColumn:
        return tr("Media");
    case PathColumn:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace diptych::ui
