// SPDX-License-Identifier: MIT
// Status-bar indicator of the operator event stream: connected, reconnecting or off.
#pragma once

#include <QWidget>

class QLabel;

namespace vd::ui {

class ConnectionIndicator : public QWidget {
    Q_OBJECT
public:
    enum class State { Off, Connecting, Connected };
    Q_ENUM(State)

    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    QString text() const;

private:
    QLabel *m_dot;
    QLabel *m_text;
    State m_state = State::Off;
};

} // namespace vd::ui
