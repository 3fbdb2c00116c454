#pragma once

// Shared by the exchange tests: a two-film project with every kind of content an export
// carries (nested and retired codes, two coders, shot/range/text tiers, notes with commas,
// quotes, line breaks and non-Latin text, both region shapes, correspondences), and a dump
// of all of it to compare a project before and after a round trip.

#include "model/ids.h"
#include "store/project_store.h"

#include <string>

namespace diptych::test {

struct AnnotatedProject
{
    model::FilmId original = 0; ///< "/films/original.mkv", 25 fps, 500 frames, 5 shots
    model::FilmId remake = 0;   ///< "/films/remake.mp4", 25 fps, 310 frames, 4 shots
    model::CoderId alice = 0;
    model::CoderId bob = 0;            ///< named `Bob "B" Kim`
    model::SchemeId scheme = 0;        ///< "Semiotics"
    model::CodeId color = 0;           ///< "Color & light" (top level)
    model::CodeId tealOrange = 0;      ///< "Color & light/Teal, orange"
    model::CodeId pan = 0;             ///< "Motion/Pan"
    model::CodeId composition = 0;     ///< "构图 Composition" (top level)
    model::CodeId retired = 0;         ///< "Old code", retired
    model::TierId originalCodes = 0;   ///< shot tier "Codes" of the original
    model::TierId originalMoments = 0; ///< range tier "Moments" of the original
    model::TierId originalNotes = 0;   ///< text tier "Notes" of the original, no scheme
    model::TierId remakeCodes = 0;     ///< shot tier "Codes" of the remake
    int annotationCount = 0;
    int regionCount = 0;
};

/// Fills an empty project with the content described above.
AnnotatedProject addAnnotatedProject(store::ProjectStore& store);

/// Every film (path, title, fps, size), shot (frames, transition, note), metric value,
/// coder, scheme, code, tier, annotation, region and correspondence, by content rather than
/// by id (references are written as the names, paths and frames they point at), one per
/// line: projects with equal dumps hold the same data whatever their row ids.
std::string dumpProjectContent(const store::ProjectStore& store);

} // namespace diptych::test
