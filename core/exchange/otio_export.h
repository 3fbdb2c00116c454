#pragma once

#include <string>

namespace diptych::exchange {

struct ProjectSnapshot;

/// The snapshot's films as an OpenTimelineIO Timeline.1 (JSON): one video track per film,
/// one Clip.2 per shot, codes and metrics in clip metadata and annotations as Marker.2s.
std::string otioDocument(const ProjectSnapshot& snapshot);

} // namespace diptych::exchange
