#include "widgets/shortcut_reference.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace diptych::ui {
namespace {

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

void addMenu(QTreeWidgetItem* parent, const QMenu& menu)
{
    for (QAction* action : menu.actions()) {
        if (action->menu()) {
            addMenu(parent, *action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, withoutMnemonic(action->text()));
        item->setText(1, action->shortcut().toString(QKeySequence::NativeText));
        item->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutReference::ShortcutReference(const QMenuBar& menus, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutTree"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    for (QAction* top : menus.actions()) {
        if (!top->menu())
            continue;
        auto* group = new QTreeWidgetItem(tree);
        group->setText(0, withoutMnemonic(top->text()));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addMenu(group, *top->menu());
        if (group->childCount() == 0)
            delete group; // a menu without shortcuts has nothing to list
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(560, 640);
}

} // namespace diptych::ui
