#include "annotation/agreement.h"

#include <algorithm>
#include <cstdint>
#include <map>

namespace diptych::annotation {

namespace {

constexpr int kMissing = -1;

// The matrix with every category replaced by a dense index (kMissing for no value), so the
// coefficients count with integers and compare categories in O(1).
struct IndexedMatrix
{
    std::size_t categories = 0;
    std::vector<std::vector<int>> units; // units[u][c]
};

IndexedMatrix indexMatrix(const ReliabilityMatrix& matrix)
{
    IndexedMatrix indexed;
    std::map<std::string, int> ids;
    indexed.units.reserve(matrix.units.size());
    for (std::size_t u = 0; u < matrix.units.size(); ++u) {
        const auto& row = matrix.units[u];
        if (row.size() != matrix.coders.size())
            throw AgreementError("reliability matrix: unit " + std::to_string(u) + " has " +
                                 std::to_string(row.size()) + " values for " +
                                 std::to_string(matrix.coders.size()) + " coders");
        std::vector<int> cells;
        cells.reserve(row.size());
        for (const auto& rating : row) {
            if (!rating) {
                cells.push_back(kMissing);
                continue;
            }
            const auto [it, added] = ids.try_emplace(*rating, int(ids.size()));
            cells.push_back(it->second);
        }
        indexed.units.push_back(std::move(cells));
    }
    indexed.categories = ids.size();
    return indexed;
}

} // namespace

Statistic cohenKappa(const ReliabilityMatrix& matrix, std::size_t a, std::size_t b)
{
    const auto indexed = indexMatrix(matrix);
    if (a >= matrix.coders.size() || b >= matrix.coders.size())
        throw AgreementError("reliability matrix: coder index out of range (" +
                             std::to_string(matrix.coders.size()) + " coders)");
    std::vector<std::int64_t> marginalA(indexed.categories), marginalB(indexed.categories);
    std::int64_t n = 0;
    std::int64_t agreements = 0;
    for (const auto& row : indexed.units) {
        if (row[a] == kMissing || row[b] == kMissing)
            continue;
        ++n;
        agreements += row[a] == row[b] ? 1 : 0;
        ++marginalA[std::size_t(row[a])];
        ++marginalB[std::size_t(row[b])];
    }
    // In counts: κ = (n·agreements − Σ n_ak n_bk) / (n² − Σ n_ak n_bk), which is the formula
    // of the header multiplied through by n²; integers make the p_e = 1 test exact.
    std::int64_t chance = 0;
    for (std::size_t k = 0; k < indexed.categories; ++k)
        chance += marginalA[k] * marginalB[k];
    Statistic result{std::nullopt, std::size_t(n)};
    if (n > 0 && n * n != chance)
        result.value = double(n * agreements - chance) / double(n * n - chance);
    return result;
}

Statistic fleissKappa(const ReliabilityMatrix& matrix)
{
    const auto indexed = indexMatrix(matrix);
    const auto m = std::int64_t(matrix.coders.size());
    Statistic result;
    if (m < 2)
        return result;
    std::vector<std::int64_t> totals(indexed.categories); // Σ_i n_ij
    std::int64_t sumSquares = 0;                          // Σ_i Σ_j n_ij²
    std::vector<std::int64_t> counts(indexed.categories);
    for (const auto& row : indexed.units) {
        bool complete = true;
        for (const int cell : row)
            complete = complete && cell != kMissing;
        if (!complete)
            continue;
        ++result.units;
        std::fill(counts.begin(), counts.end(), 0);
        for (const int cell : row)
            ++counts[std::size_t(cell)];
        for (std::size_t j = 0; j < counts.size(); ++j) {
            sumSquares += counts[j] * counts[j];
            totals[j] += counts[j];
        }
    }
    const auto units = std::int64_t(result.units);
    const std::int64_t ratings = units * m; // N m
    std::int64_t totalSquares = 0;          // Σ_j (Σ_i n_ij)², so P̄_e = totalSquares / (N m)²
    for (const auto total : totals)
        totalSquares += total * total;
    if (units == 0 || totalSquares == ratings * ratings)
        return result;
    const double observed = double(sumSquares - ratings) / double(ratings * (m - 1));   // P̄
    const double expected = double(totalSquares) / (double(ratings) * double(ratings)); // P̄_e
    result.value = (observed - expected) / (1.0 - expected);
    return result;
}

Statistic krippendorffAlpha(const ReliabilityMatrix& matrix)
{
    const auto indexed = indexMatrix(matrix);
    // Only the off-diagonal sum of the coincidence matrix and its marginals n_c are needed for
    // nominal data; the marginals are integers (the pairable values in each category).
    double disagreement = 0;                                 // Σ_{c≠k} o_ck
    std::vector<std::int64_t> marginals(indexed.categories); // n_c
    std::vector<std::int64_t> counts(indexed.categories);    // n_uc of the current unit
    Statistic result;
    for (const auto& row : indexed.units) {
        std::fill(counts.begin(), counts.end(), 0);
        std::int64_t values = 0; // m_u
        for (const int cell : row)
            if (cell != kMissing) {
                ++counts[std::size_t(cell)];
                ++values;
            }
        if (values < 2)
            continue; // not pairable: contributes nothing to o_ck
        ++result.units;
        // Ordered pairs of different values in the unit: m_u² − Σ_c n_uc².
        std::int64_t sameSquares = 0;
        for (std::size_t c = 0; c < counts.size(); ++c) {
            sameSquares += counts[c] * counts[c];
            marginals[c] += counts[c];
        }
        disagreement += double(values * values - sameSquares) / double(values - 1);
    }
    std::int64_t n = 0;
    std::int64_t marginalSquares = 0;
    for (const auto marginal : marginals) {
        n += marginal;
        marginalSquares += marginal * marginal;
    }
    const std::int64_t expectedPairs = n * n - marginalSquares; // Σ_{c≠k} n_c n_k
    if (expectedPairs == 0)
        return result; // D_e = 0
    result.value = 1.0 - double(n - 1) * disagreement / double(expectedPairs);
    return result;
}

} // namespace diptych::annotation
