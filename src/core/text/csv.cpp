#include "core/text/csv.h"

namespace core {

CsvParse parse_csv(std::string_view text) {
  CsvParse out;
  int line = 1;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    CsvRecord rec;
    rec.line = line;
    rec.fields.reserve(out.records.empty() ? 8 : out.records.front().fields.size());
    std::string field;
    bool bad = false;
    bool end_of_record = false;
    while (!end_of_record) {
      field.clear();
      int column = static_cast<int>(rec.fields.size()) + 1;
      if (i < n && text[i] == '"') {
        ++i;
        bool closed = false;
        while (i < n) {
          char c = text[i];
          if (c == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field.push_back('"');
              i += 2;
              continue;
            }
            ++i;
            closed = true;
            break;
          }
          if (c == '\n') ++line;
          field.push_back(c);
          ++i;
        }
        if (!closed) {
          out.problems.push_back({rec.line, column, "quoted field is never closed"});
          return out;
        }
        if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          if (!bad) out.problems.push_back({line, column, "text after the closing quote"});
          bad = true;
          while (i < n && text[i] != ',' && text[i] != '\n') ++i;
        }
      } else {
        // Unquoted (nearly every field): find its end, then copy it in one go.
        const std::size_t start = i;
        while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"' && !bad) {
            out.problems.push_back({line, column, "quote inside an unquoted field"});
            bad = true;
          }
          ++i;
        }
        field.assign(text.data() + start, i - start);
      }
      rec.fields.emplace_back(field);
      if (i < n && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < n && text[i] == '\r') ++i;
      if (i < n && text[i] == '\n') ++i;
      ++line;
      end_of_record = true;
    }
    bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
    if (!bad && !blank) out.records.push_back(std::move(rec));
  }
  return out;
}

CsvSplitResult split_csv_record(std::string_view text, char sep, std::vector<std::string>& fields) {
  fields.clear();
  CsvSplitResult out;
  int line = 0;
  std::size_t i = 0;
  const std::size_t n = text.size();
  for (;;) {
    const int column = static_cast<int>(fields.size()) + 1;
    std::string& field = fields.emplace_back();
    if (i < n && text[i] == '"') {
      ++i;
      bool closed = false;
      while (i < n) {
        const char c = text[i];
        if (c == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        if (c == '\n') ++line;
        field.push_back(c);
        ++i;
      }
      if (!closed) return {CsvSplit::NeedMoreLines, column, line, "quoted field is never closed"};
      if (i < n && text[i] != sep) return {CsvSplit::Bad, column, line, "text after the closing quote"};
    } else {
      const std::size_t start = i;
      while (i < n && text[i] != sep) {
        if (text[i] == '"') return {CsvSplit::Bad, column, line, "quote inside an unquoted field"};
        ++i;
      }
      field.assign(text.data() + start, i - start);
    }
    if (i >= n) return out;
    ++i;  // the separator
  }
}

CsvRecordReader::Step CsvRecordReader::feed(std::string_view line, int line_no, std::vector<std::string>& fields,
                                             CsvProblem& problem) {
  std::string_view record = line;
  if (open_) {
    pending_ += '\n';
    pending_.append(line);
    record = pending_;
  } else {
    start_ = line_no;
  }
  const auto r = split_csv_record(record, sep_, fields);
  if (r.status == CsvSplit::Ok) {
    open_ = false;
    pending_.clear();
    return Step::Record;
  }
  if (r.status == CsvSplit::NeedMoreLines) {
    if (record.size() > max_) {
      open_ = false;
      pending_.clear();
      problem = {start_, r.column, "quoted field is never closed (or longer than " + std::to_string(max_ / 1024) + " KB)"};
      return Step::Problem;
    }
    if (!open_) pending_.assign(line);
    open_ = true;
    return Step::NeedMore;
  }
  open_ = false;
  pending_.clear();
  problem = {start_ + r.line_offset, r.column, r.reason};
  return Step::Problem;
}

bool CsvRecordReader::finish(CsvProblem& problem) {
  if (!open_) return true;
  open_ = false;
  pending_.clear();
  problem = {start_, 0, "quoted field is never closed"};
  return false;
}

}  // namespace core
