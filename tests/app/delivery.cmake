# SPDX-License-Identifier: GPL-3.0-or-later
# Deliveries: the worker's upload and the buyer's list and Save as, between the sandbox's buyer
# and worker over a memory keychain (the sandbox serves delivered content to the buyer).
lw_add_test(tst_delivery SOURCES app/tst_delivery.cpp app/sessiontestkit.h app/throttleproxy.h
    sandbox/sandboxprocess.h
    LIBS lightwork_backend LABELS core
    ENVIRONMENT "LW_SANDBOX=$<TARGET_FILE:lightwork-sandbox>")
add_dependencies(tst_delivery lightwork-sandbox)
target_include_directories(tst_delivery
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/app)
