# SPDX-License-Identifier: MIT
# Linux install layout (deb/rpm): desktop entry, AppStream metainfo, hicolor icons, manual
# pages and Debian docs for the console; systemd unit, config file and docs for the server.
# Paths assume CPack's /usr prefix; /etc is absolute because it lies outside it.
set(VD_ICON_SIZES 16 32 48 64 128 256)
set(vd_linux ${vd_pkg_src}/linux)
file(MAKE_DIRECTORY ${vd_pkg_gen})

find_program(VD_GZIP gzip REQUIRED)
# gzip -9n: maximum compression and no time stamp, so the packages build reproducibly.
function(vd_gzip input output)
    execute_process(COMMAND ${VD_GZIP} -9n -c ${input} OUTPUT_FILE ${output}
        COMMAND_ERROR_IS_FATAL ANY)
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${input})
endfunction()

set(VD_PACKAGE_VERSION ${PROJECT_VERSION}-${VD_PACKAGE_RELEASE})
execute_process(COMMAND date -u -R -d "${VD_RELEASE_DATE} 12:00:00"
    OUTPUT_VARIABLE VD_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)
configure_file(${vd_linux}/changelog.Debian.in ${vd_pkg_gen}/changelog.Debian @ONLY)
vd_gzip(${vd_pkg_gen}/changelog.Debian ${vd_pkg_gen}/changelog.Debian.gz)
foreach(page verifydesk verifydesk-server verifydesk-device)
    vd_gzip(${vd_linux}/man/${page}.1 ${vd_pkg_gen}/${page}.1.gz)
endforeach()

if(TARGET verifydesk)
    install(FILES ${vd_linux}/${VD_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT console)
    configure_file(${vd_linux}/${VD_APP_ID}.metainfo.xml.in
        ${vd_pkg_gen}/${VD_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${vd_pkg_gen}/${VD_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT console)
    foreach(size IN LISTS VD_ICON_SIZES)
        install(FILES ${vd_pkg_src}/icons/hicolor/${size}x${size}/${VD_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            COMPONENT console)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/verifydesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${VD_APP_ID}.svg COMPONENT console)
    install(FILES ${vd_pkg_gen}/verifydesk.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT console)
    install(FILES ${vd_linux}/copyright ${vd_pkg_gen}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/verifydesk COMPONENT console)
    install(FILES ${vd_linux}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME verifydesk COMPONENT console)
    install(FILES ${vd_linux}/verifydesk.conf.sample
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/verifydesk/examples
        RENAME verifydesk.conf COMPONENT console)
endif()

if(TARGET verifydesk-server)
    install(FILES ${vd_linux}/verifydesk-server.service
        DESTINATION lib/systemd/system COMPONENT server)
    install(FILES ${vd_linux}/server.conf DESTINATION /etc/verifydesk COMPONENT server)
    install(FILES ${vd_pkg_gen}/verifydesk-server.1.gz ${vd_pkg_gen}/verifydesk-device.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
    install(FILES ${vd_linux}/copyright ${vd_pkg_gen}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/verifydesk-server COMPONENT server)
    install(FILES ${vd_linux}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME verifydesk-server COMPONENT server)
endif()
