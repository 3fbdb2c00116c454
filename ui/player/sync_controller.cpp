#include "player/sync_controller.h"

#include <algorithm>
#include <cmath>

namespace diptych::ui {

int SyncedFilm::shotAt(qint64 frame) const
{
    if (shots.empty())
        return -1;
    const auto after = std::upper_bound(
        shots.begin(), shots.end(), frame,
        [](qint64 value, const std::pair<qint64, qint64>& shot) { return value < shot.first; });
    return int(std::max<std::ptrdiff_t>(0, (after - shots.begin()) - 1));
}

qint64 SyncedFilm::clamp(qint64 frame) const
{
    return std::clamp<qint64>(frame, 0, std::max<qint64>(0, frameCount - 1));
}

void SyncController::setFilms(SyncedFilm a, SyncedFilm b)
{
    m_a = std::move(a);
    m_b = std::move(b);
}

void SyncController::syncHere(qint64 frameA, qint64 frameB)
{
    m_offsetSeconds = double(frameB) / m_b.fps - double(frameA) / m_a.fps;
}

void SyncController::setCorrespondences(std::vector<std::pair<int, int>> pairs)
{
    m_pairs = std::move(pairs);
}

namespace {

// Times, not frame numbers, so that a 24 fps original and a 30 fps remake stay together.
// The small epsilon keeps exact frame times (k / fps) from rounding down a frame.
qint64 frameAtTime(const SyncedFilm& film, double seconds)
{
    return film.clamp(qint64(std::floor(seconds * film.fps + 1e-6)));
}

} // namespace

qint64 SyncController::lockedFrameOfB(qint64 frameA) const
{
    return frameAtTime(m_b, double(frameA) / m_a.fps + m_offsetSeconds);
}

qint64 SyncController::lockedFrameOfA(qint64 frameB) const
{
    return frameAtTime(m_a, double(frameB) / m_b.fps - m_offsetSeconds);
}

qint64 SyncController::frameOfB(qint64 frameA, qint64 currentB) const
{
    switch (m_mode) {
    case SyncMode::Independent:
        return currentB;
    case SyncMode::Locked:
        return lockedFrameOfB(frameA);
    case SyncMode::ShotAligned:
        break;
    }
    const int shotA = m_a.shotAt(frameA);
    const auto pair = std::find_if(m_pairs.begin(), m_pairs.end(),
                                   [shotA](const auto& p) { return p.first == shotA; });
    if (shotA < 0 || pair == m_pairs.end() || pair->second < 0 ||
        pair->second >= int(m_b.shots.size()))
        return lockedFrameOfB(frameA);
    const auto [startA, endA] = m_a.shots[std::size_t(shotA)];
    const auto [startB, endB] = m_b.shots[std::size_t(pair->second)];
    // Proportional inside the pair: the same fraction of each shot's length has played.
    const double fraction = double(frameA - startA) / double(std::max<qint64>(1, endA - startA));
    const qint64 frameB = startB + qint64(std::floor(fraction * double(endB - startB) + 1e-6));
    return m_b.clamp(std::min(frameB, endB - 1));
}

} // namespace diptych::ui
