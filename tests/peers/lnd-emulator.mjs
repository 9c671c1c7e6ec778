// SPDX-License-Identifier: GPL-3.0-or-later
// An LND REST stand-in over a sandbox wallet's phoenixd API: the backend's blocking payinvoice
// moves the sats, this process keeps lnd's payment records and speaks lnd's JSON.
//
// Documented (research/lightning.md §0, §0.1, §2; lnd lightning.proto, router.proto,
// grpc-gateway v2): snake_case names with zero values present; int64 as strings; `bytes` as
// base64 (base64url in paths); Payment hashes and preimages as hex (preimage 64 zeros until
// settled); unary errors {"code","message","details"} with HTTP from the gRPC code; streams as
// NDJSON {"result":…} lines, an error as {"error":{…}} with the gRPC status when nothing was
// streamed yet; SendPaymentV2 duplicate errors (409 "invoice is already paid" / "payment is in
// transition"); TrackPaymentV2 unknown hash (404 "payment isn't initiated"); LookupInvoice
// unknown hash (404 "unable to locate invoice"); default invoice expiry 86400; fee limit 0 =
// zero-fee routes only; invoice.macaroon cannot call GetInfo.
// From lnd's source as remembered, not in lightning.md: macaroon errors are gRPC Unknown (HTTP
// 500): "expected 1 macaroon, got 0", "encoding/hex: invalid byte…", "verification failed:
// signature mismatch after caveat verification", "permission denied"; "sat and msat arguments are
// mutually exclusive"; the amount checks on zero/non-zero invoices; grpc-gateway's 404 "Not Found"
// (code 5) and 501 "Method Not Allowed" (code 12).
// SubscribeInvoices (§2.3): GET /v1/invoices/subscribe?add_index=N&settle_index=M streams
// {"result": Invoice} lines, one when an invoice is added and one when it settles; non-zero
// indexes first replay what was missed. From lnd's source as remembered, not in lightning.md: the
// add backlog comes first, each invoice as it is now (a settled one says SETTLED), then the
// settle backlog; settle_index counts from 1 in the order invoices settled.
// Emulator choices: only invoices created through this emulator are streamed; their payment is
// seen by polling the backend every 200 ms, so a settle line comes up to ~200 ms late. Headers
// are sent at once. A fault armed for /v1/invoices/subscribe also hits a stream already open
// (reset cuts it, status500 ends it with an error line, truncate with half a line, hang mutes it),
// and each stream or new request it hits uses one of its count.
// Other emulator choices: the route fee the emulated network needs is 0 msat unless set with
// POST /_emulator/fees {"min_route_fee_msat":N}; a fee limit below it fails the payment with
// FAILURE_REASON_NO_ROUTE and never reaches the backend. Expiry is left to the backend (the
// sandbox's clock may be virtual). Backends take whole satoshis, so msat amounts must be whole.
import { randomBytes } from 'node:crypto'
import {
  Backend, BackendError, Faults, InvoiceWatch, Ledger, NETWORK_PREFIX, Out, Stats, decodeInvoice, handleAdmin,
  isHash, log, makeCertificate, parseArgs, readBody, serve
} from './emulator-kit.mjs'

const args = parseArgs(process.argv.slice(2), {
  backend: 'required', 'backend-password': 'required', network: 'required', port: 'value', alias: 'value'
})
const network = args.network
const alias = args.alias || 'lightwork-lnd'
const backend = new Backend(args.backend, args['backend-password'])
const stats = new Stats()
const faults = new Faults()
const ledger = new Ledger(backend, stats)
const invoices = new Map() // hash → {addIndex, memo, createdMs, settleIndex}
let addIndex = 0
let settleIndex = 0
const watch = new InvoiceWatch(backend)
const subscribers = new Set() // Out of each open /v1/invoices/subscribe
const SUBSCRIBE = '/v1/invoices/subscribe'
stats.openStreams = () => subscribers.size

const lndMacaroon = () => '0201036c6e64' + randomBytes(64).toString('hex')
const READ = ['info:read', 'offchain:read', 'onchain:read', 'invoices:read', 'address:read', 'message:read', 'peers:read']
const macaroons = {
  admin: { hex: lndMacaroon(), perms: null },
  invoice: { hex: lndMacaroon(), perms: ['invoices:read', 'invoices:write', 'address:read', 'address:write', 'onchain:read'] },
  readonly: { hex: lndMacaroon(), perms: READ }
}

class RpcError extends Error {
  constructor (code, message) { super(message); this.code = code }
}
const HTTP_OF = { 2: 500, 3: 400, 5: 404, 6: 409, 7: 403, 12: 501, 16: 401 }

const b64 = (hex) => Buffer.from(hex, 'hex').toString('base64')
const str = (n) => String(n)
const ZERO_PREIMAGE = '0'.repeat(64)

function int64 (value, name) {
  if (value === undefined || value === null || value === '') return 0n
  if ((typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value))) return BigInt(value)
  throw new RpcError(3, `proto: (line 1:1): invalid value for int64 field ${name}: ${JSON.stringify(value)}`)
}

function amountMsat (sat, msat) {
  if (sat !== 0n && msat !== 0n) throw new RpcError(2, 'sat and msat arguments are mutually exclusive')
  return sat !== 0n ? sat * 1000n : msat
}

function checkMacaroon (req, perm) {
  const hex = req.headers['grpc-metadata-macaroon']
  if (!hex) throw new RpcError(2, 'expected 1 macaroon, got 0')
  const bad = /[^0-9a-fA-F]/.exec(hex)
  if (bad) throw new RpcError(2, `encoding/hex: invalid byte: U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${bad[0]}'`)
  const mac = Object.values(macaroons).find(m => m.hex === hex.toLowerCase())
  if (!mac) throw new RpcError(2, 'verification failed: signature mismatch after caveat verification')
  if (mac.perms && !mac.perms.includes(perm)) throw new RpcError(2, 'permission denied')
}

function decodeForNode (payReq) {
  const d = decodeInvoice(payReq || '')
  if (d.error) throw new RpcError(2, d.error)
  if (d.network !== NETWORK_PREFIX[network]) throw new RpcError(2, `invoice not for current active network '${network}'`)
  return d
}

const STATUS = { pending: 'IN_FLIGHT', succeeded: 'SUCCEEDED', failed: 'FAILED' }

function failureReason (record) {
  if (record.status !== 'failed') return 'FAILURE_REASON_NONE'
  const r = record.reason || ''
  if (/not enough funds|insufficient/i.test(r)) return 'FAILURE_REASON_INSUFFICIENT_BALANCE'
  if (/already been paid|expired|incorrect/i.test(r)) return 'FAILURE_REASON_INCORRECT_PAYMENT_DETAILS'
  if (/offline|exhausted|no route|route fee/i.test(r)) return 'FAILURE_REASON_NO_ROUTE'
  return 'FAILURE_REASON_ERROR'
}

function paymentJson (record) {
  const sat = record.amountMsat / 1000n
  const feeSat = record.feeMsat / 1000n
  return {
    payment_hash: record.hash,
    value: str(sat),
    creation_date: str(Math.floor(record.createdMs / 1000)),
    fee: str(feeSat),
    payment_preimage: record.status === 'succeeded' ? record.preimage : ZERO_PREIMAGE,
    value_sat: str(sat),
    value_msat: str(record.amountMsat),
    payment_request: record.bolt11,
    status: STATUS[record.status],
    fee_sat: str(feeSat),
    fee_msat: str(record.feeMsat),
    creation_time_ns: str(BigInt(record.createdMs) * 1000000n),
    htlcs: [],
    payment_index: str(record.index),
    failure_reason: failureReason(record),
    first_hop_custom_records: {}
  }
}

async function getinfo () {
  const info = await backend.getinfo()
  return {
    version: '0.21.2-beta commit=v0.21.2-beta', commit_hash: '', identity_pubkey: info.nodeId, alias,
    color: '#3399ff', num_pending_channels: 0, num_active_channels: (info.channels || []).length,
    num_inactive_channels: 0, num_peers: 1, block_height: info.blockHeight || 0,
    block_hash: '0'.repeat(64), best_header_timestamp: str(Math.floor(Date.now() / 1000)),
    synced_to_chain: true, synced_to_graph: true, testnet: false,
    chains: [{ chain: 'bitcoin', network }], uris: [], features: {},
    require_htlc_interceptor: false, store_final_htlc_resolutions: false
  }
}

async function channelBalance () {
  const [bal, info] = await Promise.all([backend.getbalance(), backend.getinfo()])
  const local = BigInt(bal.balanceSat || 0)
  const remote = (info.channels || []).reduce((s, c) => s + BigInt(c.inboundLiquiditySat || 0), 0n)
  const amount = (sat) => ({ sat: str(sat), msat: str(sat * 1000n) })
  return {
    balance: str(local), pending_open_balance: '0', local_balance: amount(local),
    remote_balance: amount(remote), unsettled_local_balance: amount(0n),
    unsettled_remote_balance: amount(0n), pending_open_local_balance: amount(0n),
    pending_open_remote_balance: amount(0n)
  }
}

async function addInvoice (body) {
  const msat = amountMsat(int64(body.value, 'value'), int64(body.value_msat, 'value_msat'))
  if (msat < 0n) throw new RpcError(2, 'amount must not be negative')
  if (msat % 1000n !== 0n) throw new RpcError(2, 'emulator: the backend only creates invoices for whole satoshis')
  if (body.r_preimage) throw new RpcError(2, 'emulator: r_preimage is not supported by the backend')
  const expiry = int64(body.expiry, 'expiry') || 86400n
  const memo = typeof body.memo === 'string' ? body.memo : ''
  const descHash = body.description_hash ? Buffer.from(body.description_hash, 'base64').toString('hex') : undefined
  let created
  try {
    created = await backend.createInvoice(Number(msat / 1000n), memo, Number(expiry), descHash)
  } catch (e) {
    if (e instanceof BackendError && e.status === 400) throw new RpcError(2, e.message)
    throw e
  }
  const d = decodeInvoice(created.serialized)
  invoices.set(created.paymentHash, { addIndex: ++addIndex, memo, createdMs: Date.now() })
  watch.add(created.paymentHash, (d.timestamp + d.expiry) * 1000)
  publish(created.paymentHash)
  return { r_hash: b64(created.paymentHash), payment_request: created.serialized, add_index: str(addIndex), payment_addr: b64(d.secret || '') }
}

async function lookupInvoice (hashHex) {
  if (!/^[0-9a-fA-F]*$/.test(hashHex) || hashHex.length % 2) throw new RpcError(2, 'encoding/hex: invalid byte in hash')
  if (hashHex.length !== 64) throw new RpcError(2, `invalid hash length of ${hashHex.length / 2}, want 32`)
  const hash = hashHex.toLowerCase()
  const inc = await backend.incoming(hash)
  if (!inc) throw new RpcError(5, 'unable to locate invoice')
  const local = invoices.get(hash) || { addIndex: 0, memo: inc.description || '', createdMs: inc.createdAt }
  const d = decodeInvoice(inc.invoice || '')
  const state = inc.isPaid ? 'SETTLED' : (inc.isExpired || (inc.expiresAt && inc.expiresAt < Date.now()) ? 'CANCELED' : 'OPEN')
  if (state === 'SETTLED' && !local.settleIndex) local.settleIndex = ++settleIndex
  const valueSat = BigInt(inc.requestedSat || 0)
  const paidMsat = inc.isPaid ? BigInt(inc.receivedSat || 0) * 1000n : 0n
  return {
    memo: local.memo, r_preimage: b64(inc.preimage || ''), r_hash: b64(hash), value: str(valueSat),
    value_msat: str(valueSat * 1000n), settled: inc.isPaid === true,
    creation_date: str(Math.floor((inc.createdAt || local.createdMs) / 1000)),
    settle_date: str(inc.completedAt ? Math.floor(inc.completedAt / 1000) : 0),
    payment_request: inc.invoice || '', description_hash: d.descriptionHash ? b64(d.descriptionHash) : '',
    expiry: str(d.expiry ?? 86400), fallback_addr: '', cltv_expiry: str(d.cltv ?? 18), route_hints: [],
    private: false, add_index: str(local.addIndex), settle_index: str(local.settleIndex || 0),
    amt_paid: str(paidMsat), amt_paid_sat: str(paidMsat / 1000n), amt_paid_msat: str(paidMsat),
    state, htlcs: [], features: {}, is_keysend: false, payment_addr: b64(d.secret || ''), is_amp: false,
    amp_invoice_state: {}
  }
}

// The invoice as it is now, to every open subscription.
function publish (hash) {
  lookupInvoice(hash).then(json => { for (const out of subscribers) out.line({ result: json }) },
    e => log('invoice update failed:', e.message))
}

watch.on('paid', (hash) => {
  const local = invoices.get(hash)
  if (local && !local.settleIndex) local.settleIndex = ++settleIndex
  publish(hash)
})

function streamFault (out, fault) {
  if (fault.mode === 'reset') return out.kill()
  if (fault.mode === 'hang') { out.mode = 'hang'; return }
  out.res.write(fault.mode === 'status500'
    ? JSON.stringify({ error: { code: 2, message: 'transport is closing', details: [] } }) + '\n'
    : '{"result":{"memo":"')
  out.cut()
}

// SubscribeInvoices: the backlogs the indexes ask for, then live updates until the client leaves.
async function subscribeInvoices (query, out) {
  const addFrom = int64(query.get('add_index'), 'add_index')
  const settleFrom = int64(query.get('settle_index'), 'settle_index')
  if (addFrom < 0n || settleFrom < 0n) throw new RpcError(3, 'index must not be negative')
  if (out.done || out.res.destroyed) return
  const closed = new Promise(resolve => out.res.once('close', resolve))
  if (out.mode === 'none') { out.head(200); out.res.flushHeaders() }
  subscribers.add(out)
  const tick = setInterval(() => { const f = faults.take(SUBSCRIBE); if (f) streamFault(out, f) }, 100)
  try {
    const since = (key, from) => [...invoices].filter(([, e]) => from > 0n && BigInt(e[key] || 0) > from)
      .sort(([, a], [, b]) => a[key] - b[key]).map(([hash]) => hash)
    for (const hash of [...since('addIndex', addFrom), ...since('settleIndex', settleFrom)]) {
      out.line({ result: await lookupInvoice(hash) })
    }
    await closed
  } finally {
    subscribers.delete(out)
    clearInterval(tick)
    out.done = true
  }
}

const FEATURE_NAMES = { 8: 'tlv-onion', 9: 'tlv-onion', 14: 'payment-addr', 15: 'payment-addr', 16: 'multi-path-payments', 17: 'multi-path-payments' }

function decodePayReq (payReq) {
  const d = decodeForNode(payReq)
  const features = {}
  const bits = d.raw.tags.find(t => t.tagName === 'feature_bits')
  if (bits) {
    ['option_data_loss_protect', 'initial_routing_sync', 'option_upfront_shutdown_script', 'gossip_queries',
      'var_onion_optin', 'gossip_queries_ex', 'option_static_remotekey', 'payment_secret', 'basic_mpp',
      'option_support_large_channel'].forEach((name, i) => {
      const f = bits.data[name]
      const bit = f.required ? 2 * i : (f.supported ? 2 * i + 1 : null)
      if (bit !== null) features[bit] = { name: FEATURE_NAMES[bit] || 'unknown', is_required: f.required, is_known: bit in FEATURE_NAMES }
    })
  }
  return {
    destination: d.payee, payment_hash: d.hash, num_satoshis: str(d.msat / 1000n),
    timestamp: str(d.timestamp), expiry: str(d.expiry), description: d.description || '',
    description_hash: d.descriptionHash || '', fallback_addr: '', cltv_expiry: str(d.cltv),
    route_hints: [], payment_addr: b64(d.secret || ''), num_msat: str(d.msat), features, blinded_paths: []
  }
}

// SendPaymentV2: the checks lnd makes before the first message, then IN_FLIGHT and the end.
async function sendPayment (body, out, dry) {
  if (!body.payment_request) throw new RpcError(2, 'invalid vertex length of 0, want 33')
  const d = decodeForNode(body.payment_request)
  const given = amountMsat(int64(body.amt, 'amt'), int64(body.amt_msat, 'amt_msat'))
  if (d.msat === 0n && given === 0n) throw new RpcError(2, 'amount must be specified when paying a zero amount invoice')
  if (d.msat !== 0n && given !== 0n) throw new RpcError(2, 'amount must not be specified when paying a non-zero amount invoice')
  if (given % 1000n !== 0n) throw new RpcError(2, 'emulator: the backend pays whole satoshis only')
  const feeLimitMsat = amountMsat(int64(body.fee_limit_sat, 'fee_limit_sat'), int64(body.fee_limit_msat, 'fee_limit_msat'))
  // Re-read after the await: two sends for one hash must not both reach ledger.open.
  await ledger.lookup(d.hash)
  const previous = ledger.get(d.hash)
  if (previous && previous.status === 'succeeded') throw new RpcError(6, 'invoice is already paid')
  if (previous && previous.status === 'pending') throw new RpcError(6, 'payment is in transition')
  const record = dry
    ? { hash: d.hash, bolt11: body.payment_request, amountMsat: d.msat || given, feeMsat: 0n, createdMs: Date.now(), index: ledger.index + 1, status: 'pending' }
    : ledger.open(d.hash, body.payment_request, d.msat || given)
  out.launched({ result: paymentJson(record) }, { stream: true })
  if (dry) return
  let done
  if (feeLimitMsat < ledger.minRouteFeeMsat) done = Promise.resolve(ledger.refuse(record, 'no route within the fee limit'))
  else done = ledger.settle(record, d.msat === 0n ? Number(given / 1000n) : undefined)
  if (body.no_inflight_updates !== true) out.line({ result: paymentJson(record) })
  await done
  out.line({ result: paymentJson(record) })
}

async function trackPayment (segment, query, out) {
  let text
  try { text = decodeURIComponent(segment) } catch (e) { text = '%' }
  if (!/^[A-Za-z0-9+/_=-]+$/.test(text)) {
    throw new RpcError(3, 'type mismatch, parameter: payment_hash, error: illegal base64 data at input byte 0')
  }
  const raw = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
  if (raw.length !== 32) throw new RpcError(2, `invalid hash length of ${raw.length}, want 32`)
  const record = await ledger.lookup(raw.toString('hex'))
  if (!record) throw new RpcError(5, "payment isn't initiated")
  const quiet = query.get('no_inflight_updates') === 'true'
  if (record.status === 'pending' && !quiet) out.line({ result: paymentJson(record) })
  await ledger.waitTerminal(record)
  out.line({ result: paymentJson(record) })
}

// [method, regex, template, permission, stream, handler(match, body, out, ctx)]
const ROUTES = [
  ['GET', /^\/v1\/getinfo$/, '/v1/getinfo', 'info:read', false, () => getinfo()],
  ['GET', /^\/v1\/balance\/channels$/, '/v1/balance/channels', 'offchain:read', false, () => channelBalance()],
  ['POST', /^\/v1\/invoices$/, '/v1/invoices', 'invoices:write', false, (m, body) => addInvoice(body)],
  ['GET', /^\/v1\/invoices\/subscribe$/, SUBSCRIBE, 'invoices:read', true, (m, body, out, ctx) => subscribeInvoices(ctx.query, out)],
  ['GET', /^\/v1\/invoice\/([^/]+)$/, '/v1/invoice/{r_hash_str}', 'invoices:read', false, (m) => lookupInvoice(m[1])],
  ['GET', /^\/v1\/payreq\/([^/]+)$/, '/v1/payreq/{pay_req}', 'offchain:read', false, (m) => decodePayReq(decodeURIComponent(m[1]))],
  ['POST', /^\/v2\/router\/send$/, '/v2/router/send', 'offchain:write', true, (m, body, out, ctx) => sendPayment(body, out, ctx.dry)],
  ['GET', /^\/v2\/router\/track\/([^/]+)$/, '/v2/router/track/{payment_hash}', 'offchain:read', true, (m, body, out, ctx) => trackPayment(m[1], ctx.query, out)]
]

async function handle (req, res) {
  const url = new URL(req.url, 'http://localhost')
  if (await handleAdmin(req, res, url.pathname, { faults, stats, ledger })) return
  const unary = (status, obj) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(obj)) }
  const byPath = ROUTES.filter(r => r[1].test(url.pathname))
  const route = byPath.find(r => r[0] === req.method)
  if (!route) {
    stats.route(`${req.method} ${url.pathname}`)
    if (byPath.length) unary(501, { code: 12, message: 'Method Not Allowed', details: [] })
    else unary(404, { code: 5, message: 'Not Found', details: [] })
    return
  }
  const [method, regex, template, perm, stream, fn] = route
  stats.route(`${method} ${template}`)
  const fault = faults.take(url.pathname)
  const errorBody = stream
    ? { error: { code: 2, message: 'transport is closing', details: [] } }
    : { code: 2, message: 'transport is closing', details: [] }
  const out = new Out(res, fault, errorBody)
  const ctx = { dry: fault !== null && !fault.pay, query: url.searchParams }
  try {
    const text = await readBody(req)
    let body = {}
    if (method === 'POST' && text.trim() !== '') {
      try { body = JSON.parse(text) } catch (e) { throw new RpcError(3, `unexpected token in JSON body: ${e.message}`) }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new RpcError(3, 'proto: syntax error (line 1:1): unexpected token')
    }
    checkMacaroon(req, perm)
    const result = await fn(regex.exec(url.pathname), body, out, ctx)
    if (!stream) out.json(200, result)
  } catch (e) {
    if (!(e instanceof RpcError)) log(`${method} ${template} failed:`, e.message)
    const code = e instanceof RpcError ? e.code : 2
    if (stream) out.streamError(HTTP_OF[code] || 500, code, e.message)
    else out.json(HTTP_OF[code] || 500, { code, message: e.message, details: [] })
  }
  out.finish()
}

let nodeId = ''
try {
  nodeId = (await backend.getinfo()).nodeId
} catch (e) {
  log('backend unreachable:', e.message)
  process.exit(1)
}
const tls = makeCertificate('lnd autogenerated cert', ['localhost'])
serve({
  tls,
  port: args.port,
  handler: (req, res) => { handle(req, res).catch(e => { log('handler error:', e.message); res.destroy() }) },
  describe: (url) => ({
    url, tls_cert: tls.cert, admin_macaroon: macaroons.admin.hex, invoice_macaroon: macaroons.invoice.hex,
    readonly_macaroon: macaroons.readonly.hex, node_id: nodeId, network, admin: `${url}/_emulator`
  })
})
