# SPDX-License-Identifier: GPL-3.0-or-later
# Tasks: the Post a task form and a task's detail. tst_posttask needs no market; tst_taskdetail
# runs a whole task between the sandbox's buyer and worker over a memory keychain.
lw_add_test(tst_posttask SOURCES app/tst_posttask.cpp LIBS lightwork_backend LABELS core)
lw_add_test(tst_taskdetail SOURCES app/tst_taskdetail.cpp app/sessiontestkit.h
    sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_taskdetail lightwork-sandbox)
target_include_directories(tst_taskdetail
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)
