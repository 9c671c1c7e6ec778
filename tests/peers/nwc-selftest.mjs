// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end check of the NWC peers against the real sandbox: starts lightwork-sandbox, the relay
// and the wallet service (over the sandbox wallet "alice"), pays "bob"'s invoices with
// @getalby/sdk's NWCClient, and exercises every admin knob once, then the relay's NIP-42 mode.
//
//   node nwc-selftest.mjs --sandbox <path to lightwork-sandbox>
//
// Prints one JSON line per check ({"check","ok","ms"[,"error"]}) and a summary line; exits 0
// only when every check passed.
import crypto from 'node:crypto'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const require = createRequire(import.meta.url)
const WebSocket = require('ws')
globalThis.WebSocket ??= WebSocket
const { NWCClient } = await import('@getalby/sdk/nwc')
const { finalizeEvent, getPublicKey } = await import('nostr-tools/pure')
const { Relay, useWebSocketImplementation } = await import('nostr-tools/relay')
const nip44 = await import('nostr-tools/nip44')
const nip04 = await import('nostr-tools/nip04')
const bolt11 = require('bolt11')
useWebSocketImplementation(WebSocket)

console.log = console.info = console.debug = (...args) => console.error(...args)
process.on('unhandledRejection', (err) => console.error('[nwc-selftest] unhandled:', err?.message ?? String(err)))

const here = path.dirname(fileURLToPath(import.meta.url))
const children = new Set()
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms))
const sha256hex = (hex) => crypto.createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex')
const hashOf = (invoice) => bolt11.decode(invoice).tags.find(t => t.tagName === 'payment_hash').data

function assert (cond, message) { if (!cond) throw new Error(message) }

// Starts a child and resolves with its first stdout line, parsed as JSON.
function start (command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    child.on('exit', () => children.delete(child))
    let out = ''
    let err = ''
    child.stderr.on('data', (d) => { err = (err + d).slice(-4000) })
    const timer = setTimeout(() => reject(new Error(`${path.basename(args[0] ?? command)} did not start: ${err}`)), 20000)
    child.stdout.on('data', (d) => {
      out += d
      const nl = out.indexOf('\n')
      if (nl < 0) return
      clearTimeout(timer)
      try { resolve({ child, info: JSON.parse(out.slice(0, nl)) }) } catch (e) { reject(e) }
    })
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`exited with ${code}: ${err}`)) })
  })
}

const stopChild = (child) => new Promise((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
  const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(-1) }, 3000)
  child.once('exit', (code) => { clearTimeout(timer); resolve(code) })
  child.kill('SIGTERM')
})

async function http (method, url, body, auth) {
  const headers = {}
  if (auth) headers.authorization = 'Basic ' + Buffer.from(':' + auth).toString('base64')
  let payload
  if (body instanceof URLSearchParams) { payload = body.toString(); headers['content-type'] = 'application/x-www-form-urlencoded' } else if (body) { payload = JSON.stringify(body); headers['content-type'] = 'application/json' }
  const res = await fetch(url, { method, headers, body: payload, signal: AbortSignal.timeout(30000) })
  const text = await res.text()
  try { return { status: res.status, json: JSON.parse(text) } } catch { return { status: res.status, text } }
}

// A bare relay socket that queues what it receives, so a check can wait for one message.
async function rawSocket (url) {
  const ws = new WebSocket(url)
  const inbox = []
  let wake = null
  ws.on('message', (data) => { inbox.push(JSON.parse(data.toString('utf8'))); wake?.() })
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject) })
  const next = async (ms = 3000) => {
    const until = Date.now() + ms
    while (inbox.length === 0) {
      const left = until - Date.now()
      if (left <= 0) return null
      await new Promise(resolve => { wake = resolve; setTimeout(resolve, left) })
      wake = null
    }
    return inbox.shift()
  }
  return { send: (msg) => ws.send(JSON.stringify(msg)), next, close: () => ws.close() }
}

const results = []
async function check (name, fn) {
  const t0 = Date.now()
  try {
    await fn()
    results.push({ check: name, ok: true, ms: Date.now() - t0 })
  } catch (err) {
    results.push({ check: name, ok: false, ms: Date.now() - t0, error: String(err?.message ?? err) })
  }
  process.stdout.write(JSON.stringify(results.at(-1)) + '\n')
}

async function expectError (promise, code) {
  try { await promise } catch (err) {
    assert(err.code === code || err.constructor?.name === code, `expected ${code}, got ${err.constructor?.name} ${err.code}: ${err.message}`)
    return err
  }
  throw new Error(`expected ${code}, got a result`)
}

async function main () {
  const argv = process.argv.slice(2)
  const sandboxPath = argv[argv.indexOf('--sandbox') + 1]
  if (!argv.includes('--sandbox') || !sandboxPath) throw new Error('usage: node nwc-selftest.mjs --sandbox <lightwork-sandbox>')
  const t0 = Date.now()

  const sandbox = await start(sandboxPath, ['--port', '0', '--wallet', 'alice:100000', '--wallet', 'bob:0'])
  const alice = sandbox.info.wallets.find(w => w.name === 'alice').phoenixd
  const bob = sandbox.info.wallets.find(w => w.name === 'bob').phoenixd
  const relay = await start(process.execPath, [path.join(here, 'nwc-relay.mjs')])
  const relayUrl = relay.info.url
  const relayPort = new URL(relayUrl).port
  const service = await start(process.execPath, [path.join(here, 'nwc-service.mjs'), '--relay', relayUrl,
    '--backend', alice.url, '--backend-password', alice.password, '--notifications', '--seed', '7',
    '--lud16', 'alice@127.0.0.1'])
  const { uri, wallet_pubkey: walletPubkey, client_pubkey: clientPubkey, admin } = service.info
  const clientSecret = new URL(uri.replace('nostr+walletconnect:', 'http:')).searchParams.get('secret')
  const clientKey = Buffer.from(clientSecret, 'hex')
  const client = new NWCClient({ nostrWalletConnectUrl: uri })

  const bobInvoice = async (sat, description = 'selftest') => {
    const r = await http('POST', bob.url + '/createinvoice', new URLSearchParams({ amountSat: String(sat), description }), bob.password)
    assert(r.status === 200 && r.json?.serialized, `createinvoice failed: ${r.status}`)
    return r.json.serialized
  }
  const balanceSat = async (w) => (await http('GET', w.url + '/getbalance', null, w.password)).json.balanceSat
  const serviceStats = async () => (await http('GET', admin + '/stats')).json
  const knob = async (route, body) => assert((await http('POST', admin + route, body)).status === 200, `${route} refused`)
  const timed = (method, params, ms) => client.executeNip47Request(method, params, (r) => !!r, { replyTimeout: ms })

  // A hand-made request: NIP-04 (no tag) or NIP-44, or an unknown scheme tag.
  async function rawRequest (url, method, params, tag, peer = { walletPubkey, clientKey }) {
    const { walletPubkey, clientKey } = peer
    const plaintext = JSON.stringify({ method, params })
    const conv = nip44.getConversationKey(clientKey, walletPubkey)
    const content = tag === undefined ? await nip04.encrypt(clientKey, walletPubkey, plaintext) : nip44.encrypt(plaintext, conv)
    const tags = [['p', walletPubkey]]
    if (tag !== undefined) tags.push(['encryption', tag])
    const event = finalizeEvent({ kind: 23194, created_at: Math.floor(Date.now() / 1000), tags, content }, clientKey)
    const r = await Relay.connect(url)
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no response')), 8000)
        r.subscribe([{ kinds: [23195], authors: [walletPubkey], '#e': [event.id] }], {
          oneose: () => r.publish(event).catch(reject),
          onevent: async (e) => {
            clearTimeout(timer)
            let text
            try { text = nip44.decrypt(e.content, conv) } catch { text = await nip04.decrypt(clientKey, walletPubkey, e.content) }
            resolve({ event: e, scheme: e.content.includes('?iv=') ? 'nip04' : 'nip44_v2', body: JSON.parse(text) })
          }
        })
      })
    } finally { r.close() }
  }

  let notifications = []
  await check('info event advertises nip44_v2 nip04, five methods and notifications', async () => {
    const info = await client.getWalletServiceInfo()
    assert(info.encryptions.includes('nip44_v2') && info.encryptions.includes('nip04'), JSON.stringify(info))
    for (const m of ['pay_invoice', 'get_balance', 'get_info', 'make_invoice', 'lookup_invoice', 'notifications']) assert(info.capabilities.includes(m), `missing ${m}`)
    await client.subscribeNotifications((n) => notifications.push(n))
  })
  await check('uri carries the relay, the lud16 and the client key', async () => {
    assert(uri.includes('relay=' + encodeURIComponent(relayUrl)) && uri.includes('lud16=alice%40127.0.0.1'), uri)
    assert(getPublicKey(clientKey) === clientPubkey, 'client pubkey does not match the secret')
  })
  await check('get_info and get_balance read the sandbox wallet', async () => {
    const info = await client.getInfo()
    assert(info.network === 'regtest' && info.methods.length === 5 && /^0[23][0-9a-f]{64}$/.test(info.pubkey), JSON.stringify(info))
    assert((await client.getBalance()).balance === 100000000, 'balance is not 100000 sat in msat')
  })

  const invoice1 = await bobInvoice(1000)
  const hash1 = hashOf(invoice1)
  await check('pay_invoice moves sandbox sats and sha256(preimage) == payment hash', async () => {
    const res = await client.payInvoice({ invoice: invoice1 })
    assert(sha256hex(res.preimage) === hash1, 'preimage does not hash to the payment hash')
    assert(res.fees_paid === 0, `fees_paid ${res.fees_paid}`)
    assert(await balanceSat(alice) === 99000 && await balanceSat(bob) === 1000, 'balances did not move by 1000 sat')
  })
  await check('payment_sent notification for the payment', async () => {
    for (let i = 0; i < 40 && !notifications.some(n => n.notification_type === 'payment_sent'); ++i) await sleep(50)
    const n = notifications.find(n => n.notification_type === 'payment_sent')
    assert(n && n.notification.payment_hash === hash1 && n.notification.amount === 1000000, JSON.stringify(notifications))
  })
  await check('paying the same invoice again fails and pays nothing', async () => {
    await expectError(client.payInvoice({ invoice: invoice1 }), 'PAYMENT_FAILED')
    const s = await serviceStats()
    assert(s.payments[hash1].paid === 1 && s.payments[hash1].attempts === 2, JSON.stringify(s.payments[hash1]))
    assert(await balanceSat(alice) === 99000, 'balance moved')
  })
  await check('lookup_invoice by invoice finds the settled outgoing payment', async () => {
    const tx = await client.lookupInvoice({ invoice: invoice1 })
    assert(tx.type === 'outgoing' && tx.state === 'settled' && sha256hex(tx.preimage) === hash1 && tx.amount === 1000000 && tx.settled_at > 0, JSON.stringify(tx))
  })
  await check('make_invoice, paid by bob: lookup by hash settled, payment_received sent', async () => {
    const made = await client.makeInvoice({ amount: 500000, description: 'from bob' })
    assert(made.type === 'incoming' && made.state === 'pending' && made.amount === 500000, JSON.stringify(made))
    const paid = await http('POST', bob.url + '/payinvoice', new URLSearchParams({ invoice: made.invoice }), bob.password)
    assert(paid.json?.paymentPreimage, JSON.stringify(paid.json))
    const tx = await client.lookupInvoice({ payment_hash: made.payment_hash })
    assert(tx.type === 'incoming' && tx.state === 'settled' && tx.settled_at > 0 && sha256hex(tx.preimage) === made.payment_hash, JSON.stringify(tx))
    for (let i = 0; i < 60 && !notifications.some(n => n.notification_type === 'payment_received'); ++i) await sleep(50)
    const n = notifications.find(n => n.notification_type === 'payment_received')
    assert(n && n.notification.payment_hash === made.payment_hash && n.notification.state === 'settled', 'no payment_received')
  })
  await check('lookup_invoice of an unknown hash is NOT_FOUND', async () => {
    await expectError(client.lookupInvoice({ payment_hash: '00'.repeat(32) }), 'NOT_FOUND')
  })
  await check('an invoice above the balance is INSUFFICIENT_BALANCE', async () => {
    await expectError(client.payInvoice({ invoice: await bobInvoice(5000000) }), 'INSUFFICIENT_BALANCE')
  })
  await check('NIP-04 request without a tag is answered in NIP-04', async () => {
    const r = await rawRequest(relayUrl, 'get_balance', null)
    assert(r.scheme === 'nip04' && r.body.result_type === 'get_balance' && r.body.result.balance === 99500000, JSON.stringify(r.body))
  })
  await check('unknown encryption gets UNSUPPORTED_ENCRYPTION', async () => {
    const r = await rawRequest(relayUrl, 'get_balance', {}, 'nip44_v3')
    assert(r.body.error?.code === 'UNSUPPORTED_ENCRYPTION', JSON.stringify(r.body))
  })
  await check('a nip44_v2-only service with one method: info, UNSUPPORTED_ENCRYPTION, NOT_IMPLEMENTED', async () => {
    const narrow = await start(process.execPath, [path.join(here, 'nwc-service.mjs'), '--relay', relayUrl,
      '--backend', alice.url, '--backend-password', alice.password, '--encryption', 'nip44_v2', '--methods', 'get_balance', '--seed', '8'])
    try {
      const secret = new URL(narrow.info.uri.replace('nostr+walletconnect:', 'http:')).searchParams.get('secret')
      const peer = { walletPubkey: narrow.info.wallet_pubkey, clientKey: Buffer.from(secret, 'hex') }
      const other = new NWCClient({ nostrWalletConnectUrl: narrow.info.uri })
      const info = await other.getWalletServiceInfo()
      other.close()
      assert(info.encryptions.join(' ') === 'nip44_v2' && info.capabilities.join(' ') === 'get_balance', JSON.stringify(info))
      const legacy = await rawRequest(relayUrl, 'get_balance', {}, undefined, peer)
      assert(legacy.scheme === 'nip44_v2' && legacy.body.error?.code === 'UNSUPPORTED_ENCRYPTION', JSON.stringify(legacy.body))
      const pay = await rawRequest(relayUrl, 'pay_invoice', { invoice: 'lnbcrt1' }, 'nip44_v2', peer)
      assert(pay.body.error?.code === 'NOT_IMPLEMENTED' && pay.body.result_type === 'pay_invoice', JSON.stringify(pay.body))
    } finally { await stopChild(narrow.child) }
  })
  await check('knob delay-pay holds the payment, which still happens', async () => {
    await knob('/delay-pay', { ms: 600 })
    const inv = await bobInvoice(10)
    const t = Date.now()
    const res = await client.payInvoice({ invoice: inv })
    assert(Date.now() - t >= 600 && sha256hex(res.preimage) === hashOf(inv), 'not delayed or not paid')
    await knob('/delay-pay', { ms: 0 })
  })
  await check('knob error-next answers RATE_LIMITED without paying', async () => {
    await knob('/error-next', { code: 'RATE_LIMITED', count: 1, method: 'pay_invoice' })
    const inv = await bobInvoice(11)
    await expectError(client.payInvoice({ invoice: inv }), 'RATE_LIMITED')
    assert((await serviceStats()).payments[hashOf(inv)] === undefined, 'a payment was attempted')
    const res = await client.payInvoice({ invoice: inv })
    assert(sha256hex(res.preimage) === hashOf(inv), 'retry did not pay')
  })
  await check('knob ignore-next leaves a request unanswered and undone', async () => {
    await knob('/ignore-next', { count: 1 })
    await expectError(timed('get_balance', {}, 1500), 'Nip47ReplyTimeoutError')
    assert((await serviceStats()).methods.get_balance.ignored === 1, 'not counted')
  })
  await check('knob drop-next-response pays but loses the answer; lookup_invoice finds it', async () => {
    await knob('/drop-next-response', { count: 1, method: 'pay_invoice' })
    const inv = await bobInvoice(12)
    const before = await balanceSat(alice)
    await expectError(timed('pay_invoice', { invoice: inv }, 2000), 'Nip47ReplyTimeoutError')
    const tx = await client.lookupInvoice({ payment_hash: hashOf(inv) })
    assert(tx.state === 'settled' && sha256hex(tx.preimage) === hashOf(inv), JSON.stringify(tx))
    const s = await serviceStats()
    assert(s.payments[hashOf(inv)].paid === 1 && s.methods.pay_invoice.responses_dropped === 1, JSON.stringify(s.methods.pay_invoice))
    assert(await balanceSat(alice) === before - 12, 'balance did not move once')
  })
  await check('relay hold-kind: a held response reaches a later REQ', async () => {
    await http('POST', relay.info.admin + '/hold-kind', { kind: 23195, count: 1 })
    const err = await expectError(timed('get_balance', {}, 1500), 'Nip47ReplyTimeoutError')
    const id = /event ([0-9a-f]{64})/.exec(err.message)[1]
    const r = await Relay.connect(relayUrl)
    const event = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('held response not served')), 5000)
      r.subscribe([{ kinds: [23195], authors: [walletPubkey], '#e': [id] }], { onevent: (e) => { clearTimeout(timer); resolve(e) } })
    })
    r.close()
    const body = JSON.parse(nip44.decrypt(event.content, nip44.getConversationKey(clientKey, walletPubkey)))
    assert(body.result_type === 'get_balance' && Number.isSafeInteger(body.result.balance), JSON.stringify(body))
    assert((await http('GET', relay.info.admin + '/stats')).json.held === 1, 'not counted as held')
  })
  await check('relay drop: the service reconnects and answers again', async () => {
    const before = (await http('GET', relay.info.admin + '/stats')).json
    assert((await http('POST', relay.info.admin + '/drop')).json.dropped >= 1, 'nothing dropped')
    let balance = null
    for (let i = 0; i < 20 && balance === null; ++i) {
      await sleep(300)
      try { balance = (await timed('get_balance', {}, 1000)).balance } catch {}
    }
    assert(balance !== null, 'no answer after the drop')
    assert((await http('GET', relay.info.admin + '/stats')).json.connections > before.connections, 'no new connection')
  })
  let relay2 = null
  await check('relay restart on the same port: info event stored again, requests answered', async () => {
    assert(await stopChild(relay.child) === 0, 'relay did not exit cleanly')
    relay2 = await start(process.execPath, [path.join(here, 'nwc-relay.mjs'), '--port', relayPort])
    let ok = false
    for (let i = 0; i < 40 && !ok; ++i) {
      await sleep(250)
      const fresh = new NWCClient({ nostrWalletConnectUrl: uri })
      try { ok = Number.isSafeInteger((await fresh.executeNip47Request('get_balance', {}, (r) => !!r, { replyTimeout: 800 })).balance) } catch {} finally { fresh.close() }
    }
    assert(ok, 'service did not come back on the restarted relay')
  })
  await check('relay stats count connections, EVENTs per kind and REQs', async () => {
    const s = (await http('GET', relay2.info.admin + '/stats')).json
    assert(s.connections >= 1 && s.events['13194'] >= 1 && s.events['23194'] >= 1 && s.events['23195'] >= 1 && s.reqs >= 1, JSON.stringify(s))
  })
  await check('service stats: every payment hash paid at most once', async () => {
    const s = await serviceStats()
    assert(Object.values(s.payments).every(p => p.paid <= 1), JSON.stringify(s.payments))
    assert(s.responses_published > 0 && s.notifications.payment_sent >= 4 && s.notifications.payment_received === 1, JSON.stringify(s.notifications))
  })

  await check('relay --auth: refused until AUTH; wrong challenge refused, right one accepted', async () => {
    const gated = await start(process.execPath, [path.join(here, 'nwc-relay.mjs'), '--auth'])
    try {
      const { url, admin: relayAdmin } = gated.info
      const key = crypto.randomBytes(32)
      const pubkey = getPublicKey(key)
      const other = crypto.randomBytes(32)
      const stamp = () => Math.floor(Date.now() / 1000)
      const authEvent = (secret, challenge, relayTag = url) =>
        finalizeEvent({ kind: 22242, created_at: stamp(), tags: [['relay', relayTag], ['challenge', challenge]], content: '' }, secret)
      assert((await http('POST', relayAdmin + '/require-auth', { pubkey })).status === 200, 'require-auth refused')
      assert((await http('POST', relayAdmin + '/require-auth', { pubkey: 'xyz' })).status === 400, 'bad pubkey accepted')

      const ws = await rawSocket(url)
      try {
        assert(await ws.next(300) === null, 'the challenge was sent at connection')
        // Another key is not gated.
        const free = finalizeEvent({ kind: 1, created_at: stamp(), tags: [], content: 'free' }, other)
        ws.send(['EVENT', free])
        const freeOk = await ws.next()
        assert(freeOk?.[0] === 'OK' && freeOk[2] === true, JSON.stringify(freeOk))
        const event = finalizeEvent({ kind: 1, created_at: stamp(), tags: [['p', pubkey]], content: 'gated' }, key)
        ws.send(['EVENT', event])
        const refused = await ws.next()
        assert(refused?.[0] === 'OK' && refused[1] === event.id && refused[2] === false && refused[3].startsWith('auth-required:'), JSON.stringify(refused))
        const challenge = await ws.next()
        assert(challenge?.[0] === 'AUTH' && typeof challenge[1] === 'string' && challenge[1].length > 0, JSON.stringify(challenge))
        ws.send(['REQ', 'by-p', { '#p': [pubkey] }])
        const closed = await ws.next()
        assert(closed?.[0] === 'CLOSED' && closed[1] === 'by-p' && closed[2].startsWith('auth-required:'), JSON.stringify(closed))
        assert((await ws.next())?.[1] === challenge[1], 'no second challenge, or a different one')

        const wrong = authEvent(key, 'not-the-challenge')
        ws.send(['AUTH', wrong])
        const wrongOk = await ws.next()
        assert(wrongOk?.[0] === 'OK' && wrongOk[1] === wrong.id && wrongOk[2] === false, JSON.stringify(wrongOk))
        // Authenticated as another key: still refused for this one.
        ws.send(['AUTH', authEvent(other, challenge[1])])
        assert((await ws.next())?.[2] === true, 'AUTH as the other key refused')
        ws.send(['EVENT', event])
        assert((await ws.next())?.[2] === false && (await ws.next())?.[0] === 'AUTH', 'accepted while authenticated as another key')

        const right = authEvent(key, challenge[1])
        ws.send(['AUTH', right])
        const rightOk = await ws.next()
        assert(rightOk?.[0] === 'OK' && rightOk[1] === right.id && rightOk[2] === true, JSON.stringify(rightOk))
        ws.send(['EVENT', event])
        const accepted = await ws.next()
        assert(accepted?.[0] === 'OK' && accepted[1] === event.id && accepted[2] === true, JSON.stringify(accepted))
        ws.send(['REQ', 'by-p', { '#p': [pubkey] }])
        const found = await ws.next()
        assert(found?.[0] === 'EVENT' && found[2].id === event.id && (await ws.next())?.[0] === 'EOSE', JSON.stringify(found))
      } finally { ws.close() }
      const s = (await http('GET', relayAdmin + '/stats')).json
      assert(s.auth_required === 3 && s.auth_ok === 2 && s.auth_failed === 1 && s.gated.includes(pubkey), JSON.stringify(s))
      const plain = (await http('POST', relay2.info.admin + '/require-auth', { pubkey })).status
      assert(plain === 400, `a relay without --auth took require-auth (${plain})`)
    } finally { await stopChild(gated.child) }
  })

  client.close()
  await check('SIGTERM stops service, relay and sandbox cleanly', async () => {
    const codes = [await stopChild(service.child), await stopChild(relay2.child), await stopChild(sandbox.child)]
    assert(codes.every(c => c === 0), `exit codes ${codes}`)
  })
  const failed = results.filter(r => !r.ok).length
  process.stdout.write(JSON.stringify({ passed: results.length - failed, failed, ms: Date.now() - t0 }) + '\n')
  return failed === 0 ? 0 : 1
}

const cleanup = () => { for (const c of children) c.kill('SIGTERM') }
process.on('SIGTERM', () => { cleanup(); process.exit(143) })
process.on('SIGINT', () => { cleanup(); process.exit(130) })

let code = 1
try { code = await main() } catch (err) { console.error('[nwc-selftest]', err?.message ?? err) }
cleanup()
process.exit(code)
