#pragma once

#include "media/probe.h"

#include <filesystem>

namespace diptych::test {

/// probe() without the per-user frame-index cache, so every test counts frames itself.
inline media::ProbedMedia probeUncached(const std::filesystem::path& path)
{
    media::ProbeOptions options;
    options.useCache = false;
    return media::probe(path, options);
}

} // namespace diptych::test
