#pragma once
// The scenario runner's checks on what a terminal put out (app/scenario/runner.cpp): `expect pdf`
// (the newest PDF in the export folder, read back with pdftotext) and `expect printed` (the
// simulated printer's paper). Each waits, turning the terminal's loop through `pump`, for the text
// to appear; the answer is "" when it did, else what was expected and what was there, for the
// failure line.
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace app::scenario {

// Turns the loop until `done` or `limit` has passed; false when it had not come.
using PumpUntil = std::function<bool(const std::function<bool()>& done, std::chrono::milliseconds limit)>;

std::string check_pdf_holds(const std::filesystem::path& folder, const std::string& text, std::chrono::milliseconds within,
                            const PumpUntil& pump);
// `paper()`: the printer's words so far (app::slip::printed_text).
std::string check_paper_holds(const std::function<std::string()>& paper, const std::string& text,
                              std::chrono::milliseconds within, const PumpUntil& pump);

}  // namespace app::scenario
