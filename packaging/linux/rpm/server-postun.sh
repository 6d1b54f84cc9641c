# SPDX-License-Identifier: MIT
# verifydesk-server %postun: reload units; after an upgrade restart a running service.
# The database in /var/lib/verifydesk is kept (remove it by hand after a backup).
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -ge 1 ]; then
        systemctl try-restart verifydesk-server.service >/dev/null 2>&1 || :
    fi
fi
exit 0
