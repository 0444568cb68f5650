// `onewindow idcard decode [FILE|-]` and `onewindow idcard check ID_NUMBER`.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/input_file.h"
#include "base/printable.h"
#include "base/id_number.h"
#include "devices/idcard/protocol.h"
#include "devices/idcard/record_json.h"

namespace app {

namespace {
// A read frame is ~1,300 bytes (2,600 hex digits with spaces ~4 KB); 64 KB of hex is far beyond it.
constexpr std::size_t kMaxHexBytes = 64 * 1024;
}  // namespace

// Hex of one complete "read text + photo" response frame → the card as JSON.
int run_idcard_decode(Args args) {
  ArgParser p(args);
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() > 1) return usage_error("idcard decode takes one FILE (or - for stdin)");
  const std::string path = pos.empty() ? "-" : pos[0];
  auto text = read_input_file(path, kMaxHexBytes, "the hex of one reader frame");
  if (!text) return usage_error(text.error().message);
  auto bytes = devices::idcard::parse_hex(*text);
  if (!bytes) return usage_error(base::printable(path, 120) + ": " + bytes.error().message);
  auto record = devices::idcard::decode_read_frame(*bytes);
  if (!record) return usage_error(record.error().message);
  auto json = devices::idcard::record_to_json(*record);
  if (!json) return usage_error(json.error().message);
  std::fputs(json->c_str(), stdout);
  return kExitOk;
}

// Exit 0 when the number passes GB 11643 (length, characters, birth date, check character).
int run_idcard_check(Args args) {
  ArgParser p(args);
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("idcard check takes one ID_NUMBER");
  if (auto problem = base::check_id_number(pos[0])) {
    std::printf("invalid: %s\n", base::one_line(problem->message).c_str());
    return kExitNo;
  }
  std::printf("valid\n");
  return kExitOk;
}

}  // namespace app
