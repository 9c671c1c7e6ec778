// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolcatalogmodel.h"

#include "common/safetext.h"

namespace lw {

namespace {

constexpr int maxNameChars = 100;
constexpr int maxDescriptionChars = 400;

QString bounded(const QString &text, int chars)
{
    const QString shown = displayText(QStringView(text).left(chars));
    return text.size() > chars ? shown + u'…' : shown;
}

} // namespace

ToolCatalogModel::ToolCatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ToolCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ToolCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolService &s = m_manifest.services.at(m_rows.at(index.row()));
    switch (role) {
    case SlugRole:
        return s.slug;
    case Qt::DisplayRole:
    case NameRole:
        return bounded(s.name.isEmpty() ? s.slug : s.name, maxNameChars);
    case DescriptionRole:
        return bounded(s.description, maxDescriptionChars);
    case PriceTextRole: {
        if (m_prices.contains(s.slug))
            return priceText(m_prices.value(s.slug));
        if (s.price)
            return priceText(ToolPrice{*s.price, *s.price});
        return priceText(std::nullopt);
    }
    case AsyncRole:
        return s.async;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolCatalogModel::roleNames() const
{
    return {{SlugRole, "slug"},
            {NameRole, "name"},
            {DescriptionRole, "description"},
            {PriceTextRole, "priceText"},
            {AsyncRole, "async"}};
}

void ToolCatalogModel::setCatalog(const ToolsManifest &manifest,
                                  const QHash<QString, ToolPrice> &prices)
{
    const int before = count();
    beginResetModel();
    m_manifest = manifest;
    m_prices = prices;
    m_rows.clear();
    endResetModel();
    refilter();
    if (before != count() && m_rows.isEmpty())
        Q_EMIT countChanged(); // refilter() found nothing to change
}

void ToolCatalogModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    Q_EMIT filterTextChanged();
    refilter();
}

const ToolService *ToolCatalogModel::service(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_manifest.services.at(m_rows.at(row));
}

std::optional<MilliSats> ToolCatalogModel::listedPrice(const QString &slug) const
{
    if (const ToolService *s = m_manifest.find(slug); s && s->price)
        return s->price;
    if (m_prices.contains(slug))
        return m_prices.value(slug).highest;
    return std::nullopt;
}

QString ToolCatalogModel::priceText(const std::optional<ToolPrice> &price)
{
    if (!price)
        return tr("Price on request");
    if (price->lowest == price->highest)
        //: A tool's price in satoshis, e.g. "100 sat".
        return tr("%1 sat").arg(price->highest.toSatsDecimal());
    //: A tool's price range in satoshis, e.g. "2–10 sat".
    return tr("%1–%2 sat").arg(price->lowest.toSatsDecimal(), price->highest.toSatsDecimal());
}

void ToolCatalogModel::refilter()
{
    const QString needle = m_filter.trimmed();
    QList<int> rows;
    for (int i = 0; i < m_manifest.services.size(); ++i) {
        const ToolService &s = m_manifest.services.at(i);
        if (needle.isEmpty() || s.slug.contains(needle, Qt::CaseInsensitive)
            || s.name.contains(needle, Qt::CaseInsensitive)
            || s.description.contains(needle, Qt::CaseInsensitive))
            rows << i;
    }
    if (rows == m_rows)
        return;
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

} // namespace lw
