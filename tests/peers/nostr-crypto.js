// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-checks Lightwork's Nostr cryptography with nostr-tools.
//   node nostr-crypto.js make COUNT SEED   prints COUNT random cases made by nostr-tools: keys,
//                                          conversation key, NIP-44 and NIP-04 payloads, a
//                                          signed event (reproducible from SEED)
//   node nostr-crypto.js check             reads Lightwork's answers on stdin and prints, for
//                                          each, what nostr-tools thinks of them
'use strict'
const { finalizeEvent, verifyEvent, getEventHash, getPublicKey } = require('nostr-tools/pure')
const nip44 = require('nostr-tools/nip44')
const nip04 = require('nostr-tools/nip04')
const { rng } = require('./common')

const bytesToHex = (bytes) => Buffer.from(bytes).toString('hex')
const hexToBytes = (hex) => new Uint8Array(Buffer.from(hex, 'hex'))

// Pieces where id serialisation and UTF-8 handling break: quotes, backslashes, every control
// character, DEL, line and paragraph separators, BOM, NEL, emoji (surrogate pairs), joiners.
const PIECES = ['a', 'zap', ' ', '"', '\\', '\\"', '\\u0000', '/', '</script>', 'é', 'ñ', '報酬',
  '☕', '🎉', '🦄', '👩‍💻', '🇩🇪', '\u2028', '\u2029', '\ufeff', '\u0085', '\u007f', '\u00a0',
  'ﷺ', 'עברית', '{"method":"pay_invoice"}', '\ud7ff', '\ue000', '\uffff']
for (let c = 0; c < 0x20; c++) PIECES.push(String.fromCharCode(c))

function randomText (r, maxPieces) {
  let s = ''
  const n = r.int(1, maxPieces)
  for (let i = 0; i < n; i++) s += r.pick(PIECES)
  return s
}

function secretKey (r) {
  for (;;) {
    const k = r.bytes(32)
    if (k[0] !== 0xff && !k.equals(Buffer.alloc(32))) return new Uint8Array(k)
  }
}

function make (count, seed) {
  const r = rng(seed)
  const cases = []
  for (let n = 0; n < count; n++) {
    const a = secretKey(r) // nostr-tools' side
    const b = secretKey(r) // Lightwork's side
    const pubA = getPublicKey(a)
    const pubB = getPublicKey(b)
    // A few long messages around the 2-byte/6-byte length prefix boundary.
    const long = [65535, 65536, 65537, 100000]
    const plaintext = n < long.length ? 'ab'.repeat(long[n]).slice(0, long[n]) : randomText(r, 40)
    const tags = []
    const tagCount = r.int(0, 4)
    for (let t = 0; t < tagCount; t++) {
      const tag = [r.pick(['p', 'e', 'expiration', 'encryption', randomText(r, 3)])]
      const values = r.int(0, 4)
      for (let v = 0; v < values; v++) tag.push(randomText(r, 6))
      tags.push(tag)
    }
    const conversationKey = nip44.getConversationKey(a, pubB)
    const event = finalizeEvent({
      kind: r.int(0, 65536),
      created_at: r.int(0, 2 ** 31) + (r.bool(0.2) ? 2 ** 40 : 0),
      tags,
      content: n < long.length ? 'long' : randomText(r, 60)
    }, a)
    cases.push({
      secret_a: bytesToHex(a),
      pub_a: pubA,
      secret_b: bytesToHex(b),
      pub_b: pubB,
      conversation_key: bytesToHex(conversationKey),
      plaintext,
      nip44: nip44.encrypt(plaintext, conversationKey),
      nip04: n < long.length ? null : nip04.encrypt(a, pubB, plaintext),
      event
    })
  }
  process.stdout.write(JSON.stringify(cases))
}

function check (input) {
  const answers = JSON.parse(input)
  const out = answers.map((c) => {
    const problems = []
    const expect = (cond, what) => { if (!cond) problems.push(what) }
    try {
      expect(getPublicKey(hexToBytes(c.secret_b)) === c.event.pubkey, 'pubkey')
      expect(getEventHash(c.event) === c.event.id, 'id')
      expect(verifyEvent(c.event), 'signature')
      const key = nip44.getConversationKey(hexToBytes(c.secret_a), c.event.pubkey)
      expect(nip44.decrypt(c.nip44, key) === c.plaintext, 'nip44')
      if (c.nip04 !== null) {
        expect(nip04.decrypt(hexToBytes(c.secret_a), c.event.pubkey, c.nip04) === c.plaintext,
          'nip04')
      }
    } catch (e) {
      problems.push('threw: ' + e.message)
    }
    return { id: c.event.id, problems }
  })
  process.stdout.write(JSON.stringify(out))
}

const mode = process.argv[2]
if (mode === 'make') {
  make(parseInt(process.argv[3] || '200', 10), parseInt(process.argv[4] || '1', 10))
} else if (mode === 'check') {
  let input = ''
  process.stdin.setEncoding('utf8')
  process.stdin.on('data', (d) => { input += d })
  process.stdin.on('end', () => check(input))
} else {
  process.stderr.write('usage: node nostr-crypto.js make COUNT SEED | check < answers.json\n')
  process.exit(2)
}
