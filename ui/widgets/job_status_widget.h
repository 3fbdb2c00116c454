#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace diptych::ui {

class JobRunner;

/// The status-bar face of background work: what runs, how far it is, the time left, and a
/// button that cancels it. Hidden while nothing runs.
class JobStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatusWidget)

public:
    explicit JobStatusWidget(JobRunner& jobs, QWidget* parent = nullptr);

private:
    void showProgress(const QString& title, double fraction, double etaSeconds);

    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace diptych::ui
