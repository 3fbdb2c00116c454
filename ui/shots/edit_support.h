#pragma once

#include <QKeySequence>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QObject;
class QUndoCommand;
class QUndoStack;

namespace diptych::ui {

/// An action for an edit command: text, shortcut, and the tip shown as tooltip and in the
/// status bar; triggering it runs `run`. Owned by `parent`.
QAction* makeEditAction(QObject* parent, const QString& text, const QKeySequence& keys,
                        const QString& tip, std::function<void()> run);

/// Writes an edit to the project with `apply` (which throws diptych::Error on failure), then
/// records `command` on `stack`. The command must treat its first redo() as already done (as
/// AppliedEditCommand does), so
/// a failed write never leaves a step on the stack that did not happen. Returns an empty
/// string on success, else the one-line error.
QString applyThenPush(QUndoStack& stack, const std::function<void()>& apply,
                      std::unique_ptr<QUndoCommand> command);

} // namespace diptych::ui
