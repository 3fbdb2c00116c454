#pragma once

#include "common/cancellation.h"

#include <chrono>
#include <string>

namespace diptych::cli {

/// Progress lines on stderr: rewritten in place on a terminal, one line every few seconds
/// when stderr is a file or pipe (so logs of batch runs stay readable).
class ConsoleProgress final
{
public:
    ConsoleProgress();
    /// Shows `text` (one line, no newline), rate-limited unless `force`.
    void show(const std::string& text, bool force = false);
    /// Ends the current line, if any.
    void done();

private:
    bool m_terminal;
    bool m_open = false;
    std::chrono::steady_clock::time_point m_last{};
};

/// "1:02:03" / "2:03" for a number of seconds; "?" when negative (unknown).
std::string formatEta(double seconds);

/// The token Ctrl+C (SIGINT) and SIGTERM cancel, so long commands stop cleanly: work already
/// committed stays, the command exits with status 1 and says it was cancelled.
CancellationToken& interruptToken();
void installInterruptHandler();

} // namespace diptych::cli
