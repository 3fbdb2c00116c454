#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace diptych::analysis {

/// A fixed set of worker threads that turn inputs into outputs and hand the outputs back in
/// the order the inputs were submitted, whatever order the workers finish in.
///
/// Each worker owns a Context made by `makeContext` on its own thread (OpenCV objects such as
/// optical-flow or cascade detectors are not thread-safe, so every thread gets its own).
/// submit() blocks while `capacity` items are in flight, so memory stays bounded however long
/// the input. A worker exception is rethrown by the take functions on the submitting thread.
/// The destructor stops and joins the workers (unfinished items are dropped).
///
/// Thread contract: submit() and the take functions are called from one thread.
template <typename Context, typename In, typename Out>
class OrderedWorkQueue final
{
public:
    using Work = std::function<Out(Context&, const In&)>;

    OrderedWorkQueue(int threads, std::size_t capacity,
                     std::function<std::unique_ptr<Context>()> makeContext, Work work)
        : m_capacity(capacity < 1 ? 1 : capacity)
        , m_work(std::move(work))
    {
        const int count = threads < 1 ? 1 : threads;
        m_threads.reserve(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i)
            m_threads.emplace_back([this, makeContext] { run(makeContext); });
    }

    ~OrderedWorkQueue()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_workAvailable.notify_all();
        for (auto& thread : m_threads)
            thread.join();
    }

    OrderedWorkQueue(const OrderedWorkQueue&) = delete;
    OrderedWorkQueue& operator=(const OrderedWorkQueue&) = delete;

    /// Queues `input`; blocks while `capacity` items are queued, running or waiting to be
    /// taken.
    void submit(In input)
    {
        std::unique_lock lock(m_mutex);
        m_spaceAvailable.wait(lock, [this] { return inFlight() < m_capacity || m_failure; });
        rethrowFailure();
        m_pending.emplace_back(m_nextSubmitted++, std::move(input));
        lock.unlock();
        m_workAvailable.notify_one();
    }

    /// The next output in submission order if it is ready, else nullopt (never blocks).
    std::optional<Out> tryTake()
    {
        const std::lock_guard lock(m_mutex);
        rethrowFailure();
        return takeReadyLocked();
    }

    /// The next output in submission order, waiting for it; nullopt when nothing is in flight.
    std::optional<Out> take()
    {
        std::unique_lock lock(m_mutex);
        m_resultAvailable.wait(lock, [this] {
            return m_failure || m_nextTaken == m_nextSubmitted || m_done.count(m_nextTaken) > 0;
        });
        rethrowFailure();
        return takeReadyLocked();
    }

    /// Items submitted and not yet taken.
    [[nodiscard]] std::size_t inFlightCount() const
    {
        const std::lock_guard lock(m_mutex);
        return inFlight();
    }

private:
    std::size_t inFlight() const { return m_nextSubmitted - m_nextTaken; }

    void rethrowFailure()
    {
        if (m_failure)
            std::rethrow_exception(m_failure);
    }

    std::optional<Out> takeReadyLocked()
    {
        const auto it = m_done.find(m_nextTaken);
        if (it == m_done.end())
            return std::nullopt;
        std::optional<Out> out(std::move(it->second));
        m_done.erase(it);
        ++m_nextTaken;
        m_spaceAvailable.notify_one();
        return out;
    }

    void run(const std::function<std::unique_ptr<Context>()>& makeContext)
    {
        std::unique_ptr<Context> context;
        try {
            context = makeContext();
        } catch (...) {
            fail(std::current_exception());
            return;
        }
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_workAvailable.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
            if (m_stopping)
                return;
            auto [sequence, input] = std::move(m_pending.front());
            m_pending.pop_front();
            lock.unlock();
            try {
                Out out = m_work(*context, input);
                lock.lock();
                m_done.emplace(sequence, std::move(out));
                lock.unlock();
                m_resultAvailable.notify_all();
            } catch (...) {
                fail(std::current_exception());
                return;
            }
        }
    }

    void fail(std::exception_ptr error)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_failure)
                m_failure = std::move(error);
        }
        m_resultAvailable.notify_all();
        m_spaceAvailable.notify_all();
    }

    const std::size_t m_capacity;
    const Work m_work;
    mutable std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_resultAvailable;
    std::condition_variable m_spaceAvailable;
    std::deque<std::pair<std::size_t, In>> m_pending;
    std::map<std::size_t, Out> m_done;
    std::size_t m_nextSubmitted = 0;
    std::size_t m_nextTaken = 0;
    std::exception_ptr m_failure;
    bool m_stopping = false;
    std::vector<std::thread> m_threads; // last: started after every other member exists
};

} // namespace diptych::analysis
