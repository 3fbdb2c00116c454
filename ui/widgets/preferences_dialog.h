#pragma once

#include <QDialog>

class QComboBox;

namespace diptych::ui {

/// Edit ▸ Preferences: the interface language (the system's by default), stored in QSettings
/// under "ui/language" (empty = system, or "en", "zh_CN", "ko") and read at start-up by main(),
/// so a change applies the next time Diptych starts; and the colour theme (system, light or
/// dark; see appearance.h), which applies at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    /// Saves the choices (called on OK).
    void accept() override;

private:
    QComboBox* m_language;
    QComboBox* m_theme;
};

} // namespace diptych::ui
