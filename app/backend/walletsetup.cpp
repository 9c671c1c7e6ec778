// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletsetup.h"

#include "enginesession.h"
#include "qr/qrwallet.h"

#include <QFile>
#include <QUrl>

#include <memory>

namespace lw {

namespace {

using namespace Qt::Literals::StringLiterals;

constexpr qint64 maxCertificateBytes = 64 * 1024;

QString codeOf(const AppError &e)
{
    if (!e.code.isEmpty())
        return e.code;
    switch (e.kind) {
    case AppError::Kind::Invalid:
        return u"invalid"_s;
    default:
        return u"storage"_s;
    }
}

QString networkText(Network n)
{
    return networkName(n);
}

} // namespace

WalletSetup::WalletSetup(QObject *parent)
    : QObject(parent)
{}

WalletSetup::~WalletSetup()
{
    m_secret.fill('\0');
}

EngineSession *WalletSetup::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void WalletSetup::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    Q_EMIT stateChanged();
}

QStringList WalletSetup::kinds()
{
    QStringList out;
    for (const auto &k : WalletRegistry::kinds())
        out.append(k.name);
    return out;
}

void WalletSetup::setKind(const QString &kind)
{
    if (kind == m_kind || !WalletRegistry::kind(kind))
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    fieldChanged();
}

bool WalletSetup::needsUrl() const
{
    return WalletRegistry::kind(m_kind)->needsUrl;
}

bool WalletSetup::takesCertificate() const
{
    return WalletRegistry::kind(m_kind)->takesCertificate;
}

bool WalletSetup::needsSecret() const
{
    return WalletRegistry::kind(m_kind)->needsSecret;
}

QString WalletSetup::secretName() const
{
    return WalletRegistry::kind(m_kind)->secretName;
}

void WalletSetup::setUrl(const QString &url)
{
    if (url == m_url)
        return;
    m_url = url;
    fieldChanged();
}

void WalletSetup::setCertificateFile(const QString &file)
{
    if (file == m_certificateFile)
        return;
    m_certificateFile = file;
    fieldChanged();
}

void WalletSetup::setSecret(const QString &secret)
{
    const QByteArray bytes = secret.trimmed().toUtf8();
    if (bytes == m_secret)
        return;
    m_secret.fill('\0');
    m_secret = bytes;
    fieldChanged();
}

void WalletSetup::setNetwork(const QString &network)
{
    if (network == m_network)
        return;
    m_network = network;
    fieldChanged();
}

void WalletSetup::setReceiveOnly(bool receiveOnly)
{
    if (receiveOnly == m_receiveOnly)
        return;
    m_receiveOnly = receiveOnly;
    fieldChanged();
}

void WalletSetup::fieldChanged()
{
    // A test speaks for the fields it ran with: any change needs a new one.
    ++m_generation;
    m_tested.reset();
    Q_EMIT fieldsChanged();
    if (m_state != State::Idle && m_state != State::Saving)
        setState(State::Idle);
    else
        Q_EMIT stateChanged(); // canTest and canSave follow the fields too
}

void WalletSetup::setState(State state)
{
    m_state = state;
    if (state != State::Failed) {
        m_errorText.clear();
        m_errorCode.clear();
    }
    Q_EMIT stateChanged();
}

void WalletSetup::fail(const AppError &error)
{
    m_errorCode = codeOf(error);
    m_errorText = explain(error);
    m_state = State::Failed;
    Q_EMIT stateChanged();
}

QString WalletSetup::explain(const AppError &e) const
{
    const QString code = codeOf(e);
    if (code == ConnectionProblem::unreachable)
        //: Wallet set-up; %1 is the network error.
        return tr("Lightwork cannot reach the wallet: %1").arg(e.message);
    if (code == ConnectionProblem::tlsMismatch)
        return tr("The wallet's TLS certificate does not match the one given, and no trusted "
                  "authority vouches for it: %1")
            .arg(e.message);
    if (code == ConnectionProblem::authFailed)
        //: Wallet set-up; %1 names the secret ("phoenixd http-password", …).
        return tr("Authentication failed: the wallet did not accept this %1.").arg(secretName());
    if (code == ConnectionProblem::noPayPermission)
        return tr("These credentials can receive but not pay. Use the full-access password or "
                  "admin key, or tick \"Receive only\" to use this wallet for receiving.");
    if (code == ConnectionProblem::badResponse)
        return tr("The wallet's answer cannot be read: %1").arg(e.message);
    return e.message; // wrong_network names both chains; field errors name the field
}

bool WalletSetup::canTest() const
{
    return m_state != State::Testing && m_state != State::Saving && (!needsSecret() || hasSecret())
           && (!needsUrl() || !m_url.trimmed().isEmpty());
}

QString WalletSetup::balanceText() const
{
    if (m_state != State::Tested && m_state != State::Saving && m_state != State::Saved)
        return {};
    if (m_kind == u"qr")
        //: Wallet set-up: a phone wallet's balance is not visible to the app.
        return tr("unknown (on your phone)");
    return tr("%1 sat").arg(m_balance.toSatsDecimal());
}

Result<WalletRegistry::Checked, AppError> WalletSetup::checkFields() const
{
    WalletRegistry::Input input;
    input.kind = m_kind;
    if (needsUrl())
        input.url = QUrl(m_url.trimmed());
    if (takesCertificate() && !m_certificateFile.isEmpty()) {
        const QUrl asUrl(m_certificateFile);
        QFile file(asUrl.isLocalFile() ? asUrl.toLocalFile() : m_certificateFile);
        if (!file.open(QIODevice::ReadOnly))
            return lw::fail(
                AppError::make(AppError::Kind::Invalid,
                               tr("Cannot read the certificate file %1.").arg(file.fileName())));
        input.certificatePem = file.read(maxCertificateBytes);
    }
    if (needsSecret())
        input.secret = m_secret;
    auto checked = WalletRegistry::check(input);
    if (checked && m_receiveOnly)
        checked->settings.insert(u"receive_only"_s, true);
    return checked;
}

void WalletSetup::test()
{
    EngineSession *e = engine();
    if (!canTest())
        return;
    if (!e) {
        QString why = m_session ? m_session->keychainMessage() : QString();
        if (why.isEmpty())
            why = tr("Lightwork is still opening its data folder; try again in a moment.");
        AppError error = AppError::make(AppError::Kind::Storage, why);
        error.code = u"no_keychain"_s;
        fail(error);
        return;
    }
    const auto network = networkFromName(m_network);
    if (!network) {
        fail(AppError::make(
            AppError::Kind::Invalid,
            tr("Unknown network \"%1\" (bitcoin, testnet, signet or regtest).").arg(m_network)));
        return;
    }
    auto checked = checkFields();
    if (!checked) {
        fail(checked.error());
        return;
    }
    WalletConnection c;
    c.kind = m_kind;
    c.network = *network;
    c.settings = checked->settings;
    auto made = e->createWallet(c, checked->secret);
    if (!made) {
        fail(made.error());
        return;
    }
    const quint64 generation = ++m_generation;
    setState(State::Testing);
    std::shared_ptr<Wallet> wallet = std::move(*made);
    const WalletRegistry::Checked tested = *checked;
    if (m_kind == u"qr") {
        // Nothing to reach: a phone pays each code when someone scans it.
        m_tested = tested;
        m_testedNetwork = networkText(*network);
        m_alias = tr("Phone wallet");
        m_balance = MilliSats(0);
        setState(State::Tested);
        return;
    }
    wallet->testConnection(!m_receiveOnly)
        .then(this, [this, wallet, tested,
                     generation](const Result<Wallet::ConnectionReport, AppError> &report) {
            if (generation != m_generation)
                return; // a field changed meanwhile: this answer is for other settings
            if (!report) {
                fail(report.error());
                return;
            }
            m_tested = tested;
            m_testedNetwork = networkText(report->info.network);
            m_alias = report->info.alias;
            m_balance = report->balance;
            setState(State::Tested);
        });
}

void WalletSetup::save(const QString &name, bool makeDefault)
{
    EngineSession *e = engine();
    if (m_state != State::Tested || !m_tested || !e)
        return;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(AppError::make(AppError::Kind::Invalid, tr("Give the connection a name.")));
        return;
    }
    WalletConnection w;
    w.profileId = e->profile().id;
    w.name = trimmed;
    w.kind = m_kind;
    w.network = *networkFromName(m_network);
    w.settings = m_tested->settings;
    auto added = e->accounts().addWallet(w);
    if (!added) {
        fail(added.error());
        return;
    }
    auto key = e->accounts().walletSecretKey(added->id);
    if (!key) {
        (void)e->accounts().removeWallet(added->id);
        fail(key.error());
        return;
    }
    setState(State::Saving);
    const WalletConnection connection = *added;
    const auto finish = [this, e, connection, makeDefault](const Result<bool, AppError> &r) {
        if (!r) {
            (void)e->accounts().removeWallet(connection.id); // no connection without its secret
            fail(r.error());
            return;
        }
        if (makeDefault)
            (void)e->accounts().setDefaultWallet(connection.profileId, connection.id);
        m_secret.fill('\0');
        m_secret.clear();
        m_tested.reset();
        Q_EMIT fieldsChanged();
        setState(State::Saved);
        // The payment gate is made again over the wallet that is now the default.
        (void)e->switchProfile(connection.profileId);
        Q_EMIT saved(connection.name);
    };
    if (m_tested->secret.isEmpty()) {
        finish(true);
        return;
    }
    e->secrets().write(*key, m_tested->secret).then(this, finish);
}

} // namespace lw
