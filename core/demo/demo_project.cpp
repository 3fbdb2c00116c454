#include "demo/demo_project.h"

#include "analysis/pipeline/film_analyzer.h"
#include "common/error.h"
#include "demo/demo_film.h"
#include "ingest/film_ingest.h"
#include "log/log.h"
#include "media/probe.h"
#include "store/project_store.h"

#include <array>
#include <cstdlib>
#include <optional>
#include <string>

namespace diptych::demo {
namespace {

// Overall progress in thousandths: rendering takes the first 30 %, analysis the rest.
constexpr long long kProgressTotal = 1000;
constexpr long long kRenderShare = 150;   // per film
constexpr long long kAnalysisShare = 350; // per film

struct DemoFilmSpec
{
    DemoVariant variant;
    const char* fileName;
    const char* title;
};
constexpr std::array<DemoFilmSpec, 2> kFilms = {{
    {DemoVariant::Original, "original.mkv", "Original"},
    {DemoVariant::Remake, "remake.mkv", "Remake"},
}};

std::filesystem::path normalised(const std::filesystem::path& path)
{
    return std::filesystem::absolute(path).lexically_normal();
}

/// True when `path` is a complete demo film: it probes as H.264 at the demo's size with the
/// demo's frame count. A damaged or foreign file is rendered again.
bool isUsableDemoFilm(const std::filesystem::path& path, const CancellationToken* cancel)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        return false;
    try {
        media::ProbeOptions options;
        options.cancel = cancel;
        const auto probed = media::probe(path, options);
        const auto& video = probed.info.video;
        return video.codec == "h264" && video.width == kDemoWidth && video.height == kDemoHeight &&
               video.frameCount == demoFrameCount();
    } catch (const MediaError& e) {
        log::get("media")->warn("{}: not a usable demo film, rendering it again", e.what());
        return false;
    }
}

/// The project's film for `path`, adding it (probe, fingerprint, frame index) when new.
model::Film findOrAddFilm(store::ProjectStore& store, const std::filesystem::path& path,
                          const char* title, const CancellationToken* cancel)
{
    if (auto film = store.films().findByPath(path))
        return *film;
    auto ingested = ingest::ingestFilm(path, cancel);
    ingested.film.title = title;
    return ingest::addIngestedFilm(store, ingested.film, ingested.frameIndex);
}

/// True when the project at `projectPath` already holds both films, completely analysed.
bool isComplete(const std::filesystem::path& projectPath, DemoProjectResult& result)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(projectPath, error) ||
        !std::filesystem::is_regular_file(result.originalPath, error) ||
        !std::filesystem::is_regular_file(result.remakePath, error))
        return false;
    std::optional<store::ProjectStore> opened;
    try {
        opened.emplace(store::ProjectStore::openReadOnly(projectPath));
    } catch (const StoreError&) {
        return false; // e.g. an older schema: the full path below opens it read-write
    }
    const auto& store = *opened;
    const auto original = store.films().findByPath(result.originalPath);
    const auto remake = store.films().findByPath(result.remakePath);
    if (!original || !remake)
        return false;
    for (const auto& film : {*original, *remake}) {
        const auto state = store.analysis().get(film.id);
        if (!state || !state->complete)
            return false;
    }
    result.originalFilm = original->id;
    result.remakeFilm = remake->id;
    return true;
}

} // namespace

DemoProjectResult createDemoProject(const std::filesystem::path& projectPath,
                                    const std::filesystem::path& mediaDirectory,
                                    const CancellationToken* cancel, const ProgressSink& progress)
{
    DemoProjectResult result;
    result.projectPath = normalised(projectPath);
    result.originalPath = normalised(mediaDirectory / kFilms[0].fileName);
    result.remakePath = normalised(mediaDirectory / kFilms[1].fileName);
    const std::array<std::filesystem::path, 2> paths = {result.originalPath, result.remakePath};
    auto report = [&](long long done) {
        if (progress)
            progress(std::min(done, kProgressTotal), kProgressTotal);
    };

    if (isComplete(result.projectPath, result)) {
        result.upToDate = true;
        report(kProgressTotal);
        return result;
    }

    for (std::size_t i = 0; i < kFilms.size(); ++i) {
        const long long base = kRenderShare * static_cast<long long>(i);
        if (!isUsableDemoFilm(paths[i], cancel)) {
            renderDemoFilm(paths[i], kFilms[i].variant, cancel,
                           [&](long long done, long long total) {
                               report(base + (total > 0 ? kRenderShare * done / total : 0));
                           });
            ++result.filmsRendered;
        }
        report(base + kRenderShare);
    }

    std::error_code error;
    if (!result.projectPath.parent_path().empty())
        std::filesystem::create_directories(result.projectPath.parent_path(), error);
    auto store = std::filesystem::exists(result.projectPath, error)
                     ? store::ProjectStore::open(result.projectPath)
                     : store::ProjectStore::create(result.projectPath);
    std::array<model::Film, 2> films;
    for (std::size_t i = 0; i < kFilms.size(); ++i)
        films[i] = findOrAddFilm(store, paths[i], kFilms[i].title, cancel);
    result.originalFilm = films[0].id;
    result.remakeFilm = films[1].id;

    for (std::size_t i = 0; i < kFilms.size(); ++i) {
        const long long base = 2 * kRenderShare + kAnalysisShare * static_cast<long long>(i);
        const auto analysed = analysis::analyzeFilm(
            store, films[i], {}, cancel, [&](const analysis::AnalysisProgress& p) {
                if (p.frameCount > 0)
                    report(base + kAnalysisShare * p.framesDone / p.frameCount);
            });
        if (analysed.outcome != analysis::FilmAnalysisReport::Outcome::UpToDate)
            ++result.filmsAnalysed;
        report(base + kAnalysisShare);
    }
    log::get("store")->info("{}: demo project ready ({} films rendered, {} analysed)",
                            result.projectPath.string(), result.filmsRendered,
                            result.filmsAnalysed);
    report(kProgressTotal);
    return result;
}

std::filesystem::path defaultDemoDirectory()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "diptych" / "demo";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share" / "diptych" / "demo";
    return std::filesystem::temp_directory_path() / "diptych" / "demo";
}

std::filesystem::path defaultDemoProjectPath()
{
    return defaultDemoDirectory() / "demo.diptych";
}

} // namespace diptych::demo
