// SPDX-License-Identifier: GPL-3.0-or-later
// Decodes invoices (one per line on stdin) with npm `bolt11` and prints one JSON line each, in
// the same normalised shape bolt11-sign.js uses, or {"error": …} when npm refuses one.
'use strict'
const bolt11 = require('bolt11')
const { bech32Words, wordsToBytes } = require('./common')

const SIGNET = { bech32: 'tbs', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] }
const ORDER = ['option_data_loss_protect', 'initial_routing_sync', 'option_upfront_shutdown_script',
  'gossip_queries', 'var_onion_optin', 'gossip_queries_ex', 'option_static_remotekey',
  'payment_secret', 'basic_mpp', 'option_support_large_channel']

function normalise (text) {
  const d = /^lntbs/i.test(text) ? bolt11.decode(text, SIGNET) : bolt11.decode(text)
  const tag = (name) => { const t = d.tags.find(t => t.tagName === name); return t ? t.data : null }
  const all = (name) => d.tags.filter(t => t.tagName === name).map(t => t.data)
  const features = []
  const f = tag('feature_bits')
  if (f) {
    ORDER.forEach((name, i) => {
      if (f[name].required) features.push(2 * i)
      if (f[name].supported) features.push(2 * i + 1)
    })
    f.extra_bits.bits.forEach((on, i) => { if (on) features.push(f.extra_bits.start_bit + i) })
  }
  const metadata = d.tags.find(t => t.tagName === 'unknownTag' && t.data.tagCode === 27)
  return {
    network: d.network.bech32,
    msat: d.millisatoshis,
    timestamp: d.timestamp,
    payment_hash: tag('payment_hash'),
    payment_secret: tag('payment_secret'),
    description: tag('description'),
    description_hash: tag('purpose_commit_hash'),
    expiry: tag('expire_time'),
    min_final_cltv: tag('min_final_cltv_expiry'),
    fallbacks: all('fallback_address').map(f => ({ version: f.code, program: f.addressHash })),
    routes: all('routing_info'),
    features,
    metadata: metadata ? wordsToBytes(bech32Words(metadata.data.words)).toString('hex') : null,
    payee: d.payeeNodeKey,
    payee_tag: tag('payee_node_key') !== null,
    signature: d.signature,
    recovery: d.recoveryFlag
  }
}

const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter(l => l.length > 0)
const out = lines.map(line => {
  try { return JSON.stringify(normalise(line)) } catch (e) { return JSON.stringify({ error: String(e.message) }) }
})
process.stdout.write(out.join('\n') + '\n')
