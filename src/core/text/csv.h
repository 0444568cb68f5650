#pragma once
// RFC 4180 CSV as the county's spreadsheets export it: comma-separated, fields optionally in double
// quotes ("" inside quotes is a quote; quoted fields may hold commas and line breaks), CRLF or LF.
// Records remember the physical line they start on, so an error report names the line a person
// sees in a text editor (the header being line 1).
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct CsvRecord {
  int line = 0;  // physical line (1-based) where the record starts
  std::vector<std::string> fields;
};

struct CsvProblem {
  int line = 0;
  int column = 0;  // 1-based field number
  std::string reason;
};

struct CsvParse {
  std::vector<CsvRecord> records;    // well-formed records; blank lines are skipped
  std::vector<CsvProblem> problems;  // quoting errors; the offending record is left out
};

CsvParse parse_csv(std::string_view text);

}  // namespace core
