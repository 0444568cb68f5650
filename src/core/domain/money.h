#pragma once
// Amounts are integer fen (分) everywhere; yuan with up to two decimals only at the edges.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core {

using Fen = std::int64_t;
inline constexpr Fen kFenPerYuan = 100;
inline constexpr Fen kMaxAmountFen = Fen{100'000'000} * kFenPerYuan;  // 1 亿元: above is a typo

// "528", "528.5", "528.50" → 52850. No sign, no thousands separators, at most two decimals.
std::optional<Fen> parse_yuan(std::string_view text);
// 52850 → "528.50"
std::string format_yuan(Fen fen);

}  // namespace core
