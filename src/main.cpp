#include "cli/app.hpp"

int main(int argc, char** argv) {
    return sdmock::cli::main(argc, argv);
}
