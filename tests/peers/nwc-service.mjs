// SPDX-License-Identifier: GPL-3.0-or-later
// A Nostr Wallet Connect wallet service for the tests: @getalby/sdk's NWCWalletService over a
// ledger that calls a phoenixd API (the sandbox's), so paying moves real sandbox sats.
//
//   node nwc-service.mjs --relay ws://127.0.0.1:P [--relay …] --backend http://…/phoenixd
//        --backend-password PW [--encryption nip44_v2|nip04|both] [--methods a,b,…]
//        [--notifications] [--lud16 name@host] [--seed N] [--network regtest] [--alias TEXT]
//        [--payment-failed-code CODE] [--admin-port N]
//
// Prints one JSON line once subscribed on every relay and the info event (13194) is stored:
//   {"uri":"nostr+walletconnect://…","wallet_pubkey":"…","client_pubkey":"…","admin":"http://127.0.0.1:N"}
// Admin routes (JSON bodies; "method" optionally limits a knob to one NIP-47 method):
//   POST /delay-pay {"ms":N}                          hold pay_invoice N ms, then pay
//   POST /drop-next-response {"count":N}              perform the next N requests, publish nothing
//   POST /error-next {"code":"RATE_LIMITED","count":N,"message"?}  answer with that error, do nothing
//   POST /ignore-next {"count":N}                     neither perform nor answer
//   POST /reset                                       clear every knob
//   GET  /stats                                       per-method counts, payments per payment_hash
//
// What the SDK lacks and this adds: the info event carries the chosen encryption tag and is
// re-published whenever a relay (re)connects (a restarted relay has an empty store); requests
// are deduplicated by id, expired ones (NIP-40) and pay/make requests older than 6 h are ignored,
// a scheme the service does not accept gets UNSUPPORTED_ENCRYPTION (NIP-44 when accepted, as
// Alby Hub does), undecryptable requests get BAD_REQUEST, and notifications are published.
import crypto from 'node:crypto'
import http from 'node:http'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
globalThis.WebSocket ??= require('ws')
const { NWCWalletService, NWCWalletServiceKeyPair } = await import('@getalby/sdk/nwc')
const { finalizeEvent, getPublicKey } = await import('nostr-tools/pure')
const nip44 = await import('nostr-tools/nip44')
const nip04 = await import('nostr-tools/nip04')
const bolt11 = require('bolt11')

console.log = console.info = console.debug = (...args) => console.error(...args)
const log = (...args) => console.error('[nwc-service]', ...args)
process.on('unhandledRejection', (err) => log('publish failed:', err?.message ?? String(err)))

const ALL_METHODS = ['pay_invoice', 'get_balance', 'get_info', 'make_invoice', 'lookup_invoice']
const STALE_SECONDS = 6 * 3600
const nowSeconds = () => Math.floor(Date.now() / 1000)
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms))
const isHex64 = (s) => typeof s === 'string' && /^[0-9a-f]{64}$/.test(s)

function parseArgs (argv) {
  const o = { relays: [], encryption: 'both', methods: ALL_METHODS, notifications: false, network: null, alias: 'Lightwork test wallet', paymentFailedCode: 'PAYMENT_FAILED', adminPort: 0 }
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i]
    const value = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i] }
    if (a === '--relay') o.relays.push(value())
    else if (a === '--backend') o.backend = value().replace(/\/+$/, '')
    else if (a === '--backend-password') o.password = value()
    else if (a === '--encryption') o.encryption = value()
    else if (a === '--methods') o.methods = value().split(',').map(s => s.trim()).filter(Boolean)
    else if (a === '--notifications') o.notifications = true
    else if (a === '--lud16') o.lud16 = value()
    else if (a === '--seed') o.seed = value()
    else if (a === '--network') o.network = value()
    else if (a === '--alias') o.alias = value()
    else if (a === '--payment-failed-code') o.paymentFailedCode = value()
    else if (a === '--admin-port') o.adminPort = Number(value())
    else throw new Error(`unknown argument ${a}`)
  }
  if (o.relays.length === 0) throw new Error('need at least one --relay')
  if (!o.backend || !o.password) throw new Error('need --backend and --backend-password')
  if (!['nip44_v2', 'nip04', 'both'].includes(o.encryption)) throw new Error('bad --encryption')
  const unknown = o.methods.filter(m => !ALL_METHODS.includes(m))
  if (unknown.length) throw new Error(`unknown method ${unknown.join(',')}`)
  return o
}

function secretFor (role, seed) {
  if (seed === undefined) return crypto.randomBytes(32)
  return crypto.createHash('sha256').update(`lightwork-nwc-${role}-${seed}`).digest()
}

function decodeInvoice (text) {
  const d = bolt11.decode(text)
  const tag = (name) => d.tags.find(t => t.tagName === name)?.data
  return {
    paymentHash: tag('payment_hash'),
    msat: d.millisatoshis ? Number(d.millisatoshis) : null,
    description: tag('description'),
    descriptionHash: tag('purpose_commit_hash'),
    createdAt: d.timestamp,
    expiresAt: d.timeExpireDate ?? (d.timestamp + 3600)
  }
}

const fail = (code, message) => ({ result: undefined, error: { code, message } })
const ok = (result) => ({ result, error: undefined })

// The phoenixd HTTP API: form bodies, Basic auth with an empty user.
class Phoenixd {
  constructor (url, password) {
    this.url = url
    this.auth = 'Basic ' + Buffer.from(':' + password).toString('base64')
  }

  async call (method, path, form, timeoutMs = 15000) {
    const init = { method, headers: { authorization: this.auth }, signal: AbortSignal.timeout(timeoutMs) }
    if (form) {
      init.body = new URLSearchParams(form).toString()
      init.headers['content-type'] = 'application/x-www-form-urlencoded'
    }
    const res = await fetch(this.url + path, init)
    const text = await res.text()
    let json = null
    try { json = JSON.parse(text) } catch {}
    return { status: res.status, text: text.slice(0, 300), json }
  }
}

// Backend answers → NIP-47 errors, the way real services report them (nwc.md §9.2).
function backendError (res) {
  if (res.status === 400) return fail('OTHER', `backend rejected the request: ${res.text}`)
  if (res.status === 401) return fail('UNAUTHORIZED', 'backend refused the credentials')
  return fail('INTERNAL', `backend answered HTTP ${res.status}`)
}

class Ledger {
  constructor (opts, stats, notifier) {
    this.opts = opts
    this.stats = stats
    this.notifier = notifier
    this.backend = new Phoenixd(opts.backend, opts.password)
    this.paid = new Map() // payment_hash -> invoice, for payments this service made
    this.created = new Map() // payment_hash -> transaction, invoices this service made, unpaid
    this.delayPayMs = 0
  }

  handler () {
    const all = {
      getInfo: () => this.getInfo(),
      getBalance: () => this.getBalance(),
      makeInvoice: (p) => this.makeInvoice(p ?? {}),
      payInvoice: (p) => this.payInvoice(p ?? {}),
      lookupInvoice: (p) => this.lookupInvoice(p ?? {})
    }
    const names = { get_info: 'getInfo', get_balance: 'getBalance', make_invoice: 'makeInvoice', pay_invoice: 'payInvoice', lookup_invoice: 'lookupInvoice' }
    const handler = {}
    for (const method of this.opts.methods) handler[names[method]] = this.guarded(all[names[method]])
    return handler
  }

  guarded (fn) {
    return async (p) => {
      try { return await fn(p) } catch (err) {
        log('backend call failed:', err?.message ?? err)
        return fail('INTERNAL', `backend unavailable: ${err?.name ?? 'error'}`)
      }
    }
  }

  async getInfo () {
    const res = await this.backend.call('GET', '/getinfo')
    if (res.status !== 200 || !res.json) return backendError(res)
    const chains = { mainnet: 'mainnet', testnet: 'testnet', regtest: 'regtest', signet: 'signet' }
    const result = {
      alias: this.opts.alias,
      color: '#f7931a',
      pubkey: res.json.nodeId,
      network: this.opts.network ?? chains[res.json.chain] ?? 'mainnet',
      block_height: res.json.blockHeight,
      methods: this.opts.methods
    }
    if (this.opts.notifications) result.notifications = ['payment_received', 'payment_sent']
    return ok(result)
  }

  async getBalance () {
    const res = await this.backend.call('GET', '/getbalance')
    if (res.status !== 200 || !Number.isFinite(res.json?.balanceSat)) return backendError(res)
    return ok({ balance: res.json.balanceSat * 1000 })
  }

  async makeInvoice (p) {
    const amount = p.amount ?? 0
    if (!Number.isSafeInteger(amount) || amount < 0) return fail('OTHER', 'amount must be a non-negative integer (msat)')
    if (amount % 1000 !== 0) return fail('OTHER', 'amount must be a whole number of satoshis')
    const form = {}
    if (amount > 0) form.amountSat = String(amount / 1000)
    if (typeof p.description_hash === 'string' && p.description_hash !== '') form.descriptionHash = p.description_hash
    else form.description = typeof p.description === 'string' ? p.description : ''
    if (Number.isSafeInteger(p.expiry) && p.expiry > 0) form.expirySeconds = String(p.expiry)
    const res = await this.backend.call('POST', '/createinvoice', form)
    if (res.status !== 200 || typeof res.json?.serialized !== 'string') return backendError(res)
    const d = decodeInvoice(res.json.serialized)
    const tx = {
      type: 'incoming',
      state: 'pending',
      invoice: res.json.serialized,
      description: d.description ?? '',
      description_hash: d.descriptionHash ?? '',
      preimage: '',
      payment_hash: res.json.paymentHash,
      amount: d.msat ?? amount,
      fees_paid: 0,
      created_at: d.createdAt,
      expires_at: d.expiresAt
    }
    if (p.metadata && typeof p.metadata === 'object') tx.metadata = p.metadata
    this.created.set(tx.payment_hash, tx)
    return ok(tx)
  }

  async payInvoice (p) {
    if (typeof p.invoice !== 'string' || p.invoice === '') return fail('OTHER', 'invoice is missing')
    let d
    try { d = decodeInvoice(p.invoice) } catch { return fail('OTHER', 'invoice could not be decoded') }
    const form = { invoice: p.invoice }
    if (d.msat === null) {
      // phoenixd's amountSat overrides an invoice's own amount, so send it for amountless ones only.
      if (!Number.isSafeInteger(p.amount) || p.amount <= 0) return fail('OTHER', 'amount is required for an invoice without one')
      if (p.amount % 1000 !== 0) return fail('OTHER', 'amount must be a whole number of satoshis')
      form.amountSat = String(p.amount / 1000)
    }
    if (this.delayPayMs > 0) await sleep(this.delayPayMs)
    const record = this.stats.payments[d.paymentHash] ??= { attempts: 0, paid: 0, failed: 0 }
    record.attempts += 1
    this.paid.set(d.paymentHash, p.invoice)
    let res
    try {
      res = await this.backend.call('POST', '/payinvoice', form, 120000)
    } catch (err) {
      // The payment may have left: report it as an internal error, never as a failure.
      log('payinvoice did not answer:', err?.name)
      return fail('INTERNAL', 'backend did not answer; the payment may be in flight')
    }
    if (res.status !== 200 || !res.json) return backendError(res)
    if (typeof res.json.paymentPreimage === 'string') {
      record.paid += 1
      const fees = Math.round((res.json.routingFeeSat ?? 0) * 1000)
      const amount = d.msat ?? Number(form.amountSat) * 1000
      this.notifier.publish('payment_sent', {
        type: 'outgoing',
        state: 'settled',
        invoice: p.invoice,
        description: d.description ?? '',
        description_hash: d.descriptionHash ?? '',
        preimage: res.json.paymentPreimage,
        payment_hash: d.paymentHash,
        amount,
        fees_paid: fees,
        created_at: nowSeconds(),
        expires_at: d.expiresAt,
        settled_at: nowSeconds()
      })
      return ok({ preimage: res.json.paymentPreimage, fees_paid: fees })
    }
    record.failed += 1
    const reason = String(res.json.reason ?? 'payment failed')
    if (/not enough funds/i.test(reason)) return fail('INSUFFICIENT_BALANCE', reason)
    if (/in progress/i.test(reason)) return fail('INTERNAL', reason)
    return fail(this.opts.paymentFailedCode, reason)
  }

  async lookupInvoice (p) {
    let hash = p.payment_hash
    if (hash === undefined && typeof p.invoice === 'string') {
      try { hash = decodeInvoice(p.invoice).paymentHash } catch { return fail('OTHER', 'invoice could not be decoded') }
    }
    if (!isHex64(hash)) return fail('OTHER', 'payment_hash or invoice is required')
    const order = this.paid.has(hash) ? ['outgoing', 'incoming'] : ['incoming', 'outgoing']
    for (const type of order) {
      const path = type === 'incoming' ? `/payments/incoming/${hash}` : `/payments/outgoingbyhash/${hash}`
      const res = await this.backend.call('GET', path)
      if (res.status === 404) continue
      if (res.status !== 200 || !res.json) return backendError(res)
      return ok(type === 'incoming' ? incomingTx(res.json) : outgoingTx(res.json, this.paid.get(hash)))
    }
    return fail('NOT_FOUND', 'no payment with that hash')
  }

  // Invoices this service created that got paid become payment_received notifications.
  async pollIncoming () {
    for (const [hash, tx] of this.created) {
      if (tx.expires_at < nowSeconds() - 60) { this.created.delete(hash); continue }
      const res = await this.backend.call('GET', `/payments/incoming/${hash}`)
      if (res.status !== 200 || !res.json?.isPaid) continue
      this.created.delete(hash)
      this.notifier.publish('payment_received', incomingTx(res.json))
    }
  }
}

const seconds = (ms) => (Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined)

function incomingTx (j) {
  const settled = j.isPaid === true
  const tx = {
    type: 'incoming',
    state: settled ? 'settled' : j.isExpired ? 'expired' : 'pending',
    invoice: j.invoice ?? '',
    description: j.description ?? '',
    preimage: settled ? (j.preimage ?? '') : '',
    payment_hash: j.paymentHash,
    amount: ((settled ? j.receivedSat : j.requestedSat) ?? 0) * 1000,
    fees_paid: j.fees ?? 0,
    created_at: seconds(j.createdAt),
    expires_at: seconds(j.expiresAt)
  }
  if (settled) tx.settled_at = seconds(j.completedAt)
  return tx
}

function outgoingTx (j, knownInvoice) {
  const invoice = j.invoice ?? knownInvoice ?? ''
  let d = null
  try { d = invoice ? decodeInvoice(invoice) : null } catch {}
  const settled = j.isPaid === true
  const tx = {
    type: 'outgoing',
    state: settled ? 'settled' : j.completedAt ? 'failed' : 'pending',
    invoice,
    description: d?.description ?? '',
    preimage: settled ? (j.preimage ?? '') : '',
    payment_hash: j.paymentHash,
    amount: d?.msat ?? (j.sent ?? 0) * 1000,
    fees_paid: j.fees ?? 0,
    created_at: seconds(j.createdAt),
    expires_at: d?.expiresAt
  }
  if (settled) tx.settled_at = seconds(j.completedAt)
  return tx
}

// payment_received / payment_sent: 23197 (NIP-44) and/or 23196 (NIP-04), per accepted scheme.
class Notifier {
  constructor (opts, keys, pool, stats) {
    this.enabled = opts.notifications
    this.kinds = []
    if (opts.encryption !== 'nip04') this.kinds.push(23197)
    if (opts.encryption !== 'nip44_v2') this.kinds.push(23196)
    Object.assign(this, { opts, keys, pool, stats })
  }

  async publish (type, transaction) {
    if (!this.enabled) return
    this.stats.notifications[type] = (this.stats.notifications[type] ?? 0) + 1
    const plaintext = JSON.stringify({ notification_type: type, notification: transaction })
    for (const kind of this.kinds) {
      const content = kind === 23197
        ? nip44.encrypt(plaintext, nip44.getConversationKey(this.keys.walletSecret, this.keys.clientPubkey))
        : await nip04.encrypt(this.keys.walletSecret, this.keys.clientPubkey, plaintext)
      const event = finalizeEvent({ kind, created_at: nowSeconds(), tags: [['p', this.keys.clientPubkey]], content }, this.keys.walletSecret)
      this.stats.notifications.events += 1
      Promise.any(this.pool.publish(this.opts.relays, event)).catch(err => log('notification not published:', err?.message))
    }
  }
}

// Knobs take effect at the door, before the SDK sees a request.
function takeKnob (knob, method) {
  if (!knob || knob.count <= 0 || (knob.method && knob.method !== method)) return false
  knob.count -= 1
  return true
}

function emptyMethodStats () {
  return { requests: 0, responses: 0, responses_dropped: 0, errors_injected: 0, ignored: 0 }
}

async function main () {
  const opts = parseArgs(process.argv.slice(2))
  const walletSecret = secretFor('wallet', opts.seed)
  const clientSecret = secretFor('client', opts.seed)
  const keys = { walletSecret, walletPubkey: getPublicKey(walletSecret), clientPubkey: getPublicKey(clientSecret) }
  const stats = {
    methods: {},
    payments: {},
    responses_published: 0,
    notifications: { events: 0 },
    requests: { total: 0, duplicates: 0, expired: 0, stale: 0, unsupported_encryption: 0, undecryptable: 0 }
  }
  const methodStats = (m) => (stats.methods[m] ??= emptyMethodStats())
  const knobs = { drop: null, error: null, ignore: null }

  const service = new NWCWalletService({ relayUrls: opts.relays })
  const pool = service.pool
  const keypair = new NWCWalletServiceKeyPair(Buffer.from(walletSecret).toString('hex'), keys.clientPubkey)
  const notifier = new Notifier(opts, keys, pool, stats)
  const ledger = new Ledger(opts, stats, notifier)

  const accepted = opts.encryption === 'both' ? ['nip44_v2', 'nip04'] : [opts.encryption]
  const content = opts.methods.concat(opts.notifications ? ['notifications'] : []).join(' ')
  const infoTags = [['encryption', accepted.join(' ')]]
  if (opts.notifications) infoTags.push(['notifications', 'payment_received payment_sent'])
  const info = finalizeEvent({ kind: 13194, created_at: nowSeconds(), tags: infoTags, content }, walletSecret)

  const requestMethod = new Map() // request id -> method, for response accounting
  const dropIds = new Set()
  const seen = new Set()

  const origPublish = pool.publish.bind(pool)
  pool.publish = (relays, event, params) => {
    if (event.kind === 23195) {
      const reqId = event.tags.find(t => t[0] === 'e')?.[1]
      const m = methodStats(requestMethod.get(reqId) ?? 'unknown')
      if (dropIds.delete(reqId)) {
        m.responses_dropped += 1
        log(`dropped the response to ${reqId}`)
        return relays.map(() => Promise.resolve('dropped'))
      }
      m.responses += 1
      stats.responses_published += 1
    }
    return origPublish(relays, event, params)
  }

  async function answer (event, scheme, method, error) {
    const plaintext = JSON.stringify({ result_type: method, error, result: null })
    const response = await service.signEvent({
      kind: 23195,
      created_at: nowSeconds(),
      tags: [['e', event.id], ['p', keys.clientPubkey]],
      content: await service.encrypt(keypair, plaintext, scheme)
    }, keypair.walletSecret)
    Promise.any(pool.publish(opts.relays, response)).catch(err => log('response not published:', err?.message))
  }

  // The door reads each request once (method, knobs, stats); the SDK's own handler then decrypts
  // the same content again. Hand it the plaintext already read, so the service costs what a plain
  // NWCWalletService costs and the benchmark's relay + service floor is not inflated.
  const readPlaintext = new Map()
  const sdkDecrypt = service.decrypt.bind(service)
  service.decrypt = async (kp, content, scheme) => {
    const key = `${scheme}:${content}`
    if (!readPlaintext.has(key)) return sdkDecrypt(kp, content, scheme)
    const plaintext = readPlaintext.get(key)
    readPlaintext.delete(key)
    return plaintext
  }

  async function door (event, next) {
    if (seen.has(event.id)) { stats.requests.duplicates += 1; return }
    seen.add(event.id)
    if (seen.size > 20000) seen.delete(seen.values().next().value)
    stats.requests.total += 1
    const expiration = Number(event.tags.find(t => t[0] === 'expiration')?.[1])
    if (Number.isFinite(expiration) && expiration < nowSeconds()) { stats.requests.expired += 1; return }
    const scheme = event.tags.find(t => t[0] === 'encryption')?.[1] ?? 'nip04'
    const replyScheme = accepted.includes('nip44_v2') ? 'nip44_v2' : 'nip04'
    let request = null
    let plaintext = null
    if (scheme === 'nip04' || scheme === 'nip44_v2') {
      try {
        plaintext = await sdkDecrypt(keypair, event.content, scheme)
        request = JSON.parse(plaintext)
      } catch {}
    }
    const method = typeof request?.method === 'string' ? request.method : ''
    requestMethod.set(event.id, method || 'unknown')
    if (requestMethod.size > 20000) requestMethod.delete(requestMethod.keys().next().value)
    if (!accepted.includes(scheme)) {
      stats.requests.unsupported_encryption += 1
      return answer(event, replyScheme, method, { code: 'UNSUPPORTED_ENCRYPTION', message: `encryption ${scheme} is not supported` })
    }
    if (!request || typeof request !== 'object' || !method) {
      stats.requests.undecryptable += 1
      return answer(event, replyScheme, method, { code: 'BAD_REQUEST', message: 'request could not be decrypted or parsed' })
    }
    const m = methodStats(method)
    m.requests += 1
    if ((method === 'pay_invoice' || method === 'make_invoice') && event.created_at < nowSeconds() - STALE_SECONDS) {
      stats.requests.stale += 1
      return
    }
    if (takeKnob(knobs.ignore, method)) { m.ignored += 1; log(`ignored ${method} ${event.id}`); return }
    if (takeKnob(knobs.error, method)) {
      m.errors_injected += 1
      return answer(event, scheme, method, { code: knobs.error.code, message: knobs.error.message })
    }
    if (takeKnob(knobs.drop, method)) dropIds.add(event.id)
    readPlaintext.set(`${scheme}:${event.content}`, plaintext)
    if (readPlaintext.size > 1000) readPlaintext.delete(readPlaintext.keys().next().value)
    return next(event)
  }

  const origSubscribe = pool.subscribe.bind(pool)
  const connected = new Set()
  let onAllConnected
  const allConnected = new Promise(resolve => { onAllConnected = resolve })
  pool.subscribe = (relays, filter, params) => origSubscribe(relays, filter, {
    ...params,
    onevent: (event) => door(event, params.onevent).catch(err => log('request failed:', err?.message)),
    onconnect: (url) => {
      params.onconnect?.(url)
      // A restarted relay starts empty: store the info event again on every (re)connection.
      Promise.any(origPublish([url], info)).then(() => {
        connected.add(url)
        if (connected.size >= relays.length) onAllConnected()
      }).catch(err => log('info event not published:', err?.message))
    }
  })

  const unsubscribe = await service.subscribe(keypair, ledger.handler())
  const ready = await Promise.race([allConnected.then(() => true), sleep(15000).then(() => false)])
  if (!ready) throw new Error('could not reach every relay within 15 s')

  let polling = false
  const poller = setInterval(async () => {
    if (polling || !opts.notifications || ledger.created.size === 0) return
    polling = true
    try { await ledger.pollIncoming() } catch (err) { log('poll failed:', err?.message) } finally { polling = false }
  }, 250)

  const adminServer = http.createServer((req, res) => {
    const reply = (status, body) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)) }
    let raw = ''
    req.on('data', (chunk) => { raw += chunk; if (raw.length > 65536) req.destroy() })
    req.on('end', () => {
      let body = {}
      if (raw.trim() !== '') {
        try { body = JSON.parse(raw) } catch { return reply(400, { error: 'body is not JSON' }) }
      }
      if (typeof body !== 'object' || body === null) return reply(400, { error: 'body must be an object' })
      const route = `${req.method} ${new URL(req.url, 'http://127.0.0.1').pathname}`
      const count = body.count ?? 1
      const method = typeof body.method === 'string' ? body.method : null
      const countOk = Number.isSafeInteger(count) && count >= 0
      if (route === 'GET /stats') return reply(200, { ...stats, delay_pay_ms: ledger.delayPayMs, knobs })
      if (route === 'POST /reset') {
        knobs.drop = knobs.error = knobs.ignore = null
        ledger.delayPayMs = 0
        return reply(200, { reset: true })
      }
      if (route === 'POST /delay-pay') {
        if (!Number.isSafeInteger(body.ms) || body.ms < 0) return reply(400, { error: 'need {"ms": integer >= 0}' })
        ledger.delayPayMs = body.ms
        return reply(200, { ms: body.ms })
      }
      if (!countOk) return reply(400, { error: 'count must be an integer >= 0' })
      if (route === 'POST /drop-next-response') { knobs.drop = { count, method }; return reply(200, knobs.drop) }
      if (route === 'POST /ignore-next') { knobs.ignore = { count, method }; return reply(200, knobs.ignore) }
      if (route === 'POST /error-next') {
        if (typeof body.code !== 'string' || body.code === '') return reply(400, { error: 'need "code"' })
        const message = typeof body.message === 'string' ? body.message : `injected ${body.code}`
        knobs.error = { count, method, code: body.code, message }
        return reply(200, knobs.error)
      }
      return reply(404, { error: `no route ${route}` })
    })
  })
  await new Promise((resolve, reject) => {
    adminServer.once('error', reject)
    adminServer.listen(opts.adminPort, '127.0.0.1', resolve)
  })

  const relayParams = opts.relays.map(r => 'relay=' + encodeURIComponent(r)).join('&')
  let uri = `nostr+walletconnect://${keys.walletPubkey}?${relayParams}&secret=${Buffer.from(clientSecret).toString('hex')}`
  if (opts.lud16) uri += '&lud16=' + encodeURIComponent(opts.lud16)
  process.stdout.write(JSON.stringify({
    uri,
    wallet_pubkey: keys.walletPubkey,
    client_pubkey: keys.clientPubkey,
    admin: `http://127.0.0.1:${adminServer.address().port}`
  }) + '\n')
  log(`ready on ${opts.relays.join(' ')}; encryption ${accepted.join(' ')}; methods ${content}`)

  const stop = () => {
    clearInterval(poller)
    try { unsubscribe(); service.close() } catch {}
    adminServer.close()
    adminServer.closeAllConnections?.()
    setTimeout(() => process.exit(0), 50)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch(err => { log(err?.message ?? err); process.exit(2) })
