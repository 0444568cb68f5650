# Every dependency comes from Debian packages installed by scripts/install-deps.sh.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(OpenGL REQUIRED)
find_package(Freetype REQUIRED)
find_package(PNG REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(ZXing 1.4 REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
pkg_check_modules(LIBUSB REQUIRED IMPORTED_TARGET libusb-1.0)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(TOMLPP REQUIRED IMPORTED_TARGET tomlplusplus)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)  # the PostgreSQL hall store (libpq-dev)
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo-pdf cairo-ft)  # the 公示名单 as an A4 PDF (libcairo2-dev)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)  # XLSX exports: 花名册, statistics (libxlsxwriter-dev)
pkg_check_modules(SYSTEMD REQUIRED IMPORTED_TARGET libsystemd)  # sd_notify: READY=1 and the watchdog (libsystemd-dev)
pkg_check_modules(ESPEAK REQUIRED IMPORTED_TARGET espeak-ng)  # spoken prompts, `onewindow say` (libespeak-ng-dev)
pkg_check_modules(ALSA REQUIRED IMPORTED_TARGET alsa)  # plays the prompts (libasound2-dev)
if(ONEWINDOW_BUILD_TESTS)
  find_package(doctest REQUIRED)
  include(${doctest_DIR}/doctest.cmake)
  # The USB suite (libusb against emulated devices) and the fuzzers are part of every test build:
  # a missing tool stops the configure and names the package, rather than quietly dropping tests.
  pkg_check_modules(UMOCKDEV IMPORTED_TARGET umockdev-1.0)
  find_program(UMOCKDEV_WRAPPER umockdev-wrapper)
  if(NOT UMOCKDEV_FOUND OR NOT EXISTS "${UMOCKDEV_WRAPPER}")
    message(FATAL_ERROR "umockdev not found (umockdev-1.0.pc: ${UMOCKDEV_FOUND}, umockdev-wrapper: "
                        "${UMOCKDEV_WRAPPER}); the USB tests need it. Install the Debian packages umockdev "
                        "and libumockdev-dev (scripts/install-deps.sh does).")
  endif()
  find_program(ONEWINDOW_CLANGXX clang++)
  if(NOT ONEWINDOW_CLANGXX)
    message(FATAL_ERROR "clang++ not found; the fuzz tests are built with it. Install the Debian packages "
                        "clang and libclang-rt-14-dev (scripts/install-deps.sh does).")
  endif()
  execute_process(COMMAND ${ONEWINDOW_CLANGXX} -print-resource-dir OUTPUT_VARIABLE clang_resources
                  RESULT_VARIABLE clang_rc OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  set(libfuzzer_runtime "")
  if(clang_rc EQUAL 0 AND clang_resources)
    # lib/linux/libclang_rt.fuzzer-x86_64.a in clang 14; lib/<target triple>/libclang_rt.fuzzer.a later.
    file(GLOB libfuzzer_runtime "${clang_resources}/lib/*/libclang_rt.fuzzer*.a")
  endif()
  if(NOT libfuzzer_runtime)
    message(FATAL_ERROR "no libFuzzer runtime for ${ONEWINDOW_CLANGXX} (libclang_rt.fuzzer under its resource "
                        "directory '${clang_resources}'); the fuzz tests need it. Install the Debian packages "
                        "clang and libclang-rt-14-dev (scripts/install-deps.sh does).")
  endif()
endif()

# Dear ImGui from Debian's own source package (fetched by scripts/install-deps.sh into a fixed folder
# outside every build tree), compiled with 32-bit ImWchar so CJK Extension B characters render.
set(ONEWINDOW_IMGUI_DIR "${PROJECT_SOURCE_DIR}/third_party_src/imgui" CACHE PATH "Debian imgui source tree")
if(NOT EXISTS "${ONEWINDOW_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "No imgui source at ${ONEWINDOW_IMGUI_DIR}: run scripts/install-deps.sh first")
endif()
add_library(onewindow_imgui STATIC
  ${ONEWINDOW_IMGUI_DIR}/imgui.cpp
  ${ONEWINDOW_IMGUI_DIR}/imgui_draw.cpp
  ${ONEWINDOW_IMGUI_DIR}/imgui_tables.cpp
  ${ONEWINDOW_IMGUI_DIR}/imgui_widgets.cpp
  ${ONEWINDOW_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
  ${ONEWINDOW_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp
  ${ONEWINDOW_IMGUI_DIR}/misc/freetype/imgui_freetype.cpp)
target_compile_definitions(onewindow_imgui PUBLIC IMGUI_USE_WCHAR32 IMGUI_ENABLE_FREETYPE IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
target_include_directories(onewindow_imgui SYSTEM PUBLIC
  ${ONEWINDOW_IMGUI_DIR} ${ONEWINDOW_IMGUI_DIR}/backends ${ONEWINDOW_IMGUI_DIR}/misc/freetype)
target_link_libraries(onewindow_imgui PUBLIC PkgConfig::GLFW OpenGL::GL Freetype::Freetype ${CMAKE_DL_LIBS})
set_target_properties(onewindow_imgui PROPERTIES POSITION_INDEPENDENT_CODE ON)
