// SPDX-License-Identifier: MIT
// Logging: spdlog sinks behind Qt's message handler, with a last-resort secret scrubber.
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <memory>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace vd::app {
namespace {

std::mutex g_mutex;
std::shared_ptr<spdlog::logger> g_logger;
QString g_path;
QtMessageHandler g_previous = nullptr;

spdlog::level::level_enum levelOf(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

// Code never logs a secret on purpose; this catches an accident (a header dumped whole).
QString scrub(const QString &message) {
    static const QRegularExpression bearer(QStringLiteral("(Bearer)\\s+[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fields(
        QStringLiteral("(\"(?:password|token|deviceToken|activationCode)\"\\s*:\\s*)\"[^\"]*\""),
        QRegularExpression::CaseInsensitiveOption);
    QString s = message;
    s.replace(bearer, QStringLiteral("\\1 [redacted]"));
    s.replace(fields, QStringLiteral("\\1\"[redacted]\""));
    return s;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    std::shared_ptr<spdlog::logger> logger;
    {
        std::lock_guard lock(g_mutex);
        logger = g_logger;
    }
    if (!logger) {
        if (g_previous)
            g_previous(type, context, message);
        return;
    }
    const QString category = context.category ? QString::fromUtf8(context.category) : QString();
    const QString text = category.isEmpty() || category == QLatin1String("default")
                             ? scrub(message)
                             : QString(category + QStringLiteral(": ") + scrub(message));
    logger->log(levelOf(type), "{}", text.toStdString());
    if (type == QtFatalMsg) {
        logger->flush();
        std::abort();
    }
}

} // namespace

bool Logging::init(bool verbose, const QString &directory) {
    shutdown();
    const QString dir =
        directory.isEmpty()
            ? QString(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/logs"))
            : directory;
    std::vector<spdlog::sink_ptr> sinks;
    bool fileOk = false;
    QString path;
    if (QDir().mkpath(dir)) {
        path = QDir(dir).filePath(QStringLiteral("verifydesk.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(path).toStdString(), std::size_t(MaxFileSize),
                std::size_t(MaxFiles - 1));
            file->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
            sinks.push_back(file);
            fileOk = true;
        } catch (const spdlog::spdlog_ex &) {
            path.clear();
        }
    }
    if (verbose || !fileOk) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>("verifydesk", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] [%t] %v");
    logger->flush_on(spdlog::level::warn);
    {
        std::lock_guard lock(g_mutex);
        g_logger = logger;
        g_path = path;
    }
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("vd.*.debug=true"));
    g_previous = qInstallMessageHandler(handler);
    return fileOk;
}

void Logging::shutdown() {
    std::shared_ptr<spdlog::logger> logger;
    {
        std::lock_guard lock(g_mutex);
        logger = std::move(g_logger);
        g_logger.reset();
        g_path.clear();
    }
    if (logger) {
        qInstallMessageHandler(g_previous);
        g_previous = nullptr;
        logger->flush();
    }
}

void Logging::flush() {
    std::lock_guard lock(g_mutex);
    if (g_logger)
        g_logger->flush();
}

QString Logging::logFilePath() {
    std::lock_guard lock(g_mutex);
    return g_path;
}

} // namespace vd::app
