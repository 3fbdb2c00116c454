#pragma once

#include <cstdint>

namespace diptych::model {

// Row ids of project entities: positive, assigned by the store when a row is added, stable for
// the life of the row and never reused within one project file. 0 means "not stored yet".
using FilmId = std::int64_t;
using ShotId = std::int64_t;
using MetricId = std::int64_t;
using CoderId = std::int64_t;
using SchemeId = std::int64_t;
using CodeId = std::int64_t;
using TierId = std::int64_t;
using AnnotationId = std::int64_t;
using RegionId = std::int64_t;
using CorrespondenceId = std::int64_t;

/// A frame number: 0-based index in presentation order. Frame ranges are [start, end).
using Frame = std::int64_t;

} // namespace diptych::model
