// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QStringView>

namespace lw {

enum class InspectErrorCode { Empty, Invalid, Unrecognised };
using InspectError = ParseError<InspectErrorCode>;

//! Recognises what a piece of text is (invoice, LNURL, Lightning Address, payment URI,
//! WWW-Authenticate challenge or macaroon), decodes it fully, and describes it as JSON. A value
//! nested inside another (the invoice of a challenge or of a bitcoin: link) must decode too:
//! nothing half-decoded is presented as valid.
Result<QJsonObject, InspectError> inspectInput(QStringView text, qint64 nowSecs);

} // namespace lw
