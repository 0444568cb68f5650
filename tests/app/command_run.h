#pragma once
// Runs a shell command line (usually the built `onewindow` with arguments) and captures its exit
// code, standard output and standard error: the one way the tests run the program as a process.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace cli_test {

struct Run {
  int exit_code = -1;
  std::string out, err;
};

// `command` is handed to /bin/sh as is (quote what needs quoting); stderr goes to a private file.
inline Run run_command(const std::string& command) {
  static std::atomic<int> serial{0};
  const auto err_path = std::filesystem::temp_directory_path() /
                        ("onewindow-test-stderr-" + std::to_string(::getpid()) + "-" + std::to_string(serial++));
  const std::string cmd = "( " + command + " ) 2>" + err_path.string();
  Run r;
  FILE* p = ::popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = ::pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_path, std::ios::binary);
  r.err.assign(std::istreambuf_iterator<char>(e), std::istreambuf_iterator<char>());
  std::error_code ec;
  std::filesystem::remove(err_path, ec);
  return r;
}

// The built binary with arguments.
inline Run run_onewindow(const std::string& args) { return run_command(std::string(ONEWINDOW_BINARY) + " " + args); }

}  // namespace cli_test
