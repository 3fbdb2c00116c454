// The "codes meet metrics" panel on a real project file: the choices it lists, the statistics
// it shows against values worked out by hand, the CSV it copies, and what it says when the
// query cannot run.
#include "document/project_document.h"
#include "query/code_query_panel.h"
#include "store/project_store.h"
#include "temp_dir.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <memory>
#include <tuple>

using namespace diptych;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct QueryProject
{
    test::TempDir dir;
    std::filesystem::path path = dir / "query.diptych";
    model::FilmId original = 0;
    model::FilmId remake = 0;
    model::CodeId closeUp = 0;
};

// Original: luma_mean 0.1, 0.4, NaN, 0.3, 0.9. Remake: 0.2, 0.6, 0.5, 0.8.
// Framing/Close-up: Ada on original shots 0, 1, 2, 4; Bea on original shot 1 and remake
// shots 1, 3. Movement/Pan (scheme Shots): Ada on original shot 3. Scheme Lens has another
// Movement/Pan; Movement/Tilt is retired.
void populate(QueryProject& project)
{
    auto store = store::ProjectStore::create(project.path);
    const auto luma = store.metrics().define({0, "luma_mean", "Y'", "", "{}"});
    const auto ada = store.coders().add({0, "Ada", ""});
    const auto bea = store.coders().add({0, "Bea", ""});
    const auto shots = store.schemes().add({0, "Shots", ""});
    const auto framing =
        store.schemes().addCode({0, shots.id, std::nullopt, "Framing", "", "", "", 0, false});
    const auto closeUp =
        store.schemes().addCode({0, shots.id, framing.id, "Close-up", "", "", "", 0, false});
    project.closeUp = closeUp.id;
    const auto movement =
        store.schemes().addCode({0, shots.id, std::nullopt, "Movement", "", "", "", 1, false});
    const auto pan =
        store.schemes().addCode({0, shots.id, movement.id, "Pan", "", "", "", 0, false});
    store.schemes().addCode({0, shots.id, movement.id, "Tilt", "", "", "", 1, true});
    const auto lens = store.schemes().add({0, "Lens", ""});
    const auto lensMovement =
        store.schemes().addCode({0, lens.id, std::nullopt, "Movement", "", "", "", 0, false});
    store.schemes().addCode({0, lens.id, lensMovement.id, "Pan", "", "", "", 0, false});

    const auto addFilm = [&](const char* name, const std::vector<double>& values) {
        model::Film film;
        film.path = project.dir / name;
        film.fps = 25;
        film.frameCount = model::Frame(values.size()) * 10;
        film = store.films().add(film);
        std::vector<model::Shot> list;
        for (std::size_t i = 0; i < values.size(); ++i)
            list.push_back({0, 0, model::Frame(i) * 10, model::Frame(i + 1) * 10,
                            model::TransitionKind::Cut, ""});
        const auto stored = store.shots().replace(film.id, list);
        std::vector<model::ShotMetricValue> metricValues;
        for (std::size_t i = 0; i < stored.size(); ++i)
            metricValues.push_back({stored[i].id, luma.id, values[i]});
        store.metrics().putShotValues(metricValues);
        const auto tier =
            store.tiers().add({0, film.id, "Codes", shots.id, model::TierKind::Shot, 0});
        return std::make_tuple(film.id, stored, tier);
    };
    const auto [original, originalShots, originalTier] =
        addFilm("original.mkv", {0.1, 0.4, kNaN, 0.3, 0.9});
    const auto [remake, remakeShots, remakeTier] = addFilm("remake.mkv", {0.2, 0.6, 0.5, 0.8});
    project.original = original;
    project.remake = remake;

    const auto code = [&](const model::Tier& tier, const model::Coder& coder,
                          const model::Shot& shot, model::CodeId id) {
        store.annotations().add(
            {0, tier.id, coder.id, shot.id, shot.startFrame, shot.endFrame, id, "", "", "", ""});
    };
    for (const int i : {0, 1, 2, 4})
        code(originalTier, ada, originalShots[std::size_t(i)], closeUp.id);
    code(originalTier, bea, originalShots[1], closeUp.id);
    code(remakeTier, bea, remakeShots[1], closeUp.id);
    code(remakeTier, bea, remakeShots[3], closeUp.id);
    code(originalTier, ada, originalShots[3], pan.id);
}

/// The row of `code` in `result`; the rows follow the code list's order, not the checking's.
std::size_t rowOf(const annotation::CodeQueryResult& result, const std::string& code)
{
    for (std::size_t r = 0; r < result.rows.size(); ++r)
        if (result.rows[r].code == code)
            return r;
    FAIL("no row for " << code);
    return 0;
}

QString itemText(const QListWidget& list, const QString& key)
{
    for (int i = 0; i < list.count(); ++i)
        if (list.item(i)->data(Qt::UserRole).toString() == key)
            return list.item(i)->text();
    return {};
}

} // namespace

TEST_CASE("Code query panel: statistics of coded shots, film A against film B",
          "[ui][code_query_panel]")
{
    QueryProject project;
    populate(project);
    auto document = ui::ProjectDocument::openOrCreate(project.path);

    ui::CodeQueryPanel panel;
    panel.resize(1000, 700);
    panel.show();
    QSignalSpy refreshed(&panel, &ui::CodeQueryPanel::refreshed);
    panel.setDocument(document.get());
    REQUIRE(refreshed.wait(10000)); // the choices are read
    CHECK(panel.result() == nullptr);
    CHECK(panel.errorText().isEmpty());

    // Every path once, whatever the scheme; the retired one marked.
    const auto choices = panel.codeChoices();
    CHECK(choices.size() == 5);
    CHECK(choices.contains(QStringLiteral("Framing/Close-up")));
    CHECK(choices.count(QStringLiteral("Movement/Pan")) == 1);
    const auto* codeList = panel.findChild<QListWidget*>(QStringLiteral("codeList"));
    REQUIRE(codeList);
    CHECK(itemText(*codeList, QStringLiteral("Movement/Tilt")).contains(QStringLiteral("retired")));
    CHECK_FALSE(
        itemText(*codeList, QStringLiteral("Movement/Pan")).contains(QStringLiteral("retired")));
    const auto* metricList = panel.findChild<QListWidget*>(QStringLiteral("metricList"));
    REQUIRE(metricList);
    CHECK_FALSE(itemText(*metricList, QStringLiteral("luma_mean")).isEmpty());
    CHECK(itemText(*metricList, QStringLiteral("palette")).isEmpty()); // not numeric

    SECTION("Nothing checked: it says what is missing")
    {
        refreshed.clear();
        panel.run();
        CHECK(refreshed.count() == 1);
        CHECK(panel.result() == nullptr);
        CHECK(panel.errorText() == QStringLiteral("Check at least one code."));
        panel.setCheckedCodes({QStringLiteral("Framing/Close-up")});
        panel.run();
        CHECK(panel.errorText() == QStringLiteral("Check at least one metric."));
    }

    panel.setCheckedCodes({QStringLiteral("Framing/Close-up"), QStringLiteral("Movement/Pan")});
    panel.setCheckedMetrics({QStringLiteral("luma_mean")});
    const double meanA = (0.1 + 0.4 + 0.9) / 3;

    SECTION("Any coder: means and medians worked out by hand")
    {
        refreshed.clear();
        panel.run();
        REQUIRE(refreshed.wait(10000));
        REQUIRE(panel.errorText().isEmpty());
        const auto* result = panel.result();
        REQUIRE(result);
        CHECK(result->compared);
        REQUIRE(result->rows.size() == 2);
        const std::size_t c = rowOf(*result, "Framing/Close-up");
        const std::size_t p = rowOf(*result, "Movement/Pan");
        const auto& closeUp = result->rows[c];
        REQUIRE(closeUp.films.size() == 2);
        CHECK(closeUp.films[0].film.id == project.original); // A: the first film
        CHECK(closeUp.films[0].summary.count == 3);          // shot 2 has no value
        CHECK(closeUp.films[0].summary.mean == Approx(meanA));
        CHECK(closeUp.films[0].summary.median == Approx(0.4));
        CHECK(closeUp.films[1].summary.count == 2);
        CHECK(closeUp.films[1].summary.mean == Approx(0.7));
        CHECK(closeUp.films[1].summary.median == Approx(0.7));
        CHECK(*closeUp.meanDifference == Approx(0.7 - meanA));
        CHECK(*closeUp.medianDifference == Approx(0.3));
        const auto& pan = result->rows[p];
        CHECK(pan.films[0].summary.mean == Approx(0.3));
        CHECK(pan.films[1].summary.count == 0);
        CHECK(std::isnan(*pan.meanDifference));

        const auto* table = panel.findChild<QTableWidget*>(QStringLiteral("resultTable"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 2);
        REQUIRE(table->columnCount() == 14); // code, metric, 2 × 5 statistics, 2 differences
        const int row = int(c);
        CHECK(table->item(row, 0)->text() == QStringLiteral("Framing/Close-up"));
        CHECK(table->item(row, 2)->text() == QStringLiteral("3"));
        CHECK(table->item(row, 3)->text() == QLocale().toString(meanA, 'g', 4));
        CHECK(table->item(row, 12)->text() == QLocale().toString(0.7 - meanA, 'g', 4));
        CHECK(table->item(int(p), 12)->text() == QStringLiteral("—"));
        CHECK_FALSE(table->item(int(p), 12)->toolTip().isEmpty());

        auto* copy = panel.findChild<QPushButton*>(QStringLiteral("copyButton"));
        REQUIRE(copy);
        REQUIRE(copy->isEnabled());
        QGuiApplication::clipboard()->clear();
        copy->click();
        const QString csv = QGuiApplication::clipboard()->text();
        CHECK(csv == panel.csv());
        const auto lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 3); // the header, then the rows in table order
        const auto fields = lines[1 + c].split(QLatin1Char(','));
        REQUIRE(fields.size() == 14);
        CHECK(fields[0] == QStringLiteral("Framing/Close-up"));
        CHECK(fields[1] == QStringLiteral("luma_mean"));
        CHECK(fields[2] == QStringLiteral("3"));
        CHECK(fields[3].toDouble() == Approx(meanA).epsilon(1e-12));
        CHECK(fields[12].toDouble() == Approx(0.7 - meanA).epsilon(1e-12));
        CHECK(lines[1 + p].split(QLatin1Char(','))[12].isEmpty()); // undefined: empty cell
    }
    SECTION("One coder, and films chosen the other way round")
    {
        panel.setCoder(QStringLiteral("Bea"));
        panel.setFilms(project.remake, project.original);
        refreshed.clear();
        panel.run();
        REQUIRE(refreshed.wait(10000));
        const auto* result = panel.result();
        REQUIRE(result);
        const auto& closeUp = result->rows[rowOf(*result, "Framing/Close-up")];
        CHECK(closeUp.films[0].film.id == project.remake);
        CHECK(closeUp.films[0].summary.mean == Approx(0.7));
        CHECK(closeUp.films[1].summary.count == 1); // Bea coded original shot 1 only
        CHECK(closeUp.films[1].summary.mean == Approx(0.4));
        CHECK(*closeUp.meanDifference == Approx(0.4 - 0.7));
    }
    SECTION("A code removed meanwhile: the rerun says so, and the list follows")
    {
        refreshed.clear();
        panel.run();
        REQUIRE(refreshed.wait(10000));
        REQUIRE(panel.result());
        {
            auto store = store::ProjectStore::open(project.path);
            store.schemes().removeCode(project.closeUp);
        }
        refreshed.clear();
        panel.refresh(); // as after an annotation change: reruns the last query
        REQUIRE(refreshed.wait(10000));
        CHECK(panel.result() == nullptr);
        CHECK(panel.errorText().contains(QStringLiteral("no code 'Framing/Close-up'")));
        CHECK_FALSE(panel.codeChoices().contains(QStringLiteral("Framing/Close-up")));
        CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("copyButton"))->isEnabled());
    }
}

TEST_CASE("Code query panel: no project, and destruction mid-computation", "[ui][code_query_panel]")
{
    ui::CodeQueryPanel panel;
    QSignalSpy refreshed(&panel, &ui::CodeQueryPanel::refreshed);
    panel.run();
    CHECK(refreshed.count() == 1);
    CHECK(panel.result() == nullptr);
    CHECK_FALSE(panel.errorText().isEmpty());
    CHECK(panel.csv().isEmpty());

    QueryProject project;
    populate(project);
    auto document = ui::ProjectDocument::openOrCreate(project.path);
    {
        auto doomed = std::make_unique<ui::CodeQueryPanel>();
        doomed->setDocument(document.get());
        doomed->refresh();
    } // destroyed while its computation runs
    QThreadPool::globalInstance()->waitForDone(10000);
    QCoreApplication::processEvents(); // the outcome finds no panel and is dropped
    CHECK(panel.result() == nullptr);
}
