#pragma once

#include "model/ids.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace diptych::ui {

class AgreementPanel;
class AnnotationListPanel;
class CodeQueryPanel;
class CodingPanel;
class DualPlayer;
class ProjectDocument;
class RegionController;
class ShotCoder;

/// Puts coding by hand into a main window: the Coding and Annotations docks, and the Code
/// menu whose entries carry the codes' shortcuts. Seeks the player where a panel points.
class AnnotationWorkspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationWorkspace)

public:
    AnnotationWorkspace(QMainWindow& window, DualPlayer& player);

    /// The project coded; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);
    [[nodiscard]] ShotCoder* coder() const { return m_coder; }
    [[nodiscard]] RegionController* regions() const { return m_regions; }
    [[nodiscard]] CodingPanel* codingPanel() const { return m_codingPanel; }
    [[nodiscard]] AnnotationListPanel* annotationList() const { return m_list; }
    [[nodiscard]] AgreementPanel* agreement() const { return m_agreement; }
    [[nodiscard]] CodeQueryPanel* codeQuery() const { return m_query; }
    /// The Code menu, for the menu bar.
    [[nodiscard]] QMenu* menu() const { return m_menu; }
    [[nodiscard]] QList<QDockWidget*> docks() const { return m_docks; }
    /// Shows `frame` (0-based) of `film`: on the side that shows the film, else on side A.
    void seekTo(model::FilmId film, model::Frame frame);

Q_SIGNALS:
    /// One line for the status bar.
    void message(const QString& text);

private:
    void rebuildMenu();
    /// Agreement and query results follow the coding; they are computed again when their
    /// dock is in sight, else when it comes into sight.
    void refreshStatistics();

    QMainWindow& m_window;
    DualPlayer& m_player;
    QPointer<ProjectDocument> m_document;
    ShotCoder* m_coder;
    RegionController* m_regions;
    CodingPanel* m_codingPanel;
    AnnotationListPanel* m_list;
    AgreementPanel* m_agreement;
    CodeQueryPanel* m_query;
    QDockWidget* m_agreementDock = nullptr;
    QDockWidget* m_queryDock = nullptr;
    bool m_agreementStale = false;
    bool m_queryStale = false;
    QMenu* m_menu;
    QAction* m_advance;
    QAction* m_newTier;
    QAction* m_editSchemes;
    QAction* m_addText;
    QList<QDockWidget*> m_docks;
};

} // namespace diptych::ui
