#include "analysis/segmentation/shot_detector.h"

#include "analysis/segmentation/wipe_sweep.h"

#include "common/error.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace diptych::analysis {

namespace {

// Fixed design constants (not user options: they describe the physics of transitions, not a
// taste in sensitivity).

/// A black/white interval up to this long is a "dip": judged by comparing its two sides.
constexpr double kMaxDipSeconds = 0.5;
/// A fade dims the whole picture at once, so its standardised layout stays that of the shot
/// (up to motion) until it is nearly flat. An object covering the lens (wings, a back, a
/// door) makes part of the frame flat while the rest keeps its contrast: the layout changes.
/// A ramp frame whose layout differs from the shot's by more than this (content-distance
/// units, the smaller of plain and shift-compensated layout distance) marks a cover, not a
/// fade. Measured: real fades <= 0.28, covers >= 0.46.
constexpr double kMaxFadeLayoutChange = 0.4;
/// Fade ramps into / out of a black or white interval are followed for at most this long.
constexpr double kMaxFadeSeconds = 0.6;
/// Half-widths of the dissolve test, in seconds (at 24 fps: 3, 6, 10 and 16 frames), so
/// dissolves of about 0.2 to 1.4 s are seen with both ends outside the transition.
constexpr double kDissolveScalesSeconds[] = {0.125, 0.25, 0.42, 0.67};
/// A frame is a blend of two others when the residual of the blend model is at most this
/// fraction of their difference (0 = a perfect cross-fade).
constexpr double kBlendTolerance = 0.25;
/// Inside a dissolve no single frame step may carry more than this share of the change.
constexpr double kMaxStepShare = 0.6;
/// Transition spans: from where the blend weight passes this value to where it reaches 1 - it.
constexpr double kSpanWeight = 0.1;
/// Below this luma deviation (0..255) a side of a dissolve counts as a flat card: fade.
constexpr double kFlatSpread = 2.0 * kUniformSpread;

/// Title cards (frame_signature.h, ink): a card whose ink overlaps the previous frame's by at
/// least kSteadyInk holds still; a change to another card of the same background (within
/// kSameBackground luma) whose ink overlaps the old one's by less than kChangedInk is a cut,
/// although the two pictures are mostly the same flat colour. Measured: a held card 1.0, the
/// BBB trailer's "COMING SOON" to its web address 0.44.
constexpr double kSteadyInk = 0.9;
constexpr double kChangedInk = 0.6;
constexpr double kSameBackground = 16.0;

/// A dissolve's two ends whose standardised layouts differ by less than this (the smaller of
/// plain and shift-compensated layout distance) show one picture: the change between them is
/// one of contrast or light, as in a fade. Measured on the benchmark: smoke and haze over a
/// shot 0.03-0.05, fade ramps 0.03-0.15, dissolves between two shots from 0.35 at their widest
/// test (narrower tests see partly blended ends and score lower, from 0.11).
constexpr double kSamePictureLayout = 0.25;

/// A flare (an explosion, a muzzle flash, lightning) brightens the picture by at least this
/// much (mean luma, 0..255) and fades back to it within about a second: longer than a flash,
/// so the cut test alone sees a new, bright picture, and the decay looks like a dissolve.
constexpr double kFlareLuma = 30.0;

/// Wipes (wipe_sweep.h), judged between the ends m - k and m + k of the dissolve test, for
/// half-widths k of at least kMinWipeHalfSeconds (narrower tests see too few frames to tell
/// an edge's shape): the ends differ in at least kWipeInformative of the cells; at least
/// kWipeSwept of those change in one jump; at least kWipeSmooth of neighbouring jumps come at
/// nearly the same frame (one moving edge); the jumps are spread over at least kMinWipeFrames
/// frames (else it is a cut) and centred on m, within a frame; and one edge shape (a line, an
/// iris, a box, a clock hand) explains the jump frames to kWipeRegular (R²). Objects sweeping
/// over a flat background (wings, a body passing the lens) make ragged, uneven edges: measured
/// 0.86-0.88, against 0.97-0.99 for linear, corner and clock wipes between moving shots. The
/// ends' shift-compensated distance must reach kWipeShiftedShare of gradualThreshold.
constexpr double kMinWipeHalfSeconds = 0.25;
constexpr double kWipeInformative = 0.3;
constexpr double kWipeSwept = 0.5;
constexpr double kWipeSmooth = 0.7;
constexpr double kMinWipeFrames = 2.0;
constexpr double kWipeRegular = 0.95;
constexpr double kWipeShiftedShare = 0.5;

/// How much of the frame-to-frame change inside the shots around a candidate cut is
/// discounted from the change across it (fast action raises both).
constexpr double kMotionWeight = 0.5;

int framesFor(double seconds, double fps)
{
    return std::max(1, int(std::lround(seconds * fps)));
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

/// Distance of a frame from the flat colour `flatLuma`: its contrast plus its brightness
/// offset. Falls steadily during a fade-out, rises during a fade-in.
double fadeLevel(const FrameSignature& frame, double flatLuma)
{
    return frame.lumaSpread + std::abs(frame.meanLuma - flatLuma);
}

/// A fade step must change the fade level by more than noise and motion do.
bool clearlyAbove(double higher, double lower)
{
    return higher > lower + 1.0 + 0.02 * higher;
}

/// True when `after` is `before` under other light: the standardised layout is kept (as in a
/// fade, within kMaxFadeLayoutChange) and one gain per colour channel turns the colour
/// thumbnail of `before` into that of `after`, up to kBlendTolerance of their difference. A
/// change of exposure, a light switched on or the steep end of a fade keeps the picture; a cut
/// does not, so this rejects cuts whose colour histogram moved only because the brightness did.
bool sameLitPicture(const FrameSignature& before, const FrameSignature& after)
{
    if (layoutDistance(before, after) > kMaxFadeLayoutChange)
        return false;
    const cv::Mat& a = before.colour;
    const cv::Mat& b = after.colour;
    double ab[3] = {0, 0, 0};
    double aa[3] = {0, 0, 0};
    for (int y = 0; y < a.rows; ++y) {
        const auto* rowA = a.ptr<cv::Vec3f>(y);
        const auto* rowB = b.ptr<cv::Vec3f>(y);
        for (int x = 0; x < a.cols; ++x)
            for (int ch = 0; ch < 3; ++ch) {
                ab[ch] += double(rowA[x][ch]) * rowB[x][ch];
                aa[ch] += double(rowA[x][ch]) * rowA[x][ch];
            }
    }
    double residual = 0;
    double difference = 0;
    for (int y = 0; y < a.rows; ++y) {
        const auto* rowA = a.ptr<cv::Vec3f>(y);
        const auto* rowB = b.ptr<cv::Vec3f>(y);
        for (int x = 0; x < a.cols; ++x)
            for (int ch = 0; ch < 3; ++ch) {
                const double gain = aa[ch] > 0 ? ab[ch] / aa[ch] : 1.0;
                residual += std::abs(rowB[x][ch] - gain * rowA[x][ch]);
                difference += std::abs(double(rowB[x][ch]) - rowA[x][ch]);
            }
    }
    return residual <= kBlendTolerance * difference;
}

/// mean |x - (wa * a + wb * b)| over all elements.
double blendResidual(const cv::Mat& x, const cv::Mat& a, const cv::Mat& b, double wa, double wb)
{
    cv::Mat model;
    cv::addWeighted(a, wa, b, wb, 0.0, model);
    return cv::norm(x, model, cv::NORM_L1) / double(x.total() * std::size_t(x.channels()));
}

} // namespace

ShotDetector::ShotDetector(ShotDetectorOptions options, double fps)
    : m_options(options)
{
    m_options.validate();
    if (!(fps > 0.0) || !std::isfinite(fps))
        throw Error("shot detector: frame rate must be positive");
    m_flashFrames = std::max(1, int(std::lround(m_options.maxFlashSeconds * fps)));
    m_maxDipFrames = framesFor(kMaxDipSeconds, fps);
    m_maxFadeFrames = framesFor(kMaxFadeSeconds, fps);
    m_minWipeHalfFrames = framesFor(kMinWipeHalfSeconds, fps);
    for (const double seconds : kDissolveScalesSeconds) {
        const int k = std::max(2, int(std::lround(seconds * fps)));
        if (m_scales.empty() || k > m_scales.back())
            m_scales.push_back(k);
    }
    const int maxScale = m_scales.back();
    // A dissolve test reaches a fade ramp's length beyond its widest ends (reachesFlat).
    m_lookahead = std::max({m_flashFrames + 3, maxScale + m_maxFadeFrames,
                            m_maxDipFrames + m_maxFadeFrames + 1}) +
                  1;
    m_lookback = std::max({m_flashFrames + 6, maxScale + m_maxFadeFrames, m_maxDipFrames + 2,
                           m_maxFadeFrames + 2}) +
                 1;
}

bool ShotDetector::has(model::Frame index) const
{
    return !m_window.empty() && index >= m_window.front().index && index <= m_window.back().index &&
           (m_end < 0 || index < m_end);
}

const FrameSignature& ShotDetector::at(model::Frame index) const
{
    return m_window[std::size_t(index - m_window.front().index)];
}

double ShotDetector::step(model::Frame index) const
{
    return m_steps[std::size_t(index - m_window.front().index)];
}

const cv::Mat& ShotDetector::cellStep(model::Frame index) const
{
    return m_cellSteps[std::size_t(index - m_window.front().index)];
}

int ShotDetector::warmupFrames() const
{
    // Enough history that every evaluation near the resume point sees the same window as in
    // an uninterrupted run, including a dissolve run (at most 2 * maxScale long) around it.
    return m_lookback + m_lookahead + 3 * m_scales.back() + m_options.minShotFrames + 2;
}

void ShotDetector::resumeAfter(const ShotBoundary& last)
{
    m_lastEmitted = last;
    m_resumedAt = last.splitFrame();
}

void ShotDetector::push(const AnalysisFrame& frame)
{
    if (frame.bgr.empty() || frame.bgr.type() != CV_8UC3)
        throw Error("shot detector: frame " + std::to_string(frame.index) + " is not 8-bit BGR");
    push(makeFrameSignature(frame.bgr, frame.index));
}

void ShotDetector::push(FrameSignature signature)
{
    if (m_end >= 0)
        throw Error("shot detector: push after finish");
    if (!m_window.empty() && signature.index != m_window.back().index + 1)
        throw Error("shot detector: frames must be pushed in order without gaps");
    const model::Frame index = signature.index;
    m_window.push_back(std::move(signature));
    const bool first = m_window.size() == 1;
    m_steps.push_back(first ? 0.0
                            : contentDistance(m_window[m_window.size() - 2], m_window.back()));
    // Only the wipe test reads the cell steps.
    m_cellSteps.push_back(first || !m_options.detectGradual
                              ? cv::Mat()
                              : cellChange(m_window[m_window.size() - 2], m_window.back()));
    if (m_nextEvaluation < 0)
        m_nextEvaluation = index;
    while (m_nextEvaluation + m_lookahead <= index)
        evaluate(m_nextEvaluation++);
    while (m_window.front().index < m_nextEvaluation - m_lookback) {
        m_window.pop_front();
        m_steps.pop_front();
        m_cellSteps.pop_front();
    }
}

std::vector<ShotBoundary> ShotDetector::takeFinal()
{
    std::vector<ShotBoundary> result;
    result.swap(m_final);
    return result;
}

std::vector<ShotBoundary> ShotDetector::finish()
{
    if (m_end < 0) {
        m_end = m_window.empty() ? 0 : m_window.back().index + 1;
        if (m_nextEvaluation >= 0)
            while (m_nextEvaluation < m_end)
                evaluate(m_nextEvaluation++);
        if (m_dissolveRun) {
            offer({m_dissolveRun->boundary, m_dissolveRun->score, false});
            m_dissolveRun.reset();
        }
        if (m_pending) {
            emit(*m_pending);
            m_pending.reset();
        }
    }
    return takeFinal();
}

model::Frame ShotDetector::decidedUpTo() const
{
    if (m_end >= 0)
        return std::numeric_limits<model::Frame>::max();
    if (m_nextEvaluation < 0)
        return m_resumedAt + 1;
    // A later candidate cannot reach further back than a dissolve span or a fade ramp.
    model::Frame decided = m_nextEvaluation - std::max(m_scales.back(), m_maxFadeFrames) - 1;
    if (m_dissolveRun)
        decided = std::min(decided, m_dissolveRun->boundary.splitFrame());
    if (m_pending)
        decided = std::min(decided, m_pending->boundary.splitFrame());
    return std::max(decided, m_resumedAt + 1);
}

void ShotDetector::evaluate(model::Frame m)
{
    // Only frames with a full history are judged (or the film's start), so that a resumed run
    // sees exactly what an uninterrupted one saw.
    const model::Frame first = m_window.front().index;
    if (first == 0 || m - first >= m_lookback) {
        evaluateUniformRun(m);
        if (m >= m_skipUntil)
            evaluateCut(m);
        if (m_options.detectGradual)
            evaluateDissolve(m);
    }
    settle(m);
}

void ShotDetector::evaluateCut(model::Frame c)
{
    if (!has(c - 1) || !has(c) || at(c - 1).uniform || at(c).uniform)
        return;
    if (isCardCut(c)) {
        const double change = 1.0 - inkOverlap(at(c - 1), at(c));
        offer({{c, c + 1, TransitionKind::Cut}, change, false, change});
        return;
    }
    // Every frame shortly before must differ from every frame shortly after: a flash, a
    // strobe or something passing the lens returns to the old picture within that time.
    double cross = std::numeric_limits<double>::max();
    for (int i = 1; i <= m_flashFrames + 1; ++i) {
        if (!has(c - i) || at(c - i).uniform)
            continue;
        for (int j = 0; j <= m_flashFrames; ++j) {
            if (!has(c + j) || at(c + j).uniform)
                continue;
            cross = std::min(cross, contentDistance(at(c - i), at(c + j)));
            if (cross < m_options.threshold)
                return;
        }
    }
    // What consecutive frames of either shot differ by anyway (motion, grain).
    const auto motion = [&](model::Frame from, model::Frame to) {
        std::vector<double> steps;
        for (model::Frame k = from; k < to; ++k)
            if (has(k) && has(k + 1) && !at(k).uniform && !at(k + 1).uniform)
                steps.push_back(step(k + 1));
        return median(steps);
    };
    const double within = std::max(motion(c - 4, c - 1), motion(c, c + 3));
    double score = cross - kMotionWeight * within;
    if (score < m_options.threshold)
        return;
    // Confirm with the robust, shift-compensated layout: a pan, an animation jump or an
    // object moving over a held background leaves most of the picture explained.
    const double robust = robustDistance(at(c - 1), at(c));
    score = std::min(cross, robust) - kMotionWeight * within;
    if (score < m_options.threshold || sameLitPicture(at(c - 1), at(c)) || flareAt(c))
        return;
    offer({{c, c + 1, TransitionKind::Cut}, score, false, std::min(cross, robust) - within});
}

bool ShotDetector::flareAt(model::Frame c) const
{
    const double onset = at(c).meanLuma - at(c - 1).meanLuma;
    if (onset < kFlareLuma)
        return false;
    // A flare fades back; an insert of a bright shot cuts back, losing its brightness at once.
    for (model::Frame t = c + 1; t < c + m_lookahead && has(t); ++t) {
        if (at(t - 1).meanLuma - at(t).meanLuma > 0.5 * onset)
            return false;
        if (!at(t).uniform && robustDistance(at(c - 1), at(t)) < m_options.threshold)
            return true;
    }
    return false;
}

bool ShotDetector::pictureBefore(model::Frame a, const FrameSignature& picture) const
{
    for (model::Frame t = a - 1; t >= a - m_flashFrames - 1 && has(t); --t)
        if (!at(t).uniform && layoutChange(at(t), picture) <= kMaxFadeLayoutChange)
            return true;
    return false;
}

bool ShotDetector::reachesFlat(model::Frame from, int direction) const
{
    for (int i = 0; i <= m_maxFadeFrames; ++i) {
        const model::Frame t = from + model::Frame(direction) * i;
        if (!has(t))
            return false;
        if (at(t).uniform)
            return true;
    }
    return false;
}

bool ShotDetector::isCardCut(model::Frame c) const
{
    const auto steady = [this](model::Frame a, model::Frame b) {
        return has(a) && has(b) && inkOverlap(at(a), at(b)) >= kSteadyInk;
    };
    if (!steady(c - 2, c - 1) || !steady(c, c + 1) ||
        std::abs(at(c - 1).background - at(c).background) > kSameBackground)
        return false;
    // As for any cut, no text of the quarter second before may be back in the quarter second
    // after: a card shown for a frame or two is an insert, not a new shot.
    for (int i = 1; i <= m_flashFrames + 1; ++i)
        for (int j = 0; j <= m_flashFrames; ++j)
            if (has(c - i) && has(c + j) && inkOverlap(at(c - i), at(c + j)) >= kChangedInk)
                return false;
    return true;
}

model::Frame ShotDetector::fadeOutStart(model::Frame runStart) const
{
    const double flat = at(runStart).meanLuma;
    model::Frame s = runStart;
    while (has(s - 1) && !at(s - 1).uniform && runStart - (s - 1) <= m_maxFadeFrames &&
           clearlyAbove(fadeLevel(at(s - 1), flat), fadeLevel(at(s), flat)))
        --s;
    // s is now the last frame of the old shot; the fade starts after it.
    return std::min(s + 1, runStart);
}

model::Frame ShotDetector::fadeInEnd(model::Frame runEnd) const
{
    const double flat = at(runEnd - 1).meanLuma;
    model::Frame e = runEnd;
    while (has(e + 1) && !at(e + 1).uniform && e + 1 - runEnd <= m_maxFadeFrames &&
           clearlyAbove(fadeLevel(at(e + 1), flat), fadeLevel(at(e), flat)))
        ++e;
    return e;
}

bool ShotDetector::covers(model::Frame reference, model::Frame first, model::Frame last) const
{
    for (model::Frame t = first; t < last; ++t) {
        if (!has(t) || !has(reference) || at(t).lumaSpread < kFlatSpread)
            continue;
        if (layoutChange(at(reference), at(t)) > kMaxFadeLayoutChange)
            return true;
    }
    return false;
}

void ShotDetector::evaluateUniformRun(model::Frame m)
{
    if (!has(m))
        return;
    const auto leaving = [&](model::Frame runStart) {
        const model::Frame start = fadeOutStart(runStart);
        return runStart - start >= 2 ? ShotBoundary{start, runStart, TransitionKind::FadeOut}
                                     : ShotBoundary{runStart, runStart + 1, TransitionKind::Cut};
    };
    const auto entering = [&](model::Frame runEnd, model::Frame fullFrame) {
        return fullFrame - runEnd >= 2 ? ShotBoundary{runEnd, fullFrame, TransitionKind::FadeIn}
                                       : ShotBoundary{runEnd, runEnd + 1, TransitionKind::Cut};
    };

    if (at(m).uniform && has(m - 1) && !at(m - 1).uniform) {
        // A black / white interval starts at m. Where does it end?
        model::Frame runEnd = m + 1;
        while (runEnd - m <= m_maxDipFrames && has(runEnd) && at(runEnd).uniform)
            ++runEnd;
        const bool shortDip = runEnd - m <= m_maxDipFrames && has(runEnd);
        const ShotBoundary out = leaving(m);
        if (!shortDip) {
            // Long, or it ends the film: the old shot ends here; the end is judged later.
            offer({out, 1.0, true});
            return;
        }
        const model::Frame fullFrame = fadeInEnd(runEnd);
        const model::Frame before = std::max(out.start - 1, m_window.front().index);
        // Something passing in front of the lens (wings, a back, a door) darkens the frame
        // region by region. If it covers or uncovers the picture, and neither side is a true
        // fade, the dark interval is part of one shot: no boundary, and the cut test's hits on
        // the covering frames are withdrawn.
        const bool outCover = out.kind == TransitionKind::FadeOut && covers(before, out.start, m);
        const bool inCover = fullFrame - runEnd >= 2 && covers(fullFrame, runEnd, fullFrame);
        const bool outFade = out.kind == TransitionKind::FadeOut && !outCover;
        const bool inFade = fullFrame - runEnd >= 2 && !inCover;
        if ((outCover || inCover) && !outFade && !inFade) {
            m_skipUntil = std::max(m_skipUntil, fullFrame + 1);
            if (m_pending && m_pending->boundary.splitFrame() >= before - m_flashFrames)
                m_pending.reset();
            return;
        }
        // The closest pair of pictures within a flash length on either side: moving wings
        // or smoke in front of the lens leave the frames next to the dip partly covered.
        double change = std::numeric_limits<double>::max();
        for (int i = 0; i <= m_flashFrames; ++i) {
            for (int j = 0; j <= m_flashFrames; ++j) {
                if (!has(before - i) || !has(fullFrame + j) || at(before - i).uniform ||
                    at(fullFrame + j).uniform)
                    continue;
                const FrameSignature& x = at(before - i);
                const FrameSignature& y = at(fullFrame + j);
                change = std::min(change, robustDistance(x, y));
            }
        }
        m_skipUntil = std::max(m_skipUntil, fullFrame + 1);
        if (change < m_options.threshold)
            return; // the same picture on both sides: wings over the lens, a blackout
        offer({out, change, true});
        offer({entering(runEnd, fullFrame), change, true});
        return;
    }
    if (!at(m).uniform && (m == 0 || (has(m - 1) && at(m - 1).uniform))) {
        // A black / white interval ended at m. Short ones were judged at their start; long
        // ones, and the film's opening, bring in a new shot.
        model::Frame runStart = m;
        while (has(runStart - 1) && at(runStart - 1).uniform && m - runStart <= m_maxDipFrames)
            --runStart;
        const bool fromFilmStart = runStart == 0;
        if (m == 0 || (!fromFilmStart && m - runStart <= m_maxDipFrames))
            return;
        const model::Frame fullFrame = fadeInEnd(m);
        m_skipUntil = std::max(m_skipUntil, fullFrame + 1);
        offer({entering(m, fullFrame), 1.0, true});
    }
}

void ShotDetector::evaluateDissolve(model::Frame m)
{
    std::optional<Gradual> best;
    if (has(m) && !at(m).uniform) {
        for (const int k : m_scales) {
            const model::Frame a = m - k;
            const model::Frame b = m + k;
            if (!has(a) || !has(b))
                break;
            bool flat = false;
            double maxStep = 0;
            for (model::Frame t = a; t <= b && !flat; ++t) {
                flat = at(t).uniform;
                if (t > a && !flat)
                    maxStep = std::max(maxStep, step(t));
            }
            if (flat)
                break; // black / white intervals are the fade logic's business
            const FrameSignature& sa = at(a);
            const FrameSignature& sb = at(b);
            const double change = contentDistance(sa, sb);
            if (change < m_options.gradualThreshold || maxStep > kMaxStepShare * change)
                continue;
            const double spread =
                cv::norm(sa.colour, sb.colour, cv::NORM_L1) / double(sa.colour.total() * 3);
            if (spread <= 1.0)
                continue;
            // The middle and the quarter points must sit on the cross-fade from a to b.
            double residual = blendResidual(at(m).colour, sa.colour, sb.colour, 0.5, 0.5);
            if (k >= 4) {
                residual = std::max(residual, blendResidual(at(m - k / 2).colour, sa.colour,
                                                            sb.colour, 0.75, 0.25));
                residual = std::max(residual, blendResidual(at(m + k / 2).colour, sa.colour,
                                                            sb.colour, 0.25, 0.75));
            }
            const double ratio = residual / spread;
            if (ratio > kBlendTolerance) {
                // Not a blend of the two ends: perhaps the two side by side.
                if (auto wipe = wipeAt(m, k, change); wipe && (!best || wipe->score > best->score))
                    best = wipe;
                continue;
            }
            // A pan over one scene can look like a blend of its ends; a shift explains it.
            const double shifted = robustDistance(sa, sb);
            if (shifted < m_options.gradualThreshold)
                continue;
            // The decay of a flare back to the picture it lit up is no dissolve.
            if (sa.meanLuma - sb.meanLuma >= kFlareLuma && pictureBefore(a, sb))
                continue;
            // Both ends one picture under other contrast: a fade only if it goes on to a flat
            // frame; otherwise smoke, haze, a glow or a light dimming inside the shot.
            const bool fadesFromA = sa.lumaSpread < sb.lumaSpread;
            if (layoutChange(sa, sb) < kSamePictureLayout &&
                !reachesFlat(fadesFromA ? a : b, fadesFromA ? -1 : 1))
                continue;
            const double score = std::min(change, shifted) * (1.0 - ratio);
            if (best && best->score >= score)
                continue;
            // Span: where the blend weight of b passes kSpanWeight and reaches 1 - kSpanWeight.
            cv::Mat direction = sb.colour - sa.colour;
            const double norm2 = direction.dot(direction);
            model::Frame start = a + 1;
            model::Frame end = b;
            bool started = false;
            for (model::Frame t = a + 1; t < b; ++t) {
                const double weight = cv::Mat(at(t).colour - sa.colour).dot(direction) / norm2;
                if (!started && weight > kSpanWeight) {
                    start = t;
                    started = true;
                }
                if (started && weight >= 1.0 - kSpanWeight) {
                    end = t;
                    break;
                }
            }
            if (end - start < 2)
                continue;
            TransitionKind kind = TransitionKind::Dissolve;
            if (sb.lumaSpread < kFlatSpread)
                kind = TransitionKind::FadeOut;
            else if (sa.lumaSpread < kFlatSpread)
                kind = TransitionKind::FadeIn;
            best = Gradual{{start, end, kind}, score};
        }
    }
    if (best) {
        if (!m_dissolveRun) {
            m_dissolveRunStart = m;
            m_dissolveRun = best;
        } else if (best->score > m_dissolveRun->score) {
            m_dissolveRun = best;
        }
        m_dissolveGap = 0;
    } else if (m_dissolveRun) {
        ++m_dissolveGap;
    }
    // A run ends after a short gap, or at the latest after twice the widest test, which bounds
    // the latency (a slow, steady change could otherwise keep it open).
    if (m_dissolveRun &&
        (m_dissolveGap > 2 || m - m_dissolveRunStart >= 2 * model::Frame(m_scales.back()))) {
        offer({m_dissolveRun->boundary, m_dissolveRun->score, false});
        m_dissolveRun.reset();
        m_dissolveGap = 0;
    }
}

std::optional<ShotDetector::Gradual> ShotDetector::wipeAt(model::Frame m, int k,
                                                          double change) const
{
    if (k < m_minWipeHalfFrames)
        return std::nullopt;
    const model::Frame a = m - k;
    const model::Frame b = m + k;
    std::vector<const cv::Mat*> steps;
    steps.reserve(std::size_t(b - a));
    for (model::Frame t = a + 1; t <= b; ++t)
        steps.push_back(&cellStep(t));
    const WipeSweep sweep = measureSweep(cellChange(at(a), at(b)), steps, a + 1);
    if (sweep.informative < kWipeInformative || sweep.swept < kWipeSwept ||
        sweep.smooth < kWipeSmooth || sweep.last - sweep.first < kMinWipeFrames ||
        std::abs(sweep.middle - double(m)) > 1.0 || edgeRegularity(sweep) < kWipeRegular)
        return std::nullopt;
    // A pan or a tilt can carry a sharp edge across a flat part of the scene; a shift of the
    // picture explains most of it. The sweep itself is strong evidence, so two similar shots
    // joined by a wipe need only half the usual difference once shifts are allowed for.
    const double shifted = robustDistance(at(a), at(b));
    if (shifted < kWipeShiftedShare * m_options.gradualThreshold)
        return std::nullopt;
    const auto start = model::Frame(std::floor(sweep.first));
    const auto end = model::Frame(std::ceil(sweep.last)) + 1;
    return Gradual{{start, end, TransitionKind::Wipe},
                   std::min(change, shifted) * sweep.swept * sweep.smooth};
}

void ShotDetector::offer(const Candidate& candidate)
{
    const model::Frame split = candidate.boundary.splitFrame();
    if (m_resumedAt >= 0 && split <= m_resumedAt)
        return;
    if (m_lastEmitted) {
        const model::Frame last = m_lastEmitted->splitFrame();
        if (split <= last)
            return;
        if (!candidate.paired && split - last < m_options.minShotFrames)
            return;
    }
    if (!m_pending) {
        m_pending = candidate;
        return;
    }
    const model::Frame pendingSplit = m_pending->boundary.splitFrame();
    // Two boundaries whose spans overlap are one transition seen twice (the cut test can fire
    // where a wipe's edge crosses a busy part of the picture): the stronger stays.
    const bool overlap = candidate.boundary.start < m_pending->boundary.end &&
                         m_pending->boundary.start < candidate.boundary.end;
    const bool conflict =
        split <= pendingSplit || split - pendingSplit < m_options.minShotFrames || overlap;
    if (!conflict || (candidate.paired && m_pending->paired && split > pendingSplit)) {
        emit(*m_pending);
        m_pending = candidate;
        return;
    }
    // Two boundaries too close together: a fade pair beats anything else, else the stronger.
    if (m_pending->paired)
        return;
    // Two cuts: the one that stands out more above the motion around it (a cut into fast
    // action is followed by large steps that a cut-like jump inside the action shares).
    const bool twoCuts = candidate.boundary.kind == TransitionKind::Cut &&
                         m_pending->boundary.kind == TransitionKind::Cut;
    if (candidate.paired ||
        (twoCuts ? candidate.salience > m_pending->salience : candidate.score > m_pending->score))
        m_pending = candidate;
}

void ShotDetector::settle(model::Frame evaluated)
{
    if (!m_pending)
        return;
    model::Frame earliest = evaluated + 1 - std::max(m_scales.back(), m_maxFadeFrames) - 1;
    if (m_dissolveRun)
        // Held until the open run's span has started after it, so that overlaps are seen.
        earliest = std::min(earliest, m_dissolveRun->boundary.start);
    if (m_pending->boundary.splitFrame() + m_options.minShotFrames <= earliest) {
        emit(*m_pending);
        m_pending.reset();
    }
}

void ShotDetector::emit(const Candidate& candidate)
{
    m_final.push_back(candidate.boundary);
    m_lastEmitted = candidate.boundary;
}

} // namespace diptych::analysis
