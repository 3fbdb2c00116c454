#include "exchange/edl_export.h"

#include "common/timecode.h"
#include "exchange/project_snapshot.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

namespace diptych::exchange {

namespace {

/// CMX 3600 reel names are at most 8 characters.
constexpr std::size_t kReelLength = 8;

/// `text` on one line: EDL readers split on line breaks, so they become spaces.
std::string oneLine(std::string_view text)
{
    std::string out;
    for (const char c : text)
        out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

/// A reel name for the film, unique in the list: its file stem in upper-case letters and
/// digits, cut to 8 characters; a clash gets a number in its last characters ("ORIGINA2").
std::string reelName(const model::Film& film, std::set<std::string>& taken)
{
    std::string base;
    for (const char c : film.path.stem().string())
        if (std::isalnum(static_cast<unsigned char>(c)) != 0 &&
            static_cast<unsigned char>(c) < 0x80)
            base += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (base.empty())
        base = "FILM"; // a stem in another script
    base.resize(std::min(base.size(), kReelLength));
    std::string reel = base;
    for (int n = 2; taken.count(reel); ++n) {
        const auto suffix = std::to_string(n);
        reel = base.substr(0, std::min(base.size(), kReelLength - suffix.size())) + suffix;
    }
    taken.insert(reel);
    return reel;
}

/// Converts a count of frames of a film to the record side's count. Timecode counts frames at
/// the rounded rate, so films at the record's rounded rate (the usual case) map one to one.
class RecordClock
{
public:
    explicit RecordClock(double recordFps)
        : m_recordFps(recordFps)
        , m_recordBase(std::llround(recordFps))
    {}

    [[nodiscard]] model::Frame frames(model::Frame filmFrames, double fps) const
    {
        const auto base = std::llround(fps);
        if (base == m_recordBase || base <= 0)
            return filmFrames;
        return std::llround(static_cast<double>(filmFrames) * static_cast<double>(m_recordBase) /
                            static_cast<double>(base));
    }

    [[nodiscard]] std::string timecode(model::Frame frame) const
    {
        return formatTimecode(frame, m_recordFps);
    }

private:
    double m_recordFps;
    std::int64_t m_recordBase;
};

/// The event line, in the columns of CMX 3600 as Avid and OTIO's adapter write it:
/// event (3 digits, more after 999), two spaces, reel padded to 8, track "V", cut "C".
std::string eventLine(int number, const std::string& reel, const std::string& sourceIn,
                      const std::string& sourceOut, const std::string& recordIn,
                      const std::string& recordOut)
{
    char line[160];
    std::snprintf(line, sizeof line, "%03d  %-8s V     C        %s %s %s %s", number, reel.c_str(),
                  sourceIn.c_str(), sourceOut.c_str(), recordIn.c_str(), recordOut.c_str());
    return line;
}

std::string shotComment(std::size_t index, const model::Shot& shot)
{
    std::string comment = "* SHOT " + std::to_string(index + 1);
    if (shot.transition == model::TransitionKind::Cut ||
        shot.transition == model::TransitionKind::None)
        return comment;
    comment += " (";
    comment += model::toString(shot.transition);
    if (shot.transitionFrames > 0)
        comment += ", " + std::to_string(shot.transitionFrames) + " frames";
    return comment + ")";
}

/// Writes the events of every film, one film after another on the record side.
class EdlWriter
{
public:
    explicit EdlWriter(const ProjectSnapshot& snapshot)
        : m_snapshot(snapshot)
        , m_clock(recordFps(snapshot))
    {}

    std::string document()
    {
        m_out << "TITLE: " << oneLine(m_snapshot.projectName) << '\n';
        m_out << "FCM: NON-DROP FRAME\n";
        for (const auto& film : m_snapshot.films)
            writeFilm(film);
        return m_out.str();
    }

private:
    /// The record side runs at the first film's rate (an EDL has one).
    static double recordFps(const ProjectSnapshot& snapshot)
    {
        for (const auto& film : snapshot.films)
            if (film.film.fps > 0)
                return film.film.fps;
        return 25.0;
    }

    void writeFilm(const FilmSnapshot& film)
    {
        const auto& f = film.film;
        if (!(f.fps > 0)) {
            m_out << "* SKIPPED " << oneLine(f.path.filename().string())
                  << ": the frame rate is unknown\n";
            return;
        }
        const auto reel = reelName(f, m_reels);
        const model::Frame filmRecordStart = m_record;
        model::Frame covered = 0; // film frames written so far, the record side's measure
        for (std::size_t i = 0; i < film.shots.size(); ++i) {
            const auto& shot = film.shots[i];
            const auto recordIn = filmRecordStart + m_clock.frames(covered, f.fps);
            covered += shot.length();
            const auto recordOut = filmRecordStart + m_clock.frames(covered, f.fps);
            m_out << eventLine(++m_event, reel, formatTimecode(shot.startFrame, f.fps),
                               formatTimecode(shot.endFrame, f.fps), m_clock.timecode(recordIn),
                               m_clock.timecode(recordOut))
                  << '\n';
            m_out << "* FROM CLIP NAME:  " << oneLine(f.path.filename().string()) << '\n';
            m_out << "* SOURCE FILE: " << oneLine(f.path.generic_string()) << '\n';
            m_out << shotComment(i, shot) << '\n';
            writeLocators(film, shot, recordIn);
            m_record = recordOut;
        }
    }

    /// A "* LOC:" line per annotation starting in the shot, at its start on the record side:
    /// the code path (red, or yellow for free text), as OTIO's CMX adapter reads markers.
    void writeLocators(const FilmSnapshot& film, const model::Shot& shot, model::Frame recordIn)
    {
        std::vector<const model::Annotation*> starting;
        for (const auto& a : film.annotations)
            if (a.startFrame >= shot.startFrame && a.startFrame < shot.endFrame)
                starting.push_back(&a);
        std::stable_sort(starting.begin(), starting.end(), [](const auto* a, const auto* b) {
            return a->startFrame < b->startFrame;
        });
        for (const auto* a : starting) {
            const auto text = oneLine(a->codeId ? m_snapshot.codePath(*a->codeId) : a->value);
            const auto at =
                recordIn + m_clock.frames(a->startFrame - shot.startFrame, film.film.fps);
            char head[64];
            std::snprintf(head, sizeof head, "* LOC: %s %-7s ", m_clock.timecode(at).c_str(),
                          a->codeId ? "RED" : "YELLOW");
            std::string line = head + text;
            line.erase(line.find_last_not_of(' ') + 1);
            m_out << line << '\n';
        }
    }

    const ProjectSnapshot& m_snapshot;
    RecordClock m_clock;
    std::ostringstream m_out;
    std::set<std::string> m_reels;
    int m_event = 0;
    model::Frame m_record = 0; ///< where the next film starts on the record side
};

} // namespace

std::string edlDocument(const ProjectSnapshot& snapshot)
{
    return EdlWriter(snapshot).document();
}

} // namespace diptych::exchange
