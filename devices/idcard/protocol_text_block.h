#pragma once
// The 256-byte text block of a second-generation card: UCS-2 little endian, fixed fields padded
// with spaces. The byte at offset 248 names the layout: space (resident card), 'J' (Hong Kong /
// Macau / Taiwan residence permit), 'I' (2017 foreigner permanent residence card), 'Y' (2023).
// Surrogate pairs are decoded, so CJK Extension B names (𠀾) survive.
#include <array>
#include <cstdint>
#include <span>
#include <string>

#include "base/id_card_record.h"
#include "base/result.h"

namespace devices::idcard {

constexpr std::size_t kTextBlockBytes = 256;
constexpr std::size_t kPhotoBytes = 1024;
constexpr std::size_t kCardTypeOffset = 248;

// UCS-2LE (with surrogate pairs) to UTF-8; a lone surrogate becomes U+FFFD, an odd last byte is
// ignored. Nothing is trimmed.
std::string decode_ucs2le(std::span<const std::uint8_t> bytes);
// UTF-8 to UCS-2LE padded with spaces to exactly `bytes` bytes (cut at a character boundary).
std::vector<std::uint8_t> encode_ucs2le_padded(std::string_view utf8, std::size_t bytes);

base::CardType card_type_of(std::span<const std::uint8_t> text_block);
std::string_view card_type_key(base::CardType t);  // "resident", "hk_macau_taiwan", "foreign_2017", "foreign_2023"

// Decodes every field of the block into a record (photo left empty). Text is trimmed of padding,
// dates become YYYY-MM-DD (长期 stays), gender and nation codes become names, and id_number_valid
// says whether the number passes its check (GB 11643 for resident, J and Y cards).
// Error only when the block is not 256 bytes.
base::Result<base::IdCardRecord> decode_text_block(std::span<const std::uint8_t> text_block);

// The reverse, for the simulator and tests: lays a record out as its card type's block.
std::array<std::uint8_t, kTextBlockBytes> encode_text_block(const base::IdCardRecord& record);

// Whether a 2017 foreigner card number has the expected shape: 3 letters (nationality) then 12
// digits. The check-digit rule of that card is not public, so only the shape is checked.
bool is_valid_foreign_2017_number(std::string_view number);

}  // namespace devices::idcard
