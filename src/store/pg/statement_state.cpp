#include "store/pg/statement_state.h"

#include <cstdlib>

namespace store::pg {

void StatementState::bind(int index, std::string_view v) {
  if (index < 1) return;
  if (values.size() < static_cast<std::size_t>(index)) values.resize(static_cast<std::size_t>(index));
  values[static_cast<std::size_t>(index - 1)] = std::string(v);
}

void StatementState::bind_null(int index) {
  if (index < 1) return;
  if (values.size() < static_cast<std::size_t>(index)) values.resize(static_cast<std::size_t>(index));
  values[static_cast<std::size_t>(index - 1)].reset();
}

base::Result<bool> StatementState::step() {
  if (!result) {
    if (sql.empty()) return false;
    if (values.size() < static_cast<std::size_t>(params)) values.resize(static_cast<std::size_t>(params));
    std::vector<const char*> raw;
    raw.reserve(values.size());
    for (const auto& v : values) raw.push_back(v ? v->c_str() : nullptr);
    auto r = session->run(name, sql, prepared_generation, raw, &prepared_generation);
    if (!r) return r.error();
    result = std::move(r.value());
    rows = PQntuples(result.get());
    row = -1;
  }
  if (row + 1 >= rows) {
    row = rows;
    return false;
  }
  ++row;
  return true;
}

void StatementState::reset() {
  result.reset();
  values.clear();
  row = -1;
  rows = 0;
}

std::string_view StatementState::text(int col) const {
  if (!result || row < 0 || row >= rows) return {};
  return std::string_view(PQgetvalue(result.get(), row, col),
                          static_cast<std::size_t>(PQgetlength(result.get(), row, col)));
}

std::int64_t StatementState::int64(int col) const {
  if (!result || row < 0 || row >= rows) return 0;
  return std::strtoll(PQgetvalue(result.get(), row, col), nullptr, 10);
}

}  // namespace store::pg
