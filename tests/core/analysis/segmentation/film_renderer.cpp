#include "film_renderer.h"

#include "test_media.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace diptych::test {

namespace {

using analysis::TransitionKind;

TransitionKind kindOf(const std::string& transition)
{
    if (transition == "dissolve" || transition == "fade")
        return TransitionKind::Dissolve;
    if (transition.rfind("wipe", 0) == 0 || transition.rfind("slide", 0) == 0 ||
        transition == "radial")
        return TransitionKind::Wipe;
    return TransitionKind::Other;
}

} // namespace

int framesOf(const Segment& segment)
{
    return int(std::lround(segment.seconds * kRenderFps));
}

SyntheticFilm render(const std::string& name, const std::filesystem::path& directory,
                     const std::vector<Segment>& segments, const std::vector<Joint>& joints,
                     const std::vector<Flash>& flashes, std::vector<std::pair<int, int>> traps)
{
    SyntheticFilm film;
    film.name = name;
    film.fps = kRenderFps;
    film.path = directory / (name + ".mp4");
    film.traps = std::move(traps);

    std::ostringstream inputs;
    std::ostringstream graph;
    int fileInputs = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment& segment = segments[i];
        if (segment.file.empty()) {
            graph << segment.source;
        } else {
            // Input seeking lands on the first frame at or after the time; the segment's
            // length, not its exact first frame, is what the truth depends on.
            inputs << " -ss " << segment.fileStartSeconds << " -i "
                   << shellQuote(segment.file.string());
            graph << '[' << fileInputs++ << ":v]null";
        }
        graph << ",trim=end_frame=" << framesOf(segment) << ",setpts=PTS-STARTPTS";
        if (!segment.file.empty())
            // Every frame of the file becomes one frame of the film (29.97 fps slows a little).
            graph << ",setpts=N/" << kRenderFps << "/TB"
                  << ",scale=320:180:force_original_aspect_ratio=decrease,pad=320:180:-1:-1";
        if (!segment.camera.empty())
            graph << ',' << segment.camera;
        graph << ",scale=320:180,setsar=1,fps=" << kRenderFps << ",format=yuv420p,settb=1/"
              << kRenderFps << "[s" << i << "];";
    }
    // Join left to right; frame arithmetic follows xfade: the output keeps the first input up
    // to `offset`, blends for `duration`, then continues with the second input.
    int length = framesOf(segments[0]);
    std::string current = "[s0]";
    for (std::size_t i = 1; i < segments.size(); ++i) {
        const Joint& joint = joints[i - 1];
        const int next = framesOf(segments[i]);
        const std::string label = "[j" + std::to_string(i) + "]";
        if (joint.transition == "cut") {
            graph << current << "[s" << i << "]concat=n=2:v=1:a=0,settb=1/" << kRenderFps << label
                  << ';';
            film.truth.push_back({length, length + 1, TransitionKind::Cut});
            length += next;
        } else {
            const int duration = int(std::lround(joint.seconds * kRenderFps));
            const int offset = length - duration;
            graph << current << "[s" << i << "]xfade=transition=" << joint.transition
                  << ":duration=" << double(duration) / kRenderFps
                  << ":offset=" << double(offset) / kRenderFps << label << ';';
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
    const std::string command =
        "ffmpeg -v error -y" + inputs.str() + " -filter_complex " + shellQuote(graph.str()) +
        " -map '[out]' -c:v libx264 -preset ultrafast -crf 20 -an " + shellQuote(temporary) +
        " && mv " + shellQuote(temporary) + ' ' + shellQuote(film.path.string());
    if (runCommand(command) != 0)
        throw std::runtime_error("ffmpeg failed to render film " + name);
    return film;
}

} // namespace diptych::test
