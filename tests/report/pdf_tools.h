#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <stdexcept>
#include <string>

namespace securebase::test {

// Poppler's command-line tools read back what a PDF shows, as a reader of the file would.
inline std::string RunTool(const std::string& command) {
    std::string output;
    FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
    char buffer[4096];
    size_t read = 0;
    while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, read);
    pclose(pipe);
    return output;
}

inline std::string Quoted(const std::filesystem::path& file) { return "'" + file.string() + "'"; }

inline std::string PdfText(const std::filesystem::path& file) {
    return RunTool("pdftotext -enc UTF-8 " + Quoted(file) + " -");
}

inline std::string PdfFonts(const std::filesystem::path& file) {
    return RunTool("pdffonts " + Quoted(file));
}

inline int PdfPages(const std::filesystem::path& file) {
    const auto info = RunTool("pdfinfo " + Quoted(file));
    std::smatch match;
    if (!std::regex_search(info, match, std::regex("Pages:\\s+(\\d+)"))) return -1;
    return std::stoi(match[1]);
}

inline std::string FileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Text a page shows, by page number from 1.
inline std::string PdfPageText(const std::filesystem::path& file, int page) {
    const auto number = std::to_string(page);
    return RunTool("pdftotext -enc UTF-8 -f " + number + " -l " + number + " " + Quoted(file) +
                   " -");
}

}  // namespace securebase::test
