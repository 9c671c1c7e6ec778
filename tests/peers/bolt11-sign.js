// SPDX-License-Identifier: GPL-3.0-or-later
// Prints a JSON array of random invoices signed by npm `bolt11`, each with the fields that were
// signed, for Lightwork's decoder to reproduce.  Usage: node bolt11-sign.js COUNT SEED
'use strict'
const bolt11 = require('bolt11')
const { rng } = require('./common')

const count = parseInt(process.argv[2] || '1000', 10)
const r = rng(parseInt(process.argv[3] || '1', 10))

const NETWORKS = {
  bc: { bech32: 'bc', pubKeyHash: 0x00, scriptHash: 0x05, validWitnessVersions: [0, 1] },
  tb: { bech32: 'tb', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] },
  tbs: { bech32: 'tbs', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] },
  bcrt: { bech32: 'bcrt', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] },
  sb: { bech32: 'sb', pubKeyHash: 0x3f, scriptHash: 0x7b, validWitnessVersions: [0, 1] }
}
const TEXT = ['task', 'délivery', '⚡ zap', '報酬', 'ok', 'a "quoted" <b>tag</b>', '😀', ' ', '\\n']

// Private keys must be < n; a random 32-byte value almost always is, but skip the rare miss.
function privateKey () {
  for (;;) {
    const k = r.bytes(32)
    if (k[0] !== 0xff && !k.equals(Buffer.alloc(32))) return k
  }
}

function amountMsat () {
  const magnitude = r.int(0, 18) // below 10^18 msat, under the 21M BTC cap
  let digits = String(r.int(1, 10))
  for (let i = 0; i < magnitude; i++) digits += String(r.int(0, 10))
  const roundTo = r.pick([1, 1000, 100000, 100000000])
  const value = BigInt(digits) / BigInt(roundTo) * BigInt(roundTo)
  return value === 0n ? BigInt(roundTo) : value
}

function featureBits (expected) {
  const f = { word_length: undefined }
  const set = (bit) => expected.push(bit)
  // Only what BOLT 9 defines as required in invoices, or optional (odd) bits.
  f.var_onion_optin = { required: r.bool(), supported: false }
  f.var_onion_optin.supported = !f.var_onion_optin.required
  f.payment_secret = { required: r.bool(), supported: false }
  f.payment_secret.supported = !f.payment_secret.required
  f.basic_mpp = { required: false, supported: r.bool() }
  f.option_data_loss_protect = { required: false, supported: r.bool(0.2) }
  f.gossip_queries = { required: false, supported: r.bool(0.2) }
  const order = ['option_data_loss_protect', 'initial_routing_sync', 'option_upfront_shutdown_script',
    'gossip_queries', 'var_onion_optin', 'gossip_queries_ex', 'option_static_remotekey',
    'payment_secret', 'basic_mpp', 'option_support_large_channel']
  order.forEach((name, i) => {
    if (f[name] && f[name].required) set(2 * i)
    if (f[name] && f[name].supported) set(2 * i + 1)
  })
  if (r.bool(0.4)) {
    const extra = []
    const length = r.int(2, 40)
    for (let i = 0; i < length; i++) {
      const bit = 20 + i
      const known = bit === 24 || bit === 36 || bit === 48
      extra.push((bit % 2 === 1 || known) && r.bool(0.3))
    }
    if (!extra.includes(true)) extra[length - 1 - ((20 + length - 1) % 2 === 0 ? 1 : 0)] = true
    extra.forEach((on, i) => { if (on) set(20 + i) })
    f.extra_bits = { start_bit: 20, bits: extra, has_required: false }
  }
  delete f.word_length
  expected.sort((a, b) => a - b)
  return f
}

const out = []
for (let n = 0; n < count; n++) {
  const prefix = r.pick(Object.keys(NETWORKS))
  const network = NETWORKS[prefix]
  const key = privateKey()
  const expected = { network: prefix, fallbacks: [], routes: [], features: [] }
  const tags = []
  const paymentHash = r.bytes(32).toString('hex')
  tags.push({ tagName: 'payment_hash', data: paymentHash })
  expected.payment_hash = paymentHash
  const secret = r.bytes(32).toString('hex')
  tags.push({ tagName: 'payment_secret', data: secret })
  expected.payment_secret = secret
  if (r.bool()) {
    let text = ''
    for (let i = r.int(0, 12); i > 0; i--) text += r.pick(TEXT)
    tags.push({ tagName: 'description', data: text })
    expected.description = text
    expected.description_hash = null
  } else {
    const hash = r.bytes(32).toString('hex')
    tags.push({ tagName: 'purpose_commit_hash', data: hash })
    expected.description = null
    expected.description_hash = hash
  }
  expected.expiry = null
  if (r.bool()) {
    expected.expiry = r.int(0, 2 ** 40)
    tags.push({ tagName: 'expire_time', data: expected.expiry })
  }
  expected.min_final_cltv = null
  if (r.bool()) {
    expected.min_final_cltv = r.int(0, 100000)
    tags.push({ tagName: 'min_final_cltv_expiry', data: expected.min_final_cltv })
  }
  for (let i = r.int(0, 3); i > 0; i--) {
    const code = r.pick([0, 0, 1, 17, 18])
    const size = code === 0 ? r.pick([20, 32]) : code === 1 ? 32 : 20
    const program = r.bytes(size).toString('hex')
    tags.push({ tagName: 'fallback_address', data: { code, addressHash: program } })
    expected.fallbacks.push({ version: code, program })
  }
  for (let i = r.int(0, 3); i > 0; i--) {
    const hops = []
    for (let h = r.int(1, 4); h > 0; h--) {
      hops.push({
        pubkey: bolt11.sign(bolt11.encode({ network, timestamp: 1, tags: [{ tagName: 'payment_hash', data: paymentHash }, { tagName: 'description', data: '' }] }, false), privateKey()).payeeNodeKey,
        short_channel_id: r.bytes(8).toString('hex'),
        fee_base_msat: r.int(0, 2 ** 32),
        fee_proportional_millionths: r.int(0, 2 ** 32),
        cltv_expiry_delta: r.int(0, 65536)
      })
    }
    tags.push({ tagName: 'routing_info', data: hops })
    expected.routes.push(hops)
  }
  tags.push({ tagName: 'feature_bits', data: featureBits(expected.features) })

  const data = { network, timestamp: r.int(0, 2 ** 35), tags }
  expected.timestamp = data.timestamp
  if (r.bool(0.8)) {
    const msat = amountMsat()
    data.millisatoshis = msat.toString()
    expected.msat = msat.toString()
  } else {
    expected.msat = null
  }
  const withPayeeTag = r.bool(0.3)
  let signed = bolt11.sign(bolt11.encode(data, false), key)
  if (withPayeeTag) {
    tags.push({ tagName: 'payee_node_key', data: signed.payeeNodeKey })
    signed = bolt11.sign(bolt11.encode(data, false), key)
  }
  expected.payee = signed.payeeNodeKey
  expected.payee_tag = withPayeeTag
  expected.signature = signed.signature
  expected.recovery = signed.recoveryFlag
  out.push({ invoice: signed.paymentRequest, expected })
}
process.stdout.write(JSON.stringify(out))
