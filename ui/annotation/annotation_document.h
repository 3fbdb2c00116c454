#pragma once

#include "annotation/annotation_edit.h"
#include "model/annotation.h"
#include "model/coder.h"
#include "model/coding_scheme.h"
#include "model/region.h"
#include "model/tier.h"

#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::ui {

class ProjectDocument;

/// The coding work of an open project as the UI sees it: coders, coding schemes, tiers,
/// annotations and regions, cached per film, with typed change notifications. Owned by its
/// ProjectDocument (document.annotations()), on the UI thread; a film's coding is a few
/// thousand rows at most, read when first asked for and again after each change.
///
/// Every user edit goes through apply(): it is written to the project in one transaction
/// before apply() returns (a killed process loses nothing confirmed), then recorded on the
/// document's undo stack as one step.
class AnnotationDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDocument)

public:
    AnnotationDocument(store::ProjectStore& store, ProjectDocument& document);
    ~AnnotationDocument() override;

    // --- Reading (cached) -------------------------------------------------------------
    [[nodiscard]] const std::vector<model::Coder>& coders() const;
    [[nodiscard]] const std::vector<model::CodingScheme>& schemes() const;
    /// The scheme's codes depth-first (parents before children), retired ones included.
    [[nodiscard]] const std::vector<model::Code>& codes(model::SchemeId scheme) const;
    /// Any scheme's code by id; nullptr when there is none.
    [[nodiscard]] const model::Code* code(model::CodeId id) const;
    /// "Root/Child/Leaf": the code's labels from the top of its scheme.
    [[nodiscard]] QString codePath(model::CodeId id) const;
    /// The film's tiers by sort order.
    [[nodiscard]] const std::vector<model::Tier>& tiers(model::FilmId film) const;
    [[nodiscard]] std::optional<model::Tier> tier(model::TierId id) const;
    /// Annotations of all the film's tiers, by tier order, then start frame.
    [[nodiscard]] const std::vector<model::Annotation>& annotations(model::FilmId film) const;
    /// The film's regions by start frame.
    [[nodiscard]] const std::vector<model::Region>& regions(model::FilmId film) const;
    /// The note (Markdown) on a shot or a film; empty for an unknown one.
    [[nodiscard]] std::string shotNote(model::ShotId shot) const;
    [[nodiscard]] std::string filmNote(model::FilmId film) const;

    // --- Who codes ----------------------------------------------------------------------
    /// The coder whose name new annotations carry; created in the project on first use.
    /// Remembered across sessions by name (QSettings "annotation/coder"); by default the
    /// login name.
    [[nodiscard]] QString currentCoderName() const { return m_coderName; }
    void setCurrentCoderName(const QString& name);
    /// The current coder's id, adding the coder to the project if needed. Throws StoreError.
    model::CoderId currentCoder();

    // --- Set-up helpers (not undo steps: they add vocabulary, not observations) ----------
    /// Installs the built-in default scheme unless it is there. Throws StoreError.
    model::CodingScheme ensureDefaultScheme();
    /// Imports a scheme file (JSON, see core/annotation/scheme_json.h), all or nothing.
    /// Returns an empty string on success, else the one-line error.
    QString importScheme(const QString& path);
    /// Writes the scheme as JSON to `path`. Returns an empty string or the one-line error.
    QString exportScheme(model::SchemeId id, const QString& path) const;

    // --- Editing --------------------------------------------------------------------------
    /// Writes `edit` in one transaction and pushes it on the undo stack as `text`. Returns an
    /// empty string on success, else the one-line error (and nothing was written).
    QString apply(const QString& text, AnnotationEdit edit);
    /// Writes `edit` (for the undo command; apply() is the way in): the changes in order, in
    /// one transaction; rows added get their ids in `edit` and are restored with them on a
    /// later write. Throws diptych::Error, having written nothing. Emits the change signals.
    void write(AnnotationEdit& edit);

    /// The steps that remove `tier` with its annotations (undoing them restores both).
    [[nodiscard]] AnnotationEdit removalOfTier(const model::Tier& tier) const;
    /// The steps that remove `annotation`, first unlinking the regions linked to it.
    [[nodiscard]] AnnotationEdit removalOfAnnotation(const model::Annotation& annotation) const;
    /// The steps that merge code `from` into `into` (same scheme): annotations and regions
    /// recoded, children moved under `into`, `from` removed.
    [[nodiscard]] AnnotationEdit mergeOfCode(model::CodeId from, model::CodeId into) const;

    /// Forgets every cached row (after another connection changed the project).
    void reload();
    /// reload(), then every change signal for every film, so views re-read what an import
    /// (another connection) added.
    void reloadAndNotify();

Q_SIGNALS:
    void codersChanged();
    void currentCoderChanged(const QString& name);
    /// Schemes or codes were added, changed or removed.
    void schemesChanged();
    void tiersChanged(diptych::model::FilmId film);
    void annotationsChanged(diptych::model::FilmId film);
    void regionsChanged(diptych::model::FilmId film);
    /// A shot's or a film's note changed.
    void notesChanged();

private:
    [[nodiscard]] model::FilmId filmOfTier(model::TierId tier) const;
    /// Forgets the cached schemes and codes (after they changed).
    void forgetCodes();
    void writeStep(AnnotationEdit::Step& step);
    void writeChange(AnnotationChange& change);
    void writeChange(RegionChange& change);
    void writeChange(TierChange& change);
    void writeChange(CodeChange& change);
    void writeChange(NoteChange& change);

    store::ProjectStore* m_store;
    ProjectDocument* m_document;
    QString m_coderName;

    // Caches, filled on first read; mutable because reading fills them.
    mutable std::optional<std::vector<model::Coder>> m_coders;
    mutable std::optional<std::vector<model::CodingScheme>> m_schemes;
    mutable std::map<model::SchemeId, std::vector<model::Code>> m_codes;
    /// Every scheme's codes by id, into m_codes: code() runs once per annotation shown.
    mutable std::optional<std::unordered_map<model::CodeId, const model::Code*>> m_codeIndex;
    mutable std::map<model::FilmId, std::vector<model::Tier>> m_tiers;
    mutable std::map<model::FilmId, std::vector<model::Annotation>> m_annotations;
    mutable std::map<model::FilmId, std::vector<model::Region>> m_regions;

    // What the write in progress touched, for the signals after it.
    std::vector<model::FilmId> m_touchedTiers;
    std::vector<model::FilmId> m_touchedAnnotations;
    std::vector<model::FilmId> m_touchedRegions;
    bool m_touchedCodes = false;
    bool m_touchedNotes = false;
};

} // namespace diptych::ui
