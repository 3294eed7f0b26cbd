#pragma once

#include <array>
#include <string_view>

namespace securebase::test {

// Invented record contents used by the CLI tests. They travel only through standard input; the
// runner refuses any argv that contains one of them.
inline constexpr std::string_view kGiven = "Quenby";
inline constexpr std::string_view kFamily = "Halvarossen";
inline constexpr std::string_view kPreferred = "Quen";
inline constexpr std::string_view kOtherGiven = "Ysmera";
inline constexpr std::string_view kOtherFamily = "Dromellique";
inline constexpr std::string_view kConcern = "Withdraws when a partner asks for closeness.";
inline constexpr std::string_view kNotePhrase = "practised grounding with the lantern image";
inline constexpr std::string_view kAddendumText = "Correction: the session ran ten minutes over.";
inline constexpr std::string_view kProcessText = "Countertransference: felt protective today.";
inline constexpr std::string_view kReason = "Planned ending after the agreed block.";

inline constexpr std::array<std::string_view, 10> kRecordContents{
    kGiven,   kFamily,     kPreferred,    kOtherGiven,  kOtherFamily,
    kConcern, kNotePhrase, kAddendumText, kProcessText, kReason};

}  // namespace securebase::test
