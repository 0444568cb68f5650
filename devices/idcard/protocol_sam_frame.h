#pragma once
// The SAM frame protocol of second-generation ID-card readers (GA 450 style), as pure functions:
// no I/O, so the fuzz targets and `onewindow idcard decode` build it alone.
//
//   host → reader: AA AA AA 96 69 | LEN_HI LEN_LO | CMD PARA | DATA… | CHK
//   reader → host: AA AA AA 96 69 | LEN_HI LEN_LO | SW1 SW2 SW3 | DATA… | CHK
// LEN counts every byte after the two length bytes, CHK included; CHK is the XOR of every byte
// after the preamble (length bytes included), CHK excluded.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace devices::idcard {

constexpr std::array<std::uint8_t, 5> kSamPreamble = {0xAA, 0xAA, 0xAA, 0x96, 0x69};
constexpr std::size_t kLengthBytes = 2;
constexpr std::size_t kHeaderBytes = kSamPreamble.size() + kLengthBytes;  // preamble + LEN
constexpr std::size_t kStatusBytes = 3;                                    // SW1 SW2 SW3
constexpr std::size_t kMinResponseBytes = kHeaderBytes + kStatusBytes + 1; // … + CHK
constexpr std::size_t kMinCommandBytes = kHeaderBytes + 3;                 // CMD PARA CHK
constexpr std::size_t kMinLength = 3;  // smallest LEN of any frame (a command: CMD PARA CHK)
// Longest reply we accept: text + photo + fingerprint (256 + 1024 + 1024) plus words and status,
// with room to spare. A longer LEN is treated as corruption, not waited for.
constexpr std::size_t kMaxFrameLength = 4096;

enum class SamCommand {
  ResetSam,            // 10 FF
  SamStatus,           // 11 FF
  ReadSamId,           // 12 FF
  FindCard,            // 20 01 寻卡
  SelectCard,          // 20 02 选卡
  ReadTextPhoto,       // 30 01
  ReadTextPhotoFinger, // 30 10
  ReadAppendedAddress, // 30 03 追加住址 (reply format unverified)
};

std::string_view sam_command_name(SamCommand c);  // "find card", …

// The complete frame to send, preamble and checksum included.
std::vector<std::uint8_t> build_command(SamCommand c);

// SW3 values with a meaning of their own.
namespace sw3 {
constexpr std::uint8_t kOk = 0x90;
constexpr std::uint8_t kCardFound = 0x9F;
constexpr std::uint8_t kChecksumError = 0x10;
constexpr std::uint8_t kLengthError = 0x11;
constexpr std::uint8_t kBadCommand = 0x21;
constexpr std::uint8_t kUnauthorized = 0x23;
constexpr std::uint8_t kUnknownError = 0x24;
constexpr std::uint8_t kCardAuthSamFailed = 0x31;
constexpr std::uint8_t kSamAuthCardFailed = 0x32;
constexpr std::uint8_t kVerifyError = 0x33;
constexpr std::uint8_t kWrongCardType = 0x40;
constexpr std::uint8_t kReadFailed = 0x41;
constexpr std::uint8_t kRandomFailed = 0x47;
constexpr std::uint8_t kSamSelfTestFailed = 0x60;
constexpr std::uint8_t kSamNotAuthorized = 0x66;
constexpr std::uint8_t kNoCard = 0x80;  // after a read: the same card is still there
constexpr std::uint8_t kSelectFailed = 0x81;
constexpr std::uint8_t kNoContent = 0x91;
}  // namespace sw3

// "ok", "card found", "checksum error", …; "unknown status" for values not in the table.
std::string_view sam_status_meaning(std::uint8_t sw3);
// "status 41: read failed"
std::string describe_sam_status(std::uint8_t sw3);

struct SamResponse {
  std::uint8_t sw1 = 0, sw2 = 0, sw3 = 0;
  std::vector<std::uint8_t> data;  // between SW3 and CHK
  bool ok() const { return sw3 == sw3::kOk; }
};

std::uint8_t sam_checksum(std::span<const std::uint8_t> bytes_after_preamble_without_chk);

// Parses exactly one complete response frame. Errors (with the offset or numbers to act on):
// "frame too short: N bytes, a response needs at least 11", "bad preamble at offset N",
// "length says N but M bytes follow", "checksum expected XX got YY".
// Any SW3 is accepted here; callers decide which statuses they expect.
base::Result<SamResponse> parse_response(std::span<const std::uint8_t> frame);

// Checks preamble, length and checksum of one complete frame of either direction.
base::Status verify_frame(std::span<const std::uint8_t> frame, std::size_t min_bytes);

// Parses one complete command frame (the simulator's side).
base::Result<SamCommand> parse_command(std::span<const std::uint8_t> frame);

// Builds a response frame (the simulator's side and tests).
std::vector<std::uint8_t> build_response(std::uint8_t sw3, std::span<const std::uint8_t> data = {},
                                         std::uint8_t sw1 = 0, std::uint8_t sw2 = 0);

// Cuts frames out of a byte stream that may hold garbage, partial frames or several frames.
// Bytes before a preamble are skipped; a frame whose checksum fails is reported once and the
// parser resynchronises on the next preamble after its start; a partial frame is abandoned when a
// complete, valid frame starts inside it (the reader gave up and answered the next command).
class SamStreamParser {
 public:
  void feed(std::span<const std::uint8_t> bytes);
  // The next response, an error for a corrupt one, or nullopt when more bytes are needed.
  std::optional<base::Result<SamResponse>> next();
  // The same for frames of either direction, as verified raw bytes.
  std::optional<base::Result<std::vector<std::uint8_t>>> next_frame();
  void reset();
  std::size_t skipped_bytes() const { return skipped_; }  // garbage dropped so far
  std::size_t buffered() const { return buffer_.size() - start_; }

 private:
  void drop(std::size_t n);
  std::optional<std::size_t> find_preamble(std::size_t from) const;
  std::optional<std::size_t> complete_frame_length(std::size_t at) const;  // incl. header

  static constexpr std::size_t kNoOwner = static_cast<std::size_t>(-1);

  std::vector<std::uint8_t> buffer_;
  std::size_t start_ = 0;  // consumed prefix of buffer_, compacted lazily
  std::size_t skipped_ = 0;
  // Preambles found inside the partial frame starting at inner_owner_, scanned up to inner_scanned_.
  std::size_t inner_owner_ = kNoOwner;
  std::size_t inner_scanned_ = 0;
  std::vector<std::size_t> inner_candidates_;
};

// Converts hex text ("AA AA aa 96 69…", whitespace and newlines ignored) to bytes.
// Errors: "not a hex digit 'g' at character N", "odd number of hex digits (N)".
base::Result<std::vector<std::uint8_t>> parse_hex(std::string_view text);
std::string to_hex(std::span<const std::uint8_t> bytes);  // "AA AA AA 96 69 …"

}  // namespace devices::idcard
