#include "player/dual_player.h"

#include "common/error.h"
#include "common/timecode.h"
#include "document/project_document.h"
#include "media/seek_proxy.h"
#include "player/film_audio.h"
#include "player/frame_fetcher.h"
#include "player/video_view.h"
#include "widgets/appearance.h"
#include "widgets/widget_export.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <tuple>

namespace diptych::ui {
namespace {

// The playback timer ticks faster than any film's frame rate; PlaybackClock decides which
// frame is due, so a late tick shows the right frame instead of drifting.
constexpr int kTickMs = 5;
constexpr std::array<double, 5> kSpeeds = {0.25, 0.5, 1.0, 1.5, 2.0};

/// The film's seek proxy when one has been built (see ProxyController), else empty.
std::filesystem::path existingSeekProxy(const std::filesystem::path& film)
{
    try {
        std::error_code error;
        auto proxy = media::seekProxyPath(film);
        return std::filesystem::exists(proxy, error) ? proxy : std::filesystem::path{};
    } catch (const Error&) {
        return {}; // the film itself is gone: the fetcher reports that
    }
}

SyncedFilm timelineOf(const model::Film& film, const analysis::FilmResults* results)
{
    SyncedFilm timeline;
    timeline.fps = film.fps > 0 ? film.fps : 24.0;
    timeline.frameCount = film.frameCount;
    if (results)
        for (const auto& shot : results->shots)
            timeline.shots.emplace_back(shot.shot.startFrame, shot.shot.endFrame);
    return timeline;
}

} // namespace

DualPlayer::DualPlayer(QWidget* parent)
    : QWidget(parent)
    , m_clock([this]() { return m_monotonic.elapsed(); })
    , m_timer(new QTimer(this))
    , m_pairingTimer(new QTimer(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_playButton(new QToolButton(this))
    , m_speedCombo(new QComboBox(this))
    , m_syncCombo(new QComboBox(this))
    , m_offsetLabel(new QLabel(this))
    , m_audio(new FilmAudio(this))
    , m_soundCombo(new QComboBox(this))
{
    m_monotonic.start();
    for (int side = 0; side < 2; ++side) {
        m_views[std::size_t(side)] = new VideoView(m_splitter);
        m_fetchers[std::size_t(side)] = new FrameFetcher(this);
        m_filmCombos[std::size_t(side)] = new QComboBox(this);
        m_filmCombos[std::size_t(side)]->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_fetchers[std::size_t(side)], &FrameFetcher::frameReady, this,
                [this, side](qint64 frame, const QImage& image) {
                    if (pairsFrames())
                        presentAll(m_pairing.arrive(side, frame, image, m_monotonic.elapsed()));
                    else if (frame == m_frame[std::size_t(side)] || isPlaying())
                        present(side, frame, image);
                });
        connect(m_fetchers[std::size_t(side)], &FrameFetcher::failed, this,
                [this, side](const QString& message) {
                    m_views[std::size_t(side)]->setPlaceholder(message);
                });
        connect(m_filmCombos[std::size_t(side)], &QComboBox::activated, this,
                [this, side](int index) {
                    const auto id = m_filmCombos[std::size_t(side)]->itemData(index);
                    if (id.isValid())
                        chooseFilm(side, id.toLongLong());
                });
    }
    m_splitter->setChildrenCollapsible(false);

    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &DualPlayer::tick);
    m_pairingTimer->setSingleShot(true);
    m_pairingTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pairingTimer, &QTimer::timeout, this,
            [this]() { presentAll(m_pairing.expire(m_monotonic.elapsed())); });

    m_playButton->setToolTip(tr("Play or pause both films (Space)"));
    connect(m_playButton, &QToolButton::clicked, this, &DualPlayer::togglePlay);

    m_slider->setToolTip(tr("Position in film A; film B follows the sync mode"));
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (value != m_frame[0])
            seekA(value);
    });

    for (const double speed : kSpeeds)
        m_speedCombo->addItem(tr("%1×").arg(speed), speed);
    m_speedCombo->setCurrentIndex(2);
    m_speedCombo->setToolTip(tr("Playback speed"));
    connect(m_speedCombo, &QComboBox::activated, this, [this]() {
        if (isPlaying())
            play(speedFromCombo());
    });

    m_soundCombo->addItem(tr("Sound: Film A"), 0);
    m_soundCombo->addItem(tr("Sound: Film B"), 1);
    m_soundCombo->addItem(tr("Sound: Off"), -1);
    m_soundCombo->setToolTip(
        tr("Which film is heard at 1× forward playback; the other film is muted"));
    connect(m_soundCombo, &QComboBox::activated, this,
            [this]() { setSoundSide(m_soundCombo->currentData().toInt()); });

    m_syncCombo->addItem(tr("Locked (with offset)"), int(SyncMode::Locked));
    m_syncCombo->addItem(tr("Shot-aligned"), int(SyncMode::ShotAligned));
    m_syncCombo->addItem(tr("Independent"), int(SyncMode::Independent));
    m_syncCombo->setToolTip(tr("How film B follows film A"));
    connect(m_syncCombo, &QComboBox::activated, this,
            [this]() { setSyncMode(SyncMode(m_syncCombo->currentData().toInt())); });
    auto* syncHereButton = new QPushButton(tr("Sync Here"), this);
    syncHereButton->setToolTip(tr("Lock the two films so that the frames shown now play together"));
    connect(syncHereButton, &QPushButton::clicked, this, &DualPlayer::syncHere);

    auto* transport = new QHBoxLayout;
    auto addButton = [&](QStyle::StandardPixmap icon, const QString& tip, auto slot) {
        auto* button = new QToolButton(this);
        m_iconButtons.emplace_back(button, icon);
        button->setToolTip(tip);
        connect(button, &QToolButton::clicked, this, slot);
        transport->addWidget(button);
    };
    addButton(QStyle::SP_MediaSkipBackward, tr("Previous shot (Shift+Left)"),
              [this]() { stepShots(-1); });
    addButton(QStyle::SP_MediaSeekBackward, tr("Previous frame (Left)"),
              [this]() { stepFrames(-1); });
    transport->addWidget(m_playButton);
    addButton(QStyle::SP_MediaSeekForward, tr("Next frame (Right)"), [this]() { stepFrames(1); });
    addButton(QStyle::SP_MediaSkipForward, tr("Next shot (Shift+Right)"),
              [this]() { stepShots(1); });
    transport->addWidget(m_slider, 1);
    transport->addWidget(m_speedCombo);
    transport->addWidget(m_soundCombo);
    updateIcons();

    auto* films = new QHBoxLayout;
    films->addWidget(new QLabel(tr("Film A:"), this));
    films->addWidget(m_filmCombos[0]);
    films->addSpacing(12);
    films->addWidget(new QLabel(tr("Film B:"), this));
    films->addWidget(m_filmCombos[1]);
    films->addStretch(1);
    films->addWidget(new QLabel(tr("Sync:"), this));
    films->addWidget(m_syncCombo);
    films->addWidget(syncHereButton);
    films->addWidget(m_offsetLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(transport);
    layout->addLayout(films);

    createActions();
    reloadFilms();
}

DualPlayer::~DualPlayer() = default;

void DualPlayer::createActions()
{
    auto add = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
        return action;
    };
    add(tr("Play/Pause"), QKeySequence(Qt::Key_Space), [this]() { togglePlay(); });
    add(tr("Next Frame"), QKeySequence(Qt::Key_Right), [this]() { stepFrames(1); });
    add(tr("Previous Frame"), QKeySequence(Qt::Key_Left), [this]() { stepFrames(-1); });
    add(tr("Next Shot"), QKeySequence(Qt::SHIFT | Qt::Key_Right), [this]() { stepShots(1); });
    add(tr("Previous Shot"), QKeySequence(Qt::SHIFT | Qt::Key_Left), [this]() { stepShots(-1); });
    add(tr("Shuttle Backward"), QKeySequence(Qt::Key_J), [this]() { shuttle(-1); });
    add(tr("Stop Shuttle"), QKeySequence(Qt::Key_K), [this]() { pause(); });
    add(tr("Shuttle Forward"), QKeySequence(Qt::Key_L), [this]() { shuttle(1); });
    add(tr("Go to Start"), QKeySequence(Qt::Key_Home), [this]() { seekA(0); });
    add(tr("Go to End"), QKeySequence(Qt::Key_End),
        [this]() { seekA(m_sides[0].timeline.frameCount - 1); });
    add(tr("Mark In"), QKeySequence(Qt::Key_I), [this]() { m_markIn = m_frame[0]; });
    add(tr("Mark Out"), QKeySequence(Qt::Key_O), [this]() { m_markOut = m_frame[0] + 1; });
    add(tr("Clear Marks"), QKeySequence(tr("Alt+X")), [this]() { m_markIn = m_markOut = -1; });
    auto* loop = add(tr("Loop Marked Range or Shot"), QKeySequence(tr("Ctrl+L")),
                     [this](bool on) { m_loopShot = on; });
    loop->setCheckable(true);
    add(tr("Go to Timecode…"), QKeySequence(tr("Ctrl+G")), [this]() { goToTimecode(); });
    add(tr("Sync Here"), QKeySequence(tr("Ctrl+Shift+S")), [this]() { syncHere(); });
}

void DualPlayer::setDocument(ProjectDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_sides = {};
    if (m_document) {
        connect(m_document, &ProjectDocument::filmsChanged, this, &DualPlayer::reloadFilms);
        connect(m_document, &ProjectDocument::resultsChanged, this, &DualPlayer::refreshSync);
        connect(m_document, &ProjectDocument::correspondencesChanged, this,
                &DualPlayer::refreshSync);
    }
    reloadFilms();
}

std::optional<model::FilmId> DualPlayer::filmIdOf(int side) const
{
    const auto& film = m_sides[std::size_t(side)].film;
    return film ? std::optional(film->id) : std::nullopt;
}

void DualPlayer::reloadFilms()
{
    const std::vector<model::Film> films =
        m_document ? m_document->films() : std::vector<model::Film>{};
    for (int side = 0; side < 2; ++side) {
        auto* combo = m_filmCombos[std::size_t(side)];
        combo->clear();
        for (const auto& film : films)
            combo->addItem(QString::fromStdString(film.title), qint64(film.id));
        // Keep the chosen film if it is still there, else take the side's default.
        auto& chosen = m_sides[std::size_t(side)].film;
        const bool stillThere =
            chosen && std::any_of(films.begin(), films.end(),
                                  [&](const model::Film& f) { return f.id == chosen->id; });
        if (!stillThere) {
            chosen.reset();
            m_fetchers[std::size_t(side)]->open({});
            if (side == m_soundSide)
                m_audio->open({});
            if (films.size() > std::size_t(side))
                chooseFilm(side, films[std::size_t(side)].id);
            else
                m_views[std::size_t(side)]->setPlaceholder(
                    side == 0 ? tr("Add films to the project to compare them here.")
                              : tr("Add a second film to compare it with the first."));
        }
        if (chosen)
            combo->setCurrentIndex(combo->findData(qint64(chosen->id)));
    }
    Q_EMIT filmsChosen();
}

void DualPlayer::chooseFilm(int side, model::FilmId id)
{
    if (!m_document)
        return;
    for (const auto& film : m_document->films()) {
        if (film.id != id)
            continue;
        auto& s = m_sides[std::size_t(side)];
        s.film = film;
        m_views[std::size_t(side)]->setTitle(QString::fromStdString(film.title));
        if (ProjectDocument::isMissing(film)) {
            m_views[std::size_t(side)]->setPlaceholder(
                tr("The media file is missing: use File ▸ Relink Missing Films…"));
            m_fetchers[std::size_t(side)]->open({});
        } else {
            m_fetchers[std::size_t(side)]->open(film.path, existingSeekProxy(film.path));
        }
        m_filmCombos[std::size_t(side)]->setCurrentIndex(
            m_filmCombos[std::size_t(side)]->findData(qint64(id)));
    }
    m_pairing.reset();
    refreshSync();
    if (side == m_soundSide)
        openSound();
    Q_EMIT filmsChosen();
}

void DualPlayer::attachSeekProxies()
{
    for (int side = 0; side < 2; ++side) {
        const auto& film = m_sides[std::size_t(side)].film;
        if (film && !ProjectDocument::isMissing(*film))
            if (auto proxy = existingSeekProxy(film->path); !proxy.empty())
                m_fetchers[std::size_t(side)]->setProxy(proxy);
    }
}

QString DualPlayer::exportFramePair(const QString& path)
{
    return exportWidget(
        *m_splitter, path, Qt::black, tr("Frame pair"),
        tr("%1 and %2, exported from Diptych").arg(positionText(0), positionText(1)));
}

std::vector<std::pair<int, int>> DualPlayer::shotPairs() const
{
    if (!m_document || !m_sides[0].film || !m_sides[1].film)
        return {};
    std::vector<std::pair<int, int>> pairs;
    for (const auto& pair : m_document->shotPairsBetween(m_sides[0].film->id, m_sides[1].film->id))
        pairs.emplace_back(pair.shotA, pair.shotB);
    return pairs;
}

void DualPlayer::refreshSync()
{
    for (int side = 0; side < 2; ++side) {
        auto& s = m_sides[std::size_t(side)];
        s.timeline =
            s.film ? timelineOf(*s.film, m_document ? m_document->resultsOf(s.film->id) : nullptr)
                   : SyncedFilm{};
    }
    m_sync.setFilms(m_sides[0].timeline, m_sides[1].timeline);
    m_sync.setCorrespondences(shotPairs());
    m_slider->blockSignals(true);
    m_slider->setRange(0, int(std::max<qint64>(0, m_sides[0].timeline.frameCount - 1)));
    m_slider->blockSignals(false);
    show(m_sides[0].timeline.clamp(m_frame[0]), m_sync.frameOfB(m_frame[0], m_frame[1]));
}

void DualPlayer::seekA(qint64 frame)
{
    const qint64 a = m_sides[0].timeline.clamp(frame);
    if (isPlaying())
        m_clock.start(a, m_sides[0].timeline.fps, m_clock.speed());
    show(a, m_sync.frameOfB(a, m_frame[1]));
    restartSound();
}

void DualPlayer::seekB(qint64 frame)
{
    const qint64 b = m_sides[1].timeline.clamp(frame);
    // In locked mode A follows B back through the offset.
    show(m_sync.mode() == SyncMode::Locked ? m_sync.lockedFrameOfA(b) : m_frame[0], b);
    restartSound();
}

void DualPlayer::show(qint64 frameA, qint64 frameB)
{
    const bool changed = frameA != m_frame[0] || frameB != m_frame[1];
    m_frame = {frameA, frameB};
    m_slider->blockSignals(true);
    m_slider->setValue(int(frameA));
    m_slider->blockSignals(false);
    for (int side = 0; side < 2; ++side)
        m_views[std::size_t(side)]->setPosition(positionText(side));
    if (pairsFrames())
        m_pairing.expect(frameA, frameB);
    m_offsetLabel->setText(m_sync.mode() == SyncMode::Locked
                               ? tr("offset %1 s").arg(m_sync.offsetSeconds(), 0, 'f', 3)
                               : QString());
    requestFrames();
    if (changed)
        Q_EMIT positionChanged(frameA, frameB);
}

bool DualPlayer::pairsFrames() const
{
    return isPlaying() && m_sides[0].film && m_sides[1].film;
}

void DualPlayer::present(int side, qint64 frame, const QImage& image)
{
    m_views[std::size_t(side)]->setImage(image);
    Q_EMIT framePresented(side, frame);
}

void DualPlayer::presentAll(const std::vector<FramePairing::Shown>& shown)
{
    for (const auto& frame : shown)
        present(frame.side, frame.frame, frame.image);
    const qint64 left = m_pairing.msUntilExpiry(m_monotonic.elapsed());
    if (left >= 0)
        m_pairingTimer->start(int(left));
    else
        m_pairingTimer->stop();
}

void DualPlayer::requestFrames()
{
    for (int side = 0; side < 2; ++side)
        if (m_sides[std::size_t(side)].film)
            m_fetchers[std::size_t(side)]->request(m_frame[std::size_t(side)],
                                                   m_views[std::size_t(side)]->wantedFrameWidth());
}

QString DualPlayer::positionText(int side) const
{
    const auto& timeline = m_sides[std::size_t(side)].timeline;
    if (!m_sides[std::size_t(side)].film)
        return {};
    const qint64 frame = m_frame[std::size_t(side)];
    QString text = QString::fromStdString(formatTimecode(frame, timeline.fps)) +
                   QStringLiteral("  #%1").arg(frame);
    const int shot = timeline.shotAt(frame);
    if (shot >= 0)
        text += QStringLiteral("  ") + tr("shot %1").arg(shot + 1);
    return text;
}

double DualPlayer::speedFromCombo() const
{
    return m_speedCombo->currentData().toDouble();
}

void DualPlayer::play(double speed)
{
    if (!m_sides[0].film)
        return;
    m_clock.start(m_frame[0], m_sides[0].timeline.fps, speed);
    m_pairing.reset();
    for (auto* fetcher : m_fetchers)
        fetcher->setReadAhead(speed > 0);
    m_timer->start();
    restartSound();
    updatePlayIcon();
}

void DualPlayer::pause()
{
    m_clock.stop();
    m_timer->stop();
    // Frames held for a partner are dropped: the request below brings the exact frames back.
    m_pairing.reset();
    m_pairingTimer->stop();
    for (auto* fetcher : m_fetchers)
        fetcher->setReadAhead(false);
    m_audio->stop();
    updatePlayIcon();
    requestFrames(); // the exact paused frame, in case playback skipped its image
}

void DualPlayer::updateIcons()
{
    for (const auto& [button, icon] : m_iconButtons)
        button->setIcon(themedStandardIcon(*button, icon));
    updatePlayIcon();
}

void DualPlayer::updatePlayIcon()
{
    m_playButton->setIcon(themedStandardIcon(*m_playButton, isPlaying() ? QStyle::SP_MediaPause
                                                                        : QStyle::SP_MediaPlay));
}

void DualPlayer::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
}

void DualPlayer::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play(speedFromCombo());
}

void DualPlayer::shuttle(int direction)
{
    // Editors' J/K/L: the same key again doubles the speed, the other key reverses it.
    double speed = direction;
    if (isPlaying() && (m_clock.speed() > 0) == (direction > 0))
        speed = std::min(2.0, std::abs(m_clock.speed()) * 2.0) * direction;
    play(speed);
}

void DualPlayer::tick()
{
    const auto& timeline = m_sides[0].timeline;
    qint64 frame = m_clock.frameNow();
    qint64 start = 0;
    qint64 end = timeline.frameCount;
    if (m_loopShot) {
        // Loop between the I/O marks when both are set, else over the current shot.
        const int shot = timeline.shotAt(m_frame[0]);
        if (m_markIn >= 0 && m_markOut > m_markIn) {
            start = m_markIn;
            end = m_markOut;
        } else if (shot >= 0) {
            std::tie(start, end) = timeline.shots[std::size_t(shot)];
        }
    }
    if (m_loopShot && (frame >= end || frame < start)) {
        frame = m_clock.speed() > 0 ? start : end - 1;
        m_clock.start(frame, timeline.fps, m_clock.speed());
        m_soundStarted = -1; // re-seeks the sound once the loop's first frame is shown
    } else if (frame >= timeline.frameCount || frame < 0) {
        pause();
        seekA(frame < 0 ? 0 : timeline.frameCount - 1);
        return;
    }
    if (frame != m_frame[0])
        show(frame, m_sync.frameOfB(frame, m_sync.mode() == SyncMode::Independent
                                               ? m_frame[1] + (frame - m_frame[0])
                                               : m_frame[1]));
    keepSoundInSync();
}

void DualPlayer::setSoundSide(int side)
{
    m_soundSide = side;
    m_soundCombo->setCurrentIndex(m_soundCombo->findData(side));
    openSound();
}

void DualPlayer::openSound()
{
    const bool heard = m_soundSide >= 0 && m_sides[std::size_t(m_soundSide)].film &&
                       !ProjectDocument::isMissing(*m_sides[std::size_t(m_soundSide)].film);
    m_audio->open(heard ? m_sides[std::size_t(m_soundSide)].film->path : std::filesystem::path{});
    restartSound();
}

double DualPlayer::soundSideSeconds() const
{
    const auto& timeline = m_sides[std::size_t(m_soundSide)].timeline;
    return timeline.fps > 0 ? double(m_frame[std::size_t(m_soundSide)]) / timeline.fps : 0.0;
}

void DualPlayer::restartSound()
{
    if (!isPlaying() || m_soundSide < 0)
        return;
    m_audio->play(soundSideSeconds(), m_clock.speed());
    m_soundStarted = m_monotonic.elapsed();
}

void DualPlayer::keepSoundInSync()
{
    // The picture is the master clock. The sound is re-seeked when it has wandered off by
    // more than a quarter second (a device that started late, a shot-aligned B film whose
    // time runs faster or slower than A's); half a second after a restart at the earliest,
    // so the device's start-up latency does not restart it in a loop.
    constexpr double kToleranceSeconds = 0.25;
    constexpr qint64 kSettleMs = 500;
    if (m_soundSide < 0 || m_clock.speed() != 1.0)
        return;
    if (m_soundStarted < 0) {
        restartSound();
        return;
    }
    if (!m_audio->hasOutput() || m_monotonic.elapsed() - m_soundStarted < kSettleMs)
        return;
    if (std::abs(m_audio->playedSeconds() - soundSideSeconds()) > kToleranceSeconds)
        restartSound();
}

void DualPlayer::stepFrames(int count)
{
    pause();
    seekA(m_frame[0] + count);
}

std::optional<std::pair<qint64, qint64>> DualPlayer::markedRange() const
{
    if (m_markIn < 0 || m_markOut <= m_markIn)
        return std::nullopt;
    return std::pair{m_markIn, m_markOut};
}

void DualPlayer::stepShots(int count)
{
    pause();
    const auto& timeline = m_sides[0].timeline;
    const int shot = timeline.shotAt(m_frame[0]);
    if (shot < 0)
        return;
    const int target = std::clamp(shot + count, 0, int(timeline.shots.size()) - 1);
    // Back from inside a shot goes to its start first, as editors do.
    if (count < 0 && m_frame[0] > timeline.shots[std::size_t(shot)].first)
        seekA(timeline.shots[std::size_t(std::clamp(shot + count + 1, 0, shot))].first);
    else
        seekA(timeline.shots[std::size_t(target)].first);
}

void DualPlayer::setSyncMode(SyncMode mode)
{
    m_sync.setMode(mode);
    m_syncCombo->setCurrentIndex(m_syncCombo->findData(int(mode)));
    show(m_frame[0], m_sync.frameOfB(m_frame[0], m_frame[1]));
}

void DualPlayer::syncHere()
{
    m_sync.syncHere(m_frame[0], m_frame[1]);
    setSyncMode(SyncMode::Locked);
}

void DualPlayer::goToTimecode()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Go to Timecode"), tr("Timecode of film A (HH:MM:SS:FF) or frame number:"),
        QLineEdit::Normal,
        QString::fromStdString(formatTimecode(m_frame[0], m_sides[0].timeline.fps)), &ok);
    if (!ok)
        return;
    if (const auto frame = parseTimecode(text.toStdString(), m_sides[0].timeline.fps))
        seekA(*frame);
}

} // namespace diptych::ui
