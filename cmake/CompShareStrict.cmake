# One INTERFACE target carries every strictness flag; each project target
# links it, so no target can quietly build with weaker settings.
add_library(compshare_strict INTERFACE)
target_compile_features(compshare_strict INTERFACE cxx_std_17)
target_compile_definitions(compshare_strict INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_FOREACH
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(compshare_strict INTERFACE -Wall -Wextra -Wpedantic -Werror)
elseif(MSVC)
  target_compile_options(compshare_strict INTERFACE /W4 /WX /utf-8)
endif()

# Sanitizer build (preset "asan"): the whole suite under ASan + UBSan.
option(COMPSHARE_SANITIZE "Build with -fsanitize=address,undefined" OFF)
if(COMPSHARE_SANITIZE)
  target_compile_options(compshare_strict INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(compshare_strict INTERFACE -fsanitize=address,undefined)
endif()
