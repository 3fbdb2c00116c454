#include "annotation/annotation_workspace.h"

#include "agreement/agreement_panel.h"
#include "annotation/annotation_document.h"
#include "annotation/annotation_list_panel.h"
#include "annotation/coding_panel.h"
#include "annotation/region_controller.h"
#include "annotation/scheme_editor.h"
#include "annotation/shot_coder.h"
#include "document/project_document.h"
#include "player/dual_player.h"
#include "query/code_query_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>

namespace diptych::ui {

AnnotationWorkspace::AnnotationWorkspace(QMainWindow& window, DualPlayer& player)
    : QObject(&window)
    , m_window(window)
    , m_player(player)
    , m_coder(new ShotCoder(player, this))
    , m_regions(new RegionController(player, *m_coder, this))
    , m_codingPanel(new CodingPanel(*m_coder))
    , m_list(new AnnotationListPanel)
    , m_agreement(new AgreementPanel)
    , m_query(new CodeQueryPanel)
    , m_menu(new QMenu(tr("&Code"), &window))
    , m_advance(new QAction(tr("Code and &Advance"), this))
    , m_newTier(new QAction(tr("&New Tier…"), this))
    , m_editSchemes(new QAction(tr("Edit Coding &Schemes…"), this))
    , m_addText(new QAction(tr("Add &Text Annotation…"), this))
{
    auto* coding = new QDockWidget(tr("Coding"), &window);
    coding->setObjectName(QStringLiteral("codingDock"));
    coding->setWidget(m_codingPanel);
    window.addDockWidget(Qt::RightDockWidgetArea, coding);
    auto* list = new QDockWidget(tr("Annotations"), &window);
    list->setObjectName(QStringLiteral("annotationsDock"));
    list->setWidget(m_list);
    window.addDockWidget(Qt::BottomDockWidgetArea, list);
    m_agreementDock = new QDockWidget(tr("Agreement"), &window);
    m_agreementDock->setObjectName(QStringLiteral("agreementDock"));
    m_agreementDock->setWidget(m_agreement);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_agreementDock);
    m_queryDock = new QDockWidget(tr("Codes × Metrics"), &window);
    m_queryDock->setObjectName(QStringLiteral("codeQueryDock"));
    m_queryDock->setWidget(m_query);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_queryDock);
    window.tabifyDockWidget(list, m_agreementDock);
    window.tabifyDockWidget(m_agreementDock, m_queryDock);
    m_docks = {coding, list, m_agreementDock, m_queryDock};
    connect(m_agreementDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_agreementStale) {
            m_agreementStale = false;
            m_agreement->refresh();
        }
    });
    connect(m_queryDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_queryStale) {
            m_queryStale = false;
            m_query->refresh();
        }
    });
    connect(m_agreement, &AgreementPanel::seekRequested, this, &AnnotationWorkspace::seekTo);

    m_advance->setCheckable(true);
    m_advance->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_advance->setStatusTip(tr("After a code is applied, move to the next shot"));
    connect(m_advance, &QAction::toggled, m_coder, &ShotCoder::setAdvancing);
    m_newTier->setStatusTip(tr("Add a tier (a layer of annotations) to the coded film"));
    connect(m_newTier, &QAction::triggered, this, [this, coding]() {
        coding->show();
        coding->raise();
        m_codingPanel->addTierInteractively();
    });
    m_addText->setShortcut(QKeySequence(Qt::Key_T));
    m_addText->setStatusTip(tr("Write a free-text annotation on the current shot (or the "
                               "marked range) in the chosen tier"));
    connect(m_addText, &QAction::triggered, this, [this]() {
        if (!m_document)
            return;
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(&m_window, tr("Text Annotation"),
                                                            tr("Text:"), QString(), &ok);
        if (ok)
            m_coder->addText(text);
    });

    m_editSchemes->setStatusTip(tr("Add, rename, reorder, merge and retire codes; import and "
                                   "export schemes"));
    connect(m_editSchemes, &QAction::triggered, this, [this]() {
        if (!m_document)
            return;
        auto* editor = new SchemeEditor(*m_document, &m_window);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        if (const auto scheme = m_coder->scheme())
            editor->showScheme(*scheme);
        connect(editor, &SchemeEditor::message, this, &AnnotationWorkspace::message);
        connect(m_document, &QObject::destroyed, editor, &QWidget::close);
        editor->show();
    });
    connect(m_coder, &ShotCoder::message, this, &AnnotationWorkspace::message);
    connect(m_regions, &RegionController::message, this, &AnnotationWorkspace::message);
    connect(m_list, &AnnotationListPanel::message, this, &AnnotationWorkspace::message);
    connect(m_coder, &ShotCoder::codeActionsChanged, this, &AnnotationWorkspace::rebuildMenu);
    connect(m_list, &AnnotationListPanel::seekRequested, this, &AnnotationWorkspace::seekTo);
    rebuildMenu();
}

void AnnotationWorkspace::setDocument(ProjectDocument* document)
{
    m_document = document;
    m_coder->setDocument(document);
    m_regions->setDocument(document);
    m_list->setDocument(document);
    m_agreement->setDocument(document);
    m_query->setDocument(document);
    if (document) {
        auto& annotations = document->annotations();
        const auto refresh = [this]() { refreshStatistics(); };
        connect(&annotations, &AnnotationDocument::annotationsChanged, this, refresh);
        connect(&annotations, &AnnotationDocument::tiersChanged, this, refresh);
        connect(&annotations, &AnnotationDocument::schemesChanged, this, refresh);
        connect(&annotations, &AnnotationDocument::codersChanged, this, refresh);
    }
}

void AnnotationWorkspace::refreshStatistics()
{
    // A dock tabbed behind another is not visible: its panel waits until it is shown.
    const auto inSight = [](const QWidget* panel) {
        return panel->isVisible() && !panel->visibleRegion().isEmpty();
    };
    if (inSight(m_agreement))
        m_agreement->refresh();
    else
        m_agreementStale = true;
    if (inSight(m_query))
        m_query->refresh();
    else
        m_queryStale = true;
}

void AnnotationWorkspace::seekTo(model::FilmId film, model::Frame frame)
{
    m_player.pause();
    if (m_player.filmIdOf(1) == film && m_player.filmIdOf(0) != film) {
        m_player.seekB(frame);
        return;
    }
    if (m_player.filmIdOf(0) != film)
        m_player.chooseFilm(0, film);
    m_player.seekA(frame);
}

void AnnotationWorkspace::rebuildMenu()
{
    m_menu->clear();
    m_menu->addAction(m_advance);
    m_menu->addAction(m_newTier);
    m_menu->addAction(m_editSchemes);
    m_menu->addAction(m_addText);
    m_menu->addSeparator();
    m_menu->addActions(m_regions->actions());
    m_menu->addSeparator();
    const auto codes = m_coder->codeActions();
    if (codes.isEmpty()) {
        auto* none = m_menu->addAction(tr("(no codes with shortcuts)"));
        none->setEnabled(false);
    }
    m_menu->addActions(codes);
}

} // namespace diptych::ui
