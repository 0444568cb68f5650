#pragma once
// The data of a "read text + photo" reply: big-endian length words (text, photo[, fingerprint])
// followed by the blocks themselves, turned into an IdCardRecord.
#include <cstdint>
#include <span>
#include <vector>

#include "base/id_card_record.h"
#include "base/result.h"
#include "devices/idcard/protocol_sam_frame.h"

namespace devices::idcard {

struct CardBlocks {
  std::vector<std::uint8_t> text, photo, fingerprint;
};

// Splits the reply data. `with_fingerprint` selects the three-word layout of command 30 10.
// Errors: "read reply data too short for its length words", "text block says N bytes but M remain", …
base::Result<CardBlocks> split_read_reply(std::span<const std::uint8_t> data, bool with_fingerprint = false);

// A whole parsed reply to "read text + photo": the status must be 90, the text 256 bytes.
base::Result<base::IdCardRecord> decode_read_reply(const SamResponse& reply, bool with_fingerprint = false);

// Parses one complete frame and decodes it (what `onewindow idcard decode` does). Errors name the
// frame problem, the status and its meaning, or the data problem.
base::Result<base::IdCardRecord> decode_read_frame(std::span<const std::uint8_t> frame);

// The reply to "read appended address" (30 03): the extra address text a police station added
// after issue, as UCS-2LE (format unverified: logged as read). Status 91 (no content) is an empty
// address, not an error.
base::Result<std::string> decode_appended_address(const SamResponse& reply);

// The reply data for a card (simulator and tests): words, text block, photo (fingerprint if any).
std::vector<std::uint8_t> build_read_reply_data(std::span<const std::uint8_t> text,
                                                std::span<const std::uint8_t> photo,
                                                std::span<const std::uint8_t> fingerprint = {});

}  // namespace devices::idcard
