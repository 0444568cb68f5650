#include "devices/idcard/protocol_text_block.h"

#include "base/id_number.h"
#include "base/utf8.h"
#include "devices/idcard/protocol_card_tables.h"

namespace devices::idcard {

namespace {

struct Field {
  std::size_t offset, bytes;
};

// Resident card (and the J permit for bytes 0–219).
constexpr Field kName{0, 30}, kGender{30, 2}, kNation{32, 4}, kBirth{36, 16}, kAddress{52, 70},
    kIdNumber{122, 36}, kAuthority{158, 30}, kValidFrom{188, 16}, kValidTo{204, 16};
// J permit.
constexpr Field kPassNumber{220, 18}, kTimesIssued{238, 4};
// I card (2017).
constexpr Field kI_EnglishName{0, 120}, kI_Gender{120, 2}, kI_Number{122, 30}, kI_Nationality{152, 6},
    kI_Name{158, 30}, kI_ValidFrom{188, 16}, kI_ValidTo{204, 16}, kI_Birth{220, 16}, kI_Version{236, 4},
    kI_Authority{240, 8};
// Y card (2023; one source only).
constexpr Field kY_Name{0, 30}, kY_Gender{30, 2}, kY_TimesRenewed{32, 4}, kY_Birth{36, 16},
    kY_EnglishFirst{52, 70}, kY_Number{122, 36}, kY_ValidFrom{188, 16}, kY_ValidTo{204, 16},
    kY_EnglishRest{220, 22}, kY_Nationality{242, 6};

bool is_padding(char32_t c) { return c == U' ' || c == 0 || c == 0x3000; }

std::string trim(std::string s) {
  auto cps = base::decode_utf8(s);
  std::size_t b = 0, e = cps.size();
  while (b < e && is_padding(cps[b])) ++b;
  while (e > b && is_padding(cps[e - 1])) --e;
  return base::encode_utf8(std::u32string(cps.begin() + static_cast<std::ptrdiff_t>(b),
                                          cps.begin() + static_cast<std::ptrdiff_t>(e)));
}

std::string raw(std::span<const std::uint8_t> block, Field f) {
  return decode_ucs2le(block.subspan(f.offset, f.bytes));
}
std::string text(std::span<const std::uint8_t> block, Field f) { return trim(raw(block, f)); }

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// YYYYMMDD → YYYY-MM-DD; anything else (长期, a damaged field) is kept as read.
std::string iso_date(std::string s) {
  if (s.size() == 8 && all_digits(s)) return s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
  return s;
}
std::string compact_date(std::string_view s) {
  if (s.size() == 10 && s[4] == '-' && s[7] == '-')
    return std::string(s.substr(0, 4)) + std::string(s.substr(5, 2)) + std::string(s.substr(8, 2));
  return std::string(s);
}

void put(std::array<std::uint8_t, kTextBlockBytes>& block, Field f, std::string_view utf8) {
  auto bytes = encode_ucs2le_padded(utf8, f.bytes);
  std::copy(bytes.begin(), bytes.end(), block.begin() + static_cast<std::ptrdiff_t>(f.offset));
}

}  // namespace

std::string decode_ucs2le(std::span<const std::uint8_t> bytes) {
  std::string out;
  out.reserve(bytes.size());
  const std::size_t units = bytes.size() / 2;
  for (std::size_t i = 0; i < units; ++i) {
    const char32_t u = bytes[2 * i] | (char32_t{bytes[2 * i + 1]} << 8);
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
      const char32_t lo = bytes[2 * i + 2] | (char32_t{bytes[2 * i + 3]} << 8);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        base::append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        ++i;
        continue;
      }
    }
    base::append_utf8(out, (u >= 0xD800 && u <= 0xDFFF) ? base::kReplacementChar : u);
  }
  return out;
}

std::vector<std::uint8_t> encode_ucs2le_padded(std::string_view utf8, std::size_t bytes) {
  std::vector<std::uint8_t> out;
  out.reserve(bytes);
  auto put16 = [&](char32_t u) {
    out.push_back(static_cast<std::uint8_t>(u & 0xFF));
    out.push_back(static_cast<std::uint8_t>(u >> 8));
  };
  for (char32_t cp : base::decode_utf8(utf8)) {
    const std::size_t need = cp > 0xFFFF ? 4 : 2;
    if (out.size() + need > bytes) break;
    if (cp > 0xFFFF) {
      put16(0xD800 + ((cp - 0x10000) >> 10));
      put16(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      put16(cp);
    }
  }
  while (out.size() + 2 <= bytes) put16(U' ');
  if (out.size() < bytes) out.push_back(' ');
  return out;
}

base::CardType card_type_of(std::span<const std::uint8_t> block) {
  if (block.size() <= kCardTypeOffset) return base::CardType::Resident;
  switch (block[kCardTypeOffset]) {
    case 'J': return base::CardType::HkMacauTaiwan;
    case 'I': return base::CardType::Foreign2017;
    case 'Y': return base::CardType::Foreign2023;
    default: return base::CardType::Resident;
  }
}

std::string_view card_type_key(base::CardType t) {
  switch (t) {
    case base::CardType::Resident: return "resident";
    case base::CardType::HkMacauTaiwan: return "hk_macau_taiwan";
    case base::CardType::Foreign2017: return "foreign_2017";
    case base::CardType::Foreign2023: return "foreign_2023";
  }
  return "resident";
}

bool is_valid_foreign_2017_number(std::string_view n) {
  if (n.size() != 15) return false;
  for (std::size_t i = 0; i < 3; ++i)
    if (n[i] < 'A' || n[i] > 'Z') return false;
  return all_digits(n.substr(3));
}

base::Result<base::IdCardRecord> decode_text_block(std::span<const std::uint8_t> b) {
  if (b.size() != kTextBlockBytes)
    return base::Error{"text block is " + std::to_string(b.size()) + " bytes, expected " +
                       std::to_string(kTextBlockBytes)};
  base::IdCardRecord r;
  r.card_type = card_type_of(b);
  switch (r.card_type) {
    case base::CardType::Resident:
    case base::CardType::HkMacauTaiwan: {
      r.name = text(b, kName);
      r.gender = std::string(gender_name(text(b, kGender)));
      const std::string nation = text(b, kNation);
      // The J permit has no nation: blank is normal. An unknown code is kept so it can be seen.
      if (!nation.empty()) r.nation = std::string(nation_name(nation).value_or(nation));
      r.birth = iso_date(text(b, kBirth));
      r.address = text(b, kAddress);
      r.id_number = base::normalize_id_number(text(b, kIdNumber));
      r.authority = text(b, kAuthority);
      r.valid_from = iso_date(text(b, kValidFrom));
      r.valid_to = iso_date(text(b, kValidTo));
      if (r.card_type == base::CardType::HkMacauTaiwan) {
        r.pass_number = text(b, kPassNumber);
        r.times_issued = text(b, kTimesIssued);
      }
      r.id_number_valid = base::is_valid_id_number(r.id_number);
      break;
    }
    case base::CardType::Foreign2017:
      r.english_name = text(b, kI_EnglishName);
      r.gender = std::string(gender_name(text(b, kI_Gender)));
      r.id_number = text(b, kI_Number);
      r.nationality = text(b, kI_Nationality);
      r.name = text(b, kI_Name);
      r.valid_from = iso_date(text(b, kI_ValidFrom));
      r.valid_to = iso_date(text(b, kI_ValidTo));
      r.birth = iso_date(text(b, kI_Birth));
      (void)kI_Version;  // card version: no field in IdCardRecord yet
      r.authority = text(b, kI_Authority);
      r.id_number_valid = is_valid_foreign_2017_number(r.id_number);
      break;
    case base::CardType::Foreign2023:
      r.name = text(b, kY_Name);
      r.gender = std::string(gender_name(text(b, kY_Gender)));
      r.times_issued = text(b, kY_TimesRenewed);  // "times renewed" on this card
      r.birth = iso_date(text(b, kY_Birth));
      // The English name runs on from the first field into the second without a separator.
      r.english_name = trim(raw(b, kY_EnglishFirst) + raw(b, kY_EnglishRest));
      r.id_number = base::normalize_id_number(text(b, kY_Number));
      r.valid_from = iso_date(text(b, kY_ValidFrom));
      r.valid_to = iso_date(text(b, kY_ValidTo));
      r.nationality = text(b, kY_Nationality);
      r.id_number_valid = base::is_valid_id_number(r.id_number);
      break;
  }
  return r;
}

std::array<std::uint8_t, kTextBlockBytes> encode_text_block(const base::IdCardRecord& r) {
  std::array<std::uint8_t, kTextBlockBytes> b{};
  put(b, {0, kTextBlockBytes}, "");
  switch (r.card_type) {
    case base::CardType::Resident:
    case base::CardType::HkMacauTaiwan:
      put(b, kName, r.name);
      put(b, kGender, gender_code(r.gender));
      put(b, kNation, r.nation.empty() ? "" : nation_code(r.nation).value_or(r.nation));
      put(b, kBirth, compact_date(r.birth));
      put(b, kAddress, r.address);
      put(b, kIdNumber, r.id_number);
      put(b, kAuthority, r.authority);
      put(b, kValidFrom, compact_date(r.valid_from));
      put(b, kValidTo, compact_date(r.valid_to));
      if (r.card_type == base::CardType::HkMacauTaiwan) {
        put(b, kPassNumber, r.pass_number);
        put(b, kTimesIssued, r.times_issued);
        b[kCardTypeOffset] = 'J';
      }
      break;
    case base::CardType::Foreign2017:
      put(b, kI_EnglishName, r.english_name);
      put(b, kI_Gender, gender_code(r.gender));
      put(b, kI_Number, r.id_number);
      put(b, kI_Nationality, r.nationality);
      put(b, kI_Name, r.name);
      put(b, kI_ValidFrom, compact_date(r.valid_from));
      put(b, kI_ValidTo, compact_date(r.valid_to));
      put(b, kI_Birth, compact_date(r.birth));
      put(b, kI_Version, "10");
      put(b, kI_Authority, r.authority);
      b[kCardTypeOffset] = 'I';
      break;
    case base::CardType::Foreign2023: {
      put(b, kY_Name, r.name);
      put(b, kY_Gender, gender_code(r.gender));
      put(b, kY_TimesRenewed, r.times_issued);
      put(b, kY_Birth, compact_date(r.birth));
      // Split the English name at the first field's capacity (35 UCS-2 units).
      const auto cps = base::decode_utf8(r.english_name);
      const std::size_t first_chars = kY_EnglishFirst.bytes / 2;
      const std::size_t cut = std::min(cps.size(), first_chars);
      put(b, kY_EnglishFirst, base::encode_utf8(std::u32string(cps.begin(), cps.begin() + static_cast<std::ptrdiff_t>(cut))));
      put(b, kY_EnglishRest, base::encode_utf8(std::u32string(cps.begin() + static_cast<std::ptrdiff_t>(cut), cps.end())));
      put(b, kY_Number, r.id_number);
      put(b, kY_ValidFrom, compact_date(r.valid_from));
      put(b, kY_ValidTo, compact_date(r.valid_to));
      put(b, kY_Nationality, r.nationality);
      b[kCardTypeOffset] = 'Y';
      break;
    }
  }
  return b;
}

}  // namespace devices::idcard
