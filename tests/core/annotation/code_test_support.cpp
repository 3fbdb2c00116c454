#include "code_test_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <limits>
#include <sstream>
#include <vector>

namespace diptych::test {

void addTwoFilms(store::ProjectStore& store)
{
    const auto nan = std::numeric_limits<double>::quiet_NaN();
    const auto luma = store.metrics().define({0, "mean_luma", "", "", "{}"});
    const auto addFilm = [&](const char* path, const std::vector<std::pair<int, int>>& spans,
                             const std::vector<double>& values) {
        model::Film film;
        film.path = path;
        film.fps = 25;
        film.frameCount = spans.back().second;
        film = store.films().add(film);
        std::vector<model::Shot> shots;
        for (const auto& [start, end] : spans)
            shots.push_back({0, 0, start, end, model::TransitionKind::Cut, ""});
        const auto stored = store.shots().replace(film.id, shots);
        std::vector<model::ShotMetricValue> metricValues;
        for (std::size_t i = 0; i < stored.size(); ++i)
            metricValues.push_back({stored[i].id, luma.id, values[i]});
        store.metrics().putShotValues(metricValues);
    };
    addFilm("/films/original.mkv", {{0, 100}, {100, 250}, {250, 400}, {400, 420}, {420, 500}},
            {0.1, 0.4, nan, 0.3, 0.9});
    addFilm("/films/remake.mp4", {{0, 50}, {50, 120}, {120, 300}, {300, 310}},
            {0.2, 0.6, 0.5, 0.8});
}

std::string dumpAnnotationData(const store::ProjectStore& store)
{
    std::ostringstream out;
    for (const auto& film : store.films().list()) {
        out << "film " << film.id << ' ' << film.path << '\n';
        for (const auto& shot : store.shots().list(film.id))
            out << " shot " << shot.id << ' ' << shot.startFrame << ' ' << shot.endFrame << '\n';
        for (const auto& tier : store.tiers().list(film.id))
            out << " tier " << tier.id << ' ' << tier.name << ' ' << tier.schemeId.value_or(0)
                << ' ' << model::toString(tier.kind) << ' ' << tier.sortOrder << '\n';
        for (const auto& a : store.annotations().listByFilm(film.id))
            out << " annotation " << a.id << ' ' << a.tierId << ' ' << a.coderId << ' '
                << a.shotId.value_or(0) << ' ' << a.startFrame << ' ' << a.endFrame << ' '
                << a.codeId.value_or(0) << " [" << a.value << "] [" << a.note << "]\n";
    }
    for (const auto& coder : store.coders().list())
        out << "coder " << coder.id << ' ' << coder.name << '\n';
    for (const auto& scheme : store.schemes().list()) {
        out << "scheme " << scheme.id << ' ' << scheme.name << '\n';
        for (const auto& code : store.schemes().codes(scheme.id))
            out << " code " << code.id << ' ' << code.parentId.value_or(0) << ' ' << code.label
                << ' ' << code.sortOrder << '\n';
    }
    return out.str();
}

void writeText(const std::filesystem::path& path, std::string_view text)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    REQUIRE(file);
}

} // namespace diptych::test
