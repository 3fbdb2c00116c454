#pragma once

#include "model/region.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>
#include <optional>
#include <vector>

class QAction;

namespace diptych::ui {

class DualPlayer;
class ProjectDocument;
class RegionLayer;
class ShotCoder;

/// Region annotations on the viewers: shows, over each viewer, the regions of the frame it
/// shows (during playback too), and turns what the user draws there into regions of that
/// film — over the current shot (or film A's marked I/O range), with the current code and
/// coder, linked to the coder's annotation of that code on the shot when there is one.
/// Drawing, removing and note edits are undo steps, written at once.
class RegionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionController)

public:
    RegionController(DualPlayer& player, ShotCoder& coder, QObject* parent = nullptr);

    /// The project; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);
    /// "Draw Rectangle Region" (R) and "Draw Polygon Region" (Shift+R), for the Code menu.
    [[nodiscard]] QList<QAction*> actions() const { return m_actions; }
    /// The layer over viewer `side` (0 = A, 1 = B).
    [[nodiscard]] RegionLayer* layer(int side) const { return m_layers[std::size_t(side)]; }

    /// Adds a region drawn on viewer `side` (as drawing one does). Returns whether it was
    /// added; message() says why not.
    bool addRegion(int side, model::RegionShape shape,
                   const std::vector<model::NormalizedPoint>& points);
    bool removeRegion(model::RegionId id);
    /// Asks for the region's note (Markdown) and stores it.
    void editNote(model::RegionId id);

Q_SIGNALS:
    void message(const QString& text);

private:
    void refresh();
    void startDrawing(model::RegionShape shape);
    [[nodiscard]] std::optional<model::Region> regionById(model::RegionId id) const;

    DualPlayer& m_player;
    ShotCoder& m_coder;
    QPointer<ProjectDocument> m_document;
    std::array<RegionLayer*, 2> m_layers{};
    /// The regions each layer shows; nullopt: to be redrawn whatever comes.
    std::array<std::optional<std::vector<model::RegionId>>, 2> m_shownIds;
    QList<QAction*> m_actions;
};

} // namespace diptych::ui
