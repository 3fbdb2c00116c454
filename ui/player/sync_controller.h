#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace diptych::ui {

/// How film B follows film A in the dual player.
enum class SyncMode
{
    Locked,      ///< B shows A's time plus a fixed offset ("sync here" sets it)
    ShotAligned, ///< paired shots play together, time mapped proportionally inside each pair
    Independent, ///< B keeps its own position; the transport drives the active film only
};

/// What the sync logic needs to know of one film: rate, length and shots.
struct SyncedFilm
{
    double fps = 24.0;     ///< frames per second (> 0)
    qint64 frameCount = 0; ///< frames in the film
    /// Shots as [start, end) 0-based frame ranges, in order and gap-free.
    std::vector<std::pair<qint64, qint64>> shots;

    /// Index of the shot holding `frame`, or -1 when there are no shots.
    [[nodiscard]] int shotAt(qint64 frame) const;
    [[nodiscard]] qint64 clamp(qint64 frame) const;
};

/// Maps a frame of film A to the frame film B shows, for each sync mode. Pure logic, no Qt
/// objects or clocks, so it is tested exhaustively on its own.
class SyncController final
{
public:
    void setFilms(SyncedFilm a, SyncedFilm b);
    [[nodiscard]] const SyncedFilm& filmA() const { return m_a; }
    [[nodiscard]] const SyncedFilm& filmB() const { return m_b; }

    void setMode(SyncMode mode) { m_mode = mode; }
    [[nodiscard]] SyncMode mode() const { return m_mode; }

    /// B's time minus A's time, in seconds, for SyncMode::Locked.
    [[nodiscard]] double offsetSeconds() const { return m_offsetSeconds; }
    void setOffsetSeconds(double seconds) { m_offsetSeconds = seconds; }
    /// "Sync here": from now on frame `frameA` of A and frame `frameB` of B show together.
    void syncHere(qint64 frameA, qint64 frameB);

    /// Shot pairs (index in A, index in B) for SyncMode::ShotAligned. A shot of A without a
    /// pair falls back to the locked mapping.
    void setCorrespondences(std::vector<std::pair<int, int>> pairs);
    [[nodiscard]] const std::vector<std::pair<int, int>>& correspondences() const
    {
        return m_pairs;
    }

    /// The frame B shows while A shows `frameA`, clamped to B's frames. In Independent mode
    /// returns `currentB` unchanged.
    [[nodiscard]] qint64 frameOfB(qint64 frameA, qint64 currentB = 0) const;

    /// The frame A shows while B shows `frameB` in SyncMode::Locked (the inverse of the
    /// offset), clamped to A's frames.
    [[nodiscard]] qint64 lockedFrameOfA(qint64 frameB) const;

private:
    [[nodiscard]] qint64 lockedFrameOfB(qint64 frameA) const;

    SyncedFilm m_a;
    SyncedFilm m_b;
    SyncMode m_mode = SyncMode::Locked;
    double m_offsetSeconds = 0;
    std::vector<std::pair<int, int>> m_pairs;
};

} // namespace diptych::ui
