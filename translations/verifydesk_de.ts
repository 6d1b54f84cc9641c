<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiFailure</name>
    <message>
        <source>Cannot reach the VerifyDesk server at %1. Check the address and your network.</source>
        <translation>Der VerifyDesk-Server unter %1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The VerifyDesk server at %1 did not answer in time. Try again; if it keeps happening, check your network or contact IT.</source>
        <translation>Der VerifyDesk-Server unter %1 hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; wenn das Problem bleibt, prüfen Sie Ihr Netzwerk oder wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Check the server address, or ask IT for the certificate authority bundle to configure.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden (%2). Prüfen Sie die Serveradresse oder fragen Sie die IT nach dem einzurichtenden Zertifizierungsstellen-Bundle.</translation>
    </message>
    <message>
        <source>The connection to the VerifyDesk server at %1 failed (%2). Check the address and your network.</source>
        <translation>Die Verbindung zum VerifyDesk-Server unter %1 ist fehlgeschlagen (%2). Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>The username or password is incorrect.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Helpdesk Push Verification is not enabled for this account. Contact your account administrator.</source>
        <translation>Die Helpdesk-Push-Verifizierung ist für dieses Konto nicht aktiviert. Wenden Sie sich an die Administration Ihres Kontos.</translation>
    </message>
    <message>
        <source>This action needs an approved push verification of this user within the follow-up window. Verify the caller first.</source>
        <translation>Für diese Aktion ist eine genehmigte Push-Verifizierung dieses Benutzers innerhalb des Folgezeitfensters nötig. Verifizieren Sie zuerst den Anrufer.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Ask an administrator if you need it.</source>
        <translation>Ihre Rolle erlaubt diese Aktion nicht. Wenden Sie sich an einen Administrator, wenn Sie sie benötigen.</translation>
    </message>
    <message>
        <source>The requested item was not found on the server. It may have been removed; refresh and try again.</source>
        <translation>Das angeforderte Element wurde auf dem Server nicht gefunden. Es wurde möglicherweise entfernt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A verification is already waiting for this token.</source>
        <translation>Für dieses Token wartet bereits eine Verifizierung.</translation>
    </message>
    <message>
        <source>This verification has already finished.</source>
        <translation>Diese Verifizierung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the server. Refresh and try again.</source>
        <translation>Die Anfrage steht im Widerspruch zum aktuellen Stand auf dem Server. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This request is no longer open.</source>
        <translation>Diese Anfrage ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>This token cannot receive push notifications; only MobilePASS+ tokens can.</source>
        <translation>Dieses Token kann keine Push-Benachrichtigungen empfangen; das können nur MobilePASS+-Token.</translation>
    </message>
    <message>
        <source>The server could not carry out this request.</source>
        <translation>Der Server konnte diese Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <source>The server could not carry out this request: %1</source>
        <translation>Der Server konnte diese Anfrage nicht ausführen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The VerifyDesk server at %1 had a problem (HTTP %2). Try again later; if it keeps happening, contact IT.</source>
        <translation>Beim VerifyDesk-Server unter %1 ist ein Problem aufgetreten (HTTP %2). Versuchen Sie es später erneut; wenn das Problem bleibt, wenden Sie sich an die IT.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1%2). Make sure the console and the server versions match.</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1%2). Stellen Sie sicher, dass die Versionen von Konsole und Server zusammenpassen.</translation>
    </message>
    <message>
        <source>The server at %1 gave an unexpected answer (HTTP %2). Check the server address.</source>
        <translation>Der Server unter %1 hat unerwartet geantwortet (HTTP %2). Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server sent a reply the console could not read. Check that the address points to a VerifyDesk server of a matching version.</source>
        <translation>Der Server hat eine Antwort gesendet, die die Konsole nicht lesen konnte. Prüfen Sie, ob die Adresse auf einen VerifyDesk-Server passender Version zeigt.</translation>
    </message>
</context>
<context>
    <name>AuditPeriod</name>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
</context>
<context>
    <name>SendPushRule</name>
    <message>
        <source>Push verification needs a MobilePASS+ token.</source>
        <translation>Für die Push-Verifizierung ist ein MobilePASS+-Token nötig.</translation>
    </message>
    <message>
        <source>Push is disabled for this token.</source>
        <translation>Push ist für dieses Token deaktiviert.</translation>
    </message>
    <message>
        <source>Helpdesk Push Verification is not enabled for this account.</source>
        <translation>Die Helpdesk-Push-Verifizierung ist für dieses Konto nicht aktiviert.</translation>
    </message>
    <message>
        <source>Your role has no access to Authentication Methods.</source>
        <translation>Ihre Rolle hat keinen Zugriff auf Authentifizierungsmethoden.</translation>
    </message>
    <message>
        <source>Your role has view-only access to Authentication Methods.</source>
        <translation>Ihre Rolle hat nur Lesezugriff auf Authentifizierungsmethoden.</translation>
    </message>
    <message>
        <source>A verification is already waiting for this token.</source>
        <translation>Für dieses Token wartet bereits eine Verifizierung.</translation>
    </message>
    <message>
        <source>Send a push to the user&apos;s MobilePASS+ device to verify the caller.</source>
        <translation>Senden Sie einen Push an das MobilePASS+-Gerät des Benutzers, um den Anrufer zu verifizieren.</translation>
    </message>
</context>
<context>
    <name>vd::app::AuditCsvExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The log view was closed during the export.</source>
        <translation>Die Protokollansicht wurde während des Exports geschlossen.</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>vd::app::AuditTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Viewing the audit logs needs the Audit: View permission. Ask your administrator if you need it.</source>
        <translation>Zum Anzeigen der Audit-Protokolle ist die Berechtigung „Audit: Anzeigen“ nötig. Wenden Sie sich an Ihren Administrator, wenn Sie sie benötigen.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Local time; hover a cell for UTC</source>
        <translation>Ortszeit; für UTC mit der Maus auf eine Zelle zeigen</translation>
    </message>
</context>
<context>
    <name>vd::app::AuthAuditModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>vd::app::FollowUpController</name>
    <message>
        <source>Identity confirmed at %1. These actions are unlocked for the rest of the follow-up window.</source>
        <translation>Identität um %1 bestätigt. Diese Aktionen sind für den Rest des Folgezeitfensters freigeschaltet.</translation>
    </message>
    <message numerus="yes">
        <source>Locked until the caller is verified. An approved push unlocks these actions for %n minute(s).</source>
        <translation>
            <numerusform>Gesperrt, bis der Anrufer verifiziert ist. Ein genehmigter Push schaltet diese Aktionen für %n Minute frei.</numerusform>
            <numerusform>Gesperrt, bis der Anrufer verifiziert ist. Ein genehmigter Push schaltet diese Aktionen für %n Minuten frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked while the verification is in progress.</source>
        <translation>Gesperrt, solange die Verifizierung läuft.</translation>
    </message>
    <message>
        <source>Locked: the last verification did not confirm the caller&apos;s identity. Do not proceed; verify again or escalate.</source>
        <translation>Gesperrt: Die letzte Verifizierung hat die Identität des Anrufers nicht bestätigt. Fahren Sie nicht fort; verifizieren Sie erneut oder eskalieren Sie.</translation>
    </message>
    <message>
        <source>Locked: the last verification was cancelled. Verify the caller again to unlock.</source>
        <translation>Gesperrt: Die letzte Verifizierung wurde abgebrochen. Verifizieren Sie den Anrufer erneut, um die Aktionen freizuschalten.</translation>
    </message>
    <message>
        <source>Locked: the push could not be sent. Verify the caller again to unlock.</source>
        <translation>Gesperrt: Der Push konnte nicht gesendet werden. Verifizieren Sie den Anrufer erneut, um die Aktionen freizuschalten.</translation>
    </message>
    <message numerus="yes">
        <source>Locked: the %n-minute window after the approval has ended. Verify the caller again to unlock.</source>
        <translation>
            <numerusform>Gesperrt: Das Zeitfenster von %n Minute nach der Genehmigung ist abgelaufen. Verifizieren Sie den Anrufer erneut, um die Aktionen freizuschalten.</numerusform>
            <numerusform>Gesperrt: Das Zeitfenster von %n Minuten nach der Genehmigung ist abgelaufen. Verifizieren Sie den Anrufer erneut, um die Aktionen freizuschalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up actions are turned off in the policy (follow-up window 0 minutes).</source>
        <translation>Folgeaktionen sind in der Richtlinie ausgeschaltet (Folgezeitfenster 0 Minuten).</translation>
    </message>
    <message>
        <source>You need Edit access to Authentication Methods to change this token.</source>
        <translation>Zum Ändern dieses Tokens benötigen Sie Bearbeitungszugriff auf Authentifizierungsmethoden.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN zurücksetzen</translation>
    </message>
    <message>
        <source>The token is already revoked.</source>
        <translation>Das Token ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>The token is already suspended.</source>
        <translation>Das Token ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>A revoked token cannot be suspended.</source>
        <translation>Ein widerrufenes Token kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>The token is active; only a suspended token can be resumed.</source>
        <translation>Das Token ist aktiv; nur ein gesperrtes Token kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>A revoked token cannot be resumed.</source>
        <translation>Ein widerrufenes Token kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>A revoked token has no PIN to reset.</source>
        <translation>Ein widerrufenes Token hat keine PIN, die zurückgesetzt werden kann.</translation>
    </message>
    <message>
        <source>Revoke %1 for good (asks first)</source>
        <translation>%1 endgültig widerrufen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Suspend %1 until it is resumed (asks first)</source>
        <translation>%1 sperren, bis es fortgesetzt wird (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Let %1 work again (asks first)</source>
        <translation>%1 wieder freigeben (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Reset the PIN of %1 (asks first)</source>
        <translation>PIN von %1 zurücksetzen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Revoke token %1?</source>
        <translation>Token %1 widerrufen?</translation>
    </message>
    <message>
        <source>Suspend token %1?</source>
        <translation>Token %1 sperren?</translation>
    </message>
    <message>
        <source>Resume token %1?</source>
        <translation>Token %1 fortsetzen?</translation>
    </message>
    <message>
        <source>Reset the PIN of %1?</source>
        <translation>PIN von %1 zurücksetzen?</translation>
    </message>
    <message>
        <source>%1 of %2 stops working for good; a new token is needed to sign in again.</source>
        <translation>%1 von %2 funktioniert dann endgültig nicht mehr; zum erneuten Anmelden ist ein neues Token nötig.</translation>
    </message>
    <message>
        <source>%1 of %2 stops working until it is resumed.</source>
        <translation>%1 von %2 funktioniert nicht mehr, bis es fortgesetzt wird.</translation>
    </message>
    <message>
        <source>%1 of %2 works again.</source>
        <translation>%1 von %2 funktioniert wieder.</translation>
    </message>
    <message>
        <source>%1 sets a new PIN the next time they use %2.</source>
        <translation>%1 legt bei der nächsten Verwendung von %2 eine neue PIN fest.</translation>
    </message>
    <message>
        <source>%1

This is recorded in Operator Activity with the verification that allowed it.</source>
        <translation>%1

Dies wird in der Operatoraktivität zusammen mit der Verifizierung protokolliert, die es erlaubt hat.</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Token %1 widerrufen.</translation>
    </message>
    <message>
        <source>Token %1 suspended.</source>
        <translation>Token %1 gesperrt.</translation>
    </message>
    <message>
        <source>Token %1 resumed.</source>
        <translation>Token %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>PIN of %1 reset.</source>
        <translation>PIN von %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Locked: the server no longer accepts this approval. Verify the caller again to unlock.</source>
        <translation>Gesperrt: Der Server akzeptiert diese Genehmigung nicht mehr. Verifizieren Sie den Anrufer erneut, um die Aktionen freizugeben.</translation>
    </message>
</context>
<context>
    <name>vd::app::NetworkTransport</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>vd::app::OperatorAuditModel</name>
    <message>
        <source>Dispatch</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Zahl</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <source>Dispatch failed</source>
        <translation>Versand fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Aktionstyp</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dispatched by %1 at %2</source>
        <translation>Gesendet von %1 am %2</translation>
    </message>
    <message>
        <source>outcome %1 at %2</source>
        <translation>Ergebnis %1 am %2</translation>
    </message>
    <message>
        <source>no outcome (cancelled or still pending)</source>
        <translation>kein Ergebnis (abgebrochen oder noch ausstehend)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s): %1</source>
        <translation>
            <numerusform>%n Folgeaktion: %1</numerusform>
            <numerusform>%n Folgeaktionen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::app::PolicyEditor</name>
    <message>
        <source>Read-only: changing these settings needs Edit access to Policy.</source>
        <translation>Schreibgeschützt: Zum Ändern dieser Einstellungen ist Bearbeitungszugriff auf Richtlinien nötig.</translation>
    </message>
    <message>
        <source>Enter the organization name shown on the user&apos;s device.</source>
        <translation>Geben Sie den Organisationsnamen ein, der auf dem Gerät des Benutzers angezeigt wird.</translation>
    </message>
    <message>
        <source>The organization name can have at most %1 characters.</source>
        <translation>Der Organisationsname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The follow-up window is 0 to %1 minutes.</source>
        <translation>Das Folgezeitfenster beträgt 0 bis %1 Minuten.</translation>
    </message>
    <message>
        <source>The account name is 1 to %1 characters.</source>
        <translation>Der Kontoname ist 1 bis %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>Saved. The change applies to the next Send Push; a verification already in progress keeps its mode.</source>
        <translation>Gespeichert. Die Änderung gilt ab dem nächsten „Push senden“; eine bereits laufende Verifizierung behält ihren Modus.</translation>
    </message>
</context>
<context>
    <name>vd::app::TokenListModel</name>
    <message>
        <source>MobilePASS+</source>
        <translation>MobilePASS+</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
</context>
<context>
    <name>vd::app::TokenVault</name>
    <message>
        <source>No saved sign-in was found. Please sign in.</source>
        <translation>Es wurde keine gespeicherte Anmeldung gefunden. Bitte melden Sie sich an.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in next time.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert; Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>No system keychain is available, so you will need to sign in next time.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar; Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>vd::app::UserSearchModel</name>
    <message>
        <source>Open the user record of %1</source>
        <translation>Benutzerdatensatz von %1 öffnen</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>vd::app::VerificationController</name>
    <message>
        <source>Sending push…</source>
        <translation>Push wird gesendet …</translation>
    </message>
    <message>
        <source>Could not send the push: %1</source>
        <translation>Der Push konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Waiting for user response...</source>
        <translation>Warten auf Antwort des Benutzers …</translation>
    </message>
    <message>
        <source>This verification was cancelled.</source>
        <translation>Diese Verifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The push could not be delivered (%1).</source>
        <translation>Der Push konnte nicht zugestellt werden (%1).</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Wrong number selected</source>
        <translation>Falsche Zahl ausgewählt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The server no longer knows this verification. Send a new push.</source>
        <translation>Der Server kennt diese Verifizierung nicht mehr. Senden Sie einen neuen Push.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The server has not reported the outcome of this verification. Check Authentication Activity before you proceed.</source>
        <translation>Der Server hat das Ergebnis dieser Verifizierung nicht gemeldet. Prüfen Sie die Authentifizierungsaktivität, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Identity confirmed. You may proceed with the requested change.</source>
        <translation>Identität bestätigt. Sie können die angeforderte Änderung durchführen.</translation>
    </message>
    <message>
        <source>Do not perform the requested change. Treat as a failed verification and follow your escalation procedure.</source>
        <translation>Führen Sie die angeforderte Änderung nicht durch. Behandeln Sie den Vorgang als fehlgeschlagene Verifizierung und folgen Sie Ihrem Eskalationsverfahren.</translation>
    </message>
    <message>
        <source>Do not perform the requested change. Confirm with the caller whether they actually have the device, and follow your escalation procedure.</source>
        <translation>Führen Sie die angeforderte Änderung nicht durch. Klären Sie mit dem Anrufer, ob er das Gerät tatsächlich besitzt, und folgen Sie Ihrem Eskalationsverfahren.</translation>
    </message>
    <message>
        <source>Do not perform the requested change. Use an alternative verification method (for example, a knowledge-based question or an SMS one-time passcode).</source>
        <translation>Führen Sie die angeforderte Änderung nicht durch. Verwenden Sie eine andere Verifizierungsmethode (zum Beispiel eine Sicherheitsfrage oder einen Einmalcode per SMS).</translation>
    </message>
    <message>
        <source>Verify that push is enabled for the token and that the user&apos;s device is online, then try again.</source>
        <translation>Prüfen Sie, ob Push für das Token aktiviert und das Gerät des Benutzers online ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The token is not active (it is suspended or revoked).</source>
        <translation>Das Token ist nicht aktiv (es ist gesperrt oder widerrufen).</translation>
    </message>
    <message>
        <source>Push is disabled for this token.</source>
        <translation>Push ist für dieses Token deaktiviert.</translation>
    </message>
    <message>
        <source>Push OTP is disabled on the virtual server.</source>
        <translation>Push-OTP ist auf dem virtuellen Server deaktiviert.</translation>
    </message>
    <message>
        <source>The user&apos;s device is not registered or not reachable.</source>
        <translation>Das Gerät des Benutzers ist nicht registriert oder nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account features</source>
        <translation>Kontofunktionen</translation>
    </message>
    <message>
        <source>Helpdesk Push Verification</source>
        <translation>Helpdesk-Push-Verifizierung</translation>
    </message>
    <message>
        <source>Lets operators verify a caller with a MobilePASS+ push (the Send Push button). Cleared, Send Push is hidden on every console.</source>
        <translation>Erlaubt Operatoren, einen Anrufer per MobilePASS+-Push zu verifizieren (Schaltfläche „Push senden“). Ist die Option deaktiviert, wird „Push senden“ auf allen Konsolen ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AssignmentPage</name>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Find the caller, open the user record and manage their tokens.</source>
        <translation>Suchen Sie den Anrufer, öffnen Sie den Benutzerdatensatz und verwalten Sie seine Token.</translation>
    </message>
    <message>
        <source>Search by user ID, first or last name, or email</source>
        <translation>Nach Benutzer-ID, Vor- oder Nachname oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Results update as you type; Enter searches at once (Ctrl+F)</source>
        <translation>Die Ergebnisse werden beim Tippen aktualisiert; die Eingabetaste sucht sofort (Strg+F)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Keine Benutzer passen zu „%1“.</translation>
    </message>
    <message>
        <source>Type a user ID, name or email to find a user.</source>
        <translation>Geben Sie eine Benutzer-ID, einen Namen oder eine E-Mail-Adresse ein, um einen Benutzer zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 users; scroll down for more.</source>
        <translation>%1 von %2 Benutzern werden angezeigt; für weitere nach unten scrollen.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditFilterBar</name>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter by operator</source>
        <translation>Nach Operator filtern</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Operator username</source>
        <translation>Benutzername des Operators</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <source>Filter by result</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>Success and Failure</source>
        <translation>Erfolg und Fehlschlag</translation>
    </message>
    <message>
        <source>Filter by action type</source>
        <translation>Nach Aktionstyp filtern</translation>
    </message>
    <message>
        <source>All action types</source>
        <translation>Alle Aktionstypen</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Action type</source>
        <translation>&amp;Aktionstyp</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditTableView</name>
    <message>
        <source>&amp;Copy row</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Audit log unavailable</source>
        <translation>Audit-Protokoll nicht verfügbar</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy the selected entries as text (Ctrl+C)</source>
        <translation>Die ausgewählten Einträge als Text kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Save every entry of the current filter as CSV, not only those on screen</source>
        <translation>Alle Einträge des aktuellen Filters als CSV speichern, nicht nur die angezeigten</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Keine Einträge entsprechen den Filtern.</translation>
    </message>
    <message numerus="yes">
        <source> · %n newer row(s): Refresh to see them</source>
        <translation>
            <numerusform> · %n neuere Zeile: zum Anzeigen aktualisieren</numerusform>
            <numerusform> · %n neuere Zeilen: zum Anzeigen aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading more…</source>
        <translation> · weitere werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %1 of %Ln entries</source>
        <translation>
            <numerusform>Export läuft … %1 von %Ln Eintrag</numerusform>
            <numerusform>Export läuft … %1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries loaded</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag geladen</numerusform>
            <numerusform>%1 von %Ln Einträgen geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditWorkspace</name>
    <message>
        <source>S&amp;napshot</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Authentication Activity</source>
        <translation>&amp;Authentifizierungsaktivität</translation>
    </message>
    <message>
        <source>&amp;Operator Activity</source>
        <translation>&amp;Operatoraktivität</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Token Policies</source>
        <translation>&amp;Token-Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Authentication Policy</source>
        <translation>&amp;Authentifizierungsrichtlinie</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Authentication Activity</source>
        <translation>Authentifizierungsaktivität</translation>
    </message>
    <message>
        <source>Operator Activity</source>
        <translation>Operatoraktivität</translation>
    </message>
    <message>
        <source>Authentication Policy</source>
        <translation>Authentifizierungsrichtlinie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuthActivityView</name>
    <message>
        <source>Authentication Activity</source>
        <translation>Authentifizierungsaktivität</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConnectionIndicator</name>
    <message>
        <source>Live updates</source>
        <translation>Live-Aktualisierung</translation>
    </message>
    <message>
        <source>Live updates off</source>
        <translation>Live-Aktualisierung aus</translation>
    </message>
    <message>
        <source>Not connected to the event stream; verifications are still polled.</source>
        <translation>Nicht mit dem Ereignisstrom verbunden; Verifizierungen werden weiterhin abgefragt.</translation>
    </message>
    <message>
        <source>Live updates connected</source>
        <translation>Live-Aktualisierung verbunden</translation>
    </message>
    <message>
        <source>Verification results arrive at once over the event stream.</source>
        <translation>Verifizierungsergebnisse kommen sofort über den Ereignisstrom an.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The event stream dropped and is reconnecting; verifications are still polled every 2 seconds.</source>
        <translation>Der Ereignisstrom wurde unterbrochen und verbindet sich neu; Verifizierungen werden weiterhin alle 2 Sekunden abgefragt.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConsoleFlow</name>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConsoleTabWidget</name>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
</context>
<context>
    <name>vd::ui::FollowUpActionsPanel</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Folgeaktionen</translation>
    </message>
    <message>
        <source>Follow-up time left</source>
        <translation>Verbleibende Zeit für Folgeaktionen</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Status der Folgeaktionen</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>Ergebnis der Folgeaktion</translation>
    </message>
    <message>
        <source>Follow-up actions unlocked</source>
        <translation>Folgeaktionen freigegeben</translation>
    </message>
    <message>
        <source>Follow-up actions (locked)</source>
        <translation>Folgeaktionen (gesperrt)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::IdleWarning</name>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Signing out soon</source>
        <translation>Abmeldung in Kürze</translation>
    </message>
    <message>
        <source>Idle sign-out warning</source>
        <translation>Warnung vor Abmeldung wegen Inaktivität</translation>
    </message>
    <message numerus="yes">
        <source>Nobody has used the console for a while. You will be signed out in %n second(s).</source>
        <translation>
            <numerusform>Die Konsole wurde eine Weile nicht benutzt. Sie werden in %n Sekunde abgemeldet.</numerusform>
            <numerusform>Die Konsole wurde eine Weile nicht benutzt. Sie werden in %n Sekunden abgemeldet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::ui::LoginDialog</name>
    <message>
        <source>Sign in to VerifyDesk</source>
        <translation>Bei VerifyDesk anmelden</translation>
    </message>
    <message>
        <source>VerifyDesk</source>
        <translation>VerifyDesk</translation>
    </message>
    <message>
        <source>Service desk caller verification</source>
        <translation>Anruferverifizierung für den Service Desk</translation>
    </message>
    <message>
        <source>https://verifydesk.example.com</source>
        <translation>https://verifydesk.example.com</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://verifydesk.example.com</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://verifydesk.example.com</translation>
    </message>
</context>
<context>
    <name>vd::ui::MainWindow</name>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>Benutzer &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Close user record</source>
        <translation>Benutzerdatensatz &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About VerifyDesk</source>
        <translation>&amp;Über VerifyDesk</translation>
    </message>
    <message>
        <source>About VerifyDesk</source>
        <translation>Über VerifyDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;VerifyDesk %1&lt;/b&gt;&lt;p&gt;Verify a caller&apos;s identity with a MobilePASS+ push before a password reset, PIN change or token revocation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;VerifyDesk %1&lt;/b&gt;&lt;p&gt;Verifizieren Sie die Identität eines Anrufers mit einem MobilePASS+-Push, bevor Sie ein Passwort zurücksetzen, eine PIN ändern oder ein Token widerrufen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed-in operator</source>
        <translation>Angemeldeter Operator</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>VerifyDesk</source>
        <translation>VerifyDesk</translation>
    </message>
    <message>
        <source>VerifyDesk — %1</source>
        <translation>VerifyDesk – %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::ManageTokenDialog</name>
    <message>
        <source>Manage token %1 — %2</source>
        <translation>Token %1 verwalten – %2</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket or case number (optional)</source>
        <translation>Ticket- oder Fallnummer (optional)</translation>
    </message>
    <message>
        <source>Send Push</source>
        <translation>Push senden</translation>
    </message>
    <message>
        <source>Verify the caller</source>
        <translation>Anrufer verifizieren</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Push Verification</source>
        <translation>Push-Verifizierung</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The verification number and the result appear here after Send Push.</source>
        <translation>Die Verifizierungszahl und das Ergebnis erscheinen hier nach „Push senden“.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ManagedLock</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Von Ihrem Administrator festgelegt</translation>
    </message>
</context>
<context>
    <name>vd::ui::OperatorActivityView</name>
    <message>
        <source>Operator Activity</source>
        <translation>Operatoraktivität</translation>
    </message>
    <message>
        <source>Verification trail summary</source>
        <translation>Zusammenfassung des Verifizierungsverlaufs</translation>
    </message>
    <message>
        <source>Verification trail</source>
        <translation>Verifizierungsverlauf</translation>
    </message>
    <message>
        <source>This entry belongs to no verification.</source>
        <translation>Dieser Eintrag gehört zu keiner Verifizierung.</translation>
    </message>
    <message>
        <source>Select an entry to see the other entry of its verification (dispatch or outcome) and the follow-up actions it allowed.</source>
        <translation>Wählen Sie einen Eintrag, um den zweiten Eintrag seiner Verifizierung (Senden oder Ergebnis) und die dadurch erlaubten Folgeaktionen zu sehen.</translation>
    </message>
    <message>
        <source>Verification %1</source>
        <translation>Verifizierung %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>vd::ui::PolicyPage</name>
    <message>
        <source>Policy › Token Policies</source>
        <translation>Richtlinie › Token-Richtlinien</translation>
    </message>
    <message>
        <source>Authentication Policy</source>
        <translation>Authentifizierungsrichtlinie</translation>
    </message>
    <message>
        <source>Enable MobilePASS+ Numeric Challenge</source>
        <translation>Numerische Challenge für MobilePASS+ aktivieren</translation>
    </message>
    <message>
        <source>Push OTP enabled on the virtual server</source>
        <translation>Push-OTP auf dem virtuellen Server aktiviert</translation>
    </message>
    <message>
        <source>Custom organization name</source>
        <translation>Eigener Organisationsname</translation>
    </message>
    <message>
        <source>Follow-up window</source>
        <translation>Folgezeitfenster</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The operator reads a 2-digit number to the caller, who taps the matching one of three in MobilePASS+. Cleared: Plain Push, the caller only approves.</source>
        <translation>Der Operator nennt dem Anrufer eine zweistellige Zahl, der Anrufer tippt in MobilePASS+ die passende von dreien an. Deaktiviert: einfacher Push, der Anrufer genehmigt nur.</translation>
    </message>
    <message>
        <source>Without push OTP no helpdesk push can be sent: Send Push then reports that push OTP is disabled.</source>
        <translation>Ohne Push-OTP kann kein Helpdesk-Push gesendet werden: „Push senden“ meldet dann, dass Push-OTP deaktiviert ist.</translation>
    </message>
    <message>
        <source>Shown on the user&apos;s device in the login request.</source>
        <translation>Wird in der Anmeldeanfrage auf dem Gerät des Benutzers angezeigt.</translation>
    </message>
    <message>
        <source>How long an approved verification unlocks Revoke, Suspend, Resume and Reset PIN for that operator and user. 0 turns the follow-up actions off.</source>
        <translation>Wie lange eine genehmigte Verifizierung „Widerrufen“, „Sperren“, „Fortsetzen“ und „PIN zurücksetzen“ für diesen Operator und Benutzer freigibt. 0 schaltet die Folgeaktionen aus.</translation>
    </message>
</context>
<context>
    <name>vd::ui::PushVerificationPanel</name>
    <message>
        <source>Push Verification</source>
        <translation>Push-Verifizierung</translation>
    </message>
    <message>
        <source>Cancel verification (Esc)</source>
        <translation>Verifizierung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Push status</source>
        <translation>Push-Status</translation>
    </message>
    <message>
        <source>Contacting MobilePASS+ on the user&apos;s device</source>
        <translation>MobilePASS+ auf dem Gerät des Benutzers wird kontaktiert</translation>
    </message>
    <message>
        <source>Sending push</source>
        <translation>Push wird gesendet</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Do not proceed until a result is shown.</source>
        <translation>Der Server ist nicht erreichbar; neuer Versuch läuft. Fahren Sie erst fort, wenn ein Ergebnis angezeigt wird.</translation>
    </message>
    <message>
        <source>Read this number to the caller</source>
        <translation>Lesen Sie dem Anrufer diese Zahl vor</translation>
    </message>
    <message>
        <source>The caller taps this number in MobilePASS+.</source>
        <translation>Der Anrufer tippt diese Zahl in MobilePASS+ an.</translation>
    </message>
    <message>
        <source>Ask the caller to tap Approve in MobilePASS+</source>
        <translation>Bitten Sie den Anrufer, in MobilePASS+ auf „Genehmigen“ zu tippen</translation>
    </message>
    <message>
        <source>No number is shown in Plain Push mode; the caller only approves or denies the request.</source>
        <translation>Im Modus „Einfacher Push“ wird keine Zahl angezeigt; der Anrufer genehmigt oder lehnt die Anfrage nur ab.</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::SettingsPageBase</name>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Speicherergebnis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>vd::ui::TicketCheck</name>
    <message>
        <source>Ticket problem</source>
        <translation>Problem mit dem Ticket</translation>
    </message>
    <message>
        <source>A ticket reference has at most %1 characters (this one has %2).</source>
        <translation>Eine Ticketreferenz hat höchstens %1 Zeichen (diese hat %2).</translation>
    </message>
    <message>
        <source>A ticket reference holds printable characters only (no tabs, line breaks or control characters).</source>
        <translation>Eine Ticketreferenz enthält nur druckbare Zeichen (keine Tabulatoren, Zeilenumbrüche oder Steuerzeichen).</translation>
    </message>
</context>
<context>
    <name>vd::ui::UserRecordWidget</name>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Open the selected token (double-click a row works too)</source>
        <translation>Ausgewähltes Token öffnen (Doppelklick auf eine Zeile funktioniert auch)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Aufgeklappt</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Zugeklappt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This user has no authentication methods.</source>
        <translation>Dieser Benutzer hat keine Authentifizierungsmethoden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>vd::wire</name>
    <message>
        <source>User Authenticated — Service team can proceed with password/privilege changes.</source>
        <translation>Benutzer authentifiziert – Das Serviceteam kann Passwort- oder Berechtigungsänderungen durchführen.</translation>
    </message>
    <message>
        <source>Authentication Failed — Wrong number selected. Service team should NOT proceed.</source>
        <translation>Authentifizierung fehlgeschlagen – Falsche Zahl ausgewählt. Das Serviceteam darf NICHT fortfahren.</translation>
    </message>
    <message>
        <source>Authentication Failed — Service team should NOT proceed.</source>
        <translation>Authentifizierung fehlgeschlagen – Das Serviceteam darf NICHT fortfahren.</translation>
    </message>
    <message>
        <source>Push authentication timed out. Please escalate to next verification tier.</source>
        <translation>Zeitüberschreitung bei der Push-Authentifizierung. Bitte an die nächste Verifizierungsstufe eskalieren.</translation>
    </message>
    <message>
        <source>Failed to send push notification. Please check the token configuration and try again.</source>
        <translation>Die Push-Benachrichtigung konnte nicht gesendet werden. Bitte prüfen Sie die Token-Konfiguration und versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
