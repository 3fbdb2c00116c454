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
namespace {

void setUpSpinBox(QDoubleSpinBox* box, const QString& name, double minimum, double maximum,
                  double step, int decimals, const QString& toolTip)
{
    box->setObjectName(name);
    box->setDecimals(decimals); // before the range: it rounds the range to this many places
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setToolTip(toolTip);
}

} // namespace

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
    , m_consequence(new QLabel(this))
    , m_initial(settings)
{
    setWindowTitle(tr("Analysis Settings of “%1”").arg(filmTitle));

    // Ranges as ShotDetectorOptions::validate and AnalysisSettings::fromJson accept them.
    setUpSpinBox(m_threshold, QStringLiteral("cutThreshold"), 0.05, 1.0, 0.01, 2,
                 tr("Lower finds more cuts between similar shots, and more false cuts in fast "
                    "action. Default 0.22."));
    m_minShotFrames->setObjectName(QStringLiteral("minShotFrames"));
    m_minShotFrames->setRange(1, 1000);
    m_minShotFrames->setSuffix(tr(" frames"));
    m_minShotFrames->setToolTip(tr("No two shot boundaries closer than this. Default 6."));
    m_detectGradual->setObjectName(QStringLiteral("detectGradual"));
    setUpSpinBox(m_gradualThreshold, QStringLiteral("gradualThreshold"), 0.05, 1.0, 0.01, 2,
                 tr("Higher ignores soft dissolves between similar shots. Default 0.30."));
    setUpSpinBox(m_maxFlashSeconds, QStringLiteral("maxFlashSeconds"), 0.0, 1.0, 0.05, 2,
                 tr("A flash, strobe or occlusion that returns to the same picture within this "
                    "time is not a cut. Default 0.25 s."));
    m_maxFlashSeconds->setSuffix(tr(" s"));
    setUpSpinBox(m_samplesPerSecond, QStringLiteral("samplesPerSecond"), 0.1, 240.0, 0.5, 1,
                 tr("Frames per second of film that face detection (every second sample), "
                    "clutter and the palette see. More is slower. Default 2."));
    connect(m_detectGradual, &QCheckBox::toggled, m_gradualThreshold, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("Cut threshold:"), m_threshold);
    form->addRow(tr("Minimum shot length:"), m_minShotFrames);
    form->addRow(QString(), m_detectGradual);
    form->addRow(tr("Gradual threshold:"), m_gradualThreshold);
    form->addRow(tr("Longest flash:"), m_maxFlashSeconds);
    form->addRow(tr("Samples per second:"), m_samplesPerSecond);

    // Said before OK, because a new segmentation cannot be undone: it replaces the shots.
    m_consequence->setObjectName(QStringLiteral("consequence"));
    m_consequence->setWordWrap(true);
    // Room for the longest of its texts, so the dialog does not squeeze it as the values change.
    m_consequence->setMinimumHeight(m_consequence->fontMetrics().lineSpacing() * 3);
    m_consequence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (auto* box : {m_threshold, m_gradualThreshold, m_maxFlashSeconds, m_samplesPerSecond})
        connect(box, &QDoubleSpinBox::valueChanged, this, &AnalysisSettingsDialog::explain);
    connect(m_minShotFrames, &QSpinBox::valueChanged, this, &AnalysisSettingsDialog::explain);
    connect(m_detectGradual, &QCheckBox::toggled, this, &AnalysisSettingsDialog::explain);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this]() { display(analysis::AnalysisSettings{}); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_consequence);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 76); // the warning in three lines
    display(settings);
    explain();
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

void AnalysisSettingsDialog::explain()
{
    const auto wanted = settings().toJson();
    const auto initial = m_initial.toJson();
    if (wanted.at("segmentation") != initial.at("segmentation"))
        m_consequence->setText(tr("On OK the film is analysed again from the start with these "
                                  "settings. Its shots are replaced, hand-edited ones too, and "
                                  "so are their pairs with other films; annotations keep their "
                                  "time ranges."));
    else if (wanted != initial)
        m_consequence->setText(tr("On OK the film's shots are measured again at this sampling "
                                  "rate. The shots, hand-edited ones too, their pairs and "
                                  "annotations stay as they are."));
    else
        m_consequence->setText(tr("A new segmentation setting analyses the film again and "
                                  "replaces its shots; a new sampling rate only measures them "
                                  "again."));
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
