# SPDX-License-Identifier: MIT
# macOS: VerifyDesk.app with our Info.plist and icon; the install step runs macdeployqt so
# the bundle in the DMG carries Qt and every other dylib it needs.
if(TARGET verifydesk)
    set(vd_icns ${vd_pkg_src}/macos/verifydesk.icns)
    target_sources(verifydesk PRIVATE ${vd_icns})
    set_source_files_properties(${vd_icns} TARGET_DIRECTORY verifydesk
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(verifydesk PROPERTIES
        OUTPUT_NAME VerifyDesk
        MACOSX_BUNDLE_INFO_PLIST ${vd_pkg_src}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${VD_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME VerifyDesk
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE verifydesk.icns
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 VerifyDesk Team")
    qt_generate_deploy_app_script(TARGET verifydesk FILENAME_VARIABLE vd_deploy_script)
    install(SCRIPT ${vd_deploy_script} COMPONENT console)
    # Beside the app in the DMG: IT's starting point for /Library/Preferences.
    install(FILES ${vd_pkg_src}/macos/com.verifydesk.Console.plist DESTINATION .
        COMPONENT console)
endif()
