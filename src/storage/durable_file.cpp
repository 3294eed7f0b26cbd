#include "storage/durable_file.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/error.h"
#include "storage/crypto.h"

namespace securebase::storage {

namespace {

[[noreturn]] void Fail(const std::string& doing, const std::filesystem::path& path, int error) {
    throw Error(error == EEXIST ? ErrorCode::Invalid : ErrorCode::Io,
                "cannot " + doing + " " + path.filename().string() + ": " + std::strerror(error));
}

// Closes on scope exit, so every early return and throw releases the descriptor.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0) ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int Get() const { return m_fd; }

private:
    int m_fd;
};

void SyncPath(const std::filesystem::path& path, int flags) {
    Descriptor fd(::open(path.c_str(), flags | O_CLOEXEC));
    if (fd.Get() < 0) Fail("open", path, errno);
    if (::fsync(fd.Get()) != 0) Fail("flush", path, errno);
}

}  // namespace

std::filesystem::path SiblingTempPath(const std::filesystem::path& target,
                                      const std::string& purpose) {
    auto name = target.filename().string() + "." + purpose + "-" + ToHex(RandomBytes(6));
    return target.parent_path() / name;
}

void RenameNoReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return;
    if (errno != EINVAL && errno != ENOSYS) Fail("move into place", to, errno);
    // File systems without RENAME_NOREPLACE: link() refuses an existing name just the same.
    if (::link(from.c_str(), to.c_str()) != 0) Fail("move into place", to, errno);
    ::unlink(from.c_str());
}

void CopyFileDurably(const std::filesystem::path& from, const std::filesystem::path& to) {
    Descriptor in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.Get() < 0) Fail("open", from, errno);
    Descriptor out(::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (out.Get() < 0) Fail("create", to, errno);
    char buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::read(in.Get(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) Fail("read", from, errno);
        if (got == 0) break;
        for (ssize_t done = 0; done < got;) {
            const ssize_t wrote =
                ::write(out.Get(), buffer + done, static_cast<size_t>(got - done));
            if (wrote < 0 && errno == EINTR) continue;
            if (wrote < 0) Fail("write", to, errno);
            done += wrote;
        }
    }
    if (::fsync(out.Get()) != 0) Fail("flush", to, errno);
}

void SyncFile(const std::filesystem::path& path) { SyncPath(path, O_RDONLY); }

void SyncDirectoryOf(const std::filesystem::path& path) {
    const auto folder =
        path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    SyncPath(folder, O_RDONLY | O_DIRECTORY);
}

void RemoveWithCompanions(const std::filesystem::path& path) noexcept {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path.string() + suffix, ignored);
}

}  // namespace securebase::storage
