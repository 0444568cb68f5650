#include "core/domain/money.h"

namespace core {

std::optional<Fen> parse_yuan(std::string_view text) {
  if (text.empty()) return std::nullopt;
  Fen whole = 0;
  std::size_t i = 0;
  for (; i < text.size() && text[i] != '.'; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    whole = whole * 10 + (text[i] - '0');
    if (whole * kFenPerYuan > kMaxAmountFen) return std::nullopt;
  }
  if (i == 0) return std::nullopt;
  Fen frac = 0;
  if (i < text.size()) {
    std::size_t decimals = text.size() - i - 1;
    if (decimals == 0 || decimals > 2) return std::nullopt;
    for (std::size_t j = i + 1; j < text.size(); ++j) {
      if (text[j] < '0' || text[j] > '9') return std::nullopt;
      frac = frac * 10 + (text[j] - '0');
    }
    if (decimals == 1) frac *= 10;
  }
  return whole * kFenPerYuan + frac;
}

std::string format_yuan(Fen fen) {
  std::string sign = fen < 0 ? "-" : "";
  if (fen < 0) fen = -fen;
  std::string cents = std::to_string(fen % kFenPerYuan);
  if (cents.size() < 2) cents.insert(0, "0");
  return sign + std::to_string(fen / kFenPerYuan) + "." + cents;
}

}  // namespace core
