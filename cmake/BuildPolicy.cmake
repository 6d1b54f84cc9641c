# SPDX-License-Identifier: MIT
# One INTERFACE target carries the build policy; every target links it.
add_library(vd_build_policy INTERFACE)
add_library(VerifyDesk::BuildPolicy ALIAS vd_build_policy)
target_compile_features(vd_build_policy INTERFACE cxx_std_20)
target_compile_definitions(vd_build_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(vd_build_policy INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(VD_WARNINGS_AS_ERRORS)
        target_compile_options(vd_build_policy INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(vd_build_policy INTERFACE /W4 /permissive- /utf-8)
    if(VD_WARNINGS_AS_ERRORS)
        target_compile_options(vd_build_policy INTERFACE /WX)
    endif()
endif()
if(VD_SANITIZE)
    target_compile_options(vd_build_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(vd_build_policy INTERFACE -fsanitize=address,undefined)
endif()
