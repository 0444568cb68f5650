#pragma once
// A person the hall knows, and the household (户) benefits such as 低保 are granted to (按户施保).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// Stored words, as the ID card and the household register write them.
inline constexpr std::string_view kSelfRelation = "本人";  // the applicant's own household row
inline constexpr std::string_view kMale = "男";
inline constexpr std::string_view kFemale = "女";

// 男 or 女 from the 17th character of an ID number (odd for men, GB 11643). Precondition: at least
// 17 characters, the 17th a digit.
inline std::string_view gender_of_id_number(std::string_view id) { return (id[16] - '0') % 2 == 1 ? kMale : kFemale; }

struct Resident {
  std::string id_number;  // 18 characters, normalised (upper-case X)
  std::string name;       // UTF-8, rare characters kept as they are
  std::string gender;     // 男 / 女
  std::string birth;      // YYYY-MM-DD
  std::string address;
  std::string phone;
  bool operator==(const Resident&) const = default;
};

// How a member relates to the household head / applicant (与申请人关系), and what the counter
// records about them at intake (issue 9, step 3). Every field after `relation` has a default
// (written with `{}` for strings so `HouseholdMember{id, relation}` stays warning-free).
struct HouseholdMember {
  std::string id_number;
  std::string relation;  // 本人, 配偶, 子女, 父母, 孙子女, 兄弟姐妹, 其他
  std::string name{};    // UTF-8, as on the card or typed
  bool lives_in_household = true;     // 是否共同生活
  std::string disability_cert_no{};   // 残疾人证号, empty when none
  std::int64_t monthly_income_fen = 0;  // 月收入, in fen (分)
  bool operator==(const HouseholdMember&) const = default;
};

struct Household {
  std::string household_no;  // 户编号 as the county assigns it
  std::string head_id_number;
  std::string address;
  std::vector<HouseholdMember> members;
};

}  // namespace core
