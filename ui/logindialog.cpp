// SPDX-License-Identifier: MIT
// Sign-in form; it only collects input and shows state, the Session does the work.
#include "logindialog.h"

#include "glyphiconengine.h"
#include "managedlock.h"
#include "theme.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Sign in to VerifyDesk"));
    setWindowIcon(GlyphIconEngine::icon(Glyph::App));

    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("loginBanner"));
    auto *logo = new QLabel(banner);
    const int logoSize = fontMetrics().height() * 3;
    // A darker mark than the banner's blue so the tile stays visible on it; on the dark and
    // high-contrast banners the banner's text colour stands out instead.
    const SchemeColours &colours = Theme::colours();
    logo->setPixmap(GlyphIconEngine::icon(Glyph::App, Theme::scheme() == Scheme::Light
                                                          ? colours.primaryPressed
                                                          : colours.onAccent)
                        .pixmap(QSize(logoSize, logoSize)));
    auto *title = new QLabel(tr("VerifyDesk"), banner);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Service desk caller verification"), banner);
    auto *bannerText = new QVBoxLayout;
    bannerText->setSpacing(2);
    bannerText->addStretch();
    bannerText->addWidget(title);
    bannerText->addWidget(subtitle);
    bannerText->addStretch();
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(20, 16, 20, 16);
    bannerLayout->setSpacing(14);
    bannerLayout->addWidget(logo);
    bannerLayout->addLayout(bannerText, 1);

    m_server = new QLineEdit(this);
    m_server->setAccessibleName(QStringLiteral("Server"));
    m_server->setPlaceholderText(tr("https://verifydesk.example.com"));
    m_server->setClearButtonEnabled(true);
    m_username = new QLineEdit(this);
    m_username->setAccessibleName(QStringLiteral("Username"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setAccessibleName(QStringLiteral("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_keep = new QCheckBox(tr("Keep me signed in on this computer"), this);
    m_serverHint = ManagedLock::createHint(this);
    m_keepHint = ManagedLock::createHint(this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("inlineError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), m_serverHint);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_keep);
    form->addRow(QString(), m_keepHint);

    auto *buttons = new QDialogButtonBox(this);
    // Named before the button box polishes it, so the primary-button style applies.
    m_signIn = new QPushButton(tr("Sign in"), buttons);
    m_signIn->setObjectName(QStringLiteral("primaryButton"));
    m_signIn->setAccessibleName(QStringLiteral("Sign in"));
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    QPushButton *quit = buttons->addButton(QDialogButtonBox::Cancel);
    quit->setText(tr("Quit"));
    m_quit = quit;
    m_buttons = buttons;

    auto *body = new QVBoxLayout;
    body->setContentsMargins(24, 20, 24, 20);
    body->setSpacing(14);
    body->addLayout(form);
    body->addWidget(m_error);
    body->addStretch();
    body->addWidget(buttons);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    root->setSpacing(0);
    root->addWidget(banner);
    root->addLayout(body, 1);

    setTabOrder(m_server, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_keep);
    setTabOrder(m_keep, m_signIn);
    setTabOrder(m_signIn, quit);

    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_server, m_username, m_password})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateSignInEnabled);
    updateSignInEnabled();

    setMinimumWidth(fontMetrics().averageCharWidth() * 62);
}

void LoginDialog::setServer(const QString &url) {
    m_server->setText(url);
}

void LoginDialog::setUsername(const QString &username) {
    m_username->setText(username);
}

void LoginDialog::setServerEditable(bool editable) {
    m_server->setReadOnly(!editable);
    m_server->setClearButtonEnabled(editable);
    ManagedLock::apply(m_server, m_serverHint, !editable);
}

void LoginDialog::setKeepSignedInAllowed(bool allowed) {
    m_keepAllowed = allowed;
    m_keep->setVisible(allowed);
    m_keep->setEnabled(allowed && !ManagedLock::isLocked(m_keep));
    m_keepHint->setVisible(allowed && ManagedLock::isLocked(m_keep));
    if (!allowed)
        m_keep->setChecked(false);
}

void LoginDialog::setKeepSignedInManaged(bool managed) {
    ManagedLock::apply(m_keep, m_keepHint, managed);
    m_keep->setEnabled(m_keepAllowed && !managed && !m_busy);
    m_keepHint->setVisible(m_keepAllowed && managed);
}

void LoginDialog::setKioskMode(bool kiosk) {
    // The button box shows every button it holds, so a kiosk's Quit leaves the box.
    if (kiosk && !m_kiosk) {
        m_buttons->removeButton(m_quit);
        m_quit->setParent(this);
        m_quit->hide();
    } else if (!kiosk && m_kiosk) {
        m_buttons->addButton(m_quit, QDialogButtonBox::RejectRole);
        m_quit->show();
    }
    m_kiosk = kiosk;
    if (kiosk)
        setKeepSignedInAllowed(false);
}

void LoginDialog::reject() {
    if (!m_kiosk)
        QDialog::reject();
}

void LoginDialog::closeEvent(QCloseEvent *event) {
    if (m_kiosk) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void LoginDialog::setKeepSignedIn(bool keep) {
    m_keep->setChecked(keep && m_keepAllowed);
}

QString LoginDialog::server() const {
    return m_server->text().trimmed();
}
QString LoginDialog::username() const {
    return m_username->text().trimmed();
}
QString LoginDialog::password() const {
    return m_password->text();
}
bool LoginDialog::keepSignedIn() const {
    return m_keepAllowed && m_keep->isChecked();
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_keep->setEnabled(!busy && m_keepAllowed && !ManagedLock::isLocked(m_keep));
    if (!m_server->isReadOnly())
        m_server->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    updateSignInEnabled();
}

void LoginDialog::showError(const QString &message) {
    setBusy(false);
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->show();
    m_password->selectAll();
    m_password->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::clearError() {
    m_error->clear();
    m_error->hide();
}

void LoginDialog::signInSucceeded() {
    setBusy(false);
    // The password is not kept in the widget once it has been used.
    m_password->clear();
    accept();
}

void LoginDialog::submit() {
    if (m_busy || !m_signIn->isEnabled())
        return;
    QString text = server();
    if (!text.contains(QStringLiteral("://")))
        text = QStringLiteral("https://") + text;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))) {
        showError(tr("Enter the server address, for example https://verifydesk.example.com"));
        m_server->setFocus(Qt::OtherFocusReason);
        m_server->selectAll();
        return;
    }
    clearError();
    setBusy(true);
    Q_EMIT signInRequested(url, username(), password(), keepSignedIn());
}

void LoginDialog::updateSignInEnabled() {
    m_signIn->setEnabled(!m_busy && !server().isEmpty() && !username().isEmpty() &&
                         !password().isEmpty());
}

} // namespace vd::ui
