# SPDX-License-Identifier: MIT
# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE): what differs between them.
if(CPACK_GENERATOR STREQUAL "NSIS" OR CPACK_GENERATOR STREQUAL "DragNDrop")
    # Windows and macOS get the console only (the server is a Linux service), as one plain
    # package: install just the console component, without component pages or sections.
    set(CPACK_MONOLITHIC_INSTALL ON)
    list(GET CPACK_INSTALL_CMAKE_PROJECTS 0 vd_build_dir)
    list(GET CPACK_INSTALL_CMAKE_PROJECTS 1 vd_project)
    set(CPACK_INSTALL_CMAKE_PROJECTS "${vd_build_dir};${vd_project};console;/")
endif()
if(CPACK_GENERATOR STREQUAL "NSIS")
    set(CPACK_PACKAGE_FILE_NAME "VerifyDesk-${CPACK_PACKAGE_VERSION}-win64")
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
    set(CPACK_PACKAGE_FILE_NAME "VerifyDesk-${CPACK_PACKAGE_VERSION}-macos")
    set(CPACK_PACKAGE_ICON "${CPACK_VD_DMG_ICON}")
elseif(CPACK_GENERATOR STREQUAL "DEB")
    # Each component's description starts with its own synopsis; CPackDeb would put the
    # shared summary in front of it unless the summary is CPack's default.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
