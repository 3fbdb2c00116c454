#pragma once

#include "exchange/import_support.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::exchange {

struct ProjectSnapshot;

/// The snapshot's annotations and regions as a W3C Web Annotation JSON-LD
/// AnnotationCollection (https://www.w3.org/TR/annotation-model/), its one page embedded as
/// "first". One Annotation per annotation ("urn:diptych:PROJECT:annotation:ID") and per region
/// ("…:region:ID"):
/// - bodies: the code path as a "tagging" TextualBody, the text as "describing" (text/plain),
///   the note as "commenting" (text/markdown); the motivation is the first of these present;
/// - target: a SpecificResource on the film's file:// URL (a Video) with a Media Fragments
///   FragmentSelector "t=START,END" in seconds (up to 3 decimals); a region's selector is
///   refinedBy its area: "xywh=percent:x,y,w,h" for a rect, an SvgSelector <polygon> in the
///   film's pixels (viewBox "0 0 WIDTH HEIGHT"; "0 0 100 100", i.e. percent, when the size is
///   unknown) for a polygon;
/// - "diptych:…" keys (the prefix is declared in @context) carry what makes a Diptych import
///   exact: tier, tierKind, scheme, frames, shot (0-based index), shape, points (normalised),
///   annotation (a region's link).
std::string webAnnotationDocument(const ProjectSnapshot& snapshot);

/// Imports a Web Annotation document — an AnnotationCollection with embedded pages, an
/// AnnotationPage, a single Annotation, or a JSON array of annotations — in one transaction.
/// Same contract as importEaf(): each annotation's film is `film`, else the one its target's
/// source names (matchFilm()); messages read "SOURCE: annotation N: reason"; nothing is
/// written on error.
/// - Time: the target's "t=" fragment (npt seconds, mm:ss or hh:mm:ss; "t=,20" starts at 0,
///   "t=10" runs to the film's end), each boundary at the nearest frame start; Diptych's
///   "diptych:frames" wins when it agrees to within a frame.
/// - Bodies by purpose (else the annotation's motivation): tagging/classifying/identifying →
///   code (one annotation per tag), commenting/replying/… → note, anything else (and plain
///   strings, "bodyValue") → text.
/// - Tier: "diptych:tier" (created as described when missing), else "Web annotations";
///   tags go to the tier's scheme, else "diptych:scheme", else "Web annotation tags".
/// - Creator (a string or an object's name/nickname) → coder, else "Web annotation".
/// - Targets with an area (xywh=percent:/pixel:, an SvgSelector <polygon>/<rect>; pixels need
///   the film's size) become regions. Timestamps are those of the import.
ImportSummary importWebAnnotation(store::ProjectStore& store, std::string_view text,
                                  const std::filesystem::path& source,
                                  std::optional<model::FilmId> film);

} // namespace diptych::exchange
