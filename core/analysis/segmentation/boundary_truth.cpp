#include "analysis/segmentation/boundary_truth.h"

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace diptych::analysis {

BoundaryTruth loadBoundaryTruth(const std::filesystem::path& path)
{
    const auto fail = [&path](const std::string& reason) {
        return Error(path.string() + ": " + reason);
    };
    std::ifstream in(path);
    if (!in)
        throw fail("cannot read the file");
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw fail(std::string("not valid JSON (") + e.what() + ")");
    }
    BoundaryTruth truth;
    try {
        truth.clip = json.at("clip").get<std::string>();
        truth.frames = json.at("frames").get<std::int64_t>();
        for (const auto& cut : json.value("cuts", nlohmann::json::array())) {
            const auto frame = cut.get<model::Frame>();
            truth.boundaries.push_back({frame, frame + 1, TransitionKind::Cut});
        }
        for (const auto& span : json.value("gradual", nlohmann::json::array())) {
            ShotBoundary boundary;
            boundary.start = span.at("start").get<model::Frame>();
            boundary.end = span.at("end").get<model::Frame>();
            const auto kind = span.at("kind").get<std::string>();
            const auto parsed = model::transitionKindFromString(kind);
            if (!parsed || !isGradual(*parsed))
                throw fail("unknown gradual transition kind '" + kind + "'");
            boundary.kind = *parsed;
            truth.boundaries.push_back(boundary);
        }
        for (const auto& trap : json.value("traps", nlohmann::json::array()))
            truth.traps.emplace_back(trap.at("start").get<model::Frame>(),
                                     trap.at("end").get<model::Frame>());
    } catch (const nlohmann::json::exception& e) {
        throw fail(std::string("malformed labels (") + e.what() + ")");
    }
    for (const auto& b : truth.boundaries)
        if (b.start < 0 || b.end <= b.start || b.end > truth.frames + 1)
            throw fail("boundary [" + std::to_string(b.start) + ", " + std::to_string(b.end) +
                       ") is outside the clip's " + std::to_string(truth.frames) + " frames");
    for (const auto& [first, last] : truth.traps)
        if (first < 0 || last < first || last > truth.frames)
            throw fail("trap [" + std::to_string(first) + ", " + std::to_string(last) +
                       "] is outside the clip's " + std::to_string(truth.frames) + " frames");
    std::sort(truth.boundaries.begin(), truth.boundaries.end(),
              [](const ShotBoundary& a, const ShotBoundary& b) { return a.start < b.start; });
    return truth;
}

} // namespace diptych::analysis
