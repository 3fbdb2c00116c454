#pragma once

#include <opencv2/core/mat.hpp>

namespace diptych::analysis::composition {

/// Parameters of the subband-entropy clutter measure (see subbandEntropy).
struct ClutterOptions
{
    int scales = 3;                  ///< Gaussian pyramid levels (Rosenholtz et al.: 3)
    int orientations = 4;            ///< oriented bands per level (Rosenholtz et al.: 4)
    double chromaWeight = 0.0625;    ///< weight of the a* and b* channels (1/16, as the paper)
    double quantizationStep = 1.0;   ///< bin width of band coefficients, CIELAB units per px
    double flatChannelRange = 0.008; ///< a channel with a smaller range counts as empty
};

/// Visual clutter as subband entropy, after Rosenholtz, Li & Nakano (2007): the number of bits
/// needed to code the frame's oriented multi-scale bands. The frame is converted to CIELAB;
/// each channel is decomposed into `scales` Gaussian-pyramid levels × `orientations` steered
/// first-derivative bands (D_θ = cos θ·∂x + sin θ·∂y of the level, 3×3 Sobel, θ = 0°, 45°,
/// 90°, 135°), a cheap stand-in for the steerable pyramid of the paper. Each band is quantised
/// with a fixed step (not the paper's √n bins between min and max, which score film grain on a
/// flat wall as clutter) and its Shannon entropy taken, in bits. Per channel: the mean over
/// bands; overall: (SE_L + w·(SE_a + SE_b)) / (1 + 2w). Range [0, ≈ 9] bits: 0 for a flat
/// frame, ~1–2 for a few large shapes, 3+ for busy, textured frames.
/// `bgr` is CV_8UC3 (the 320 px analysis frame). Reentrant, deterministic; ~4 ms at 320×180.
double subbandEntropy(const cv::Mat& bgr, const ClutterOptions& options = {});

} // namespace diptych::analysis::composition
