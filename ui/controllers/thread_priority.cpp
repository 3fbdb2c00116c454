#include "controllers/thread_priority.h"

#include "log/log.h"

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace diptych::ui {

void setCurrentThreadNice([[maybe_unused]] int nice)
{
#ifdef __linux__
    if (setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), nice) != 0)
        log::get("ui")->debug("could not set a thread's nice value to {}", nice);
#endif
}

} // namespace diptych::ui
