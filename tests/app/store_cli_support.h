#pragma once
// Runs the built `onewindow` binary with a private XDG_DATA_HOME (so the hall key and default
// store land in the test's temp folder) and captures exit code, stdout and stderr.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "command_run.h"
#include "store/database.h"

namespace store_cli {

using cli_test::Run;

class Sandbox {
 public:
  Sandbox() {
    std::random_device rd;
    dir_ = std::filesystem::temp_directory_path() / ("onewindow-cli-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir_);
  }
  ~Sandbox() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::filesystem::path path(const std::string& name) const { return dir_ / name; }

  Run run(const std::string& args) const {
    return cli_test::run_command("XDG_DATA_HOME=" + (dir_ / "xdg").string() + " ONEWINDOW_ASSETS=" +
                                 ONEWINDOW_SOURCE_DIR + "/assets " + std::string(ONEWINDOW_BINARY) + " " + args);
  }

 private:
  std::filesystem::path dir_;
};

inline std::string roster(const std::string& name) { return std::string(ONEWINDOW_TEST_DATA) + "/roster/" + name; }

// Every row of a query as "a|b|c" lines, through the store's own connection (no sqlite3 CLI needed).
inline std::string query_rows(const std::filesystem::path& db_file, const std::string& sql) {
  auto db = store::Database::open(db_file);
  REQUIRE(db.ok());
  auto st = db->prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  std::string out;
  while (st->step().value()) {
    std::string line;
    for (int c = 0;; ++c) {
      if (c >= st->column_count()) break;
      if (c) line += "|";
      line += st->text(c);
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace store_cli
