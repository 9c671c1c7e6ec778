// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lightning/millisats.h"
#include "markets/tools/toolstypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace lw {

//! The tool market's catalogue as the manifest lists it, narrowed by `filterText` (name, slug
//! and description, ignoring case). Every text is the market's, shown plain and bounded.
class ToolCatalogModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ToolsController.catalog hands this out")

    Q_PROPERTY(
        QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        SlugRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        PriceTextRole,
        AsyncRole,
    };
    Q_ENUM(Role)

    explicit ToolCatalogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCatalog(const ToolsManifest &manifest, const QHash<QString, ToolPrice> &prices);
    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    int count() const { return int(m_rows.size()); }

    //! The tool shown at `row`; null when there is none.
    const ToolService *service(int row) const;
    //! The price to show for `slug`: the manifest's, else the dearest of its models.
    std::optional<MilliSats> listedPrice(const QString &slug) const;
    static QString priceText(const std::optional<ToolPrice> &price);

Q_SIGNALS:
    void filterTextChanged();
    void countChanged();

private:
    void refilter();

    ToolsManifest m_manifest;
    QHash<QString, ToolPrice> m_prices;
    QString m_filter;
    QList<int> m_rows; //!< indexes into m_manifest.services
};

} // namespace lw
