#pragma once

#include <QPlainTextEdit>

namespace diptych::ui {

/// A Markdown note editor that hands its text over when the user is done with it: on leaving
/// the field or on Ctrl+Return, and only if it changed since setNote().
class NoteField final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteField)

public:
    explicit NoteField(QWidget* parent = nullptr);

    /// Shows `note` as the saved text (no committed() for it).
    void setNote(const QString& note);
    /// Emits committed() now if the text differs from the saved one.
    void commit();

Q_SIGNALS:
    void committed(const QString& note);

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_saved;
};

} // namespace diptych::ui
