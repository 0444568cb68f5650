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

}  // namespace core
