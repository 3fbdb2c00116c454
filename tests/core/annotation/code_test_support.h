#pragma once

// Shared by the code import and query tests: a small two-film project with shots and a metric,
// written without media, and a dump of everything annotation-related to compare states.

#include "store/project_store.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace diptych::test {

/// "/films/original.mkv" with 5 shots ([0,100) [100,250) [250,400) [400,420) [420,500)) and
/// "/films/remake.mp4" with 4 shots ([0,50) [50,120) [120,300) [300,310)), and a metric
/// "mean_luma" with values original {0.1, 0.4, NaN, 0.3, 0.9}, remake {0.2, 0.6, 0.5, 0.8}.
void addTwoFilms(store::ProjectStore& store);

/// Every film, shot, coder, scheme, code, tier and annotation (timestamps left out), one per
/// line: equal dumps mean equal project content.
std::string dumpAnnotationData(const store::ProjectStore& store);

void writeText(const std::filesystem::path& path, std::string_view text);

} // namespace diptych::test
