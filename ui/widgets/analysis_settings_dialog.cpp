#include "widgets/analysis_settings_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace diptych::ui {

AnalysisSettingsDialog::AnalysisSettingsDialog(const QString& filmTitle,
                                               const analysis::AnalysisSettings& settings,
                                               QWidget* parent)
    : QDialog(parent)
    , m_threshold(new QDoubleSpinBox(this))
    , m_minShotFrames(new QSpinBox(this))
    , m_detectGradual(new QCheckBox(tr("Detect dissolves, fades and wipes"), this))
    , m_gradualThreshold(new QDoubleSpinBox(this))
    , m_maxFlashSeconds(new QDoubleSpinBox(this))
    , m_samplesPerSecond(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Analysis Settings of “%1”").arg(filmTitle));

    // Ranges as ShotDetectorOptions::validate and AnalysisSettings::fromJson accept them.
    m_threshold->setObjectName(QStringLiteral("cutThreshold"));
    m_threshold->setRange(0.05, 1.0);
    m_threshold->setSingleStep(0.01);
    m_threshold->setDecimals(2);
    m_threshold->setToolTip(tr("Lower finds more cuts between similar shots, and more false "
                               "cuts in fast action. Default 0.22."));
    m_minShotFrames->setObjectName(QStringLiteral("minShotFrames"));
    m_minShotFrames->setRange(1, 1000);
    m_minShotFrames->setSuffix(tr(" frames"));
    m_minShotFrames->setToolTip(tr("No two shot boundaries closer than this. Default 6."));
    m_detectGradual->setObjectName(QStringLiteral("detectGradual"));
    m_gradualThreshold->setObjectName(QStringLiteral("gradualThreshold"));
    m_gradualThreshold->setRange(0.05, 1.0);
    m_gradualThreshold->setSingleStep(0.01);
    m_gradualThreshold->setDecimals(2);
    m_gradualThreshold->setToolTip(
        tr("Higher ignores soft dissolves between similar shots. Default 0.30."));
    m_maxFlashSeconds->setObjectName(QStringLiteral("maxFlashSeconds"));
    m_maxFlashSeconds->setRange(0.0, 1.0);
    m_maxFlashSeconds->setSingleStep(0.05);
    m_maxFlashSeconds->setDecimals(2);
    m_maxFlashSeconds->setSuffix(tr(" s"));
    m_maxFlashSeconds->setToolTip(tr("A flash, strobe or occlusion that returns to the same "
                                     "picture within this time is not a cut. Default 0.25 s."));
    m_samplesPerSecond->setObjectName(QStringLiteral("samplesPerSecond"));
    m_samplesPerSecond->setRange(0.1, 240.0);
    m_samplesPerSecond->setSingleStep(0.5);
    m_samplesPerSecond->setDecimals(1);
    m_samplesPerSecond->setToolTip(tr("Frames per second of film that face detection (every "
                                      "second sample), clutter and the palette see. More is "
                                      "slower. Default 2."));
    connect(m_detectGradual, &QCheckBox::toggled, m_gradualThreshold, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("Cut threshold:"), m_threshold);
    form->addRow(tr("Minimum shot length:"), m_minShotFrames);
    form->addRow(QString(), m_detectGradual);
    form->addRow(tr("Gradual threshold:"), m_gradualThreshold);
    form->addRow(tr("Longest flash:"), m_maxFlashSeconds);
    form->addRow(tr("Samples per second:"), m_samplesPerSecond);

    // Said before OK, because it cannot be undone: a new segmentation replaces the shots.
    auto* warning = new QLabel(tr("On OK the film is analysed again from the start with these "
                                  "settings. Its shots are replaced, hand-edited ones too, and "
                                  "so are their pairs with other films; annotations keep their "
                                  "time ranges."),
                               this);
    warning->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this]() { display(analysis::AnalysisSettings{}); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // the warning in three lines
    display(settings);
}

void AnalysisSettingsDialog::display(const analysis::AnalysisSettings& settings)
{
    const auto& segmentation = settings.segmentation;
    m_threshold->setValue(segmentation.threshold);
    m_minShotFrames->setValue(segmentation.minShotFrames);
    m_detectGradual->setChecked(segmentation.detectGradual);
    m_gradualThreshold->setValue(segmentation.gradualThreshold);
    m_gradualThreshold->setEnabled(segmentation.detectGradual);
    m_maxFlashSeconds->setValue(segmentation.maxFlashSeconds);
    m_samplesPerSecond->setValue(settings.samplesPerSecond);
}

analysis::AnalysisSettings AnalysisSettingsDialog::settings() const
{
    analysis::AnalysisSettings settings;
    settings.segmentation.threshold = m_threshold->value();
    settings.segmentation.minShotFrames = m_minShotFrames->value();
    settings.segmentation.detectGradual = m_detectGradual->isChecked();
    settings.segmentation.gradualThreshold = m_gradualThreshold->value();
    settings.segmentation.maxFlashSeconds = m_maxFlashSeconds->value();
    settings.samplesPerSecond = m_samplesPerSecond->value();
    return settings;
}

} // namespace diptych::ui
