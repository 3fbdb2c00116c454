#include "annotation/annotation_document.h"

#include "annotation/annotation_edit_command.h"
#include "annotation/scheme_json.h"
#include "common/error.h"
#include "document/project_document.h"
#include "store/project_store.h"

#include <QSettings>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace diptych::ui {
namespace {

constexpr auto kCoderKey = "annotation/coder";

QString defaultCoderName()
{
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("Coder 1") : login;
}

void noteFilm(std::vector<model::FilmId>& films, model::FilmId film)
{
    if (std::find(films.begin(), films.end(), film) == films.end())
        films.push_back(film);
}

/// Writes one row change with the repository's calls: a new row (id 0) is added and gets its
/// id, a row added before (an undone removal, a redone addition) is restored with its id.
template <typename Row, typename Add, typename Restore, typename Update, typename Remove>
void writeRowChange(RowChange<Row>& change, Add add, Restore restore, Update update, Remove remove)
{
    if (!change.after)
        remove(*change.before);
    else if (change.before)
        change.after = update(*change.after);
    else if (change.after->id == 0)
        change.after = add(*change.after);
    else
        restore(*change.after);
}

} // namespace

AnnotationDocument::AnnotationDocument(store::ProjectStore& store, ProjectDocument& document)
    : QObject(&document)
    , m_store(&store)
    , m_document(&document)
    , m_coderName(QSettings().value(kCoderKey, defaultCoderName()).toString())
{}

AnnotationDocument::~AnnotationDocument() = default;

const std::vector<model::Coder>& AnnotationDocument::coders() const
{
    if (!m_coders)
        m_coders = m_store->coders().list();
    return *m_coders;
}

const std::vector<model::CodingScheme>& AnnotationDocument::schemes() const
{
    if (!m_schemes)
        m_schemes = m_store->schemes().list();
    return *m_schemes;
}

const std::vector<model::Code>& AnnotationDocument::codes(model::SchemeId scheme) const
{
    auto found = m_codes.find(scheme);
    if (found == m_codes.end())
        found = m_codes.emplace(scheme, m_store->schemes().codes(scheme)).first;
    return found->second;
}

const model::Code* AnnotationDocument::code(model::CodeId id) const
{
    if (!m_codeIndex) {
        m_codeIndex.emplace();
        for (const auto& scheme : schemes())
            for (const auto& code : codes(scheme.id))
                m_codeIndex->emplace(code.id, &code);
    }
    const auto found = m_codeIndex->find(id);
    return found == m_codeIndex->end() ? nullptr : found->second;
}

void AnnotationDocument::forgetCodes()
{
    m_schemes.reset();
    m_codes.clear();
    m_codeIndex.reset();
}

QString AnnotationDocument::codePath(model::CodeId id) const
{
    QStringList labels;
    // A code tree has no cycles (the store refuses them); the bound guards a damaged file.
    for (const model::Code* code = this->code(id); code && labels.size() < 64;
         code = code->parentId ? this->code(*code->parentId) : nullptr)
        labels.prepend(QString::fromStdString(code->label));
    return labels.join(QLatin1Char('/'));
}

const std::vector<model::Tier>& AnnotationDocument::tiers(model::FilmId film) const
{
    auto found = m_tiers.find(film);
    if (found == m_tiers.end())
        found = m_tiers.emplace(film, m_store->tiers().list(film)).first;
    return found->second;
}

std::optional<model::Tier> AnnotationDocument::tier(model::TierId id) const
{
    return m_store->tiers().get(id);
}

const std::vector<model::Annotation>& AnnotationDocument::annotations(model::FilmId film) const
{
    auto found = m_annotations.find(film);
    if (found == m_annotations.end())
        found = m_annotations.emplace(film, m_store->annotations().listByFilm(film)).first;
    return found->second;
}

const std::vector<model::Region>& AnnotationDocument::regions(model::FilmId film) const
{
    auto found = m_regions.find(film);
    if (found == m_regions.end())
        found = m_regions.emplace(film, m_store->regions().listByFilm(film)).first;
    return found->second;
}

std::string AnnotationDocument::shotNote(model::ShotId shot) const
{
    try {
        return m_store->shots().note(shot);
    } catch (const StoreError&) {
        return {}; // a shot an edit just removed
    }
}

std::string AnnotationDocument::filmNote(model::FilmId film) const
{
    const auto stored = m_store->films().get(film);
    return stored ? stored->note : std::string();
}

void AnnotationDocument::setCurrentCoderName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == m_coderName)
        return;
    m_coderName = trimmed;
    QSettings().setValue(kCoderKey, m_coderName);
    Q_EMIT currentCoderChanged(m_coderName);
}

model::CoderId AnnotationDocument::currentCoder()
{
    const std::string name = m_coderName.toStdString();
    for (const auto& coder : coders())
        if (coder.name == name)
            return coder.id;
    model::Coder coder;
    coder.name = name;
    const auto stored = m_store->coders().add(coder);
    m_coders.reset();
    Q_EMIT codersChanged();
    return stored.id;
}

model::CodingScheme AnnotationDocument::ensureDefaultScheme()
{
    auto scheme = annotation::installDefaultScheme(*m_store);
    // Asked on every refresh of a film without tiers: the caches stay unless it was added.
    const auto& known = schemes();
    if (std::none_of(known.begin(), known.end(),
                     [&](const model::CodingScheme& s) { return s.id == scheme.id; })) {
        forgetCodes();
        Q_EMIT schemesChanged();
    }
    return scheme;
}

QString AnnotationDocument::importScheme(const QString& path)
{
    try {
        annotation::importSchemeJson(*m_store, std::filesystem::path(path.toStdString()));
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    forgetCodes();
    Q_EMIT schemesChanged();
    return {};
}

QString AnnotationDocument::exportScheme(model::SchemeId id, const QString& path) const
{
    try {
        annotation::exportSchemeJson(*m_store, id, std::filesystem::path(path.toStdString()));
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QString AnnotationDocument::apply(const QString& text, AnnotationEdit edit)
{
    if (edit.isEmpty())
        return {};
    try {
        write(edit);
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    auto command = std::make_unique<AnnotationEditCommand>(*m_document, std::move(edit), text);
    m_document->undoStack()->push(command.release()); // the stack owns its commands
    return {};
}

void AnnotationDocument::write(AnnotationEdit& edit)
{
    m_touchedTiers.clear();
    m_touchedAnnotations.clear();
    m_touchedRegions.clear();
    m_touchedCodes = false;
    m_touchedNotes = false;
    // Rows added in this write get their ids in `edit` only once the transaction commits: a
    // rolled-back write must leave `edit` as it was, to be tried again as a first write.
    AnnotationEdit written = edit;
    try {
        m_store->transaction("editing annotations", [&] {
            for (auto& step : written.steps())
                writeStep(step);
        });
    } catch (...) {
        reload(); // the caches may hold rows of the rolled-back write
        throw;
    }
    edit = std::move(written);

    for (const auto film : m_touchedTiers)
        m_tiers.erase(film);
    for (const auto film : m_touchedAnnotations)
        m_annotations.erase(film);
    for (const auto film : m_touchedRegions)
        m_regions.erase(film);
    if (m_touchedCodes) {
        forgetCodes();
        Q_EMIT schemesChanged();
    }
    for (const auto film : m_touchedTiers)
        Q_EMIT tiersChanged(film);
    for (const auto film : m_touchedAnnotations)
        Q_EMIT annotationsChanged(film);
    for (const auto film : m_touchedRegions)
        Q_EMIT regionsChanged(film);
    if (m_touchedNotes)
        Q_EMIT notesChanged();
}

model::FilmId AnnotationDocument::filmOfTier(model::TierId tier) const
{
    for (const auto& [film, tiers] : m_tiers)
        for (const auto& known : tiers)
            if (known.id == tier)
                return film;
    const auto stored = m_store->tiers().get(tier);
    if (!stored)
        throw StoreError("annotation on a tier that is not in the project (id " +
                         std::to_string(tier) + ")");
    return stored->filmId;
}

void AnnotationDocument::writeStep(AnnotationEdit::Step& step)
{
    std::visit([this](auto& change) { writeChange(change); }, step);
}

void AnnotationDocument::writeChange(AnnotationChange& change)
{
    const auto& row = change.after ? *change.after : *change.before;
    noteFilm(m_touchedAnnotations, filmOfTier(row.tierId));
    if (change.before && change.after && change.before->tierId != change.after->tierId)
        noteFilm(m_touchedAnnotations, filmOfTier(change.before->tierId));
    auto& repository = m_store->annotations();
    writeRowChange(
        change, [&](const auto& a) { return repository.add(a); },
        [&](const auto& a) { repository.restore(a); },
        [&](const auto& a) { return repository.update(a); },
        [&](const auto& a) { repository.remove(a.id); });
}

void AnnotationDocument::writeChange(RegionChange& change)
{
    noteFilm(m_touchedRegions, (change.after ? *change.after : *change.before).filmId);
    auto& repository = m_store->regions();
    writeRowChange(
        change, [&](const auto& r) { return repository.add(r); },
        [&](const auto& r) { repository.restore(r); },
        [&](const auto& r) { return repository.update(r); },
        [&](const auto& r) { repository.remove(r.id); });
}

void AnnotationDocument::writeChange(TierChange& change)
{
    const auto film = (change.after ? *change.after : *change.before).filmId;
    noteFilm(m_touchedTiers, film);
    noteFilm(m_touchedAnnotations, film); // a tier's removal takes its annotations along
    auto& repository = m_store->tiers();
    writeRowChange(
        change, [&](const auto& t) { return repository.add(t); },
        [&](const auto& t) { repository.restore(t); },
        [&](const auto& t) {
            repository.update(t);
            return t;
        },
        [&](const auto& t) { repository.remove(t.id); });
}

void AnnotationDocument::writeChange(CodeChange& change)
{
    m_touchedCodes = true;
    auto& repository = m_store->schemes();
    writeRowChange(
        change, [&](const auto& c) { return repository.addCode(c); },
        [&](const auto& c) { repository.restoreCode(c); },
        [&](const auto& c) {
            repository.updateCode(c);
            return c;
        },
        [&](const auto& c) { repository.removeCode(c.id); });
}

void AnnotationDocument::writeChange(NoteChange& change)
{
    m_touchedNotes = true;
    if (change.subject == NoteChange::Subject::Shot) {
        m_store->shots().updateNote(change.id, change.after);
        return;
    }
    auto film = m_store->films().get(change.id);
    if (!film)
        throw StoreError("a note on a film that is not in the project (id " +
                         std::to_string(change.id) + ")");
    film->note = change.after;
    m_store->films().update(*film);
}

AnnotationEdit AnnotationDocument::removalOfTier(const model::Tier& tier) const
{
    AnnotationEdit edit;
    for (const auto& annotation : annotations(tier.filmId))
        if (annotation.tierId == tier.id)
            edit.append(removalOfAnnotation(annotation));
    edit.remove(tier);
    return edit;
}

AnnotationEdit AnnotationDocument::removalOfAnnotation(const model::Annotation& annotation) const
{
    AnnotationEdit edit;
    for (const auto& region : regions(filmOfTier(annotation.tierId)))
        if (region.annotationId == annotation.id) {
            auto unlinked = region;
            unlinked.annotationId.reset();
            edit.change(region, unlinked);
        }
    edit.remove(annotation);
    return edit;
}

AnnotationEdit AnnotationDocument::mergeOfCode(model::CodeId from, model::CodeId into) const
{
    AnnotationEdit edit;
    const model::Code* source = code(from);
    if (!source)
        return edit;
    for (const auto& film : m_document->films()) {
        for (const auto& annotation : annotations(film.id))
            if (annotation.codeId == from) {
                auto recoded = annotation;
                recoded.codeId = into;
                edit.change(annotation, recoded);
            }
        for (const auto& region : regions(film.id))
            if (region.codeId == from) {
                auto recoded = region;
                recoded.codeId = into;
                edit.change(region, recoded);
            }
    }
    for (const auto& child : codes(source->schemeId))
        if (child.parentId == from) {
            auto moved = child;
            moved.parentId = into;
            edit.change(child, moved);
        }
    edit.remove(*source);
    return edit;
}

void AnnotationDocument::reload()
{
    m_coders.reset();
    forgetCodes();
    m_tiers.clear();
    m_annotations.clear();
    m_regions.clear();
}

void AnnotationDocument::reloadAndNotify()
{
    reload();
    Q_EMIT codersChanged();
    Q_EMIT schemesChanged();
    for (const auto& film : m_document->films()) {
        Q_EMIT tiersChanged(film.id);
        Q_EMIT annotationsChanged(film.id);
        Q_EMIT regionsChanged(film.id);
    }
    Q_EMIT notesChanged();
}

} // namespace diptych::ui
