#pragma once

#include <string>

namespace diptych::exchange {

struct ProjectSnapshot;

/// The snapshot as an ELAN Annotation Format 3.0 document (UTF-8 XML) that validates against
/// the official EAFv3.0.xsd and opens in ELAN. Times are milliseconds from each film's start.
/// See eaf_export.cpp for the mapping of films, tiers, coders, codes and notes.
std::string eafDocument(const ProjectSnapshot& snapshot);

} // namespace diptych::exchange
