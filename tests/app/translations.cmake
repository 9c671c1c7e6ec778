# SPDX-License-Identifier: GPL-3.0-or-later
# The committed translations are complete: no unfinished or empty message, the same placeholders
# as the source, and the same messages in every language. Reads the .ts files only (no lupdate).
file(GLOB LW_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/*.ts)
add_test(NAME translations
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/check-translations.sh ${LW_TS_FILES})
set_tests_properties(translations PROPERTIES LABELS lint)
