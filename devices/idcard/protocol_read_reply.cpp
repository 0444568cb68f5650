#include "devices/idcard/protocol_read_reply.h"

#include "devices/idcard/protocol_text_block.h"

namespace devices::idcard {

namespace {
std::size_t word_at(std::span<const std::uint8_t> d, std::size_t at) {
  return (std::size_t{d[at]} << 8) | d[at + 1];
}
void push_word(std::vector<std::uint8_t>& out, std::size_t v) {
  out.push_back(static_cast<std::uint8_t>(v >> 8));
  out.push_back(static_cast<std::uint8_t>(v & 0xFF));
}
}  // namespace

base::Result<CardBlocks> split_read_reply(std::span<const std::uint8_t> d, bool with_fingerprint) {
  const std::size_t words = with_fingerprint ? 3 : 2;
  if (d.size() < 2 * words)
    return base::Error{"read reply data is " + std::to_string(d.size()) + " bytes, too short for its " +
                       std::to_string(words) + " length words"};
  const std::size_t text_len = word_at(d, 0), photo_len = word_at(d, 2);
  const std::size_t finger_len = with_fingerprint ? word_at(d, 4) : 0;
  const std::size_t body = d.size() - 2 * words;
  if (text_len + photo_len + finger_len != body)
    return base::Error{"length words say " + std::to_string(text_len) + "+" + std::to_string(photo_len) +
                       (with_fingerprint ? "+" + std::to_string(finger_len) : std::string()) + " bytes but " +
                       std::to_string(body) + " follow"};
  CardBlocks b;
  auto rest = d.subspan(2 * words);
  b.text.assign(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(text_len));
  rest = rest.subspan(text_len);
  b.photo.assign(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(photo_len));
  rest = rest.subspan(photo_len);
  b.fingerprint.assign(rest.begin(), rest.end());
  return b;
}

base::Result<base::IdCardRecord> decode_read_reply(const SamResponse& reply, bool with_fingerprint) {
  if (!reply.ok()) return base::Error{describe_sam_status(reply.sw3)};
  auto blocks = split_read_reply(reply.data, with_fingerprint);
  if (!blocks) return blocks.error();
  auto record = decode_text_block(blocks->text);
  if (!record) return record.error();
  record->photo = std::move(blocks->photo);
  return record;
}

base::Result<base::IdCardRecord> decode_read_frame(std::span<const std::uint8_t> frame) {
  auto reply = parse_response(frame);
  if (!reply) return reply.error();
  return decode_read_reply(*reply);
}

base::Result<std::string> decode_appended_address(const SamResponse& reply) {
  if (reply.sw3 == sw3::kNoContent) return std::string();
  if (!reply.ok()) return base::Error{describe_sam_status(reply.sw3)};
  std::string text = decode_ucs2le(reply.data);
  const auto last = text.find_last_not_of(std::string(" \0", 2));
  text.erase(last == std::string::npos ? 0 : last + 1);
  return text;
}

std::vector<std::uint8_t> build_read_reply_data(std::span<const std::uint8_t> text,
                                                std::span<const std::uint8_t> photo,
                                                std::span<const std::uint8_t> fingerprint) {
  std::vector<std::uint8_t> out;
  push_word(out, text.size());
  push_word(out, photo.size());
  if (!fingerprint.empty()) push_word(out, fingerprint.size());
  out.insert(out.end(), text.begin(), text.end());
  out.insert(out.end(), photo.begin(), photo.end());
  out.insert(out.end(), fingerprint.begin(), fingerprint.end());
  return out;
}

}  // namespace devices::idcard
