#pragma once

#include <QDialog>

class QMenuBar;

namespace diptych::ui {

/// Help ▸ Keyboard Shortcuts: every menu command that has a shortcut, grouped by menu, read
/// from the menus themselves so the reference can never disagree with the keys.
class ShortcutReference final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutReference)

public:
    explicit ShortcutReference(const QMenuBar& menus, QWidget* parent = nullptr);
};

} // namespace diptych::ui
