# Every external dependency, found once. The Debian packages that provide them are listed
# in cmake/debian-packages.txt.

find_package(PkgConfig REQUIRED)
pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET
    libavformat>=59 libavcodec>=59 libavutil>=57 libswscale>=6 libswresample>=4)

find_package(OpenCV 4.5 REQUIRED COMPONENTS core imgproc imgcodecs video calib3d objdetect saliency)
find_package(SQLite3 REQUIRED)
find_package(spdlog 1.10 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)
find_package(LibXml2 2.9 REQUIRED)   # EAF import: a hardened parser (no DTDs, no network)

if(DIPTYCH_BUILD_UI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Charts Svg Multimedia LinguistTools Test)
endif()

if(DIPTYCH_BUILD_TESTS)
    find_package(Catch2 2.13 REQUIRED)
    find_program(FFMPEG_EXECUTABLE ffmpeg REQUIRED)
    find_program(FFPROBE_EXECUTABLE ffprobe REQUIRED)
endif()
