#pragma once

// From a project's annotations to reliability data: which code each coder gave each shot.

#include "annotation/agreement.h"
#include "model/ids.h"

#include <cstddef>
#include <string>
#include <vector>

namespace diptych::store {
class ProjectStore;
} // namespace diptych::store

namespace diptych::annotation {

/// One code's own reliability matrix: per unit and coder "1" if the coder applied the code,
/// "0" if the coder coded the unit with other codes only, missing if the coder did not code it.
struct CodeReliability
{
    std::string code; ///< the code's label path, as in FilmCoding
    ReliabilityMatrix matrix;
};

/// The reliability data of one film. Units are the film's shots in order (unit u = shot index
/// u, 0-based, ShotRepository::list order); columns are the coders who applied at least one
/// code to one of the film's shots in the chosen tiers, ordered by name.
///
/// A coder's value of a shot is the set of codes the coder applied there, sorted and joined by
/// " + " into one nominal category ("Pan + Tilt"); missing when the coder applied none. Codes
/// are named by their path from the root of their scheme, joined by "/" ("Color & light/Teal–
/// orange"); when two schemes used in the film share a path, it is prefixed with the scheme
/// name and ": ". Annotations without a code (free text) are ignored.
struct FilmCoding
{
    model::FilmId filmId = 0;
    std::vector<model::ShotId> shots;     ///< shots[u] is unit u
    ReliabilityMatrix matrix;             ///< shots.size() units × the coders
    std::vector<CodeReliability> perCode; ///< every code applied in the data, by label

    /// The units at least one coder coded.
    [[nodiscard]] std::size_t codedUnits() const;
};

/// Builds the reliability data of `film` from its annotations in the tier named `tierName`
/// (empty: all the film's tiers). An annotation belongs to shot s when its shotId is s or,
/// without a shotId, when its frame range [start, end) holds s's middle frame
/// (start + length / 2, rounded down); a range annotation can thus cover several shots.
/// Throws AgreementError when the film has no tier of that name, StoreError for store failures.
[[nodiscard]] FilmCoding buildFilmCoding(const store::ProjectStore& store, model::FilmId film,
                                         const std::string& tierName = {});

/// Cohen's kappa of one pair of coders (indices into the matrix's coders, a < b).
struct PairAgreement
{
    std::size_t a = 0;
    std::size_t b = 0;
    Statistic cohenKappa;
};

/// Per-code Krippendorff's alpha.
struct CodeAgreement
{
    std::string code;
    Statistic krippendorffAlpha;
};

/// Every coefficient of one film's coding, as `diptych-cli agreement` reports it.
struct AgreementReport
{
    std::size_t codedUnits = 0; ///< FilmCoding::codedUnits()
    std::vector<std::string> coders;
    Statistic krippendorffAlpha;
    Statistic fleissKappa;
    std::vector<PairAgreement> pairwise; ///< every pair a < b, in order
    std::vector<CodeAgreement> perCode;  ///< in FilmCoding::perCode order
};

[[nodiscard]] AgreementReport summarizeAgreement(const FilmCoding& coding);

} // namespace diptych::annotation
