// SPDX-License-Identifier: GPL-3.0-or-later
// Decodes every invoice of a file (one per line) with npm `bolt11`, including signature
// recovery, and prints {"count", "seconds", "per_second", "secp256k1"}.
'use strict'
// LW_NPM_SECP256K1=js measures bolt11 on secp256k1's pure-JavaScript fallback (elliptic), what it
// runs on where the package's prebuilt native binding doesn't load.
if (process.env.LW_NPM_SECP256K1 === 'js') {
  const id = require.resolve('secp256k1')
  require.cache[id] = { id, filename: id, loaded: true, exports: require('secp256k1/elliptic') }
}
const bolt11 = require('bolt11')

const SIGNET = { bech32: 'tbs', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] }
const invoices = require('fs').readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l)
// Warm-up, so the JIT has compiled the decoder before the clock starts.
for (const inv of invoices.slice(0, 200)) bolt11.decode(inv, /^lntbs/.test(inv) ? SIGNET : undefined)
const start = process.hrtime.bigint()
let decoded = 0
for (const inv of invoices) {
  bolt11.decode(inv, /^lntbs/.test(inv) ? SIGNET : undefined)
  decoded++
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9
const backend = require('secp256k1') === require('secp256k1/elliptic') ? 'JavaScript (elliptic)' : 'native binding'
process.stdout.write(JSON.stringify({ count: decoded, seconds, per_second: decoded / seconds, secp256k1: backend }) + '\n')
