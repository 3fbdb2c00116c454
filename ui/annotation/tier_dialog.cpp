#include "annotation/tier_dialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace diptych::ui {

std::optional<model::Tier> askForTier(QWidget* parent,
                                      const std::vector<model::CodingScheme>& schemes,
                                      const std::vector<model::Tier>& taken)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QDialog::tr("New Tier"));
    auto* name = new QLineEdit(&dialog);
    name->setPlaceholderText(QDialog::tr("e.g. Palette, Bodies, Notes"));
    auto* kind = new QComboBox(&dialog);
    kind->addItem(QDialog::tr("Shots: one annotation per shot"), int(model::TierKind::Shot));
    kind->addItem(QDialog::tr("Ranges: any span of frames"), int(model::TierKind::Range));
    kind->addItem(QDialog::tr("Text: free notes on spans of frames"), int(model::TierKind::Text));
    auto* scheme = new QComboBox(&dialog);
    for (const auto& s : schemes)
        scheme->addItem(QString::fromStdString(s.name), qlonglong(s.id));
    scheme->addItem(QDialog::tr("None (free text)"), QVariant());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(QDialog::tr("&Name:"), name);
    form->addRow(QDialog::tr("&Kind:"), kind);
    form->addRow(QDialog::tr("&Scheme:"), scheme);
    form->addRow(buttons);
    QObject::connect(kind, &QComboBox::currentIndexChanged, &dialog, [kind, scheme]() {
        // Text tiers hold free text; the others classify with codes.
        if (kind->currentData().toInt() == int(model::TierKind::Text))
            scheme->setCurrentIndex(scheme->count() - 1);
    });
    const auto validate = [&]() {
        const std::string text = name->text().trimmed().toStdString();
        const bool free = std::none_of(taken.begin(), taken.end(),
                                       [&](const model::Tier& t) { return t.name == text; });
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.empty() && free);
        name->setToolTip(free ? QString() : QDialog::tr("The film has a tier of this name."));
    };
    QObject::connect(name, &QLineEdit::textChanged, &dialog, validate);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    model::Tier tier;
    tier.name = name->text().trimmed().toStdString();
    tier.kind = model::TierKind(kind->currentData().toInt());
    if (scheme->currentData().isValid())
        tier.schemeId = scheme->currentData().toLongLong();
    return tier;
}

} // namespace diptych::ui
