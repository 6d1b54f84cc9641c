# SPDX-License-Identifier: MIT
# verifydesk-server %preun: on the last erase stop and disable the service.
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl --no-reload disable --now verifydesk-server.service >/dev/null 2>&1 || :
fi
exit 0
