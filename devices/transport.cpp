#include "devices/transport.h"

namespace devices {

std::string_view io_error_kind_name(IoErrorKind k) {
  switch (k) {
    case IoErrorKind::Timeout: return "timeout";
    case IoErrorKind::Disconnected: return "disconnected";
    case IoErrorKind::Io: return "i/o error";
  }
  return "i/o error";
}

std::string IoError::describe() const {
  std::string s(io_error_kind_name(kind));
  if (!message.empty()) s += ": " + message;
  return s;
}

}  // namespace devices
