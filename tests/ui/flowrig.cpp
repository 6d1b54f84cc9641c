// SPDX-License-Identifier: MIT
// FlowRig: the fake server answers sign-in, sign-out and a small directory.
#include "flowrig.h"

#include "fakedirectory.h"
#include "fixtures.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

namespace vd::test {
namespace {
void write(const QString &path, const FlowRig::Values &values) {
    QSettings file(path, QSettings::IniFormat);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        file.setValue(it.key(), it.value());
}
} // namespace

FlowRig::FlowRig(const Values &system, const Values &user) {
    const QString systemPath = dir.filePath(QStringLiteral("system.conf"));
    const QString userPath = dir.filePath(QStringLiteral("user.conf"));
    write(systemPath, system);
    write(userPath, user);
    settings = std::make_unique<app::SettingsRegistry>(systemPath, userPath);
    transport.route("POST", QStringLiteral("/api/v1/session"),
                    FakeTransport::json(201, Fixtures::session(QStringLiteral("tok-1")).toJson()));
    transport.route("GET", QStringLiteral("/api/v1/session"),
                    FakeTransport::json(200, Fixtures::session(QString()).toJson()));
    transport.route("DELETE", QStringLiteral("/api/v1/session"), FakeTransport::noContent());
    FakeDirectory::install(transport, FakeDirectory::people(5));
}

FlowRig::~FlowRig() {
    flow.reset();
}

void FlowRig::start(const ui::ConsoleFlow::Options &options) {
    ui::ConsoleContext c;
    c.api = &api;
    c.session = &session;
    c.clock = &clock;
    c.settings = settings.get();
    flow = std::make_unique<ui::ConsoleFlow>(c, options);
    flow->start();
}

bool FlowRig::signIn() {
    ui::LoginDialog *d = flow->loginDialog();
    if (!d || !d->isVisible())
        return false;
    if (d->server().isEmpty())
        d->serverEdit()->setText(QStringLiteral("http://127.0.0.1:8470"));
    d->usernameEdit()->setText(QStringLiteral("helpdesk"));
    d->passwordEdit()->setText(QStringLiteral("helpdesk"));
    QTest::mouseClick(d->signInButton(), Qt::LeftButton);
    return QTest::qWaitFor([this] { return flow->mainWindow() && flow->mainWindow()->isVisible(); },
                           10000);
}

} // namespace vd::test
