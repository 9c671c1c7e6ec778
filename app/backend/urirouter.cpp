// SPDX-License-Identifier: GPL-3.0-or-later
#include "urirouter.h"

#include "lightning/paymenturi.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QQmlEngine>
#include <QRegularExpression>

namespace lw {

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcUri, "lightwork.uri")

// The part of an argument that is safe to log: a URI scheme, never the rest (an invoice, an
// LNURL or an address can identify the user and the payment).
QString schemeForLog(const QString &argument)
{
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]{0,15}):"_s);
    const QRegularExpressionMatch match = scheme.match(argument);
    return match.hasMatch() ? match.captured(1).toLower() : u"(none)"_s;
}

} // namespace

UriRouter *UriRouter::instance()
{
    static QPointer<UriRouter> router;
    if (!router) {
        Q_ASSERT(QCoreApplication::instance());
        router = new UriRouter(QCoreApplication::instance());
    }
    return router;
}

UriRouter *UriRouter::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    UriRouter *router = instance();
    Q_ASSERT(jsEngine->thread() == router->thread());
    // Shared with C++ (SingleInstance and main); the QML engine must not delete it.
    QJSEngine::setObjectOwnership(router, QJSEngine::CppOwnership);
    return router;
}

UriRouter::UriRouter(QObject *parent)
    : QObject(parent)
{}

int UriRouter::handleArguments(const QStringList &arguments)
{
    int routed = 0;
    for (const QString &argument : arguments) {
        if (handle(argument))
            ++routed;
    }
    return routed;
}

bool UriRouter::handle(const QString &argument)
{
    const QString text = argument.trimmed();
    // Options (ours or Qt's) are not links.
    if (text.isEmpty() || text.startsWith(u'-'))
        return false;
    const auto uri = parsePaymentUri(text);
    if (!uri || uri->kind == PaymentUri::Kind::OnChainOnly) {
        qCWarning(lcUri, "ignored an argument that is not a Lightning payment link (scheme %s)",
                  qUtf8Printable(schemeForLog(text)));
        return false;
    }
    qCInfo(lcUri, "payment link received (scheme %s); waiting for the user",
           qUtf8Printable(schemeForLog(text)));
    if (m_pending != text) {
        m_pending = text;
        Q_EMIT pendingPaymentChanged();
    }
    Q_EMIT payRequested(text);
    return true;
}

QString UriRouter::takePending()
{
    const QString pending = std::exchange(m_pending, QString());
    if (!pending.isEmpty())
        Q_EMIT pendingPaymentChanged();
    return pending;
}

} // namespace lw
