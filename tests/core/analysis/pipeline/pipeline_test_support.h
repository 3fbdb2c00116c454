#pragma once

// What the pipeline tests share: adding a film to a project, and the results of a film as
// text lines for exact comparisons between runs.
#include "analysis/analysis_results.h"
#include "ingest/film_ingest.h"
#include "store/project_store.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace diptych::test {

/// Ingests `file` (probe, frame index, fingerprint) and stores it as a film of `store`.
inline model::Film addFilm(store::ProjectStore& store, const std::filesystem::path& file)
{
    const auto ingested = ingest::ingestFilm(file);
    return ingest::addIngestedFilm(store, ingested.film, ingested.frameIndex);
}

/// Every shot's frames, transition, numbers (to 17 digits) and texts, one line per shot.
inline std::vector<std::string> resultLines(const store::ProjectStore& store, model::FilmId film)
{
    std::vector<std::string> lines;
    const auto results = analysis::readAnalysisResults(store, film);
    for (const auto& shot : results.films.at(0).shots) {
        std::string line = std::to_string(shot.shot.startFrame) + "-" +
                           std::to_string(shot.shot.endFrame) + " " +
                           std::string(model::toString(shot.shot.transition));
        for (std::size_t c = 0; c < results.columns.size(); ++c) {
            char buffer[40];
            std::snprintf(buffer, sizeof buffer, " %.17g", shot.numbers[c]);
            line += buffer + shot.texts[c];
        }
        lines.push_back(line);
    }
    return lines;
}

} // namespace diptych::test
