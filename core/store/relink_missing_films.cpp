#include "store/relink_missing_films.h"

#include "store/file_fingerprint.h"
#include "store/project_store.h"
#include "store/store_log.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <system_error>
#include <utility>

namespace diptych::store {
namespace {

constexpr long long kProgressEvery = 256; // directory entries between progress reports

struct MissingFilm
{
    model::FilmId id;
    std::filesystem::path path;
    std::string fingerprint;
    bool found = false;
};

} // namespace

RelinkResult relinkMissingFilms(ProjectStore& store, const std::filesystem::path& folder,
                                const CancellationToken* cancel, const ProgressSink& progress)
{
    RelinkResult result;
    std::multimap<std::uintmax_t, MissingFilm> missingBySize;
    // A file that already is another film of the project is not a candidate: relinking to it
    // would make two films share one path.
    std::set<std::filesystem::path> takenPaths;
    for (const auto& film : store.films().list()) {
        std::error_code ec;
        if (std::filesystem::exists(film.path, ec)) {
            takenPaths.insert(std::filesystem::weakly_canonical(film.path, ec));
            continue;
        }
        if (film.fingerprint.empty() || film.sizeBytes <= 0)
            result.stillMissing.push_back(film.id);
        else
            missingBySize.emplace(static_cast<std::uintmax_t>(film.sizeBytes),
                                  MissingFilm{film.id, film.path, film.fingerprint});
    }
    if (missingBySize.empty())
        return result;

    std::vector<std::pair<model::FilmId, std::filesystem::path>> changes;
    std::error_code ec;
    const auto options = std::filesystem::directory_options::skip_permission_denied;
    long long visited = 0;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, options, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (cancel)
            cancel->throwIfCancelled();
        if (progress && ++visited % kProgressEvery == 0)
            progress(visited, 0);
        std::error_code entryError;
        if (!it->is_regular_file(entryError))
            continue;
        const auto size = it->file_size(entryError);
        if (entryError)
            continue;
        auto [first, last] = missingBySize.equal_range(size);
        if (first == last ||
            takenPaths.contains(std::filesystem::weakly_canonical(it->path(), entryError)))
            continue;
        std::string fingerprint;
        try {
            fingerprint = fileFingerprint(it->path());
        } catch (const std::exception& e) {
            storeLog().warn("relink: skipping {}", e.what());
            continue;
        }
        for (auto candidate = first; candidate != last; ++candidate) {
            auto& film = candidate->second;
            if (film.found || film.fingerprint != fingerprint)
                continue;
            film.found = true;
            changes.emplace_back(film.id, it->path());
            result.relinked.push_back({film.id, film.path, it->path()});
            break; // one file serves one film; an identical copy may serve another
        }
    }
    if (ec)
        storeLog().warn("relink: cannot search {}: {}", folder.string(), ec.message());

    if (!changes.empty()) {
        store.films().updatePaths(changes);
        for (const auto& film : result.relinked)
            storeLog().info("{}: relinked film {} from {} to {}", store.path().string(),
                            film.filmId, film.oldPath.string(), film.newPath.string());
    }
    for (const auto& [size, film] : missingBySize)
        if (!film.found)
            result.stillMissing.push_back(film.id);
    std::sort(result.stillMissing.begin(), result.stillMissing.end());
    return result;
}

} // namespace diptych::store
