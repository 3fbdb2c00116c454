#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>

namespace diptych::test {

/// A synthetic BGR frame closer to film content than pure noise: 60 filled circles of random
/// colours (radius 4 px to a sixth of the width) on a dull blue-grey ground, plus uniform
/// grain of 0..11 code values. The same `seed` gives the same pixels.
cv::Mat filmLikeFrame(cv::Size size, std::uint64_t seed = 42);

} // namespace diptych::test
