// SPDX-License-Identifier: MIT
// Which answer the simulated device sends for an --auto mode: pure logic, unit-tested.
#pragma once

#include "dto.h"
#include "wire.h"

#include <QString>
#include <optional>

namespace vd::device {

enum class AutoMode { Approve, Deny, Correct, Wrong, Ignore };

std::optional<AutoMode> autoModeFromString(const QString &s);
QString toString(AutoMode mode);

struct Answer {
    wire::DeviceAction action = wire::DeviceAction::Deny;
    std::optional<int> choice; // set only for a numeric approve
    // Non-empty when the policy could not do what the mode asked and fell back (to deny).
    QString warning;

    bool operator==(const Answer &other) const {
        return action == other.action && choice == other.choice;
    }
};

class AnswerPolicy {
public:
    AnswerPolicy(AutoMode mode, std::optional<int> expected);

    // Empty when the combination is valid, else the usage error text:
    // correct and wrong cannot work without knowing the right number.
    static QString validate(AutoMode mode, std::optional<int> expected);

    // nullopt means "do not answer" (--auto ignore).
    std::optional<Answer> answerFor(const protocol::PushRequest &request) const;

    AutoMode mode() const { return m_mode; }
    std::optional<int> expected() const { return m_expected; }

private:
    Answer numericAnswer(const QList<int> &choices) const;

    AutoMode m_mode;
    std::optional<int> m_expected;
};

} // namespace vd::device
