<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApiFailure</name>
    <message>
        <source>Cannot reach the VerifyDesk server at %1. Check the address and your network.</source>
        <translation>Impossible de joindre le serveur VerifyDesk à l’adresse %1. Vérifiez l’adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The VerifyDesk server at %1 did not answer in time. Try again; if it keeps happening, check your network or contact IT.</source>
        <translation>Le serveur VerifyDesk à l’adresse %1 n’a pas répondu à temps. Réessayez ; si le problème persiste, vérifiez votre réseau ou contactez le service informatique.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Check the server address, or ask IT for the certificate authority bundle to configure.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être vérifiée (%2). Vérifiez l’adresse du serveur ou demandez au service informatique le fichier d’autorités de certification à configurer.</translation>
    </message>
    <message>
        <source>The connection to the VerifyDesk server at %1 failed (%2). Check the address and your network.</source>
        <translation>La connexion au serveur VerifyDesk à l’adresse %1 a échoué (%2). Vérifiez l’adresse et votre réseau.</translation>
    </message>
    <message>
        <source>The username or password is incorrect.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Helpdesk Push Verification is not enabled for this account. Contact your account administrator.</source>
        <translation>La vérification push du service d’assistance n’est pas activée pour ce compte. Contactez l’administrateur de votre compte.</translation>
    </message>
    <message>
        <source>This action needs an approved push verification of this user within the follow-up window. Verify the caller first.</source>
        <translation>Cette action nécessite une vérification push approuvée de cet utilisateur pendant la période de suivi. Vérifiez d’abord l’appelant.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Ask an administrator if you need it.</source>
        <translation>Votre rôle ne permet pas cette action. Adressez-vous à un administrateur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>The requested item was not found on the server. It may have been removed; refresh and try again.</source>
        <translation>L’élément demandé est introuvable sur le serveur. Il a peut-être été supprimé ; actualisez puis réessayez.</translation>
    </message>
    <message>
        <source>A verification is already waiting for this token.</source>
        <translation>Une vérification est déjà en attente pour ce jeton.</translation>
    </message>
    <message>
        <source>This verification has already finished.</source>
        <translation>Cette vérification est déjà terminée.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the server. Refresh and try again.</source>
        <translation>La demande est en conflit avec l’état actuel du serveur. Actualisez puis réessayez.</translation>
    </message>
    <message>
        <source>This request is no longer open.</source>
        <translation>Cette demande n’est plus ouverte.</translation>
    </message>
    <message>
        <source>This token cannot receive push notifications; only MobilePASS+ tokens can.</source>
        <translation>Ce jeton ne peut pas recevoir de notifications push ; seuls les jetons MobilePASS+ le peuvent.</translation>
    </message>
    <message>
        <source>The server could not carry out this request.</source>
        <translation>Le serveur n’a pas pu traiter cette demande.</translation>
    </message>
    <message>
        <source>The server could not carry out this request: %1</source>
        <translation>Le serveur n’a pas pu traiter cette demande : %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Trop de tentatives. Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <source>The VerifyDesk server at %1 had a problem (HTTP %2). Try again later; if it keeps happening, contact IT.</source>
        <translation>Le serveur VerifyDesk à l’adresse %1 a rencontré un problème (HTTP %2). Réessayez plus tard ; si le problème persiste, contactez le service informatique.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1%2). Make sure the console and the server versions match.</source>
        <translation>Le serveur a refusé la demande (HTTP %1%2). Vérifiez que les versions de la console et du serveur correspondent.</translation>
    </message>
    <message>
        <source>The server at %1 gave an unexpected answer (HTTP %2). Check the server address.</source>
        <translation>Le serveur à l’adresse %1 a donné une réponse inattendue (HTTP %2). Vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The server sent a reply the console could not read. Check that the address points to a VerifyDesk server of a matching version.</source>
        <translation>Le serveur a envoyé une réponse que la console n’a pas pu lire. Vérifiez que l’adresse désigne un serveur VerifyDesk de version compatible.</translation>
    </message>
</context>
<context>
    <name>AuditPeriod</name>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
</context>
<context>
    <name>SendPushRule</name>
    <message>
        <source>Push verification needs a MobilePASS+ token.</source>
        <translation>La vérification push nécessite un jeton MobilePASS+.</translation>
    </message>
    <message>
        <source>Push is disabled for this token.</source>
        <translation>Le push est désactivé pour ce jeton.</translation>
    </message>
    <message>
        <source>Helpdesk Push Verification is not enabled for this account.</source>
        <translation>La vérification push du service d’assistance n’est pas activée pour ce compte.</translation>
    </message>
    <message>
        <source>Your role has no access to Authentication Methods.</source>
        <translation>Votre rôle n’a pas accès aux méthodes d’authentification.</translation>
    </message>
    <message>
        <source>Your role has view-only access to Authentication Methods.</source>
        <translation>Votre rôle a un accès en lecture seule aux méthodes d’authentification.</translation>
    </message>
    <message>
        <source>A verification is already waiting for this token.</source>
        <translation>Une vérification est déjà en attente pour ce jeton.</translation>
    </message>
    <message>
        <source>Send a push to the user&apos;s MobilePASS+ device to verify the caller.</source>
        <translation>Envoyez un push sur l’appareil MobilePASS+ de l’utilisateur pour vérifier l’appelant.</translation>
    </message>
</context>
<context>
    <name>vd::app::AuditCsvExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossible d’écrire le fichier : %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>The log view was closed during the export.</source>
        <translation>La vue du journal a été fermée pendant l’exportation.</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Impossible d’enregistrer le fichier : %1</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Viewing the audit logs needs the Audit: View permission. Ask your administrator if you need it.</source>
        <translation>La consultation des journaux d’audit nécessite l’autorisation « Audit : affichage ». Adressez-vous à votre administrateur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Local time; hover a cell for UTC</source>
        <translation>Heure locale ; survolez une cellule pour l’heure UTC</translation>
    </message>
</context>
<context>
    <name>vd::app::AuthAuditModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Identité confirmée à %1. Ces actions sont déverrouillées jusqu’à la fin de la période de suivi.</translation>
    </message>
    <message numerus="yes">
        <source>Locked until the caller is verified. An approved push unlocks these actions for %n minute(s).</source>
        <translation>
            <numerusform>Verrouillé jusqu’à la vérification de l’appelant. Un push approuvé déverrouille ces actions pendant %n minute.</numerusform>
            <numerusform>Verrouillé jusqu’à la vérification de l’appelant. Un push approuvé déverrouille ces actions pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked while the verification is in progress.</source>
        <translation>Verrouillé pendant la vérification.</translation>
    </message>
    <message>
        <source>Locked: the last verification did not confirm the caller&apos;s identity. Do not proceed; verify again or escalate.</source>
        <translation>Verrouillé : la dernière vérification n’a pas confirmé l’identité de l’appelant. Ne poursuivez pas ; vérifiez à nouveau ou escaladez.</translation>
    </message>
    <message>
        <source>Locked: the last verification was cancelled. Verify the caller again to unlock.</source>
        <translation>Verrouillé : la dernière vérification a été annulée. Vérifiez à nouveau l’appelant pour déverrouiller.</translation>
    </message>
    <message>
        <source>Locked: the push could not be sent. Verify the caller again to unlock.</source>
        <translation>Verrouillé : le push n’a pas pu être envoyé. Vérifiez à nouveau l’appelant pour déverrouiller.</translation>
    </message>
    <message numerus="yes">
        <source>Locked: the %n-minute window after the approval has ended. Verify the caller again to unlock.</source>
        <translation>
            <numerusform>Verrouillé : la période de %n minute après l’approbation est terminée. Vérifiez à nouveau l’appelant pour déverrouiller.</numerusform>
            <numerusform>Verrouillé : la période de %n minutes après l’approbation est terminée. Vérifiez à nouveau l’appelant pour déverrouiller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up actions are turned off in the policy (follow-up window 0 minutes).</source>
        <translation>Les actions de suivi sont désactivées dans la stratégie (période de suivi de 0 minute).</translation>
    </message>
    <message>
        <source>You need Edit access to Authentication Methods to change this token.</source>
        <translation>Vous devez disposer d’un accès en modification aux méthodes d’authentification pour modifier ce jeton.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Réinitialiser le code PIN</translation>
    </message>
    <message>
        <source>The token is already revoked.</source>
        <translation>Le jeton est déjà révoqué.</translation>
    </message>
    <message>
        <source>The token is already suspended.</source>
        <translation>Le jeton est déjà suspendu.</translation>
    </message>
    <message>
        <source>A revoked token cannot be suspended.</source>
        <translation>Un jeton révoqué ne peut pas être suspendu.</translation>
    </message>
    <message>
        <source>The token is active; only a suspended token can be resumed.</source>
        <translation>Le jeton est actif ; seul un jeton suspendu peut être réactivé.</translation>
    </message>
    <message>
        <source>A revoked token cannot be resumed.</source>
        <translation>Un jeton révoqué ne peut pas être réactivé.</translation>
    </message>
    <message>
        <source>A revoked token has no PIN to reset.</source>
        <translation>Un jeton révoqué n’a pas de code PIN à réinitialiser.</translation>
    </message>
    <message>
        <source>Revoke %1 for good (asks first)</source>
        <translation>Révoquer %1 définitivement (avec confirmation)</translation>
    </message>
    <message>
        <source>Suspend %1 until it is resumed (asks first)</source>
        <translation>Suspendre %1 jusqu’à sa réactivation (avec confirmation)</translation>
    </message>
    <message>
        <source>Let %1 work again (asks first)</source>
        <translation>Remettre %1 en service (avec confirmation)</translation>
    </message>
    <message>
        <source>Reset the PIN of %1 (asks first)</source>
        <translation>Réinitialiser le code PIN de %1 (avec confirmation)</translation>
    </message>
    <message>
        <source>Revoke token %1?</source>
        <translation>Révoquer le jeton %1 ?</translation>
    </message>
    <message>
        <source>Suspend token %1?</source>
        <translation>Suspendre le jeton %1 ?</translation>
    </message>
    <message>
        <source>Resume token %1?</source>
        <translation>Réactiver le jeton %1 ?</translation>
    </message>
    <message>
        <source>Reset the PIN of %1?</source>
        <translation>Réinitialiser le code PIN de %1 ?</translation>
    </message>
    <message>
        <source>%1 of %2 stops working for good; a new token is needed to sign in again.</source>
        <translation>%1 de %2 cessera définitivement de fonctionner ; un nouveau jeton sera nécessaire pour se reconnecter.</translation>
    </message>
    <message>
        <source>%1 of %2 stops working until it is resumed.</source>
        <translation>%1 de %2 cessera de fonctionner jusqu’à sa réactivation.</translation>
    </message>
    <message>
        <source>%1 of %2 works again.</source>
        <translation>%1 de %2 fonctionnera à nouveau.</translation>
    </message>
    <message>
        <source>%1 sets a new PIN the next time they use %2.</source>
        <translation>%1 définira un nouveau code PIN lors de la prochaine utilisation de %2.</translation>
    </message>
    <message>
        <source>%1

This is recorded in Operator Activity with the verification that allowed it.</source>
        <translation>%1

Cette action est enregistrée dans l’activité des opérateurs avec la vérification qui l’a autorisée.</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Jeton %1 révoqué.</translation>
    </message>
    <message>
        <source>Token %1 suspended.</source>
        <translation>Jeton %1 suspendu.</translation>
    </message>
    <message>
        <source>Token %1 resumed.</source>
        <translation>Jeton %1 réactivé.</translation>
    </message>
    <message>
        <source>PIN of %1 reset.</source>
        <translation>Code PIN de %1 réinitialisé.</translation>
    </message>
    <message>
        <source>Locked: the server no longer accepts this approval. Verify the caller again to unlock.</source>
        <translation>Verrouillé : le serveur n’accepte plus cette approbation. Vérifiez à nouveau l’appelant pour déverrouiller.</translation>
    </message>
</context>
<context>
    <name>vd::app::NetworkTransport</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Le fichier d’autorités de certification %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Le fichier d’autorités de certification %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>vd::app::OperatorAuditModel</name>
    <message>
        <source>Dispatch</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai expiré</translation>
    </message>
    <message>
        <source>Dispatch failed</source>
        <translation>Échec de l’envoi</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Type d’action</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dispatched by %1 at %2</source>
        <translation>Envoyée par %1 le %2</translation>
    </message>
    <message>
        <source>outcome %1 at %2</source>
        <translation>résultat %1 le %2</translation>
    </message>
    <message>
        <source>no outcome (cancelled or still pending)</source>
        <translation>aucun résultat (annulée ou encore en attente)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s): %1</source>
        <translation>
            <numerusform>%n action de suivi : %1</numerusform>
            <numerusform>%n actions de suivi : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::app::PolicyEditor</name>
    <message>
        <source>Read-only: changing these settings needs Edit access to Policy.</source>
        <translation>Lecture seule : la modification de ces paramètres nécessite un accès en modification aux stratégies.</translation>
    </message>
    <message>
        <source>Enter the organization name shown on the user&apos;s device.</source>
        <translation>Saisissez le nom d’organisation affiché sur l’appareil de l’utilisateur.</translation>
    </message>
    <message>
        <source>The organization name can have at most %1 characters.</source>
        <translation>Le nom d’organisation peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The follow-up window is 0 to %1 minutes.</source>
        <translation>La période de suivi est comprise entre 0 et %1 minutes.</translation>
    </message>
    <message>
        <source>The account name is 1 to %1 characters.</source>
        <translation>Le nom du compte comporte de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Saved. The change applies to the next Send Push; a verification already in progress keeps its mode.</source>
        <translation>Enregistré. La modification s’applique au prochain « Envoyer le push » ; une vérification déjà en cours conserve son mode.</translation>
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
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Aucune connexion enregistrée n’a été trouvée. Veuillez vous connecter.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in next time.</source>
        <translation>L’accès au trousseau du système a été refusé ; vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>No system keychain is available, so you will need to sign in next time.</source>
        <translation>Aucun trousseau système n’est disponible ; vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>vd::app::UserSearchModel</name>
    <message>
        <source>Open the user record of %1</source>
        <translation>Ouvrir la fiche utilisateur de %1</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>vd::app::VerificationController</name>
    <message>
        <source>Sending push…</source>
        <translation>Envoi du push…</translation>
    </message>
    <message>
        <source>Could not send the push: %1</source>
        <translation>Impossible d’envoyer le push : %1</translation>
    </message>
    <message>
        <source>Waiting for user response...</source>
        <translation>En attente de la réponse de l’utilisateur…</translation>
    </message>
    <message>
        <source>This verification was cancelled.</source>
        <translation>Cette vérification a été annulée.</translation>
    </message>
    <message>
        <source>The push could not be delivered (%1).</source>
        <translation>Le push n’a pas pu être remis (%1).</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Wrong number selected</source>
        <translation>Mauvais numéro sélectionné</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai expiré</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>The server no longer knows this verification. Send a new push.</source>
        <translation>Le serveur ne connaît plus cette vérification. Envoyez un nouveau push.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>The server has not reported the outcome of this verification. Check Authentication Activity before you proceed.</source>
        <translation>Le serveur n’a pas communiqué l’issue de cette vérification. Consultez l’activité d’authentification avant de poursuivre.</translation>
    </message>
    <message>
        <source>Identity confirmed. You may proceed with the requested change.</source>
        <translation>Identité confirmée. Vous pouvez effectuer la modification demandée.</translation>
    </message>
    <message>
        <source>Do not perform the requested change. Treat as a failed verification and follow your escalation procedure.</source>
        <translation>N’effectuez pas la modification demandée. Considérez la vérification comme échouée et suivez votre procédure d’escalade.</translation>
    </message>
    <message>
        <source>Do not perform the requested change. Confirm with the caller whether they actually have the device, and follow your escalation procedure.</source>
        <translation>N’effectuez pas la modification demandée. Vérifiez auprès de l’appelant qu’il dispose bien de l’appareil et suivez votre procédure d’escalade.</translation>
    </message>
    <message>
        <source>Do not perform the requested change. Use an alternative verification method (for example, a knowledge-based question or an SMS one-time passcode).</source>
        <translation>N’effectuez pas la modification demandée. Utilisez une autre méthode de vérification (par exemple une question de sécurité ou un code à usage unique par SMS).</translation>
    </message>
    <message>
        <source>Verify that push is enabled for the token and that the user&apos;s device is online, then try again.</source>
        <translation>Vérifiez que le push est activé pour le jeton et que l’appareil de l’utilisateur est en ligne, puis réessayez.</translation>
    </message>
    <message>
        <source>The token is not active (it is suspended or revoked).</source>
        <translation>Le jeton n’est pas actif (il est suspendu ou révoqué).</translation>
    </message>
    <message>
        <source>Push is disabled for this token.</source>
        <translation>Le push est désactivé pour ce jeton.</translation>
    </message>
    <message>
        <source>Push OTP is disabled on the virtual server.</source>
        <translation>L’OTP par push est désactivé sur le serveur virtuel.</translation>
    </message>
    <message>
        <source>The user&apos;s device is not registered or not reachable.</source>
        <translation>L’appareil de l’utilisateur n’est pas enregistré ou est injoignable.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account features</source>
        <translation>Fonctionnalités du compte</translation>
    </message>
    <message>
        <source>Helpdesk Push Verification</source>
        <translation>Vérification push du support</translation>
    </message>
    <message>
        <source>Lets operators verify a caller with a MobilePASS+ push (the Send Push button). Cleared, Send Push is hidden on every console.</source>
        <translation>Permet aux opérateurs de vérifier un appelant par un push MobilePASS+ (bouton « Envoyer le push »). Si l’option est décochée, « Envoyer le push » est masqué sur toutes les consoles.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AssignmentPage</name>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Find the caller, open the user record and manage their tokens.</source>
        <translation>Recherchez l’appelant, ouvrez sa fiche utilisateur et gérez ses jetons.</translation>
    </message>
    <message>
        <source>Search by user ID, first or last name, or email</source>
        <translation>Rechercher par ID utilisateur, prénom, nom ou e-mail</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Results update as you type; Enter searches at once (Ctrl+F)</source>
        <translation>Les résultats se mettent à jour pendant la saisie ; Entrée lance la recherche immédiatement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Type a user ID, name or email to find a user.</source>
        <translation>Saisissez un ID utilisateur, un nom ou un e-mail pour trouver un utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 users; scroll down for more.</source>
        <translation>%1 utilisateurs affichés sur %2 ; faites défiler vers le bas pour en voir plus.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditFilterBar</name>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>Filter by operator</source>
        <translation>Filtrer par opérateur</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Operator username</source>
        <translation>Nom d’utilisateur de l’opérateur</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <source>Filter by result</source>
        <translation>Filtrer par résultat</translation>
    </message>
    <message>
        <source>Success and Failure</source>
        <translation>Réussite et échec</translation>
    </message>
    <message>
        <source>Filter by action type</source>
        <translation>Filtrer par type d’action</translation>
    </message>
    <message>
        <source>All action types</source>
        <translation>Tous les types d’action</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>&amp;Action type</source>
        <translation>Type d’&amp;action</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditTableView</name>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copier la ligne</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Audit log unavailable</source>
        <translation>Journal d’audit indisponible</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>État du journal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Copier la ligne</translation>
    </message>
    <message>
        <source>Copy the selected entries as text (Ctrl+C)</source>
        <translation>Copier les entrées sélectionnées sous forme de texte (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save every entry of the current filter as CSV, not only those on screen</source>
        <translation>Enregistrer toutes les entrées du filtre actuel en CSV, pas seulement celles affichées</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation : %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Aucune entrée ne correspond aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source> · %n newer row(s): Refresh to see them</source>
        <translation>
            <numerusform> · %n ligne plus récente : actualisez pour l’afficher</numerusform>
            <numerusform> · %n lignes plus récentes : actualisez pour les afficher</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading more…</source>
        <translation> · chargement de la suite…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %1 of %Ln entries</source>
        <translation>
            <numerusform>Exportation… %1 sur %Ln entrée</numerusform>
            <numerusform>Exportation… %1 sur %Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries loaded</source>
        <translation>
            <numerusform>%1 sur %Ln entrée chargée</numerusform>
            <numerusform>%1 sur %Ln entrées chargées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditWorkspace</name>
    <message>
        <source>S&amp;napshot</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Authentication Activity</source>
        <translation>Activité d’&amp;authentification</translation>
    </message>
    <message>
        <source>&amp;Operator Activity</source>
        <translation>Activité des &amp;opérateurs</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Stratégie</translation>
    </message>
    <message>
        <source>&amp;Token Policies</source>
        <translation>Stratégies de &amp;jetons</translation>
    </message>
    <message>
        <source>&amp;Authentication Policy</source>
        <translation>Stratégie d’&amp;authentification</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Authentication Activity</source>
        <translation>Activité d’authentification</translation>
    </message>
    <message>
        <source>Operator Activity</source>
        <translation>Activité des opérateurs</translation>
    </message>
    <message>
        <source>Authentication Policy</source>
        <translation>Stratégie d’authentification</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuthActivityView</name>
    <message>
        <source>Authentication Activity</source>
        <translation>Activité d’authentification</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConnectionIndicator</name>
    <message>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <source>Live updates off</source>
        <translation>Mises à jour en direct désactivées</translation>
    </message>
    <message>
        <source>Not connected to the event stream; verifications are still polled.</source>
        <translation>Non connecté au flux d’événements ; les vérifications sont toujours interrogées.</translation>
    </message>
    <message>
        <source>Live updates connected</source>
        <translation>Mises à jour en direct connectées</translation>
    </message>
    <message>
        <source>Verification results arrive at once over the event stream.</source>
        <translation>Les résultats de vérification arrivent immédiatement par le flux d’événements.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>The event stream dropped and is reconnecting; verifications are still polled every 2 seconds.</source>
        <translation>Le flux d’événements a été interrompu et se reconnecte ; les vérifications sont toujours interrogées toutes les 2 secondes.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConsoleFlow</name>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConsoleTabWidget</name>
    <message>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::FollowUpActionsPanel</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Follow-up time left</source>
        <translation>Temps restant pour les actions de suivi</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>État des actions de suivi</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>Résultat de l’action de suivi</translation>
    </message>
    <message>
        <source>Follow-up actions unlocked</source>
        <translation>Actions de suivi déverrouillées</translation>
    </message>
    <message>
        <source>Follow-up actions (locked)</source>
        <translation>Actions de suivi (verrouillées)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restantes</translation>
    </message>
</context>
<context>
    <name>vd::ui::IdleWarning</name>
    <message>
        <source>Stay signed in</source>
        <translation>Rester connecté</translation>
    </message>
    <message>
        <source>Signing out soon</source>
        <translation>Déconnexion imminente</translation>
    </message>
    <message>
        <source>Idle sign-out warning</source>
        <translation>Avertissement de déconnexion pour inactivité</translation>
    </message>
    <message numerus="yes">
        <source>Nobody has used the console for a while. You will be signed out in %n second(s).</source>
        <translation>
            <numerusform>La console n’a pas été utilisée depuis un moment. Vous serez déconnecté dans %n seconde.</numerusform>
            <numerusform>La console n’a pas été utilisée depuis un moment. Vous serez déconnecté dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::ui::LoginDialog</name>
    <message>
        <source>Sign in to VerifyDesk</source>
        <translation>Connexion à VerifyDesk</translation>
    </message>
    <message>
        <source>VerifyDesk</source>
        <translation>VerifyDesk</translation>
    </message>
    <message>
        <source>Service desk caller verification</source>
        <translation>Vérification des appelants pour le centre de services</translation>
    </message>
    <message>
        <source>https://verifydesk.example.com</source>
        <translation>https://verifydesk.example.com</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://verifydesk.example.com</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://verifydesk.example.com</translation>
    </message>
</context>
<context>
    <name>vd::ui::MainWindow</name>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>&amp;Rechercher un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Close user record</source>
        <translation>&amp;Fermer la fiche utilisateur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About VerifyDesk</source>
        <translation>À &amp;propos de VerifyDesk</translation>
    </message>
    <message>
        <source>About VerifyDesk</source>
        <translation>À propos de VerifyDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;VerifyDesk %1&lt;/b&gt;&lt;p&gt;Verify a caller&apos;s identity with a MobilePASS+ push before a password reset, PIN change or token revocation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;VerifyDesk %1&lt;/b&gt;&lt;p&gt;Vérifiez l’identité d’un appelant par un push MobilePASS+ avant une réinitialisation de mot de passe, un changement de code PIN ou la révocation d’un jeton.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed-in operator</source>
        <translation>Opérateur connecté</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::ManageTokenDialog</name>
    <message>
        <source>Manage token %1 — %2</source>
        <translation>Gérer le jeton %1 – %2</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket or case number (optional)</source>
        <translation>Numéro de ticket ou de dossier (facultatif)</translation>
    </message>
    <message>
        <source>Send Push</source>
        <translation>Envoyer le push</translation>
    </message>
    <message>
        <source>Verify the caller</source>
        <translation>Vérifier l’appelant</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Push Verification</source>
        <translation>Vérification push</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The verification number and the result appear here after Send Push.</source>
        <translation>Le numéro de vérification et le résultat s’affichent ici après « Envoyer le push ».</translation>
    </message>
</context>
<context>
    <name>vd::ui::ManagedLock</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
</context>
<context>
    <name>vd::ui::OperatorActivityView</name>
    <message>
        <source>Operator Activity</source>
        <translation>Activité des opérateurs</translation>
    </message>
    <message>
        <source>Verification trail summary</source>
        <translation>Résumé de l’historique de la vérification</translation>
    </message>
    <message>
        <source>Verification trail</source>
        <translation>Historique de la vérification</translation>
    </message>
    <message>
        <source>This entry belongs to no verification.</source>
        <translation>Cette entrée n’appartient à aucune vérification.</translation>
    </message>
    <message>
        <source>Select an entry to see the other entry of its verification (dispatch or outcome) and the follow-up actions it allowed.</source>
        <translation>Sélectionnez une entrée pour voir l’autre entrée de sa vérification (envoi ou résultat) et les actions de suivi qu’elle a autorisées.</translation>
    </message>
    <message>
        <source>Verification %1</source>
        <translation>Vérification %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>vd::ui::PolicyPage</name>
    <message>
        <source>Policy › Token Policies</source>
        <translation>Stratégie › Stratégies de jetons</translation>
    </message>
    <message>
        <source>Authentication Policy</source>
        <translation>Stratégie d’authentification</translation>
    </message>
    <message>
        <source>Enable MobilePASS+ Numeric Challenge</source>
        <translation>Activer le défi numérique MobilePASS+</translation>
    </message>
    <message>
        <source>Push OTP enabled on the virtual server</source>
        <translation>OTP par push activé sur le serveur virtuel</translation>
    </message>
    <message>
        <source>Custom organization name</source>
        <translation>Nom d’organisation personnalisé</translation>
    </message>
    <message>
        <source>Follow-up window</source>
        <translation>Période de suivi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>The operator reads a 2-digit number to the caller, who taps the matching one of three in MobilePASS+. Cleared: Plain Push, the caller only approves.</source>
        <translation>L’opérateur lit un nombre à deux chiffres à l’appelant, qui appuie sur le nombre correspondant parmi trois dans MobilePASS+. Décochée : push simple, l’appelant approuve seulement.</translation>
    </message>
    <message>
        <source>Without push OTP no helpdesk push can be sent: Send Push then reports that push OTP is disabled.</source>
        <translation>Sans OTP par push, aucun push du support ne peut être envoyé : « Envoyer le push » signale alors que l’OTP par push est désactivé.</translation>
    </message>
    <message>
        <source>Shown on the user&apos;s device in the login request.</source>
        <translation>Affiché sur l’appareil de l’utilisateur dans la demande de connexion.</translation>
    </message>
    <message>
        <source>How long an approved verification unlocks Revoke, Suspend, Resume and Reset PIN for that operator and user. 0 turns the follow-up actions off.</source>
        <translation>Durée pendant laquelle une vérification approuvée déverrouille Révoquer, Suspendre, Réactiver et Réinitialiser le code PIN pour cet opérateur et cet utilisateur. 0 désactive les actions de suivi.</translation>
    </message>
</context>
<context>
    <name>vd::ui::PushVerificationPanel</name>
    <message>
        <source>Push Verification</source>
        <translation>Vérification push</translation>
    </message>
    <message>
        <source>Cancel verification (Esc)</source>
        <translation>Annuler la vérification (Échap)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Push status</source>
        <translation>État du push</translation>
    </message>
    <message>
        <source>Contacting MobilePASS+ on the user&apos;s device</source>
        <translation>Contact de MobilePASS+ sur l’appareil de l’utilisateur</translation>
    </message>
    <message>
        <source>Sending push</source>
        <translation>Envoi du push</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Do not proceed until a result is shown.</source>
        <translation>Le serveur est injoignable ; nouvelle tentative en cours. Ne poursuivez pas avant qu’un résultat s’affiche.</translation>
    </message>
    <message>
        <source>Read this number to the caller</source>
        <translation>Lisez ce numéro à l’appelant</translation>
    </message>
    <message>
        <source>The caller taps this number in MobilePASS+.</source>
        <translation>L’appelant appuie sur ce numéro dans MobilePASS+.</translation>
    </message>
    <message>
        <source>Ask the caller to tap Approve in MobilePASS+</source>
        <translation>Demandez à l’appelant d’appuyer sur Approuver dans MobilePASS+</translation>
    </message>
    <message>
        <source>No number is shown in Plain Push mode; the caller only approves or denies the request.</source>
        <translation>Aucun numéro n’est affiché en mode push simple ; l’appelant approuve ou refuse simplement la demande.</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Action recommandée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::SettingsPageBase</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Résultat de l’enregistrement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
</context>
<context>
    <name>vd::ui::TicketCheck</name>
    <message>
        <source>Ticket problem</source>
        <translation>Problème de ticket</translation>
    </message>
    <message>
        <source>A ticket reference has at most %1 characters (this one has %2).</source>
        <translation>Une référence de ticket compte au plus %1 caractères (celle-ci en compte %2).</translation>
    </message>
    <message>
        <source>A ticket reference holds printable characters only (no tabs, line breaks or control characters).</source>
        <translation>Une référence de ticket ne contient que des caractères imprimables (ni tabulations, ni sauts de ligne, ni caractères de contrôle).</translation>
    </message>
</context>
<context>
    <name>vd::ui::UserRecordWidget</name>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation>Méthodes d’authentification</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gérer</translation>
    </message>
    <message>
        <source>Open the selected token (double-click a row works too)</source>
        <translation>Ouvrir le jeton sélectionné (un double-clic sur une ligne fonctionne aussi)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Développé</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Réduit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This user has no authentication methods.</source>
        <translation>Cet utilisateur n’a aucune méthode d’authentification.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>vd::wire</name>
    <message>
        <source>User Authenticated — Service team can proceed with password/privilege changes.</source>
        <translation>Utilisateur authentifié — L’équipe de service peut procéder aux modifications de mot de passe ou de privilèges.</translation>
    </message>
    <message>
        <source>Authentication Failed — Wrong number selected. Service team should NOT proceed.</source>
        <translation>Échec de l’authentification — Mauvais numéro sélectionné. L’équipe de service ne doit PAS poursuivre.</translation>
    </message>
    <message>
        <source>Authentication Failed — Service team should NOT proceed.</source>
        <translation>Échec de l’authentification — L’équipe de service ne doit PAS poursuivre.</translation>
    </message>
    <message>
        <source>Push authentication timed out. Please escalate to next verification tier.</source>
        <translation>L’authentification push a expiré. Veuillez escalader au niveau de vérification suivant.</translation>
    </message>
    <message>
        <source>Failed to send push notification. Please check the token configuration and try again.</source>
        <translation>Échec de l’envoi de la notification push. Veuillez vérifier la configuration du jeton et réessayer.</translation>
    </message>
</context>
</TS>
