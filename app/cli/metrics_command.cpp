#include "cli_command.h"
#include "project_films.h"
#include "table_output.h"

#include "analysis/analysis_results.h"
#include "store/project_store.h"

#include <iostream>
#include <memory>

namespace diptych::cli {
namespace {

Cell textCell(const std::string& text)
{
    if (text.empty())
        return std::monostate{};
    // JSON documents (the palette) stay JSON; plain labels (the shot scale) are text.
    if (text.front() == '[' || text.front() == '{')
        return JsonText{text};
    return text;
}

} // namespace

CommandAction addMetricsCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "metrics", "Print one row per shot with every per-shot metric (see METRICS.md)");
    auto options = std::make_shared<ProjectQueryOptions>();
    addProjectQueryOptions(*command, *options);
    command->footer("Columns: film,shot,start_frame,end_frame,start_s,end_s,duration_s, then "
                    "every metric.\nEmpty cells: undefined for the shot, or stale (computed by "
                    "an older algorithm;\nre-run 'diptych-cli analyze').");
    return [command, options]() {
        if (!command->parsed())
            return -1;
        const auto store = store::ProjectStore::openReadOnly(options->project);
        const auto filmId = selectFilm(store, options->film);
        const auto results = analysis::readAnalysisResults(store, filmId);

        Table table;
        table.columns = {"film",    "shot",  "start_frame", "end_frame",
                         "start_s", "end_s", "duration_s"};
        for (const auto& column : results.columns)
            table.columns.push_back(column.name);
        for (const auto& film : results.films) {
            const auto path = film.film.path.string();
            if (!film.staleMetrics.empty())
                std::cerr << "warning: " << path << ": " << film.staleMetrics.size()
                          << " metrics are stale (made by an older algorithm) and left empty; "
                             "re-run 'diptych-cli analyze'\n";
            else if (film.measurementsOutdated)
                std::cerr << "warning: " << path
                          << ": measured by older metric algorithms, or at another sampling "
                             "rate, than now; 'diptych-cli analyze' measures its shots again\n";
            if (!film.complete)
                std::cerr << "warning: " << path << ": analysis incomplete (" << film.shots.size()
                          << " shots so far)\n";
            for (std::size_t i = 0; i < film.shots.size(); ++i) {
                const auto& shot = film.shots[i];
                // One push per cell: GCC 12 misreads a braced list of variants as
                // uninitialised (-Wmaybe-uninitialized).
                std::vector<Cell> row;
                row.reserve(table.columns.size());
                row.emplace_back(path);
                row.emplace_back(std::int64_t(i));
                row.emplace_back(std::int64_t(shot.shot.startFrame));
                row.emplace_back(std::int64_t(shot.shot.endFrame));
                row.emplace_back(shot.startSeconds);
                row.emplace_back(shot.endSeconds);
                row.emplace_back(shot.endSeconds - shot.startSeconds);
                for (std::size_t c = 0; c < results.columns.size(); ++c) {
                    if (results.columns[c].isText)
                        row.push_back(textCell(shot.texts[c]));
                    else
                        row.push_back(shot.numbers[c]);
                }
                table.rows.push_back(std::move(row));
            }
        }
        writeTable(std::cout, table, options->format);
        return 0;
    };
}

} // namespace diptych::cli
