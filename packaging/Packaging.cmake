# SPDX-License-Identifier: MIT
# Installers: install layout of the components `console` (verifydesk) and `server`
# (verifydesk-server + verifydesk-device) and the CPack setup for DEB, RPM, NSIS and DragNDrop.
# Included last from the root CMakeLists.txt, so every target already exists.
include(GNUInstallDirs)

set(VD_APP_ID com.verifydesk.Console)
# Bump together with project(VERSION): it dates the AppStream release and the changelog.
set(VD_RELEASE_DATE 2026-12-03)
set(VD_PACKAGE_CONTACT "VerifyDesk Team <dev@verifydesk.invalid>"
    CACHE STRING "Maintainer named in the packages")
set(VD_PACKAGE_RELEASE 1 CACHE STRING "Package revision of this upstream version (deb/rpm)")
set(VD_HOMEPAGE "" CACHE STRING "Project home page shown by the package managers (optional)")

set(vd_pkg_src ${CMAKE_CURRENT_LIST_DIR})
set(vd_pkg_gen ${CMAKE_BINARY_DIR}/packaging)
set(vd_components)

# The executables' own install() rules carry no component; these put the same files into the
# packages' components, and CPACK_COMPONENTS_ALL leaves "Unspecified" out.
if(TARGET verifydesk)
    list(APPEND vd_components console)
    if(NOT WIN32) # windows/WindowsInstall.cmake installs it with its DLLs
        install(TARGETS verifydesk
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console
            BUNDLE DESTINATION . COMPONENT console)
    endif()
endif()
if(TARGET verifydesk-server)
    list(APPEND vd_components server)
    install(TARGETS verifydesk-server verifydesk-device
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
endif()

if(UNIX AND NOT APPLE)
    include(${vd_pkg_src}/linux/LinuxInstall.cmake)
elseif(APPLE)
    include(${vd_pkg_src}/macos/MacBundle.cmake)
elseif(WIN32)
    include(${vd_pkg_src}/windows/WindowsInstall.cmake)
endif()

# ---- common ----
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME verifydesk)
set(CPACK_PACKAGE_VENDOR VerifyDesk)
set(CPACK_PACKAGE_CONTACT "${VD_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Service-desk caller verification with a MobilePASS+ push")
set(CPACK_PACKAGE_HOMEPAGE_URL "${VD_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE ${vd_pkg_src}/license.txt)
set(CPACK_PACKAGE_INSTALL_DIRECTORY VerifyDesk)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL ${vd_components})
# Generator-specific choices that must wait for cpack time (component set, file names).
set(CPACK_PROJECT_CONFIG_FILE ${vd_pkg_src}/CPackProjectConfig.cmake)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-[^/]*/" "/\\.cache/")

set(CPACK_COMPONENT_CONSOLE_DISPLAY_NAME "VerifyDesk console")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION
    "Operator console: search users, send a MobilePASS+ push, follow the verification.")
set(CPACK_COMPONENT_CONSOLE_REQUIRED ON)
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "VerifyDesk server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Companion backend with the MobilePASS+ device simulator.")

set(vd_console_long
    "VerifyDesk lets a service-desk agent confirm that a caller really is the
employee they claim to be before a password reset, PIN change or token
revocation: the agent sends a push to the caller's enrolled MobilePASS+ device
and gets an answer in seconds. This package contains the operator console.")
set(vd_server_long
    "The VerifyDesk server holds the directory, policy, push dispatch, the
verification lifecycle and the audit trail, over REST and WebSocket on one
port, with a SQLite database. It runs as the systemd service
verifydesk-server. This package also contains verifydesk-device, a simulated
MobilePASS+ app for demonstrations and tests.")

# ---- DEB ----
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${VD_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME verifydesk)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_CONSOLE_DESCRIPTION
    "service-desk console for MobilePASS+ caller verification\n${vd_console_long}")
# Loaded at run time, so dpkg-shlibdeps cannot see them: the Qt platform plugins, and
# libsecret (dlopen()ed by QtKeychain) with a Secret Service provider.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6gui6, libsecret-1-0, gnome-keyring")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "qt6-translations-l10n")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME verifydesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "helpdesk push verification server and device simulator\n${vd_server_long}")
# The SQLite driver is a Qt plugin; adduser creates the service user in postinst.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
# Only verifydesk-device --gui needs a platform plugin.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${vd_pkg_src}/linux/deb/conffiles ${vd_pkg_src}/linux/deb/postinst
    ${vd_pkg_src}/linux/deb/prerm ${vd_pkg_src}/linux/deb/postrm)

# ---- RPM ----
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE ${VD_PACKAGE_RELEASE})
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_URL "${VD_HOMEPAGE}")
set(CPACK_RPM_CONSOLE_PACKAGE_NAME verifydesk)
set(CPACK_RPM_CONSOLE_PACKAGE_SUMMARY "Service-desk console for MobilePASS+ caller verification")
set(CPACK_RPM_CONSOLE_PACKAGE_DESCRIPTION "${vd_console_long}")
# Fedora/RHEL names of what the console loads at run time (see the DEB list above).
set(CPACK_RPM_CONSOLE_PACKAGE_REQUIRES "qt6-qtbase-gui, libsecret, gnome-keyring")
set(CPACK_RPM_SERVER_PACKAGE_NAME verifydesk-server)
set(CPACK_RPM_SERVER_PACKAGE_SUMMARY "Helpdesk push verification server and device simulator")
set(CPACK_RPM_SERVER_PACKAGE_DESCRIPTION "${vd_server_long}")
# qt6-qtbase carries the SQLite driver on Fedora/RHEL.
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES "qt6-qtbase")
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES_PRE "shadow-utils")
set(CPACK_RPM_SERVER_PRE_INSTALL_SCRIPT_FILE ${vd_pkg_src}/linux/rpm/server-pre.sh)
set(CPACK_RPM_SERVER_POST_INSTALL_SCRIPT_FILE ${vd_pkg_src}/linux/rpm/server-post.sh)
set(CPACK_RPM_SERVER_PRE_UNINSTALL_SCRIPT_FILE ${vd_pkg_src}/linux/rpm/server-preun.sh)
set(CPACK_RPM_SERVER_POST_UNINSTALL_SCRIPT_FILE ${vd_pkg_src}/linux/rpm/server-postun.sh)
set(CPACK_RPM_SERVER_USER_FILELIST
    "%config(noreplace) %attr(0640,root,verifydesk) /etc/verifydesk/server.conf")
# Directories the distribution's filesystem/systemd/hicolor packages own already.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/lib/systemd /usr/lib/systemd/system /usr/share/applications /usr/share/metainfo
    /usr/share/man /usr/share/man/man1 /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS VD_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# ---- NSIS (Windows, console only) ----
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY VerifyDesk) # fixed: an upgrade finds and replaces it
set(CPACK_NSIS_PACKAGE_NAME VerifyDesk)
set(CPACK_NSIS_DISPLAY_NAME VerifyDesk)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# verifydesk.nsh checks /SERVERURL, then removes the previous version itself, before any
# file is written (CPackProjectConfig.cmake makes the NSIS installer monolithic, so the
# files follow these commands in the same section).
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL OFF)
set(CPACK_NSIS_EXTRA_PREINSTALL_COMMANDS
    "!include \"${vd_pkg_src}/windows/verifydesk.nsh\"\n  !insertmacro VD_PreInstall")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!insertmacro VD_PostInstall")
set(CPACK_NSIS_MUI_ICON ${vd_pkg_src}/windows/verifydesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${vd_pkg_src}/windows/verifydesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\verifydesk.exe")
set(CPACK_PACKAGE_EXECUTABLES verifydesk VerifyDesk)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_URL_INFO_ABOUT "${VD_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${VD_PACKAGE_CONTACT}")

# ---- DragNDrop (macOS, console only) ----
set(CPACK_DMG_VOLUME_NAME VerifyDesk)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_VD_DMG_ICON ${vd_pkg_src}/macos/verifydesk.icns) # becomes CPACK_PACKAGE_ICON there

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB RPM)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
endif()

include(CPack)
