#include "agreement/disagreement_model.h"

#include "common/timecode.h"

#include <algorithm>
#include <unordered_map>

namespace diptych::ui {

std::vector<Disagreement> findDisagreements(const annotation::FilmCoding& coding,
                                            std::span<const model::Shot> shots)
{
    std::unordered_map<model::ShotId, model::Frame> startOf;
    for (const auto& shot : shots)
        startOf.emplace(shot.id, shot.startFrame);
    std::vector<Disagreement> found;
    const auto units = std::min(coding.shots.size(), coding.matrix.units.size());
    for (std::size_t u = 0; u < units; ++u) {
        const auto& values = coding.matrix.units[u];
        const annotation::Rating* first = nullptr;
        bool differ = false;
        for (const auto& value : values) {
            if (!value)
                continue;
            if (!first)
                first = &value;
            else if (*value != **first)
                differ = true;
        }
        const auto start = startOf.find(coding.shots[u]);
        if (differ && start != startOf.end())
            found.push_back({u, coding.shots[u], start->second, values});
    }
    return found;
}

DisagreementModel::DisagreementModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DisagreementModel::setDisagreements(model::FilmId film, double fps,
                                         std::vector<std::string> coders,
                                         std::vector<Disagreement> rows)
{
    beginResetModel();
    m_film = film;
    m_fps = fps;
    m_coders = std::move(coders);
    m_rows = std::move(rows);
    endResetModel();
}

void DisagreementModel::clear()
{
    setDisagreements(0, 0, {}, {});
}

const Disagreement& DisagreementModel::disagreement(int row) const
{
    return m_rows.at(std::size_t(row));
}

int DisagreementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisagreementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_coders.size());
}

QVariant DisagreementModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto& row = m_rows[std::size_t(index.row())];
    if (role == StartFrameRole)
        return qint64(row.startFrame);
    const int column = index.column();
    if (column >= FixedColumnCount) {
        const auto coder = std::size_t(column - FixedColumnCount);
        const auto& value = coder < row.values.size() ? row.values[coder] : annotation::Rating();
        if (role == Qt::DisplayRole)
            return value ? QString::fromStdString(*value) : tr("—");
        if (role == Qt::ToolTipRole)
            return value ? tr("%1 coded this shot %2")
                               .arg(QString::fromStdString(m_coders[coder]),
                                    QString::fromStdString(*value))
                         : tr("%1 did not code this shot")
                               .arg(QString::fromStdString(m_coders[coder]));
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (column == ShotColumn)
            return qulonglong(row.unit + 1);
        return QString::fromStdString(formatTimecode(row.startFrame, m_fps));
    }
    if (role == Qt::ToolTipRole)
        return tr("Frame %1 (double-click or press Enter to go there)").arg(row.startFrame);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == ShotColumn)
            return tr("Shot");
        if (section == TimecodeColumn)
            return tr("Start");
        return QString::fromStdString(m_coders[std::size_t(section - FixedColumnCount)]);
    }
    if (role == Qt::ToolTipRole) {
        if (section == ShotColumn)
            return tr("The shot's number in the film, from 1");
        if (section == TimecodeColumn)
            return tr("Timecode of the shot's first frame (HH:MM:SS:FF)");
        return tr("The codes this coder gave the shot, joined by “+”");
    }
    return {};
}

} // namespace diptych::ui
