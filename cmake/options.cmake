# Project options, printed at configure time so a build log says how it was made.
option(ONEWINDOW_BUILD_TESTS "Build the doctest suites and register them with ctest" ON)
option(ONEWINDOW_BUILD_BENCH "Build the benchmarks in bench/" ON)
set(ONEWINDOW_FUZZ_SECONDS 10 CACHE STRING "How long each fuzz target (fuzz/, built with clang) runs in ctest (a smoke run: make test must stay under 25 minutes on 2 cores; fuzz longer with -DONEWINDOW_FUZZ_SECONDS=N)")
if(NOT ONEWINDOW_FUZZ_SECONDS MATCHES "^[1-9][0-9]*$")
  message(FATAL_ERROR "ONEWINDOW_FUZZ_SECONDS must be a whole number of seconds, at least 1 (got '${ONEWINDOW_FUZZ_SECONDS}')")
endif()
# Line tables and function names (-g1) are all a crash report (app/crash_report), a sanitizer
# report or a profile needs; full debug information (-g) made every compile a quarter slower and a
# cold `make test` on 2 cores ran out of its 25 minutes. -DONEWINDOW_DEBUG_INFO=full for a gdb session.
set(ONEWINDOW_DEBUG_INFO "lines" CACHE STRING "Debug information in RelWithDebInfo builds: lines (-g1) or full (-g)")
set_property(CACHE ONEWINDOW_DEBUG_INFO PROPERTY STRINGS lines full)
if(NOT ONEWINDOW_DEBUG_INFO MATCHES "^(lines|full)$")
  message(FATAL_ERROR "ONEWINDOW_DEBUG_INFO must be lines or full (got '${ONEWINDOW_DEBUG_INFO}')")
endif()
if(ONEWINDOW_DEBUG_INFO STREQUAL "lines")
  add_compile_options($<$<CONFIG:RelWithDebInfo>:-g1>)  # after CMake's -g, so it wins
endif()
set(ONEWINDOW_SANITIZE "none" CACHE STRING "Sanitizers for every target: none, address, undefined or address,undefined")
set_property(CACHE ONEWINDOW_SANITIZE PROPERTY STRINGS none address undefined "address,undefined")
if(NOT ONEWINDOW_SANITIZE MATCHES "^(none|address|undefined|address,undefined)$")
  message(FATAL_ERROR "ONEWINDOW_SANITIZE must be none, address, undefined or address,undefined (got '${ONEWINDOW_SANITIZE}')")
endif()
if(NOT ONEWINDOW_SANITIZE STREQUAL "none")
  # An undefined-behaviour report fails the test that caused it instead of scrolling past.
  add_compile_options(-fsanitize=${ONEWINDOW_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${ONEWINDOW_SANITIZE})
endif()

message(STATUS "onewindow ${PROJECT_VERSION}: tests=${ONEWINDOW_BUILD_TESTS} bench=${ONEWINDOW_BUILD_BENCH} "
               "fuzz_seconds=${ONEWINDOW_FUZZ_SECONDS} sanitize=${ONEWINDOW_SANITIZE} debug_info=${ONEWINDOW_DEBUG_INFO} type=${CMAKE_BUILD_TYPE}")
