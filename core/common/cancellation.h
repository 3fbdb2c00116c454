#pragma once

#include "common/error.h"

#include <atomic>
#include <functional>

namespace diptych {

/// A flag that a controller sets from any thread and long-running work polls.
/// Thread-safe; copying is disabled so every party shares the one instance by reference.
class CancellationToken
{
public:
    CancellationToken() = default;
    CancellationToken(const CancellationToken&) = delete;
    CancellationToken& operator=(const CancellationToken&) = delete;

    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool isCancelled() const noexcept
    {
        return m_cancelled.load(std::memory_order_relaxed);
    }
    /// Throws diptych::Cancelled if cancel() has been called.
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw Cancelled();
    }

private:
    std::atomic<bool> m_cancelled{false};
};

/// Progress of long work: `done` of `total` units (total may be 0 when unknown).
/// Called on the worker's thread; implementations must be cheap and thread-safe, and
/// callers throttle calls (every N units or 100 ms).
using ProgressSink = std::function<void(long long done, long long total)>;

} // namespace diptych
