#pragma once

#include <string>

namespace diptych::exchange {

struct ProjectSnapshot;

/// The snapshot's shots as a CMX 3600 edit decision list (LF line ends, non-drop-frame
/// timecode at each film's rounded rate), one cut event per shot in the column layout Avid
/// writes. Source timecode is the shot's film frames from 00:00:00:00; the record side starts
/// at 00:00:00:00 and runs on through the films one after another (at the first film's rate,
/// frames of a film at another rounded rate converted). Reels are the film's file stem in
/// upper-case letters and digits, 8 at most, numbered when two films would share one. Event
/// numbers have 3 digits and go on with 4 after 999 (readers that split on blanks, as
/// OpenTimelineIO's does, accept that). Comments per event: FROM CLIP NAME, SOURCE FILE,
/// SHOT n (with its transition), and a LOC marker per annotation starting in the shot (its
/// code path in RED, or its text in YELLOW). Films with no known frame rate are skipped.
std::string edlDocument(const ProjectSnapshot& snapshot);

} // namespace diptych::exchange
