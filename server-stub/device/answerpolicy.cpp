// SPDX-License-Identifier: MIT
// Which answer the simulated device sends for an --auto mode.
#include "answerpolicy.h"

namespace vd::device {

namespace {

QString joined(const QList<int> &choices) {
    QStringList parts;
    for (int n : choices)
        parts.append(QString::number(n));
    return parts.join(QLatin1Char(' '));
}

Answer approveWith(int choice) {
    return Answer{wire::DeviceAction::Approve, choice, {}};
}

Answer denyBecause(const QString &why) {
    return Answer{wire::DeviceAction::Deny, std::nullopt, why};
}

} // namespace

std::optional<AutoMode> autoModeFromString(const QString &s) {
    if (s == QLatin1String("approve"))
        return AutoMode::Approve;
    if (s == QLatin1String("deny"))
        return AutoMode::Deny;
    if (s == QLatin1String("correct"))
        return AutoMode::Correct;
    if (s == QLatin1String("wrong"))
        return AutoMode::Wrong;
    if (s == QLatin1String("ignore"))
        return AutoMode::Ignore;
    return std::nullopt;
}

QString toString(AutoMode mode) {
    switch (mode) {
    case AutoMode::Approve:
        return QStringLiteral("approve");
    case AutoMode::Deny:
        return QStringLiteral("deny");
    case AutoMode::Correct:
        return QStringLiteral("correct");
    case AutoMode::Wrong:
        return QStringLiteral("wrong");
    case AutoMode::Ignore:
        return QStringLiteral("ignore");
    }
    return {};
}

AnswerPolicy::AnswerPolicy(AutoMode mode, std::optional<int> expected)
    : m_mode(mode)
    , m_expected(expected) {}

QString AnswerPolicy::validate(AutoMode mode, std::optional<int> expected) {
    if ((mode == AutoMode::Correct || mode == AutoMode::Wrong) && !expected)
        return QStringLiteral("--auto %1 needs --expect N (the number the operator sees)")
            .arg(toString(mode));
    return {};
}

std::optional<Answer> AnswerPolicy::answerFor(const protocol::PushRequest &request) const {
    switch (m_mode) {
    case AutoMode::Ignore:
        return std::nullopt;
    case AutoMode::Deny:
        return Answer{wire::DeviceAction::Deny, std::nullopt, {}};
    case AutoMode::Approve:
    case AutoMode::Correct:
    case AutoMode::Wrong:
        break;
    }
    if (!request.choices) {
        // Plain push has no number to get wrong: "wrong" can only mean refusing.
        if (m_mode == AutoMode::Wrong)
            return Answer{wire::DeviceAction::Deny, std::nullopt, {}};
        return Answer{wire::DeviceAction::Approve, std::nullopt, {}};
    }
    return numericAnswer(*request.choices);
}

Answer AnswerPolicy::numericAnswer(const QList<int> &choices) const {
    if (choices.isEmpty())
        return denyBecause(QStringLiteral("numeric request without choices; denying"));

    const bool offered = m_expected && choices.contains(*m_expected);
    switch (m_mode) {
    case AutoMode::Approve:
        // The device cannot know the right number; without --expect it takes the first.
        if (!m_expected)
            return approveWith(choices.first());
        [[fallthrough]];
    case AutoMode::Correct:
        if (!m_expected)
            return denyBecause(QStringLiteral("no expected number given; denying"));
        if (offered)
            return approveWith(*m_expected);
        return denyBecause(QStringLiteral("expected number %1 is not among the choices %2; denying")
                               .arg(*m_expected)
                               .arg(joined(choices)));
    case AutoMode::Wrong:
        for (int n : choices) {
            if (n != m_expected)
                return approveWith(n);
        }
        return denyBecause(
            QStringLiteral("no choice other than %1 offered; denying").arg(m_expected.value_or(0)));
    case AutoMode::Deny:
    case AutoMode::Ignore:
        break;
    }
    return denyBecause(QStringLiteral("unexpected mode; denying"));
}

} // namespace vd::device
