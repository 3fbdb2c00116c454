#pragma once

#include <filesystem>
#include <string>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::annotation {

/// What one importShotCodes() call did. Counts are of rows and entities, never negative.
struct CodeImportSummary
{
    int rows = 0;              ///< data rows read (the header and blank lines not counted)
    int annotationsAdded = 0;  ///< one per row that was not a duplicate
    int duplicatesSkipped = 0; ///< rows equal to a stored annotation or to an earlier row
    int codesCreated = 0;      ///< codes (and intermediate path levels) added to schemes
    int codersCreated = 0;
    int tiersCreated = 0;
    int schemesCreated = 0;   ///< 0 or 1: "Imported codes", when the project had no scheme
    int tiersGivenScheme = 0; ///< existing shot tiers without a scheme that were given one
};

/// The summary as one line for people ("7 rows: 6 annotations added, 1 duplicate skipped; ...").
[[nodiscard]] std::string describe(const CodeImportSummary& summary);

/// Imports shot codes from a spreadsheet saved as CSV, as one transaction: every row or none.
///
/// The file is RFC 4180 CSV in UTF-8 (a leading byte-order mark is ignored): fields separated
/// by commas, quoted with `"` when they hold commas, quotes (doubled: `""`) or line breaks;
/// records end with CRLF, LF or CR. Blank lines are skipped. The first record is the header:
/// the columns `film`, `shot`, `coder`, `code` and optionally `tier` and `note`, in any order
/// (names are matched ignoring case and surrounding spaces); any other column is an error.
/// Each further record becomes one annotation:
/// - `film`: a film's path as stored in the project, or its file name when that is unique;
/// - `shot`: the 0-based index of a shot of that film, in start-frame order;
/// - `coder`: a coder's name; a new name creates the coder;
/// - `code`: a code label, or a path of labels from the top of the scheme ("Movement/Pan").
///   A label is the top-level code of that name, else the one code of that name anywhere in
///   the tier's scheme (several: an error asking for the path); a label or path level that
///   does not exist is created (a plain label at the top level). Retired codes may be used;
/// - `tier` (optional; empty or absent: "Codes"): the name of a shot tier of that film. A
///   missing tier is created as a shot tier with the default scheme; an existing tier without a
///   scheme is given the default scheme (which it lacked, so no code of it changes meaning);
///   a range or text tier is an error. The default scheme is the project's first scheme (the
///   lowest id), or a new scheme "Imported codes" when the project has none;
/// - `note` (optional): Markdown kept verbatim (line breaks as LF).
/// The annotation spans the shot's frames [startFrame, endFrame), links the shot and the code,
/// and has an empty value. A row with the same tier, coder, shot and code as a stored
/// annotation (or an earlier row) adds nothing, so importing a file again changes nothing.
/// Film, shot, coder, code and tier are trimmed of surrounding spaces and tabs.
///
/// Throws InputError "CSV: line N: reason" for an unreadable or malformed file or a bad row
/// (unknown or ambiguous film, shot out of range, empty coder or code, wrong field count,
/// malformed quoting, invalid UTF-8); N is the 1-based line where the record starts, followed
/// by "(row R)" when a quoted line break earlier in the file makes the record number R differ.
/// Throws StoreError when the project cannot be written. Either way the project is unchanged.
CodeImportSummary importShotCodes(store::ProjectStore& store, const std::filesystem::path& csv);

} // namespace diptych::annotation
