// SPDX-License-Identifier: MIT
// The console's logging categories.
#include "logcategories.h"

Q_LOGGING_CATEGORY(lcApi, "vd.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "vd.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvents, "vd.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "vd.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "vd.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVerify, "vd.verify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "vd.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "vd.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "vd.audit", QtInfoMsg)
