#include "cli_command.h"
#include "project_films.h"
#include "table_output.h"

#include "annotation/code_query.h"
#include "store/project_store.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace diptych::cli {
namespace {

// The label of the B − A rows, in the film column, so CSV and JSON keep one row shape.
constexpr const char* kDifference = "difference (B - A)";

struct QueryOptions
{
    std::string project;
    std::vector<std::string> codes;
    std::vector<std::string> metrics;
    std::string coder;
    std::string filmA;
    std::string filmB;
    std::string format = "table";
};

Table resultTable(const annotation::CodeQueryResult& result)
{
    Table table;
    table.columns = {"code", "metric", "film", "coded_shots", "n",   "missing",
                     "mean", "median", "sd",   "q25",         "q75", "iqr"};
    for (const auto& row : result.rows) {
        for (const auto& film : row.films) {
            const auto& s = film.summary;
            // One push per cell: GCC 12 misreads a braced list of variants as uninitialised.
            std::vector<Cell> cells;
            cells.emplace_back(row.code);
            cells.emplace_back(row.metric);
            cells.emplace_back(film.film.path.string());
            cells.emplace_back(std::int64_t(film.codedShots));
            cells.emplace_back(std::int64_t(s.count));
            cells.emplace_back(std::int64_t(s.missing));
            for (const double value :
                 {s.mean, s.median, s.standardDeviation, s.q25, s.q75, s.interquartileRange})
                cells.emplace_back(value);
            table.rows.push_back(std::move(cells));
        }
        if (row.meanDifference) {
            std::vector<Cell> cells;
            cells.emplace_back(row.code);
            cells.emplace_back(row.metric);
            cells.emplace_back(std::string(kDifference));
            for (int i = 0; i < 3; ++i)
                cells.emplace_back(std::monostate{});
            cells.emplace_back(*row.meanDifference);
            cells.emplace_back(*row.medianDifference);
            for (int i = 0; i < 4; ++i)
                cells.emplace_back(std::monostate{});
            table.rows.push_back(std::move(cells));
        }
    }
    return table;
}

std::string cellText(const Cell& cell)
{
    if (const auto* text = std::get_if<std::string>(&cell))
        return *text;
    if (const auto* integer = std::get_if<std::int64_t>(&cell))
        return std::to_string(*integer);
    if (const auto* real = std::get_if<double>(&cell); real && std::isfinite(*real)) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.6g", *real);
        return buffer;
    }
    return "-";
}

// For people at a terminal: aligned columns, six significant digits, "-" for no value.
void writeAligned(std::ostream& out, const Table& table)
{
    std::vector<std::vector<std::string>> lines = {table.columns};
    for (const auto& row : table.rows) {
        std::vector<std::string> line;
        for (const auto& cell : row)
            line.push_back(cellText(cell));
        lines.push_back(std::move(line));
    }
    std::vector<std::size_t> widths(table.columns.size(), 0);
    for (const auto& line : lines)
        for (std::size_t i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    for (const auto& line : lines) {
        std::string text;
        for (std::size_t i = 0; i < line.size(); ++i) {
            // Text columns (code, metric, film) to the left, numbers to the right.
            const auto pad = std::string(widths[i] - line[i].size(), ' ');
            text += (i ? "  " : "") + (i < 3 ? line[i] + pad : pad + line[i]);
        }
        out << text.substr(0, text.find_last_not_of(' ') + 1) << '\n';
    }
}

} // namespace

CommandAction addQueryCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "query", "Measure the shots coded with a code: per film, count, mean, median, SD and "
                 "quartiles of each metric");
    auto options = std::make_shared<QueryOptions>();
    command->add_option("--project,-p", options->project, "Project file")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("--code", options->codes, "Code label or path Parent/Child (repeatable)")
        ->required();
    command->add_option("--metric", options->metrics, "Per-shot metric name (repeatable)")
        ->required();
    command->add_option("--coder", options->coder, "Only this coder's annotations");
    auto* filmA = command->add_option("--film-a", options->filmA, "Film A (its path as added)");
    auto* filmB = command->add_option("--film-b", options->filmB, "Film B (its path as added)");
    filmA->needs(filmB);
    filmB->needs(filmA);
    command->add_option("--format", options->format, "Output format")
        ->check(CLI::IsMember({"table", "csv", "json"}));
    command->footer(
        "One row per code, metric and film: coded_shots (distinct shots carrying the code),\n"
        "n (shots with a value), missing (coded shots without one, left out), then mean,\n"
        "median, sd (sample), q25, q75, iqr of the metric over those shots. With two films\n"
        "(the project's two, or --film-a/--film-b) a row 'difference (B - A)' follows with\n"
        "the differences of the means and medians.");
    return [command, options]() {
        if (!command->parsed())
            return -1;
        const auto store = store::ProjectStore::openReadOnly(options->project);
        annotation::CodeQuery query;
        query.codes = options->codes;
        query.metrics = options->metrics;
        if (!options->coder.empty())
            query.coder = options->coder;
        if (!options->filmA.empty()) {
            query.filmA = selectFilm(store, options->filmA);
            query.filmB = selectFilm(store, options->filmB);
        }
        const auto table = resultTable(annotation::queryCodes(store, query));
        if (options->format == "table")
            writeAligned(std::cout, table);
        else
            writeTable(std::cout, table, options->format);
        return 0;
    };
}

} // namespace diptych::cli
