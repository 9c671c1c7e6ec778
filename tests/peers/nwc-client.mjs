// SPDX-License-Identifier: GPL-3.0-or-later
// @getalby/sdk's NWCClient from the command line: a cross-check for the wallet service and the
// reference for the pay_invoice round-trip benchmark.
//
//   node nwc-client.mjs --uri <nostr+walletconnect URI> <method> [json params] [--timeout-ms N (raw requests)]
//     prints the result as one JSON line, or {"error":{"code","message","type"}}; exit 0 either way
//     (2 on bad usage). Methods: get_info, get_balance, pay_invoice, make_invoice,
//     lookup_invoice, list_transactions, pay_keysend, sign_message, get_budget; "info" prints the
//     13194 info event as the SDK reads it; any other name is sent as a raw request.
//   node nwc-client.mjs --uri <uri> --bench < invoices.txt
//     pays each invoice (one per line) sequentially after connecting and reading the info event
//     once, checks sha256(preimage) == payment hash, and prints
//     {"count":N,"ms":[…],"median_ms":…,"p95_ms":…,"errors":E}; exit 1 when any payment failed.
import crypto from 'node:crypto'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
globalThis.WebSocket ??= require('ws')
const { NWCClient } = await import('@getalby/sdk/nwc')
const bolt11 = require('bolt11')

console.log = console.info = console.debug = (...args) => console.error(...args)
process.on('unhandledRejection', (err) => console.error('[nwc-client]', err?.message ?? String(err)))

const CALLS = {
  get_info: (c) => c.getInfo(),
  get_balance: (c) => c.getBalance(),
  get_budget: (c) => c.getBudget(),
  pay_invoice: (c, p) => c.payInvoice(p),
  pay_keysend: (c, p) => c.payKeysend(p),
  make_invoice: (c, p) => c.makeInvoice(p),
  lookup_invoice: (c, p) => c.lookupInvoice(p),
  list_transactions: (c, p) => c.listTransactions(p),
  sign_message: (c, p) => c.signMessage(p),
  info: (c) => c.getWalletServiceInfo()
}

function parseArgs (argv) {
  const o = { positional: [] }
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--uri') o.uri = argv[++i]
    else if (argv[i] === '--bench') o.bench = true
    else if (argv[i] === '--timeout-ms') o.timeoutMs = Number(argv[++i])
    else o.positional.push(argv[i])
  }
  if (!o.uri) throw new Error('need --uri')
  if (!o.bench && o.positional.length === 0) throw new Error('need a method')
  return o
}

const print = (value) => process.stdout.write(JSON.stringify(value) + '\n')
const errorJson = (err) => ({ error: { code: err?.code ?? 'OTHER', message: String(err?.message ?? err), type: err?.constructor?.name ?? 'Error' } })

function percentile (sorted, p) {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
}

async function readStdin () {
  let text = ''
  for await (const chunk of process.stdin) text += chunk
  return text.split(/\r?\n/).map(s => s.trim()).filter(Boolean)
}

async function bench (client) {
  const invoices = await readStdin()
  await client.getWalletServiceInfo() // connect and pick the encryption before timing
  await client.getBalance()
  const ms = []
  let errors = 0
  for (const invoice of invoices) {
    const hash = bolt11.decode(invoice).tags.find(t => t.tagName === 'payment_hash').data
    const start = process.hrtime.bigint()
    let result = null
    try { result = await client.payInvoice({ invoice }) } catch (err) { console.error('[nwc-client] payment failed:', err?.code, err?.message) }
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6
    const proven = typeof result?.preimage === 'string' &&
      crypto.createHash('sha256').update(Buffer.from(result.preimage, 'hex')).digest('hex') === hash
    if (!proven) { errors += 1; continue }
    ms.push(Math.round(elapsed * 100) / 100)
  }
  const sorted = [...ms].sort((a, b) => a - b)
  print({ count: ms.length, ms, median_ms: percentile(sorted, 0.5), p95_ms: percentile(sorted, 0.95), errors })
  return errors === 0 ? 0 : 1
}

async function call (client, opts) {
  const [method, rawParams] = opts.positional
  let params = {}
  if (rawParams !== undefined) params = JSON.parse(rawParams)
  try {
    const run = CALLS[method] ?? ((c, p) => c.executeNip47Request(method, p, (r) => !!r, opts.timeoutMs ? { replyTimeout: opts.timeoutMs } : undefined))
    print(await run(client, params))
  } catch (err) {
    print(errorJson(err))
  }
  return 0
}

let client = null
const stop = () => { try { client?.close() } catch {} process.exit(130) }
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

let code = 2
try {
  const opts = parseArgs(process.argv.slice(2))
  client = new NWCClient({ nostrWalletConnectUrl: opts.uri })
  code = opts.bench ? await bench(client) : await call(client, opts)
} catch (err) {
  console.error('[nwc-client]', err?.message ?? err)
} finally {
  try { client?.close() } catch {}
}
process.exit(code)
