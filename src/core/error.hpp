#pragma once
/// Typed errors, each with the exit code the program ends with. Caught once, in main.
#include <stdexcept>
#include <string>

namespace sdmock {

/// Exit codes of the contract: 0 success, 1 runtime failure, 2 usage error.
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

/// Base of every error sdmock reports to the user: a one-line message and an exit code.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message, int exit_code = kExitFailure)
        : std::runtime_error(message), exit_code_(exit_code) {}
    [[nodiscard]] int exit_code() const { return exit_code_; }

private:
    int exit_code_;
};

/// The command line asked for something that does not exist or does not fit.
class UsageError : public Error {
public:
    explicit UsageError(const std::string& message) : Error(message, kExitUsage) {}
};

/// The content files (prompts/, rubrics/) are missing or invalid.
class ContentError : public Error {
public:
    using Error::Error;
};

/// The history database could not be read or written.
class StoreError : public Error {
public:
    using Error::Error;
};

/// The history is held locked by another writer: trying again later may work.
class BusyError : public StoreError {
public:
    using StoreError::StoreError;
};

/// The history file opened is no longer the one at its path (deleted, or replaced by another):
/// nothing was written to it.
class LostError : public StoreError {
public:
    LostError(const std::string& message, bool replaced) : StoreError(message), replaced_(replaced) {}
    [[nodiscard]] bool replaced() const { return replaced_; }

private:
    bool replaced_;
};

} // namespace sdmock
