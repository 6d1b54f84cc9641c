// SPDX-License-Identifier: MIT
// Owns and wires the server's parts: store, services, push gateway, HTTP.
#pragma once

#include "apiserver.h"
#include "devicechannel.h"
#include "deviceservice.h"
#include "directoryservice.h"
#include "followupservice.h"
#include "passwordhasher.h"
#include "serveroptions.h"
#include "sessionservice.h"
#include "settingsservice.h"
#include "sqlitestore.h"
#include "verificationservice.h"

#include <QObject>
#include <memory>

namespace vd::server {

class ServerApp : public QObject {
    Q_OBJECT
public:
    explicit ServerApp(const ServerOptions &options, QObject *parent = nullptr);
    ~ServerApp() override;

    // Opens and migrates the store, seeds, recovers pending verifications, listens.
    bool start(QString *error);
    QString listeningUrl() const;
    void shutdown(const std::function<void()> &done);

private:
    ServerOptions m_options;
    SqliteStore m_store;
    PasswordHasher m_hasher;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<DeviceService> m_devices;
    std::unique_ptr<DeviceChannel> m_channel;
    std::unique_ptr<VerificationService> m_verifications;
    std::unique_ptr<FollowUpService> m_followUps;
    std::unique_ptr<http::ApiServer> m_api;
};

} // namespace vd::server
