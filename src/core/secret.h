#pragma once

#include <string>
#include <string_view>

namespace securebase {

// A passphrase or key held in memory: wiped when it goes away, never copied by accident, and
// never printed. Pass by const reference.
class Secret {
public:
    Secret() = default;
    explicit Secret(std::string value) : m_value(std::move(value)) {}
    ~Secret() { Wipe(); }
    Secret(Secret&& other) noexcept : m_value(std::move(other.m_value)) { other.Wipe(); }
    Secret& operator=(Secret&& other) noexcept {
        if (this != &other) {
            Wipe();
            m_value = std::move(other.m_value);
            other.Wipe();
        }
        return *this;
    }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;

    std::string_view View() const noexcept { return m_value; }
    bool Empty() const noexcept { return m_value.empty(); }
    size_t Size() const noexcept { return m_value.size(); }

private:
    void Wipe() noexcept {
        // volatile stops the compiler from dropping stores to memory that is about to be freed.
        volatile char* p = m_value.data();
        for (size_t i = 0; i < m_value.size(); ++i) p[i] = 0;
        m_value.clear();
    }
    std::string m_value;
};

}  // namespace securebase
