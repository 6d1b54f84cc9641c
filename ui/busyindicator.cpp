// SPDX-License-Identifier: MIT
// Spinner that only animates while visible.
#include "busyindicator.h"

#include "theme.h"

#include <QPainter>
#include <QTimer>

namespace vd::ui {

namespace {
constexpr int FrameMs = 40;
constexpr int StepDegrees = 12;
} // namespace

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(FrameMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + StepDegrees) % 360;
        update();
    });
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QSize BusyIndicator::sizeHint() const {
    const int side = fontMetrics().height() + 2;
    return {side, side};
}

bool BusyIndicator::isSpinning() const {
    return m_timer->isActive();
}

void BusyIndicator::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(width(), height());
    const qreal pen = std::max<qreal>(2.0, side / 7.0);
    const QRectF r((width() - side) / 2 + pen, (height() - side) / 2 + pen, side - 2 * pen,
                   side - 2 * pen);
    p.setPen(QPen(Theme::frame(), pen));
    p.drawEllipse(r);
    p.setPen(QPen(Theme::accent(), pen, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(r, -m_angle * 16, 100 * 16);
}

void BusyIndicator::showEvent(QShowEvent *event) {
    m_timer->start();
    QWidget::showEvent(event);
}

void BusyIndicator::hideEvent(QHideEvent *event) {
    m_timer->stop();
    QWidget::hideEvent(event);
}

} // namespace vd::ui
