#include "composed_films.h"

#include "analysis/segmentation/boundary_truth.h"
#include "film_renderer.h"
#include "test_media.h"

#include <algorithm>
#include <random>
#include <stdexcept>

namespace diptych::test {

namespace {

/// Frames kept clear of a labelled boundary or trap on either side.
constexpr model::Frame kMargin = 4;
/// Shots shorter than this (after the margins) give no segment.
constexpr model::Frame kMinShotFrames = 36;

/// A stretch of one labelled shot, clear of boundaries and traps.
struct LabelledShot
{
    std::filesystem::path file;
    double fps = 24.0;
    model::Frame first = 0;
    model::Frame frames = 0;
};

double frameRateOf(const std::filesystem::path& file)
{
    const std::string rate = ffprobeEntry(file, "v:0", "stream=r_frame_rate");
    const auto slash = rate.find('/');
    const double numerator = std::stod(rate.substr(0, slash));
    const double denominator = slash == std::string::npos ? 1.0 : std::stod(rate.substr(slash + 1));
    if (!(numerator > 0) || !(denominator > 0))
        throw std::runtime_error("no frame rate for " + file.string());
    return numerator / denominator;
}

/// The longest part of [first, last) that overlaps no trap (traps widened by kMargin).
std::pair<model::Frame, model::Frame>
clearOfTraps(model::Frame first, model::Frame last,
             const std::vector<std::pair<model::Frame, model::Frame>>& traps)
{
    std::vector<std::pair<model::Frame, model::Frame>> blocked;
    for (const auto& [start, end] : traps)
        if (start - kMargin < last && end + kMargin >= first)
            blocked.emplace_back(std::max(first, start - kMargin),
                                 std::min(last, end + kMargin + 1));
    std::sort(blocked.begin(), blocked.end());
    std::pair<model::Frame, model::Frame> best{first, first};
    model::Frame free = first;
    for (const auto& [start, end] : blocked) {
        if (start - free > best.second - best.first)
            best = {free, start};
        free = std::max(free, end);
    }
    if (last - free > best.second - best.first)
        best = {free, last};
    return best;
}

/// Every usable shot of every labelled clip, grouped by clip, in label-file order.
std::vector<std::vector<LabelledShot>> labelledShots(const std::filesystem::path& labels,
                                                     const std::filesystem::path& media)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(labels))
        if (entry.path().extension() == ".json" &&
            entry.path().filename().string().find("_sd_") == std::string::npos)
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::vector<LabelledShot>> clips;
    for (const auto& file : files) {
        const auto truth = analysis::loadBoundaryTruth(file);
        const auto clip = media / truth.clip;
        if (!std::filesystem::exists(clip))
            throw std::runtime_error("labelled clip missing: " + clip.string());
        const double fps = frameRateOf(clip);
        std::vector<LabelledShot> shots;
        model::Frame begin = 0;
        auto boundaries = truth.boundaries;
        boundaries.push_back({truth.frames, truth.frames + 1, analysis::TransitionKind::Cut});
        for (const auto& boundary : boundaries) {
            const auto [first, last] =
                clearOfTraps(begin + kMargin, boundary.start - kMargin, truth.traps);
            if (last - first >= kMinShotFrames)
                shots.push_back({clip, fps, first, last - first});
            begin = boundary.end;
        }
        clips.push_back(std::move(shots));
    }
    return clips;
}

/// The shots taken one clip after the other (the first shot of every clip, then the second...),
/// so consecutive shots come from different clips while more than one clip has shots left.
std::vector<LabelledShot> interleaved(const std::vector<std::vector<LabelledShot>>& clips)
{
    std::vector<LabelledShot> order;
    for (std::size_t round = 0;; ++round) {
        const std::size_t before = order.size();
        for (const auto& shots : clips)
            if (round < shots.size())
                order.push_back(shots[round]);
        if (order.size() == before)
            return order;
    }
}

/// Up to `frames` frames of `shot`: its first ones, or those around its middle.
Segment segmentOf(const LabelledShot& shot, model::Frame frames, bool fromStart)
{
    frames = std::min(frames, shot.frames);
    const model::Frame first = fromStart ? shot.first : shot.first + (shot.frames - frames) / 2;
    Segment segment;
    segment.file = shot.file;
    segment.fileStartSeconds = (double(first) + 0.5) / shot.fps;
    segment.seconds = double(frames) / kRenderFps;
    return segment;
}

/// `count` joints taking `kinds` in turn.
std::vector<Joint> cycled(const std::vector<Joint>& kinds, std::size_t count)
{
    std::vector<Joint> joints;
    for (std::size_t i = 0; i < count; ++i)
        joints.push_back(kinds[i % kinds.size()]);
    return joints;
}

/// The first frame of segments[k] in a film joined by cuts only.
int startOf(const std::vector<Segment>& segments, std::size_t k)
{
    int start = 0;
    for (std::size_t i = 0; i < k; ++i)
        start += framesOf(segments[i]);
    return start;
}

/// A random film for a held-out check: 14 pieces of 1 to 4 s, each from a random shot of a
/// clip other than the previous piece's, joined by cuts (6 in 15) or by one of nine FFmpeg
/// transitions of 0.5 to 1.5 s. `seed` makes it reproducible: the sequence of std::mt19937 is
/// fixed by the standard, and only its raw output is used.
void randomFilm(unsigned seed, const std::vector<std::vector<LabelledShot>>& clips,
                std::vector<Segment>& segments, std::vector<Joint>& joints)
{
    std::mt19937 rng(seed);
    const auto below = [&](std::size_t n) { return std::size_t(rng() % n); };
    static const char* const kinds[] = {"cut",       "cut",       "cut",       "cut",
                                        "cut",       "cut",       "fade",      "fade",
                                        "dissolve",  "fadeblack", "fadewhite", "wipeleft",
                                        "wiperight", "wipeup",    "circleopen"};
    static const int durations[] = {12, 18, 24, 36}; // frames at kRenderFps
    constexpr int kPieces = 14;
    constexpr int kClearFrames = 12; // of every piece, outside any transition
    std::size_t previousClip = clips.size();
    int previousFree = 0; // frames of the previous piece not covered by its own transition
    while (int(segments.size()) < kPieces) {
        const std::size_t clip = below(clips.size());
        if (clip == previousClip || clips[clip].empty())
            continue;
        const LabelledShot& shot = clips[clip][below(clips[clip].size())];
        const auto frames =
            std::min<model::Frame>(shot.frames, model::Frame(24 + below(73))); // 1-4 s
        LabelledShot piece = shot;
        piece.first = shot.first + model::Frame(below(std::size_t(shot.frames - frames + 1)));
        piece.frames = frames;
        Segment segment = segmentOf(piece, frames, true);
        int incoming = 0;
        if (!segments.empty()) {
            Joint joint{kinds[below(std::size(kinds))], 0.0};
            if (joint.transition != "cut") {
                incoming =
                    std::min({durations[below(std::size(durations))], previousFree - kClearFrames,
                              framesOf(segment) - 2 * kClearFrames});
                if (incoming < 8) {
                    joint.transition = "cut";
                    incoming = 0;
                }
                joint.seconds = double(incoming) / kRenderFps;
            }
            joints.push_back(joint);
        }
        segments.push_back(segment);
        previousClip = clip;
        previousFree = framesOf(segment) - incoming;
    }
}

} // namespace

const std::vector<std::string>& randomFilmNames()
{
    static const std::vector<std::string> names = {"random_1", "random_2", "random_3", "random_4",
                                                   "random_5", "random_6", "random_7", "random_8"};
    return names;
}

const std::vector<std::string>& composedFilmNames()
{
    static const std::vector<std::string> names = {"composed_cuts", "composed_fast_cuts",
                                                   "composed_gradual", "composed_wipes",
                                                   "composed_effects"};
    return names;
}

SyntheticFilm makeComposedFilm(const std::string& name, const std::filesystem::path& labels,
                               const std::filesystem::path& media,
                               const std::filesystem::path& directory)
{
    const auto clips = labelledShots(labels, media);
    const auto shots = interleaved(clips);
    std::vector<Segment> segments;
    std::vector<Joint> joints;
    std::vector<Flash> flashes;
    if (name.rfind("random_", 0) == 0) {
        randomFilm(unsigned(std::stoul(name.substr(7))), clips, segments, joints);
    } else if (name == "composed_cuts") {
        // Every other shot, 2 s from its middle, joined by cuts; a white flash, a dimmer
        // two-frame one and a strobe fall inside shots.
        for (std::size_t i = 0; i < shots.size(); i += 2)
            segments.push_back(segmentOf(shots[i], 48, false));
        joints.resize(segments.size() - 1);
        flashes = {{startOf(segments, 3) + 20, startOf(segments, 3) + 20, "white@1.0", false},
                   {startOf(segments, 8) + 18, startOf(segments, 8) + 19, "white@0.8", false},
                   {startOf(segments, 12) + 8, startOf(segments, 12) + 24, "white@0.6", true}};
    } else if (name == "composed_fast_cuts") {
        // Every shot, its opening 0.5 to 1.2 s, cut like a trailer.
        const model::Frame lengths[] = {14, 22, 28, 12, 18, 24};
        for (std::size_t i = 0; i < shots.size(); ++i)
            segments.push_back(segmentOf(shots[i], lengths[i % std::size(lengths)], true));
        joints.resize(segments.size() - 1);
    } else if (name == "composed_gradual") {
        // The other half of the shots, up to 3 s from the middle, joined by dissolves of
        // 0.5 to 1 s and fades through black and white.
        for (std::size_t i = 1; i < shots.size(); i += 2)
            segments.push_back(segmentOf(shots[i], 72, false));
        joints = cycled({{"dissolve", 0.5},
                         {"fadeblack", 0.75},
                         {"dissolve", 0.75},
                         {"fadewhite", 0.5},
                         {"dissolve", 1.0},
                         {"fade", 0.5}},
                        segments.size() - 1);
    } else if (name == "composed_wipes") {
        // Every third shot, up to 3 s from the middle, joined by edge, corner and clock wipes
        // of 0.5 to 1 s.
        for (std::size_t i = 1; i < shots.size(); i += 3)
            segments.push_back(segmentOf(shots[i], 72, false));
        joints = cycled({{"wipeleft", 0.75},
                         {"wipeup", 0.5},
                         {"radial", 1.0},
                         {"wiperight", 0.75},
                         {"wipetl", 0.75},
                         {"wipedown", 0.5}},
                        segments.size() - 1);
    } else if (name == "composed_effects") {
        // What action and sci-fi footage is full of, laid over real shots (3 s pieces joined
        // by cuts), none of it a cut: heavy shake, a whip pan, an explosion's flare and decay,
        // strobing light, smoke thinning the picture, lightning (two flashes 4 frames apart).
        const std::string effects[] = {
            "scale=480:270,crop=320:180:x='80+45*sin(n*2.1)':y='45+30*cos(n*1.7)'",
            "scale=640:360,crop=320:180:x='min(320,max(0,(n-30)*40))':y=90",
            "eq=eval=frame:brightness='if(gte(n,30),0.7*exp(-(n-30)/5),0)':saturation='1+"
            "if(gte(n,30),exp(-(n-30)/5),0)'",
            "eq=eval=frame:brightness='0.3*mod(floor(n/2),2)':saturation='1+0.8*mod(floor(n/"
            "2),2)'",
            "eq=eval=frame:contrast='1-0.8*sin(n/15)^2'",
            ""};
        for (std::size_t i = 2, k = 0; i < shots.size() && k < 12; i += 3, ++k) {
            Segment segment = segmentOf(shots[i], 72, false);
            segment.camera = effects[k % std::size(effects)];
            segments.push_back(segment);
        }
        joints.resize(segments.size() - 1);
        for (std::size_t k = 5; k < segments.size(); k += std::size(effects)) {
            const int lightning = startOf(segments, k) + 24;
            flashes.push_back({lightning, lightning, "white@0.9", false});
            flashes.push_back({lightning + 4, lightning + 5, "white@0.7", false});
        }
    } else {
        throw std::runtime_error("unknown composed film " + name);
    }
    return render(name, directory, segments, joints, flashes, {});
}

} // namespace diptych::test
