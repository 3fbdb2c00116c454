#include "cli_command.h"
#include "console_progress.h"
#include "segmentation_options.h"

#include "analysis/pipeline/analysis_settings.h"
#include "analysis/pipeline/film_analyzer.h"
#include "common/error.h"
#include "ingest/film_ingest.h"
#include "store/project_store.h"

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

namespace diptych::cli {
namespace {

/// The project's film for `file`, adding it (probe, fingerprint, frame index) when new.
model::Film findOrAddFilm(store::ProjectStore& store, const std::filesystem::path& file)
{
    const auto absolute = std::filesystem::absolute(file).lexically_normal();
    if (auto film = store.films().findByPath(absolute))
        return *film;
    const auto ingested = ingest::ingestFilm(file, &interruptToken());
    for (const auto& warning : ingested.warnings)
        std::cerr << "warning: " << file.string() << ": " << warning << '\n';
    return ingest::addIngestedFilm(store, ingested.film, ingested.frameIndex);
}

/// Stores the command-line segmentation options as the film's settings (kept for later runs
/// and the GUI); a change makes analyzeFilm start the film again.
void applySettings(store::ProjectStore& store, const model::Film& film,
                   const SegmentationOptions& options, std::optional<double> samplesPerSecond)
{
    if (!options.any() && !samplesPerSecond)
        return;
    auto json = nlohmann::json::object();
    if (const auto state = store.analysis().get(film.id))
        json = nlohmann::json::parse(state->settingsJson);
    auto settings = analysis::AnalysisSettings::fromJson(json);
    settings.segmentation = options.apply(settings.segmentation);
    if (samplesPerSecond)
        settings.samplesPerSecond = *samplesPerSecond;
    settings = analysis::AnalysisSettings::fromJson(settings.toJson()); // validates
    store.analysis().saveSettings(film.id, settings.toJson().dump());
}

std::string progressLine(std::size_t filmNumber, std::size_t filmCount, const std::string& name,
                         const analysis::AnalysisProgress& p)
{
    const double percent =
        p.frameCount > 0 ? 100.0 * double(p.framesDone) / double(p.frameCount) : 0.0;
    char buffer[256];
    std::snprintf(buffer, sizeof buffer,
                  "[%zu/%zu] %s: %lld/%lld frames (%.0f%%), %.0f fps, %d shots, ETA %s", filmNumber,
                  filmCount, name.c_str(), static_cast<long long>(p.framesDone),
                  static_cast<long long>(p.frameCount), percent, p.framesPerSecond,
                  p.shotsCommitted, formatEta(p.etaSeconds).c_str());
    return buffer;
}

} // namespace

CommandAction addAnalyzeCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "analyze", "Segment films into shots and measure every shot into a project "
                   "(resumable: an interrupted run continues where it stopped)");
    struct Options
    {
        std::vector<std::string> files;
        std::string project;
        int threads = 0;
        bool force = false;
        SegmentationOptions segmentation;
        std::optional<double> samplesPerSecond;
    };
    auto options = std::make_shared<Options>();
    command->add_option("FILE", options->files, "Media files")->required();
    command->add_option("--project,-p", options->project, "Project file (created if missing)")
        ->required();
    command
        ->add_option("--threads,-j", options->threads,
                     "Worker threads measuring frames (0: one per core)")
        ->check(CLI::Range(0, 64));
    command->add_flag("--force", options->force,
                      "Analyse again from the start even when results are complete and current");
    addSegmentationOptions(*command, options->segmentation);
    command
        ->add_option("--samples-per-second", options->samplesPerSecond,
                     "Frames per second of film the sampled extractors see (palette, clutter; "
                     "faces on every second one); default 2")
        ->check(CLI::Range(0.1, 240.0));
    return [command, options]() {
        if (!command->parsed())
            return -1;
        installInterruptHandler();
        auto store = store::ProjectStore::openOrCreate(options->project);
        analysis::FilmAnalysisOptions analysisOptions;
        analysisOptions.threads = options->threads;
        analysisOptions.force = options->force;
        const auto count = options->files.size();
        for (std::size_t i = 0; i < count; ++i) {
            const std::filesystem::path file = options->files[i];
            const auto film = findOrAddFilm(store, file);
            applySettings(store, film, options->segmentation, options->samplesPerSecond);
            ConsoleProgress progress;
            const auto name = file.filename().string();
            const auto report =
                analysis::analyzeFilm(store, film, analysisOptions, &interruptToken(),
                                      [&](const analysis::AnalysisProgress& p) {
                                          progress.show(progressLine(i + 1, count, name, p));
                                      });
            progress.done();
            using Outcome = analysis::FilmAnalysisReport::Outcome;
            const char* what = report.outcome == Outcome::UpToDate     ? "up to date"
                               : report.outcome == Outcome::Resumed    ? "resumed"
                               : report.outcome == Outcome::Remeasured ? "shots measured again"
                                                                       : "analysed";
            std::cerr << "[" << i + 1 << "/" << count << "] " << name << ": " << what << ", "
                      << report.shots << " shots, " << report.frameCount << " frames";
            if (report.outcome != Outcome::UpToDate) {
                std::fprintf(stderr, " in %.1f s", report.seconds);
            }
            std::cerr << '\n';
            if (report.repairedFrames > 0)
                std::cerr << "warning: " << name << ": " << report.repairedFrames
                          << " undecodable frames were replaced by the previous frame\n";
        }
        return 0;
    };
}

} // namespace diptych::cli
