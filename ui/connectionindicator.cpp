// SPDX-License-Identifier: MIT
// Coloured dot plus words: the state is never told by colour alone.
#include "connectionindicator.h"

#include "glyphiconengine.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace vd::ui {

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setAccessibleName(tr("Live updates"));
    m_state = State::Connected; // force the first render
    setState(State::Off);
}

QString ConnectionIndicator::text() const {
    return m_text->text();
}

void ConnectionIndicator::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    QColor colour = Theme::mutedText();
    QString text = tr("Live updates off");
    QString tip = tr("Not connected to the event stream; verifications are still polled.");
    switch (state) {
    case State::Connected:
        colour = Theme::tone(Tone::Success).accent;
        text = tr("Live updates connected");
        tip = tr("Verification results arrive at once over the event stream.");
        break;
    case State::Connecting:
        colour = Theme::tone(Tone::Warning).accent;
        text = tr("Reconnecting…");
        tip = tr("The event stream dropped and is reconnecting; verifications are still polled "
                 "every 2 seconds.");
        break;
    case State::Off:
        break;
    }
    const int size = fontMetrics().height();
    m_dot->setPixmap(GlyphIconEngine::icon(Glyph::Dot, colour).pixmap(QSize(size, size)));
    m_text->setText(text);
    setToolTip(tip);
    setAccessibleDescription(text);
}

} // namespace vd::ui
