#include "cli_command.h"
#include "project_films.h"
#include "table_output.h"

#include "analysis/analysis_results.h"
#include "analysis/film_statistics.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace diptych::cli {

CommandAction addStatsCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "stats", "Print shot-length statistics per film (Cinemetrics: ASL, MSL, spread, "
                 "lognormal fit, 1-second histogram)");
    auto options = std::make_shared<ProjectQueryOptions>();
    addProjectQueryOptions(*command, *options);
    return [command, options]() {
        if (!command->parsed())
            return -1;
        const auto store = store::ProjectStore::openReadOnly(options->project);
        const auto results = analysis::readAnalysisResults(store, selectFilm(store, options->film));
        Table table;
        table.columns = {"film",  "shots", "duration_s",   "asl_s",           "msl_s",
                         "sd_s",  "cv",    "q10_s",        "q25_s",           "q75_s",
                         "q90_s", "iqr_s", "lognormal_mu", "lognormal_sigma", "histogram_1s"};
        for (const auto& film : results.films) {
            std::vector<double> lengths;
            for (const auto& shot : film.shots)
                lengths.push_back(shot.endSeconds - shot.startSeconds);
            const auto s = analysis::computeFilmStatistics(lengths);
            std::vector<Cell> row;
            row.emplace_back(film.film.path.string());
            row.emplace_back(std::int64_t(s.shotCount));
            for (const double value :
                 {s.durationSeconds, s.averageShotLength, s.medianShotLength, s.standardDeviation,
                  s.coefficientOfVariation, s.q10, s.q25, s.q75, s.q90, s.interquartileRange,
                  s.lognormalMu, s.lognormalSigma})
                row.emplace_back(value);
            row.emplace_back(JsonText{nlohmann::json(s.histogram).dump()});
            table.rows.push_back(std::move(row));
        }
        writeTable(std::cout, table, options->format);
        return 0;
    };
}

} // namespace diptych::cli
