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

// One record at a time, for files read a line at a time (rosters of a million rows): splits
// `record` (one or more physical lines joined by '\n', without the final line end) at `separator`
// (',' or '\t'), with the quoting rules above.
enum class CsvSplit { Ok, NeedMoreLines, Bad };
struct CsvSplitResult {
  CsvSplit status = CsvSplit::Ok;
  int column = 0;      // Bad: the 1-based field
  int line_offset = 0; // Bad: lines after the record's first where the problem is
  std::string reason;  // Bad
};
// NeedMoreLines: a quoted field is still open at the end; append '\n' and the next line, call again.
CsvSplitResult split_csv_record(std::string_view record, char separator, std::vector<std::string>& fields);

// Physical lines in, records out: joins the lines of a quoted field that spans them (up to
// max_record_bytes), and remembers the line each record starts on.
class CsvRecordReader {
 public:
  CsvRecordReader(char separator, std::size_t max_record_bytes) : sep_(separator), max_(max_record_bytes) {}
  enum class Step { Record, NeedMore, Problem };
  // One physical line (without its line end), numbered `line`. Record: `fields` holds it; Problem:
  // `problem` says what and where (the record is dropped).
  Step feed(std::string_view line, int line_no, std::vector<std::string>& fields, CsvProblem& problem);
  // At the end of the input: a quoted field still open is a problem.
  bool finish(CsvProblem& problem);
  int record_line() const { return start_; }

 private:
  char sep_;
  std::size_t max_;
  std::string pending_;
  bool open_ = false;
  int start_ = 0;
};

}  // namespace core
