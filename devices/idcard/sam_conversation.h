#pragma once
// One command and its reply over a Transport: the only place the ID-card driver touches bytes.
#include <chrono>
#include <memory>

#include "devices/idcard/sam_frame.h"
#include "devices/transport.h"

namespace devices::idcard {

class SamConversation {
 public:
  explicit SamConversation(std::shared_ptr<Transport> transport) : transport_(std::move(transport)) {}

  // Sends `command`, waits up to `timeout` for one complete reply. Errors: Disconnected (device
  // gone), Timeout (no complete reply in time), Io (write failed, or the reply was corrupt: the
  // message names the command and what was wrong, e.g. "read text and photo: checksum expected 3A got 00").
  IoResult<SamResponse> exchange(SamCommand command, std::chrono::milliseconds timeout);

  Transport& transport() { return *transport_; }

 private:
  std::shared_ptr<Transport> transport_;
  SamStreamParser parser_;
};

}  // namespace devices::idcard
