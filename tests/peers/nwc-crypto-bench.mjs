// SPDX-License-Identifier: GPL-3.0-or-later
// The crypto reference for the NWC benchmark, done with nostr-tools: per iteration, the client's
// side of one pay_invoice exchange — NIP-44 encrypt the request, finalizeEvent (id + BIP-340
// signature), verifyEvent the wallet's response, NIP-44 decrypt it. Keys, payloads and nonces
// come from the seed, so the C++ side can run the identical work from --dump. The conversation
// key is derived once (clients cache it per wallet), outside the timed loop.
//
//   node nwc-crypto-bench.mjs [--iterations N (200)] [--seed S (1)]
//     prints {"iterations":N,"median_us":…,"p95_us":…,"mean_us":…}
//   node nwc-crypto-bench.mjs --dump [--iterations N] [--seed S]
//     prints one JSON line: keys, conversation key, and per payload the plaintexts, nonces,
//     encrypted contents and signed events (request signed by the client, response by the wallet);
//     everything but the signatures is the same for the same seed (BIP-340 signing draws fresh
//     auxiliary randomness, so compare ids and verify signatures)
import crypto from 'node:crypto'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { finalizeEvent, verifyEvent, getPublicKey } = await import('nostr-tools/pure')
const nip44 = await import('nostr-tools/nip44')
const bolt11 = require('bolt11')
const { rng } = require('./common')

console.log = console.info = console.debug = (...args) => console.error(...args)
process.on('SIGTERM', () => process.exit(143))
process.on('SIGINT', () => process.exit(130))

const REGTEST = { bech32: 'bcrt', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] }
const CREATED_AT = 1790000000

function parseArgs (argv) {
  const o = { iterations: 200, seed: 1, dump: false }
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--iterations') o.iterations = Number(argv[++i])
    else if (argv[i] === '--seed') o.seed = Number(argv[++i])
    else if (argv[i] === '--dump') o.dump = true
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  if (!Number.isSafeInteger(o.iterations) || o.iterations < 1) throw new Error('bad --iterations')
  if (!Number.isSafeInteger(o.seed)) throw new Error('bad --seed')
  return o
}

const sha256 = (text) => crypto.createHash('sha256').update(text).digest()
const hex = (bytes) => Buffer.from(bytes).toString('hex')

// A signed regtest invoice of about 300 characters, like the ones the sandbox issues.
function invoiceFor (r, nodeKey) {
  const words = ['inference', 'translation', 'summary', 'image', 'task', 'quote', 'delivery', 'review']
  let description = ''
  while (description.length < 20) description += (description ? ' ' : '') + r.pick(words)
  const data = {
    network: REGTEST,
    timestamp: CREATED_AT - r.int(0, 600),
    millisatoshis: String(r.int(1, 200000) * 1000),
    tags: [
      { tagName: 'payment_hash', data: r.bytes(32).toString('hex') },
      { tagName: 'payment_secret', data: r.bytes(32).toString('hex') },
      { tagName: 'description', data: description },
      { tagName: 'expire_time', data: 3600 },
      { tagName: 'min_final_cltv_expiry', data: 144 },
      { tagName: 'feature_bits', data: { word_length: 4, var_onion_optin: { required: true, supported: false }, payment_secret: { required: true, supported: false }, basic_mpp: { required: false, supported: true } } }
    ]
  }
  return bolt11.sign(bolt11.encode(data, false), nodeKey).paymentRequest
}

function build (opts) {
  const r = rng(opts.seed)
  const clientSecret = sha256(`lightwork-nwc-bench-client-${opts.seed}`)
  const walletSecret = sha256(`lightwork-nwc-bench-wallet-${opts.seed}`)
  const nodeKey = sha256(`lightwork-nwc-bench-node-${opts.seed}`)
  const clientPubkey = getPublicKey(clientSecret)
  const walletPubkey = getPublicKey(walletSecret)
  const conversationKey = nip44.getConversationKey(clientSecret, walletPubkey)
  const payloads = []
  for (let i = 0; i < opts.iterations; ++i) {
    const invoice = invoiceFor(r, nodeKey)
    const requestPlaintext = JSON.stringify({ method: 'pay_invoice', params: { invoice } })
    const responsePlaintext = JSON.stringify({ result_type: 'pay_invoice', result: { preimage: r.bytes(32).toString('hex'), fees_paid: r.int(0, 5000) } })
    const requestNonce = r.bytes(32)
    const responseNonce = r.bytes(32)
    const requestContent = nip44.encrypt(requestPlaintext, conversationKey, requestNonce)
    const request = finalizeEvent({ kind: 23194, created_at: CREATED_AT + i, tags: [['p', walletPubkey], ['encryption', 'nip44_v2']], content: requestContent }, clientSecret)
    const responseContent = nip44.encrypt(responsePlaintext, conversationKey, responseNonce)
    const response = finalizeEvent({ kind: 23195, created_at: CREATED_AT + i, tags: [['e', request.id], ['p', clientPubkey]], content: responseContent }, walletSecret)
    payloads.push({
      request_plaintext: requestPlaintext,
      request_nonce: hex(requestNonce),
      request_event: JSON.parse(JSON.stringify(request)),
      response_plaintext: responsePlaintext,
      response_nonce: hex(responseNonce),
      response_event: JSON.parse(JSON.stringify(response))
    })
  }
  return {
    seed: opts.seed,
    client_secret: hex(clientSecret),
    client_pubkey: clientPubkey,
    wallet_secret: hex(walletSecret),
    wallet_pubkey: walletPubkey,
    conversation_key: hex(conversationKey),
    payloads
  }
}

// One client-side exchange. A fresh copy of the response is verified each time: nostr-tools
// remembers verified event objects.
function exchange (set, conversationKey, clientSecret, payload, response) {
  const content = nip44.encrypt(payload.request_plaintext, conversationKey, Buffer.from(payload.request_nonce, 'hex'))
  const request = finalizeEvent({ kind: 23194, created_at: payload.request_event.created_at, tags: [['p', set.wallet_pubkey], ['encryption', 'nip44_v2']], content }, clientSecret)
  if (request.id !== payload.request_event.id) throw new Error('request id differs from the dump')
  if (!verifyEvent(response)) throw new Error('response signature did not verify')
  const plaintext = nip44.decrypt(response.content, conversationKey)
  if (plaintext !== payload.response_plaintext) throw new Error('response decrypted wrongly')
}

function run (set) {
  const conversationKey = Buffer.from(set.conversation_key, 'hex')
  const clientSecret = Buffer.from(set.client_secret, 'hex')
  const copies = () => set.payloads.map(p => JSON.parse(JSON.stringify(p.response_event)))
  const warm = copies()
  for (let i = 0; i < Math.min(20, set.payloads.length); ++i) exchange(set, conversationKey, clientSecret, set.payloads[i], warm[i])
  const fresh = copies()
  const us = []
  for (let i = 0; i < set.payloads.length; ++i) {
    const start = process.hrtime.bigint()
    exchange(set, conversationKey, clientSecret, set.payloads[i], fresh[i])
    us.push(Number(process.hrtime.bigint() - start) / 1000)
  }
  const sorted = [...us].sort((a, b) => a - b)
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
  const round = (x) => Math.round(x * 10) / 10
  return {
    iterations: us.length,
    median_us: round(at(0.5)),
    p95_us: round(at(0.95)),
    mean_us: round(us.reduce((a, b) => a + b, 0) / us.length),
    library: 'nostr-tools 2.25.2'
  }
}

try {
  const opts = parseArgs(process.argv.slice(2))
  const set = build(opts)
  process.stdout.write(JSON.stringify(opts.dump ? set : run(set)) + '\n')
} catch (err) {
  console.error('[nwc-crypto-bench]', err?.message ?? err)
  process.exit(2)
}
