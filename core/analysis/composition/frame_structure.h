#pragma once

#include <opencv2/core/mat.hpp>

namespace diptych::analysis::composition {

/// Hysteresis thresholds of the Canny edge detector on 8-bit luma (3×3 Sobel, L1 gradient).
/// Fixed rather than adaptive, so that a flatter, lower-contrast grade reads as fewer edges.
inline constexpr double kCannyLow = 40.0;
inline constexpr double kCannyHigh = 100.0;

/// Left–right mirror symmetry of a frame, robust to lighting: the Pearson correlation of the
/// frame's smoothed gradient-magnitude map G with its horizontal mirror image,
///   S = Σ (G − Ḡ)(G̃ − Ḡ) / Σ (G − Ḡ)²,  G̃(x, y) = G(W − 1 − x, y).
/// Gradients ignore additive lighting offsets and the correlation ignores gain, so a lighting
/// ramp across a symmetric set barely lowers S. Computed at half resolution (INTER_AREA), G
/// smoothed with a Gaussian of σ = 1.5 px there (≈ 3 analysis px) to forgive small offsets of
/// the symmetry axis. Range [−1, 1]: 1 = perfectly mirror-symmetric, ≈ 0 for unrelated halves.
/// NaN for a frame without any gradient (flat). `gray` is CV_8UC1.
double mirrorSymmetry(const cv::Mat& gray);

/// Share of pixels on a Canny edge (kCannyLow, kCannyHigh), [0, 1]. 0 on a flat frame.
double edgeDensity(const cv::Mat& gray);

/// Depth-of-field proxy: ln((E_c + 1) / (E_p + 1)), where E is the mean squared Laplacian
/// (4-neighbour kernel, grey levels²) in the centre region (middle half of width and height,
/// the central 2×2 cells of a 4×4 grid, as Datta et al. 2006) and in the rest of the frame.
/// > 0: the centre is sharper than the surround (shallow focus on a centred subject); 0: evenly
/// sharp or flat; < 0: the periphery is sharper. Unit: natural log of an energy ratio.
double depthOfFieldProxy(const cv::Mat& gray);

} // namespace diptych::analysis::composition
