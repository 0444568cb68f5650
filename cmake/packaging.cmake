# `make deb`: the Debian package from this same build tree (cpack -G DEB, into the build folder).
# The binary in /usr/bin, the assets in /usr/share/onewindow (paths::assets_dir() finds them beside
# the binary's prefix), the config as a conffile, the systemd units and udev rules in Debian 12's
# places. The `onewindow` user and its folders come from the maintainer scripts in packaging/deb/.
include(GNUInstallDirs)

install(TARGETS onewindow RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
foreach(folder calendar catalog i18n printers)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/${folder} DESTINATION ${CMAKE_INSTALL_DATADIR}/onewindow)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/assets/config/onewindow.example.toml
        DESTINATION /etc/onewindow RENAME onewindow.toml)
install(FILES ${PROJECT_SOURCE_DIR}/assets/systemd/onewindow@.service DESTINATION /lib/systemd/system)
install(FILES ${PROJECT_SOURCE_DIR}/assets/udev/70-onewindow.rules DESTINATION /lib/udev/rules.d)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/deb/copyright ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Debian wants the changelog compressed with gzip -9n (no name, no time: the same bytes every build),
# named changelog.Debian.gz in a package with a Debian revision (-1).
set(onewindow_changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz)
add_custom_command(OUTPUT ${onewindow_changelog_gz}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
  COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/packaging/deb/changelog > ${onewindow_changelog_gz}
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/deb/changelog VERBATIM)
add_custom_target(onewindow_changelog ALL DEPENDS ${onewindow_changelog_gz})
install(FILES ${onewindow_changelog_gz} DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME onewindow)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
set(CPACK_PACKAGE_CONTACT "onewindow maintainers <maintainers@onewindow.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "civil-affairs one-window kiosk, counter and back-office terminal")
set(CPACK_PACKAGE_DESCRIPTION
    "onewindow runs the self-service kiosk, the intake counter and the back office\n"
    "of a civil-affairs service hall: ID-card readers, QR scanners and receipt\n"
    "printers, a local SQLite store or the hall's PostgreSQL store. The systemd\n"
    "unit onewindow@MODE starts it full screen in a cage kiosk session.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# Shared libraries found by dpkg-shlibdeps; the rest is what the units and the config name.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, cage, xwayland, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/deb/conffiles
    ${PROJECT_SOURCE_DIR}/packaging/deb/postinst
    ${PROJECT_SOURCE_DIR}/packaging/deb/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# Only the package's own files: nothing from the test and bench targets.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};onewindow;ALL;/")
include(CPack)
