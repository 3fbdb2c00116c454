#pragma once

#include "analysis/pipeline/analysis_settings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace diptych::ui {

/// File ▸ Film Analysis Settings: one film's segmentation parameters (cut threshold, minimum
/// shot length, gradual transitions, longest flash) and its sampling rate for the sampled
/// extractors, with the ranges ShotDetectorOptions and AnalysisSettings document. Below the
/// values it says what OK will do: a new segmentation replaces the film's shots, a new sampling
/// rate only measures them again. The dialog only edits values; the caller stores them and
/// has the film analysed again.
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
    /// Says what OK will do with the values shown, compared with the film's settings.
    void explain();

    QDoubleSpinBox* m_threshold;
    QSpinBox* m_minShotFrames;
    QCheckBox* m_detectGradual;
    QDoubleSpinBox* m_gradualThreshold;
    QDoubleSpinBox* m_maxFlashSeconds;
    QDoubleSpinBox* m_samplesPerSecond;
    QLabel* m_consequence;
    analysis::AnalysisSettings m_initial; ///< the film's settings when the dialog opened
};

} // namespace diptych::ui
