#pragma once

#include <ctime>
#include <fstream>

namespace diptych::test {

/// CPU time the calling thread has used, in milliseconds.
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) * 1e-6;
}

/// Time the calling thread has spent runnable but waiting for a CPU, in milliseconds (Linux
/// schedstat, second field); 0 where the kernel does not report it.
inline double threadRunQueueWaitMs()
{
    std::ifstream in("/proc/thread-self/schedstat");
    unsigned long long onCpuNs = 0, waitingNs = 0;
    if (!(in >> onCpuNs >> waitingNs))
        return 0;
    return double(waitingNs) / 1e6;
}

/// Milliseconds of this thread's CPU time per call of `call`, over `repeats` calls after one
/// warm-up call. Thread CPU time rather than wall time, because the build machines are shared;
/// with cv::setNumThreads(1) all of OpenCV's work runs on this thread.
template <typename F>
double millisecondsPerCall(int repeats, F&& call)
{
    call();
    const double start = threadCpuMs();
    for (int i = 0; i < repeats; ++i)
        call();
    return (threadCpuMs() - start) / repeats;
}

} // namespace diptych::test
