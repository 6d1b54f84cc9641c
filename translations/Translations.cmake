# SPDX-License-Identifier: MIT
# Console translations: lupdate scans every source with user-visible text (console core,
# widgets, and protocol/ for the binding result texts); lrelease turns the .ts files into
# .qm files embedded in `verifydesk` under :/i18n. `cmake --build <dir> --target
# update_translations` refreshes the .ts files after strings change; tst_translations fails
# while any entry is unfinished or obsolete.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(VD_TRANSLATIONS_DIR ${PROJECT_SOURCE_DIR}/translations)
set(VD_TS_EN ${VD_TRANSLATIONS_DIR}/verifydesk_en.ts)
set(VD_TS_FILES
    ${VD_TRANSLATIONS_DIR}/verifydesk_de.ts
    ${VD_TRANSLATIONS_DIR}/verifydesk_fr.ts
    ${VD_TRANSLATIONS_DIR}/verifydesk_es.ts)
file(GLOB VD_TR_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/protocol/wire.cpp)
# main.cpp only prints command-line text before any translator is installed.
list(REMOVE_ITEM VD_TR_SOURCES ${PROJECT_SOURCE_DIR}/app/main.cpp)
# One source per line, for lupdate's @file argument in tst_translations.
string(REPLACE ";" "\n" vd_tr_list "${VD_TR_SOURCES}")
file(WRITE ${CMAKE_BINARY_DIR}/translations/sources.lst "${vd_tr_list}\n")

qt_add_lupdate(verifydesk TS_FILES ${VD_TS_FILES} SOURCES ${VD_TR_SOURCES}
    OPTIONS -no-obsolete -locations none)
# English is the source text; its file only holds the plural forms ("1 second", "2 seconds").
qt_add_lupdate(vd_ui TS_FILES ${VD_TS_EN} SOURCES ${VD_TR_SOURCES}
    OPTIONS -no-obsolete -locations none -pluralonly)
qt_add_lrelease(verifydesk TS_FILES ${VD_TS_EN} ${VD_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE vd_qm_files)
qt_add_resources(verifydesk verifydesk_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${vd_qm_files})
