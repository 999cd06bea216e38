# SPDX-License-Identifier: MIT
# CPack settings of every generator; included last by packaging/CMakeLists.txt.

set(CPACK_PACKAGE_NAME "compshare-console")
set(CPACK_PACKAGE_VENDOR "CompShare Console contributors")
set(CPACK_PACKAGE_CONTACT
  "CompShare Console maintainers <maintainers@users.noreply.r-seed-4d6c0556.example>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for CompShare GPU instances")
set(CPACK_PACKAGE_DESCRIPTION
  "CompShare Console lists every GPU instance of a CompShare account in every
region at once, with its state, GPU, charge type and price, and stops an
instance safely after a confirmation, following it from Running to Stopped.
API keys are kept in the system keychain (Secret Service), never in a file.
A built-in demo cloud (--demo) shows the console without an account.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CompShare Console")
set(CPACK_PACKAGE_EXECUTABLES "compshare-console" "CompShare Console")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/LICENSE.txt")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

if(WIN32)
  set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
else()
  set(CPACK_GENERATOR "DEB;RPM")
endif()

# ------------------------------------------------------------------ DEB ----
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # compshare-console_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: Qt loads these as plugins at run time
# (xcb platform plugin; the SVG icon engine and image plugin; the SQLite
# driver of the local store).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
# A Secret Service provider keeps the API keys; Qt's own translations for
# the standard dialogs.
# A CJK font: instance names are often Chinese, and without one they show
# as empty boxes (seen on the clean root); wqy-microhei is the small one.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
  "gnome-keyring | keepassxc, qt6-translations-l10n, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# ------------------------------------------------------------------ RPM ----
# Names are Fedora's; autoreq adds the shared libraries (libQt6Gui pulls in
# qt6-qtbase-gui, which holds the xcb platform plugin).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT) # compshare-console-0.1.0-1.x86_64.rpm
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_SUMMARY "Desktop console for CompShare GPU instances")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV OFF)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg")
# CPack 3.25 has no Recommends variable; these lines land in the preamble.
set(CPACK_RPM_SPEC_MORE_DEFINE
  "Packager: ${CPACK_PACKAGE_CONTACT}\nRecommends: (gnome-keyring or keepassxc)\nRecommends: qt6-qttranslations\nRecommends: (wqy-microhei-fonts or google-noto-sans-cjk-fonts)
%define _build_id_links none")
# Directories the filesystem / hicolor-icon-theme packages own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
  /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
  /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
  /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS icon_sizes)
  list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# ----------------------------------------------------------------- NSIS ----
set(win_icon "${icon_dir}/compshare-console.ico")
set(CPACK_NSIS_PACKAGE_NAME "CompShare Console")
set(CPACK_NSIS_DISPLAY_NAME "CompShare Console")
set(CPACK_NSIS_MUI_ICON "${win_icon}")
set(CPACK_NSIS_MUI_UNIICON "${win_icon}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\compshare-console.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "compshare-console.exe")
set(CPACK_CREATE_DESKTOP_LINKS "compshare-console")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "CompShare Console")
# WiX (cpack -G WIX) is configured too; the fixed upgrade GUID lets a newer
# MSI replace an older one.
set(CPACK_WIX_UPGRADE_GUID "6F1C2B0E-3D4A-4B7E-9C21-5A8E0F3D7B64")
set(CPACK_WIX_PRODUCT_ICON "${win_icon}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "CompShare Console")

# ------------------------------------------------------------ DragNDrop ----
set(CPACK_DMG_VOLUME_NAME "CompShare Console")
set(CPACK_DMG_FORMAT UDZO)
# A license page in the disk image would ask before it mounts; skip it.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

include(CPack)
