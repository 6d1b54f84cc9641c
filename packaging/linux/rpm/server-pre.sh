# SPDX-License-Identifier: MIT
# verifydesk-server %pre: the static service user must exist before files are given to it.
getent group verifydesk >/dev/null || groupadd --system verifydesk
getent passwd verifydesk >/dev/null || useradd --system --gid verifydesk \
    --home-dir /var/lib/verifydesk --no-create-home --shell /sbin/nologin \
    --comment "VerifyDesk server" verifydesk
exit 0
