#pragma once

#include "exchange/exchange.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace diptych::ui {

class JobRunner;

/// Runs dataset exports and annotation imports (core/exchange) as JobRunner jobs, with their
/// own store connection on the worker thread, so writing keyframes or parsing a large ELAN file
/// never blocks the interface and can be cancelled from the status bar.
class DatasetController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetController)

public:
    explicit DatasetController(JobRunner& jobs, QObject* parent = nullptr);

    /// Exports the project at `project` (read-only connection) in `format` to `out`.
    void exportDataset(const QString& project, exchange::ExportFormat format, const QString& out,
                       std::optional<model::FilmId> film = std::nullopt);
    /// Imports `file` into the project at `project` in one transaction; `film` as
    /// exchange::ImportOptions::film.
    void importFile(const QString& project, const QString& file,
                    std::optional<model::FilmId> film = std::nullopt);

    /// The menu text of a format ("ELAN EAF…"), translated.
    [[nodiscard]] static QString formatTitle(exchange::ExportFormat format);

Q_SIGNALS:
    /// `files` files were written to `out`; `warnings` names what was left out.
    void exported(const QString& out, int files, const QStringList& warnings);
    /// `summary` is one line ("ELAN EAF 2.8: 3 tiers, 120 annotations added").
    void imported(const QString& file, const QString& summary);

private:
    JobRunner& m_jobs;
};

} // namespace diptych::ui
