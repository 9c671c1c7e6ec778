// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolformfields.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The form of one tool, made from its input schema: one row per field with its kind
//! ("text", "longtext", "number", "integer", "boolean", "choice", "json"), its label, help,
//! limits and value, and the error of that value (translated). QML draws a control per kind
//! and hands values back with setValue(); the body is built here, never in QML.
class ToolFormModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ToolsController.form hands this out")

    //! Every field's value passes its checks.
    Q_PROPERTY(bool valid READ valid NOTIFY validChanged FINAL)
    //! Properties past the field limit, left out of the form.
    Q_PROPERTY(int skipped READ skipped NOTIFY skippedChanged FINAL)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        LabelRole,
        HelpRole,
        RequiredRole,
        ValueRole,
        OptionsRole,
        MinimumRole,
        MaximumRole,
        MaxLengthRole,
        ErrorRole,
    };
    Q_ENUM(Role)

    explicit ToolFormModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSchema(const QJsonObject &schema);
    void clear();
    bool valid() const;
    int skipped() const { return m_skipped; }
    const QList<ToolField> &fields() const { return m_fields; }

    //! A value from the user: a string, or a bool for a switch. Checked at once.
    Q_INVOKABLE void setValue(int row, const QVariant &value);
    //! Shows every field's error (also for untouched ones); true when all pass.
    Q_INVOKABLE bool validate();
    //! The request body from the values (call after validate()).
    QJsonObject body() const;

Q_SIGNALS:
    void validChanged();
    void skippedChanged();

private:
    QList<ToolField> m_fields;
    int m_skipped = 0;
    bool m_valid = true;
    void updateValid();
};

} // namespace lw
