// SPDX-License-Identifier: GPL-3.0-or-later
// ProofLayerController: the worker's registration and the profile's texts.
#include "enginesession.h"
#include "markets/prooflayer/prooflayerclient.h"
#include "prooflayercontroller.h"
#include "prooflayerflow.h"

#include <QLocale>

namespace lw {

namespace {

constexpr qsizetype shownChars = 200;

QString shown(const QString &remote)
{
    const QString text = remote.simplified();
    return text.size() > shownChars ? text.left(shownChars - 1) + u'…' : text;
}

QString satsRange(const LnurlPayRequest &pay)
{
    // LNURL amounts are millisats; people read whole sats (the minimum rounded up).
    const qint64 min = (pay.minSendable.msat() + 999) / 1000;
    const qint64 max = pay.maxSendable.msat() / 1000;
    //: What a Lightning Address accepts in one payment, e.g. "Accepts 1 to 100,000 sat per payment"
    return ProofLayerController::tr("Accepts %1 to %2 sat per payment")
        .arg(QLocale().toString(min), QLocale().toString(max));
}

} // namespace

void ProofLayerController::setDisplayName(const QString &name)
{
    if (name == m_displayName)
        return;
    m_displayName = name;
    Q_EMIT formChanged();
}

void ProofLayerController::setLightningAddress(const QString &address)
{
    if (address == m_address)
        return;
    m_address = address;
    Q_EMIT formChanged();
    // What was checked is no longer what is typed.
    if (m_addressState != AddressState::Unchecked && address.trimmed() != m_checkedAddress)
        setAddressState(AddressState::Unchecked);
}

void ProofLayerController::setAddressState(AddressState state, const QString &error)
{
    m_addressState = state;
    m_addressError = error;
    if (state != AddressState::Valid) {
        m_payeeText.clear();
        m_payeeRangeText.clear();
    }
    Q_EMIT addressChanged();
}

void ProofLayerController::checkAddress()
{
    EngineSession *engine = m_session ? m_session->engine() : nullptr;
    if (!engine || m_addressState == AddressState::Checking)
        return;
    const QString address = m_address.trimmed();
    m_checkedAddress = address;
    setAddressState(AddressState::Checking);
    const quint64 generation = m_generation;
    checkProofLayerPayee(&engine->http(), this, address)
        .then(this, [this, address, generation](Result<LnurlPayRequest, AppError> pay) {
            if (generation != m_generation || address != m_checkedAddress)
                return; // another profile, or another address typed meanwhile
            if (!pay)
                return setAddressState(AddressState::Invalid, pay.error().message);
            const QString who = !pay->identifier.isEmpty() ? pay->identifier : pay->description;
            //: Who a checked Lightning Address pays: %1 the payee's own words, %2 its domain
            m_payeeText = tr("Pays “%1” at %2").arg(shown(who), shown(pay->serviceDomain));
            m_payeeRangeText = satsRange(*pay);
            m_addressState = AddressState::Valid;
            m_addressError.clear();
            Q_EMIT addressChanged();
        });
}

void ProofLayerController::registerWorker()
{
    EngineSession *engine = m_session ? m_session->engine() : nullptr;
    if (!engine || m_registering || m_accountState != AccountState::Unregistered)
        return;
    if (m_addressState != AddressState::Valid) {
        //: Register was pressed before the Lightning Address was checked
        m_registerError = tr("Check the Lightning Address first.");
        Q_EMIT registeringChanged();
        return;
    }
    if (auto checked = checkProofLayerRegistration(engine->accounts(), m_account.id, m_displayName,
                                                   m_checkedAddress, QStringLiteral("human"));
        !checked) {
        m_registerError = checked.error().message;
        Q_EMIT registeringChanged();
        return;
    }
    m_registering = true;
    m_registerError.clear();
    Q_EMIT registeringChanged();
    const quint64 generation = m_generation;
    const QString name = m_displayName;
    const QString address = m_checkedAddress;
    client().then(this, [this, generation, name, address](Result<ProofLayerClient *, AppError> c) {
        if (generation != m_generation)
            return;
        if (!c) {
            m_registering = false;
            m_registerError = c.error().message;
            Q_EMIT registeringChanged();
            return;
        }
        registerProofLayerWorker(m_session->engine()->accounts(), *c, name, address,
                                 QStringLiteral("human"))
            .then(this, [this, generation](Result<ProofLayerWorker, AppError> worker) {
                if (generation != m_generation)
                    return;
                m_registering = false;
                m_registerError = worker ? QString() : worker.error().message;
                Q_EMIT registeringChanged();
                if (worker)
                    reload(); // the account now carries the worker id
            });
    });
}

QString ProofLayerController::reputationText() const
{
    if (!m_worker.reputationScore)
        return {};
    //: A ProofLayer reputation score as the market gives it, e.g. "5.1"
    return tr("%1").arg(QLocale().toString(*m_worker.reputationScore, 'g', 4));
}

double ProofLayerController::reputationFraction() const
{
    return m_worker.reputationScore ? qBound(0.0, *m_worker.reputationScore / 10.0, 1.0) : 0.0;
}

QString ProofLayerController::tierText() const
{
    //: The reputation tier when the market names none
    return m_worker.tier.isEmpty() ? tr("No tier yet") : shown(m_worker.tier);
}

QString ProofLayerController::completedJobsText() const
{
    //: How many ProofLayer tasks the worker completed
    return tr("%n completed task(s)", nullptr, int(qMin<qint64>(m_worker.completedJobs, INT_MAX)));
}

QString ProofLayerController::multiplierText() const
{
    if (m_worker.payoutMultiplier.isEmpty())
        //: ProofLayer's rule: above a score of 10, payouts are multiplied by 1.1
        return tr("Payout bonus ×1.1 above a score of 10");
    //: The multiplier the market applies to this worker's payouts, e.g. "×1.1"
    return tr("Payout multiplier ×%1").arg(shown(m_worker.payoutMultiplier));
}

QString ProofLayerController::claimPriceText() const
{
    //: Shown before claiming a ProofLayer task: the market charges workers nothing
    return tr("Claiming is free: nothing is paid. ProofLayer pays 70 % of the budget to your "
              "Lightning Address when your result is released.");
}

} // namespace lw
