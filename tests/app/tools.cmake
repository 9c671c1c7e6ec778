# SPDX-License-Identifier: GPL-3.0-or-later
# Tools: the L402 tool market's screen (ToolsController and its models) against a real sandbox
# over a memory keychain: no display, no Secret Service. Its Quick Test runs inside tst_qml.
lw_add_test(tst_tools SOURCES app/tst_tools.cpp app/sessiontestkit.h sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_tools lightwork-sandbox)
target_include_directories(tst_tools
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)
# The market's questions as the screen lists them: no network, no display.
lw_add_test(tst_toolquestions SOURCES app/tst_toolquestions.cpp LIBS lightwork_backend LABELS core)
target_include_directories(tst_toolquestions PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/app)
