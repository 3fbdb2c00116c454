#pragma once

#include <stdexcept>
#include <string>

namespace diptych {

// Error policy of the core library: failures are thrown as one of these exceptions at the
// public API boundary. The message is a single line meant for the user, already prefixed with
// the object it concerns ("FILE: reason"), so callers can print `error: ` + what().

/// Base class of every error the core reports.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Media could not be opened, probed or decoded.
class MediaError : public Error
{
public:
    MediaError(const std::string& path, const std::string& reason)
        : Error(path + ": " + reason)
    {}
};

/// A project file could not be opened, migrated, read or written.
class StoreError : public Error
{
public:
    using Error::Error;
};

/// A file given to import (coding scheme, spreadsheet, annotations) is malformed or
/// inconsistent; nothing of it was imported. The message names the file and the place.
class InputError : public Error
{
public:
    using Error::Error;
};

/// Thrown by long-running work when its CancellationToken was triggered.
class Cancelled : public Error
{
public:
    Cancelled()
        : Error("cancelled")
    {}
};

} // namespace diptych
