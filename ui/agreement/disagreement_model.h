#pragma once

#include "annotation/coding_units.h"
#include "model/ids.h"
#include "model/shot.h"

#include <QAbstractTableModel>

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace diptych::ui {

/// One shot on which coders disagree: at least two coders coded it and their values (code
/// sets, see annotation::FilmCoding) are not all the same.
struct Disagreement
{
    std::size_t unit = 0; ///< 0-based index of the shot in the film (the coding's unit)
    model::ShotId shot = 0;
    model::Frame startFrame = 0;            ///< 0-based first frame of the shot
    std::vector<annotation::Rating> values; ///< one per coder of the coding; nullopt: not coded
};

/// The disagreements of `coding`, in shot order. `shots` are the film's shots (any order);
/// units whose shot is not among them (edited away meanwhile) are left out. Pure; any thread.
[[nodiscard]] std::vector<Disagreement> findDisagreements(const annotation::FilmCoding& coding,
                                                          std::span<const model::Shot> shots);

/// The disagreements of one film as a table: shot number (1-based), timecode of the shot's
/// first frame, then each coder's value ("—" when the coder did not code the shot).
/// StartFrameRole gives the shot's 0-based first frame on every cell. UI thread only; it holds
/// plain data computed elsewhere and reads nothing itself.
class DisagreementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisagreementModel)

public:
    /// 0-based first frame of the row's shot (qint64), on every cell.
    static constexpr int StartFrameRole = Qt::UserRole + 1;
    enum FixedColumn
    {
        ShotColumn,
        TimecodeColumn,
        FixedColumnCount
    };

    explicit DisagreementModel(QObject* parent = nullptr);

    /// Shows `rows` of film `film` (frames per second `fps`, for the timecodes), with one value
    /// column per name of `coders` (the coding's coder order).
    void setDisagreements(model::FilmId film, double fps, std::vector<std::string> coders,
                          std::vector<Disagreement> rows);
    /// Empties the table.
    void clear();

    /// The film of the rows; 0 when empty.
    [[nodiscard]] model::FilmId film() const { return m_film; }
    /// Row `row` (0 <= row < rowCount()).
    [[nodiscard]] const Disagreement& disagreement(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    model::FilmId m_film = 0;
    double m_fps = 0;
    std::vector<std::string> m_coders;
    std::vector<Disagreement> m_rows;
};

} // namespace diptych::ui
