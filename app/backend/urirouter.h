// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration>

class QQmlEngine;
class QJSEngine;

namespace lw {

//! Routes payment links from the command line and from later launches to the Pay dialog.
//! It only recognises them (lightning: invoices, LNURL, Lightning Addresses, bitcoin: links with
//! a lightning= parameter); it never decodes one into a payment and never pays: the Pay dialog
//! does that, and only after the user's click.
class UriRouter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    //! The last payment link received and not yet taken by the Pay dialog, or "".
    Q_PROPERTY(QString pendingPayment READ pendingPayment NOTIFY pendingPaymentChanged FINAL)

public:
    //! The process-wide router (owned by the application object).
    static UriRouter *instance();
    static UriRouter *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    //! Routes each argument; returns how many were payment links.
    int handleArguments(const QStringList &arguments);
    //! Routes one argument: emits payRequested() for a payment link, ignores anything else.
    bool handle(const QString &argument);

    QString pendingPayment() const { return m_pending; }
    //! Returns the pending link and clears it, so a link opens the Pay dialog once.
    Q_INVOKABLE QString takePending();

Q_SIGNALS:
    //! A payment link arrived; `text` is the link as received (trimmed).
    void payRequested(const QString &text);
    void pendingPaymentChanged();

private:
    // Not default-constructible: Qt 6.4 would then construct a second router for QML instead
    // of calling create().
    explicit UriRouter(QObject *parent);

    QString m_pending;
};

} // namespace lw
