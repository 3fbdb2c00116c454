#include "analysis/segmentation/shot_detector.h"

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

namespace diptych::analysis {

namespace {

void requireRange(const char* name, double value, double low, double high)
{
    if (!std::isfinite(value) || value < low || value > high)
        throw Error(std::string("shot detector option ") + name + " must be in [" +
                    std::to_string(low) + ", " + std::to_string(high) + "], not " +
                    std::to_string(value));
}

} // namespace

void ShotDetectorOptions::validate() const
{
    requireRange("threshold", threshold, 0.05, 1.0);
    requireRange("min_shot_frames", minShotFrames, 1, 1000);
    requireRange("gradual_threshold", gradualThreshold, 0.05, 1.0);
    requireRange("max_flash_seconds", maxFlashSeconds, 0.0, 1.0);
}

nlohmann::json ShotDetectorOptions::toJson() const
{
    return {{"threshold", threshold},
            {"min_shot_frames", minShotFrames},
            {"detect_gradual", detectGradual},
            {"gradual_threshold", gradualThreshold},
            {"max_flash_seconds", maxFlashSeconds}};
}

ShotDetectorOptions ShotDetectorOptions::fromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        throw Error("shot detector options: expected a JSON object");
    ShotDetectorOptions options;
    for (const auto& [key, value] : json.items()) {
        const auto number = [&, &key = key, &value = value]() {
            if (!value.is_number())
                throw Error("shot detector option " + key + ": expected a number");
            return value.get<double>();
        };
        if (key == "threshold") {
            options.threshold = number();
        } else if (key == "min_shot_frames") {
            if (!value.is_number_integer())
                throw Error("shot detector option min_shot_frames: expected an integer");
            const auto frames = value.get<long long>();
            if (frames < 1 || frames > 1000)
                throw Error("shot detector option min_shot_frames must be in [1, 1000]");
            options.minShotFrames = int(frames);
        } else if (key == "detect_gradual") {
            if (!value.is_boolean())
                throw Error("shot detector option detect_gradual: expected true or false");
            options.detectGradual = value.get<bool>();
        } else if (key == "gradual_threshold") {
            options.gradualThreshold = number();
        } else if (key == "max_flash_seconds") {
            options.maxFlashSeconds = number();
        } else {
            throw Error("shot detector options: unknown key " + key);
        }
    }
    options.validate();
    return options;
}

} // namespace diptych::analysis
