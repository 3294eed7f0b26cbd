#include "storage/offset_vfs.h"

#include <cstring>
#include <mutex>

#include "core/error.h"
#include "storage/database.h"
#include "storage/sqlcipher.h"

namespace securebase::storage {

namespace {

constexpr const char* kVfsName = "securebase-offset";

// Our file object; the wrapped VFS's own file object follows it in the same allocation.
struct OffsetFile {
    sqlite3_file base;
    sqlite3_file* real;
    sqlite3_int64 offset;  // kDatabaseOffset for main databases, 0 for everything else
};

sqlite3_vfs* g_inner = nullptr;

OffsetFile* Cast(sqlite3_file* file) { return reinterpret_cast<OffsetFile*>(file); }
sqlite3_file* Real(sqlite3_file* file) { return Cast(file)->real; }

int Close(sqlite3_file* file) { return Real(file)->pMethods->xClose(Real(file)); }

int Read(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return Real(file)->pMethods->xRead(Real(file), buffer, amount, offset + Cast(file)->offset);
}

int Write(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    return Real(file)->pMethods->xWrite(Real(file), buffer, amount, offset + Cast(file)->offset);
}

int Truncate(sqlite3_file* file, sqlite3_int64 size) {
    return Real(file)->pMethods->xTruncate(Real(file), size + Cast(file)->offset);
}

int Sync(sqlite3_file* file, int flags) { return Real(file)->pMethods->xSync(Real(file), flags); }

int FileSize(sqlite3_file* file, sqlite3_int64* size) {
    const int rc = Real(file)->pMethods->xFileSize(Real(file), size);
    if (rc == SQLITE_OK) *size = *size > Cast(file)->offset ? *size - Cast(file)->offset : 0;
    return rc;
}

int Lock(sqlite3_file* file, int level) { return Real(file)->pMethods->xLock(Real(file), level); }
int Unlock(sqlite3_file* file, int level) {
    return Real(file)->pMethods->xUnlock(Real(file), level);
}
int CheckReservedLock(sqlite3_file* file, int* out) {
    return Real(file)->pMethods->xCheckReservedLock(Real(file), out);
}

int FileControl(sqlite3_file* file, int op, void* arg) {
    if (op == SQLITE_FCNTL_SIZE_HINT) {
        sqlite3_int64 size = *static_cast<sqlite3_int64*>(arg) + Cast(file)->offset;
        return Real(file)->pMethods->xFileControl(Real(file), op, &size);
    }
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
        // A memory map would expose the file from byte 0, header included; keep it off.
        *static_cast<sqlite3_int64*>(arg) = 0;
        return SQLITE_OK;
    }
    return Real(file)->pMethods->xFileControl(Real(file), op, arg);
}

int SectorSize(sqlite3_file* file) { return Real(file)->pMethods->xSectorSize(Real(file)); }
int DeviceCharacteristics(sqlite3_file* file) {
    return Real(file)->pMethods->xDeviceCharacteristics(Real(file));
}

int ShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** out) {
    return Real(file)->pMethods->xShmMap(Real(file), page, size, extend, out);
}
int ShmLock(sqlite3_file* file, int offset, int n, int flags) {
    return Real(file)->pMethods->xShmLock(Real(file), offset, n, flags);
}
void ShmBarrier(sqlite3_file* file) { Real(file)->pMethods->xShmBarrier(Real(file)); }
int ShmUnmap(sqlite3_file* file, int deleteFlag) {
    return Real(file)->pMethods->xShmUnmap(Real(file), deleteFlag);
}

// Version 2: shared memory for WAL, but no xFetch, so SQLite never reads pages through a memory
// map that would bypass the offset.
const sqlite3_io_methods kMethods = {
    2,
    Close,
    Read,
    Write,
    Truncate,
    Sync,
    FileSize,
    Lock,
    Unlock,
    CheckReservedLock,
    FileControl,
    SectorSize,
    DeviceCharacteristics,
    ShmMap,
    ShmLock,
    ShmBarrier,
    ShmUnmap,
    nullptr,
    nullptr,
};

int Open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    OffsetFile* ours = Cast(file);
    std::memset(ours, 0, sizeof(OffsetFile));
    ours->real = reinterpret_cast<sqlite3_file*>(ours + 1);
    ours->offset = (flags & SQLITE_OPEN_MAIN_DB) ? kDatabaseOffset : 0;
    const int rc = g_inner->xOpen(g_inner, name, ours->real, flags, outFlags);
    // Without pMethods SQLite does not call xClose, which is right when the inner open failed.
    if (rc == SQLITE_OK) ours->base.pMethods = &kMethods;
    return rc;
}

int Delete(sqlite3_vfs*, const char* name, int syncDir) {
    return g_inner->xDelete(g_inner, name, syncDir);
}
int Access(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_inner->xAccess(g_inner, name, flags, out);
}
int FullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return g_inner->xFullPathname(g_inner, name, size, out);
}
void* DlOpen(sqlite3_vfs*, const char* name) { return g_inner->xDlOpen(g_inner, name); }
void DlError(sqlite3_vfs*, int size, char* out) { g_inner->xDlError(g_inner, size, out); }
void (*DlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return g_inner->xDlSym(g_inner, handle, symbol);
}
void DlClose(sqlite3_vfs*, void* handle) { g_inner->xDlClose(g_inner, handle); }
int Randomness(sqlite3_vfs*, int size, char* out) {
    return g_inner->xRandomness(g_inner, size, out);
}
int SleepFor(sqlite3_vfs*, int microseconds) { return g_inner->xSleep(g_inner, microseconds); }
int CurrentTime(sqlite3_vfs*, double* out) { return g_inner->xCurrentTime(g_inner, out); }
int GetLastError(sqlite3_vfs*, int size, char* out) {
    return g_inner->xGetLastError(g_inner, size, out);
}
int CurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return g_inner->xCurrentTimeInt64(g_inner, out);
}

sqlite3_vfs g_vfs;

void Register() {
    g_inner = sqlite3_vfs_find(nullptr);
    if (!g_inner || g_inner->iVersion < 2)
        throw Error(ErrorCode::Storage, "SQLCipher has no usable default file system layer");
    g_vfs = sqlite3_vfs{};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(OffsetFile)) + g_inner->szOsFile;
    g_vfs.mxPathname = g_inner->mxPathname;
    g_vfs.zName = kVfsName;
    g_vfs.xOpen = Open;
    g_vfs.xDelete = Delete;
    g_vfs.xAccess = Access;
    g_vfs.xFullPathname = FullPathname;
    g_vfs.xDlOpen = DlOpen;
    g_vfs.xDlError = DlError;
    g_vfs.xDlSym = DlSym;
    g_vfs.xDlClose = DlClose;
    g_vfs.xRandomness = Randomness;
    g_vfs.xSleep = SleepFor;
    g_vfs.xCurrentTime = CurrentTime;
    g_vfs.xGetLastError = GetLastError;
    g_vfs.xCurrentTimeInt64 = CurrentTimeInt64;
    const int rc = sqlite3_vfs_register(&g_vfs, 0);
    if (rc != SQLITE_OK)
        throw Error(ErrorCode::Storage,
                    std::string("cannot register the vault file layer: ") + sqlite3_errstr(rc));
}

// The file object of `schema`, checked to be ours so that its header can be reached.
OffsetFile* HeaderFile(Database& db, const char* schema) {
    sqlite3_file* file = nullptr;
    const int rc = sqlite3_file_control(db.Handle(), schema, SQLITE_FCNTL_FILE_POINTER, &file);
    if (rc != SQLITE_OK || !file || file->pMethods != &kMethods)
        throw Error(ErrorCode::Storage, "the vault was not opened through its file layer");
    return Cast(file);
}

}  // namespace

const char* OffsetVfsName() {
    static std::once_flag once;
    std::call_once(once, Register);
    return kVfsName;
}

std::optional<std::string> ReadHeaderBytes(Database& db, const char* schema) {
    sqlite3_file* real = HeaderFile(db, schema)->real;
    sqlite3_int64 size = 0;
    if (real->pMethods->xFileSize(real, &size) != SQLITE_OK)
        throw Error(ErrorCode::Io, "cannot read the size of the vault file");
    if (size < kDatabaseOffset) return std::nullopt;
    std::string bytes(static_cast<std::size_t>(kDatabaseOffset), '\0');
    if (real->pMethods->xRead(real, bytes.data(), static_cast<int>(bytes.size()), 0) != SQLITE_OK)
        throw Error(ErrorCode::Io, "cannot read the vault header");
    return bytes;
}

void WriteHeaderBytes(Database& db, std::int64_t offset, std::string_view bytes,
                      const char* schema) {
    if (offset < 0 || offset + static_cast<std::int64_t>(bytes.size()) > kDatabaseOffset)
        throw Error(ErrorCode::Invalid, "header write outside the header");
    sqlite3_file* real = HeaderFile(db, schema)->real;
    if (real->pMethods->xWrite(real, bytes.data(), static_cast<int>(bytes.size()), offset) !=
            SQLITE_OK ||
        real->pMethods->xSync(real, SQLITE_SYNC_FULL) != SQLITE_OK)
        throw Error(ErrorCode::Io,
                    "cannot write the vault header; check free space and permissions");
}

}  // namespace securebase::storage
