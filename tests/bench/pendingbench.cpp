// SPDX-License-Identifier: MIT
// Devices answer over REST (GET requests, POST response) rather than 1,000 WebSockets, so the
// memory measured is that of the pending verifications, not of open connections.
#include "pendingbench.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>
#include <cstdio>

namespace vd::bench {

using vd::test::TestHttp;

namespace {
constexpr int kPage = 500;
constexpr int kWarmup = 50;

QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}
} // namespace

PendingBench::PendingBench(const QUrl &server, qint64 serverPid, int count)
    : m_client(server)
    , m_pid(serverPid)
    , m_count(count) {}

PendingBench::Memory PendingBench::memoryOf(qint64 pid) {
    Memory m;
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return m;
    const auto value = [](const QByteArray &line) {
        return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
    };
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            m.rssKiB = value(line);
        else if (line.startsWith("RssAnon:"))
            m.anonKiB = value(line);
        else if (line.startsWith("RssFile:"))
            m.fileKiB = value(line);
        else if (line.startsWith("RssShmem:"))
            m.shmemKiB = value(line);
    }
    return m;
}

void PendingBench::settle(int ms) {
    // Lets the server finish deferred work (deleteLater, timers) before a reading.
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
}

bool PendingBench::findTargets() {
    // Generated users are u<index>; index % 6 == 0 holds a push-on MobilePASS+ token. The
    // token itself is read from the user record, not derived from the seeder's naming.
    static const QRegularExpression generated(QStringLiteral("^u(\\d+)$"));
    QStringList candidates;
    for (qint64 offset = 0, total = 1; offset < total && candidates.size() < m_count;
         offset += kPage) {
        const auto r = m_client.http().get(
            QStringLiteral("/api/v1/users?offset=%1&limit=%2").arg(offset).arg(kPage), {},
            m_client.bearer());
        if (r.status != 200) {
            err() << "pending: listing users: " << r.describe() << Qt::endl;
            return false;
        }
        total = r.object().value(QStringLiteral("total")).toInteger();
        for (const auto item : r.object().value(QStringLiteral("items")).toArray()) {
            const QString id = item.toObject().value(QStringLiteral("userId")).toString();
            const auto m = generated.match(id);
            if (m.hasMatch() && m.captured(1).toLongLong() % 6 == 0)
                candidates.append(id);
        }
    }
    for (const QString &id : std::as_const(candidates)) {
        if (m_targets.size() >= m_count)
            break;
        const auto r = m_client.http().get(
            QStringLiteral("/api/v1/users/") + BenchClient::encoded(id), {}, m_client.bearer());
        if (r.status != 200) {
            err() << "pending: user " << id << ": " << r.describe() << Qt::endl;
            return false;
        }
        for (const auto t : r.object().value(QStringLiteral("authenticationMethods")).toArray()) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("mobilepass_plus") &&
                o.value(QStringLiteral("state")).toString() == QLatin1String("active") &&
                o.value(QStringLiteral("pushEnabled")).toBool()) {
                m_targets.append(
                    {id, o.value(QStringLiteral("serial")).toString(), {}, {}, {}, {}});
                break;
            }
        }
    }
    if (m_targets.size() < m_count) {
        err() << "pending: found " << m_targets.size() << " push-capable generated tokens, need "
              << m_count << " (start the server with a larger --seed-users)" << Qt::endl;
        return false;
    }
    return true;
}

bool PendingBench::activateAll() {
    for (Target &t : m_targets) {
        t.deviceToken = m_client.activateDevice(t.serial);
        if (t.deviceToken.isEmpty()) {
            err() << "pending: " << m_client.error() << Qt::endl;
            return false;
        }
    }
    return true;
}

bool PendingBench::warmUp(int n) {
    // One create + cancel per token on a few tokens, so lazily built server state (prepared
    // statements, allocator arenas, timers) is not counted as per-verification growth.
    for (int i = 0; i < n && i < m_targets.size(); ++i) {
        const QJsonObject v = m_client.createVerification(m_targets[i].userId, m_targets[i].serial,
                                                          QStringLiteral("BENCH-WARMUP"));
        const QString id = v.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            err() << "pending: warm-up: " << m_client.error() << Qt::endl;
            return false;
        }
        const auto r =
            m_client.http().del(QStringLiteral("/api/v1/verifications/") + BenchClient::encoded(id),
                                {}, m_client.bearer());
        if (r.status != 204) {
            err() << "pending: warm-up cancel: " << r.describe() << Qt::endl;
            return false;
        }
    }
    return true;
}

bool PendingBench::createAll() {
    for (int i = 0; i < m_targets.size(); ++i) {
        Target &t = m_targets[i];
        const QJsonObject v =
            m_client.createVerification(t.userId, t.serial, QStringLiteral("BENCH-%1").arg(i));
        t.verificationId = v.value(QStringLiteral("id")).toString();
        t.number = v.value(QStringLiteral("verificationNumber")).toString();
        if (t.verificationId.isEmpty() ||
            v.value(QStringLiteral("state")).toString() != QLatin1String("pending") ||
            t.number.isEmpty()) {
            err() << "pending: #" << i << ": " << m_client.error() << " state "
                  << v.value(QStringLiteral("state")).toString() << Qt::endl;
            return false;
        }
    }
    return true;
}

bool PendingBench::answerAll() {
    for (int i = 0; i < m_targets.size(); ++i) {
        Target &t = m_targets[i];
        const auto open =
            m_client.http().get(QStringLiteral("/device/v1/requests"), {}, t.deviceToken);
        const QJsonArray items = open.object().value(QStringLiteral("items")).toArray();
        if (open.status != 200 || items.size() != 1) {
            err() << "pending: #" << i << ": expected one open request for " << t.serial << ", got "
                  << open.describe() << Qt::endl;
            return false;
        }
        const QJsonObject request = items.first().toObject();
        const QJsonArray choices = request.value(QStringLiteral("choices")).toArray();
        const int number = t.number.toInt();
        bool offered = false;
        int wrong = 0;
        for (const auto c : choices) {
            offered = offered || c.toInt() == number;
            if (c.toInt() != number)
                wrong = c.toInt();
        }
        if (choices.size() != 3 || !offered) {
            err() << "pending: #" << i << ": choices do not offer the verification number"
                  << Qt::endl;
            return false;
        }
        QJsonObject answer;
        switch (i % 3) {
        case 0:
            answer = {{QStringLiteral("action"), QStringLiteral("approve")},
                      {QStringLiteral("choice"), number}};
            t.expected = QStringLiteral("approved");
            break;
        case 1:
            answer = {{QStringLiteral("action"), QStringLiteral("deny")}};
            t.expected = QStringLiteral("denied");
            break;
        default:
            answer = {{QStringLiteral("action"), QStringLiteral("approve")},
                      {QStringLiteral("choice"), wrong}};
            t.expected = QStringLiteral("wrong_number");
            break;
        }
        const auto r = m_client.http().post(
            QStringLiteral("/device/v1/requests/%1/response")
                .arg(BenchClient::encoded(request.value(QStringLiteral("requestId")).toString())),
            answer, t.deviceToken);
        if (r.status != 200 || r.object().value(QStringLiteral("state")).toString() != t.expected) {
            err() << "pending: #" << i << ": answer expected " << t.expected << ", got "
                  << r.describe() << Qt::endl;
            return false;
        }
    }
    return true;
}

bool PendingBench::checkAll() {
    int wrong = 0;
    for (int i = 0; i < m_targets.size(); ++i) {
        const Target &t = m_targets[i];
        const auto r = m_client.http().get(QStringLiteral("/api/v1/verifications/") +
                                               BenchClient::encoded(t.verificationId),
                                           {}, m_client.bearer());
        const QJsonObject v = r.object();
        if (r.status != 200 || v.value(QStringLiteral("state")).toString() != t.expected ||
            v.value(QStringLiteral("completedAt")).isNull() ||
            v.value(QStringLiteral("ticket")).toString() != QStringLiteral("BENCH-%1").arg(i)) {
            if (++wrong <= 5)
                err() << "pending: #" << i << ": expected " << t.expected << ", got "
                      << r.describe() << Qt::endl;
        }
    }
    return wrong == 0;
}

qint64 PendingBench::auditTotal(const QString &list) {
    const auto r = m_client.http().get(QStringLiteral("/api/v1/audit/%1?limit=1").arg(list), {},
                                       m_client.bearer());
    return r.status == 200 ? r.object().value(QStringLiteral("total")).toInteger() : -1;
}

int PendingBench::run() {
    if (!m_client.signIn(QStringLiteral("helpdesk"), QStringLiteral("helpdesk"))) {
        err() << "pending: " << m_client.error() << Qt::endl;
        return 1;
    }
    if (!findTargets() || !activateAll() || !warmUp(kWarmup))
        return 1;
    settle(1000);
    const Memory before = memoryOf(m_pid);
    const qint64 authBefore = auditTotal(QStringLiteral("authentication"));
    const qint64 opBefore = auditTotal(QStringLiteral("operator"));
    if (before.rssKiB < 0) {
        err() << "pending: cannot read /proc/" << m_pid << "/status" << Qt::endl;
        return 1;
    }
    if (!createAll())
        return 1;
    settle(1000);
    const Memory pending = memoryOf(m_pid);
    const bool answered = answerAll();
    const bool correct = answered && checkAll();
    settle(1000);
    const Memory after = memoryOf(m_pid);
    const qint64 authDelta = auditTotal(QStringLiteral("authentication")) - authBefore;
    const qint64 opDelta = auditTotal(QStringLiteral("operator")) - opBefore;
    const bool auditOk = authDelta == m_count && opDelta == 2LL * m_count;

    const double perPending =
        static_cast<double>(pending.rssKiB - before.rssKiB) / static_cast<double>(m_count);
    const auto line = [](const char *what, const Memory &m) {
        std::printf("%-22s VmRSS %lld KiB (anon %lld, file %lld, shmem %lld)\n", what,
                    static_cast<long long>(m.rssKiB), static_cast<long long>(m.anonKiB),
                    static_cast<long long>(m.fileKiB), static_cast<long long>(m.shmemKiB));
    };
    line("before:", before);
    line("with all pending:", pending);
    line("after all answered:", after);
    std::printf("growth per pending verification: %.2f KiB (anon %.2f KiB)\n", perPending,
                static_cast<double>(pending.anonKiB - before.anonKiB) /
                    static_cast<double>(m_count));
    std::printf("resolved as answered: %s; audit +%lld authentication, +%lld operator entries "
                "(expected +%d, +%d)\n",
                correct ? "all" : "NOT ALL", static_cast<long long>(authDelta),
                static_cast<long long>(opDelta), m_count, 2 * m_count);
    std::printf("SUMMARY pending n=%d correct=%s audit=%s rss_before_kib=%lld "
                "rss_pending_kib=%lld growth_kib_per_pending=%.2f target=<4KiB %s\n",
                m_count, correct ? "yes" : "no", auditOk ? "yes" : "no",
                static_cast<long long>(before.rssKiB), static_cast<long long>(pending.rssKiB),
                perPending, perPending < 4.0 ? "MET" : "MISSED");
    return correct && auditOk ? 0 : 1;
}

} // namespace vd::bench
