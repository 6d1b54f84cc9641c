<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ApiFailure</name>
    <message>
        <source>Cannot reach the VerifyDesk server at %1. Check the address and your network.</source>
        <translation>No se puede contactar con el servidor de VerifyDesk en %1. Compruebe la dirección y su conexión de red.</translation>
    </message>
    <message>
        <source>The VerifyDesk server at %1 did not answer in time. Try again; if it keeps happening, check your network or contact IT.</source>
        <translation>El servidor de VerifyDesk en %1 no respondió a tiempo. Inténtelo de nuevo; si el problema continúa, compruebe su red o póngase en contacto con TI.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Check the server address, or ask IT for the certificate authority bundle to configure.</source>
        <translation>No se pudo verificar la conexión segura con %1 (%2). Compruebe la dirección del servidor o pida a TI el paquete de autoridades de certificación que debe configurar.</translation>
    </message>
    <message>
        <source>The connection to the VerifyDesk server at %1 failed (%2). Check the address and your network.</source>
        <translation>La conexión con el servidor de VerifyDesk en %1 ha fallado (%2). Compruebe la dirección y su red.</translation>
    </message>
    <message>
        <source>The username or password is incorrect.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Helpdesk Push Verification is not enabled for this account. Contact your account administrator.</source>
        <translation>La verificación push del servicio de asistencia no está habilitada para esta cuenta. Póngase en contacto con el administrador de su cuenta.</translation>
    </message>
    <message>
        <source>This action needs an approved push verification of this user within the follow-up window. Verify the caller first.</source>
        <translation>Esta acción requiere una verificación push aprobada de este usuario dentro del periodo de seguimiento. Verifique primero a la persona que llama.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Ask an administrator if you need it.</source>
        <translation>Su rol no permite esta acción. Pida acceso a un administrador si lo necesita.</translation>
    </message>
    <message>
        <source>The requested item was not found on the server. It may have been removed; refresh and try again.</source>
        <translation>No se encontró el elemento solicitado en el servidor. Es posible que se haya eliminado; actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A verification is already waiting for this token.</source>
        <translation>Ya hay una verificación en espera para este token.</translation>
    </message>
    <message>
        <source>This verification has already finished.</source>
        <translation>Esta verificación ya ha finalizado.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the server. Refresh and try again.</source>
        <translation>La solicitud entra en conflicto con el estado actual del servidor. Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This request is no longer open.</source>
        <translation>Esta solicitud ya no está abierta.</translation>
    </message>
    <message>
        <source>This token cannot receive push notifications; only MobilePASS+ tokens can.</source>
        <translation>Este token no puede recibir notificaciones push; solo los tokens MobilePASS+ pueden.</translation>
    </message>
    <message>
        <source>The server could not carry out this request.</source>
        <translation>El servidor no pudo realizar esta solicitud.</translation>
    </message>
    <message>
        <source>The server could not carry out this request: %1</source>
        <translation>El servidor no pudo realizar esta solicitud: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Demasiados intentos. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The VerifyDesk server at %1 had a problem (HTTP %2). Try again later; if it keeps happening, contact IT.</source>
        <translation>El servidor de VerifyDesk en %1 ha tenido un problema (HTTP %2). Inténtelo más tarde; si el problema continúa, póngase en contacto con TI.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1%2). Make sure the console and the server versions match.</source>
        <translation>El servidor rechazó la solicitud (HTTP %1%2). Asegúrese de que las versiones de la consola y del servidor coinciden.</translation>
    </message>
    <message>
        <source>The server at %1 gave an unexpected answer (HTTP %2). Check the server address.</source>
        <translation>El servidor en %1 dio una respuesta inesperada (HTTP %2). Compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server sent a reply the console could not read. Check that the address points to a VerifyDesk server of a matching version.</source>
        <translation>El servidor envió una respuesta que la consola no pudo leer. Compruebe que la dirección corresponde a un servidor de VerifyDesk de una versión compatible.</translation>
    </message>
</context>
<context>
    <name>AuditPeriod</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
</context>
<context>
    <name>SendPushRule</name>
    <message>
        <source>Push verification needs a MobilePASS+ token.</source>
        <translation>La verificación push requiere un token MobilePASS+.</translation>
    </message>
    <message>
        <source>Push is disabled for this token.</source>
        <translation>El push está deshabilitado para este token.</translation>
    </message>
    <message>
        <source>Helpdesk Push Verification is not enabled for this account.</source>
        <translation>La verificación push del servicio de asistencia no está habilitada para esta cuenta.</translation>
    </message>
    <message>
        <source>Your role has no access to Authentication Methods.</source>
        <translation>Su rol no tiene acceso a los métodos de autenticación.</translation>
    </message>
    <message>
        <source>Your role has view-only access to Authentication Methods.</source>
        <translation>Su rol solo tiene acceso de lectura a los métodos de autenticación.</translation>
    </message>
    <message>
        <source>A verification is already waiting for this token.</source>
        <translation>Ya hay una verificación en espera para este token.</translation>
    </message>
    <message>
        <source>Send a push to the user&apos;s MobilePASS+ device to verify the caller.</source>
        <translation>Envíe un push al dispositivo MobilePASS+ del usuario para verificar a la persona que llama.</translation>
    </message>
</context>
<context>
    <name>vd::app::AuditCsvExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>The log view was closed during the export.</source>
        <translation>La vista del registro se cerró durante la exportación.</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
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
        <translation>Para ver los registros de auditoría se necesita el permiso «Auditoría: ver». Pídalo a su administrador si lo necesita.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Local time; hover a cell for UTC</source>
        <translation>Hora local; pase el ratón sobre una celda para ver la hora UTC</translation>
    </message>
</context>
<context>
    <name>vd::app::AuthAuditModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>Identidad confirmada a las %1. Estas acciones están desbloqueadas durante el resto del periodo de seguimiento.</translation>
    </message>
    <message numerus="yes">
        <source>Locked until the caller is verified. An approved push unlocks these actions for %n minute(s).</source>
        <translation>
            <numerusform>Bloqueado hasta que se verifique a la persona que llama. Un push aprobado desbloquea estas acciones durante %n minuto.</numerusform>
            <numerusform>Bloqueado hasta que se verifique a la persona que llama. Un push aprobado desbloquea estas acciones durante %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked while the verification is in progress.</source>
        <translation>Bloqueado mientras la verificación está en curso.</translation>
    </message>
    <message>
        <source>Locked: the last verification did not confirm the caller&apos;s identity. Do not proceed; verify again or escalate.</source>
        <translation>Bloqueado: la última verificación no confirmó la identidad de la persona que llama. No continúe; vuelva a verificar o escale el caso.</translation>
    </message>
    <message>
        <source>Locked: the last verification was cancelled. Verify the caller again to unlock.</source>
        <translation>Bloqueado: la última verificación se canceló. Vuelva a verificar a la persona que llama para desbloquear.</translation>
    </message>
    <message>
        <source>Locked: the push could not be sent. Verify the caller again to unlock.</source>
        <translation>Bloqueado: no se pudo enviar el push. Vuelva a verificar a la persona que llama para desbloquear.</translation>
    </message>
    <message numerus="yes">
        <source>Locked: the %n-minute window after the approval has ended. Verify the caller again to unlock.</source>
        <translation>
            <numerusform>Bloqueado: ha terminado el periodo de %n minuto tras la aprobación. Vuelva a verificar a la persona que llama para desbloquear.</numerusform>
            <numerusform>Bloqueado: ha terminado el periodo de %n minutos tras la aprobación. Vuelva a verificar a la persona que llama para desbloquear.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up actions are turned off in the policy (follow-up window 0 minutes).</source>
        <translation>Las acciones de seguimiento están desactivadas en la directiva (periodo de seguimiento de 0 minutos).</translation>
    </message>
    <message>
        <source>You need Edit access to Authentication Methods to change this token.</source>
        <translation>Necesita acceso de edición a los métodos de autenticación para cambiar este token.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Restablecer PIN</translation>
    </message>
    <message>
        <source>The token is already revoked.</source>
        <translation>El token ya está revocado.</translation>
    </message>
    <message>
        <source>The token is already suspended.</source>
        <translation>El token ya está suspendido.</translation>
    </message>
    <message>
        <source>A revoked token cannot be suspended.</source>
        <translation>Un token revocado no se puede suspender.</translation>
    </message>
    <message>
        <source>The token is active; only a suspended token can be resumed.</source>
        <translation>El token está activo; solo se puede reanudar un token suspendido.</translation>
    </message>
    <message>
        <source>A revoked token cannot be resumed.</source>
        <translation>Un token revocado no se puede reanudar.</translation>
    </message>
    <message>
        <source>A revoked token has no PIN to reset.</source>
        <translation>Un token revocado no tiene PIN que restablecer.</translation>
    </message>
    <message>
        <source>Revoke %1 for good (asks first)</source>
        <translation>Revocar %1 definitivamente (pide confirmación)</translation>
    </message>
    <message>
        <source>Suspend %1 until it is resumed (asks first)</source>
        <translation>Suspender %1 hasta que se reanude (pide confirmación)</translation>
    </message>
    <message>
        <source>Let %1 work again (asks first)</source>
        <translation>Volver a activar %1 (pide confirmación)</translation>
    </message>
    <message>
        <source>Reset the PIN of %1 (asks first)</source>
        <translation>Restablecer el PIN de %1 (pide confirmación)</translation>
    </message>
    <message>
        <source>Revoke token %1?</source>
        <translation>¿Revocar el token %1?</translation>
    </message>
    <message>
        <source>Suspend token %1?</source>
        <translation>¿Suspender el token %1?</translation>
    </message>
    <message>
        <source>Resume token %1?</source>
        <translation>¿Reanudar el token %1?</translation>
    </message>
    <message>
        <source>Reset the PIN of %1?</source>
        <translation>¿Restablecer el PIN de %1?</translation>
    </message>
    <message>
        <source>%1 of %2 stops working for good; a new token is needed to sign in again.</source>
        <translation>%1 de %2 dejará de funcionar definitivamente; se necesitará un token nuevo para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 of %2 stops working until it is resumed.</source>
        <translation>%1 de %2 dejará de funcionar hasta que se reanude.</translation>
    </message>
    <message>
        <source>%1 of %2 works again.</source>
        <translation>%1 de %2 volverá a funcionar.</translation>
    </message>
    <message>
        <source>%1 sets a new PIN the next time they use %2.</source>
        <translation>%1 establecerá un PIN nuevo la próxima vez que use %2.</translation>
    </message>
    <message>
        <source>%1

This is recorded in Operator Activity with the verification that allowed it.</source>
        <translation>%1

Esto se registra en la actividad de operadores junto con la verificación que lo permitió.</translation>
    </message>
    <message>
        <source>Token %1 revoked.</source>
        <translation>Token %1 revocado.</translation>
    </message>
    <message>
        <source>Token %1 suspended.</source>
        <translation>Token %1 suspendido.</translation>
    </message>
    <message>
        <source>Token %1 resumed.</source>
        <translation>Token %1 reanudado.</translation>
    </message>
    <message>
        <source>PIN of %1 reset.</source>
        <translation>PIN de %1 restablecido.</translation>
    </message>
    <message>
        <source>Locked: the server no longer accepts this approval. Verify the caller again to unlock.</source>
        <translation>Bloqueado: el servidor ya no acepta esta aprobación. Vuelva a verificar a la persona que llama para desbloquear.</translation>
    </message>
</context>
<context>
    <name>vd::app::NetworkTransport</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>No se puede leer el paquete de CA %1: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>El paquete de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>vd::app::OperatorAuditModel</name>
    <message>
        <source>Dispatch</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número incorrecto</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Dispatch failed</source>
        <translation>Error de envío</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
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
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dispatched by %1 at %2</source>
        <translation>Enviada por %1 el %2</translation>
    </message>
    <message>
        <source>outcome %1 at %2</source>
        <translation>resultado %1 el %2</translation>
    </message>
    <message>
        <source>no outcome (cancelled or still pending)</source>
        <translation>sin resultado (cancelada o aún pendiente)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up action(s): %1</source>
        <translation>
            <numerusform>%n acción de seguimiento: %1</numerusform>
            <numerusform>%n acciones de seguimiento: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::app::PolicyEditor</name>
    <message>
        <source>Read-only: changing these settings needs Edit access to Policy.</source>
        <translation>Solo lectura: para cambiar esta configuración se necesita acceso de edición a las directivas.</translation>
    </message>
    <message>
        <source>Enter the organization name shown on the user&apos;s device.</source>
        <translation>Introduzca el nombre de la organización que se muestra en el dispositivo del usuario.</translation>
    </message>
    <message>
        <source>The organization name can have at most %1 characters.</source>
        <translation>El nombre de la organización puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The follow-up window is 0 to %1 minutes.</source>
        <translation>El periodo de seguimiento es de 0 a %1 minutos.</translation>
    </message>
    <message>
        <source>The account name is 1 to %1 characters.</source>
        <translation>El nombre de la cuenta tiene de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Saved. The change applies to the next Send Push; a verification already in progress keeps its mode.</source>
        <translation>Guardado. El cambio se aplica al siguiente «Enviar push»; una verificación ya en curso mantiene su modo.</translation>
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
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
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
        <translation>No se encontró ningún inicio de sesión guardado. Inicie sesión.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so you will need to sign in next time.</source>
        <translation>Se denegó el acceso al llavero del sistema, así que tendrá que iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>No system keychain is available, so you will need to sign in next time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que tendrá que iniciar sesión la próxima vez.</translation>
    </message>
</context>
<context>
    <name>vd::app::UserSearchModel</name>
    <message>
        <source>Open the user record of %1</source>
        <translation>Abrir la ficha de usuario de %1</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>vd::app::VerificationController</name>
    <message>
        <source>Sending push…</source>
        <translation>Enviando push…</translation>
    </message>
    <message>
        <source>Could not send the push: %1</source>
        <translation>No se pudo enviar el push: %1</translation>
    </message>
    <message>
        <source>Waiting for user response...</source>
        <translation>Esperando la respuesta del usuario…</translation>
    </message>
    <message>
        <source>This verification was cancelled.</source>
        <translation>Esta verificación se ha cancelado.</translation>
    </message>
    <message>
        <source>The push could not be delivered (%1).</source>
        <translation>No se pudo entregar el push (%1).</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Wrong number selected</source>
        <translation>Número incorrecto seleccionado</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>The server no longer knows this verification. Send a new push.</source>
        <translation>El servidor ya no reconoce esta verificación. Envíe un push nuevo.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>The server has not reported the outcome of this verification. Check Authentication Activity before you proceed.</source>
        <translation>El servidor no ha comunicado el resultado de esta verificación. Revise la actividad de autenticación antes de continuar.</translation>
    </message>
    <message>
        <source>Identity confirmed. You may proceed with the requested change.</source>
        <translation>Identidad confirmada. Puede realizar el cambio solicitado.</translation>
    </message>
    <message>
        <source>Do not perform the requested change. Treat as a failed verification and follow your escalation procedure.</source>
        <translation>No realice el cambio solicitado. Trátelo como una verificación fallida y siga su procedimiento de escalado.</translation>
    </message>
    <message>
        <source>Do not perform the requested change. Confirm with the caller whether they actually have the device, and follow your escalation procedure.</source>
        <translation>No realice el cambio solicitado. Confirme con la persona que llama si realmente tiene el dispositivo y siga su procedimiento de escalado.</translation>
    </message>
    <message>
        <source>Do not perform the requested change. Use an alternative verification method (for example, a knowledge-based question or an SMS one-time passcode).</source>
        <translation>No realice el cambio solicitado. Utilice otro método de verificación (por ejemplo, una pregunta de seguridad o un código de un solo uso por SMS).</translation>
    </message>
    <message>
        <source>Verify that push is enabled for the token and that the user&apos;s device is online, then try again.</source>
        <translation>Compruebe que el push está habilitado para el token y que el dispositivo del usuario está conectado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The token is not active (it is suspended or revoked).</source>
        <translation>El token no está activo (está suspendido o revocado).</translation>
    </message>
    <message>
        <source>Push is disabled for this token.</source>
        <translation>El push está deshabilitado para este token.</translation>
    </message>
    <message>
        <source>Push OTP is disabled on the virtual server.</source>
        <translation>El OTP por push está deshabilitado en el servidor virtual.</translation>
    </message>
    <message>
        <source>The user&apos;s device is not registered or not reachable.</source>
        <translation>El dispositivo del usuario no está registrado o no está disponible.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Account features</source>
        <translation>Funciones de la cuenta</translation>
    </message>
    <message>
        <source>Helpdesk Push Verification</source>
        <translation>Verificación push del servicio de asistencia</translation>
    </message>
    <message>
        <source>Lets operators verify a caller with a MobilePASS+ push (the Send Push button). Cleared, Send Push is hidden on every console.</source>
        <translation>Permite a los operadores verificar a la persona que llama con un push de MobilePASS+ (el botón «Enviar push»). Si se desmarca, «Enviar push» se oculta en todas las consolas.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AssignmentPage</name>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Find the caller, open the user record and manage their tokens.</source>
        <translation>Busque a la persona que llama, abra su ficha de usuario y gestione sus tokens.</translation>
    </message>
    <message>
        <source>Search by user ID, first or last name, or email</source>
        <translation>Buscar por ID de usuario, nombre, apellido o correo electrónico</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Results update as you type; Enter searches at once (Ctrl+F)</source>
        <translation>Los resultados se actualizan mientras escribe; Intro busca al instante (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Ningún usuario coincide con «%1».</translation>
    </message>
    <message>
        <source>Type a user ID, name or email to find a user.</source>
        <translation>Escriba un ID de usuario, un nombre o un correo electrónico para buscar un usuario.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 users; scroll down for more.</source>
        <translation>Se muestran %1 de %2 usuarios; desplácese hacia abajo para ver más.</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditFilterBar</name>
    <message>
        <source>Filter by user</source>
        <translation>Filtrar por usuario</translation>
    </message>
    <message>
        <source>Filter by operator</source>
        <translation>Filtrar por operador</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Operator username</source>
        <translation>Nombre de usuario del operador</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operador</translation>
    </message>
    <message>
        <source>Filter by result</source>
        <translation>Filtrar por resultado</translation>
    </message>
    <message>
        <source>Success and Failure</source>
        <translation>Éxito y error</translation>
    </message>
    <message>
        <source>Filter by action type</source>
        <translation>Filtrar por tipo de acción</translation>
    </message>
    <message>
        <source>All action types</source>
        <translation>Todos los tipos de acción</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Action type</source>
        <translation>Tipo de &amp;acción</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditTableView</name>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar fila</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Audit log unavailable</source>
        <translation>Registro de auditoría no disponible</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Copiar fila</translation>
    </message>
    <message>
        <source>Copy the selected entries as text (Ctrl+C)</source>
        <translation>Copiar las entradas seleccionadas como texto (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every entry of the current filter as CSV, not only those on screen</source>
        <translation>Guardar en CSV todas las entradas del filtro actual, no solo las que se ven en pantalla</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n fila exportada a %1</numerusform>
            <numerusform>%n filas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n fila copiada</numerusform>
            <numerusform>%n filas copiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Ninguna entrada coincide con los filtros.</translation>
    </message>
    <message numerus="yes">
        <source> · %n newer row(s): Refresh to see them</source>
        <translation>
            <numerusform> · %n fila más reciente: actualice para verla</numerusform>
            <numerusform> · %n filas más recientes: actualice para verlas</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading more…</source>
        <translation> · cargando más…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %1 of %Ln entries</source>
        <translation>
            <numerusform>Exportando… %1 de %Ln entrada</numerusform>
            <numerusform>Exportando… %1 de %Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries loaded</source>
        <translation>
            <numerusform>%1 de %Ln entrada cargada</numerusform>
            <numerusform>%1 de %Ln entradas cargadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditWorkspace</name>
    <message>
        <source>S&amp;napshot</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Authentication Activity</source>
        <translation>Actividad de &amp;autenticación</translation>
    </message>
    <message>
        <source>&amp;Operator Activity</source>
        <translation>Actividad de &amp;operadores</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Directiva</translation>
    </message>
    <message>
        <source>&amp;Token Policies</source>
        <translation>Directivas de &amp;tokens</translation>
    </message>
    <message>
        <source>&amp;Authentication Policy</source>
        <translation>Directiva de &amp;autenticación</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Authentication Activity</source>
        <translation>Actividad de autenticación</translation>
    </message>
    <message>
        <source>Operator Activity</source>
        <translation>Actividad de operadores</translation>
    </message>
    <message>
        <source>Authentication Policy</source>
        <translation>Directiva de autenticación</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>vd::ui::AuthActivityView</name>
    <message>
        <source>Authentication Activity</source>
        <translation>Actividad de autenticación</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConnectionIndicator</name>
    <message>
        <source>Live updates</source>
        <translation>Actualizaciones en directo</translation>
    </message>
    <message>
        <source>Live updates off</source>
        <translation>Actualizaciones en directo desactivadas</translation>
    </message>
    <message>
        <source>Not connected to the event stream; verifications are still polled.</source>
        <translation>Sin conexión al flujo de eventos; las verificaciones se siguen consultando.</translation>
    </message>
    <message>
        <source>Live updates connected</source>
        <translation>Actualizaciones en directo conectadas</translation>
    </message>
    <message>
        <source>Verification results arrive at once over the event stream.</source>
        <translation>Los resultados de la verificación llegan al instante por el flujo de eventos.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>The event stream dropped and is reconnecting; verifications are still polled every 2 seconds.</source>
        <translation>El flujo de eventos se interrumpió y se está reconectando; las verificaciones se siguen consultando cada 2 segundos.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConsoleFlow</name>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión para continuar.</translation>
    </message>
</context>
<context>
    <name>vd::ui::ConsoleTabWidget</name>
    <message>
        <source>Close %1</source>
        <translation>Cerrar %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::FollowUpActionsPanel</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up time left</source>
        <translation>Tiempo restante para acciones de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Estado de las acciones de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>Resultado de la acción de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up actions unlocked</source>
        <translation>Acciones de seguimiento desbloqueadas</translation>
    </message>
    <message>
        <source>Follow-up actions (locked)</source>
        <translation>Acciones de seguimiento (bloqueadas)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::IdleWarning</name>
    <message>
        <source>Stay signed in</source>
        <translation>Mantener la sesión</translation>
    </message>
    <message>
        <source>Signing out soon</source>
        <translation>Cierre de sesión inminente</translation>
    </message>
    <message>
        <source>Idle sign-out warning</source>
        <translation>Aviso de cierre de sesión por inactividad</translation>
    </message>
    <message numerus="yes">
        <source>Nobody has used the console for a while. You will be signed out in %n second(s).</source>
        <translation>
            <numerusform>Nadie ha usado la consola durante un rato. Su sesión se cerrará en %n segundo.</numerusform>
            <numerusform>Nadie ha usado la consola durante un rato. Su sesión se cerrará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::ui::LoginDialog</name>
    <message>
        <source>Sign in to VerifyDesk</source>
        <translation>Iniciar sesión en VerifyDesk</translation>
    </message>
    <message>
        <source>VerifyDesk</source>
        <translation>VerifyDesk</translation>
    </message>
    <message>
        <source>Service desk caller verification</source>
        <translation>Verificación de llamadas para el centro de servicio</translation>
    </message>
    <message>
        <source>https://verifydesk.example.com</source>
        <translation>https://verifydesk.example.com</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Mantener la sesión iniciada en este equipo</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://verifydesk.example.com</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://verifydesk.example.com</translation>
    </message>
</context>
<context>
    <name>vd::ui::MainWindow</name>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>&amp;Buscar usuario</translation>
    </message>
    <message>
        <source>&amp;Close user record</source>
        <translation>Ce&amp;rrar ficha de usuario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About VerifyDesk</source>
        <translation>&amp;Acerca de VerifyDesk</translation>
    </message>
    <message>
        <source>About VerifyDesk</source>
        <translation>Acerca de VerifyDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;VerifyDesk %1&lt;/b&gt;&lt;p&gt;Verify a caller&apos;s identity with a MobilePASS+ push before a password reset, PIN change or token revocation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;VerifyDesk %1&lt;/b&gt;&lt;p&gt;Verifique la identidad de quien llama con un push de MobilePASS+ antes de restablecer una contraseña, cambiar un PIN o revocar un token.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed-in operator</source>
        <translation>Operador con sesión iniciada</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
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
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::ManageTokenDialog</name>
    <message>
        <source>Manage token %1 — %2</source>
        <translation>Gestionar el token %1 – %2</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket or case number (optional)</source>
        <translation>Número de ticket o caso (opcional)</translation>
    </message>
    <message>
        <source>Send Push</source>
        <translation>Enviar push</translation>
    </message>
    <message>
        <source>Verify the caller</source>
        <translation>Verificar a quien llama</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Push Verification</source>
        <translation>Verificación push</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The verification number and the result appear here after Send Push.</source>
        <translation>El número de verificación y el resultado aparecen aquí después de «Enviar push».</translation>
    </message>
</context>
<context>
    <name>vd::ui::ManagedLock</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Establecido por su administrador</translation>
    </message>
</context>
<context>
    <name>vd::ui::OperatorActivityView</name>
    <message>
        <source>Operator Activity</source>
        <translation>Actividad de operadores</translation>
    </message>
    <message>
        <source>Verification trail summary</source>
        <translation>Resumen del historial de la verificación</translation>
    </message>
    <message>
        <source>Verification trail</source>
        <translation>Historial de la verificación</translation>
    </message>
    <message>
        <source>This entry belongs to no verification.</source>
        <translation>Esta entrada no pertenece a ninguna verificación.</translation>
    </message>
    <message>
        <source>Select an entry to see the other entry of its verification (dispatch or outcome) and the follow-up actions it allowed.</source>
        <translation>Seleccione una entrada para ver la otra entrada de su verificación (envío o resultado) y las acciones de seguimiento que permitió.</translation>
    </message>
    <message>
        <source>Verification %1</source>
        <translation>Verificación %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>vd::ui::PolicyPage</name>
    <message>
        <source>Policy › Token Policies</source>
        <translation>Directiva › Directivas de tokens</translation>
    </message>
    <message>
        <source>Authentication Policy</source>
        <translation>Directiva de autenticación</translation>
    </message>
    <message>
        <source>Enable MobilePASS+ Numeric Challenge</source>
        <translation>Habilitar el desafío numérico de MobilePASS+</translation>
    </message>
    <message>
        <source>Push OTP enabled on the virtual server</source>
        <translation>OTP por push habilitado en el servidor virtual</translation>
    </message>
    <message>
        <source>Custom organization name</source>
        <translation>Nombre de organización personalizado</translation>
    </message>
    <message>
        <source>Follow-up window</source>
        <translation>Periodo de seguimiento</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>The operator reads a 2-digit number to the caller, who taps the matching one of three in MobilePASS+. Cleared: Plain Push, the caller only approves.</source>
        <translation>El operador lee un número de dos cifras a la persona que llama, que pulsa el que coincide de entre tres en MobilePASS+. Desmarcado: push simple, la persona que llama solo aprueba.</translation>
    </message>
    <message>
        <source>Without push OTP no helpdesk push can be sent: Send Push then reports that push OTP is disabled.</source>
        <translation>Sin OTP por push no se puede enviar ningún push del servicio de asistencia: «Enviar push» indica entonces que el OTP por push está deshabilitado.</translation>
    </message>
    <message>
        <source>Shown on the user&apos;s device in the login request.</source>
        <translation>Se muestra en el dispositivo del usuario en la solicitud de inicio de sesión.</translation>
    </message>
    <message>
        <source>How long an approved verification unlocks Revoke, Suspend, Resume and Reset PIN for that operator and user. 0 turns the follow-up actions off.</source>
        <translation>Tiempo durante el que una verificación aprobada desbloquea Revocar, Suspender, Reanudar y Restablecer PIN para ese operador y usuario. 0 desactiva las acciones de seguimiento.</translation>
    </message>
</context>
<context>
    <name>vd::ui::PushVerificationPanel</name>
    <message>
        <source>Push Verification</source>
        <translation>Verificación push</translation>
    </message>
    <message>
        <source>Cancel verification (Esc)</source>
        <translation>Cancelar la verificación (Esc)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Push status</source>
        <translation>Estado del push</translation>
    </message>
    <message>
        <source>Contacting MobilePASS+ on the user&apos;s device</source>
        <translation>Contactando con MobilePASS+ en el dispositivo del usuario</translation>
    </message>
    <message>
        <source>Sending push</source>
        <translation>Enviando push</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Do not proceed until a result is shown.</source>
        <translation>No se puede contactar con el servidor; reintentando. No continúe hasta que se muestre un resultado.</translation>
    </message>
    <message>
        <source>Read this number to the caller</source>
        <translation>Lea este número a la persona que llama</translation>
    </message>
    <message>
        <source>The caller taps this number in MobilePASS+.</source>
        <translation>La persona que llama pulsa este número en MobilePASS+.</translation>
    </message>
    <message>
        <source>Ask the caller to tap Approve in MobilePASS+</source>
        <translation>Pida a la persona que llama que pulse Aprobar en MobilePASS+</translation>
    </message>
    <message>
        <source>No number is shown in Plain Push mode; the caller only approves or denies the request.</source>
        <translation>En el modo de push simple no se muestra ningún número; la persona que llama solo aprueba o deniega la solicitud.</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Acción recomendada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
</context>
<context>
    <name>vd::ui::SettingsPageBase</name>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Resultado del guardado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
</context>
<context>
    <name>vd::ui::TicketCheck</name>
    <message>
        <source>Ticket problem</source>
        <translation>Problema con el ticket</translation>
    </message>
    <message>
        <source>A ticket reference has at most %1 characters (this one has %2).</source>
        <translation>Una referencia de ticket tiene como máximo %1 caracteres (esta tiene %2).</translation>
    </message>
    <message>
        <source>A ticket reference holds printable characters only (no tabs, line breaks or control characters).</source>
        <translation>Una referencia de ticket solo admite caracteres imprimibles (sin tabulaciones, saltos de línea ni caracteres de control).</translation>
    </message>
</context>
<context>
    <name>vd::ui::UserRecordWidget</name>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation>Métodos de autenticación</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestionar</translation>
    </message>
    <message>
        <source>Open the selected token (double-click a row works too)</source>
        <translation>Abrir el token seleccionado (también funciona hacer doble clic en una fila)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Expandido</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Contraído</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This user has no authentication methods.</source>
        <translation>Este usuario no tiene métodos de autenticación.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>vd::wire</name>
    <message>
        <source>User Authenticated — Service team can proceed with password/privilege changes.</source>
        <translation>Usuario autenticado: el equipo de servicio puede realizar cambios de contraseña o de privilegios.</translation>
    </message>
    <message>
        <source>Authentication Failed — Wrong number selected. Service team should NOT proceed.</source>
        <translation>Error de autenticación: se seleccionó un número incorrecto. El equipo de servicio NO debe continuar.</translation>
    </message>
    <message>
        <source>Authentication Failed — Service team should NOT proceed.</source>
        <translation>Error de autenticación: el equipo de servicio NO debe continuar.</translation>
    </message>
    <message>
        <source>Push authentication timed out. Please escalate to next verification tier.</source>
        <translation>La autenticación push ha caducado. Escale al siguiente nivel de verificación.</translation>
    </message>
    <message>
        <source>Failed to send push notification. Please check the token configuration and try again.</source>
        <translation>No se pudo enviar la notificación push. Compruebe la configuración del token e inténtelo de nuevo.</translation>
    </message>
</context>
</TS>
