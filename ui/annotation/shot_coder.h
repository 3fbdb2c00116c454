#pragma once

#include "analysis/analysis_results.h"
#include "model/annotation.h"
#include "model/shot.h"
#include "model/tier.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

class QAction;

namespace diptych::ui {

class DualPlayer;
class ProjectDocument;

/// Keyboard coding of the film on one side of the player: a code's shortcut toggles that code
/// on the shot at the playhead (for the current coder, on the chosen tier), or on every shot
/// of the marked I/O range. In "code and advance" mode the playhead then moves to the next
/// shot, so a film is coded shot by shot without touching the mouse.
///
/// Each toggle is one undo step, written to the project before it returns (see
/// AnnotationDocument::apply).
///
/// On a shot tier a code is one annotation per shot, spanning it and linked to it. On a range
/// or text tier, a marked range is one annotation over the range; without marks, the current
/// shot's frames.
class ShotCoder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotCoder)

public:
    explicit ShotCoder(DualPlayer& player, QObject* parent = nullptr);

    /// The project coded; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);
    [[nodiscard]] ProjectDocument* document() const { return m_document; }
    /// Which film is coded: 0 = film A, 1 = film B.
    void setSide(int side);
    [[nodiscard]] int side() const { return m_side; }
    /// The film on the coded side; nullopt when that side shows none.
    [[nodiscard]] std::optional<model::FilmId> film() const;

    /// The tier codes go to: the chosen one while it belongs to the film, else the film's
    /// first tier with a scheme, else its first tier; nullopt when the film has no tier.
    [[nodiscard]] std::optional<model::Tier> tier() const;
    void setTier(model::TierId id);
    /// The scheme whose codes are offered: the tier's; for a film without tiers, the built-in
    /// default scheme (installed on first need), which the first code creates a tier for.
    [[nodiscard]] std::optional<model::SchemeId> scheme();
    /// Adds `tier` to the coded film (one undo step) and chooses it. Returns an empty string
    /// on success, else the one-line error.
    QString addTier(model::Tier tier);
    /// Adds a shot tier "Codes" with the built-in default scheme (installed if needed).
    QString addDefaultTier();
    /// Renames the chosen tier (one undo step). Returns an empty string or the error.
    QString renameTier(const QString& name);
    /// Removes the chosen tier with its annotations (one undo step that brings both back).
    QString removeTier();

    /// 0-based index of the shot at the coded side's playhead, in the film's shot list.
    [[nodiscard]] std::optional<std::size_t> currentShotIndex() const;
    [[nodiscard]] std::optional<model::Shot> currentShot() const;
    /// The tier's annotations on the current shot (every coder's): linked to it, or holding
    /// its middle frame.
    [[nodiscard]] std::vector<model::Annotation> currentShotAnnotations() const;

    /// Applies `code` where the playhead or marks say, or takes it away where the current
    /// coder gave it already (everywhere in the range: a toggle). Creates the default tier
    /// first if the film has none. Returns whether something changed; message() says why not.
    bool toggleCode(model::CodeId code);
    /// Adds a free-text annotation `text` where the playhead or marks say (as a code goes),
    /// on the chosen tier. Returns whether it was added; message() says why not.
    bool addText(const QString& text);
    /// Removes one annotation (one undo step).
    bool removeAnnotation(const model::Annotation& annotation);

    /// The code last applied or chosen in the code tree: new regions carry it.
    [[nodiscard]] std::optional<model::CodeId> currentCode() const { return m_currentCode; }
    void setCurrentCode(std::optional<model::CodeId> code) { m_currentCode = code; }

    /// The 0-based index of the shot holding `frame` in `shots` (ordered by start).
    [[nodiscard]] static std::optional<std::size_t>
    shotIndexAt(const std::vector<analysis::ShotResult>& shots, qint64 frame);

    void setAdvancing(bool on) { m_advancing = on; }
    [[nodiscard]] bool isAdvancing() const { return m_advancing; }

    /// One action per active code of the tier's scheme with a shortcut, for a menu of the
    /// window (so the shortcuts work wherever the focus is). Rebuilt on codeActionsChanged().
    [[nodiscard]] QList<QAction*> codeActions() const { return m_codeActions; }

Q_SIGNALS:
    /// One line for the status bar.
    void message(const QString& text);
    /// The film, tier, current shot or the codes on it changed: views of them refresh.
    void changed();
    void codeActionsChanged();

private:
    /// The shots the next code goes to as [start, end) frame ranges with their shot (if any).
    struct Target
    {
        model::Frame start = 0;
        model::Frame end = 0;
        std::optional<model::ShotId> shot;
    };
    [[nodiscard]] std::vector<Target> targets(const model::Tier& tier) const;
    /// The coded film's shots as analysed; nullptr when it has none.
    [[nodiscard]] const std::vector<analysis::ShotResult>* shots() const;
    void rebuildCodeActions();
    void advance();

    DualPlayer& m_player;
    QPointer<ProjectDocument> m_document;
    int m_side = 0;
    std::optional<model::TierId> m_chosenTier;
    std::optional<std::size_t> m_shownShot;
    bool m_advancing = false;
    std::optional<model::CodeId> m_currentCode;
    QList<QAction*> m_codeActions;                  // children
    std::optional<model::SchemeId> m_actionsScheme; // whose codes m_codeActions are
    QList<QMetaObject::Connection> m_documentConnections;
};

} // namespace diptych::ui
