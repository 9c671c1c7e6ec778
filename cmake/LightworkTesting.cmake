# SPDX-License-Identifier: GPL-3.0-or-later
# lw_add_test(<name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#             [ENVIRONMENT <VAR=value...>] [ARGS <args...>])
# One Qt Test executable per suite; labels choose the runner (plain, gui under Xvfb,
# keychain inside a D-Bus session) in ./dev test.
function(lw_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS;ENVIRONMENT;ARGS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE
        LW_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        LW_SHARED_VECTORS_DIR="${PROJECT_SOURCE_DIR}/tests/data/vectors"
        LW_PEERS_DIR="${PROJECT_SOURCE_DIR}/tests/peers")
    add_test(NAME ${name} COMMAND ${name} ${T_ARGS})
    set(env QT_QPA_PLATFORM=offscreen ${T_ENVIRONMENT})
    if(LW_SANITIZE)
        list(APPEND env
            "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1"
            "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
            "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    if(T_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
