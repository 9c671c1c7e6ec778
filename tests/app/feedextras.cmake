# SPDX-License-Identifier: GPL-3.0-or-later
# The feed's saved searches, block list and notifications (no display needed). The notifier's
# test starts its own private dbus-daemon, so it needs no session bus.
find_package(Qt6 REQUIRED COMPONENTS DBus)
foreach(suite savedsearch blocklist)
    lw_add_test(tst_${suite} SOURCES app/tst_${suite}.cpp app/feedfixture.h
        LIBS lightwork_backend lightwork_core LABELS core)
    target_include_directories(tst_${suite} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()
lw_add_test(tst_desktopnotifier SOURCES app/tst_desktopnotifier.cpp
    LIBS lightwork_backend Qt6::DBus LABELS core)
# The same through the Session's feed against a real sandbox.
lw_add_test(tst_savedsearch_session SOURCES app/tst_savedsearch_session.cpp app/sessiontestkit.h
    sandbox/sandboxprocess.h LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_savedsearch_session lightwork-sandbox)
target_include_directories(tst_savedsearch_session PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}
    ${CMAKE_CURRENT_SOURCE_DIR}/app)
