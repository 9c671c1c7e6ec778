// SPDX-License-Identifier: GPL-3.0-or-later
// Shared parts of the LND and Core Lightning emulators: argument parsing, a self-signed
// certificate made with the openssl tool, the phoenixd backend client, the payment ledger (one
// record per hash; the backend's blocking payinvoice is what moves sats), the /_emulator knobs
// (fault, stats, delay, fees), the response writer that applies the faults, and the watch on
// invoices an emulator created (polled, since phoenixd's own push is a WebSocket).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
export const bolt11 = require('bolt11')

export function log (...parts) { process.stderr.write(parts.join(' ') + '\n') }

// --name value pairs and bare --flags; unknown options are refused so typos do not pass silently.
export function parseArgs (argv, known) {
  try {
    return parseArgsOrThrow(argv, known)
  } catch (e) {
    const usage = Object.entries(known).map(([n, k]) => k === 'flag' ? `[--${n}]` : (k === 'required' ? `--${n} V` : `[--${n} V]`))
    log(`${e.message}\nusage: ${path.basename(process.argv[1])} ${usage.join(' ')}`)
    process.exit(2)
  }
}

function parseArgsOrThrow (argv, known) {
  const out = {}
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '')
    if (!(name in known)) throw new Error(`unknown option ${argv[i]}`)
    if (known[name] === 'flag') out[name] = true
    else if (i + 1 < argv.length) out[name] = argv[++i]
    else throw new Error(`${argv[i]} needs a value`)
  }
  for (const [name, kind] of Object.entries(known)) {
    if (kind === 'required' && out[name] === undefined) throw new Error(`--${name} is required`)
  }
  return out
}

// An ECDSA P-256 self-signed certificate with IsCA like lnd's tls.cert, in a temp dir.
export function makeCertificate (commonName, dnsNames) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lw-emulator-'))
  const key = path.join(dir, 'tls.key')
  const cert = path.join(dir, 'tls.cert')
  const san = [...dnsNames.map(n => `DNS:${n}`), 'IP:127.0.0.1'].join(',')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', `/O=${commonName}/CN=localhost`,
    '-addext', `subjectAltName=${san}`, '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign'], { stdio: 'ignore' })
  return { dir, key: fs.readFileSync(key), cert: fs.readFileSync(cert, 'utf8') }
}

export const sha256hex = (buf) => createHash('sha256').update(buf).digest('hex')
export const isHash = (s) => typeof s === 'string' && /^[0-9a-f]{64}$/.test(s)

// The phoenixd API of one sandbox wallet: form bodies, Basic auth with an empty user.
export class Backend {
  constructor (url, password) {
    this.url = url.replace(/\/$/, '')
    this.auth = 'Basic ' + Buffer.from(':' + password).toString('base64')
  }

  async call (method, route, form) {
    const init = { method, headers: { Authorization: this.auth } }
    if (form) {
      init.headers['Content-Type'] = 'application/x-www-form-urlencoded'
      init.body = new URLSearchParams(Object.entries(form).filter(([, v]) => v !== undefined)).toString()
    }
    const res = await fetch(this.url + route, init)
    const text = await res.text()
    if (res.status === 404 && text === 'Not found') return null
    if (res.status !== 200) throw new BackendError(res.status, text)
    return JSON.parse(text)
  }

  getinfo () { return this.call('GET', '/getinfo') }
  getbalance () { return this.call('GET', '/getbalance') }
  createInvoice (amountSat, description, expirySeconds, descriptionHash) {
    return this.call('POST', '/createinvoice', {
      amountSat: amountSat > 0 ? String(amountSat) : undefined,
      description: descriptionHash ? undefined : description,
      descriptionHash,
      expirySeconds: String(expirySeconds)
    })
  }

  payInvoice (invoice, amountSat) {
    return this.call('POST', '/payinvoice', { invoice, amountSat: amountSat ? String(amountSat) : undefined })
  }

  incoming (hash) { return this.call('GET', `/payments/incoming/${hash}`) }
  outgoingByHash (hash) { return this.call('GET', `/payments/outgoingbyhash/${hash}`) }
}

export class BackendError extends Error {
  constructor (status, text) { super(text || `backend answered ${status}`); this.status = status }
}

// Decodes a BOLT 11 invoice for any network the npm package knows; null when it cannot.
export function decodeInvoice (text) {
  try {
    const d = bolt11.decode(text.replace(/^lightning:/i, ''))
    const tag = (name) => { const t = d.tags.find(t => t.tagName === name); return t ? t.data : undefined }
    return {
      raw: d,
      network: d.network ? d.network.bech32 : 'bc',
      msat: d.millisatoshis ? BigInt(d.millisatoshis) : 0n,
      hash: tag('payment_hash'),
      secret: tag('payment_secret'),
      description: tag('description'),
      descriptionHash: tag('purpose_commit_hash'),
      expiry: tag('expire_time') ?? 3600,
      cltv: tag('min_final_cltv_expiry') ?? 18,
      timestamp: d.timestamp,
      payee: d.payeeNodeKey,
      signature: d.signature
    }
  } catch (e) {
    return { error: e.message }
  }
}

export const NETWORK_PREFIX = { bitcoin: 'bc', mainnet: 'bc', testnet: 'tb', signet: 'tbs', regtest: 'bcrt', simnet: 'sb' }

// One record per payment hash. status: pending | succeeded | failed. A failed record may be
// retried (as on both real nodes); a pending or succeeded one never reaches the backend again.
export class Ledger extends EventEmitter {
  constructor (backend, stats) {
    super()
    this.backend = backend
    this.stats = stats
    this.records = new Map()
    this.index = 0
    this.delayMs = 0
    this.minRouteFeeMsat = 0n
  }

  get (hash) { return this.records.get(hash) }

  // Reads the backend's view when this process has no record (the backend wallet is the node).
  async lookup (hash) {
    const known = this.records.get(hash)
    if (known) return known
    const out = await this.backend.outgoingByHash(hash)
    if (!out) return null
    const record = {
      hash,
      bolt11: out.invoice || '',
      amountMsat: BigInt(out.sent || 0) * 1000n,
      feeMsat: BigInt(out.fees || 0),
      createdMs: out.createdAt || Date.now(),
      completedMs: out.completedAt,
      index: ++this.index,
      status: out.isPaid ? 'succeeded' : (out.completedAt ? 'failed' : 'pending'),
      preimage: out.preimage,
      reason: out.isPaid || !out.completedAt ? undefined : 'backend payment failed'
    }
    this.records.set(hash, record)
    if (record.status === 'pending') this.settleLater(record)
    return record
  }

  // Opens a pending record; the caller has checked that no live one exists.
  open (hash, bolt11Text, amountMsat) {
    const record = {
      hash, bolt11: bolt11Text, amountMsat, feeMsat: 0n, createdMs: Date.now(), index: ++this.index,
      status: 'pending', attempts: (this.records.get(hash)?.attempts || 0) + 1
    }
    this.records.set(hash, record)
    return record
  }

  // Pays through the backend; resolves with the record once terminal. Never throws.
  async settle (record, amountSat) {
    try {
      if (this.delayMs > 0) await new Promise(resolve => setTimeout(resolve, this.delayMs))
      this.stats.backendPayment(record.hash)
      const answer = await this.backend.payInvoice(record.bolt11, amountSat)
      if (answer && answer.paymentPreimage && sha256hex(Buffer.from(answer.paymentPreimage, 'hex')) === record.hash) {
        record.status = 'succeeded'
        record.preimage = answer.paymentPreimage
        record.feeMsat = BigInt(answer.routingFeeSat || 0) * 1000n
        if (answer.recipientAmountSat !== undefined) record.amountMsat = BigInt(answer.recipientAmountSat) * 1000n
      } else {
        record.status = 'failed'
        record.reason = (answer && answer.reason) || 'backend answered without a valid preimage'
      }
    } catch (e) {
      // The backend connection broke: the payment may have gone through; ask the backend.
      log('backend payinvoice error:', e.message)
      const out = await this.backend.outgoingByHash(record.hash).catch(() => null)
      if (out && out.isPaid) {
        record.status = 'succeeded'
        record.preimage = out.preimage
        record.feeMsat = BigInt(out.fees || 0)
      } else if (out && !out.completedAt) {
        return this.settleLater(record)
      } else {
        record.status = 'failed'
        record.reason = e.message
      }
    }
    record.completedMs = Date.now()
    this.emit(record.hash, record)
    return record
  }

  // Refuses without touching the backend (the emulated route would cost more than allowed).
  refuse (record, reason) {
    record.status = 'failed'
    record.reason = reason
    record.completedMs = Date.now()
    setImmediate(() => this.emit(record.hash, record))
    return record
  }

  async settleLater (record) {
    await new Promise(resolve => setTimeout(resolve, 200))
    const out = await this.backend.outgoingByHash(record.hash).catch(() => null)
    if (out && !out.completedAt) return this.settleLater(record)
    record.status = out && out.isPaid ? 'succeeded' : 'failed'
    record.preimage = out && out.preimage
    record.completedMs = Date.now()
    this.emit(record.hash, record)
    return record
  }

  waitTerminal (record) {
    if (record.status !== 'pending') return Promise.resolve(record)
    return new Promise(resolve => this.once(record.hash, resolve))
  }
}

// Invoices an emulator created, polled every 200 ms at the backend until paid or expired. Emits
// 'paid' (hash, incoming) once per invoice, in the order the payments were seen.
export class InvoiceWatch extends EventEmitter {
  constructor (backend, periodMs = 200) {
    super()
    this.backend = backend
    this.open = new Map() // hash → expiresAtMs
    this.timer = setInterval(() => this.poll(), periodMs)
    this.timer.unref()
    this.busy = false
  }

  add (hash, expiresAtMs) { this.open.set(hash, expiresAtMs) }

  async poll () {
    if (this.busy || this.open.size === 0) return
    this.busy = true
    try {
      for (const [hash, expiresAtMs] of [...this.open]) {
        const inc = await this.backend.incoming(hash).catch(() => undefined)
        if (inc === undefined) continue // the backend did not answer: try again next time
        if (inc && inc.isPaid) {
          this.open.delete(hash)
          this.emit('paid', hash, inc)
        } else if (!inc || inc.isExpired || expiresAtMs < Date.now()) {
          this.open.delete(hash)
        }
      }
    } finally {
      this.busy = false
    }
  }
}

export class Stats {
  constructor () { this.payments = {}; this.routes = {} }
  backendPayment (hash) { this.payments[hash] = (this.payments[hash] || 0) + 1 }
  route (key) { this.routes[key] = (this.routes[key] || 0) + 1 }
  // openStreams: set by an emulator that keeps streams open (how many are open now).
  json () { return { backend_payments: this.payments, routes: this.routes, open_streams: this.openStreams?.() ?? 0 } }
}

const FAULT_MODES = ['hang', 'status500', 'truncate', 'reset']

export class Faults {
  constructor () { this.byRoute = new Map() }
  set ({ route, mode, count, pay }) {
    if (typeof route !== 'string' || !route.startsWith('/')) throw new Error('route must be a path')
    const n = Number(count ?? 1)
    if (n === 0) { this.byRoute.delete(route); return }
    if (!FAULT_MODES.includes(mode)) throw new Error(`mode must be one of ${FAULT_MODES.join(', ')}`)
    if (!Number.isInteger(n) || n < 0) throw new Error('count must be a whole number')
    this.byRoute.set(route, { mode, count: n, pay: pay === true })
  }

  // The fault for this request path, if one is armed (exact path or a path below it).
  take (urlPath) {
    for (const [route, fault] of this.byRoute) {
      if (urlPath === route || urlPath.startsWith(route + '/')) {
        if (--fault.count <= 0) this.byRoute.delete(route)
        return { mode: fault.mode, pay: fault.pay }
      }
    }
    return null
  }
}

// Writes one answer, unary (json) or NDJSON (line/streamError), through an armed fault.
// launched(placeholder) marks the moment a payment started: truncate cuts the answer there, so
// the payment goes on in the background.
export class Out {
  constructor (res, fault, errorBody) {
    this.res = res
    this.mode = fault ? fault.mode : 'none'
    this.errorBody = errorBody
    this.lines = 0
    this.done = false
    res.on('error', () => {})
    if (this.mode === 'reset') this.kill()
  }

  kill () { this.done = true; this.res.socket?.destroy(); this.res.destroy() }

  // Ends the connection after what was written reaches the client, with the body incomplete.
  cut () {
    this.done = true
    const socket = this.res.socket
    if (!socket) return
    socket.end()
    setTimeout(() => socket.destroy(), 1000).unref()
  }

  head (status) {
    if (this.res.headersSent) return
    this.res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
  }

  json (status, obj) {
    if (this.done || this.res.destroyed) return
    const body = JSON.stringify(obj)
    if (this.mode === 'none') { this.done = true; this.head(status); this.res.end(body); return }
    if (this.mode === 'truncate') { this.head(status); this.res.write(body.slice(0, body.length >> 1)); this.cut() }
  }

  line (obj, status = 200) {
    if (this.done || this.res.destroyed) return
    const text = JSON.stringify(obj) + '\n'
    if (this.mode === 'none' || (this.mode === 'truncate' && this.lines === 0)) {
      this.head(status)
      this.res.write(text)
      this.lines++
      this.lastLine = text
    } else if (this.mode === 'truncate') {
      this.res.write(text.slice(0, text.length >> 1))
      this.cut()
    }
  }

  streamError (status, code, message) {
    const error = { code, message, details: [] }
    if (this.lines === 0) this.line({ error }, status)
    else this.line({ error })
  }

  launched (placeholder, { stream = false, status = 200 } = {}) {
    if (this.done || this.mode !== 'truncate') return
    if (stream) { this.line(placeholder); this.line(placeholder) } else this.json(status, placeholder)
  }

  finish () {
    if (this.done) return
    if (this.mode === 'none') { this.done = true; this.head(200); this.res.end(); return }
    if (this.mode === 'status500') {
      this.done = true
      this.mode = 'none'
      this.res.writeHead(500, { 'Content-Type': 'application/json' })
      this.res.end(JSON.stringify(this.errorBody))
      return
    }
    if (this.mode === 'truncate' && this.lastLine) {
      this.res.write(this.lastLine.slice(0, this.lastLine.length >> 1))
      this.cut()
    }
  }
}

export async function readBody (req, cap = 1 << 20) {
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > cap) throw new Error('request body too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function isLoopback (req) {
  const a = req.socket.remoteAddress || ''
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1'
}

// POST fault / delay / fees, GET stats. Answers true when it handled the request.
export async function handleAdmin (req, res, urlPath, { faults, stats, ledger }) {
  if (!urlPath.startsWith('/_emulator')) return false
  const send = (status, obj) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(obj)) }
  if (!isLoopback(req)) { send(403, { error: 'loopback only' }); return true }
  try {
    const route = urlPath.slice('/_emulator'.length)
    if (req.method === 'GET' && route === '/stats') { send(200, stats.json()); return true }
    if (req.method !== 'POST') { send(404, { error: 'unknown admin route' }); return true }
    const body = JSON.parse((await readBody(req)) || '{}')
    if (route === '/fault') faults.set(body)
    else if (route === '/delay') ledger.delayMs = Math.max(0, Number(body.ms) || 0)
    else if (route === '/fees') ledger.minRouteFeeMsat = BigInt(Math.max(0, Number(body.min_route_fee_msat) || 0))
    else { send(404, { error: 'unknown admin route' }); return true }
    send(200, { ok: true })
  } catch (e) {
    send(400, { error: e.message })
  }
  return true
}

// Starts the server on 127.0.0.1, prints the JSON line from describe(url), and stops cleanly on
// SIGTERM/SIGINT (open streams and hung requests are cut, the certificate dir removed).
export function serve ({ tls, port, handler, describe }) {
  const sockets = new Set()
  const server = tls
    ? https.createServer({ key: tls.key, cert: tls.cert }, handler)
    : http.createServer(handler)
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)) })
  server.on('secureConnection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)) })
  server.on('tlsClientError', (e) => log('tls client error:', e.code || e.message))
  const stop = () => {
    server.close()
    for (const s of sockets) s.destroy()
    if (tls) fs.rmSync(tls.dir, { recursive: true, force: true })
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  server.listen(Number(port || 0), '127.0.0.1', () => {
    const url = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`
    process.stdout.write(JSON.stringify(describe(url)) + '\n')
    log('listening on', url)
  })
  return server
}

// Client side, for the self-test: an open NDJSON stream; lines arrive in s.lines, s.closed
// resolves when it ends.
export function openStream (url, opts) {
  const s = { lines: [] }
  s.closed = new Promise(resolve => {
    const req = (url.startsWith('https:') ? https : http).get(url, { ...opts, agent: false }, res => {
      let buf = ''
      res.on('data', d => { buf += d; const parts = buf.split('\n'); buf = parts.pop(); s.lines.push(...parts.map(l => JSON.parse(l))) })
      res.on('close', resolve)
    })
    req.on('error', resolve)
    s.destroy = () => req.destroy()
  })
  return s
}
