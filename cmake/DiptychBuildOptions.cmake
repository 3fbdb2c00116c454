# One INTERFACE target carries the language level, warnings and Qt safety defines;
# every Diptych target links it, so no target can drift from the house settings.

set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(diptych_build_options INTERFACE)
target_compile_features(diptych_build_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(diptych_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wimplicit-fallthrough -Wformat=2)
if(DIPTYCH_WARNINGS_AS_ERRORS)
    target_compile_options(diptych_build_options INTERFACE -Werror)
endif()

# Qt safety defines: no implicit ASCII casts, no string-based or context-less connects.
target_compile_definitions(diptych_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS QT_NO_URL_CAST_FROM_STRING
    DIPTYCH_VERSION="${PROJECT_VERSION}")

if(DIPTYCH_SANITIZE)
    target_compile_options(diptych_build_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
        # GCC 12 reports false maybe-uninitialized warnings inside libstdc++ (<regex>,
        # std::function) once sanitizers change inlining; real ones are caught by the normal build.
        -Wno-maybe-uninitialized)
    target_link_options(diptych_build_options INTERFACE -fsanitize=address,undefined)
endif()
