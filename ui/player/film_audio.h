#pragma once

#include <QObject>

#include <filesystem>
#include <memory>

class QAudioSink;
class QIODevice;
class QThread;

namespace diptych::ui {

/// The sound of one film for the player: decodes its first audio stream on a thread of its own
/// (core AudioDecoder) into a ring of about 0.5 s that a QAudioSink pulls from. The player keeps
/// one per film it may voice and mutes the others.
///
/// Sound plays only at speed 1 forward: at other shuttle speeds editors' tools go silent rather
/// than play pitched or reversed sound, and so does play() here. A film without audio is not an
/// error (hasAudio() stays false); without a sound device (headless machines) everything works
/// and nothing is heard. Times are film seconds on the video's time origin, as AudioDecoder
/// counts them. UI thread only, apart from source(), which the output reads.
class FilmAudio final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilmAudio)

public:
    enum class Output
    {
        DefaultDevice, ///< the system's default output, if there is one
        None           ///< no sink: the caller reads source() itself (tests)
    };

    explicit FilmAudio(QObject* parent = nullptr, Output output = Output::DefaultDevice);
    ~FilmAudio() override;

    /// Opens `path`'s first audio stream on the decoding thread; an empty path closes. Stops
    /// playback. opened() tells when it is done.
    void open(const std::filesystem::path& path);
    /// Whether the opened film has an audio stream (false until opened() says otherwise).
    [[nodiscard]] bool hasAudio() const;
    /// Whether a sound device is in use (false headless or with Output::None).
    [[nodiscard]] bool hasOutput() const { return m_sink != nullptr; }

    /// Starts sound at `fromSeconds` if `speed` is exactly 1 (forward), else only stops it.
    /// Calling it again while playing re-seeks: the player calls it on every seek during play.
    void play(double fromSeconds, double speed);
    void stop();
    /// Muting keeps decoding and the position running, so unmuting is instant and in sync.
    void setMuted(bool muted);
    /// `volume` 0..1 as a volume slider's position (perceptual; converted to linear gain).
    void setVolume(double volume);

    /// Film seconds of the sound being heard now, from the samples the output has consumed
    /// (less what still waits in the device's buffer). Advances only while something consumes
    /// them (a device, or a test reading source()); after stop(), the position it stopped at.
    [[nodiscard]] double playedSeconds() const;

    /// The pull-mode device the sink reads: interleaved samples in the output's format, which
    /// is float, 48000 Hz, 2 channels unless the sound device needs another. With a device,
    /// it pads with silence when decoding falls behind; with Output::None it returns only
    /// decoded samples (0 bytes while the decoder catches up). Exposed for tests.
    [[nodiscard]] QIODevice* source() const;

Q_SIGNALS:
    /// open() finished: whether the film has a usable audio stream.
    void opened(bool hasAudio);

private:
    void applyVolume();

    struct Shared; // state the decoding thread shares with this object
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThread> m_thread;
    QIODevice* m_source = nullptr; // child
    QAudioSink* m_sink = nullptr;  // child; null without a device
    double m_startSeconds = 0;     // film time of the first sample after the last play()
    double m_volume = 1.0;
    bool m_muted = false;
    bool m_playing = false;
};

} // namespace diptych::ui
