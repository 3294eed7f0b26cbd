#include "service/new_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace securebase::service {

Error Exists(const std::filesystem::path& file) {
    return Error(ErrorCode::Refused,
                 file.string() + " exists already: choose another name or remove it first.");
}

void WriteNewFile(const std::filesystem::path& file, const std::string& bytes) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) throw Exists(file);
        throw Error(ErrorCode::Io, "Could not create " + file.string() +
                                       ": check that the folder exists and is writable.");
    }
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        written += static_cast<size_t>(n);
    }
    const bool closed = ::close(fd) == 0;
    if (written != bytes.size() || !closed) {
        ::unlink(file.c_str());
        throw Error(ErrorCode::Io, "Could not write all of " + file.string() +
                                       ": check the free disk space, then save again.");
    }
}

void ExportNewFile(const std::filesystem::path& file, const std::string& bytes,
                   const std::function<void()>& recordExport) {
    WriteNewFile(file, bytes);
    try {
        recordExport();
    } catch (...) {
        ::unlink(file.c_str());
        throw;
    }
}

}  // namespace securebase::service
