#pragma once

// A project as an older Diptych, with another luma algorithm, would have left it: for tests
// of measuring again in place after an upgrade. Header-only: only the tests that link the
// core (which has the store) include it.
#include "store/sqlite.h"

#include <filesystem>
#include <string>

namespace diptych::test {

/// Marks luma_mean of the project's metric definitions and of every film's record as made by
/// version 0 of the colour algorithm, and makes its values and the per-frame series wrong,
/// so that only a real re-measurement brings back the current ones.
inline void pretendOlderLumaAlgorithm(const std::filesystem::path& project)
{
    store::Database db(project, store::OpenMode::ExistingReadWrite);
    const std::string older = R"('{"extractor":{"algorithm":"diptych.color","version":0}}')";
    db.execute("test",
               "UPDATE metrics SET parameters_json = " + older + " WHERE name = 'luma_mean'");
    db.execute("test", "UPDATE film_analysis SET provenance_json = json_set(provenance_json, "
                       "'$.metrics.luma_mean', json(" +
                           older + "))");
    db.execute("test", "UPDATE shot_metric_values SET value = -1 WHERE metric_id = "
                       "(SELECT id FROM metrics WHERE name = 'luma_mean')");
    db.execute("test", "UPDATE metric_series_chunks SET samples = zeroblob(length(samples))");
}

} // namespace diptych::test
