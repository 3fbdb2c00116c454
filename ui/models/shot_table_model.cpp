#include "models/shot_table_model.h"

#include "analysis/pipeline/metric_catalog.h"
#include "common/timecode.h"
#include "document/project_document.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

#include <cmath>

namespace diptych::ui {
namespace {

const analysis::MetricSpec* specOf(const std::string& name)
{
    for (const auto& spec : analysis::shotMetricSpecs())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

// The palette JSON ([{"hex": "#rrggbb", "weight": w}, ...]) as a strip of swatches whose
// widths follow the weights.
QPixmap paletteSwatches(const std::string& json)
{
    static const QRegularExpression entry(QStringLiteral(
        "\"hex\"\\s*:\\s*\"(#[0-9a-fA-F]{6})\"\\s*,\\s*\"weight\"\\s*:\\s*([0-9.eE+-]+)"));
    QPixmap pixmap(80, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    double x = 0;
    auto matches = entry.globalMatch(QString::fromStdString(json));
    while (matches.hasNext()) {
        const auto match = matches.next();
        const double width = match.captured(2).toDouble() * pixmap.width();
        painter.fillRect(QRectF(x, 0, width, pixmap.height()), QColor(match.captured(1)));
        x += width;
    }
    return pixmap;
}

} // namespace

QString ShotTableModel::transitionName(model::TransitionKind kind)
{
    switch (kind) {
    case model::TransitionKind::None:
        return tr("first shot");
    case model::TransitionKind::Cut:
        return tr("cut");
    case model::TransitionKind::Dissolve:
        return tr("dissolve");
    case model::TransitionKind::FadeOut:
        return tr("fade out");
    case model::TransitionKind::FadeIn:
        return tr("fade in");
    case model::TransitionKind::Wipe:
        return tr("wipe");
    case model::TransitionKind::Other:
        break;
    }
    return tr("other transition");
}

ShotTableModel::ShotTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ShotTableModel::setFilm(ProjectDocument* document, std::optional<model::FilmId> film)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_film = film;
    if (m_document)
        connect(m_document, &ProjectDocument::resultsChanged, this, &ShotTableModel::refresh);
    reload();
}

void ShotTableModel::refresh()
{
    if (revision() != m_shownRevision)
        reload();
}

void ShotTableModel::reload()
{
    beginResetModel();
    m_shownRevision = revision();
    endResetModel();
}

std::pair<std::uint64_t, std::uint64_t> ShotTableModel::revision() const
{
    if (!m_document)
        return {0, 0};
    return {m_film ? m_document->resultsRevision(*m_film) : 0, m_document->columnsRevision()};
}

int ShotTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_document || !m_film)
        return 0;
    const auto* results = m_document->resultsOf(*m_film);
    return results ? int(results->shots.size()) : 0;
}

int ShotTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return FixedColumnCount + (m_document ? int(m_document->results().columns.size()) : 0);
}

QVariant ShotTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_document || !m_film)
        return {};
    const auto* results = m_document->resultsOf(*m_film);
    if (!results || index.row() >= int(results->shots.size()))
        return {};
    const auto& shot = results->shots[std::size_t(index.row())];
    if (role == StartFrameRole)
        return qint64(shot.shot.startFrame);
    const int column = index.column();
    const double fps = results->film.fps > 0 ? results->film.fps : 24.0;
    if (column < FixedColumnCount) {
        QVariant value;
        switch (column) {
        case ShotColumn:
            value = index.row() + 1;
            break;
        case StartColumn:
            value = qint64(shot.shot.startFrame);
            break;
        case EndColumn:
            value = qint64(shot.shot.endFrame);
            break;
        case StartTimeColumn:
            if (role == Qt::DisplayRole)
                return QString::fromStdString(formatTimecode(shot.shot.startFrame, fps));
            value = shot.startSeconds;
            break;
        case DurationColumn:
            value = shot.endSeconds - shot.startSeconds;
            if (role == Qt::DisplayRole)
                return QString::number(value.toDouble(), 'f', 2);
            break;
        case TransitionColumn: {
            const model::TransitionKind kind = shot.shot.transition;
            const auto frames = qint64(shot.shot.transitionFrames);
            if (role == Qt::DisplayRole)
                return frames > 0 ? tr("%1, %2 frames").arg(transitionName(kind)).arg(frames)
                                  : transitionName(kind);
            if (role == SortRole)
                return qint64(kind) * 1'000'000 + frames; // by kind, then by length
            return {};
        }
        default:
            break;
        }
        if (role == Qt::DisplayRole || role == SortRole)
            return value;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const std::size_t metric = std::size_t(column - FixedColumnCount);
    const auto& columns = m_document->results().columns;
    if (metric >= columns.size())
        return {};
    if (columns[metric].isText) {
        const std::string& text = shot.texts[metric];
        if (columns[metric].name == "palette") {
            if (role == Qt::DecorationRole)
                return paletteSwatches(text);
            if (role == Qt::ToolTipRole || role == SortRole)
                return QString::fromStdString(text);
            return {};
        }
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(text);
        return {};
    }
    const double number = shot.numbers[metric];
    switch (role) {
    case Qt::DisplayRole:
        return std::isfinite(number) ? QString::number(number, 'g', 4) : QString();
    case SortRole:
        return std::isfinite(number) ? number : -1e300;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ShotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section < FixedColumnCount) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (section) {
        case ShotColumn:
            return role == Qt::DisplayRole ? tr("Shot") : tr("Shot number, from 1");
        case StartColumn:
            return role == Qt::DisplayRole ? tr("Start")
                                           : tr("First frame (0-based, presentation order)");
        case EndColumn:
            return role == Qt::DisplayRole ? tr("End") : tr("Frame after the last (exclusive)");
        case StartTimeColumn:
            return role == Qt::DisplayRole ? tr("Timecode") : tr("Start timecode HH:MM:SS:FF");
        case DurationColumn:
            return role == Qt::DisplayRole ? tr("Duration (s)") : tr("Shot length in seconds");
        case TransitionColumn:
            return role == Qt::DisplayRole
                       ? tr("Begins with")
                       : tr("How the shot begins: a cut, a dissolve, a fade or a wipe, with "
                            "the transition's length in frames (half of it lies in each shot)");
        default:
            return {};
        }
    }
    if (!m_document)
        return {};
    const std::size_t metric = std::size_t(section - FixedColumnCount);
    const auto& columns = m_document->results().columns;
    if (metric >= columns.size())
        return {};
    const std::string& name = columns[metric].name;
    if (role == Qt::DisplayRole)
        return QString::fromStdString(name);
    if (role == Qt::ToolTipRole) {
        // Metric names and descriptions come from the analysis catalog (METRICS.md), which
        // is English by design: they are the column names scripts and papers use.
        if (const auto* spec = specOf(name))
            return QStringLiteral("%1 [%2]").arg(
                QString::fromUtf8(spec->description.data(), qsizetype(spec->description.size())),
                QString::fromUtf8(spec->unit.data(), qsizetype(spec->unit.size())));
    }
    return {};
}

} // namespace diptych::ui
