// SPDX-License-Identifier: MIT
// verifydesk-device: parses the command line before any application object exists (so --help
// and --version need no display), then runs a DeviceRunner, with a window for --gui.
#include "deviceoptions.h"
#include "devicerunner.h"
#include "devicewindow.h"
#include "signalwatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

void printTo(FILE *out, const QString &text) {
    const QByteArray bytes = QString(text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), out);
    std::fflush(out);
}

QStringList argumentsOf(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// A sample screen without a server, for screenshots and demos of the look.
void showDemo(vd::device::DeviceWindow *window, const QString &screen) {
    using namespace vd::device;
    window->setChannel(DeviceClient::Channel::WebSocket);
    if (screen == QLatin1String("idle"))
        return;
    vd::protocol::PushRequest request;
    request.requestId = QStringLiteral("demo");
    request.resourceName = QStringLiteral("Helpdesk push verification");
    request.organizationName = QStringLiteral("Acme Corp");
    request.userName = QStringLiteral("John Doe");
    request.timestamp = QDateTime::currentDateTimeUtc();
    if (screen != QLatin1String("plain"))
        request.choices = QList<int>{12, 47, 83};
    window->addRequest(request);
    if (screen == QLatin1String("result")) {
        DeviceClient::Outcome outcome;
        outcome.kind = DeviceClient::Outcome::Kind::State;
        outcome.state = QStringLiteral("approved");
        window->showOutcome(request.requestId, Answer{vd::wire::DeviceAction::Approve, 47, {}},
                            outcome);
    }
}

// Long enough after the screen changed for layout and paint on a slow machine.
void scheduleScreenshot(QWidget *window, const QString &path, bool exitAfter) {
    QTimer::singleShot(800, window, [window, path, exitAfter] {
        if (!window->grab().save(path)) {
            printTo(stderr, QStringLiteral("verifydesk-device: cannot save ") + path);
            QCoreApplication::exit(1);
            return;
        }
        printTo(stdout, QStringLiteral("screenshot ") + path);
        if (exitAfter)
            QCoreApplication::exit(0);
    });
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("VerifyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("verifydesk-device"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION));

    vd::device::DeviceOptions options;
    const auto parsed = options.parse(argumentsOf(argc, argv));
    switch (parsed.outcome) {
    case vd::device::DeviceOptions::Outcome::Help:
    case vd::device::DeviceOptions::Outcome::Version:
        printTo(stdout, parsed.text.trimmed());
        return 0;
    case vd::device::DeviceOptions::Outcome::UsageError:
        printTo(stderr, QStringLiteral("verifydesk-device: ") + parsed.text);
        printTo(stderr, QStringLiteral("Try 'verifydesk-device --help' for more information."));
        return 2;
    case vd::device::DeviceOptions::Outcome::Run:
        break;
    }

    std::unique_ptr<QCoreApplication> app;
    if (options.gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    vd::common::SignalWatcher signalWatcher;
    signalWatcher.watchTerminationSignals();

    std::unique_ptr<vd::device::DeviceWindow> window;
    if (options.gui) {
        window = std::make_unique<vd::device::DeviceWindow>(
            options.serial.isEmpty() ? QStringLiteral("MP-1001") : options.serial);
        window->show();
    }
    if (!options.demo.isEmpty()) {
        showDemo(window.get(), options.demo);
        if (!options.screenshotPath.isEmpty())
            scheduleScreenshot(window.get(), options.screenshotPath, true);
        QObject::connect(&signalWatcher, &vd::common::SignalWatcher::terminationRequested,
                         app.get(), [] { QCoreApplication::exit(0); });
        return app->exec();
    }

    vd::device::DeviceRunner runner(options, window ? vd::device::DeviceRunner::ManualInput::Window
                                                    : vd::device::DeviceRunner::ManualInput::Stdin);
    QObject::connect(&runner, &vd::device::DeviceRunner::finished, app.get(),
                     [](int code) { QCoreApplication::exit(code); });
    QObject::connect(&signalWatcher, &vd::common::SignalWatcher::terminationRequested, &runner,
                     &vd::device::DeviceRunner::stop);
    if (window) {
        using vd::device::DeviceRunner;
        using vd::device::DeviceWindow;
        QObject::connect(&runner, &DeviceRunner::requestArrived, window.get(),
                         &DeviceWindow::addRequest);
        QObject::connect(&runner, &DeviceRunner::requestWithdrawn, window.get(),
                         &DeviceWindow::withdrawRequest);
        QObject::connect(&runner, &DeviceRunner::requestAnswered, window.get(),
                         &DeviceWindow::showOutcome);
        QObject::connect(&runner, &DeviceRunner::channelChanged, window.get(),
                         &DeviceWindow::setChannel);
        QObject::connect(window.get(), &DeviceWindow::answerChosen, &runner, &DeviceRunner::answer);
        if (!options.screenshotPath.isEmpty()) {
            // The first request is the screen worth a picture; the device keeps running.
            auto *once = new QObject(window.get());
            QObject::connect(&runner, &DeviceRunner::requestArrived, once,
                             [once, &window, &options] {
                                 scheduleScreenshot(window.get(), options.screenshotPath, false);
                                 once->deleteLater();
                             });
        }
    }
    runner.start();
    const int code = app->exec();
    window.reset();
    return code;
}
