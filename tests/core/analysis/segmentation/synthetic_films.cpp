#include "synthetic_films.h"

#include "test_media.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace diptych::test {

namespace {

using analysis::ShotBoundary;
using analysis::TransitionKind;

constexpr int kFps = 24;

/// One shot: a lavfi source with optional camera work, `seconds` long.
struct Segment
{
    std::string source; ///< lavfi graph producing >= 320x180 video
    double seconds = 3.0;
    std::string camera; ///< extra filters (crop for pans / shake), may be empty
};

/// How a segment joins the previous one: a cut ("cut") or an xfade transition name.
struct Joint
{
    std::string transition = "cut";
    double seconds = 0.0;
};

TransitionKind kindOf(const std::string& transition)
{
    if (transition == "dissolve" || transition == "fade")
        return TransitionKind::Dissolve;
    if (transition.rfind("wipe", 0) == 0 || transition.rfind("slide", 0) == 0)
        return TransitionKind::Wipe;
    return TransitionKind::Other;
}

struct Flash
{
    int first = 0;
    int last = 0;
    std::string colour = "white@1.0";
    bool strobe = false; ///< every other frame of [first, last]
};

SyntheticFilm render(const std::string& name, const std::filesystem::path& directory,
                     const std::vector<Segment>& segments, const std::vector<Joint>& joints,
                     const std::vector<Flash>& flashes, std::vector<std::pair<int, int>> traps)
{
    SyntheticFilm film;
    film.name = name;
    film.fps = kFps;
    film.path = directory / (name + ".mp4");
    film.traps = std::move(traps);

    std::ostringstream graph;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        graph << segments[i].source
              << ",trim=end_frame=" << int(std::lround(segments[i].seconds * kFps))
              << ",setpts=PTS-STARTPTS";
        if (!segments[i].camera.empty())
            graph << ',' << segments[i].camera;
        graph << ",scale=320:180,setsar=1,fps=" << kFps << ",format=yuv420p,settb=1/" << kFps
              << "[s" << i << "];";
    }
    // Join left to right; frame arithmetic follows xfade: the output keeps the first input up
    // to `offset`, blends for `duration`, then continues with the second input.
    int length = int(std::lround(segments[0].seconds * kFps));
    std::string current = "[s0]";
    for (std::size_t i = 1; i < segments.size(); ++i) {
        const Joint& joint = joints[i - 1];
        const int next = int(std::lround(segments[i].seconds * kFps));
        const std::string label = "[j" + std::to_string(i) + "]";
        if (joint.transition == "cut") {
            graph << current << "[s" << i << "]concat=n=2:v=1:a=0,settb=1/" << kFps << label << ';';
            film.truth.push_back({length, length + 1, TransitionKind::Cut});
            length += next;
        } else {
            const int duration = int(std::lround(joint.seconds * kFps));
            const int offset = length - duration;
            graph << current << "[s" << i << "]xfade=transition=" << joint.transition
                  << ":duration=" << double(duration) / kFps << ":offset=" << double(offset) / kFps
                  << label << ';';
            if (joint.transition == "fadeblack" || joint.transition == "fadewhite") {
                // Out to a flat card and in again: two boundaries, split at the middle.
                const int middle = offset + duration / 2;
                film.truth.push_back({offset, middle, TransitionKind::FadeOut});
                film.truth.push_back({middle, offset + duration, TransitionKind::FadeIn});
            } else {
                film.truth.push_back({offset, offset + duration, kindOf(joint.transition)});
            }
            length += next - duration;
        }
        current = label;
    }
    graph << current << "null";
    for (const Flash& flash : flashes) {
        graph << ",drawbox=x=0:y=0:w=iw:h=ih:t=fill:color=" << flash.colour << ":enable='between(n,"
              << flash.first << ',' << flash.last << ')' << (flash.strobe ? "*eq(mod(n,2),0)" : "")
              << "'";
        film.traps.emplace_back(flash.first, flash.last);
    }
    graph << "[out]";

    const std::string temporary = film.path.string() + ".part.mp4";
    const std::string command = "ffmpeg -v error -y -filter_complex " + shellQuote(graph.str()) +
                                " -map '[out]' -c:v libx264 -preset ultrafast -crf 20 -an " +
                                shellQuote(temporary) + " && mv " + shellQuote(temporary) + ' ' +
                                shellQuote(film.path.string());
    if (runCommand(command) != 0)
        throw std::runtime_error("ffmpeg failed to render synthetic film " + name);
    return film;
}

// Sources: moving, textured content of different colours and layouts.
const std::string kTestsrc = "testsrc2=s=320x180:r=24";
const std::string kMandelbrot = "mandelbrot=s=320x180:r=24";
const std::string kLife =
    "life=s=320x180:r=24:mold=10:ratio=0.3:life_color=#30c060:death_color=#802020";
const std::string kCounter = "testsrc=s=320x180:r=24,hue=H=t*2";
const std::string kPlasma =
    "nullsrc=s=320x180:r=24,geq=r='128+100*sin(X/23+T*2)':g='128+90*sin(Y/17-T*1.5)':b='128+"
    "80*sin((X+Y)/31+T)'";
const std::string kBarsBig = "smptehdbars=s=640x360:r=24";
const std::string kTestsrcBig = "testsrc2=s=640x360:r=24";
// Camera work on the big sources: a whip pan and a heavy shake.
const std::string kWhipPan = "crop=320:180:x='min(320,max(0,(n-24)*40))':y=90";
const std::string kShake = "crop=320:180:x='160+60*sin(n*2.1)':y='90+40*cos(n*1.7)'";

} // namespace

const std::vector<std::string>& syntheticFilmNames()
{
    static const std::vector<std::string> names = {"cuts_and_flashes", "gradual", "mixed"};
    return names;
}

SyntheticFilm makeSyntheticFilm(const std::string& name, const std::filesystem::path& directory)
{
    if (name == "cuts_and_flashes") {
        // Cuts at 72, 144, 204, 276; a 1-frame flash at 96, a 3-frame one at 120, a strobe
        // 160-176 and a shaking camera in the fourth shot.
        return render(name, directory,
                      {{kTestsrc, 3.0, ""},
                       {kMandelbrot, 3.0, ""},
                       {kPlasma, 2.5, ""},
                       {kTestsrcBig, 3.0, kShake},
                       {kLife, 2.5, ""}},
                      {{}, {}, {}, {}},
                      {{96, 96, "white@1.0", false},
                       {120, 122, "white@0.85", false},
                       {160, 176, "white@0.6", true}},
                      {{204, 275}});
    }
    if (name == "gradual") {
        return render(name, directory,
                      {{kTestsrc, 3.0, ""},
                       {kPlasma, 3.0, ""},
                       {kBarsBig, 3.0, kWhipPan},
                       {kMandelbrot, 3.0, ""},
                       {kLife, 3.0, ""}},
                      {{"dissolve", 1.0}, {"fadeblack", 1.0}, {"fade", 0.75}, {"fadewhite", 1.0}},
                      {}, {});
    }
    if (name == "mixed") {
        return render(name, directory,
                      {{kCounter, 2.5, ""},
                       {kTestsrcBig, 3.0, kShake},
                       {kPlasma, 3.0, ""},
                       {kMandelbrot, 2.5, ""},
                       {kTestsrc, 3.0, ""}},
                      {{"cut", 0}, {"dissolve", 0.5}, {"wipeleft", 0.75}, {"cut", 0}},
                      {{40, 41, "white@0.9", false}}, {{60, 131}});
    }
    throw std::runtime_error("unknown synthetic film " + name);
}

} // namespace diptych::test
