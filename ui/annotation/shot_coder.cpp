#include "annotation/shot_coder.h"

#include "annotation/annotation_document.h"
#include "common/error.h"
#include "document/project_document.h"
#include "player/dual_player.h"

#include <QAction>
#include <QKeySequence>

#include <algorithm>

namespace diptych::ui {
namespace {

/// Whether `annotation` lies on `shot`: linked to it, or (a range annotation) holding its
/// middle frame, the rule the agreement statistics use too.
bool isOnShot(const model::Annotation& annotation, const model::Shot& shot)
{
    if (annotation.shotId)
        return *annotation.shotId == shot.id;
    const model::Frame middle = shot.startFrame + shot.length() / 2;
    return annotation.startFrame <= middle && middle < annotation.endFrame;
}

} // namespace

ShotCoder::ShotCoder(DualPlayer& player, QObject* parent)
    : QObject(parent)
    , m_player(player)
{
    connect(&m_player, &DualPlayer::filmsChosen, this, [this]() {
        m_shownShot.reset();
        rebuildCodeActions();
        Q_EMIT changed();
    });
    connect(&m_player, &DualPlayer::positionChanged, this, [this]() {
        const auto shot = currentShotIndex();
        if (shot != m_shownShot) {
            m_shownShot = shot;
            Q_EMIT changed();
        }
    });
}

void ShotCoder::setDocument(ProjectDocument* document)
{
    for (const auto& connection : m_documentConnections)
        disconnect(connection);
    m_documentConnections.clear();
    m_document = document;
    m_chosenTier.reset();
    m_shownShot.reset();
    if (m_document) {
        auto& annotations = m_document->annotations();
        const auto refresh = [this]() { Q_EMIT changed(); };
        m_documentConnections = {
            connect(&annotations, &AnnotationDocument::annotationsChanged, this, refresh),
            connect(&annotations, &AnnotationDocument::tiersChanged, this,
                    [this]() {
                        if (scheme() != m_actionsScheme)
                            rebuildCodeActions();
                        Q_EMIT changed();
                    }),
            connect(&annotations, &AnnotationDocument::schemesChanged, this,
                    [this]() {
                        rebuildCodeActions();
                        Q_EMIT changed();
                    }),
            connect(&annotations, &AnnotationDocument::currentCoderChanged, this, refresh),
            connect(&annotations, &AnnotationDocument::notesChanged, this, refresh),
            connect(m_document, &ProjectDocument::resultsChanged, this, refresh),
        };
    }
    rebuildCodeActions();
    Q_EMIT changed();
}

void ShotCoder::setSide(int side)
{
    if (side == m_side)
        return;
    m_side = side;
    m_chosenTier.reset();
    m_shownShot.reset();
    rebuildCodeActions();
    Q_EMIT changed();
}

std::optional<model::FilmId> ShotCoder::film() const
{
    return m_document ? m_player.filmIdOf(m_side) : std::nullopt;
}

std::optional<model::Tier> ShotCoder::tier() const
{
    const auto film = this->film();
    if (!film)
        return std::nullopt;
    const auto& tiers = m_document->annotations().tiers(*film);
    if (m_chosenTier)
        for (const auto& tier : tiers)
            if (tier.id == *m_chosenTier)
                return tier;
    for (const auto& tier : tiers)
        if (tier.schemeId)
            return tier;
    return tiers.empty() ? std::nullopt : std::optional(tiers.front());
}

std::optional<model::SchemeId> ShotCoder::scheme()
{
    if (const auto tier = this->tier())
        return tier->schemeId;
    if (!film())
        return std::nullopt;
    try {
        return m_document->annotations().ensureDefaultScheme().id;
    } catch (const Error& e) {
        Q_EMIT message(QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

void ShotCoder::setTier(model::TierId id)
{
    if (m_chosenTier == id)
        return;
    m_chosenTier = id;
    rebuildCodeActions();
    Q_EMIT changed();
}

QString ShotCoder::addTier(model::Tier tier)
{
    const auto film = this->film();
    if (!film)
        return tr("Choose a film to code first.");
    tier.filmId = *film;
    const auto& existing = m_document->annotations().tiers(*film);
    tier.sortOrder = existing.empty() ? 0 : existing.back().sortOrder + 1;
    AnnotationEdit edit;
    edit.add(tier);
    const QString error = m_document->annotations().apply(
        tr("Add Tier %1").arg(QString::fromStdString(tier.name)), edit);
    if (!error.isEmpty())
        return error;
    for (const auto& stored : m_document->annotations().tiers(*film))
        if (stored.name == tier.name)
            setTier(stored.id);
    return {};
}

QString ShotCoder::addDefaultTier()
{
    if (!m_document)
        return tr("Open a project first.");
    model::Tier tier;
    tier.name = tr("Codes").toStdString();
    tier.kind = model::TierKind::Shot;
    try {
        tier.schemeId = m_document->annotations().ensureDefaultScheme().id;
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return addTier(tier);
}

QString ShotCoder::renameTier(const QString& name)
{
    const auto tier = this->tier();
    const QString trimmed = name.trimmed();
    if (!tier || trimmed.isEmpty())
        return tr("Choose a tier and a name.");
    auto renamed = *tier;
    renamed.name = trimmed.toStdString();
    if (renamed == *tier)
        return {};
    return m_document->annotations().apply(
        tr("Rename Tier %1").arg(QString::fromStdString(tier->name)),
        AnnotationEdit().change(*tier, renamed));
}

QString ShotCoder::removeTier()
{
    const auto tier = this->tier();
    if (!tier)
        return tr("The film has no tier.");
    auto& annotations = m_document->annotations();
    m_chosenTier.reset();
    return annotations.apply(tr("Remove Tier %1").arg(QString::fromStdString(tier->name)),
                             annotations.removalOfTier(*tier));
}

bool ShotCoder::addText(const QString& text)
{
    const auto tier = this->tier();
    if (!film() || !tier) {
        Q_EMIT message(tr("Add a tier to the film first (Code ▸ New Tier…)."));
        return false;
    }
    const auto targets = this->targets(*tier);
    if (text.trimmed().isEmpty() || targets.empty()) {
        Q_EMIT message(tr("No shot at the playhead and no marked range."));
        return false;
    }
    auto& annotations = m_document->annotations();
    AnnotationEdit edit;
    try {
        const model::CoderId coder = annotations.currentCoder();
        for (const auto& target : targets) {
            model::Annotation annotation;
            annotation.tierId = tier->id;
            annotation.coderId = coder;
            annotation.shotId = target.shot;
            annotation.startFrame = target.start;
            annotation.endFrame = target.end;
            annotation.value = text.trimmed().toStdString();
            edit.add(annotation);
        }
    } catch (const Error& e) {
        Q_EMIT message(QString::fromStdString(e.what()));
        return false;
    }
    const QString error = annotations.apply(tr("Add Text Annotation"), std::move(edit));
    if (!error.isEmpty())
        Q_EMIT message(error);
    return error.isEmpty();
}

const std::vector<analysis::ShotResult>* ShotCoder::shots() const
{
    const auto film = this->film();
    if (!film)
        return nullptr;
    const auto* results = m_document->resultsOf(*film);
    return results ? &results->shots : nullptr;
}

std::optional<std::size_t> ShotCoder::shotIndexAt(const std::vector<analysis::ShotResult>& shots,
                                                  qint64 frame)
{
    const auto after = std::upper_bound(
        shots.begin(), shots.end(), frame,
        [](qint64 f, const analysis::ShotResult& shot) { return f < shot.shot.startFrame; });
    if (after == shots.begin())
        return std::nullopt;
    const auto index = std::size_t(after - shots.begin()) - 1;
    if (frame >= shots[index].shot.endFrame)
        return std::nullopt;
    return index;
}

std::optional<std::size_t> ShotCoder::currentShotIndex() const
{
    const auto* shots = this->shots();
    if (!shots)
        return std::nullopt;
    return shotIndexAt(*shots, m_side == 0 ? m_player.frameA() : m_player.frameB());
}

std::optional<model::Shot> ShotCoder::currentShot() const
{
    const auto index = currentShotIndex();
    if (!index)
        return std::nullopt;
    return (*shots())[*index].shot;
}

std::vector<model::Annotation> ShotCoder::currentShotAnnotations() const
{
    const auto shot = currentShot();
    const auto tier = this->tier();
    std::vector<model::Annotation> found;
    if (!shot || !tier)
        return found;
    for (const auto& annotation : m_document->annotations().annotations(tier->filmId))
        if (annotation.tierId == tier->id && isOnShot(annotation, *shot))
            found.push_back(annotation);
    return found;
}

std::vector<ShotCoder::Target> ShotCoder::targets(const model::Tier& tier) const
{
    std::vector<Target> targets;
    const auto* shots = this->shots();
    const auto marks = m_side == 0 ? m_player.markedRange() : std::nullopt;
    if (marks && tier.kind != model::TierKind::Shot) {
        targets.push_back({marks->first, marks->second, std::nullopt});
        return targets;
    }
    if (marks && shots) {
        for (const auto& result : *shots)
            if (result.shot.startFrame < marks->second && result.shot.endFrame > marks->first)
                targets.push_back({result.shot.startFrame, result.shot.endFrame, result.shot.id});
        return targets;
    }
    if (const auto shot = currentShot())
        targets.push_back({shot->startFrame, shot->endFrame, shot->id});
    return targets;
}

bool ShotCoder::toggleCode(model::CodeId codeId)
{
    if (!film()) {
        Q_EMIT message(tr("Choose a film to code first."));
        return false;
    }
    if (!tier()) {
        if (const QString error = addDefaultTier(); !error.isEmpty()) {
            Q_EMIT message(error);
            return false;
        }
    }
    const auto tier = this->tier();
    auto& annotations = m_document->annotations();
    const model::Code* code = annotations.code(codeId);
    if (!tier || !code)
        return false;
    if (code->retired) {
        Q_EMIT message(tr("“%1” is retired: it is kept for existing annotations only.")
                           .arg(QString::fromStdString(code->label)));
        return false;
    }
    m_currentCode = codeId;
    const auto targets = this->targets(*tier);
    if (targets.empty()) {
        Q_EMIT message(tr("No shot at the playhead: the film is not cut into shots yet."));
        return false;
    }
    model::CoderId coder = 0;
    try {
        coder = annotations.currentCoder();
    } catch (const Error& e) {
        Q_EMIT message(QString::fromStdString(e.what()));
        return false;
    }

    // A target already carrying the code from this coder: the toggle takes it away, unless
    // only some targets carry it, then it is added where missing.
    std::vector<model::Annotation> present;
    std::vector<Target> missing;
    for (const auto& target : targets) {
        bool found = false;
        for (const auto& annotation : annotations.annotations(tier->filmId))
            if (annotation.tierId == tier->id && annotation.coderId == coder &&
                annotation.codeId == codeId &&
                (target.shot ? annotation.shotId == target.shot
                             : annotation.startFrame == target.start &&
                                   annotation.endFrame == target.end)) {
                present.push_back(annotation);
                found = true;
            }
        if (!found)
            missing.push_back(target);
    }
    AnnotationEdit edit;
    const QString label = QString::fromStdString(code->label);
    QString text;
    if (missing.empty()) {
        for (const auto& annotation : present)
            edit.append(annotations.removalOfAnnotation(annotation));
        text = tr("Remove Code %1").arg(label);
    } else {
        for (const auto& target : missing) {
            model::Annotation annotation;
            annotation.tierId = tier->id;
            annotation.coderId = coder;
            annotation.shotId = target.shot;
            annotation.startFrame = target.start;
            annotation.endFrame = target.end;
            annotation.codeId = codeId;
            edit.add(annotation);
        }
        text = tr("Code %1").arg(label);
    }
    if (const QString error = annotations.apply(text, edit); !error.isEmpty()) {
        Q_EMIT message(error);
        return false;
    }
    Q_EMIT message(missing.empty()
                       ? tr("Removed “%1”.").arg(label)
                       : tr("Coded “%1” on %n shot(s).", nullptr, int(missing.size())).arg(label));
    if (m_advancing && !missing.empty() && !(m_side == 0 && m_player.markedRange()))
        advance();
    return true;
}

bool ShotCoder::removeAnnotation(const model::Annotation& annotation)
{
    if (!m_document)
        return false;
    auto& annotations = m_document->annotations();
    const model::Code* code = annotation.codeId ? annotations.code(*annotation.codeId) : nullptr;
    const QString error =
        annotations.apply(code ? tr("Remove Code %1").arg(QString::fromStdString(code->label))
                               : tr("Remove Annotation"),
                          annotations.removalOfAnnotation(annotation));
    if (!error.isEmpty())
        Q_EMIT message(error);
    return error.isEmpty();
}

void ShotCoder::advance()
{
    const auto index = currentShotIndex();
    const auto* shots = this->shots();
    if (!index || !shots || *index + 1 >= shots->size())
        return;
    const qint64 next = (*shots)[*index + 1].shot.startFrame;
    if (m_side == 0)
        m_player.seekA(next);
    else
        m_player.seekB(next);
}

void ShotCoder::rebuildCodeActions()
{
    // First: installing the default scheme reports schemesChanged(), which rebuilds too.
    const auto scheme = this->scheme();
    // Later: the action that triggered a change may be emitting still.
    for (auto* action : std::as_const(m_codeActions))
        action->deleteLater();
    m_codeActions.clear();
    m_actionsScheme = scheme;
    if (scheme) {
        for (const auto& code : m_document->annotations().codes(*scheme)) {
            if (code.retired || code.shortcut.empty())
                continue;
            auto* action = new QAction(QString::fromStdString(code.label), this);
            action->setShortcut(QKeySequence::fromString(QString::fromStdString(code.shortcut),
                                                         QKeySequence::PortableText));
            action->setShortcutContext(Qt::WindowShortcut);
            const model::CodeId id = code.id;
            connect(action, &QAction::triggered, this, [this, id]() { toggleCode(id); });
            m_codeActions.append(action);
        }
    }
    Q_EMIT codeActionsChanged();
}

} // namespace diptych::ui
