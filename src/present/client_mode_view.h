#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/secret.h"

namespace securebase::present {

struct ScaleButton {
    int value = 0;
    std::string label;  // the scale's wording for this value, empty where it has none
};

// One item as the client sees it: no scores, nothing about any other record.
struct ClientItemScreen {
    std::string instrument;  // the title
    std::string progress;    // "Question 3 of 24"
    size_t position = 0;     // 0-based, for the progress bar
    size_t count = 0;
    std::string text;
    std::vector<ScaleButton> options;
    std::optional<int> chosen;   // the saved answer, highlighted
    std::optional<int> pending;  // a first digit typed, waiting for the second
    std::string keyHint;         // how the number keys answer on this scale
    bool canGoBack = false;
};

struct ClientEndScreen {
    std::string instrument;
    std::string text;  // how many are answered; that the practitioner takes over now
    size_t count = 0;
};

// The full-screen window the client answers in. The passphrase page is for the practitioner:
// leaving client mode, in any way, needs it.
class ClientModeView {
public:
    virtual ~ClientModeView() = default;
    virtual void ShowItem(const ClientItemScreen& screen) = 0;
    virtual void ShowEnd(const ClientEndScreen& screen) = 0;
    virtual void AskPassphrase(const std::string& reason) = 0;
    virtual Secret Passphrase() const = 0;
    virtual void ClearPassphrase() = 0;
    virtual void ShowPassphraseError(const std::string& message) = 0;
    virtual void ShowBusy(bool busy) = 0;
    virtual void ShowError(const std::string& message) = 0;  // empty clears
    virtual void Close() = 0;
};

}  // namespace securebase::present
