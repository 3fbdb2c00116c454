#pragma once

#include "analysis/analysis_frame.h"
#include "analysis/segmentation/frame_signature.h"
#include "analysis/segmentation/shot_boundary.h"

#include <nlohmann/json_fwd.hpp>

#include <deque>
#include <optional>
#include <vector>

namespace diptych::analysis {

/// The user-changeable parameters of ShotDetector. Distances are "content distances": 0 for
/// the same picture, about 1 for two unrelated pictures (the mean of a colour-histogram
/// distance and a brightness-invariant layout distance, see frame_signature.h).
struct ShotDetectorOptions
{
    /// Main cut sensitivity, in content-distance units, range 0.05 .. 1, default 0.22. A hard
    /// cut is reported where the pictures of the ~0.25 s before and after a frame differ by at
    /// least this much more than consecutive frames differ inside either side (their motion).
    /// Lower finds more cuts between similar shots, and more false cuts in fast action.
    double threshold = 0.22;
    /// No two boundaries closer than this many frames (between split frames), 1 .. 1000,
    /// default 6 (a quarter second). Exception: a fade-out and the fade-in that follows it
    /// across a black or white interval are both reported, however short the interval.
    int minShotFrames = 6;
    /// Also look for gradual transitions (dissolves, fades, wipes). Default true.
    bool detectGradual = true;
    /// Minimum content distance between the pictures on either side of a gradual transition,
    /// 0.05 .. 1, default 0.3. Higher ignores soft dissolves between similar shots.
    double gradualThreshold = 0.3;
    /// Longest flash, strobe or occlusion that returns to the same picture and is not a cut,
    /// in seconds, 0 .. 1, default 0.25 (muzzle flashes and lightning last 1 to 6 frames).
    double maxFlashSeconds = 0.25;

    [[nodiscard]] nlohmann::json toJson() const;
    /// Reads options written by toJson(); missing keys keep their defaults. Throws
    /// diptych::Error on unknown keys, wrong types or values out of range.
    static ShotDetectorOptions fromJson(const nlohmann::json& json);
    /// Throws diptych::Error when a value is out of its documented range.
    void validate() const;

    friend bool operator==(const ShotDetectorOptions&, const ShotDetectorOptions&) = default;
};

/// Bump when the detector's results for the same film and options would change.
inline constexpr int kShotDetectorVersion = 5;

/// Streaming shot-boundary detector: hard cuts, dissolves, fades to and from black or white,
/// wipes.
///
/// Per frame it keeps a small signature (colour histogram + standardised 64 px thumbnail) in a
/// sliding window of a few seconds and decides each frame once the window reaches about a
/// second past it:
/// - cut at c: every frame of the ~0.25 s before c differs from every frame of the ~0.25 s
///   after it (so a flash or an occlusion that returns to the same picture is no cut), by
///   `threshold` more than the frame-to-frame motion inside either side, no global shift
///   of the picture explains the change (whip pans, animation jumps), and no change of light
///   does (same layout, colours scaled per channel: exposure steps, the end of a fade);
/// - cut between title cards at c: frames c - 1 and c are cards of one background colour
///   whose text holds still on either side and is replaced at c for good (new text, not a
///   line added); their pictures are too alike for the test above;
/// - black / white interval: a fade-out (or cut) into it and a fade-in (or cut) out of it,
///   unless the picture after it is the picture before it (a blackout), or the frame darkens
///   region by region instead of as a whole (wings or a back passing in front of the lens);
/// - no cut where the picture brightens and fades back to itself within about a second (a
///   flare: an explosion, a muzzle flash);
/// - dissolve centred at m: for some half-width k the frame m is the average of frames m-k and
///   m+k, which differ by at least `gradualThreshold`, with no cut in between; not where both
///   ends are one picture under other contrast that never turns flat (smoke, haze, a glow),
///   nor the decay of a flare back to the picture before it;
/// - wipe centred at m: where frame m is no such blend, the change from m - k to m + k sweeps
///   across the picture cell by cell, each cell in one jump, behind one edge of a regular
///   shape (a line, an iris, a box, a clock hand) (wipe_sweep.h);
/// - two candidates whose spans overlap are one transition: the stronger stays.
/// Decisions depend only on a bounded window of frames and on the last boundary, so a run can
/// be resumed after any boundary (resumeAfter) with identical results. Not thread-safe.
class ShotDetector final
{
public:
    /// `fps`: the film's frame rate (> 0), used to turn seconds into frames.
    ShotDetector(ShotDetectorOptions options, double fps);

    /// Feeds the next frame (consecutive indices, in order; the first may be any index after
    /// resumeAfter()). Uses frame.bgr only.
    void push(const AnalysisFrame& frame);
    /// The same with the frame's signature made beforehand (makeFrameSignature of its
    /// kAnalysisWidth picture), e.g. on another thread.
    void push(FrameSignature signature);
    /// Boundaries that no later push can change; each returned once, in frame order.
    std::vector<ShotBoundary> takeFinal();
    /// No boundary with splitFrame() < this will be returned beyond those already returned.
    [[nodiscard]] model::Frame decidedUpTo() const;
    /// End of the film: decides the last frames and returns the remaining boundaries.
    std::vector<ShotBoundary> finish();

    /// How many frames before a resume point must be pushed again after resumeAfter().
    [[nodiscard]] int warmupFrames() const;
    /// Restarts after boundary `last` was committed: call on a fresh detector, then push
    /// frames from max(0, last.splitFrame() - warmupFrames()) on. Boundaries with
    /// splitFrame() <= last.splitFrame() are never returned.
    void resumeAfter(const ShotBoundary& last);

private:
    struct Candidate
    {
        ShotBoundary boundary;
        double score = 0;
        bool paired = false; ///< one side of a black/white interval: exempt from minShotFrames
        /// For cuts: how far the jump stands out above the full motion around it; decides
        /// between two cuts closer than minShotFrames. Other candidates: equal to score.
        double salience = 0;
    };
    /// A dissolve, fade or wipe candidate (evaluateDissolve, wipeAt).
    struct Gradual
    {
        ShotBoundary boundary;
        double score = 0;
    };

    [[nodiscard]] const FrameSignature& at(model::Frame index) const;
    [[nodiscard]] bool has(model::Frame index) const;
    /// contentDistance(at(index - 1), at(index)), cached when the frame arrived.
    [[nodiscard]] double step(model::Frame index) const;
    /// cellChange(at(index - 1), at(index)) (wipe_sweep.h), cached when the frame arrived.
    [[nodiscard]] const cv::Mat& cellStep(model::Frame index) const;
    void evaluate(model::Frame m);
    void evaluateCut(model::Frame c);
    /// True when frames c - 1 and c are steady title cards on the same background whose text
    /// changes at c for good (see kChangedInk in shot_detector.cpp).
    [[nodiscard]] bool isCardCut(model::Frame c) const;
    /// True when the picture brightens at c and fades back, never losing half that brightness
    /// in one frame, to the picture before c within the lookahead: a flare (an explosion, a
    /// muzzle flash), not a cut.
    [[nodiscard]] bool flareAt(model::Frame c) const;
    /// True when `picture` is the picture of one of the frames just before `a` (a flash's
    /// length back), in any light: its layout kept as along a fade (kMaxFadeLayoutChange),
    /// since a flare clips the highlights.
    [[nodiscard]] bool pictureBefore(model::Frame a, const FrameSignature& picture) const;
    /// True when a uniform frame follows within a fade ramp's length of `from`, walking in
    /// `direction` (+1 forwards, -1 backwards) inside the window.
    [[nodiscard]] bool reachesFlat(model::Frame from, int direction) const;
    void evaluateUniformRun(model::Frame m);
    void evaluateDissolve(model::Frame m);
    /// The wipe centred at m between ends m - k and m + k, which differ by `change`: the
    /// change between them sweeps across the frame cell by cell (wipe_sweep.h).
    [[nodiscard]] std::optional<Gradual> wipeAt(model::Frame m, int k, double change) const;
    [[nodiscard]] model::Frame fadeOutStart(model::Frame runStart) const;
    [[nodiscard]] model::Frame fadeInEnd(model::Frame runEnd) const;
    /// True when a ramp [first, last) next to a black / white interval is an object covering
    /// the lens rather than a fade: its layout departs from the picture `reference`.
    [[nodiscard]] bool covers(model::Frame reference, model::Frame first, model::Frame last) const;
    void offer(const Candidate& candidate);
    void settle(model::Frame evaluated);
    void emit(const Candidate& candidate);

    ShotDetectorOptions m_options;
    int m_flashFrames = 0;       ///< transient length that is no cut
    int m_maxDipFrames = 0;      ///< black/white interval judged by comparing its two sides
    int m_maxFadeFrames = 0;     ///< longest fade ramp followed
    int m_minWipeHalfFrames = 0; ///< narrowest dissolve test that also looks for wipes
    std::vector<int> m_scales;   ///< half-widths of the dissolve test
    int m_lookahead = 0;
    int m_lookback = 0;

    std::deque<FrameSignature> m_window; ///< consecutive frames, oldest first
    std::deque<double> m_steps;          ///< content distance of each frame to the one before
    std::deque<cv::Mat> m_cellSteps;     ///< cellChange of each frame to the one before
    model::Frame m_nextEvaluation = -1;  ///< first frame not yet evaluated
    model::Frame m_end = -1;             ///< one past the last frame, once finish() was called
    model::Frame m_skipUntil = -1;       ///< cuts before this were covered by a fade pair
    std::optional<Gradual> m_dissolveRun;
    int m_dissolveGap = 0;
    model::Frame m_dissolveRunStart = 0;
    std::optional<Candidate> m_pending;
    std::optional<ShotBoundary> m_lastEmitted;
    model::Frame m_resumedAt = -1;
    std::vector<ShotBoundary> m_final;
};

} // namespace diptych::analysis
