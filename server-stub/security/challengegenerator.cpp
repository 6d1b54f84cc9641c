// SPDX-License-Identifier: MIT
// Rejection-free draws: bounded() is unbiased, and the decoys are drawn from the values left.
#include "challengegenerator.h"

namespace vd::server {

ChallengeGenerator::ChallengeGenerator(QRandomGenerator *random)
    : m_random(random) {}

Challenge ChallengeGenerator::next() const {
    Challenge c;
    const int span = Max - Min + 1;
    c.number = Min + static_cast<int>(m_random->bounded(span));
    QList<int> decoys;
    while (decoys.size() < ChoiceCount - 1) {
        const int d = Min + static_cast<int>(m_random->bounded(span));
        if (d != c.number && !decoys.contains(d))
            decoys.append(d);
    }
    const int position = static_cast<int>(m_random->bounded(ChoiceCount));
    c.choices = decoys;
    c.choices.insert(position, c.number);
    return c;
}

} // namespace vd::server
