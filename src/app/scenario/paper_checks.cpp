#include "app/scenario/paper_checks.h"

#include "app/scenario/pdf_text.h"
#include "app/scenario/printed_match.h"
#include "app/scenario/script_names.h"

namespace app::scenario {

std::string check_pdf_holds(const std::filesystem::path& folder, const std::string& text, std::chrono::milliseconds within,
                            const PumpUntil& pump) {
  // Blanks left out of both: pdftotext spaces CJK text as it likes.
  const std::string wanted = without_blanks(text);
  std::string last_text = "(no PDF in " + folder.string() + ")";
  std::filesystem::path last_pdf;
  auto holds = [&] {
    auto pdf = newest_pdf(folder);
    if (!pdf) return false;
    auto read = pdf_text(*pdf);
    if (!read) return false;  // not readable yet: the next turn reads it again
    last_pdf = *pdf;
    last_text = *read;
    return without_blanks(last_text).find(wanted) != std::string::npos;
  };
  if (pump(holds, within)) return "";
  std::string shown = one_line(last_text);
  if (shown.size() > 600) shown = shown.substr(0, 600) + "…";
  return "expected the PDF " + last_pdf.filename().string() + " to hold \"" + text + "\" within " +
         std::to_string(within.count()) + " ms, its text: " + shown;
}

std::string check_paper_holds(const std::function<std::string()>& paper, const std::string& text,
                              std::chrono::milliseconds within, const PumpUntil& pump) {
  std::string printed;
  auto holds = [&] {
    printed = paper();
    return printed_holds(printed, text);
  };
  if (pump(holds, within)) return "";
  return "expected the printed paper to hold \"" + text + "\" within " + std::to_string(within.count()) +
         " ms, it printed: " + printed_excerpt(printed);
}

}  // namespace app::scenario
