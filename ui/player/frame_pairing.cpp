#include "player/frame_pairing.h"

#include <algorithm>
#include <utility>

namespace diptych::ui {
namespace {

/// Pairs remembered: a few seconds of ticks, far more than a frame can wait.
constexpr std::size_t kExpectedPairs = 128;

} // namespace

FramePairing::FramePairing(qint64 maxWaitMs)
    : m_maxWaitMs(maxWaitMs)
{}

void FramePairing::expect(qint64 a, qint64 b)
{
    if (!m_expected.empty() && m_expected.back().frames == std::array<qint64, 2>{a, b})
        return;
    m_expected.push_back({m_nextSequence++, {a, b}});
    if (m_expected.size() > kExpectedPairs)
        m_expected.pop_front();
}

std::int64_t FramePairing::latestPairWith(int side, qint64 frame) const
{
    for (auto it = m_expected.rbegin(); it != m_expected.rend(); ++it)
        if (it->frames[std::size_t(side)] == frame)
            return it->sequence;
    return -1;
}

bool FramePairing::expectedTogether(qint64 a, qint64 b) const
{
    return std::any_of(m_expected.begin(), m_expected.end(), [&](const Pair& pair) {
        return pair.frames[0] == a && pair.frames[1] == b;
    });
}

FramePairing::Shown FramePairing::release(int side, Held& held)
{
    held.valid = false;
    return {side, held.frame, std::exchange(held.image, QImage())};
}

std::vector<FramePairing::Shown> FramePairing::arrive(int side, qint64 frame, QImage image,
                                                      qint64 nowMs)
{
    const std::int64_t sequence = latestPairWith(side, frame);
    if (sequence < 0)
        return {{side, frame, std::move(image)}};

    // A newer frame of the same side replaces one still waiting: playback has moved past it.
    m_held[std::size_t(side)] = {true, frame, std::move(image), nowMs, sequence};
    const int other = 1 - side;
    Held& mine = m_held[std::size_t(side)];
    Held& theirs = m_held[std::size_t(other)];
    std::vector<Shown> shown;
    if (!theirs.valid)
        return shown;
    const qint64 a = side == 0 ? mine.frame : theirs.frame;
    const qint64 b = side == 0 ? theirs.frame : mine.frame;
    if (expectedTogether(a, b)) {
        shown.push_back(release(0, m_held[0]));
        shown.push_back(release(1, m_held[1]));
    } else if (theirs.sequence < mine.sequence) {
        // This side has moved past the other's pair: that frame's partner will not come.
        shown.push_back(release(other, theirs));
    } else {
        // The other side has moved past this frame's pair.
        shown.push_back(release(side, mine));
    }
    return shown;
}

std::vector<FramePairing::Shown> FramePairing::expire(qint64 nowMs)
{
    std::vector<Shown> shown;
    for (int side = 0; side < 2; ++side) {
        Held& held = m_held[std::size_t(side)];
        if (held.valid && nowMs - held.sinceMs >= m_maxWaitMs)
            shown.push_back(release(side, held));
    }
    return shown;
}

qint64 FramePairing::msUntilExpiry(qint64 nowMs) const
{
    qint64 soonest = -1;
    for (const Held& held : m_held)
        if (held.valid) {
            const qint64 left = std::max<qint64>(0, held.sinceMs + m_maxWaitMs - nowMs);
            soonest = soonest < 0 ? left : std::min(soonest, left);
        }
    return soonest;
}

void FramePairing::reset()
{
    m_expected.clear();
    m_held = {};
}

} // namespace diptych::ui
