#include "synthetic_films.h"

#include "film_renderer.h"

#include <stdexcept>

namespace diptych::test {

namespace {

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

Segment lavfi(const std::string& source, double seconds, const std::string& camera = {})
{
    Segment segment;
    segment.source = source;
    segment.seconds = seconds;
    segment.camera = camera;
    return segment;
}

} // namespace

const std::vector<std::string>& syntheticFilmNames()
{
    static const std::vector<std::string> names = {"cuts_and_flashes", "gradual", "mixed", "wipes"};
    return names;
}

SyntheticFilm makeSyntheticFilm(const std::string& name, const std::filesystem::path& directory)
{
    if (name == "cuts_and_flashes") {
        // Cuts at 72, 144, 204, 276; a 1-frame flash at 96, a 3-frame one at 120, a strobe
        // 160-176 and a shaking camera in the fourth shot.
        return render(name, directory,
                      {lavfi(kTestsrc, 3.0), lavfi(kMandelbrot, 3.0), lavfi(kPlasma, 2.5),
                       lavfi(kTestsrcBig, 3.0, kShake), lavfi(kLife, 2.5)},
                      {{}, {}, {}, {}},
                      {{96, 96, "white@1.0", false},
                       {120, 122, "white@0.85", false},
                       {160, 176, "white@0.6", true}},
                      {{204, 275}});
    }
    if (name == "gradual") {
        return render(name, directory,
                      {lavfi(kTestsrc, 3.0), lavfi(kPlasma, 3.0), lavfi(kBarsBig, 3.0, kWhipPan),
                       lavfi(kMandelbrot, 3.0), lavfi(kLife, 3.0)},
                      {{"dissolve", 1.0}, {"fadeblack", 1.0}, {"fade", 0.75}, {"fadewhite", 1.0}},
                      {}, {});
    }
    if (name == "mixed") {
        return render(name, directory,
                      {lavfi(kCounter, 2.5), lavfi(kTestsrcBig, 3.0, kShake), lavfi(kPlasma, 3.0),
                       lavfi(kMandelbrot, 2.5), lavfi(kTestsrc, 3.0)},
                      {{"cut", 0}, {"dissolve", 0.5}, {"wipeleft", 0.75}, {"cut", 0}},
                      {{40, 41, "white@0.9", false}}, {{60, 131}});
    }
    if (name == "wipes") {
        // Edge wipes across, up and from a corner, and a clock wipe, between moving pictures.
        return render(name, directory,
                      {lavfi(kTestsrc, 3.0), lavfi(kPlasma, 3.0), lavfi(kMandelbrot, 3.0),
                       lavfi(kCounter, 3.0), lavfi(kLife, 3.0)},
                      {{"wipeleft", 0.75}, {"wipeup", 0.5}, {"radial", 1.0}, {"wipetl", 0.75}}, {},
                      {});
    }
    throw std::runtime_error("unknown synthetic film " + name);
}

} // namespace diptych::test
