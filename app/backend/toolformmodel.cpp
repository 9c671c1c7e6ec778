// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolformmodel.h"

namespace lw {

ToolFormModel::ToolFormModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ToolFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant ToolFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolField &f = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return f.label;
    case KindRole:
        return toolform::kindName(f.kind);
    case HelpRole:
        return f.help;
    case RequiredRole:
        return f.required;
    case ValueRole:
        return f.value;
    case OptionsRole:
        return f.kind == ToolField::Kind::Choice ? f.options : QStringList();
    case MinimumRole:
        return f.minimum ? QVariant(*f.minimum) : QVariant();
    case MaximumRole:
        return f.maximum ? QVariant(*f.maximum) : QVariant();
    case MaxLengthRole:
        return f.maxLength;
    case ErrorRole:
        return f.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolFormModel::roleNames() const
{
    return {{KindRole, "kind"},           {LabelRole, "label"},     {HelpRole, "help"},
            {RequiredRole, "isRequired"}, {ValueRole, "value"},     {OptionsRole, "options"},
            {MinimumRole, "minimum"},     {MaximumRole, "maximum"}, {MaxLengthRole, "maxLength"},
            {ErrorRole, "errorText"}};
}

void ToolFormModel::setSchema(const QJsonObject &schema)
{
    beginResetModel();
    ToolFormSchema s = toolform::fieldsOf(schema);
    m_fields = s.fields;
    const bool skippedChanges = m_skipped != s.skipped;
    m_skipped = s.skipped;
    endResetModel();
    if (skippedChanges)
        Q_EMIT skippedChanged();
    updateValid();
}

void ToolFormModel::clear()
{
    beginResetModel();
    m_fields.clear();
    const bool skippedChanges = m_skipped != 0;
    m_skipped = 0;
    endResetModel();
    if (skippedChanges)
        Q_EMIT skippedChanged();
    updateValid();
}

bool ToolFormModel::valid() const
{
    return m_valid;
}

void ToolFormModel::setValue(int row, const QVariant &value)
{
    if (row < 0 || row >= m_fields.size())
        return;
    ToolField &f = m_fields[row];
    f.value =
        f.kind == ToolField::Kind::Boolean ? QVariant(value.toBool()) : QVariant(value.toString());
    f.touched = true;
    f.error = toolform::check(f);
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {ValueRole, ErrorRole});
    updateValid();
}

bool ToolFormModel::validate()
{
    for (int row = 0; row < m_fields.size(); ++row) {
        ToolField &f = m_fields[row];
        const QString error = toolform::check(f);
        if (error != f.error) {
            f.error = error;
            Q_EMIT dataChanged(index(row), index(row), {ErrorRole});
        }
    }
    updateValid();
    return m_valid;
}

QJsonObject ToolFormModel::body() const
{
    return toolform::bodyOf(m_fields);
}

void ToolFormModel::updateValid()
{
    bool all = true;
    for (const ToolField &f : m_fields)
        all = all && toolform::check(f).isEmpty();
    if (all == m_valid)
        return;
    m_valid = all;
    Q_EMIT validChanged();
}

} // namespace lw
