// SPDX-License-Identifier: MIT
// stdout is kept for the one "listening on" line that tools wait for; logs go to stderr.
#include "serverlog.h"

#include <QString>
#include <QtGlobal>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace vd::server::serverlog {

namespace {
void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
    static auto logger = spdlog::stderr_color_mt("verifydesk-server");
    const QByteArray text = msg.toUtf8();
    const char *category = ctx.category ? ctx.category : "default";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, text.constData());
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, text.constData());
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, text.constData());
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("[{}] {}", category, text.constData());
        break;
    }
}
} // namespace

void install() {
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
    qInstallMessageHandler(handler);
}

} // namespace vd::server::serverlog
