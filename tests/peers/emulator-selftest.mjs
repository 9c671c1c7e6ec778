// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the LND and clnrest emulators against a real sandbox: every route, the auth answers and
// each fault mode, and that each payment moves sandbox sats exactly once. One line per check;
// exit status 0 only when all pass.
//   node emulator-selftest.mjs --sandbox build/main/sandbox/lightwork-sandbox
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Backend, openStream, parseArgs } from './emulator-kit.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = parseArgs(process.argv.slice(2), { sandbox: 'required' })
const children = []
let failures = 0

const sha = (hex) => createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex')
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms))
const MAINNET_INVOICE = 'lnbc2500u1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpu9qrsgquk0rl77nj30yxdy8j9vdx85fkpmdla2087ne0xh8nhedh8w27kyke0lp53ut353s06fv3qfegext0eh0ymjpf39tuven09sam30g4vgpfna3rh'

function assert (cond, what) { if (!cond) throw new Error(what) }
function eq (got, want, what) { if (got !== want) throw new Error(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`) }

async function check (name, fn) {
  try {
    await fn()
    process.stdout.write(`ok - ${name}\n`)
  } catch (e) {
    failures++
    process.stdout.write(`not ok - ${name}: ${e.message}\n`)
  }
}

// Starts a process that prints one JSON line, and returns that line parsed.
function start (cmd, argv) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    let out = ''
    let err = ''
    child.stderr.on('data', d => { err += d })
    child.stdout.on('data', d => {
      out += d
      const nl = out.indexOf('\n')
      if (nl >= 0) resolve({ child, info: JSON.parse(out.slice(0, nl)), stdout: () => out })
    })
    child.on('exit', code => reject(new Error(`${path.basename(cmd)} exited ${code}: ${err}`)))
  })
}

// One HTTP(S) exchange. opts: method, headers, body (object → JSON), ca, timeoutMs, servername.
// Resolves {status, text, lines, aborted, timedOut}; a reset or cut body sets aborted.
function request (url, opts = {}) {
  return new Promise((resolve) => {
    const u = new URL(url)
    const body = opts.body === undefined ? undefined : (typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body))
    const lib = u.protocol === 'https:' ? https : http
    const req = lib.request(u, {
      method: opts.method || (body === undefined ? 'GET' : 'POST'),
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...opts.headers },
      ca: opts.ca,
      servername: opts.servername,
      agent: false
    })
    const result = { status: 0, text: '', aborted: false, timedOut: false }
    const finish = () => {
      result.lines = result.text.split('\n').filter(l => l.length > 0)
      resolve(result)
    }
    const timer = setTimeout(() => { result.timedOut = true; req.destroy() }, opts.timeoutMs || 15000)
    req.on('response', res => {
      result.status = res.statusCode
      res.on('data', d => { result.text += d })
      res.on('end', () => { clearTimeout(timer); finish() })
      res.on('aborted', () => { result.aborted = true })
      res.on('error', () => { result.aborted = true; clearTimeout(timer); finish() })
      res.on('close', () => { if (!res.complete) { result.aborted = true; clearTimeout(timer); finish() } })
    })
    req.on('error', (e) => { clearTimeout(timer); result.aborted = true; result.error = e.code || e.message; finish() })
    if (body !== undefined) req.write(body)
    req.end()
  })
}

// The phoenixd API of a sandbox wallet, as the emulators' backend client speaks it.
function phoenixd (wallet) {
  const b = new Backend(wallet.url, wallet.password)
  return {
    balance: async () => (await b.getbalance()).balanceSat,
    invoice: (sat, description = 'selftest') => b.createInvoice(sat, description, 600),
    pay: (invoice) => b.payInvoice(invoice)
  }
}

async function until (what, fn, timeoutMs = 10000) {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await fn()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(100)
  }
}

const parseLines = (r) => r.lines.map(l => JSON.parse(l))
const b64url = (hex) => Buffer.from(hex, 'hex').toString('base64url')

async function lndChecks (lnd, alice, bob, carol) {
  const { info } = lnd
  const ca = info.tls_cert
  const get = (p, mac = info.admin_macaroon, extra = {}) =>
    request(info.url + p, { ca, headers: mac ? { 'Grpc-Metadata-macaroon': mac } : {}, ...extra })
  const post = (p, body, mac = info.admin_macaroon, extra = {}) =>
    request(info.url + p, { ca, body, headers: mac ? { 'Grpc-Metadata-macaroon': mac } : {}, ...extra })
  const admin = (p, body) => request(info.admin + p, { ca, body })
  const stats = async () => JSON.parse((await admin('/stats')).text)
  const track = (hash, extra) => get(`/v2/router/track/${b64url(hash)}`, info.admin_macaroon, extra)

  await check('lnd: prints macaroons as hex and a PEM certificate', () => {
    for (const k of ['admin_macaroon', 'invoice_macaroon', 'readonly_macaroon']) assert(/^[0-9a-f]{64,}$/.test(info[k]), k)
    assert(info.tls_cert.startsWith('-----BEGIN CERTIFICATE-----'), 'tls_cert')
    assert(lnd.stdout().trim().split('\n').length === 1, 'one stdout line')
  })
  await check('lnd: certificate verifies for localhost and 127.0.0.1', async () => {
    const port = new URL(info.url).port
    eq((await request(`https://localhost:${port}/v1/getinfo`, { ca, headers: { 'Grpc-Metadata-macaroon': info.admin_macaroon } })).status, 200, 'localhost')
    eq((await request(`${info.url}/v1/getinfo`, { ca, headers: { 'Grpc-Metadata-macaroon': info.admin_macaroon } })).status, 200, '127.0.0.1')
    const untrusted = await request(`${info.url}/v1/getinfo`, {})
    assert(untrusted.aborted && untrusted.status === 0, 'an untrusted certificate is refused')
  })
  await check('lnd: GET /v1/getinfo', async () => {
    const r = await get('/v1/getinfo')
    eq(r.status, 200, 'status')
    const j = JSON.parse(r.text)
    eq(j.identity_pubkey, info.node_id, 'identity_pubkey')
    eq(j.chains[0].network, 'regtest', 'network')
    eq(j.chains[0].chain, 'bitcoin', 'chain')
    eq(typeof j.best_header_timestamp, 'string', 'int64 as string')
  })
  await check('lnd: macaroon errors as lnd answers them', async () => {
    const missing = await get('/v1/getinfo', null)
    eq(missing.status, 500, 'missing status')
    eq(JSON.parse(missing.text).message, 'expected 1 macaroon, got 0', 'missing message')
    eq(JSON.parse(missing.text).code, 2, 'missing code')
    const wrong = await get('/v1/getinfo', '0201036c6e64' + 'ab'.repeat(64))
    eq(wrong.status, 500, 'wrong status')
    assert(/verification failed/.test(JSON.parse(wrong.text).message), 'wrong message')
    const invoiceMac = await get('/v1/getinfo', info.invoice_macaroon)
    eq(JSON.parse(invoiceMac.text).message, 'permission denied', 'invoice macaroon cannot GetInfo')
    const readonlyPay = await post('/v2/router/send', { payment_request: 'x' }, info.readonly_macaroon)
    eq(readonlyPay.status, 500, 'readonly send status')
    eq(parseLines(readonlyPay)[0].error.message, 'permission denied', 'readonly cannot send')
  })
  await check('lnd: GET /v1/balance/channels equals the backend balance', async () => {
    const j = JSON.parse((await get('/v1/balance/channels', info.readonly_macaroon)).text)
    eq(j.local_balance.sat, String(await alice.balance()), 'local_balance.sat')
    eq(j.local_balance.msat, String((await alice.balance()) * 1000), 'local_balance.msat')
  })
  await check('lnd: POST /v1/invoices, GET /v1/invoice OPEN then SETTLED after a real payment', async () => {
    const r = await post('/v1/invoices', { value: '321', memo: 'selftest' }, info.invoice_macaroon)
    eq(r.status, 200, 'status')
    const inv = JSON.parse(r.text)
    const hash = Buffer.from(inv.r_hash, 'base64').toString('hex')
    eq(hash.length, 64, 'r_hash is base64 of 32 bytes')
    assert(/^\d+$/.test(inv.add_index), 'add_index string')
    eq(Buffer.from(inv.payment_addr, 'base64').length, 32, 'payment_addr')
    let look = JSON.parse((await get(`/v1/invoice/${hash}`, info.invoice_macaroon)).text)
    eq(look.state, 'OPEN', 'state before')
    eq(look.settled, false, 'settled before')
    eq(look.expiry, '86400', 'default expiry')
    const before = await alice.balance()
    await carol.pay(inv.payment_request)
    look = JSON.parse((await get(`/v1/invoice/${hash}`, info.readonly_macaroon)).text)
    eq(look.state, 'SETTLED', 'state after')
    eq(look.amt_paid_msat, '321000', 'amt_paid_msat')
    eq(sha(Buffer.from(look.r_preimage, 'base64').toString('hex')), hash, 'r_preimage')
    eq(await alice.balance(), before + 321, 'alice received')
    const ro = await post('/v1/invoices', { value: '1' }, info.readonly_macaroon)
    eq(JSON.parse(ro.text).message, 'permission denied', 'readonly cannot add invoices')
  })
  await check('lnd: unknown invoice is 404 "unable to locate invoice"', async () => {
    const r = await get(`/v1/invoice/${'ab'.repeat(32)}`)
    eq(r.status, 404, 'status')
    eq(JSON.parse(r.text).message, 'unable to locate invoice', 'message')
  })
  await check('lnd: GET /v1/payreq decodes; a mainnet invoice is refused', async () => {
    const inv = await bob.invoice(777, 'decode me')
    const j = JSON.parse((await get(`/v1/payreq/${inv.serialized}`)).text)
    eq(j.payment_hash, inv.paymentHash, 'payment_hash')
    eq(j.num_satoshis, '777', 'num_satoshis')
    eq(j.num_msat, '777000', 'num_msat')
    eq(j.description, 'decode me', 'description')
    eq(j.destination, info.node_id, 'destination')
    const main = await get(`/v1/payreq/${MAINNET_INVOICE}`)
    eq(main.status, 500, 'mainnet status')
    assert(/not for current active network/.test(JSON.parse(main.text).message), 'mainnet message')
  })

  let paidHash
  await check('lnd: /v2/router/send streams IN_FLIGHT then SUCCEEDED and pays once', async () => {
    const inv = await bob.invoice(1000)
    const before = await alice.balance()
    const r = await post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: '10', timeout_seconds: 60 })
    eq(r.status, 200, 'status')
    const lines = parseLines(r)
    eq(lines.map(l => l.result.status).join(','), 'IN_FLIGHT,SUCCEEDED', 'updates')
    const p = lines[1].result
    eq(sha(p.payment_preimage), inv.paymentHash, 'preimage hashes to the payment hash')
    eq(lines[0].result.payment_preimage, '0'.repeat(64), 'zero preimage while in flight')
    eq(p.value_sat, '1000', 'value_sat')
    eq(typeof p.fee_msat, 'string', 'fee_msat')
    assert(/^\d+$/.test(p.creation_time_ns), 'creation_time_ns')
    eq(p.failure_reason, 'FAILURE_REASON_NONE', 'failure_reason')
    eq(await alice.balance(), before - 1000, 'alice paid exactly once')
    eq((await stats()).backend_payments[inv.paymentHash], 1, 'one backend payment')
    paidHash = inv.paymentHash
    const again = await post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: '10' })
    eq(again.status, 409, 'second send status')
    eq(parseLines(again)[0].error.message, 'invoice is already paid', 'second send message')
    eq(parseLines(again)[0].error.code, 6, 'AlreadyExists')
    eq(await alice.balance(), before - 1000, 'no second debit')
    eq((await stats()).backend_payments[inv.paymentHash], 1, 'still one backend payment')
  })
  await check('lnd: /v2/router/track of a settled payment and of an unknown hash', async () => {
    const r = await track(paidHash)
    eq(r.status, 200, 'status')
    const lines = parseLines(r)
    eq(lines.length, 1, 'one update')
    eq(lines[0].result.status, 'SUCCEEDED', 'status')
    const unknown = await track('cd'.repeat(32))
    eq(unknown.status, 404, 'unknown status')
    eq(parseLines(unknown)[0].error.message, "payment isn't initiated", 'unknown message')
    const bad = await get('/v2/router/track/%21%21')
    eq(bad.status, 400, 'bad base64')
  })
  await check('lnd: no_inflight_updates gives only the final update', async () => {
    const inv = await bob.invoice(50)
    const r = await post('/v2/router/send', { payment_request: inv.serialized, fee_limit_msat: '5000', no_inflight_updates: true })
    eq(parseLines(r).map(l => l.result.status).join(','), 'SUCCEEDED', 'updates')
  })
  await check('lnd: fee limit below the route fee fails NO_ROUTE without paying', async () => {
    await admin('/fees', { min_route_fee_msat: 1000 })
    const inv = await bob.invoice(60)
    const before = await alice.balance()
    const r = await post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: 0 })
    await admin('/fees', { min_route_fee_msat: 0 })
    const last = parseLines(r).at(-1).result
    eq(last.status, 'FAILED', 'status')
    eq(last.failure_reason, 'FAILURE_REASON_NO_ROUTE', 'failure_reason')
    eq(await alice.balance(), before, 'nothing paid')
    eq((await stats()).backend_payments[inv.paymentHash], undefined, 'backend untouched')
  })
  await check('lnd: a payment the wallet cannot afford fails INSUFFICIENT_BALANCE', async () => {
    const inv = await bob.invoice(5000000)
    const r = await post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: 10 })
    const last = parseLines(r).at(-1).result
    eq(last.status, 'FAILED', 'status')
    eq(last.failure_reason, 'FAILURE_REASON_INSUFFICIENT_BALANCE', 'failure_reason')
  })
  await check('lnd: a second send while in flight is "payment is in transition"; track follows it', async () => {
    await admin('/delay', { ms: 1500 })
    const inv = await bob.invoice(70)
    const before = await alice.balance()
    const first = post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: 10 })
    await sleep(300)
    const second = await post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: 10 })
    eq(second.status, 409, 'status')
    eq(parseLines(second)[0].error.message, 'payment is in transition', 'message')
    const tracked = parseLines(await track(inv.paymentHash)).map(l => l.result.status).join(',')
    eq(tracked, 'IN_FLIGHT,SUCCEEDED', 'track updates')
    eq(parseLines(await first).at(-1).result.status, 'SUCCEEDED', 'first send')
    await admin('/delay', { ms: 0 })
    eq(await alice.balance(), before - 70, 'paid once')
    eq((await stats()).backend_payments[inv.paymentHash], 1, 'one backend payment')
  })
  await check('lnd: two sends at once pay once', async () => {
    const inv = await bob.invoice(75)
    const before = await alice.balance()
    await admin('/delay', { ms: 400 }) // both requests arrive while the first is in flight
    const both = await Promise.all([0, 1].map(() => post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: 10 })))
    await admin('/delay', { ms: 0 })
    eq(both.map(r => r.status).sort().join(','), '200,409', 'one stream, one refusal')
    eq(await alice.balance(), before - 75, 'paid once')
    eq((await stats()).backend_payments[inv.paymentHash], 1, 'one backend payment')
  })
  await check('lnd: amount checks and a mainnet invoice are refused before paying', async () => {
    const inv = await bob.invoice(80)
    const withAmt = await post('/v2/router/send', { payment_request: inv.serialized, amt: '80', fee_limit_sat: 1 })
    eq(withAmt.status, 500, 'amt status')
    eq(parseLines(withAmt)[0].error.message, 'amount must not be specified when paying a non-zero amount invoice', 'amt message')
    const both = await post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: 1, fee_limit_msat: 1000 })
    eq(parseLines(both)[0].error.message, 'sat and msat arguments are mutually exclusive', 'fee limit')
    const main = await post('/v2/router/send', { payment_request: MAINNET_INVOICE, fee_limit_sat: 1 })
    assert(/not for current active network/.test(parseLines(main)[0].error.message), 'network')
  })

  const faulted = async (mode, pay, expect) => {
    await admin('/fault', { route: '/v2/router/send', mode, count: 1, pay })
    const inv = await bob.invoice(90)
    const before = await alice.balance()
    const r = await post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: 10 }, info.admin_macaroon, { timeoutMs: 1500 })
    await expect(r)
    if (pay) {
      const final = await until('a terminal track update', async () => {
        const t = parseLines(await track(inv.paymentHash)).at(-1)
        return t && t.result && t.result.status !== 'IN_FLIGHT' ? t.result : null
      })
      eq(final.status, 'SUCCEEDED', 'tracked status')
      eq(sha(final.payment_preimage), inv.paymentHash, 'tracked preimage')
      eq(await alice.balance(), before - 90, 'paid once')
      eq((await stats()).backend_payments[inv.paymentHash], 1, 'one backend payment')
      const again = await post('/v2/router/send', { payment_request: inv.serialized, fee_limit_sat: 10 })
      eq(again.status, 409, 'resend refused')
    } else {
      eq(await alice.balance(), before, 'nothing paid')
      eq((await stats()).backend_payments[inv.paymentHash], undefined, 'backend untouched')
      eq((await track(inv.paymentHash)).status, 404, 'never initiated')
    }
  }
  await check('lnd fault: hang (pay) never answers, pays once', () => faulted('hang', true, r => assert(r.timedOut && r.status === 0, 'no answer')))
  await check('lnd fault: status500 (pay) answers 500 after paying', () => faulted('status500', true, r => {
    eq(r.status, 500, 'status')
    eq(typeof JSON.parse(r.text).error.message, 'string', 'error body')
  }))
  await check('lnd fault: truncate (pay) cuts the second line, pays in the background', () => faulted('truncate', true, r => {
    assert(r.aborted, 'connection cut')
    const parts = r.text.split('\n')
    eq(JSON.parse(parts[0]).result.status, 'IN_FLIGHT', 'first line')
    assert(parts[1].length > 0, 'half a line follows')
    let parsed = true
    try { JSON.parse(parts[1]) } catch (e) { parsed = false }
    assert(!parsed, 'the second line does not parse')
  }))
  await check('lnd fault: reset (pay) drops the connection, pays in the background', () => faulted('reset', true, r => assert(r.aborted && r.status === 0, 'reset')))
  await check('lnd fault: reset without pay moves nothing', () => faulted('reset', false, r => assert(r.aborted && r.status === 0, 'reset')))
  await check('lnd fault: status500 without pay moves nothing', () => faulted('status500', false, r => eq(r.status, 500, 'status')))
  await check('lnd fault: truncate on /v1/getinfo writes half a body', async () => {
    await admin('/fault', { route: '/v1/getinfo', mode: 'truncate', count: 1 })
    const r = await get('/v1/getinfo')
    assert(r.aborted && r.text.length > 10, 'cut body')
    eq((await get('/v1/getinfo')).status, 200, 'count 1 only')
  })
  await check('lnd: invoices/subscribe streams adds and settles, a reset cuts it, settle_index replays', async () => {
    const sub = (q) => openStream(`${info.url}/v1/invoices/subscribe${q}`, { ca, headers: { 'Grpc-Metadata-macaroon': info.invoice_macaroon } })
    const seen = (s, hash, state) => s.lines.find(l => l.result && Buffer.from(l.result.r_hash, 'base64').toString('hex') === hash && l.result.state === state)
    const first = sub('')
    const add = async (sat) => Buffer.from(JSON.parse((await post('/v1/invoices', { value: String(sat) })).text).r_hash, 'base64').toString('hex')
    const hashA = await add(150)
    await carol.pay((await until('the add line', () => seen(first, hashA, 'OPEN'))).result.payment_request)
    const settled = (await until('the settle line', () => seen(first, hashA, 'SETTLED'))).result
    eq(settled.amt_paid_msat, '150000', 'amt_paid_msat')
    await Promise.all([admin('/fault', { route: '/v1/invoices/subscribe', mode: 'reset', count: 1 }), first.closed])
    const hashB = await add(160)
    await carol.pay(JSON.parse((await get(`/v1/invoice/${hashB}`)).text).payment_request)
    const again = sub(`?settle_index=${settled.settle_index}`)
    eq((await until('the missed settle', () => seen(again, hashB, 'SETTLED'))).result.settle_index, String(Number(settled.settle_index) + 1), 'next settle_index')
    assert(!seen(again, hashA, 'SETTLED'), 'nothing before settle_index')
    again.destroy()
  })
  await check('lnd: /_emulator/stats counts routes', async () => {
    const s = await stats()
    assert(s.routes['POST /v2/router/send'] >= 10, 'send counted')
    assert(s.routes['GET /v2/router/track/{payment_hash}'] >= 1, 'track counted')
  })
}

async function clnChecks (cln, carol, bob, alice) {
  const { info } = cln
  const ca = info.tls_cert
  const rpc = (method, body = {}, rune = info.rune, extra = {}) =>
    request(`${info.url}/v1/${method}`, { ca, body, headers: rune ? { Rune: rune } : {}, ...extra })
  const admin = (p, body) => request(info.admin + p, { ca, body })
  const stats = async () => JSON.parse((await admin('/stats')).text)
  const json = (r) => JSON.parse(r.text)

  await check('cln: getinfo answers 201 with id and network', async () => {
    const r = await rpc('getinfo')
    eq(r.status, 201, 'status')
    eq(json(r).id, info.node_id, 'id')
    eq(json(r).network, 'regtest', 'network')
    assert(info.tls_cert.startsWith('-----BEGIN CERTIFICATE-----'), 'tls_cert')
  })
  await check('cln: rune errors (missing 403/1501, wrong 401/1502, readonly may not pay)', async () => {
    const missing = await rpc('getinfo', {}, null)
    eq(missing.status, 403, 'missing status')
    eq(json(missing).code, 1501, 'missing code')
    eq(json(missing).message, 'Not authorized: Missing rune', 'missing message')
    const wrong = await rpc('getinfo', {}, Buffer.alloc(40, 7).toString('base64url'))
    eq(wrong.status, 401, 'wrong status')
    eq(json(wrong).code, 1502, 'wrong code')
    for (const m of ['xpay', 'pay', 'invoice']) {
      const r = await rpc(m, {}, info.readonly_rune)
      eq(r.status, 401, `${m} status`)
      eq(json(r).code, 1502, `${m} code`)
      assert(/^Not permitted: /.test(json(r).message), `${m} message`)
    }
    for (const m of ['getinfo', 'listfunds', 'listinvoices', 'listpays']) eq((await rpc(m, {}, info.readonly_rune)).status, 201, `readonly ${m}`)
  })
  await check('cln: unknown method is 404 -32601', async () => {
    const r = await rpc('frobnicate')
    eq(r.status, 404, 'status')
    eq(json(r).code, -32601, 'code')
    eq(json(r).message, "Unknown command 'frobnicate'", 'message')
  })
  await check('cln: listfunds our_amount_msat is the backend balance', async () => {
    const j = json(await rpc('listfunds', {}, info.readonly_rune))
    eq(j.channels.reduce((s, c) => s + c.our_amount_msat, 0), (await carol.balance()) * 1000, 'our_amount_msat')
  })
  await check('cln: invoice, duplicate label 900, listinvoices unpaid then paid', async () => {
    const r = await rpc('invoice', { amount_msat: 432000, label: 'selftest-1', description: 'cln selftest' })
    eq(r.status, 201, 'status')
    const inv = json(r)
    assert(/^lnbcrt/.test(inv.bolt11), 'bolt11')
    assert(Number.isInteger(inv.expires_at), 'expires_at')
    const dup = await rpc('invoice', { amount_msat: 1000, label: 'selftest-1', description: 'again' })
    eq(dup.status, 500, 'duplicate status')
    eq(json(dup).code, 900, 'duplicate code')
    const missing = await rpc('invoice', { amount_msat: 1000, description: 'x' })
    eq(json(missing).code, -32602, 'missing label')
    let list = json(await rpc('listinvoices', { payment_hash: inv.payment_hash }, info.readonly_rune)).invoices
    eq(list[0].status, 'unpaid', 'before')
    await alice.pay(inv.bolt11)
    list = json(await rpc('listinvoices', { payment_hash: inv.payment_hash })).invoices
    eq(list[0].status, 'paid', 'after')
    eq(list[0].amount_received_msat, 432000, 'amount_received_msat')
    eq(sha(list[0].payment_preimage), inv.payment_hash, 'preimage')
    eq(json(await rpc('listinvoices', { payment_hash: 'ef'.repeat(32) })).invoices.length, 0, 'unknown hash')
  })
  await check('cln: decode a bolt11', async () => {
    const inv = await bob.invoice(555, 'decode cln')
    const j = json(await rpc('decode', { string: inv.serialized }, info.readonly_rune))
    eq(j.type, 'bolt11 invoice', 'type')
    eq(j.valid, true, 'valid')
    eq(j.amount_msat, 555000, 'amount_msat')
    eq(j.payment_hash, inv.paymentHash, 'payment_hash')
    eq(j.currency, 'bcrt', 'currency')
    eq(j.payee, info.node_id, 'payee')
    eq(j.description, 'decode cln', 'description')
  })
  await check('cln: xpay pays once; again is 219; pay returns the earlier success', async () => {
    const inv = await bob.invoice(1100)
    const before = await carol.balance()
    const r = await rpc('xpay', { invstring: inv.serialized, maxfee: 20000, retry_for: 30 })
    eq(r.status, 201, 'status')
    const j = json(r)
    eq(sha(j.payment_preimage), inv.paymentHash, 'preimage')
    eq(j.amount_msat, 1100000, 'amount_msat')
    assert(j.amount_sent_msat >= 1100000, 'amount_sent_msat')
    eq(j.successful_parts, 1, 'successful_parts')
    const again = await rpc('xpay', { invstring: inv.serialized })
    eq(again.status, 500, 'again status')
    eq(json(again).code, 219, 'already paid')
    const legacy = await rpc('pay', { bolt11: inv.serialized })
    eq(legacy.status, 201, 'pay status')
    eq(json(legacy).status, 'complete', 'pay returns the earlier success')
    eq(json(legacy).payment_preimage, j.payment_preimage, 'same preimage')
    eq(await carol.balance(), before - 1100, 'paid once')
    eq((await stats()).backend_payments[inv.paymentHash], 1, 'one backend payment')
    const lp = json(await rpc('listpays', { payment_hash: inv.paymentHash }, info.readonly_rune)).pays
    eq(lp.length, 1, 'listpays')
    eq(lp[0].status, 'complete', 'listpays status')
    eq(lp[0].preimage, j.payment_preimage, 'listpays preimage')
    eq(lp[0].amount_sent_msat, j.amount_sent_msat, 'listpays amount_sent_msat')
  })
  await check('cln: xpay and pay at once pay once', async () => {
    const inv = await bob.invoice(85)
    const before = await carol.balance()
    await admin('/delay', { ms: 400 }) // both requests arrive while the first is in flight
    const both = await Promise.all([rpc('xpay', { invstring: inv.serialized }), rpc('pay', { bolt11: inv.serialized })])
    await admin('/delay', { ms: 0 })
    eq(both.filter(r => r.status === 201).length, 1, 'one success')
    eq(json(both.find(r => r.status !== 201)).code, 200, 'the other is in progress')
    eq(await carol.balance(), before - 85, 'paid once')
    eq((await stats()).backend_payments[inv.paymentHash], 1, 'one backend payment')
  })
  await check('cln: pay pays a new invoice once', async () => {
    const inv = await bob.invoice(120)
    const before = await carol.balance()
    const j = json(await rpc('pay', { bolt11: inv.serialized }))
    eq(j.status, 'complete', 'status')
    eq(sha(j.payment_preimage), inv.paymentHash, 'preimage')
    eq(j.payment_hash, inv.paymentHash, 'payment_hash')
    eq(await carol.balance(), before - 120, 'paid once')
  })
  await check('cln: failures carry xpay and pay codes; listpays of an unknown hash is empty', async () => {
    const big = await bob.invoice(5000000)
    const x = await rpc('xpay', { invstring: big.serialized })
    eq(x.status, 500, 'status')
    assert([205, 209].includes(json(x).code), `xpay code ${json(x).code}`)
    eq(json(await rpc('listpays', { payment_hash: big.paymentHash })).pays[0].status, 'failed', 'listpays failed')
    await admin('/fees', { min_route_fee_msat: 10000 })
    const cheap = await bob.invoice(130)
    const low = await rpc('pay', { bolt11: cheap.serialized, maxfee: 1 })
    await admin('/fees', { min_route_fee_msat: 0 })
    eq(json(low).code, 206, 'pay route too expensive')
    eq((await stats()).backend_payments[cheap.paymentHash], undefined, 'backend untouched')
    eq(json(await rpc('listpays', { payment_hash: 'aa'.repeat(32) })).pays.length, 0, 'unknown')
    const main = await rpc('xpay', { invstring: MAINNET_INVOICE })
    eq(json(main).code, -32602, 'mainnet invoice')
  })

  const faulted = async (method, mode, pay, expect) => {
    await admin('/fault', { route: `/v1/${method}`, mode, count: 1, pay })
    const inv = await bob.invoice(95)
    const before = await carol.balance()
    const param = method === 'pay' ? 'bolt11' : 'invstring'
    const r = await rpc(method, { [param]: inv.serialized }, info.rune, { timeoutMs: 1500 })
    await expect(r)
    if (pay) {
      const p = await until('a complete listpays entry', async () => {
        const e = json(await rpc('listpays', { payment_hash: inv.paymentHash })).pays[0]
        return e && e.status === 'complete' ? e : null
      })
      eq(sha(p.preimage), inv.paymentHash, 'listpays preimage')
      eq(await carol.balance(), before - 95, 'paid once')
      eq((await stats()).backend_payments[inv.paymentHash], 1, 'one backend payment')
      eq(json(await rpc('xpay', { invstring: inv.serialized })).code, 219, 'retry refused')
    } else {
      eq(await carol.balance(), before, 'nothing paid')
      eq(json(await rpc('listpays', { payment_hash: inv.paymentHash })).pays.length, 0, 'no pay record')
    }
  }
  await check('cln fault: xpay hang (pay) never answers, pays once', () => faulted('xpay', 'hang', true, r => assert(r.timedOut, 'no answer')))
  await check('cln fault: xpay truncate (pay) writes half a body', () => faulted('xpay', 'truncate', true, r => {
    assert(r.aborted && r.text.length > 0, 'cut body')
    let parsed = true
    try { JSON.parse(r.text) } catch (e) { parsed = false }
    assert(!parsed, 'the body does not parse')
  }))
  await check('cln fault: pay status500 (pay) answers 500 after paying', () => faulted('pay', 'status500', true, r => {
    eq(r.status, 500, 'status')
    eq(typeof json(r).code, 'number', 'error body')
  }))
  await check('cln fault: xpay reset (pay) pays in the background', () => faulted('xpay', 'reset', true, r => assert(r.aborted && r.status === 0, 'reset')))
  await check('cln fault: xpay reset without pay moves nothing', () => faulted('xpay', 'reset', false, r => assert(r.aborted, 'reset')))
  await check('cln fault: listpays status500, then normal again', async () => {
    await admin('/fault', { route: '/v1/listpays', mode: 'status500', count: 1 })
    eq((await rpc('listpays')).status, 500, 'faulted')
    eq((await rpc('listpays')).status, 201, 'count 1 only')
  })
  await check('cln: waitanyinvoice answers the next payment after lastpay_index, else 904', async () => {
    const base = Math.max(0, ...json(await rpc('listinvoices')).invoices.map(i => i.pay_index || 0))
    const waiting = rpc('waitanyinvoice', { lastpay_index: base, timeout: 10 })
    const inv = json(await rpc('invoice', { amount_msat: 170000, label: 'selftest-wait', description: 'wait' }))
    await alice.pay(inv.bolt11)
    const r = await waiting
    eq(`${r.status} ${json(r).payment_hash} ${json(r).pay_index} ${json(r).amount_received_msat}`, `201 ${inv.payment_hash} ${base + 1} 170000`, 'answer')
    eq(json(await rpc('waitanyinvoice', { lastpay_index: base })).payment_hash, inv.payment_hash, 'replayed')
    eq(json(await rpc('waitanyinvoice', { lastpay_index: base + 1, timeout: 1 })).code, 904, 'timeout error')
    eq(json(await rpc('waitanyinvoice', { lastpay_index: -1 })).code, -32602, 'bad index')
  })
  await check('cln: /_emulator/stats counts routes', async () => {
    const s = await stats()
    assert(s.routes['POST /v1/xpay'] >= 5, 'xpay counted')
  })
}

async function main () {
  const sandbox = await start(args.sandbox, ['--port', '0', '--wallet', 'alice:100000', '--wallet', 'bob:0', '--wallet', 'carol:100000'])
  const wallets = Object.fromEntries(sandbox.info.wallets.map(w => [w.name, w.phoenixd]))
  const [alice, bob, carol] = ['alice', 'bob', 'carol'].map(n => phoenixd(wallets[n]))
  const emulator = (script, wallet, extra) => start(process.execPath, [path.join(here, script), '--backend', wallets[wallet].url,
    '--backend-password', wallets[wallet].password, '--network', 'regtest', ...extra])
  const [lnd, cln, old] = await Promise.all([
    emulator('lnd-emulator.mjs', 'alice', ['--alias', 'selftest']),
    emulator('cln-emulator.mjs', 'carol', []),
    emulator('cln-emulator.mjs', 'carol', ['--no-xpay', '--http'])
  ])
  await lndChecks(lnd, alice, bob, carol)
  await clnChecks(cln, carol, bob, alice)
  await check('cln --no-xpay --http: plain HTTP, no tls_cert, xpay is an unknown command, pay works', async () => {
    assert(old.info.url.startsWith('http://127.0.0.1:'), 'http url')
    eq(old.info.tls_cert, undefined, 'no tls_cert')
    const r = await request(`${old.info.url}/v1/xpay`, { body: { invstring: 'x' }, headers: { Rune: old.info.rune } })
    eq(r.status, 404, 'status')
    eq(JSON.parse(r.text).message, "Unknown command 'xpay'", 'message')
    const inv = await bob.invoice(40)
    const p = await request(`${old.info.url}/v1/pay`, { body: { bolt11: inv.serialized }, headers: { Rune: old.info.rune } })
    eq(JSON.parse(p.text).status, 'complete', 'pay')
  })
  await check('emulators exit 0 on SIGTERM', async () => {
    for (const e of [lnd, cln, old]) {
      const code = new Promise(resolve => e.child.once('exit', (c, s) => resolve(c ?? s)))
      e.child.kill('SIGTERM')
      eq(await code, 0, 'exit code')
    }
  })
}

try {
  await main()
} catch (e) {
  failures++
  process.stdout.write(`not ok - setup: ${e.message}\n`)
}
for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
process.stdout.write(failures === 0 ? 'all checks passed\n' : `${failures} check(s) failed\n`)
process.exitCode = failures === 0 ? 0 : 1
