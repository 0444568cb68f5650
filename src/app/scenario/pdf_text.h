#pragma once
// What `expect pdf` reads (app/scenario/runner.cpp): the newest PDF in a folder and its text, by
// pdftotext (Debian poppler-utils), compared with blanks left out (pdftotext spaces CJK text as it
// likes).
#include <filesystem>
#include <optional>
#include <string>

namespace app::scenario {

std::string without_blanks(const std::string& s);
// The most recently written *.pdf in `folder`; nullopt when there is none (or no folder).
std::optional<std::filesystem::path> newest_pdf(const std::filesystem::path& folder);
// The PDF's text; nullopt when pdftotext cannot read it (yet).
std::optional<std::string> pdf_text(const std::filesystem::path& pdf);

}  // namespace app::scenario
