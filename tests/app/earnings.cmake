# SPDX-License-Identifier: GPL-3.0-or-later
# Earnings (LedgerModel, SatsSeries, EarningsController) against a real sandbox over a memory
# keychain: no display, no Secret Service.
lw_add_test(tst_earnings SOURCES app/tst_earnings.cpp app/sessiontestkit.h sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_earnings lightwork-sandbox)
target_include_directories(tst_earnings
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)
# The Earnings page's Quick Test runs inside tst_qml (every tests/app/qml/tst_*.qml does); its
# LedgerBench is added to that runner once qml.cmake has made it (after this fragment).
function(lw_earnings_bench)
    if(TARGET tst_qml)
        target_sources(tst_qml PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/app/earningsbench.cpp)
    endif()
endfunction()
cmake_language(DEFER CALL lw_earnings_bench)
