#pragma once
// Reads an .xlsx back with an independent reader (openpyxl, through xlsx_dump.py beside this file)
// as JSON: see xlsx_dump.py for the shape. A missing python3-openpyxl fails the test.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "../command_run.h"

namespace xlsx_test {

inline nlohmann::json read_xlsx(const std::filesystem::path& file) {
  const std::string script = std::string(ONEWINDOW_SOURCE_DIR) + "/tests/app/xlsx/xlsx_dump.py";
  // Debian's own python3, where python3-openpyxl is installed (not whatever python3 is first on PATH).
  auto r = cli_test::run_command("/usr/bin/python3 '" + script + "' '" + file.string() + "'");
  REQUIRE_MESSAGE(r.exit_code == 0, "reading " << file << " back: " << r.err);
  return nlohmann::json::parse(r.out);
}

// The cell at (row, col) of a sheet of read_xlsx's document (null when empty or beyond the row).
inline nlohmann::json cell(const nlohmann::json& sheet, std::size_t row, std::size_t col) {
  const auto& rows = sheet.at("rows");
  if (row >= rows.size() || col >= rows[row].size()) return nullptr;
  return rows[row][col];
}

}  // namespace xlsx_test
