#include "shots/edit_support.h"

#include "common/error.h"

#include <QAction>
#include <QUndoStack>

namespace diptych::ui {

QAction* makeEditAction(QObject* parent, const QString& text, const QKeySequence& keys,
                        const QString& tip, std::function<void()> run)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(keys);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    QObject::connect(action, &QAction::triggered, parent, [run = std::move(run)]() { run(); });
    return action;
}

QString applyThenPush(QUndoStack& stack, const std::function<void()>& apply,
                      std::unique_ptr<QUndoCommand> command)
{
    try {
        apply();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    stack.push(command.release()); // the stack owns its commands
    return {};
}

} // namespace diptych::ui
