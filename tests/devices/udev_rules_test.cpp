// assets/udev/70-onewindow.rules against the device registry: every rule the terminal matches a
// device by (the ID-card readers, the scanners, the printer class) gives the `onewindow` user the
// device, and every keyboard-mode scanner is kept from typing into the desktop. Debian 12's udev
// (252) has no `udevadm verify`: the syntax is checked here by a parser of udev's rule grammar,
// and the package test (tests/package/deb_install_test.sh) also has udev's own parser read it.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "devices/printer/printer_usb_rules.h"
#include "devices/scanner/scanner_usb_rules.h"
#include "devices/usb/usb_registry.h"

namespace {

struct Pair {
  std::string key, attr, op, value;
};
struct Rule {
  int line = 0;
  std::string section;  // the LABEL above it ("" before the first)
  std::vector<Pair> pairs;
  bool has(const std::string& key, const std::string& attr, const std::string& op, const std::string& value) const {
    for (const auto& p : pairs)
      if (p.key == key && p.attr == attr && p.op == op && p.value == value) return true;
    return false;
  }
};

// udev's grammar: KEY[{attr}] OP "value", pairs separated by commas; only the keys the file uses.
std::vector<Rule> parse_rules(const std::string& file) {
  static const std::set<std::string> kMatch = {"ACTION", "SUBSYSTEM", "ENV", "ATTR", "ATTRS"};
  static const std::set<std::string> kAssign = {"ENV", "MODE", "GROUP", "GOTO", "LABEL"};
  static const std::regex kPair(R"(^\s*([A-Z_]+)(\{([A-Za-z0-9_]+)\})?\s*(==|!=|\+=|-=|:=|=)\s*\"([^\"]*)\"\s*$)");
  std::ifstream in(file);
  REQUIRE_MESSAGE(in.good(), file);
  std::vector<Rule> rules;
  std::string line, section;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t") == std::string::npos || line[line.find_first_not_of(" \t")] == '#') continue;
    Rule r;
    r.line = n;
    std::size_t start = 0;
    for (;;) {
      // A comma inside quotes is part of the value.
      std::size_t end = start;
      bool quoted = false;
      while (end < line.size() && (quoted || line[end] != ',')) quoted ^= line[end++] == '"';
      const std::string part = line.substr(start, end - start);
      std::smatch m;
      INFO("line " << n << ": " << line);
      REQUIRE_MESSAGE(std::regex_match(part, m, kPair), ("not KEY{attr}OP\"value\": \"" + part + "\""));
      Pair p{m[1], m[3], m[4], m[5]};
      const bool match = p.op == "==" || p.op == "!=";
      CHECK_MESSAGE((match ? kMatch.count(p.key) : kAssign.count(p.key)) == 1,
                    ("key " + p.key + " with operator " + p.op));
      if ((p.key == "ENV" || p.key == "ATTR" || p.key == "ATTRS")) CHECK_MESSAGE(!p.attr.empty(), (p.key + " needs {name}"));
      r.pairs.push_back(p);
      if (end >= line.size()) break;
      start = end + 1;
    }
    for (const auto& p : r.pairs)
      if (p.key == "LABEL") section = p.value;
    r.section = section;
    rules.push_back(r);
  }
  return rules;
}

std::string hex4(unsigned v) {
  char s[8];
  std::snprintf(s, sizeof s, "%04x", v);
  return s;
}
std::string hex2(unsigned v) {
  char s[4];
  std::snprintf(s, sizeof s, "%02x", v);
  return s;
}

const std::string kRulesFile = std::string(ONEWINDOW_SOURCE_DIR) + "/assets/udev/70-onewindow.rules";

}  // namespace

TEST_CASE("udev rules: udev's grammar, and every GOTO has its LABEL") {
  const auto rules = parse_rules(kRulesFile);
  REQUIRE(rules.size() >= 5);
  std::set<std::string> labels, gotos;
  for (const auto& r : rules)
    for (const auto& p : r.pairs) {
      if (p.key == "LABEL") CHECK(labels.insert(p.value).second);
      if (p.key == "GOTO") gotos.insert(p.value);
    }
  for (const auto& g : gotos) CHECK_MESSAGE(labels.count(g) == 1, ("GOTO " + g + " has no LABEL"));
  // Every grant is to the onewindow group, never to everyone.
  for (const auto& r : rules)
    for (const auto& p : r.pairs) {
      if (p.key == "MODE") CHECK_MESSAGE(p.value == "0660", "line " << r.line);
      if (p.key == "GROUP") CHECK_MESSAGE(p.value == "onewindow", "line " << r.line);
    }
}

TEST_CASE("udev rules: every device of the registry reaches the onewindow user, no scanner types into the desktop") {
  const auto rules = parse_rules(kRulesFile);
  auto registry = devices::usb::UsbRegistry::defaults();
  devices::scanner::add_known_scanners(registry);
  devices::printer::add_printer_rules(registry);
  int by_id = 0, by_class = 0;
  for (const auto& rule : registry.rules()) {
    INFO(rule.description);
    bool granted = false;
    if (rule.vendor_id && rule.product_id) {
      ++by_id;
      for (const auto& r : rules)
        granted |= r.section == "onewindow_usb" && r.has("ATTR", "idVendor", "==", hex4(*rule.vendor_id)) &&
                   r.has("ATTR", "idProduct", "==", hex4(*rule.product_id)) && r.has("GROUP", "", "=", "onewindow");
    } else {
      REQUIRE(rule.interface_class);
      ++by_class;
      // usb_id's ID_USB_INTERFACES lists ":CCSSPP:" per interface; a rule without a protocol takes any.
      const std::string cls = hex2(*rule.interface_class) +
                              (rule.interface_subclass ? hex2(*rule.interface_subclass) : std::string("??")) +
                              (rule.interface_protocol ? hex2(*rule.interface_protocol) : std::string("??"));
      for (const auto& r : rules)
        granted |= r.section == "onewindow_usb" && r.has("ENV", "ID_USB_INTERFACES", "==", "*:" + cls + ":*") &&
                   r.has("GROUP", "", "=", "onewindow");
    }
    CHECK_MESSAGE(granted, "no udev rule for this registry rule");
  }
  CHECK(by_id >= 4);    // two SAM readers, two scanners
  CHECK(by_class >= 1);  // the printer class

  for (const auto& s : devices::scanner::known_scanners()) {
    if (s.interface != devices::scanner::ScannerInterface::BootKeyboard) continue;
    bool hidden = false;
    for (const auto& r : rules)
      hidden |= r.section == "onewindow_input" && r.has("ATTRS", "idVendor", "==", hex4(s.vendor_id)) &&
                r.has("ATTRS", "idProduct", "==", hex4(s.product_id)) &&
                r.has("ENV", "LIBINPUT_IGNORE_DEVICE", "=", "1") && r.has("ENV", "ID_INPUT_KEYBOARD", "=", "");
    CHECK_MESSAGE(hidden, "keyboard scanner " << hex4(s.vendor_id) << ":" << hex4(s.product_id) << " not hidden");
  }
}
