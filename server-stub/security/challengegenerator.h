// SPDX-License-Identifier: MIT
// The numeric challenge: a verification number 10–99 and three distinct choices, the right one
// at a uniformly random position, all from a CSPRNG.
#pragma once

#include <QList>
#include <QRandomGenerator>

namespace vd::server {

struct Challenge {
    int number = 0;
    QList<int> choices; // three distinct values in 10..99, one of them == number
};

class ChallengeGenerator {
public:
    static constexpr int Min = 10;
    static constexpr int Max = 99;
    static constexpr int ChoiceCount = 3;

    // Production uses the system CSPRNG; tests may pass a seeded generator.
    explicit ChallengeGenerator(QRandomGenerator *random = QRandomGenerator::system());
    Challenge next() const;

private:
    QRandomGenerator *m_random;
};

} // namespace vd::server
