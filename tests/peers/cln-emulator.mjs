// SPDX-License-Identifier: GPL-3.0-or-later
// A Core Lightning clnrest stand-in over a sandbox wallet's phoenixd API: the backend's blocking
// payinvoice moves the sats, this process keeps CLN's pay records and speaks clnrest's JSON.
//
// Documented (research/lightning.md §0, §0.1, §3; CLN rest.md, handlers.rs, shared.rs,
// doc/schemas): every RPC is POST /v1/<method> with named params; header Rune; success 201;
// missing rune 403 {"code":1501,"message":"Not authorized: Missing rune"}; invalid rune 401
// (checkrune's error, or {"code":1502,"message":"Rune is not valid"}); RPC errors 500
// {"code","message"}; unknown method 404 code -32601; msat fields are integers; invoice
// needs label and description, default expiry 604800, duplicate label error 900; xpay errors
// 203/205/207/209/219 (219 already paid) and no hash or status in its answer; pay answers an
// already-paid hash with the earlier success, errors 203/205/206/207/210; listpays uses
// `preimage`; decode of bolt11 gives type "bolt11 invoice".
// From CLN as remembered, not in lightning.md: "Unknown command '<m>'"; checkrune's text
// "Not permitted: method does not start with list AND …" with code 1502; -32602 for bad or
// missing parameters ("missing required parameter: label"); pay while a payment for the hash is
// pending is error 200 (PAY_IN_PROGRESS).
// waitanyinvoice (§3.1, §3.2; doc/schemas/waitanyinvoice.json): {lastpay_index?, timeout?}
// answers with the first invoice paid after lastpay_index (pay_index counts from 1; called "once
// with no arguments" it answers with the first invoice ever paid), in listinvoices' shape. From
// CLN as remembered, not in lightning.md: a timeout without a payment is error 904 "Timed out while
// waiting for invoice to be paid"; timeout 0 answers at once.
// Emulator choices: only invoices created through this emulator count; their payment is seen by
// polling the backend every 200 ms (or when listinvoices shows them paid), and pay_index follows
// that order. Faults on /v1/waitanyinvoice act on the request as it arrives, like any route.
// Other emulator choices: xpay on a pending hash also answers 200; the readonly rune also allows
// decode; the emulated route fee is 0 msat unless set with POST /_emulator/fees; a maxfee below
// it fails with 205 (xpay) or 206 (pay) before the backend is asked; expiry is left to the
// backend; backends take whole satoshis.
import { randomBytes } from 'node:crypto'
import {
  Backend, BackendError, Faults, InvoiceWatch, Ledger, NETWORK_PREFIX, Out, Stats, decodeInvoice, handleAdmin,
  log, makeCertificate, parseArgs, readBody, serve
} from './emulator-kit.mjs'

const args = parseArgs(process.argv.slice(2), {
  backend: 'required', 'backend-password': 'required', network: 'required', port: 'value',
  'no-xpay': 'flag', http: 'flag', alias: 'value'
})
const network = args.network
const alias = args.alias || 'lightwork-cln'
const backend = new Backend(args.backend, args['backend-password'])
const stats = new Stats()
const faults = new Faults()
const ledger = new Ledger(backend, stats)
const invoicesByLabel = new Map() // label → {label, hash, bolt11, description, createdIndex, expiresAt, amountMsat}
let createdIndex = 0
let payIndex = 0
const watch = new InvoiceWatch(backend)
const byHash = new Map() // hash → the invoicesByLabel entry

const rune = (restrictions) => Buffer.concat([randomBytes(32), Buffer.from(restrictions)]).toString('base64url')
const READONLY_ALTERNATIVES = [['list', '^'], ['get', '^'], ['summary', '='], ['decode', '=']]
const runes = {
  admin: rune('=0'),
  readonly: rune('=1&' + READONLY_ALTERNATIVES.map(([v, op]) => `method${op}${v}`).join('|'))
}

class RpcError extends Error {
  constructor (code, message, status = 500) { super(message); this.code = code; this.status = status }
}

function checkRune (req, method) {
  const given = req.headers.rune
  if (!given) throw new RpcError(1501, 'Not authorized: Missing rune', 403)
  if (given === runes.admin) return
  if (given !== runes.readonly) throw new RpcError(1502, 'Rune is not valid', 401)
  const allowed = READONLY_ALTERNATIVES.some(([v, op]) => op === '^' ? method.startsWith(v) : method === v)
  if (!allowed) {
    const why = READONLY_ALTERNATIVES.map(([v, op]) => op === '^' ? `method does not start with ${v}` : `method is not equal to ${v}`)
    throw new RpcError(1502, 'Not permitted: ' + why.join(' AND '), 401)
  }
}

function required (params, name) {
  if (params[name] === undefined || params[name] === null) throw new RpcError(-32602, `missing required parameter: ${name}`)
  return params[name]
}

// msat parameters: integers, "123msat", "5sat", or numeric strings.
function msatParam (params, name) {
  const v = params[name]
  if (v === undefined || v === null) return null
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return BigInt(v)
  const m = typeof v === 'string' && /^(\d+)(msat|sat)?$/.exec(v)
  if (!m) throw new RpcError(-32602, `${name}: should be a millisatoshi amount: invalid token '${JSON.stringify(v)}'`)
  return BigInt(m[1]) * (m[2] === 'sat' ? 1000n : 1n)
}

function decodeForNode (text, param) {
  const d = decodeInvoice(typeof text === 'string' ? text : '')
  if (d.error) throw new RpcError(-32602, `${param}: Invalid bolt11: ${d.error}`)
  if (d.network !== NETWORK_PREFIX[network]) throw new RpcError(-32602, `${param}: Invoice is for another network`)
  return d
}

async function getinfo () {
  const info = await backend.getinfo()
  return {
    id: info.nodeId, alias, color: '3399ff', num_peers: 1, num_pending_channels: 0,
    num_active_channels: (info.channels || []).length, num_inactive_channels: 0, address: [],
    binding: [{ type: 'ipv4', address: '127.0.0.1', port: 9735 }], version: 'v26.06.6',
    blockheight: info.blockHeight || 0, network, fees_collected_msat: 0,
    'lightning-dir': `/var/lib/lightning/${network}`, our_features: { init: '08a0000a0a69a2', node: '88a0000a0a69a2', channel: '', invoice: '02000002024100' }
  }
}

async function listfunds () {
  const [bal, info] = await Promise.all([backend.getbalance(), backend.getinfo()])
  const channels = (info.channels || []).map((c, i) => ({
    peer_id: '03' + '11'.repeat(32), connected: true, state: 'CHANNELD_NORMAL',
    channel_id: Buffer.from(String(c.channelId || i)).toString('hex').padEnd(64, '0').slice(0, 64),
    short_channel_id: `${100 + i}x1x0`, our_amount_msat: i === 0 ? Number(bal.balanceSat || 0) * 1000 : 0,
    amount_msat: Number(c.capacitySat || 0) * 1000, funding_txid: c.fundingTxId || '0'.repeat(64), funding_output: 0
  }))
  return { outputs: [], channels }
}

async function invoice (params) {
  const amountRaw = required(params, 'amount_msat')
  const label = String(required(params, 'label'))
  const description = required(params, 'description')
  if (typeof description !== 'string') throw new RpcError(-32602, 'description: should be a string')
  const msat = amountRaw === 'any' ? 0n : msatParam(params, 'amount_msat')
  if (msat % 1000n !== 0n) throw new RpcError(-1, 'emulator: the backend only creates invoices for whole satoshis')
  if (invoicesByLabel.has(label)) throw new RpcError(900, `Duplicate label '${label}'`)
  const expiry = params.expiry === undefined ? 604800 : Number(params.expiry)
  if (!Number.isInteger(expiry) || expiry <= 0) throw new RpcError(-32602, 'expiry: should be an unsigned 64 bit integer')
  let created
  try {
    created = await backend.createInvoice(Number(msat / 1000n), description, expiry)
  } catch (e) {
    if (e instanceof BackendError && e.status === 400) throw new RpcError(-1, e.message)
    throw e
  }
  const d = decodeInvoice(created.serialized)
  const entry = {
    label, hash: created.paymentHash, bolt11: created.serialized, description, createdIndex: ++createdIndex,
    expiresAt: d.timestamp + d.expiry, amountMsat: msat
  }
  invoicesByLabel.set(label, entry)
  byHash.set(entry.hash, entry)
  watch.add(entry.hash, entry.expiresAt * 1000)
  return { payment_hash: entry.hash, expires_at: entry.expiresAt, bolt11: entry.bolt11, payment_secret: d.secret, created_index: entry.createdIndex }
}

async function invoiceJson (entry) {
  const inc = await backend.incoming(entry.hash)
  const status = inc && inc.isPaid ? 'paid' : ((inc && inc.isExpired) || entry.expiresAt * 1000 < Date.now() ? 'expired' : 'unpaid')
  const out = {
    label: entry.label, bolt11: entry.bolt11, payment_hash: entry.hash, status, description: entry.description,
    expires_at: entry.expiresAt, created_index: entry.createdIndex
  }
  if (entry.amountMsat) out.amount_msat = Number(entry.amountMsat)
  if (status === 'paid') {
    markPaid(entry)
    Object.assign(out, {
      pay_index: entry.payIndex, amount_received_msat: Number(inc.receivedSat || 0) * 1000,
      paid_at: Math.floor((inc.completedAt || Date.now()) / 1000), payment_preimage: inc.preimage, updated_index: entry.payIndex
    })
  }
  return out
}

function markPaid (entry) {
  if (entry.payIndex) return
  entry.payIndex = ++payIndex
  watch.emit('indexed', entry)
}
watch.on('paid', (hash) => { const entry = byHash.get(hash); if (entry) markPaid(entry) })

function countParam (params, name) {
  const v = params[name]
  if (v === undefined || v === null) return null
  if (!Number.isSafeInteger(v) || v < 0) throw new RpcError(-32602, `${name}: should be an unsigned 64 bit integer: invalid token '${JSON.stringify(v)}'`)
  return v
}

async function waitanyinvoice (params, res) {
  const after = countParam(params, 'lastpay_index') ?? 0
  const timeout = countParam(params, 'timeout')
  const next = () => [...byHash.values()].filter(e => e.payIndex > after).sort((a, b) => a.payIndex - b.payIndex)[0]
  let entry = next()
  if (!entry && timeout !== 0) {
    entry = await new Promise(resolve => {
      const done = (value) => { clearTimeout(timer); watch.off('indexed', seen); res.off('close', gone); resolve(value) }
      const seen = () => { const e = next(); if (e) done(e) }
      const gone = () => done(null)
      const timer = timeout === null ? null : setTimeout(() => done(null), timeout * 1000)
      watch.on('indexed', seen)
      res.once('close', gone)
    })
  }
  if (!entry) throw new RpcError(904, 'Timed out while waiting for invoice to be paid')
  return invoiceJson(entry)
}

async function listinvoices (params) {
  let entries = [...invoicesByLabel.values()]
  if (params.label !== undefined) entries = entries.filter(e => e.label === String(params.label))
  if (params.invstring !== undefined) entries = entries.filter(e => e.bolt11 === params.invstring)
  if (params.payment_hash !== undefined) {
    const hash = String(params.payment_hash)
    if (!/^[0-9a-f]{64}$/i.test(hash)) throw new RpcError(-32602, 'payment_hash: should be a 32 byte hex value')
    entries = entries.filter(e => e.hash === hash.toLowerCase())
    if (entries.length === 0) {
      // An invoice the backend wallet made itself is still one of this node's invoices.
      const inc = await backend.incoming(hash.toLowerCase())
      if (inc) {
        const d = decodeInvoice(inc.invoice || '')
        entries = [{ label: hash.toLowerCase(), hash: hash.toLowerCase(), bolt11: inc.invoice, description: inc.description || '', createdIndex: 0, expiresAt: Math.floor((inc.expiresAt || 0) / 1000), amountMsat: d.msat || 0n }]
      }
    }
  }
  return { invoices: await Promise.all(entries.map(invoiceJson)) }
}

function failureOf (record, flavour) {
  const r = record.reason || ''
  if (/not enough funds|insufficient/i.test(r)) return new RpcError(205, `Failed: ${r}`)
  if (/route fee|no route/i.test(r)) return flavour === 'pay' ? new RpcError(206, 'Route wanted fee of more than our maxfee') : new RpcError(205, 'Failed: could not find a route within maxfee')
  if (/expired/i.test(r)) return new RpcError(207, 'Invoice expired')
  if (/already been paid|incorrect/i.test(r)) return new RpcError(203, 'Destination said it doesn\'t know invoice: incorrect_or_unknown_payment_details')
  return flavour === 'pay' ? new RpcError(210, `Ran out of routes to try after 1 attempt: ${r}`) : new RpcError(209, `Failed after 1 attempts. ${r}`)
}

// Shared by xpay and pay: checks, the duplicate guard, the backend payment.
async function payCommon (params, out, dry, flavour) {
  const param = flavour === 'xpay' ? 'invstring' : (params.bolt11 !== undefined ? 'bolt11' : 'invstring')
  const d = decodeForNode(required(params, param), param)
  const given = msatParam(params, 'amount_msat')
  if (d.msat === 0n && given === null) throw new RpcError(-32602, 'amount_msat: Must specify amount_msat for amountless invoice')
  if (d.msat !== 0n && given !== null) throw new RpcError(-32602, 'amount_msat: amount_msat parameter unnecessary')
  if (given !== null && given % 1000n !== 0n) throw new RpcError(-1, 'emulator: the backend pays whole satoshis only')
  const amount = d.msat || given
  let maxfee = msatParam(params, 'maxfee')
  if (maxfee === null) {
    const percent = flavour === 'pay' && params.maxfeepercent !== undefined ? Number(params.maxfeepercent) : (flavour === 'pay' ? 0.5 : 1)
    const exempt = flavour === 'pay' ? (msatParam(params, 'exemptfee') ?? 5000n) : 5000n
    const pct = BigInt(Math.floor(Number(amount) * percent / 100))
    maxfee = pct > exempt ? pct : exempt
  }
  // Re-read after the await: two payments of one hash must not both reach ledger.open.
  await ledger.lookup(d.hash)
  const previous = ledger.get(d.hash)
  if (previous && previous.status === 'succeeded') {
    if (flavour === 'xpay') throw new RpcError(219, 'Invoice has already been paid')
    return { d, record: previous }
  }
  if (previous && previous.status === 'pending') throw new RpcError(200, 'Payment is in progress')
  const record = dry ? null : ledger.open(d.hash, d.raw.paymentRequest, amount)
  out.launched(flavour === 'xpay'
    ? { payment_preimage: '0'.repeat(64), failed_parts: 0, successful_parts: 1, amount_msat: Number(amount), amount_sent_msat: Number(amount) }
    : { destination: d.payee, payment_hash: d.hash, created_at: Date.now() / 1000, parts: 1, amount_msat: Number(amount), amount_sent_msat: Number(amount), payment_preimage: '0'.repeat(64), status: 'complete' },
  { status: 201 })
  if (dry) return null
  if (maxfee < ledger.minRouteFeeMsat) ledger.refuse(record, 'no route within the fee limit')
  else await ledger.settle(record, d.msat === 0n ? Number(given / 1000n) : undefined)
  if (record.status !== 'succeeded') throw failureOf(record, flavour)
  return { d, record }
}

async function xpay (params, out, dry) {
  const done = await payCommon(params, out, dry, 'xpay')
  if (!done) return null
  const { record } = done
  return {
    payment_preimage: record.preimage, failed_parts: 0, successful_parts: 1,
    amount_msat: Number(record.amountMsat), amount_sent_msat: Number(record.amountMsat + record.feeMsat)
  }
}

async function pay (params, out, dry) {
  const done = await payCommon(params, out, dry, 'pay')
  if (!done) return null
  const { d, record } = done
  return {
    destination: d.payee, payment_hash: record.hash, created_at: record.createdMs / 1000, parts: 1,
    amount_msat: Number(record.amountMsat), amount_sent_msat: Number(record.amountMsat + record.feeMsat),
    payment_preimage: record.preimage, status: 'complete'
  }
}

const PAY_STATUS = { pending: 'pending', succeeded: 'complete', failed: 'failed' }

async function listpays (params) {
  let hashes = [...ledger.records.keys()]
  if (params.payment_hash !== undefined) {
    const hash = String(params.payment_hash).toLowerCase()
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new RpcError(-32602, 'payment_hash: should be a 32 byte hex value')
    hashes = [hash]
  } else if (params.bolt11 !== undefined) {
    hashes = [decodeForNode(params.bolt11, 'bolt11').hash]
  }
  const records = (await Promise.all(hashes.map(h => ledger.lookup(h)))).filter(Boolean)
  const pays = records
    .filter(r => params.status === undefined || PAY_STATUS[r.status] === params.status)
    .map(r => {
      const d = decodeInvoice(r.bolt11 || '')
      const p = { payment_hash: r.hash, status: PAY_STATUS[r.status], destination: d.payee, created_at: Math.floor(r.createdMs / 1000), bolt11: r.bolt11 }
      if (r.completedMs) p.completed_at = Math.floor(r.completedMs / 1000)
      if (r.status === 'succeeded') {
        Object.assign(p, { amount_msat: Number(r.amountMsat), amount_sent_msat: Number(r.amountMsat + r.feeMsat), preimage: r.preimage, number_of_parts: 1 })
      }
      return p
    })
  return { pays }
}

function decode (params) {
  const text = required(params, 'string')
  const d = decodeInvoice(typeof text === 'string' ? text : '')
  if (d.error) throw new RpcError(-32602, `string: Unparsable string: ${d.error}`)
  const out = {
    type: 'bolt11 invoice', valid: true, currency: d.network, created_at: d.timestamp, expiry: d.expiry,
    payee: d.payee, payment_hash: d.hash, signature: d.signature, min_final_cltv_expiry: d.cltv,
    payment_secret: d.secret, features: ''
  }
  if (d.msat !== 0n) out.amount_msat = Number(d.msat)
  if (d.description !== undefined) out.description = d.description
  if (d.descriptionHash !== undefined) out.description_hash = d.descriptionHash
  return out
}

const METHODS = {
  getinfo: () => getinfo(),
  listfunds: () => listfunds(),
  invoice: (p) => invoice(p),
  listinvoices: (p) => listinvoices(p),
  waitanyinvoice: (p, out) => waitanyinvoice(p, out.res),
  xpay: (p, out, ctx) => xpay(p, out, ctx.dry),
  pay: (p, out, ctx) => pay(p, out, ctx.dry),
  listpays: (p) => listpays(p),
  decode: (p) => decode(p)
}
if (args['no-xpay']) delete METHODS.xpay

async function handle (req, res) {
  const url = new URL(req.url, 'http://localhost')
  if (await handleAdmin(req, res, url.pathname, { faults, stats, ledger })) return
  const m = /^\/v1\/([A-Za-z0-9_-]+)$/.exec(url.pathname)
  stats.route(`${req.method} ${url.pathname}`)
  if (!m || req.method !== 'POST') {
    res.writeHead(m ? 405 : 404, { 'Content-Type': 'text/plain' })
    res.end(m ? 'Method Not Allowed' : 'Not Found')
    return
  }
  const method = m[1]
  const fault = faults.take(url.pathname)
  const out = new Out(res, fault, { code: -1, message: `Plugin terminated before replying to RPC call ${method}` })
  const ctx = { dry: fault !== null && !fault.pay }
  try {
    const text = await readBody(req)
    checkRune(req, method)
    let params = {}
    if (text.trim() !== '') {
      try { params = JSON.parse(text) } catch (e) { throw new RpcError(-32700, `Failed to parse request body: ${e.message}`, 400) }
      if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new RpcError(-32602, 'params must be an object', 400)
    }
    const fn = METHODS[method]
    if (!fn) throw new RpcError(-32601, `Unknown command '${method}'`, 404)
    const result = await fn(params, out, ctx)
    out.json(201, result)
  } catch (e) {
    if (!(e instanceof RpcError)) log(`${method} failed:`, e.message)
    const code = e instanceof RpcError ? e.code : -1
    out.json(e instanceof RpcError ? e.status : 500, { code, message: e.message })
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
const tls = args.http ? null : makeCertificate('cln Root REST CA', ['cln', 'localhost'])
serve({
  tls,
  port: args.port,
  handler: (req, res) => { handle(req, res).catch(e => { log('handler error:', e.message); res.destroy() }) },
  describe: (url) => {
    const line = { url, rune: runes.admin, readonly_rune: runes.readonly, node_id: nodeId, network, admin: `${url}/_emulator`, xpay: !args['no-xpay'] }
    if (tls) line.tls_cert = tls.cert
    return line
  }
})
