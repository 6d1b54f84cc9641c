# SPDX-License-Identifier: MIT
# vd_add_qtest(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [ENV <k=v...>] [TIMEOUT s])
# One Qt Test executable per class under test, registered with CTest.
function(vd_add_qtest name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS} VerifyDesk::BuildPolicy)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;VD_BIN_DIR=${CMAKE_BINARY_DIR}/bin;VD_SOURCE_DIR=${CMAKE_SOURCE_DIR};${T_ENV}")
endfunction()
