// SPDX-License-Identifier: MIT
// Announces a change to screen readers at once (a QAccessible Alert on the widget that shows
// it), for results and warnings the operator must not miss while focus is elsewhere.
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace vd::ui {

class Announcer : public QObject {
    Q_OBJECT
public:
    static Announcer *instance();

    // source shows text; its accessible name says what it is ("Verification result").
    void announce(QWidget *source, const QString &text);

Q_SIGNALS:
    // After the event went to the accessibility layer; Qt delivers it only while an
    // assistive technology is active, so tests watch this instead.
    void announced(QWidget *source, const QString &text);

private:
    using QObject::QObject;
};

} // namespace vd::ui
