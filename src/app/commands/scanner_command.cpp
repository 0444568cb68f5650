// `onewindow scanner decode [FILE|-]`: hex HID reports, one per line, to the codes they type.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <variant>
#include <vector>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/input_file.h"
#include "base/printable.h"
#include "base/utf8.h"
#include "app/log.h"
#include "devices/scanner/protocol.h"

namespace app {

namespace {

// Reports in a file carry no times; space them like a fast scanner so none counts as a pause.
constexpr std::chrono::milliseconds kReportSpacing{1};
// One HID report is 8 to 64 bytes: 3 characters of hex each. A longer line is not a report.
constexpr std::size_t kMaxLineBytes = 4096;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "02 00 04 00 00 00 00 00" or "0200040000000000"; spaces and tabs may separate bytes.
base::Result<std::vector<std::uint8_t>> parse_hex_line(const std::string& line) {
  std::vector<std::uint8_t> bytes;
  int high = -1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      if (high >= 0) return base::Error{"column " + std::to_string(i + 1) + ": half a byte"};
      continue;
    }
    const int v = hex_value(c);
    if (v < 0) {
      return base::Error{"column " + std::to_string(base::position_of(line, i).column) + ": '" +
                         base::printable(std::string_view(line).substr(i, base::next_char_boundary(line, i) - i)) + "' is not hex"};
    }
    if (high < 0) {
      high = v;
    } else {
      bytes.push_back(static_cast<std::uint8_t>(high * 16 + v));
      high = -1;
    }
  }
  if (high >= 0) return base::Error{"odd number of hex digits"};
  return bytes;
}

void print_events(const devices::scanner::ScanEvents& events, std::size_t line_no) {
  for (const auto& e : events) {
    if (const auto* code = std::get_if<devices::scanner::ScannedCode>(&e)) {
      std::printf("%s\n", base::printable(code->text, base::kMaxLineChars).c_str());
    } else if (const auto* cut = std::get_if<devices::scanner::CutOffCode>(&e)) {
      log::warn("scanner", "line " + std::to_string(line_no) + ": code cut off, dropped: " + base::printable(cut->partial));
    }
  }
}

}  // namespace

int run_scanner_decode(Args args) {
  ArgParser p(args);
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() > 1) return usage_error("scanner decode takes one FILE (or - for stdin)");
  const std::string path = pos.empty() ? "-" : pos[0];
  auto in = InputFile::open(path);
  if (!in) return usage_error(in.error().message);
  LineReader lines(*in, kMaxLineBytes);

  devices::scanner::ReportDecoder decoder;
  devices::scanner::Timestamp at{};
  std::string line;
  std::size_t line_no = 0;
  devices::scanner::ScanEvents events;
  for (;;) {
    auto more = lines.next(line);
    if (!more) return usage_error(more.error().message);
    if (!*more) break;
    line_no = static_cast<std::size_t>(lines.line_number());
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;  // blank lines and comments
    auto bytes = parse_hex_line(line);
    if (!bytes) return usage_error("line " + std::to_string(line_no) + ": " + bytes.error().message);
    events.clear();
    if (auto fed = decoder.feed(*bytes, at, events); !fed) {
      return usage_error("line " + std::to_string(line_no) + ": " + fed.error().message);
    }
    print_events(events, line_no);
    at += kReportSpacing;
  }
  if (decoder.pending()) {
    log::warn("scanner", "end of input: the last code has no Enter, dropped");
  }
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace app
