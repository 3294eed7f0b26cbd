#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace securebase::storage {

// One prepared statement. Bind by 1-based index or by name (":name"); Step() until it returns
// false; read columns by 0-based index. Misuse (binding a type the vault does not store) does not
// compile.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& Bind(int index, std::int64_t value);
    Statement& Bind(int index, int value) { return Bind(index, static_cast<std::int64_t>(value)); }
    Statement& Bind(int index, double value);
    Statement& Bind(int index, std::string_view text);
    Statement& Bind(int index, const std::string& text) { return Bind(index, std::string_view(text)); }
    Statement& Bind(int index, const char* text) { return Bind(index, std::string_view(text)); }
    Statement& BindBlob(int index, const void* data, size_t size);
    Statement& BindNull(int index);
    template <typename T>
    Statement& Bind(int index, const std::optional<T>& value) {
        return value ? Bind(index, *value) : BindNull(index);
    }
    template <typename T>
    Statement& Bind(std::string_view name, const T& value) {
        return Bind(IndexOf(name), value);
    }
    Statement& Bind(int index, bool) = delete;  // store flags as 0/1 explicitly

    // Advances to the next row: true while a row is available, false when done.
    bool Step();
    // Runs a statement that returns no rows.
    void Run();
    // Clears bindings and rewinds, so a cached statement starts clean.
    void Reset() noexcept;

    bool IsNull(int column) const;
    std::int64_t Int(int column) const;
    double Real(int column) const;
    std::string Text(int column) const;
    std::optional<std::string> OptionalText(int column) const;
    std::optional<std::int64_t> OptionalInt(int column) const;
    std::vector<unsigned char> Blob(int column) const;

private:
    int IndexOf(std::string_view name) const;
    void Check(int rc, const char* doing) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

}  // namespace securebase::storage
