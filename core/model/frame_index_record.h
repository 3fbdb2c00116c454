#pragma once

#include <cstddef>
#include <vector>

namespace diptych::model {

/// The media engine's exact frame index of one film, kept in the project so a project reopened
/// elsewhere need not rescan its films. The bytes are opaque to the store; `formatVersion` lets
/// the media engine reject an index it no longer understands.
struct FrameIndexRecord
{
    int formatVersion = 0;
    std::vector<std::byte> data;
    /// True once the media engine has checked the index against a full decode.
    bool verified = false;

    bool operator==(const FrameIndexRecord&) const = default;
};

} // namespace diptych::model
