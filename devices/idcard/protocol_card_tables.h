#pragma once
// Code tables printed on (or implied by) the card: gender (GB/T 2261.1) and nation (GB 3304).
#include <optional>
#include <string>
#include <string_view>

namespace devices::idcard {

// "1" → 男, "2" → 女, "0" → 未知, "9" → 未说明; anything else → 未知.
std::string_view gender_name(std::string_view code);
// The code for a gender name (the reverse of gender_name; "0" for anything unknown).
std::string_view gender_code(std::string_view name);

// "01" → 汉 … "98" → 外国血统中国籍人士; nullopt for a code not in GB 3304.
std::optional<std::string_view> nation_name(std::string_view code);
// "汉" → "01"; nullopt when the name is not in the table.
std::optional<std::string_view> nation_code(std::string_view name);

}  // namespace devices::idcard
