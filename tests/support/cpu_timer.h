#pragma once

#include <ctime>

namespace diptych::test {

/// Milliseconds of this thread's CPU time per call of `call`, over `repeats` calls after one
/// warm-up call. Thread CPU time rather than wall time, because the build machines are shared;
/// with cv::setNumThreads(1) all of OpenCV's work runs on this thread.
template <typename F>
double millisecondsPerCall(int repeats, F&& call)
{
    const auto now = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) * 1e-6;
    };
    call();
    const double start = now();
    for (int i = 0; i < repeats; ++i)
        call();
    return (now() - start) / repeats;
}

} // namespace diptych::test
