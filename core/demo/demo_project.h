#pragma once

#include "common/cancellation.h"
#include "model/ids.h"

#include <filesystem>

namespace diptych::demo {

/// What createDemoProject did and where the results are.
struct DemoProjectResult
{
    std::filesystem::path projectPath;  ///< the project file
    std::filesystem::path originalPath; ///< mediaDirectory/original.mkv
    std::filesystem::path remakePath;   ///< mediaDirectory/remake.mkv
    model::FilmId originalFilm = 0;     ///< the films' ids in the project
    model::FilmId remakeFilm = 0;
    int filmsRendered = 0; ///< demo films rendered by this call (0..2)
    int filmsAnalysed = 0; ///< films analysed or resumed by this call (0..2)
    bool upToDate = false; ///< everything already existed: the call changed nothing
};

/// Makes the demo project: renders the two demo films (see demo_film.h) as `original.mkv` and
/// `remake.mkv` in `mediaDirectory` (created if needed; a film that exists and probes as the
/// expected demo film is kept), creates the project at `projectPath` (or opens it when it
/// exists), adds both films titled "Original" and "Remake", and analyses both completely.
///
/// Idempotent and resumable: when the project holds both films, completely analysed, and both
/// files exist, nothing is done (`upToDate`); after a cancellation or a crash a second call
/// continues (rendering only a missing film, resuming an interrupted analysis).
///
/// Progress is one overall fraction in thousandths (done of 1000): rendering is the first 30 %
/// (15 % per film), analysis the remaining 70 % (35 % per film). Long (about a minute on two
/// cores): run it on a worker thread. Throws MediaError (a film cannot be rendered or read),
/// StoreError (the project cannot be created, opened or written, e.g. it is not a Diptych
/// project), Cancelled (no partial film is left; committed analysis stays and is resumed).
DemoProjectResult createDemoProject(const std::filesystem::path& projectPath,
                                    const std::filesystem::path& mediaDirectory,
                                    const CancellationToken* cancel = nullptr,
                                    const ProgressSink& progress = {});

/// Where the demo lives by default: $XDG_DATA_HOME/diptych/demo, or
/// ~/.local/share/diptych/demo without XDG_DATA_HOME (the system temp folder without HOME).
/// Not created here. The project is defaultDemoDirectory() / "demo.diptych", the films sit
/// next to it.
std::filesystem::path defaultDemoDirectory();

/// defaultDemoDirectory() / "demo.diptych".
std::filesystem::path defaultDemoProjectPath();

} // namespace diptych::demo
