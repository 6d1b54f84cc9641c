// SPDX-License-Identifier: MIT
// Start-up order matters: migrate, seed, sweep expired verifications, then accept requests.
#include "serverapp.h"

#include "deviceroutes.h"
#include "seeder.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServer, "vd.server")

namespace vd::server {

ServerApp::ServerApp(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {}

ServerApp::~ServerApp() = default;

bool ServerApp::start(QString *error) {
    if (!m_store.open(m_options.database, error))
        return false;
    if (m_options.seedDemo) {
        if (auto s = Seeder(m_store, m_hasher).seedDemo(); !s) {
            *error = QStringLiteral("seeding the demo data failed: ") + s.error().message;
            return false;
        }
    }
    if (m_options.seedUsers > 0) {
        if (auto s = Seeder(m_store, m_hasher).addGeneratedUsers(m_options.seedUsers); !s) {
            *error = QStringLiteral("adding generated users failed: ") + s.error().message;
            return false;
        }
        qCInfo(lcServer, "added %d generated users", m_options.seedUsers);
    }

    const Clock clock = systemNow;
    m_sessions = std::make_unique<SessionService>(m_store, m_hasher, clock);
    m_directory = std::make_unique<DirectoryService>(m_store);
    m_settings = std::make_unique<SettingsService>(m_store);
    m_devices = std::make_unique<DeviceService>(m_store, clock);
    m_channel = std::make_unique<DeviceChannel>(*m_devices);
    m_verifications = std::make_unique<VerificationService>(
        m_store, *m_channel, clock, std::chrono::seconds(m_options.verificationTimeoutSeconds));
    m_channel->setOpenRequests([this](const TokenRecord &device) {
        auto open = m_verifications->openRequests(device);
        return open ? open.value() : QList<protocol::PushRequest>();
    });
    m_channel->setAnswerHandler(
        [this](const TokenRecord &device, const QString &requestId,
               const QJsonObject &message) -> Result<wire::VerificationState> {
            auto answer = http::DeviceRoutes::parseAnswer(message);
            if (!answer)
                return answer.error();
            return m_verifications->answer(device, requestId, answer->action, answer->choice);
        });
    if (auto s = m_verifications->recover(); !s) {
        *error = QStringLiteral("recovering pending verifications failed: ") + s.error().message;
        return false;
    }
    m_followUps = std::make_unique<FollowUpService>(m_store, clock);
    m_api = std::make_unique<http::ApiServer>(
        http::Services{m_store, *m_sessions, *m_directory, *m_settings, *m_devices,
                       *m_verifications, *m_channel, *m_followUps});
    return m_api->listen(m_options.address, m_options.port, error);
}

QString ServerApp::listeningUrl() const {
    QString host = m_options.host;
    if (m_api->address().protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + m_api->address().toString() + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(host).arg(m_api->port());
}

void ServerApp::shutdown(const std::function<void()> &done) {
    if (!m_api) {
        done();
        return;
    }
    m_api->shutdown(done);
}

} // namespace vd::server
