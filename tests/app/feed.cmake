# SPDX-License-Identifier: GPL-3.0-or-later
# The feed's models over a real cache (no display needed).
foreach(suite taskfeedmodel taskfiltermodel)
    lw_add_test(tst_${suite} SOURCES app/tst_${suite}.cpp app/feedfixture.h
        LIBS lightwork_backend lightwork_core LABELS core)
    target_include_directories(tst_${suite} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()
