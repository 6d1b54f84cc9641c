# SPDX-License-Identifier: MIT
# verifydesk-server %post: state directory; on first install apply the distribution's preset
# (Fedora/RHEL leave new services disabled until the admin enables them).
if [ ! -d /var/lib/verifydesk ]; then
    install -d -o verifydesk -g verifydesk -m 0750 /var/lib/verifydesk
fi
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -eq 1 ]; then
        systemctl preset verifydesk-server.service >/dev/null 2>&1 || :
    fi
fi
exit 0
