#include "exchange/bundle_export.h"

#include "analysis/color/cielab.h"
#include "common/error.h"
#include "common/text_file.h"
#include "exchange/csv_export.h"
#include "exchange/embedded_documents.h"
#include "exchange/project_json.h"
#include "exchange/project_snapshot.h"
#include "media/video_decoder.h"
#include "store/timestamp.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdio>
#include <sstream>

#ifndef DIPTYCH_VERSION
#define DIPTYCH_VERSION "unknown"
#endif

namespace diptych::exchange {

namespace {

constexpr int kKeyframeWidth = 480;
constexpr int kPaletteWidth = 320;
constexpr int kPaletteHeight = 48;
constexpr int kBarcodeHeight = 240;
constexpr model::Frame kBarcodeMaxColumns = 4096;

// "12-the_thing": the film's id keeps folders unique, the sanitised stem keeps them readable.
std::string filmFolder(const model::Film& film)
{
    std::string stem = film.path.stem().string();
    for (char& c : stem)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
            c = '_';
    return std::to_string(film.id) + "-" + stem;
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

std::string shotFile(std::size_t index, const char* extension)
{
    char name[32];
    std::snprintf(name, sizeof name, "shot_%04zu.%s", index, extension);
    return name;
}

void writeImage(const std::filesystem::path& path, const cv::Mat& image,
                const std::vector<int>& parameters = {})
{
    std::filesystem::create_directories(path.parent_path());
    bool written = false;
    try {
        written = cv::imwrite(path.string(), image, parameters);
    } catch (const cv::Exception& e) {
        throw Error(path.string() + ": cannot write the image (" + e.err + ")");
    }
    if (!written)
        throw Error(path.string() + ": cannot write the image");
}

class BundleWriter
{
public:
    BundleWriter(const ProjectSnapshot& snapshot, std::filesystem::path folder,
                 const ProgressSink& progress, const CancellationToken* cancel)
        : m_snapshot(snapshot)
        , m_folder(std::move(folder))
        , m_progress(progress)
        , m_cancel(cancel)
    {
        for (const auto& film : snapshot.films)
            m_total += static_cast<long long>(film.shots.size()) * 2 + 1;
        m_total += 2;
    }

    std::vector<std::string> run()
    {
        const auto tables = csvTables(m_snapshot);
        for (const auto& table : tables)
            writeTextFile(m_folder / table.fileName, table.text, table.fileName);
        writeTextFile(m_folder / "project.json", projectJson(m_snapshot), "project.json");
        writeTextFile(m_folder / "diptych-project.schema.json", projectJsonSchema(),
                      "the JSON schema");
        step();
        for (const auto& film : m_snapshot.films) {
            keyframes(film);
            palettes(film);
            barcode(film);
        }
        writeTextFile(m_folder / "README.md", readme(tables), "README.md");
        step();
        return m_warnings;
    }

private:
    void step(long long count = 1)
    {
        if (m_cancel)
            m_cancel->throwIfCancelled();
        m_done += count;
        if (m_progress)
            m_progress(m_done, m_total);
    }

    void keyframes(const FilmSnapshot& film)
    {
        const auto shots = static_cast<long long>(film.shots.size());
        std::error_code error;
        if (!std::filesystem::is_regular_file(film.film.path, error)) {
            m_warnings.push_back(film.film.path.string() +
                                 ": media file not found, no keyframes (relink the film)");
            step(shots);
            return;
        }
        try {
            media::VideoDecoder decoder(film.film.path);
            const auto folder = m_folder / "keyframes" / filmFolder(film.film);
            for (std::size_t i = 0; i < film.shots.size(); ++i) {
                const auto& shot = film.shots[i];
                // The middle frame: clear of the transitions at either end.
                const auto middle = shot.startFrame + (shot.endFrame - 1 - shot.startFrame) / 2;
                writeImage(folder / shotFile(i, "jpg"), decoder.frame(middle, kKeyframeWidth),
                           {cv::IMWRITE_JPEG_QUALITY, 90});
                step();
            }
        } catch (const MediaError& e) {
            m_warnings.push_back(std::string(e.what()) + " (keyframes stop there)");
        }
    }

    const model::MetricDefinition* metricNamed(std::string_view name) const
    {
        for (const auto& metric : m_snapshot.metrics)
            if (metric.name == name)
                return &metric;
        return nullptr;
    }

    void palettes(const FilmSnapshot& film)
    {
        const auto* palette = metricNamed("palette");
        const auto folder = m_folder / "palettes" / filmFolder(film.film);
        for (std::size_t i = 0; i < film.shots.size(); ++i) {
            step();
            if (!palette)
                continue;
            for (const auto& text : film.metricTexts)
                if (text.shotId == film.shots[i].id && text.metricId == palette->id)
                    if (const auto image = paletteImage(text.value); !image.empty())
                        writeImage(folder / shotFile(i, "png"), image);
        }
    }

    // Stripes in the palette's colours, each as wide as its share of the shot's pixels.
    static cv::Mat paletteImage(const std::string& json)
    {
        const auto colours = nlohmann::json::parse(json, nullptr, false);
        if (!colours.is_array() || colours.empty())
            return {};
        cv::Mat image(kPaletteHeight, kPaletteWidth, CV_8UC3, cv::Scalar(255, 255, 255));
        double x = 0;
        for (const auto& colour : colours) {
            const analysis::color::LabColor lab{colour.value("L", 0.0), colour.value("a", 0.0),
                                                colour.value("b", 0.0)};
            const auto rgb = analysis::color::labToSrgb8(lab);
            const double width = colour.value("weight", 0.0) * kPaletteWidth;
            const int left = static_cast<int>(std::lround(x));
            const int right = std::min(kPaletteWidth, static_cast<int>(std::lround(x + width)));
            if (right > left)
                cv::rectangle(image, cv::Rect(left, 0, right - left, kPaletteHeight),
                              cv::Scalar(rgb.b, rgb.g, rgb.r), cv::FILLED);
            x += width;
        }
        return image;
    }

    const model::MetricSeries* seriesNamed(const FilmSnapshot& film, std::string_view name) const
    {
        const auto* metric = metricNamed(name);
        for (const auto& series : film.series)
            if (metric && series.metricId == metric->id)
                return &series;
        return nullptr;
    }

    // One column per frame (or per bucket of frames for long films) in the frame's mean
    // CIELAB colour, averaged in Lab so a bucket shows the colour a viewer perceived.
    void barcode(const FilmSnapshot& film)
    {
        step();
        const auto* l = seriesNamed(film, "frame_lab_l");
        const auto* a = seriesNamed(film, "frame_lab_a");
        const auto* b = seriesNamed(film, "frame_lab_b");
        const model::Frame frames = film.film.frameCount;
        if (!l || !a || !b || frames <= 0) {
            m_warnings.push_back(film.film.path.filename().string() +
                                 ": no per-frame colour series, no movie barcode (analyse "
                                 "the film first)");
            return;
        }
        const model::Frame columns = std::min(frames, kBarcodeMaxColumns);
        cv::Mat image(kBarcodeHeight, static_cast<int>(columns), CV_8UC3, cv::Scalar(0, 0, 0));
        const auto valueAt = [](const model::MetricSeries& s, model::Frame frame) {
            if (frame < s.startFrame || (frame - s.startFrame) % s.step != 0)
                return std::numeric_limits<double>::quiet_NaN();
            const auto i = static_cast<std::size_t>((frame - s.startFrame) / s.step);
            return i < s.values.size() ? double(s.values[i])
                                       : std::numeric_limits<double>::quiet_NaN();
        };
        for (model::Frame c = 0; c < columns; ++c) {
            const model::Frame first = c * frames / columns;
            const model::Frame last = (c + 1) * frames / columns;
            analysis::color::LabColor sum;
            int count = 0;
            for (model::Frame f = first; f < last; ++f) {
                const double vl = valueAt(*l, f), va = valueAt(*a, f), vb = valueAt(*b, f);
                if (std::isfinite(vl) && std::isfinite(va) && std::isfinite(vb)) {
                    sum.L += vl;
                    sum.a += va;
                    sum.b += vb;
                    ++count;
                }
            }
            if (count == 0)
                continue;
            const auto rgb =
                analysis::color::labToSrgb8({sum.L / count, sum.a / count, sum.b / count});
            image.col(static_cast<int>(c)).setTo(cv::Scalar(rgb.b, rgb.g, rgb.r));
        }
        writeImage(m_folder / "barcodes" / (filmFolder(film.film) + ".png"), image);
    }

    std::string metricRow(const model::MetricDefinition& metric) const
    {
        // The row of METRICS.md's tables that defines this metric, when there is one.
        std::istringstream lines{std::string(metricsDocumentation())};
        const std::string quoted = "`" + metric.name + "`";
        for (std::string line; std::getline(lines, line);)
            if (line.starts_with("| ") && line.find(quoted) != std::string::npos &&
                line.find(quoted) < line.find('|', 2))
                return line;
        return {};
    }

    std::string readme(const std::vector<CsvTable>& tables) const
    {
        std::ostringstream out;
        const auto today = store::utcNowIso8601().substr(0, 10);
        out << "# " << m_snapshot.projectName << ": a Diptych dataset\n\n"
            << "Exported on " << today << " by Diptych " << DIPTYCH_VERSION << " from the project `"
            << m_snapshot.projectName << "`.\n\n## Films\n\n";
        for (const auto& film : m_snapshot.films)
            out << "- `" << filmFolder(film.film) << "`: " << film.film.path.filename().string()
                << (film.film.title.empty() ? "" : " (" + film.film.title + ")") << ", "
                << film.film.fps << " fps, " << film.film.frameCount << " frames, "
                << film.shots.size() << " shots, " << film.annotations.size() << " annotations\n";
        out << "\n## Files\n\n"
            << "- `shots.csv`, `annotations.csv`, `regions.csv`, `correspondences.csv`: tidy "
               "tables (UTF-8, RFC 4180, `.` decimals, empty = missing). Read them with "
               "`read.csv(\"shots.csv\")` in R or `pandas.read_csv(\"shots.csv\")`.\n"
            << "- `project.json`: the whole project; its schema is "
               "`diptych-project.schema.json` (JSON Schema 2020-12).\n"
            << "- `keyframes/<film>/shot_NNNN.jpg`: the middle frame of each shot, "
            << kKeyframeWidth << " px wide; NNNN is `shot_index` (0-based).\n"
            << "- `palettes/<film>/shot_NNNN.png`: the shot's dominant colours (k-means in "
               "CIELAB), each stripe as wide as its share of the pixels.\n"
            << "- `barcodes/<film>.png`: the movie barcode, one column per frame (per group of "
               "frames for films longer than "
            << kBarcodeMaxColumns << " frames) in its mean CIELAB colour.\n\n"
            << "Frames are 0-based in presentation order; a range is [start_frame, end_frame). "
               "Seconds are frame / fps from the film's first frame; timecodes are non-drop "
               "HH:MM:SS:FF.\n";
        for (const auto& table : tables) {
            out << "\n## `" << table.fileName << "`: " << table.purpose << "\n\n"
                << "| column | meaning |\n|---|---|\n";
            for (const auto& column : table.columns)
                out << "| `" << column.name << "` | " << column.description << " |\n";
            if (table.fileName == "shots.csv")
                shotMetricColumns(out);
        }
        if (!m_warnings.empty()) {
            out << "\n## Not included\n\n";
            for (const auto& warning : m_warnings)
                out << "- " << warning << "\n";
        }
        out << "\n## How to cite\n\n"
            << "Cite the dataset and the software that made it, and the films it describes:\n\n"
            << "```bibtex\n@dataset{" << m_snapshot.projectName << "_" << today.substr(0, 4)
            << ",\n  title  = {" << m_snapshot.projectName
            << ": shot-level annotations and metrics},\n  author = {";
        for (std::size_t i = 0; i < m_snapshot.coders.size(); ++i)
            out << (i ? " and " : "") << m_snapshot.coders[i].name;
        out << "},\n  year   = {" << today.substr(0, 4) << "},\n  note   = {Made with Diptych "
            << DIPTYCH_VERSION << "; metrics defined in its METRICS.md}\n}\n```\n";
        return out.str();
    }

    void shotMetricColumns(std::ostringstream& out) const
    {
        out << "\nThen one column per metric (definitions from Diptych's METRICS.md):\n\n"
            << "| column | unit | meaning |\n|---|---|---|\n";
        const auto describe = [&](const model::MetricDefinition* metric) {
            auto row = metricRow(*metric);
            std::string meaning = metric->description;
            if (!row.empty()) {
                // "| `name` | formula | unit | meaning |": keep formula and meaning. A cell may
                // hold an escaped "\|" (|v|), which does not end it.
                std::vector<std::string> cells;
                std::string cell;
                for (std::size_t at = 1; at < row.size(); ++at) {
                    if (row[at] == '|' && row[at - 1] != '\\') {
                        cells.push_back(trimmed(cell));
                        cell.clear();
                    } else {
                        cell += row[at];
                    }
                }
                if (cells.size() >= 4)
                    meaning = cells[1] + "; " + cells[3];
            }
            out << "| `" << metric->name << "` | " << metric->unit << " | " << meaning << " |\n";
        };
        for (const auto* metric : m_snapshot.numericShotMetrics())
            describe(metric);
        for (const auto* metric : m_snapshot.textShotMetrics())
            describe(metric);
        out << "\nThen one column per code and coder, `code:<code path>:<coder>`: 1 when the "
               "coder gave the shot that code (on a shot tier, or on a range overlapping the "
               "shot), else 0.\n";
    }

    const ProjectSnapshot& m_snapshot;
    std::filesystem::path m_folder;
    const ProgressSink& m_progress;
    const CancellationToken* m_cancel;
    long long m_done = 0;
    long long m_total = 0;
    std::vector<std::string> m_warnings;
};

} // namespace

std::vector<std::string> writeBundle(const ProjectSnapshot& snapshot,
                                     const std::filesystem::path& folder,
                                     const ProgressSink& progress, const CancellationToken* cancel)
{
    return BundleWriter(snapshot, folder, progress, cancel).run();
}

} // namespace diptych::exchange
