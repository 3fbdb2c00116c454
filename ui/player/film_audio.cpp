#include "player/film_audio.h"

#include "player/audio_ring.h"

#include "log/log.h"
#include "media/audio_decoder.h"

#include <QAudio>
#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>
#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace diptych::ui {
namespace {

constexpr double kRingSeconds = 0.5;
// The device's own buffer: short, so a seek or a mute is heard within about 0.1 s.
constexpr qint64 kSinkBufferMicroseconds = 100'000;

QAudioFormat preferredFormat()
{
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(2);
    format.setSampleFormat(QAudioFormat::Float);
    return format;
}

// Float 48 kHz stereo, else 16-bit at that rate, else whatever the device prefers: the decoder
// resamples and remixes to any rate and layout, and RingSource converts the sample type.
QAudioFormat formatFor(const QAudioDevice& device)
{
    QAudioFormat format = preferredFormat();
    if (device.isFormatSupported(format))
        return format;
    format.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(format))
        return format;
    const QAudioFormat preferred = device.preferredFormat();
    if (preferred.sampleRate() > 0 && preferred.channelCount() > 0) {
        format.setSampleRate(preferred.sampleRate());
        format.setChannelCount(preferred.channelCount());
        if (preferred.sampleFormat() != QAudioFormat::Unknown)
            format.setSampleFormat(preferred.sampleFormat());
    }
    return format;
}

template <typename T>
void store(char* out, T value)
{
    std::memcpy(out, &value, sizeof value);
}

// Writes `samples` (about -1..1) to `out` in `format`'s sample type, clipping.
void convert(std::span<const float> samples, QAudioFormat::SampleFormat format, char* out)
{
    if (format == QAudioFormat::Float) {
        std::memcpy(out, samples.data(), samples.size_bytes());
        return;
    }
    for (const float sample : samples) {
        const double s = std::clamp(double(sample), -1.0, 1.0);
        switch (format) {
        case QAudioFormat::UInt8:
            store(out, std::uint8_t(128 + std::lround(s * 127.0)));
            out += 1;
            break;
        case QAudioFormat::Int16:
            store(out, std::int16_t(std::lround(s * 32767.0)));
            out += 2;
            break;
        case QAudioFormat::Int32:
            store(out, std::int32_t(std::lround(s * 2147483647.0)));
            out += 4;
            break;
        default:
            return;
        }
    }
}

void fillSilence(char* out, qint64 bytes, QAudioFormat::SampleFormat format)
{
    // Unsigned 8-bit PCM is centred on 128; every other type on 0.
    std::memset(out, format == QAudioFormat::UInt8 ? 128 : 0, std::size_t(bytes));
}

/// The pull-mode device a QAudioSink reads: pops whole frames from the ring and converts them.
/// Read on the sink's thread; never waits for the decoder.
class RingSource final : public QIODevice
{
public:
    RingSource(std::shared_ptr<AudioRing> ring, const QAudioFormat& format, bool padWithSilence,
               QObject* parent)
        : QIODevice(parent)
        , m_ring(std::move(ring))
        , m_format(format)
        , m_padWithSilence(padWithSilence)
    {}

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return qint64(m_ring->size()) * m_format.bytesPerSample() + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 frameBytes = m_format.bytesPerFrame();
        const qint64 frames = frameBytes > 0 ? maxSize / frameBytes : 0;
        if (frames == 0)
            return 0;
        m_scratch.resize(std::size_t(frames) * std::size_t(m_format.channelCount()));
        const std::size_t got = m_ring->pop(m_scratch);
        convert(std::span(m_scratch).first(got), m_format.sampleFormat(), data);
        const qint64 bytes = qint64(got) * m_format.bytesPerSample();
        if (!m_padWithSilence)
            return bytes;
        // A device that reads nothing goes idle and may stop pulling; silence keeps it
        // running until decoding catches up (playedSeconds() counts decoded samples only).
        fillSilence(data + bytes, frames * frameBytes - bytes, m_format.sampleFormat());
        return frames * frameBytes;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    std::shared_ptr<AudioRing> m_ring;
    QAudioFormat m_format;
    bool m_padWithSilence;
    std::vector<float> m_scratch; // reader's thread only
};

} // namespace

struct FilmAudio::Shared
{
    Shared(int sampleRate, int channelCount)
        : rate(sampleRate)
        , channels(channelCount)
        // A whole number of frames, so that pops never split one (see AudioRing).
        , ring(std::make_shared<AudioRing>(std::size_t(std::lround(sampleRate * kRingSeconds)) *
                                           std::size_t(channelCount)))
    {}

    const int rate;     // Hz, of the output and so of the decoder
    const int channels; // interleaved per frame
    std::shared_ptr<AudioRing> ring;
    std::atomic<bool> hasAudio{false};

    std::mutex mutex; // guards the commands below
    std::condition_variable wake;
    std::optional<std::filesystem::path> openPath; // pending open; empty path closes
    std::optional<double> playFrom;                // pending start, film seconds
    bool quit = false;

    /// The decoding thread's body; signals go to `owner`, which outlives the thread.
    void run(FilmAudio* owner);
};

// Waits for a command, then opens, or seeks and fills the ring until it is stopped (by a newer
// command) or the stream ends.
void FilmAudio::Shared::run(FilmAudio* owner)
{
    std::unique_ptr<media::AudioDecoder> decoder;
    std::vector<float> chunk;
    for (;;) {
        std::optional<std::filesystem::path> path;
        std::optional<double> from;
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [this]() { return quit || openPath || playFrom; });
            if (quit)
                return;
            path = std::exchange(openPath, std::nullopt);
            from = std::exchange(playFrom, std::nullopt);
            // Re-armed under the command lock: a stop or seek issued from now on stops the
            // ring again, which interrupts the filling below.
            if (from)
                ring->restart();
        }
        if (path) {
            decoder.reset();
            if (!path->empty()) {
                try {
                    decoder = std::make_unique<media::AudioDecoder>(*path, 0, rate, channels);
                } catch (const std::exception& e) {
                    // Most often a film without sound: nothing to tell the user.
                    log::get("ui")->info("film audio off: {}", e.what());
                }
            }
            bool superseded = false;
            {
                std::lock_guard lock(mutex);
                superseded = openPath.has_value();
            }
            if (!superseded) {
                const bool has = decoder != nullptr;
                hasAudio = has;
                QMetaObject::invokeMethod(
                    owner, [owner, has]() { Q_EMIT owner->opened(has); }, Qt::QueuedConnection);
            }
        }
        if (!from || !decoder)
            continue;
        try {
            decoder->seek(*from);
            for (;;) {
                chunk.clear();
                if (!decoder->read(chunk) || !ring->push(chunk))
                    break;
            }
        } catch (const std::exception& e) {
            log::get("ui")->warn("film audio stopped: {}", e.what());
        }
    }
}

FilmAudio::FilmAudio(QObject* parent, Output output)
    : QObject(parent)
{
    QAudioFormat format = preferredFormat();
    QAudioDevice device;
    if (output == Output::DefaultDevice)
        device = QMediaDevices::defaultAudioOutput();
    if (!device.isNull())
        format = formatFor(device);
    m_shared = std::make_shared<Shared>(format.sampleRate(), format.channelCount());
    m_source = new RingSource(m_shared->ring, format, !device.isNull(), this);
    // Unbuffered: QIODevice's read-ahead would pop samples nobody has heard yet.
    m_source->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!device.isNull()) {
        m_sink = new QAudioSink(device, format, this);
        m_sink->setBufferSize(format.bytesForDuration(kSinkBufferMicroseconds));
    }
    m_thread.reset(QThread::create([shared = m_shared, this]() { shared->run(this); }));
    m_thread->setObjectName(QStringLiteral("film audio"));
    m_thread->start();
}

FilmAudio::~FilmAudio()
{
    if (m_sink)
        m_sink->stop();
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->quit = true;
        m_shared->ring->stop();
    }
    m_shared->wake.notify_all();
    m_thread->wait();
}

void FilmAudio::open(const std::filesystem::path& path)
{
    stop();
    m_shared->hasAudio = false;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->openPath = path;
    }
    m_shared->wake.notify_all();
}

bool FilmAudio::hasAudio() const
{
    return m_shared->hasAudio;
}

void FilmAudio::play(double fromSeconds, double speed)
{
    stop();
    m_startSeconds = std::max(0.0, fromSeconds);
    if (speed != 1.0)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->playFrom = m_startSeconds;
    }
    m_shared->wake.notify_all();
    m_playing = true;
    if (m_sink) {
        if (!m_source->isOpen())
            m_source->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        applyVolume();
        m_sink->start(m_source);
    }
}

void FilmAudio::stop()
{
    if (m_playing)
        m_startSeconds = playedSeconds();
    m_playing = false;
    if (m_sink)
        m_sink->stop();
    std::lock_guard lock(m_shared->mutex);
    m_shared->playFrom.reset();
    m_shared->ring->stop(); // interrupts the filling and drops what was not heard
}

void FilmAudio::setMuted(bool muted)
{
    m_muted = muted;
    applyVolume();
}

void FilmAudio::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    applyVolume();
}

void FilmAudio::applyVolume()
{
    if (m_sink)
        m_sink->setVolume(m_muted ? 0.0
                                  : QAudio::convertVolume(m_volume, QAudio::LogarithmicVolumeScale,
                                                          QAudio::LinearVolumeScale));
}

double FilmAudio::playedSeconds() const
{
    if (!m_playing)
        return m_startSeconds;
    const std::uint64_t consumed = m_shared->ring->popped() / std::uint64_t(m_shared->channels);
    auto frames = double(consumed);
    if (m_sink) {
        // What the sink took but has not played yet is not heard yet.
        const qsizetype queued = m_sink->bufferSize() - m_sink->bytesFree();
        if (queued > 0 && m_sink->format().bytesPerFrame() > 0)
            frames -= double(queued) / m_sink->format().bytesPerFrame();
    }
    return m_startSeconds + std::max(0.0, frames) / m_shared->rate;
}

QIODevice* FilmAudio::source() const
{
    return m_source;
}

} // namespace diptych::ui
