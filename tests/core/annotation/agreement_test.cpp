// Agreement coefficients against published worked examples with known answers.

#include "annotation/agreement.h"

#include <catch2/catch.hpp>

#include <array>

using namespace diptych::annotation;

namespace {

// Reliability data from rows of small integers, 0 = missing, one row per coder (the layout
// the papers print); transposed into units × coders.
ReliabilityMatrix fromCoderRows(const std::vector<std::vector<int>>& rows)
{
    ReliabilityMatrix matrix;
    for (std::size_t c = 0; c < rows.size(); ++c)
        matrix.coders.push_back("coder " + std::to_string(c + 1));
    for (std::size_t u = 0; u < rows.front().size(); ++u) {
        std::vector<Rating> unit;
        for (const auto& row : rows)
            unit.push_back(row[u] == 0 ? Rating() : Rating(std::to_string(row[u])));
        matrix.units.push_back(std::move(unit));
    }
    return matrix;
}

} // namespace

TEST_CASE("krippendorff alpha: Krippendorff's nominal example with missing values", "[agreement]")
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: observers
    // A–D, 12 units, values 1–5, blanks missing. Unit 12 has one value only (not pairable).
    // Published: nominal alpha = 0.743; here exactly 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k
    // = 1 − 39 · 8 / 1216 = 0.743421... (checked by hand in Python).
    const auto matrix = fromCoderRows({
        {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
        {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0},
    });
    const auto alpha = krippendorffAlpha(matrix);
    REQUIRE(alpha.value);
    CHECK(*alpha.value == Approx(0.743421052631579).epsilon(1e-12));
    CHECK(alpha.units == 11);
}

TEST_CASE("fleiss kappa: the 14 raters, 10 subjects, 5 categories example", "[agreement]")
{
    // Fleiss' kappa worked example (Wikipedia, "Fleiss' kappa"): counts of raters per category.
    // Published: P̄ = 0.378, P̄_e = 0.213, kappa = 0.210.
    const std::array<std::array<int, 5>, 10> counts = {{{0, 0, 0, 0, 14},
                                                        {0, 2, 6, 4, 2},
                                                        {0, 0, 3, 5, 6},
                                                        {0, 3, 9, 2, 0},
                                                        {2, 2, 8, 1, 1},
                                                        {7, 7, 0, 0, 0},
                                                        {3, 2, 6, 3, 0},
                                                        {2, 5, 3, 2, 2},
                                                        {6, 5, 2, 1, 0},
                                                        {0, 2, 2, 3, 7}}};
    ReliabilityMatrix matrix;
    for (int c = 0; c < 14; ++c)
        matrix.coders.push_back("rater " + std::to_string(c));
    for (const auto& subject : counts) {
        std::vector<Rating> unit;
        for (std::size_t category = 0; category < subject.size(); ++category)
            for (int i = 0; i < subject[category]; ++i)
                unit.emplace_back("category " + std::to_string(category + 1));
        REQUIRE(unit.size() == 14);
        matrix.units.push_back(std::move(unit));
    }
    const auto kappa = fleissKappa(matrix);
    REQUIRE(kappa.value);
    CHECK(*kappa.value == Approx(0.20993070442195522).epsilon(1e-12));
    CHECK(*kappa.value == Approx(0.210).margin(0.0005));
    CHECK(kappa.units == 10);
}

TEST_CASE("cohen kappa: 50 items, yes/yes 20, yes/no 5, no/yes 10, no/no 15", "[agreement]")
{
    // Wikipedia, "Cohen's kappa", simple example: p_o = 0.7, p_e = 0.5, kappa = 0.4.
    ReliabilityMatrix matrix{{"A", "B"}, {}};
    auto add = [&](int times, const char* a, const char* b) {
        for (int i = 0; i < times; ++i)
            matrix.units.push_back({Rating(a), Rating(b)});
    };
    add(20, "yes", "yes");
    add(5, "yes", "no");
    add(10, "no", "yes");
    add(15, "no", "no");
    const auto kappa = cohenKappa(matrix, 0, 1);
    REQUIRE(kappa.value);
    CHECK(*kappa.value == Approx(0.4).epsilon(1e-12));
    CHECK(kappa.units == 50);
    CHECK(cohenKappa(matrix, 1, 0) == kappa); // symmetric

    // Two raters with complete data: Fleiss' kappa uses pooled marginals, so it differs from
    // Cohen's, and alpha differs again by its small-sample correction (Krippendorff 2011).
    const auto fleiss = fleissKappa(matrix);
    REQUIRE(fleiss.value);
    CHECK(*fleiss.value == Approx((0.7 - 0.505) / (1 - 0.505)));
    const auto alpha = krippendorffAlpha(matrix);
    REQUIRE(alpha.value);
    CHECK(*alpha.value == Approx(1 - (1 - *fleiss.value) * 99.0 / 100.0));
}

TEST_CASE("agreement: missing values are missing, not a category", "[agreement]")
{
    // Coder 2 skips units 3 and 4. If missing were a category the coders would disagree there;
    // as it is, they agree wherever both coded.
    const auto matrix = fromCoderRows({
        {1, 2, 1, 2, 1, 2},
        {1, 2, 0, 0, 1, 2},
    });
    const auto kappa = cohenKappa(matrix, 0, 1);
    CHECK(kappa.value == 1.0);
    CHECK(kappa.units == 4);
    const auto alpha = krippendorffAlpha(matrix);
    CHECK(alpha.value == 1.0);
    CHECK(alpha.units == 4);
    const auto fleiss = fleissKappa(matrix);
    CHECK(fleiss.value == 1.0);
    CHECK(fleiss.units == 4);

    // Adding a third coder who codes only unit 3 makes it pairable for alpha but leaves the
    // Fleiss units (coded by everyone) empty.
    const auto three = fromCoderRows({
        {1, 2, 1, 2, 1, 2},
        {1, 2, 0, 0, 1, 2},
        {0, 0, 1, 0, 0, 0},
    });
    CHECK(krippendorffAlpha(three).units == 5);
    CHECK(krippendorffAlpha(three).value == 1.0);
    CHECK(fleissKappa(three) == Statistic{std::nullopt, 0});
}

TEST_CASE("agreement: perfect agreement is 1, undefined cases are nullopt", "[agreement]")
{
    const auto perfect = fromCoderRows({{1, 2, 3, 1}, {1, 2, 3, 1}, {1, 2, 3, 1}});
    CHECK(cohenKappa(perfect, 0, 2).value == 1.0);
    CHECK(fleissKappa(perfect).value == 1.0);
    CHECK(krippendorffAlpha(perfect).value == 1.0);

    // One value throughout: expected agreement is 1, so chance explains everything.
    const auto constant = fromCoderRows({{1, 1, 1}, {1, 1, 1}});
    CHECK_FALSE(cohenKappa(constant, 0, 1).value);
    CHECK(cohenKappa(constant, 0, 1).units == 3);
    CHECK_FALSE(fleissKappa(constant).value);
    CHECK_FALSE(krippendorffAlpha(constant).value);

    // No unit coded by both / no pairable unit.
    const auto disjoint = fromCoderRows({{1, 2, 0, 0}, {0, 0, 1, 2}});
    CHECK(cohenKappa(disjoint, 0, 1) == Statistic{std::nullopt, 0});
    CHECK(fleissKappa(disjoint) == Statistic{std::nullopt, 0});
    CHECK(krippendorffAlpha(disjoint) == Statistic{std::nullopt, 0});

    // Fewer than two coders.
    const auto single = fromCoderRows({{1, 2, 3}});
    CHECK_FALSE(fleissKappa(single).value);
    CHECK_FALSE(krippendorffAlpha(single).value);

    // Empty data.
    CHECK_FALSE(krippendorffAlpha(ReliabilityMatrix{}).value);
    CHECK_FALSE(fleissKappa(ReliabilityMatrix{}).value);
}

TEST_CASE("agreement: systematic disagreement is below zero", "[agreement]")
{
    const auto opposite = fromCoderRows({{1, 2, 1, 2}, {2, 1, 2, 1}});
    CHECK(*cohenKappa(opposite, 0, 1).value == Approx(-1.0));
    CHECK(*krippendorffAlpha(opposite).value < 0);
}

TEST_CASE("agreement: malformed matrices and bad coder indices throw", "[agreement]")
{
    ReliabilityMatrix ragged{{"A", "B"}, {{Rating("x"), Rating("y")}, {Rating("x")}}};
    CHECK_THROWS_AS(krippendorffAlpha(ragged), AgreementError);
    CHECK_THROWS_AS(fleissKappa(ragged), AgreementError);
    CHECK_THROWS_AS(cohenKappa(ragged, 0, 1), AgreementError);
    const auto fine = fromCoderRows({{1, 2}, {1, 2}});
    CHECK_THROWS_AS(cohenKappa(fine, 0, 2), AgreementError);
    CHECK_THROWS_AS(cohenKappa(fine, 0, 2), diptych::Error);
}
