#include "annotation/note_field.h"

#include <QKeyEvent>

namespace diptych::ui {

NoteField::NoteField(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void NoteField::setNote(const QString& note)
{
    m_saved = note;
    setPlainText(note);
}

void NoteField::commit()
{
    const QString text = toPlainText();
    if (text == m_saved)
        return;
    m_saved = text;
    Q_EMIT committed(text);
}

void NoteField::focusOutEvent(QFocusEvent* event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

void NoteField::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ControlModifier)) {
        commit();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace diptych::ui
