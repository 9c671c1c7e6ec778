# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop app end to end: the real main window (under Xvfb) driven by mouse and keyboard
# against a real sandbox with bots, and a second launch of the real binary. Screens go to
# build/screenshots (e2e-*-light.png, e2e-*-dark.png).
lw_add_test(tst_e2e SOURCES app/tst_e2e.cpp app/e2edriver.h app/e2esteps.h app/e2eaccessibility.h
    app/sessiontestkit.h
    sandbox/sandboxprocess.h
    LIBS lightwork_gui lightwork_backend lightwork_core Qt6::Network Qt6::Quick
    LABELS gui
    ENVIRONMENT QT_QPA_PLATFORM=xcb "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>"
        "LW_APP=$<TARGET_FILE:lightwork>"
        "LW_SCREENSHOT_DIR=${PROJECT_SOURCE_DIR}/build/screenshots")
add_dependencies(tst_e2e lightwork-sandbox lightwork)
target_include_directories(tst_e2e PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)
set_tests_properties(tst_e2e PROPERTIES TIMEOUT 180)
