#include "console_progress.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace diptych::cli {
namespace {

CancellationToken g_interrupt;

extern "C" void onInterrupt(int)
{
    g_interrupt.cancel(); // a lock-free atomic store: safe in a signal handler
}

} // namespace

ConsoleProgress::ConsoleProgress()
    : m_terminal(::isatty(STDERR_FILENO) != 0)
{}

void ConsoleProgress::show(const std::string& text, bool force)
{
    const auto now = std::chrono::steady_clock::now();
    const auto interval = m_terminal ? std::chrono::milliseconds(200) : std::chrono::seconds(5);
    if (!force && m_last.time_since_epoch().count() != 0 && now - m_last < interval)
        return;
    m_last = now;
    if (m_terminal) {
        std::cerr << "\r\x1b[2K" << text << std::flush;
        m_open = true;
    } else {
        std::cerr << text << '\n';
    }
}

void ConsoleProgress::done()
{
    if (m_open)
        std::cerr << '\n';
    m_open = false;
}

std::string formatEta(double seconds)
{
    if (seconds < 0)
        return "?";
    const auto total = static_cast<long long>(seconds + 0.5);
    char buffer[32];
    if (total >= 3600)
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", total / 3600, (total / 60) % 60,
                      total % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld", total / 60, total % 60);
    return buffer;
}

CancellationToken& interruptToken()
{
    return g_interrupt;
}

void installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

} // namespace diptych::cli
