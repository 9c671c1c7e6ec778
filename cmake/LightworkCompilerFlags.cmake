# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings, sanitizers and fuzzing instrumentation for every Lightwork target.

add_compile_options(
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wimplicit-fallthrough -Wcast-qual -Wformat=2)
if(LW_WERROR)
    add_compile_options(-Werror)
endif()

if(LW_SANITIZE OR LW_FUZZ)
    add_compile_options(-fno-omit-frame-pointer -fsanitize=address,undefined
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(LW_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "LW_FUZZ needs clang (libFuzzer); configure with CXX=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
