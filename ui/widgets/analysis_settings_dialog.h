#pragma once

#include "analysis/pipeline/analysis_settings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace diptych::ui {

/// File ▸ Film Analysis Settings: one film's segmentation parameters (cut threshold, minimum
/// shot length, gradual transitions, longest flash) and its sampling rate for the sampled
/// extractors, with the ranges ShotDetectorOptions and AnalysisSettings document. The dialog
/// only edits values; the caller stores them and analyses the film again.
class AnalysisSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisSettingsDialog)

public:
    AnalysisSettingsDialog(const QString& filmTitle, const analysis::AnalysisSettings& settings,
                           QWidget* parent = nullptr);

    /// The values as the dialog shows them.
    [[nodiscard]] analysis::AnalysisSettings settings() const;

private:
    void display(const analysis::AnalysisSettings& settings);

    QDoubleSpinBox* m_threshold;
    QSpinBox* m_minShotFrames;
    QCheckBox* m_detectGradual;
    QDoubleSpinBox* m_gradualThreshold;
    QDoubleSpinBox* m_maxFlashSeconds;
    QDoubleSpinBox* m_samplesPerSecond;
};

} // namespace diptych::ui
