// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace lw {

//! Test hook for the crash-safety tests: when LIGHTWORK_ABORT_AT names this stage, the
//! process aborts here, as a power cut would stop it. Stages: after_intent, after_invoice,
//! after_paying, after_wallet_paid, after_paid, after_credential_sent, after_response;
//! after_job_recorded (a paid tool call's job kept, before its first poll).
void crashPoint(const char *stage);

} // namespace lw
