#include "app/cli/export_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "app/cli/command_context.h"
#include "core/error.h"

namespace securebase::cli {

void WriteExport(const CommandContext& context, const std::string& text) {
    const auto path = context.Option("out");
    if (!path) {
        context.Out() << text;
        return;
    }
    const int fd = ::open(path->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            throw Error(ErrorCode::Refused,
                        *path + " already exists; choose another --out or move it away");
        throw Error(ErrorCode::Io, "cannot create " + *path);
    }
    size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ::close(fd);
            ::unlink(path->c_str());
            throw Error(ErrorCode::Io, "cannot write " + *path);
        }
        written += static_cast<size_t>(n);
    }
    if (::close(fd) != 0) throw Error(ErrorCode::Io, "cannot write " + *path);
}

}  // namespace securebase::cli
