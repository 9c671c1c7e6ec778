// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Nostr payloads and events from the network. The whole input goes to
// nip44::decrypt, nip04::decrypt and Event::fromJson; the first byte also picks a round trip
// whose result must come back unchanged.
#include "nostr/nip04.h"
#include "nostr/nip44.h"
#include "nostr/nostrevent.h"

#include <QJsonDocument>
#include <QString>

#include <cstdint>

namespace {

// The keys of the encrypt_decrypt vectors (sec1 = 1, sec2 = 2): the seed payloads use them.
const auto conversationKey = *lw::nostr::nip44::ConversationKey::fromHex(
    u"c41c775356fd92eadc63ff5a0dc1da211b268cbea22316767095b2871ea1412d");
const auto legacyKey =
    *lw::Hash32::fromHex(u"c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5");

void roundTrips(const QByteArray &bytes)
{
    using namespace lw::nostr;
    const lw::Hash32 nonce;
    switch (bytes.isEmpty() ? 0 : quint8(bytes[0]) % 3) {
    case 0: {
        const QByteArray plaintext = bytes.mid(1);
        const auto payload = nip44::encrypt(plaintext, conversationKey, nonce);
        if (payload.hasValue() != (!plaintext.isEmpty() && plaintext.size() <= 65535))
            __builtin_trap();
        if (payload
            && nip44::decrypt(*payload, conversationKey).value_or(QByteArray()) != plaintext)
            __builtin_trap();
        break;
    }
    case 1: {
        const QByteArray plaintext = bytes.mid(1);
        const auto payload = nip04::encrypt(plaintext, legacyKey, QByteArray(16, '\x5a'));
        if (!payload || nip04::decrypt(*payload, legacyKey).value_or(QByteArray("x")) != plaintext)
            __builtin_trap();
        break;
    }
    default:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace lw::nostr;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    (void)nip44::decrypt(text, conversationKey);
    (void)nip04::decrypt(text, legacyKey);

    for (const QJsonDocument &document : {QJsonDocument::fromJson(bytes), parseJson(bytes)}) {
        const auto event = Event::fromJson(document.object());
        if (!event)
            continue;
        (void)event->tagValue(u"p");
        // An accepted event serialises back to one that is accepted with the same id.
        const auto again = Event::fromJson(parseJson(event->toJsonBytes()).object());
        if (!again || again->id != event->id)
            __builtin_trap();
    }
    roundTrips(bytes);
    return 0;
}
