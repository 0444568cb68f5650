// LISTEN/NOTIFY on a store connection (store/pg/session.h): the back office's queue refreshes when
// the hall store says something changed.
#include <poll.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "store/pg/session.h"

namespace store::pg {

base::Status Session::listen(std::string_view channel) {
  // Channel names are the program's own constants; refuse anything that would need quoting.
  if (channel.empty() || channel.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string_view::npos)
    return base::Error{"not a channel name: " + std::string(channel)};
  return exec("LISTEN " + std::string(channel));
}

base::Result<int> Session::await_notifications(int timeout_ms) {
  auto lost = [&] { return base::Error{"lost the connection to the store " + where_ + ": " + error_message()}; };
  auto drain = [&] {
    int count = 0;
    while (PGnotify* n = PQnotifies(conn_)) {
      PQfreemem(n);
      ++count;
    }
    return count;
  };
  if (PQstatus(conn_) != CONNECTION_OK) return lost();
  // Notices may already be buffered (they arrive with any answer, LISTEN's own included).
  if (!PQconsumeInput(conn_)) return lost();
  if (int n = drain()) return n;
  pollfd p{PQsocket(conn_), POLLIN, 0};
  if (p.fd < 0) return lost();
  const int ready = ::poll(&p, 1, timeout_ms);
  if (ready < 0) {
    if (errno == EINTR) return 0;
    return base::Error{std::string("waiting for the store's notices: ") + std::strerror(errno)};
  }
  if (ready == 0) return 0;
  if (!PQconsumeInput(conn_)) return lost();
  return drain();
}

}  // namespace store::pg
