#pragma once

#include "model/film.h"
#include "player/frame_pairing.h"
#include "player/playback_clock.h"
#include "player/sync_controller.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QStyle>
#include <QWidget>

#include <array>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QSplitter;
class QTimer;
class QToolButton;

namespace diptych::ui {

class FilmAudio;
class FrameFetcher;
class ProjectDocument;
class VideoView;

/// Two films side by side (or stacked) driven by one transport, frame-accurately: film A's
/// frame is the master position, film B follows through the SyncController (locked with an
/// offset, shot-aligned, or independent). Decoding runs on one FrameFetcher thread per film.
///
/// Keys (as actions(), for the window's Playback menu): Space play/pause, ←/→ one frame,
/// Shift+←/→ one shot, J/K/L shuttle (J and L again go faster, up to 2×), Home/End, I/O marks,
/// loop (the I/O range when both marks are set, else the current shot), go to timecode.
class DualPlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DualPlayer)

public:
    explicit DualPlayer(QWidget* parent = nullptr);
    ~DualPlayer() override;

    /// The project whose films can be chosen; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);

    /// 0-based presentation-order frames currently shown.
    [[nodiscard]] qint64 frameA() const { return m_frame[0]; }
    [[nodiscard]] qint64 frameB() const { return m_frame[1]; }
    /// The I/O marks as film A's frames [in, out), when both are set and in order.
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> markedRange() const;
    [[nodiscard]] bool isPlaying() const { return m_clock.isRunning(); }
    [[nodiscard]] SyncController& sync() { return m_sync; }
    [[nodiscard]] std::optional<model::FilmId> filmIdOf(int side) const;
    /// The viewer of side 0 (A) or 1 (B), for overlays.
    [[nodiscard]] VideoView* view(int side) const { return m_views[std::size_t(side)]; }

    /// Shows frame `frame` of film A (and B as the sync mode says). Stops nothing.
    void seekA(qint64 frame);
    /// Shows frame `frame` of film B; in locked mode A follows (through the offset).
    void seekB(qint64 frame);
    /// Selects which project film each side shows (side 0 = A, 1 = B).
    void chooseFilm(int side, model::FilmId id);

    void play(double speed = 1.0);
    void pause();
    void togglePlay();
    void stepFrames(int count);
    void stepShots(int count);
    void setSyncMode(SyncMode mode);
    void syncHere();

    /// Starts reading the films' seek proxies where they have been built since the films
    /// were chosen (seeking in long-GOP films becomes instant).
    void attachSeekProxies();

    /// Writes the two viewers as they are (both frames with their captions: titles,
    /// timecodes, frame and shot numbers) to a .png or .svg file. Returns an empty string on
    /// success, else a one-line reason.
    [[nodiscard]] QString exportFramePair(const QString& path);

    /// The actions with their shortcuts, for the window's menus.
    [[nodiscard]] QList<QAction*> playbackActions() const { return m_actions; }

Q_SIGNALS:
    void positionChanged(qint64 frameA, qint64 frameB);
    /// The film shown on either side changed (filmIdOf() tells which films are shown now).
    void filmsChosen();
    /// Viewer `side` (0 = A, 1 = B) now shows 0-based frame `frame` (counts presented frames
    /// for the playback benchmark and tests).
    void framePresented(int side, qint64 frame);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Transport icons for the current palette (on a palette or style change) and play state.
    void updateIcons();
    /// Only the play / pause icon, on play and pause.
    void updatePlayIcon();

    struct Side
    {
        std::optional<model::Film> film;
        SyncedFilm timeline;
    };

    void createActions();
    void reloadFilms();
    void refreshSync();
    /// The project's shot pairs between film A and film B as shot indices.
    [[nodiscard]] std::vector<std::pair<int, int>> shotPairs() const;
    void show(qint64 frameA, qint64 frameB);
    void requestFrames();
    /// During playback with two films the frames of a tick are shown together (FramePairing).
    [[nodiscard]] bool pairsFrames() const;
    void present(int side, qint64 frame, const QImage& image);
    void presentAll(const std::vector<FramePairing::Shown>& shown);
    void tick();
    /// Which film is heard: 0 = A, 1 = B, -1 = none.
    void setSoundSide(int side);
    void openSound();
    /// Film seconds of the frame shown on the heard side.
    [[nodiscard]] double soundSideSeconds() const;
    /// (Re)starts the sound at the heard side's position while playing.
    void restartSound();
    void keepSoundInSync();
    void shuttle(int direction);
    void goToTimecode();
    [[nodiscard]] double speedFromCombo() const;
    [[nodiscard]] QString positionText(int side) const;

    QPointer<ProjectDocument> m_document;
    std::array<Side, 2> m_sides;
    std::array<qint64, 2> m_frame{0, 0};
    std::array<VideoView*, 2> m_views{};
    std::array<FrameFetcher*, 2> m_fetchers{};
    std::array<QComboBox*, 2> m_filmCombos{};
    SyncController m_sync;
    QElapsedTimer m_monotonic;
    PlaybackClock m_clock;
    QTimer* m_timer;
    FramePairing m_pairing;
    QTimer* m_pairingTimer; ///< shows a held frame whose partner is late
    QSplitter* m_splitter;
    QSlider* m_slider;
    QToolButton* m_playButton;
    /// The transport buttons other than play / pause, with their standard icons (redrawn
    /// when the palette changes, see updateIcons()).
    std::vector<std::pair<QToolButton*, QStyle::StandardPixmap>> m_iconButtons;
    QComboBox* m_speedCombo;
    QComboBox* m_syncCombo;
    QLabel* m_offsetLabel;
    FilmAudio* m_audio;
    QComboBox* m_soundCombo;
    int m_soundSide = 0;
    qint64 m_soundStarted = -1; // m_monotonic ms of the last sound (re)start; -1 pending
    QList<QAction*> m_actions;
    qint64 m_markIn = -1;
    qint64 m_markOut = -1;
    bool m_loopShot = false;
};

} // namespace diptych::ui
