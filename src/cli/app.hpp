#pragma once

namespace sdmock::cli {

/// Parses the command line, runs the command, and turns every error into a message on stderr
/// and an exit code (0 success, 1 runtime failure, 2 usage error).
int main(int argc, char** argv);

} // namespace sdmock::cli
