#include "cli_command.h"
#include "project_films.h"
#include "table_output.h"

#include "annotation/coding_units.h"
#include "common/error.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace diptych::cli {

namespace {

// ordered_json keeps the documented key order for readers who diff the output.
using Json = nlohmann::ordered_json;

Json toJson(const annotation::Statistic& statistic)
{
    return statistic.value ? Json(*statistic.value) : Json(nullptr);
}

Cell toCell(const annotation::Statistic& statistic)
{
    return statistic.value ? Cell(*statistic.value) : Cell();
}

// Coders in one CSV field; ";" because names are free text that may hold commas.
std::string joinCoders(const std::vector<std::string>& coders)
{
    std::string joined;
    for (const auto& coder : coders)
        joined += (joined.empty() ? "" : ";") + coder;
    return joined;
}

void writeReportJson(std::ostream& out, const annotation::AgreementReport& report)
{
    Json pairwise = Json::array();
    for (const auto& pair : report.pairwise)
        pairwise.push_back({{"coders", {report.coders[pair.a], report.coders[pair.b]}},
                            {"cohen_kappa", toJson(pair.cohenKappa)},
                            {"units", pair.cohenKappa.units}});
    Json perCode = Json::array();
    for (const auto& code : report.perCode)
        perCode.push_back(
            {{"code", code.code}, {"krippendorff_alpha", toJson(code.krippendorffAlpha)}});
    Json json;
    json["units"] = report.codedUnits;
    json["coders"] = report.coders;
    json["krippendorff_alpha"] = toJson(report.krippendorffAlpha);
    json["fleiss_kappa"] = toJson(report.fleissKappa);
    json["pairwise"] = pairwise;
    json["per_code"] = perCode;
    out << json.dump() << '\n';
}

Table toTable(const annotation::AgreementReport& report)
{
    Table table;
    table.columns = {"statistic", "coders", "code", "value", "units"};
    const auto everyone = joinCoders(report.coders);
    auto add = [&](std::string statistic, std::string coders, std::string code, Cell value,
                   std::size_t units) {
        table.rows.push_back({std::move(statistic), std::move(coders), std::move(code),
                              std::move(value), std::int64_t(units)});
    };
    add("coded_units", everyone, "", Cell(), report.codedUnits);
    add("krippendorff_alpha", everyone, "", toCell(report.krippendorffAlpha),
        report.krippendorffAlpha.units);
    add("fleiss_kappa", everyone, "", toCell(report.fleissKappa), report.fleissKappa.units);
    for (const auto& pair : report.pairwise)
        add("cohen_kappa", joinCoders({report.coders[pair.a], report.coders[pair.b]}), "",
            toCell(pair.cohenKappa), pair.cohenKappa.units);
    for (const auto& code : report.perCode)
        add("krippendorff_alpha", everyone, code.code, toCell(code.krippendorffAlpha),
            code.krippendorffAlpha.units);
    return table;
}

} // namespace

CommandAction addAgreementCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "agreement", "Print agreement between coders on one film's shots: Krippendorff's alpha, "
                     "Fleiss' kappa, pairwise Cohen's kappa, per-code alpha");
    command->footer(
        "Units are the film's shots; a coder's value of a shot is the set of codes they applied "
        "there (in the tier given, else in all the film's tiers), joined by ' + '; a shot a "
        "coder did not code is missing, not a category. Free-text annotations are ignored.\n"
        "A project with several films needs --film: each film is its own set of units.\n"
        "JSON: {\"units\": shots coded by anyone, \"coders\": [...], \"krippendorff_alpha\", "
        "\"fleiss_kappa\" (shots coded by every coder), \"pairwise\": [{\"coders\", "
        "\"cohen_kappa\", \"units\"}], \"per_code\": [{\"code\", \"krippendorff_alpha\"}]}; "
        "undefined values are null.\n"
        "CSV: statistic,coders,code,value,units (coders joined by ';'; units = the shots each "
        "value was computed over: shots with 2+ codings for alpha, shots both coders coded for "
        "Cohen's kappa, shots every coder coded for Fleiss' kappa; first row coded_units).");
    auto options = std::make_shared<ProjectQueryOptions>();
    addProjectQueryOptions(*command, *options);
    auto tier = std::make_shared<std::string>();
    command->add_option("--tier", *tier, "Only this tier (by name; default: every tier)");
    return [command, options, tier]() {
        if (!command->parsed())
            return -1;
        const auto store = store::ProjectStore::openReadOnly(options->project);
        const std::string& projectPath = options->project;
        auto film = selectFilm(store, options->film);
        if (!film) {
            const auto films = store.films().list();
            if (films.empty())
                throw Error(projectPath + ": the project has no films");
            if (films.size() > 1)
                throw Error(projectPath + ": the project has " + std::to_string(films.size()) +
                            " films: choose one with --film PATH");
            film = films.front().id;
        }
        const auto coding = annotation::buildFilmCoding(store, *film, *tier);
        if (coding.matrix.coders.size() < 2)
            throw Error(projectPath + ": agreement needs at least 2 coders who coded shots" +
                        (tier->empty() ? std::string() : " in tier \"" + *tier + "\"") +
                        ", found " + std::to_string(coding.matrix.coders.size()));
        const auto report = annotation::summarizeAgreement(coding);
        if (options->format == "json")
            writeReportJson(std::cout, report);
        else
            writeCsv(std::cout, toTable(report));
        return 0;
    };
}

} // namespace diptych::cli
