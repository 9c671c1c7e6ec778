// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

namespace lw::sandbox {

QList<QStringList> schemaMigrations()
{
    return {
        {
            // Keys, settings and counters.
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),

            // Simulated Lightning: wallets on the one sandbox node, their invoices and payments.
            QStringLiteral(R"(CREATE TABLE wallets (
                id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, balance_msat INTEGER NOT NULL,
                phoenixd_password TEXT NOT NULL UNIQUE, lnbits_admin_key TEXT NOT NULL UNIQUE,
                lnbits_invoice_key TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE invoices (
                payment_hash TEXT PRIMARY KEY, wallet_id TEXT NOT NULL REFERENCES wallets(id),
                bolt11 TEXT NOT NULL, preimage TEXT NOT NULL, amount_msat INTEGER,
                description TEXT, external_id TEXT, created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL, paid_at INTEGER, received_msat INTEGER))"),
            QStringLiteral(R"(CREATE TABLE payments (
                id TEXT PRIMARY KEY, wallet_id TEXT NOT NULL REFERENCES wallets(id),
                payment_hash TEXT NOT NULL, bolt11 TEXT NOT NULL, amount_msat INTEGER NOT NULL,
                fee_msat INTEGER NOT NULL, status TEXT NOT NULL, preimage TEXT, reason TEXT,
                created_at INTEGER NOT NULL, completed_at INTEGER))"),
            QStringLiteral("CREATE INDEX payments_by_hash ON payments(payment_hash)"),

            // L402 payment hashes already redeemed (persisted only with the replay fault fixed).
            QStringLiteral(R"(CREATE TABLE used_hashes (
                payment_hash TEXT PRIMARY KEY, used_at INTEGER NOT NULL))"),

            // 402ai "AI for Hire".
            QStringLiteral(R"(CREATE TABLE hire_accounts (
                id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE,
                balance_sats INTEGER NOT NULL, created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE hire_topups (
                payment_hash TEXT PRIMARY KEY, account_id TEXT, amount_sats INTEGER NOT NULL,
                status TEXT NOT NULL, created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE hire_tasks (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                buyer_account_id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
                budget_sats INTEGER NOT NULL, status TEXT NOT NULL, escrowed_sats INTEGER,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE hire_quotes (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                task_id TEXT NOT NULL, contractor_account_id TEXT NOT NULL,
                price_sats INTEGER NOT NULL, description TEXT NOT NULL, status TEXT NOT NULL,
                created_at TEXT NOT NULL, updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE hire_messages (
                id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL,
                quote_id TEXT NOT NULL, sender_account_id TEXT NOT NULL, body TEXT NOT NULL,
                created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE hire_deliveries (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                task_id TEXT NOT NULL, quote_id TEXT NOT NULL,
                contractor_account_id TEXT NOT NULL, filename TEXT NOT NULL, notes TEXT NOT NULL,
                content_base64 TEXT NOT NULL, created_at TEXT NOT NULL))"),

            // ProofLayer.
            QStringLiteral(R"(CREATE TABLE pl_workers (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL, lightning_address TEXT NOT NULL, type TEXT NOT NULL,
                completed_jobs INTEGER NOT NULL, reputation_score INTEGER NOT NULL,
                created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE pl_tasks (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                task_type TEXT NOT NULL, title TEXT NOT NULL, input_json TEXT NOT NULL,
                budget_sats INTEGER NOT NULL, worker_type TEXT NOT NULL, trust_mode TEXT NOT NULL,
                status TEXT NOT NULL, worker_id TEXT, answer_json TEXT, confidence TEXT,
                proof_url TEXT, payment_hash TEXT NOT NULL, created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL, claimed_at TEXT, submitted_at TEXT,
                completed_at TEXT))"),
            QStringLiteral(R"(CREATE TABLE pl_payouts (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
                task_id TEXT NOT NULL UNIQUE, worker_id TEXT NOT NULL,
                amount_sats INTEGER NOT NULL, platform_sats INTEGER NOT NULL,
                multiplier TEXT NOT NULL, status TEXT NOT NULL, lightning_address TEXT NOT NULL,
                payment_hash TEXT, preimage TEXT, reason TEXT, created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),

            // L402 tools: asynchronous jobs, AI-call sessions, refunds (LNURL-withdraw).
            // charge id = the integer sats4ai reports as refund.charge_id.
            QStringLiteral(R"(CREATE TABLE tool_charges (
                id INTEGER PRIMARY KEY AUTOINCREMENT, service TEXT NOT NULL,
                payment_hash TEXT NOT NULL UNIQUE, amount_sats INTEGER NOT NULL,
                request_hash TEXT NOT NULL, token TEXT NOT NULL, status TEXT NOT NULL,
                refund_k1 TEXT, refund_amount INTEGER, created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL, failed_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE tool_jobs (
                id TEXT PRIMARY KEY, service TEXT NOT NULL, charge_id INTEGER NOT NULL,
                request_json TEXT NOT NULL, status TEXT NOT NULL, polls INTEGER NOT NULL,
                fails INTEGER NOT NULL, created_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE tool_sessions (
                id TEXT PRIMARY KEY, charge_id INTEGER NOT NULL, request_json TEXT NOT NULL,
                questions_json TEXT NOT NULL, state TEXT NOT NULL, call_id TEXT,
                created_at INTEGER NOT NULL))"),
            // LNURL-withdraw links (tool refunds): pay out of `wallet_id` once.
            QStringLiteral(R"(CREATE TABLE withdraw_links (
                k1 TEXT PRIMARY KEY, wallet_id TEXT NOT NULL, amount_sats INTEGER NOT NULL,
                description TEXT NOT NULL, status TEXT NOT NULL, payment_hash TEXT,
                reference TEXT, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL))"),
        },
    };
}

} // namespace lw::sandbox
