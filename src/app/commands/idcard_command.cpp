// `onewindow idcard decode [FILE|-]` and `onewindow idcard check ID_NUMBER`.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "base/id_number.h"
#include "devices/idcard/protocol.h"
#include "devices/idcard/record_json.h"

namespace app {

namespace {
bool read_all(const std::string& path, std::string& out) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  return true;
}
}  // namespace

// Hex of one complete "read text + photo" response frame → the card as JSON.
int run_idcard_decode(Args args) {
  ArgParser p(args);
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() > 1) return usage_error("idcard decode takes one FILE (or - for stdin)");
  const std::string path = pos.empty() ? "-" : pos[0];
  std::string text;
  if (!read_all(path, text)) return usage_error("cannot read " + path);
  auto bytes = devices::idcard::parse_hex(text);
  if (!bytes) return usage_error(bytes.error().message);
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
    std::printf("invalid: %s\n", problem->message.c_str());
    return kExitNo;
  }
  std::printf("valid\n");
  return kExitOk;
}

}  // namespace app
