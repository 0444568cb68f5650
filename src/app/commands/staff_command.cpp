// `onewindow staff add|disable|list|pin`: counter staff accounts (issue 9). A PIN is read from
// standard input (one line) when that is not a terminal, else typed twice with echo off; it is
// never printed, logged or stored except as its Argon2id hash.
#include <sodium.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "app/clock_service.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "base/printable.h"
#include "core/domain/roster.h"
#include "core/domain/sign_in.h"
#include "core/domain/staff_number.h"
#include "core/domain/staff_member.h"
#include "store/staff_table.h"

namespace app {
namespace {

// Wipes the PIN's bytes when it goes out of scope (best effort: std::string may have copied them
// while growing, but a PIN of at most 8 digits fits the small-string buffer).
class PinText {
 public:
  PinText() = default;
  PinText(const PinText&) = delete;
  PinText& operator=(const PinText&) = delete;
  ~PinText() { wipe(); }
  std::string& text() { return text_; }
  void wipe() {
    if (!text_.empty()) sodium_memzero(text_.data(), text_.size());
    text_.clear();
  }

 private:
  std::string text_;
};

void strip_line_end(std::string& s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
}

// Prompts on the terminal with echo off; false when nothing could be read.
// Echo goes off before the prompt appears, so nothing typed after seeing it is ever echoed.
bool read_hidden_line(const char* prompt, std::string& out) {
  termios saved{};
  const bool have_termios = ::tcgetattr(STDIN_FILENO, &saved) == 0;
  if (have_termios) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::fputs(prompt, stderr);
  std::fflush(stderr);
  const bool got = static_cast<bool>(std::getline(std::cin, out));
  if (have_termios) ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
  strip_line_end(out);
  return got;
}

// The new PIN: one line of standard input, or typed twice at a terminal. False after printing
// the problem (exit 2).
bool read_new_pin(PinText& pin) {
  if (!::isatty(STDIN_FILENO)) {
    if (!std::getline(std::cin, pin.text())) {
      usage_error("no PIN on standard input (give it as one line, 4 to 8 digits)");
      return false;
    }
    strip_line_end(pin.text());
    // One line is enough; a second line is a confirmation and must be the same PIN.
    PinText again;
    if (std::getline(std::cin, again.text())) {
      strip_line_end(again.text());
      if (!again.text().empty() && again.text() != pin.text()) {
        usage_error("the two PINs differ; nothing was changed");
        return false;
      }
    }
  } else {
    PinText again;
    if (!read_hidden_line("New PIN (4 to 8 digits): ", pin.text()) ||
        !read_hidden_line("Same PIN again: ", again.text())) {
      usage_error("no PIN typed");
      return false;
    }
    if (pin.text() != again.text()) {
      usage_error("the two PINs differ; nothing was changed");
      return false;
    }
  }
  if (auto bad = core::check_pin_format(pin.text()); !bad) {
    usage_error(bad.error().message);
    return false;
  }
  return true;
}

// The one positional STAFF_NO of disable/pin, checked; empty after a usage error.
std::optional<std::string> staff_no_argument(const std::vector<std::string>& pos, const char* command) {
  if (pos.size() != 1) {
    usage_error(std::string(command) + " takes one STAFF_NO");
    return std::nullopt;
  }
  if (auto bad = core::check_staff_no(pos[0]); !bad) {
    usage_error(bad.error().message);
    return std::nullopt;
  }
  return core::normalize_staff_no(pos[0]);
}

int no_such_staff(const std::string& staff_no) {
  std::fprintf(stderr, "onewindow: no staff member %s\n", staff_no.c_str());
  return kExitNo;
}

}  // namespace

int run_staff_add(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  auto name = p.option("--name");
  auto role_option = p.option("--role");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("staff add takes one STAFF_NO");
  if (auto bad = core::check_staff_no(pos[0]); !bad) return usage_error(bad.error().message);
  if (!name) return usage_error("staff add needs --name NAME");
  std::string clean_name;
  if (auto reason = core::check_person_name(*name, clean_name); !reason.empty())
    return usage_error("--name: " + reason + " (a name is 1 to " + std::to_string(core::kMaxNameChars) +
                       " characters on one line)");
  core::StaffMember member{core::normalize_staff_no(pos[0]), clean_name, core::StaffRole::Counter, true};
  if (role_option) {
    auto role = core::parse_staff_role(*role_option);
    if (!role) return usage_error("--role must be counter, reviewer, approver or admin (got \"" + *role_option + "\")");
    member.role = *role;
  }
  PinText pin;
  if (!read_new_pin(pin)) return kExitBadInput;
  // Never a new store: a mistyped --db would put the account where no terminal looks (issue 16's
  // list of the commands that may make one; `db migrate` makes an empty store first).
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  store::StaffTable staff(*db);
  auto added = staff.add(member, pin.text());
  if (!added) return usage_error(added.error().message);
  if (!*added)
    return usage_error("staff number " + member.staff_no +
                       " is taken; `onewindow staff pin " + member.staff_no + "` resets its PIN");
  std::printf("added %s %s (%s)\n", member.staff_no.c_str(), base::printable(member.name).c_str(),
              core::staff_role_code(member.role));
  return kExitOk;
}

int run_staff_disable(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  auto staff_no = staff_no_argument(pos, "staff disable");
  if (!staff_no) return kExitBadInput;
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  auto done = store::StaffTable(*db).disable(*staff_no);
  if (!done) return usage_error(done.error().message);
  if (!*done) return no_such_staff(*staff_no);
  std::printf("disabled %s\n", staff_no->c_str());
  return kExitOk;
}

int run_staff_pin(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  auto staff_no = staff_no_argument(pos, "staff pin");
  if (!staff_no) return kExitBadInput;
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  store::StaffTable staff(*db);
  auto known = staff.find(*staff_no);  // before asking for a PIN nobody could use
  if (!known) return usage_error(known.error().message);
  if (!known->has_value()) return no_such_staff(*staff_no);
  PinText pin;
  if (!read_new_pin(pin)) return kExitBadInput;
  auto done = staff.set_pin(*staff_no, pin.text());
  if (!done) return usage_error(done.error().message);
  if (!*done) return no_such_staff(*staff_no);
  std::printf("new PIN set for %s; lockout cleared\n", staff_no->c_str());
  return kExitOk;
}

int run_staff_list(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("staff list takes no arguments");
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  auto all = store::StaffTable(*db).list();
  if (!all) return usage_error(all.error().message);
  const core::CivilTime now = local_now();
  // Tab-separated, one member per line; the PIN hash is never shown.
  std::printf("staff_no\tname\trole\tactive\tpin\tlocked_until\n");
  for (const auto& a : *all) {
    const auto& until = a.lockout.locked_until;
    const std::string locked = until && now < *until ? until->iso_datetime() : "-";
    std::printf("%s\t%s\t%s\t%s\t%s\t%s\n", a.member.staff_no.c_str(), base::printable(a.member.name).c_str(),
                core::staff_role_code(a.member.role), a.member.active ? "yes" : "no", a.has_pin ? "set" : "none",
                locked.c_str());
  }
  return kExitOk;
}

}  // namespace app
