#pragma once

#include "model/ids.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace diptych::model {

/// A media file that belongs to a project.
struct Film
{
    FilmId id = 0;
    /// Where the media file was last found; unique within a project.
    std::filesystem::path path;
    std::string title;
    /// Size of the media file in bytes; with `fingerprint`, what relinking matches on.
    std::int64_t sizeBytes = 0;
    /// store::fileFingerprint() of the media file; empty when unknown (such a film cannot be
    /// relinked automatically).
    std::string fingerprint;
    /// The media engine's probe result as JSON text; the store checks only that it is valid JSON.
    std::string probeJson = "{}";
    /// Queryable copies of the main probe facts. frameCount is exact when the frame index is.
    Frame frameCount = 0;
    double fps = 0;       ///< frames per second (the average for variable frame rate)
    int width = 0;        ///< pixels, display orientation
    int height = 0;       ///< pixels
    double durationS = 0; ///< seconds
    /// ISO-8601 UTC with milliseconds ("2024-05-01T12:34:56.789Z"); set by the store on add.
    std::string addedAt;
    /// Markdown.
    std::string note;

    bool operator==(const Film&) const = default;
};

} // namespace diptych::model
