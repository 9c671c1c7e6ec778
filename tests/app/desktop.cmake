# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration: one instance and link hand-off, the UI language, packaging metadata.

# The real `lightwork` binary launched twice (offscreen), against an in-process first instance.
lw_add_test(tst_singleinstance SOURCES app/tst_singleinstance.cpp
    LIBS lightwork_gui lightwork_backend lightwork_core Qt6::Network Qt6::Quick
    LABELS core ENVIRONMENT "LW_APP=$<TARGET_FILE:lightwork>")
add_dependencies(tst_singleinstance lightwork)

# Switching the language retranslates the open window (under Xvfb).
lw_add_test(tst_language SOURCES app/tst_language.cpp
    LIBS lightwork_gui lightwork_backend lightwork_core Qt6::Quick
    LABELS gui ENVIRONMENT QT_QPA_PLATFORM=xcb)

# AppStream metadata and the desktop entry, as distributions check them.
find_program(LW_APPSTREAMCLI appstreamcli)
if(LW_APPSTREAMCLI)
    add_test(NAME appstream_validate
        COMMAND ${LW_APPSTREAMCLI} validate --no-net --explain
            ${PROJECT_SOURCE_DIR}/packaging/net.lightwork.Lightwork.metainfo.xml)
    # appstreamcli 0.16 already fails on warnings; the expression keeps that if a later one does not.
    set_tests_properties(appstream_validate PROPERTIES LABELS lint
        FAIL_REGULAR_EXPRESSION "^[EW]: ;\n[EW]: ")
else()
    message(STATUS "appstreamcli not found (Debian: appstream): appstream_validate not registered")
endif()
find_program(LW_DESKTOP_FILE_VALIDATE desktop-file-validate)
if(LW_DESKTOP_FILE_VALIDATE)
    add_test(NAME desktop_file_validate
        COMMAND ${LW_DESKTOP_FILE_VALIDATE} ${PROJECT_SOURCE_DIR}/packaging/lightwork.desktop)
    set_tests_properties(desktop_file_validate PROPERTIES LABELS lint
        FAIL_REGULAR_EXPRESSION "error:;warning:")
else()
    message(STATUS "desktop-file-validate not found (Debian: desktop-file-utils): "
        "desktop_file_validate not registered")
endif()

# The names that tie the desktop entry, the metadata and the running app together.
add_test(NAME desktop_names_agree
    COMMAND sh -c "grep -qx 'Exec=lightwork %u' packaging/lightwork.desktop \
        && grep -q '^MimeType=.*x-scheme-handler/lightning;' packaging/lightwork.desktop \
        && grep -q '<launchable type=\"desktop-id\">lightwork.desktop</launchable>' \
            packaging/net.lightwork.Lightwork.metainfo.xml \
        && grep -q 'setDesktopFileName(QStringLiteral(\"lightwork\"))' app/gui/main.cpp"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(desktop_names_agree PROPERTIES LABELS lint)
