// Generates every test clip and damaged file into the folder given as argument. Run by ctest
// as the fixture every media test depends on, so the work is done once per build tree.
#include "test_media.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: make_test_media DIRECTORY\n";
        return 2;
    }
    try {
        diptych::test::generateAll(argv[1]);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    std::cout << "test media ready in " << argv[1] << '\n';
    return 0;
}
