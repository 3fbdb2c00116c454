#include "widgets/job_status_widget.h"

#include "controllers/job_runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace diptych::ui {

JobStatusWidget::JobStatusWidget(JobRunner& jobs, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setRange(0, 1000);
    m_bar->setFixedWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Cancel the running job"));
    m_cancel->setAutoRaise(true);
    hide();

    connect(m_cancel, &QToolButton::clicked, &jobs, &JobRunner::cancelAll);
    connect(&jobs, &JobRunner::jobStarted, this, [this](const QString& title) {
        showProgress(title, 0.0, -1.0);
        show();
    });
    connect(&jobs, &JobRunner::progressChanged, this, &JobStatusWidget::showProgress);
    connect(&jobs, &JobRunner::idle, this, &QWidget::hide);
}

void JobStatusWidget::showProgress(const QString& title, double fraction, double etaSeconds)
{
    m_bar->setValue(int(std::lround(fraction * 1000)));
    if (etaSeconds < 0) {
        m_label->setText(title);
        return;
    }
    const int seconds = int(std::ceil(etaSeconds));
    const QString eta = seconds >= 60 ? tr("%1 min %2 s left").arg(seconds / 60).arg(seconds % 60)
                                      : tr("%1 s left").arg(seconds);
    m_label->setText(tr("%1 — %2").arg(title, eta));
}

} // namespace diptych::ui
