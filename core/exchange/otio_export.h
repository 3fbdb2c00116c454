#pragma once

#include <string>

namespace diptych::exchange {

struct ProjectSnapshot;

/// The snapshot's films as an OpenTimelineIO Timeline.1 (JSON, the schema versions of OTIO's
/// current otio-serialized-schema): a Stack.1 of one Track.1 ("Video") per film, side by
/// side; one Clip.2 per shot, its source_range the shot's frames at the film's exact rate, its
/// DEFAULT_MEDIA an ExternalReference.1 to the film's file:// URL; Gap.1s where no shot covers
/// the film. Clip metadata "diptych": shot_index (0-based), shot_id, transition (kept out of
/// OTIO Transitions: a film's dissolve is already in its frames), metrics (null where not
/// defined), codes of the shot, note. Each annotation is a Marker.3 on every clip it overlaps,
/// cut to the clip, in film frames (a clip's own time); named by its code path or text, its
/// note the comment, its Color.1 the code's colour named after the nearest OTIO marker colour
/// (RED for a code without colour, YELLOW for free text). Regions are not exported.
std::string otioDocument(const ProjectSnapshot& snapshot);

} // namespace diptych::exchange
