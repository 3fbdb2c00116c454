// Comparison charts: the statistics against hand-computed answers, then the view on a real
// project file (store and document are real; only the platform is offscreen).
#include "charts/chart_statistics.h"
#include "charts/comparison_view.h"
#include "document/project_document.h"
#include "store/project_store.h"
#include "temp_dir.h"
#include "test_media.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <numeric>

using namespace diptych;
namespace stats = diptych::ui::chart_stats;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

int sum(const std::vector<int>& counts)
{
    return std::accumulate(counts.begin(), counts.end(), 0);
}

template <typename Series>
std::vector<Series*> seriesOf(const QChart& chart)
{
    std::vector<Series*> found;
    for (auto* series : chart.series())
        if (auto* typed = qobject_cast<Series*>(series))
            found.push_back(typed);
    return found;
}

double setSum(const QBarSet& set)
{
    double total = 0;
    for (int i = 0; i < set.count(); ++i)
        total += set.at(i);
    return total;
}

} // namespace

TEST_CASE("Shared histogram bins cover both samples and ignore NaN", "[ui][charts]")
{
    const std::vector<std::vector<double>> samples = {{0.0, 1.0, kNaN, 2.0, 3.0},
                                                      {5.0, kNaN, 10.0}};
    const auto histogram = stats::sharedHistogram(samples);
    REQUIRE(histogram.binCount() >= 1);
    CHECK(histogram.edges.front() <= 0.0);
    CHECK(histogram.edges.back() >= 10.0);
    for (std::size_t i = 1; i < histogram.edges.size(); ++i)
        CHECK(histogram.edges[i] > histogram.edges[i - 1]);
    REQUIRE(histogram.counts.size() == 2);
    CHECK(histogram.counts[0].size() == histogram.binCount());
    CHECK(histogram.counts[1].size() == histogram.binCount());
    CHECK(sum(histogram.counts[0]) == 4);
    CHECK(sum(histogram.counts[1]) == 2);
}

TEST_CASE("Histogram bin rules give the hand-computed bins", "[ui][charts]")
{
    const std::vector<std::vector<double>> oneToEight = {{1, 2, 3, 4, 5, 6, 7, 8}};

    SECTION("Sturges: 4 bins of 7/4 = 1.75, rounded to a width of 2 from 0")
    {
        const auto histogram = stats::sharedHistogram(oneToEight, stats::BinRule::Sturges);
        CHECK(histogram.rule == stats::BinRule::Sturges);
        CHECK(histogram.edges == std::vector<double>{0, 2, 4, 6, 8});
        CHECK(histogram.counts[0] == std::vector<int>{1, 2, 2, 3}); // 8 falls in the last bin
    }
    SECTION("Freedman-Diaconis: IQR 3.5, width 2 * 3.5 / 2 = 3.5, rounded to 5")
    {
        const auto histogram = stats::sharedHistogram(oneToEight);
        CHECK(histogram.rule == stats::BinRule::FreedmanDiaconis);
        CHECK(histogram.edges == std::vector<double>{0, 5, 10});
        CHECK(histogram.counts[0] == std::vector<int>{4, 4});
    }
    SECTION("A zero IQR falls back to Sturges")
    {
        const std::vector<std::vector<double>> flat = {{1, 1, 1, 1, 1, 1, 9}};
        const auto histogram = stats::sharedHistogram(flat);
        CHECK(histogram.rule == stats::BinRule::Sturges);
        CHECK(sum(histogram.counts[0]) == 7);
    }
    SECTION("One distinct value gets one bin around it; no value gets no bins")
    {
        const std::vector<std::vector<double>> same = {{2, 2}, {2, kNaN}};
        const auto histogram = stats::sharedHistogram(same);
        REQUIRE(histogram.binCount() == 1);
        CHECK(histogram.edges[0] < 2.0);
        CHECK(histogram.edges[1] > 2.0);
        CHECK(histogram.counts == std::vector<std::vector<int>>{{2}, {1}});

        const std::vector<std::vector<double>> none = {{kNaN}, {}};
        CHECK(stats::sharedHistogram(none).binCount() == 0);
    }
    SECTION("The bin count is capped")
    {
        std::vector<std::vector<double>> wide(1);
        for (int i = 0; i < 5000; ++i)
            wide[0].push_back(i * i);
        const auto histogram = stats::sharedHistogram(wide, stats::BinRule::FreedmanDiaconis, 30);
        CHECK(histogram.binCount() <= 30);
        CHECK(sum(histogram.counts[0]) == 5000);
    }
}

TEST_CASE("Box summary: quartiles, Tukey whiskers and outliers", "[ui][charts]")
{
    // Sorted: -20, 1..9, 100. Type-7 quartiles: q1 = x[2.5] = 2.5, median = x[5] = 5,
    // q3 = x[7.5] = 7.5; IQR 5, fences -5 and 15.
    const std::vector<double> sample = {5, 100, 1, 2, kNaN, 3, 4, -20, 6, 7, 8, 9};
    const auto box = stats::boxSummary(sample);
    REQUIRE(box);
    CHECK(box->count == 11);
    CHECK(box->minimum == -20);
    CHECK(box->maximum == 100);
    CHECK(box->q1 == Approx(2.5));
    CHECK(box->median == Approx(5));
    CHECK(box->q3 == Approx(7.5));
    CHECK(box->lowerWhisker == 1);
    CHECK(box->upperWhisker == 9);
    CHECK(box->outliers == std::vector<double>{-20, 100});

    CHECK_FALSE(stats::boxSummary(std::vector<double>{kNaN, kNaN}));
    const auto single = stats::boxSummary(std::vector<double>{4});
    REQUIRE(single);
    CHECK(single->median == 4);
    CHECK(single->lowerWhisker == 4);
    CHECK(single->upperWhisker == 4);
    CHECK(single->outliers.empty());
}

TEST_CASE("Over-time step series hold each shot's value over its time", "[ui][charts]")
{
    const std::vector<stats::TimedValue> shots = {{0, 2, 1}, {2, 5, 3}, {5, 6, kNaN}, {6, 10, 2}};

    SECTION("Seconds; a shot without a value breaks the line")
    {
        const auto runs = stats::stepSeries(shots, stats::TimeAxis::Seconds);
        REQUIRE(runs.size() == 2);
        REQUIRE(runs[0].size() == 4);
        const std::vector<std::pair<double, double>> first = {{0, 1}, {2, 1}, {2, 3}, {5, 3}};
        for (std::size_t i = 0; i < first.size(); ++i) {
            CHECK(runs[0][i].x == first[i].first);
            CHECK(runs[0][i].y == first[i].second);
        }
        REQUIRE(runs[1].size() == 2);
        CHECK(runs[1][0].x == 6);
        CHECK(runs[1][1].x == 10);
        CHECK(runs[1][1].y == 2);
    }
    SECTION("Fraction of the film's length, in [0, 1]")
    {
        const auto runs = stats::stepSeries(shots, stats::TimeAxis::FractionOfFilm, 20);
        REQUIRE(runs.size() == 2);
        CHECK(runs[0][1].x == Approx(0.1));
        CHECK(runs[1][1].x == Approx(0.5));
        for (const auto& run : runs)
            for (const auto& point : run) {
                CHECK(point.x >= 0);
                CHECK(point.x <= 1);
            }
        // Without a known length the last shot's end stands for it.
        const auto ownLength = stats::stepSeries(shots, stats::TimeAxis::FractionOfFilm);
        CHECK(ownLength.back().back().x == Approx(1.0));
        CHECK(ownLength.front()[1].x == Approx(0.2));
    }
    SECTION("A gap between shots breaks the line")
    {
        const std::vector<stats::TimedValue> gapped = {{0, 1, 1}, {3, 4, 2}};
        CHECK(stats::stepSeries(gapped, stats::TimeAxis::Seconds).size() == 2);
    }
}

namespace {

struct ChartProject
{
    test::TempDir dir;
    std::filesystem::path path = dir / "charts.diptych";
    model::FilmId original = 0;
    model::FilmId remake = 0;
    model::FilmId unanalysed = 0;
    std::vector<model::Shot> originalShots;
    model::MetricId toi = 0;
};

model::Film filmAt(const std::filesystem::path& path, const std::string& title, int shots)
{
    model::Film film;
    film.path = path;
    film.title = title;
    film.fps = 24;
    film.frameCount = shots * 48;
    film.durationS = shots * 2.0;
    film.width = test::kClipWidth;
    film.height = test::kClipHeight;
    return film;
}

// Original: 4 shots of 2 s with teal_orange_index 0.1, 0.2, 0.3, NaN. Remake: 6 shots of 2 s
// with 0.5 .. 0.9 and an outlier 5.0. A third film has no shots. symmetry_lr has no values.
void populate(ChartProject& project)
{
    auto store = store::ProjectStore::create(project.path);
    project.original =
        store.films().add(filmAt(test::mediaPath("many_shots.mkv"), "Original", 4)).id;
    project.remake = store.films().add(filmAt(test::mediaPath("h264_longgop.mp4"), "Remake", 6)).id;
    project.unanalysed = store.films().add(filmAt(project.dir / "missing.mkv", "Unanalysed", 3)).id;
    auto shotsOf = [](int count) {
        std::vector<model::Shot> shots;
        for (int i = 0; i < count; ++i)
            shots.push_back({0, 0, i * 48, (i + 1) * 48, model::TransitionKind::Cut, ""});
        return shots;
    };
    project.originalShots = store.shots().replace(project.original, shotsOf(4));
    const auto remakeShots = store.shots().replace(project.remake, shotsOf(6));
    project.toi =
        store.metrics().define({0, "teal_orange_index", "fraction", "teal and orange", "{}"}).id;
    store.metrics().define({0, "symmetry_lr", "r", "mirror symmetry", "{}"});
    std::vector<model::ShotMetricValue> values;
    const std::vector<double> originalValues = {0.1, 0.2, 0.3, kNaN};
    const std::vector<double> remakeValues = {0.5, 0.6, 0.7, 0.8, 0.9, 5.0};
    for (std::size_t i = 0; i < originalValues.size(); ++i)
        values.push_back({project.originalShots[i].id, project.toi, originalValues[i]});
    for (std::size_t i = 0; i < remakeValues.size(); ++i)
        values.push_back({remakeShots[i].id, project.toi, remakeValues[i]});
    store.metrics().putShotValues(values);
}

} // namespace

TEST_CASE("The comparison view charts a metric of two films from a project", "[ui][charts]")
{
    ChartProject project;
    populate(project);
    auto document = ui::ProjectDocument::openOrCreate(project.path);

    ui::ComparisonView view;
    view.resize(900, 560);
    view.show();
    QSignalSpy messages(&view, &ui::ComparisonView::message);

    CHECK(view.chart() == nullptr);
    CHECK_FALSE(view.emptyMessage().isEmpty()); // no project
    CHECK_FALSE(view.exportChart(QString::fromStdString((project.dir / "none.png").string())));
    CHECK(messages.count() == 1);

    view.setDocument(document.get());
    CHECK(view.chart() == nullptr); // no films chosen
    view.setFilms(project.original, project.remake);
    view.setMetric(QStringLiteral("teal_orange_index"));
    CHECK(view.metric() == QStringLiteral("teal_orange_index"));

    const auto* combo = view.findChild<QComboBox*>(QStringLiteral("metricCombo"));
    REQUIRE(combo);
    const int toiItem = combo->findData(QStringLiteral("teal_orange_index"));
    REQUIRE(toiItem >= 0);
    CHECK(combo->currentIndex() == toiItem);
    // The tooltip is the catalog's one-sentence description with the unit.
    const QString tip = combo->itemData(toiItem, Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("teal")));
    CHECK(tip.contains(QStringLiteral("fraction")));
    CHECK(combo->findData(QStringLiteral("palette")) < 0); // text metrics are left out

    SECTION("Histogram: one bar set per film on shared bins, in % of the film's shots")
    {
        view.setKind(ui::ComparisonView::Kind::Histogram);
        auto* chart = view.chart();
        REQUIRE(chart);
        const auto bars = seriesOf<QBarSeries>(*chart);
        REQUIRE(bars.size() == 1);
        const auto sets = bars[0]->barSets();
        REQUIRE(sets.size() == 2);
        CHECK(sets[0]->label() == QStringLiteral("Original"));
        CHECK(sets[1]->label() == QStringLiteral("Remake"));
        CHECK(sets[0]->color() != sets[1]->color());
        CHECK(setSum(*sets[0]) == Approx(100));
        CHECK(setSum(*sets[1]) == Approx(100));

        const std::vector<std::vector<double>> samples = {{0.1, 0.2, 0.3, kNaN},
                                                          {0.5, 0.6, 0.7, 0.8, 0.9, 5.0}};
        const auto expected = stats::sharedHistogram(samples);
        REQUIRE(sets[0]->count() == int(expected.binCount()));
        for (int i = 0; i < sets[0]->count(); ++i) {
            CHECK(sets[0]->at(i) == Approx(100.0 * expected.counts[0][std::size_t(i)] / 3));
            CHECK(sets[1]->at(i) == Approx(100.0 * expected.counts[1][std::size_t(i)] / 6));
        }
        const auto axes = chart->axes(Qt::Horizontal);
        REQUIRE(axes.size() == 1);
        const auto* categories = qobject_cast<QBarCategoryAxis*>(axes[0]);
        REQUIRE(categories);
        CHECK(categories->count() == sets[0]->count());
        CHECK(categories->titleText().contains(QStringLiteral("fraction")));
    }

    SECTION("Box plot: one Tukey box per film, outliers as dots")
    {
        view.setKind(ui::ComparisonView::Kind::BoxPlot);
        auto* chart = view.chart();
        REQUIRE(chart);
        const auto boxes = seriesOf<QBoxPlotSeries>(*chart);
        REQUIRE(boxes.size() == 1);
        const auto sets = boxes[0]->boxSets();
        REQUIRE(sets.size() == 2);
        CHECK(sets[0]->at(QBoxSet::LowerExtreme) == Approx(0.1));
        CHECK(sets[0]->at(QBoxSet::LowerQuartile) == Approx(0.15));
        CHECK(sets[0]->at(QBoxSet::Median) == Approx(0.2));
        CHECK(sets[0]->at(QBoxSet::UpperQuartile) == Approx(0.25));
        CHECK(sets[0]->at(QBoxSet::UpperExtreme) == Approx(0.3));
        // Remake: q1 0.625, median 0.75, q3 0.875, upper fence 1.25 leaves 5.0 out.
        CHECK(sets[1]->at(QBoxSet::LowerQuartile) == Approx(0.625));
        CHECK(sets[1]->at(QBoxSet::Median) == Approx(0.75));
        CHECK(sets[1]->at(QBoxSet::UpperQuartile) == Approx(0.875));
        CHECK(sets[1]->at(QBoxSet::UpperExtreme) == Approx(0.9));
        const auto dots = seriesOf<QScatterSeries>(*chart);
        REQUIRE(dots.size() == 1);
        REQUIRE(dots[0]->count() == 1);
        CHECK(dots[0]->at(0) == QPointF(1, 5.0));
    }

    SECTION("Over time: step lines in seconds or in % of each film's length")
    {
        view.setKind(ui::ComparisonView::Kind::OverTime);
        view.setTimeAxis(stats::TimeAxis::Seconds);
        auto* chart = view.chart();
        REQUIRE(chart);
        auto lines = seriesOf<QLineSeries>(*chart);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0]->name() == QStringLiteral("Original"));
        const QList<QPointF> original = {{0, 0.1}, {2, 0.1}, {2, 0.2},
                                         {4, 0.2}, {4, 0.3}, {6, 0.3}};
        CHECK(lines[0]->points() == original);
        CHECK(lines[1]->count() == 12);
        CHECK(lines[1]->at(11) == QPointF(12, 5.0));

        view.setTimeAxis(stats::TimeAxis::FractionOfFilm);
        chart = view.chart();
        REQUIRE(chart);
        lines = seriesOf<QLineSeries>(*chart);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0]->at(5).x() == Approx(75)); // 6 s of the original's 8 s
        CHECK(lines[1]->at(11).x() == Approx(100));
        for (auto* line : lines)
            for (const auto& point : line->points()) {
                CHECK(point.x() >= 0);
                CHECK(point.x() <= 100);
            }
    }

    SECTION("Empty states say why instead of drawing an empty chart")
    {
        view.setMetric(QStringLiteral("symmetry_lr")); // defined, never measured
        CHECK(view.chart() == nullptr);
        CHECK(view.emptyMessage().contains(QStringLiteral("symmetry_lr")));

        view.setMetric(QStringLiteral("teal_orange_index"));
        view.setFilms(project.original, project.unanalysed);
        CHECK(view.chart() == nullptr);
        CHECK(view.emptyMessage().contains(QStringLiteral("Unanalysed")));

        view.setFilms(project.original, std::nullopt); // one film is still charted
        CHECK(view.chart() != nullptr);

        view.setDocument(nullptr);
        CHECK(view.chart() == nullptr);
        CHECK_FALSE(view.emptyMessage().isEmpty());
    }

    SECTION("New results redraw the chart and keep the user's choices")
    {
        view.setKind(ui::ComparisonView::Kind::BoxPlot);
        {
            auto store = store::ProjectStore::open(project.path); // as an analysis job would
            store.metrics().putShotValues(std::vector<model::ShotMetricValue>{
                {project.originalShots[3].id, project.toi, 0.4}});
        }
        document->reloadResults();
        CHECK(view.kind() == ui::ComparisonView::Kind::BoxPlot);
        CHECK(view.metric() == QStringLiteral("teal_orange_index"));
        auto* chart = view.chart();
        REQUIRE(chart);
        const auto boxes = seriesOf<QBoxPlotSeries>(*chart);
        REQUIRE(boxes.size() == 1);
        CHECK(boxes[0]->boxSets()[0]->at(QBoxSet::UpperExtreme) == Approx(0.4));
    }

    SECTION("Exports PNG at twice the view's size and SVG")
    {
        view.setKind(ui::ComparisonView::Kind::Histogram);
        const auto* chartView = view.findChild<QChartView*>();
        REQUIRE(chartView);
        const QSize size = chartView->viewport()->size();

        const QString png = QString::fromStdString((project.dir / "chart.png").string());
        REQUIRE(view.exportChart(png));
        QImage image;
        REQUIRE(image.load(png));
        CHECK(image.size() == size * 2);
        CHECK(messages.last().at(0).toString().contains(QStringLiteral("chart.png")));

        const QString svg = QString::fromStdString((project.dir / "chart.svg").string());
        REQUIRE(view.exportChart(svg));
        QFile file(svg);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        CHECK(text.startsWith("<?xml"));
        CHECK(text.contains("<svg"));
        CHECK(text.contains("Original"));

        CHECK_FALSE(view.exportChart(QString::fromStdString((project.dir / "chart.gif").string())));
    }
}
