// SPDX-License-Identifier: GPL-3.0-or-later
// Prints a JSON array of random macaroons minted by npm `macaroon` (first- and third-party
// caveats), each serialised as V2 binary, V2 JSON and, where the format allows, V1 JSON, with
// the fields Lightwork's decoder must find.  Usage: node macaroon-mint.js COUNT SEED
'use strict'
const macaroon = require('macaroon')
const { rng } = require('./common')

// macaroon@3.0.4's ByteBuffer._grow compares against this._capacity, which it never sets, so
// every append doubles the buffer: four caveats already need gigabytes. Supply the property the
// code evidently means (the buffer's length) rather than shrink the test data.
Object.defineProperty(Object.prototype, '_capacity', {
  get () { return this._buf instanceof Uint8Array ? this._buf.length : undefined },
  configurable: true
})

const count = parseInt(process.argv[2] || '200', 10)
const r = rng(parseInt(process.argv[3] || '1', 10))
const WORDS = ['services=weather:0', 'weather_capabilities=forecast', 'expiration=1767225600000',
  'account = 3735928559', 'payment_hash=' + 'ab'.repeat(32), 'amount_sats=50', 'é ⚡', '']

const hex = (bytes) => Buffer.from(bytes).toString('hex')
const out = []
for (let n = 0; n < count; n++) {
  const rootKey = r.bytes(32)
  const textual = r.bool()
  // Identifiers: an L402 66-byte binary one, or text (V1 JSON can only carry text).
  const identifier = textual ? 'id-' + r.bytes(8).toString('hex')
    : Buffer.concat([Buffer.from([0, 0]), r.bytes(64)])
  const location = r.bool(0.8) ? r.pick(['lsat', 'https://api.example.com', 'alittlebitofmoney']) : undefined
  const params = { identifier: textual ? identifier : new Uint8Array(identifier), rootKey: new Uint8Array(rootKey), location }
  const v2 = macaroon.newMacaroon({ ...params, version: 2 })
  const v1 = textual ? macaroon.newMacaroon({ ...params, version: 1 }) : null
  for (let i = r.int(0, 5); i > 0; i--) {
    if (r.bool(0.75)) {
      const caveat = r.pick(WORDS) + (r.bool() ? String(r.int(0, 1000)) : '')
      v2.addFirstPartyCaveat(caveat)
      if (v1) v1.addFirstPartyCaveat(caveat)
    } else {
      const thirdKey = new Uint8Array(r.bytes(32))
      const caveat = 'tp-' + r.bytes(4).toString('hex')
      v2.addThirdPartyCaveat(thirdKey, caveat, 'https://auth.example.com')
      if (v1) v1.addThirdPartyCaveat(thirdKey, caveat, 'https://auth.example.com')
    }
  }
  const describe = (m) => ({
    location: m.location || '',
    identifier: hex(m.identifier),
    caveats: m.caveats.map(c => ({ identifier: hex(c.identifier), vid: c.vid ? hex(c.vid) : '', location: c.location || '' })),
    signature: hex(m.signature)
  })
  out.push({
    binary: Buffer.from(v2.exportBinary()).toString('base64'),
    json: JSON.stringify(v2.exportJSON()),
    expected: describe(v2),
    v1json: v1 ? JSON.stringify(v1.exportJSON()) : null,
    v1expected: v1 ? describe(v1) : null
  })
}
process.stdout.write(JSON.stringify(out))
