# SPDX-License-Identifier: MIT
# Windows: the console with its DLLs. windeployqt (through Qt's deploy script) copies Qt and
# its plugins; the runtime dependency set adds the rest (QtKeychain, spdlog) from the PATH.
if(TARGET verifydesk)
    install(TARGETS verifydesk RUNTIME_DEPENDENCY_SET vd_console_dlls
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console)
    install(RUNTIME_DEPENDENCY_SET vd_console_dlls
        DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"
        POST_EXCLUDE_REGEXES "[Ss]ystem32/")
    qt_generate_deploy_app_script(TARGET verifydesk FILENAME_VARIABLE vd_deploy_script)
    install(SCRIPT ${vd_deploy_script} COMPONENT console)
    install(FILES ${vd_pkg_src}/windows/managed-settings.reg ${vd_pkg_src}/license.txt
        DESTINATION . COMPONENT console)
endif()
