// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback Nostr relay for the Nostr Wallet Connect tests: @nostr-relay/core with an in-memory
// event store, served by `ws` on 127.0.0.1.
//
//   node nwc-relay.mjs [--port N] [--auth] [--auth-hostname H]
//
// --auth turns on NIP-42 (the AUTH event's relay tag must name host 127.0.0.1, or H given by
// --auth-hostname, which implies --auth). The challenge is not sent at connection but only with
// a refusal, so clients meet the refused-then-re-sent path; nothing is gated until
// /_relay/require-auth names a pubkey.
//
// Prints one JSON line once listening, then logs to stderr only:
//   {"url":"ws://127.0.0.1:PORT","admin":"http://127.0.0.1:PORT/_relay"}
// Admin routes (plain HTTP on the same port):
//   POST /_relay/drop                            terminate every client socket (store kept)
//   POST /_relay/hold-kind {"kind":K,"count":N}  store the next N events of kind K without sending
//                                                them to live subscriptions; a later REQ finds them
//   POST /_relay/require-auth {"pubkey":"<hex>"} (--auth only) from now on refuse, to a connection
//                                                not authenticated as that key, its EVENTs
//                                                ("OK" false) and REQs with it in a "#p" filter
//                                                ("CLOSED"), each "auth-required: …" followed by
//                                                ["AUTH", challenge]. REQs by "authors" stay open:
//                                                the wallet service (no NIP-42) reads its
//                                                client's requests that way.
//   GET  /_relay/stats                           connections, EVENTs per kind, REQs, held, stored;
//                                                with --auth also auth_required (refusals),
//                                                auth_ok, auth_failed, gated
// Restart = kill the process and start it again with the same --port (the store starts empty).
//
// Additions to the library: its filter matcher ignores tag filters (#e, #p, …), so it is wrapped
// to honour them as NIP-01 says; NIP-40: the library refuses events that arrive expired, and the
// store here stops serving stored events once their expiration has passed.
import http from 'node:http'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { WebSocketServer } = require('ws')
const { NostrRelay } = require('@nostr-relay/core')
const { EventRepository, EventUtils, EventType } = require('@nostr-relay/common')

// stdout carries the one JSON line; everything else goes to stderr.
console.log = console.info = console.debug = (...args) => console.error(...args)
const log = (...args) => console.error('[nwc-relay]', ...args)

function parseArgs (argv) {
  const opts = { port: 0, auth: false, authHostname: null }
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--port') opts.port = Number(argv[++i])
    else if (argv[i] === '--auth') opts.auth = true
    else if (argv[i] === '--auth-hostname') opts.authHostname = String(argv[++i] ?? '')
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  if (opts.authHostname === '') throw new Error('bad --auth-hostname')
  if (opts.authHostname !== null) opts.auth = true
  opts.authHostname ??= '127.0.0.1'
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('bad --port')
  return opts
}

// NIP-01 tag filters: every "#x" key must match one of the event's x tags.
const libraryMatch = EventUtils.isMatchingFilter.bind(EventUtils)
EventUtils.isMatchingFilter = (event, filter) => {
  if (!libraryMatch(event, filter)) return false
  for (const [key, values] of Object.entries(filter)) {
    if (key.length !== 2 || key[0] !== '#' || !Array.isArray(values)) continue
    const name = key[1]
    if (!event.tags.some(t => t[0] === name && values.includes(t[1]))) return false
  }
  return true
}

const nowSeconds = () => Math.floor(Date.now() / 1000)
const isExpired = (event) => {
  const at = EventUtils.extractExpirationTimestamp(event)
  return at !== null && at < nowSeconds()
}
const dTag = (event) => (event.tags.find(t => t[0] === 'd') ?? [])[1] ?? ''

class MemoryEventRepository extends EventRepository {
  constructor () { super(); this.events = new Map() }
  isSearchSupported () { return false }

  upsert (event) {
    if (this.events.has(event.id)) return { isDuplicate: true }
    const type = EventUtils.getType(event.kind)
    if (type === EventType.REPLACEABLE || type === EventType.PARAMETERIZED_REPLACEABLE) {
      const key = type === EventType.REPLACEABLE ? '' : dTag(event)
      for (const old of this.events.values()) {
        if (old.kind !== event.kind || old.pubkey !== event.pubkey) continue
        if (type === EventType.PARAMETERIZED_REPLACEABLE && dTag(old) !== key) continue
        // Newest wins; on a created_at tie the lowest id wins (NIP-01).
        const oldWins = old.created_at > event.created_at ||
          (old.created_at === event.created_at && old.id < event.id)
        if (oldWins) return { isDuplicate: true }
        this.events.delete(old.id)
      }
    }
    this.events.set(event.id, event)
    return { isDuplicate: false }
  }

  // Ephemeral events held back from broadcast are kept so that a later REQ finds them.
  keep (event) { this.events.set(event.id, event) }

  find (filter) {
    const out = []
    for (const event of this.events.values()) {
      if (!isExpired(event) && EventUtils.isMatchingFilter(event, filter)) out.push(event)
    }
    out.sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? -1 : 1))
    return typeof filter.limit === 'number' ? out.slice(0, Math.max(0, filter.limit)) : out
  }

  async deleteByDeletionRequest (deletion) {
    for (const [name, id] of deletion.tags) {
      const target = this.events.get(id)
      if (name === 'e' && target && target.pubkey === deletion.pubkey) this.events.delete(id)
    }
  }

  async destroy () { this.events.clear() }
}

const HEX = (n) => new RegExp(`^[0-9a-f]{${n}}$`)
const isHex64 = (s) => typeof s === 'string' && HEX(64).test(s)

// Shape checks the library expects a validator to have done before handleMessage.
function malformedEvent (e) {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return 'event is not an object'
  if (!isHex64(e.id) || !isHex64(e.pubkey)) return 'id or pubkey is not 64 hex'
  if (typeof e.sig !== 'string' || !HEX(128).test(e.sig)) return 'sig is not 128 hex'
  if (!Number.isSafeInteger(e.created_at) || !Number.isSafeInteger(e.kind) || e.kind < 0) return 'bad created_at or kind'
  if (typeof e.content !== 'string') return 'content is not a string'
  if (!Array.isArray(e.tags) || !e.tags.every(t => Array.isArray(t) && t.every(v => typeof v === 'string'))) return 'bad tags'
  return null
}

function malformedReq (msg) {
  if (typeof msg[1] !== 'string' || msg[1].length === 0 || msg[1].length > 64) return 'bad subscription id'
  if (msg.length < 3) return 'no filter'
  if (!msg.slice(2).every(f => typeof f === 'object' && f !== null && !Array.isArray(f))) return 'filter is not an object'
  return null
}

// NIP-42 gate: which pubkeys need their connection authenticated as them.
class AuthGate {
  constructor () {
    this.gated = new Set()
    this.stats = { auth_required: 0, auth_ok: 0, auth_failed: 0 }
  }

  // The refusal for `message` on a connection authenticated as `ctx.pubkey`, or null.
  refusal (ctx, message) {
    const needs = (pubkey) => this.gated.has(pubkey) && ctx.pubkey !== pubkey
    if (message[0] === 'EVENT' && needs(message[1].pubkey)) {
      return ['OK', message[1].id, false, 'auth-required: events by this key need NIP-42 authentication as it']
    }
    if (message[0] === 'REQ') {
      const tagged = message.slice(2).flatMap(f => Array.isArray(f['#p']) ? f['#p'] : [])
      if (tagged.some(needs)) return ['CLOSED', message[1], 'auth-required: events for this key are served only to it (NIP-42)']
    }
    return null
  }
}

function startRelay (port, auth) {
  const stats = { connections: 0, events: {}, reqs: 0, held: 0, rejected_messages: 0 }
  const gate = auth ? new AuthGate() : null
  const holds = new Map() // kind -> events still to hold
  const repository = new MemoryEventRepository()
  const logger = {
    setLogLevel () {},
    debug () {},
    info () {},
    warn: (...a) => log(...a),
    error: (...a) => log(...a)
  }
  const relay = new NostrRelay(repository, {
    logger,
    filterResultCacheTtl: 0, // a REQ right after a publish must see it
    maxSubscriptionsPerClient: 256,
    ...(auth ? { hostname: auth.hostname } : {})
  })
  relay.register({
    async handleMessage (ctx, message, next) {
      if (message[0] === 'EVENT') {
        const kind = String(message[1].kind)
        stats.events[kind] = (stats.events[kind] ?? 0) + 1
      } else if (message[0] === 'REQ') {
        stats.reqs += 1
      }
      if (!gate) return next()
      const refusal = gate.refusal(ctx, message)
      if (refusal) {
        gate.stats.auth_required += 1
        ctx.sendMessage(refusal)
        ctx.sendMessage(['AUTH', ctx.id])
        return
      }
      const result = await next()
      if (message[0] === 'AUTH') gate.stats[result?.success ? 'auth_ok' : 'auth_failed'] += 1
      return result
    },
    async broadcast (event, next) {
      const left = holds.get(event.kind) ?? 0
      if (left > 0) {
        holds.set(event.kind, left - 1)
        stats.held += 1
        repository.keep(event)
        log(`held kind ${event.kind} event ${event.id}`)
        return
      }
      return next()
    }
  })

  const server = http.createServer((req, res) => admin(req, res))
  const wss = new WebSocketServer({ server, maxPayload: 1024 * 1024 })

  wss.on('connection', (ws, req) => {
    stats.connections += 1
    // With NIP-42 on, handleConnection would send the challenge at once; the context alone
    // (its id is the challenge) lets the refusals send it on demand.
    if (gate) relay.getClientContext(ws, req.socket.remoteAddress)
    else relay.handleConnection(ws, req.socket.remoteAddress)
    ws.on('message', async (data) => {
      let msg
      try { msg = JSON.parse(data.toString('utf8')) } catch { msg = null }
      const reject = (text) => { stats.rejected_messages += 1; ws.send(JSON.stringify(text)) }
      if (!Array.isArray(msg) || typeof msg[0] !== 'string') return reject(['NOTICE', 'invalid: not a JSON array'])
      if (msg[0] === 'EVENT') {
        const why = malformedEvent(msg[1])
        if (why) return reject(['OK', typeof msg[1]?.id === 'string' ? msg[1].id : '', false, `invalid: ${why}`])
      } else if (msg[0] === 'REQ') {
        const why = malformedReq(msg)
        if (why) return reject(['CLOSED', typeof msg[1] === 'string' ? msg[1] : '', `invalid: ${why}`])
      } else if (msg[0] === 'AUTH' && gate) {
        const why = malformedEvent(msg[1])
        if (why) {
          gate.stats.auth_failed += 1
          return reject(['OK', typeof msg[1]?.id === 'string' ? msg[1].id : '', false, `invalid: ${why}`])
        }
      }
      try {
        await relay.handleMessage(ws, msg)
      } catch (err) {
        log('message failed:', err?.message ?? err)
      }
    })
    ws.on('close', () => relay.handleDisconnect(ws))
    ws.on('error', (err) => log('socket error:', err.message))
  })

  function admin (req, res) {
    const reply = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    const url = new URL(req.url, 'http://127.0.0.1')
    let raw = ''
    req.on('data', (chunk) => {
      raw += chunk
      if (raw.length > 65536) req.destroy()
    })
    req.on('end', () => {
      let body = {}
      if (raw.trim() !== '') {
        try { body = JSON.parse(raw) } catch { return reply(400, { error: 'body is not JSON' }) }
      }
      const route = `${req.method} ${url.pathname}`
      if (route === 'POST /_relay/drop') {
        let dropped = 0
        for (const ws of wss.clients) { ws.terminate(); dropped += 1 }
        log(`dropped ${dropped} connections`)
        return reply(200, { dropped })
      }
      if (route === 'POST /_relay/hold-kind') {
        const kind = body.kind
        const count = body.count ?? 1
        if (!Number.isSafeInteger(kind) || !Number.isSafeInteger(count) || count < 0) {
          return reply(400, { error: 'need {"kind": integer, "count": integer >= 0}' })
        }
        holds.set(kind, count)
        return reply(200, { kind, count })
      }
      if (route === 'POST /_relay/require-auth') {
        if (!gate) return reply(400, { error: 'start the relay with --auth' })
        if (!isHex64(body.pubkey)) return reply(400, { error: 'need {"pubkey": 64 lowercase hex}' })
        gate.gated.add(body.pubkey)
        return reply(200, { pubkey: body.pubkey, gated: gate.gated.size })
      }
      if (route === 'GET /_relay/stats') {
        return reply(200, {
          ...stats,
          open_connections: wss.clients.size,
          holding: Object.fromEntries(holds),
          stored: repository.events.size,
          ...(gate ? { ...gate.stats, gated: [...gate.gated] } : {})
        })
      }
      if (url.pathname === '/' && (req.headers.accept ?? '').includes('application/nostr+json')) {
        const nips = gate ? [1, 9, 11, 40, 42] : [1, 9, 11, 40]
        return reply(200, { name: 'lightwork loopback relay', supported_nips: nips, software: '@nostr-relay/core', version: '0.0.40' })
      }
      return reply(404, { error: `no route ${route}` })
    })
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolve({
        port: address.port,
        close () {
          for (const ws of wss.clients) ws.terminate()
          wss.close()
          server.close()
          server.closeAllConnections?.()
          return relay.destroy()
        }
      })
    })
  })
}

try {
  const opts = parseArgs(process.argv.slice(2))
  const running = await startRelay(opts.port, opts.auth ? { hostname: opts.authHostname } : null)
  const base = `127.0.0.1:${running.port}`
  process.stdout.write(JSON.stringify({ url: `ws://${base}`, admin: `http://${base}/_relay` }) + '\n')
  const stop = async () => {
    try { await running.close() } finally { process.exit(0) }
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
} catch (err) {
  log(err?.message ?? err)
  process.exit(2)
}
