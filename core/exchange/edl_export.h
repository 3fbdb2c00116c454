#pragma once

#include <string>

namespace diptych::exchange {

struct ProjectSnapshot;

/// The snapshot's shots as a CMX 3600 edit decision list (non-drop-frame timecode at each
/// film's rounded rate), one event per shot, films one after another on the record side.
std::string edlDocument(const ProjectSnapshot& snapshot);

} // namespace diptych::exchange
