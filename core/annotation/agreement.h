#pragma once

// Agreement between coders on nominal data: Cohen's kappa, Fleiss' kappa and Krippendorff's
// alpha over one reliability matrix. Pure functions, no store, no I/O.
//
// Missing data: a cell without a value means the coder left that unit uncoded. It is never a
// category of its own; each coefficient says below which units it can use.
//
// References:
//  - J. Cohen (1960). A coefficient of agreement for nominal scales. Educational and
//    Psychological Measurement 20(1), 37–46.
//  - J. L. Fleiss (1971). Measuring nominal scale agreement among many raters. Psychological
//    Bulletin 76(5), 378–382.
//  - K. Krippendorff (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
//    Communication, University of Pennsylvania, departmental paper 43.

#include "common/error.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace diptych::annotation {

/// A malformed reliability matrix or an impossible request (a coder index out of range, a
/// film without the requested tier). The message is one line for the user.
class AgreementError final : public Error
{
public:
    using Error::Error;
};

/// One coder's value of one unit: a nominal category (compared as exact text), or nullopt
/// when the coder did not code the unit.
using Rating = std::optional<std::string>;

/// Reliability data in canonical form (Krippendorff 2011, section A): units × coders.
struct ReliabilityMatrix
{
    std::vector<std::string> coders;        ///< one label per column
    std::vector<std::vector<Rating>> units; ///< units[u][c]; every row has coders.size() cells
};

/// A coefficient and how many units it was computed over.
struct Statistic
{
    /// At most 1 (perfect agreement); 0 is chance level, below 0 systematic disagreement (the
    /// lower bound depends on the data). nullopt when the coefficient is undefined for it.
    std::optional<double> value;
    std::size_t units = 0; ///< the units that entered the computation (see each function)

    bool operator==(const Statistic&) const = default;
};

/// Cohen's kappa (Cohen 1960) of coders `a` and `b` over the n units both coded:
///   p_o = (units where they agree) / n
///   p_e = Σ_k (n_ak / n)(n_bk / n)      n_ak: units coder a put in category k
///   κ   = (p_o − p_e) / (1 − p_e)
/// Undefined (nullopt) when n = 0 or p_e = 1 (both coders used one and the same category for
/// every unit, so chance already explains everything). `units` = n.
/// Throws AgreementError for a malformed matrix or a coder index out of range.
[[nodiscard]] Statistic cohenKappa(const ReliabilityMatrix& matrix, std::size_t a, std::size_t b);

/// Fleiss' kappa (Fleiss 1971) over the N units that every one of the m coders coded (the
/// classic coefficient needs a constant number of raters per unit; other units are left out):
///   P_i = (Σ_j n_ij² − m) / (m(m − 1))  n_ij: raters who put unit i in category j
///   p_j = Σ_i n_ij / (N m),   P̄ = mean of P_i,   P̄_e = Σ_j p_j²
///   κ   = (P̄ − P̄_e) / (1 − P̄_e)
/// Undefined (nullopt) when m < 2, N = 0 or P̄_e = 1 (a single category throughout).
/// `units` = N. Throws AgreementError for a malformed matrix.
[[nodiscard]] Statistic fleissKappa(const ReliabilityMatrix& matrix);

/// Krippendorff's alpha for nominal data with missing values, by the coincidence-matrix method
/// (Krippendorff 2011, section C). Only pairable units enter: those with m_u >= 2 values.
///   o_ck = Σ_u (number of c–k pairs of values in unit u) / (m_u − 1)   ordered pairs
///   n_c  = Σ_k o_ck,   n = Σ_c n_c (the pairable values)
///   α    = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k
/// Undefined (nullopt) when D_e = 0: no pairable unit, or a single value in all the pairable
/// data (agreement cannot be told from chance). `units` = the pairable units.
/// Throws AgreementError for a malformed matrix.
[[nodiscard]] Statistic krippendorffAlpha(const ReliabilityMatrix& matrix);

} // namespace diptych::annotation
