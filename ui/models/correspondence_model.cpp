#include "models/correspondence_model.h"

#include "common/timecode.h"
#include "document/project_document.h"

namespace diptych::ui {

CorrespondenceModel::CorrespondenceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CorrespondenceModel::setFilms(ProjectDocument* document, std::optional<model::FilmId> a,
                                   std::optional<model::FilmId> b)
{
    if (m_document == document && m_a == a && m_b == b)
        return; // called on every position change: only a new pair of films reloads
    if (m_document != document) {
        if (m_document)
            disconnect(m_document, nullptr, this, nullptr);
        m_document = document;
        if (m_document) {
            connect(m_document, &ProjectDocument::correspondencesChanged, this,
                    &CorrespondenceModel::reload);
            connect(m_document, &ProjectDocument::resultsChanged, this,
                    &CorrespondenceModel::reload);
        }
    }
    m_a = a;
    m_b = b;
    reload();
}

void CorrespondenceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const auto* resultsA = m_document && m_a ? m_document->resultsOf(*m_a) : nullptr;
    const auto* resultsB = m_document && m_b ? m_document->resultsOf(*m_b) : nullptr;
    if (resultsA && resultsB && *m_a != *m_b) {
        m_fpsA = resultsA->film.fps > 0 ? resultsA->film.fps : 24.0;
        m_fpsB = resultsB->film.fps > 0 ? resultsB->film.fps : 24.0;
        for (const auto& pair : m_document->shotPairsBetween(*m_a, *m_b))
            m_rows.push_back({pair.id, pair.shotA, pair.shotB,
                              resultsA->shots[std::size_t(pair.shotA)].shot.startFrame,
                              resultsB->shots[std::size_t(pair.shotB)].shot.startFrame});
    }
    endResetModel();
}

int CorrespondenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CorrespondenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrespondenceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ShotAColumn:
            return row.shotA + 1;
        case StartAColumn:
            return QString::fromStdString(formatTimecode(row.startA, m_fpsA));
        case ShotBColumn:
            return row.shotB + 1;
        case StartBColumn:
            return QString::fromStdString(formatTimecode(row.startB, m_fpsB));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case CorrespondenceIdRole:
        return qint64(row.id);
    case StartFrameARole:
        return row.startA;
    case StartFrameBRole:
        return row.startB;
    default:
        return {};
    }
}

QVariant CorrespondenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ShotAColumn:
        return tr("Shot A");
    case StartAColumn:
        return tr("Start A");
    case ShotBColumn:
        return tr("Shot B");
    case StartBColumn:
        return tr("Start B");
    default:
        return {};
    }
}

} // namespace diptych::ui
