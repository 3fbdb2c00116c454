#pragma once

#include "annotation/coding_units.h"
#include "model/ids.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;

namespace diptych::ui {

class DisagreementModel;
class ProjectDocument;
struct AgreementOutcome;

/// Inter-coder agreement on one film of the project: a film and a tier ("All tiers" or one of
/// the film's tiers) are chosen; the panel shows the coded shots, the coders, Krippendorff's α
/// (nominal) and Fleiss' κ with the shots each used, Cohen's κ of every pair of coders, α per
/// code, and below them the shots on which coders disagree. Undefined coefficients read "—"
/// with a tooltip saying why. Activating a disagreement (double-click, Enter) asks to go to
/// that shot.
///
/// Units are the film's shots (see annotation::buildFilmCoding). The coefficients are
/// computed on a worker thread with a read-only store connection of its own; requests made
/// while one runs are coalesced into one more run after it, and only the newest request's
/// outcome is shown. The panel may be destroyed while a computation runs. UI thread only.
class AgreementPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementPanel)

public:
    explicit AgreementPanel(QWidget* parent = nullptr);
    ~AgreementPanel() override;

    /// The open project, nullptr when none. Not owned.
    void setDocument(ProjectDocument* document);

    /// The film whose coding is shown; nullopt when the project has no film (or none is open).
    [[nodiscard]] std::optional<model::FilmId> film() const;
    /// Chooses the film, as the panel's combo does (refreshes). Unknown ids are ignored.
    void setFilm(model::FilmId film);
    /// The tier name chosen; empty for all tiers.
    [[nodiscard]] QString tier() const;
    /// Chooses the tier by name, as the panel's combo does (refreshes); empty for all tiers.
    /// A name the film has no tier of is ignored.
    void setTier(const QString& name);

    /// The report on show; nullptr while a message stands in for it (no project, no film,
    /// fewer than two coders, an error) or before the first computation finished.
    [[nodiscard]] const annotation::AgreementReport* report() const;
    /// The disagreements on show, a DisagreementModel (empty with the report).
    [[nodiscard]] QAbstractItemModel* disagreements() const;
    /// The one-line message shown instead of the report; empty while a report is shown.
    [[nodiscard]] QString errorText() const { return m_errorText; }

public Q_SLOTS:
    /// Recomputes for the chosen film and tier (after annotations changed).
    void refresh();

Q_SIGNALS:
    /// A disagreement was activated: go to `frame` (0-based, the shot's first frame) of `film`.
    void seekRequested(diptych::model::FilmId film, diptych::model::Frame frame);
    /// A computation's outcome (report or message) is on show. Stale outcomes, dropped for a
    /// newer request, do not emit it.
    void refreshed();

private:
    void reloadFilms();
    void startComputation();
    void adopt(AgreementOutcome outcome);
    void showReport(const annotation::AgreementReport& report);
    void showMessage(const QString& message);
    void activateRow(int row);

    QPointer<ProjectDocument> m_document;
    QComboBox* m_filmCombo = nullptr;
    QComboBox* m_tierCombo = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_details = nullptr;
    QTableWidget* m_coefficients = nullptr;
    QTableWidget* m_perCode = nullptr;
    QTableView* m_disagreementView = nullptr;
    DisagreementModel* m_disagreements = nullptr;

    std::optional<annotation::AgreementReport> m_report;
    QString m_errorText;
    /// Bumped by every request; outcomes of older requests are dropped.
    std::uint64_t m_generation = 0;
    bool m_running = false; ///< a computation is in flight
    bool m_pending = false; ///< a request came while it ran: one more run after it
};

} // namespace diptych::ui
