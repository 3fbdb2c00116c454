#include "annotation/region_controller.h"

#include "annotation/annotation_document.h"
#include "annotation/region_layer.h"
#include "annotation/shot_coder.h"
#include "common/error.h"
#include "document/project_document.h"
#include "player/dual_player.h"

#include <QAction>
#include <QInputDialog>

namespace diptych::ui {

RegionController::RegionController(DualPlayer& player, ShotCoder& coder, QObject* parent)
    : QObject(parent)
    , m_player(player)
    , m_coder(coder)
{
    for (int side = 0; side < 2; ++side) {
        auto* layer = new RegionLayer(*player.view(side));
        m_layers[std::size_t(side)] = layer;
        connect(layer, &RegionLayer::regionDrawn, this,
                [this, side](model::RegionShape shape,
                             const std::vector<model::NormalizedPoint>& points) {
                    addRegion(side, shape, points);
                });
        connect(layer, &RegionLayer::removeRequested, this, &RegionController::removeRegion);
        connect(layer, &RegionLayer::noteRequested, this, &RegionController::editNote);
    }
    const auto add = [this](const QString& text, const QKeySequence& keys,
                            model::RegionShape shape) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        action->setStatusTip(tr("Draw a region on either viewer: it covers the current shot "
                                "(or the marked range) and carries the current code"));
        connect(action, &QAction::triggered, this, [this, shape]() { startDrawing(shape); });
        m_actions.append(action);
    };
    add(tr("Draw &Rectangle Region"), QKeySequence(Qt::Key_R), model::RegionShape::Rect);
    add(tr("Draw &Polygon Region"), QKeySequence(tr("Shift+R")), model::RegionShape::Polygon);
    connect(&m_player, &DualPlayer::positionChanged, this, &RegionController::refresh);
    connect(&m_player, &DualPlayer::filmsChosen, this, &RegionController::refresh);
}

void RegionController::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(&m_document->annotations(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        auto& annotations = m_document->annotations();
        connect(&annotations, &AnnotationDocument::regionsChanged, this, [this]() {
            m_shownIds = {}; // redraw even if the same regions are in sight: they changed
            refresh();
        });
        connect(&annotations, &AnnotationDocument::schemesChanged, this, [this]() {
            m_shownIds = {};
            refresh();
        });
    }
    m_shownIds = {};
    refresh();
}

void RegionController::refresh()
{
    for (int side = 0; side < 2; ++side) {
        const auto film = m_document ? m_player.filmIdOf(side) : std::nullopt;
        const qint64 frame = side == 0 ? m_player.frameA() : m_player.frameB();
        std::vector<model::RegionId> ids;
        std::vector<RegionShown> shown;
        if (film) {
            auto& annotations = m_document->annotations();
            for (const auto& region : annotations.regions(*film)) {
                if (frame < region.startFrame || frame >= region.endFrame)
                    continue;
                RegionShown item{region.id, region.shape, region.points, QColor(), QString()};
                if (region.codeId)
                    if (const auto* code = annotations.code(*region.codeId)) {
                        item.label = QString::fromStdString(code->label);
                        if (!code->color.empty())
                            item.color = QColor(QString::fromStdString(code->color));
                    }
                ids.push_back(region.id);
                shown.push_back(std::move(item));
            }
        }
        // During playback this runs every frame: repaint only when other regions come in.
        if (m_shownIds[std::size_t(side)] == ids)
            continue;
        m_shownIds[std::size_t(side)] = ids;
        m_layers[std::size_t(side)]->setRegions(std::move(shown));
    }
}

void RegionController::startDrawing(model::RegionShape shape)
{
    if (!m_document) {
        Q_EMIT message(tr("Open a project first."));
        return;
    }
    m_player.pause();
    for (auto* layer : m_layers)
        layer->setDrawing(shape);
    Q_EMIT message(shape == model::RegionShape::Rect
                       ? tr("Drag a rectangle on either viewer (Esc cancels).")
                       : tr("Click the corners on either viewer; double-click or Enter closes "
                            "the polygon (Esc cancels)."));
}

bool RegionController::addRegion(int side, model::RegionShape shape,
                                 const std::vector<model::NormalizedPoint>& points)
{
    for (auto* layer : m_layers)
        layer->setDrawing(std::nullopt); // one region per command; the other viewer stops too
    const auto film = m_document ? m_player.filmIdOf(side) : std::nullopt;
    if (!film) {
        Q_EMIT message(tr("No film on that viewer."));
        return false;
    }
    auto& annotations = m_document->annotations();
    model::Region region;
    region.filmId = *film;
    region.shape = shape;
    region.points = points;
    region.codeId = m_coder.currentCode();
    const qint64 frame = side == 0 ? m_player.frameA() : m_player.frameB();
    region.startFrame = frame;
    region.endFrame = frame + 1;
    std::optional<model::ShotId> shotId;
    if (const auto marks = side == 0 ? m_player.markedRange() : std::nullopt) {
        region.startFrame = marks->first;
        region.endFrame = marks->second;
    } else if (const auto* results = m_document->resultsOf(*film)) {
        if (const auto index = ShotCoder::shotIndexAt(results->shots, frame)) {
            const auto& shot = results->shots[*index].shot;
            region.startFrame = shot.startFrame;
            region.endFrame = shot.endFrame;
            shotId = shot.id;
        }
    }
    try {
        region.coderId = annotations.currentCoder();
    } catch (const Error& e) {
        Q_EMIT message(QString::fromStdString(e.what()));
        return false;
    }
    // The coder's own annotation of this code on the shot, if any, is what the region shows.
    if (shotId && region.codeId)
        for (const auto& annotation : annotations.annotations(*film))
            if (annotation.shotId == shotId && annotation.codeId == region.codeId &&
                annotation.coderId == region.coderId)
                region.annotationId = annotation.id;
    const QString error = annotations.apply(tr("Draw Region"), AnnotationEdit().add(region));
    if (!error.isEmpty()) {
        Q_EMIT message(error);
        return false;
    }
    return true;
}

std::optional<model::Region> RegionController::regionById(model::RegionId id) const
{
    if (!m_document)
        return std::nullopt;
    for (const auto& film : m_document->films())
        for (const auto& region : m_document->annotations().regions(film.id))
            if (region.id == id)
                return region;
    return std::nullopt;
}

bool RegionController::removeRegion(model::RegionId id)
{
    const auto region = regionById(id);
    if (!region)
        return false;
    const QString error =
        m_document->annotations().apply(tr("Remove Region"), AnnotationEdit().remove(*region));
    if (!error.isEmpty())
        Q_EMIT message(error);
    return error.isEmpty();
}

void RegionController::editNote(model::RegionId id)
{
    const auto region = regionById(id);
    if (!region)
        return;
    bool ok = false;
    const QString note =
        QInputDialog::getMultiLineText(m_player.window(), tr("Region Note"), tr("Note (Markdown):"),
                                       QString::fromStdString(region->note), &ok);
    if (!ok || note.toStdString() == region->note)
        return;
    auto after = *region;
    after.note = note.toStdString();
    const QString error = m_document->annotations().apply(tr("Edit Region Note"),
                                                          AnnotationEdit().change(*region, after));
    if (!error.isEmpty())
        Q_EMIT message(error);
}

} // namespace diptych::ui
