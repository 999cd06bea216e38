# compshare_add_test(NAME LABEL SOURCES...)
# One line per Qt Test suite: builds it, links the test-support library and
# registers it with CTest under the label (unit, integration, gui, keychain).
# gui tests run offscreen; keychain tests run inside scripts/with-keyring,
# which starts a private D-Bus session with an unlocked gnome-keyring.
function(compshare_add_test name label)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE compshare_test_support compshare_strict Qt6::Test)
  if(label STREQUAL "gui" OR label STREQUAL "keychain")
    target_link_libraries(${name} PRIVATE compshare_ui compshare_resources)
  endif()
  set(cmd $<TARGET_FILE:${name}>)
  if(label STREQUAL "keychain")
    add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/scripts/with-keyring $<TARGET_FILE:${name}>)
  else()
    add_test(NAME ${name} COMMAND ${name})
  endif()
  set(env "QT_QPA_PLATFORM=offscreen" "QT_LOGGING_TO_CONSOLE=1" "LC_ALL=C.UTF-8"
          "COMPSHARE_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "COMPSHARE_BINARY_DIR=${PROJECT_BINARY_DIR}")
  if(COMPSHARE_SANITIZE)
    list(APPEND env "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0"
                    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
                    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${label}" TIMEOUT 300 ENVIRONMENT "${env}")
endfunction()
