#pragma once

// Shared by the store tests: a populated project covering every entity, and file helpers.

#include "store/project_store.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace diptych::test {

/// Every kind of row, as stored by populate().
struct PopulatedProject
{
    model::Film original;
    model::Film remake;
    std::vector<model::Shot> originalShots;
    std::vector<model::Shot> remakeShots;
    model::MetricDefinition luma;
    model::MetricSeries lumaSeries;
    model::Coder coder;
    model::CodingScheme scheme;
    std::vector<model::Code> codes; ///< in codes() order: parent, then its two children
    model::Tier tier;
    std::vector<model::Annotation> annotations;
    model::Region region;
    model::Correspondence correspondence;
};

/// Writes two films with shots, a metric (per-shot values and a series), a coder, a scheme
/// with a code tree, a tier with annotations, a region and a correspondence.
PopulatedProject populate(store::ProjectStore& store);

/// Checks with Catch2 that `store` holds exactly what populate() wrote.
void requireHolds(const store::ProjectStore& store, const PopulatedProject& expected);

std::string readBytes(const std::filesystem::path& path);
void writeBytes(const std::filesystem::path& path, std::string_view bytes);

} // namespace diptych::test
