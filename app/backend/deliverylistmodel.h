// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace lw {

struct HireDelivery;

//! One delivery as the panel shows it: the market's words made plain and bounded, with size
//! and SHA-256 when they are known (the content was served, or this app uploaded it).
struct DeliveryRow {
    enum class SaveCheck { NotSaved, Matches, Differs };

    QString deliveryId;
    QString fileName; //!< the market's name, plain and bounded: shown, never used as a path
    QString safeName; //!< what Save as proposes: safeFileName of the market's name
    QString notes;
    QDateTime created; //!< invalid when the market's time is unreadable
    qint64 sizeBytes = -1;
    QString sha256; //!< hex; empty while unknown
    bool hasContent = false;
    bool mine = false; //!< this account delivered it
    QString savedPath;
    SaveCheck saveCheck = SaveCheck::NotSaved;

    bool operator==(const DeliveryRow &) const = default;

    //! A row for a delivery the market listed (its content, when served, hashed here).
    static DeliveryRow fromMarket(const HireDelivery &delivery, const QString &ownId);
};

//! The deliveries of one task, oldest first. Filled by DeliveryController.
class DeliveryListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A task's deliveries come from its DeliveryController.")

    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        DeliveryIdRole = Qt::UserRole + 1, //!< deliveryId
        FileNameRole,                      //!< fileName: plain text, bounded
        SafeNameRole,                      //!< safeName: the name Save as proposes
        NotesRole,                         //!< notes: plain text, bounded
        CreatedRole,                       //!< created: QDateTime, invalid when unreadable
        SizeBytesRole,                     //!< sizeBytes: -1 while unknown
        SizeTextRole,                      //!< sizeText: "1.2 MB", empty while unknown
        Sha256Role,                        //!< sha256: hex, empty while unknown
        HasContentRole,                    //!< hasContent: the market served the file
        MineRole,                          //!< mine: this account delivered it
        SavedPathRole,                     //!< savedPath: where Save as wrote it
        SaveCheckRole,                     //!< saveCheck: 0 not saved, 1 matches, 2 differs
    };
    Q_ENUM(Role)

    explicit DeliveryListModel(QObject *parent = nullptr);

    //! Rows with a known id are updated in place, new ones inserted and gone ones removed.
    void setRows(const QList<DeliveryRow> &rows);
    const QList<DeliveryRow> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    //! Records where row `row` was saved and whether what was written matches.
    void setSaved(int row, const QString &path, DeliveryRow::SaveCheck check);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &deliveryId) const;

    QList<DeliveryRow> m_rows;
};

} // namespace lw
