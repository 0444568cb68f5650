#pragma once
// Runs `onewindow intake-soak` as a child process whose stdout the test reads line by line while
// it runs, so it can SIGKILL the child at a chosen moment and know what the child had said by then.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace kill_test {

using Clock = std::chrono::steady_clock;

class SoakChild {
 public:
  // args: everything after the binary, e.g. {"intake-soak", "--db", ...}; stderr goes to err_file.
  SoakChild(const std::vector<std::string>& args, const std::string& err_file) {
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, err_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    std::vector<std::string> all{ONEWINDOW_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    const int rc = ::posix_spawn(&pid_, ONEWINDOW_BINARY, &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    ::close(fds[1]);
    REQUIRE_MESSAGE(rc == 0, "cannot start " ONEWINDOW_BINARY);
    fd_ = fds[0];
  }
  ~SoakChild() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (fd_ >= 0) ::close(fd_);
  }
  SoakChild(const SoakChild&) = delete;
  SoakChild& operator=(const SoakChild&) = delete;

  // Reads what is there until `line` has been seen, EOF, or the deadline; true when seen.
  bool read_until_line(const std::string& line, Clock::time_point deadline) {
    for (;;) {
      for (const auto& l : lines_)
        if (l == line) return true;
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0 || eof_) return false;
      pump(static_cast<int>(left));
    }
  }
  // Sends SIGKILL (unless the child is gone), reads the rest of stdout and reaps the child.
  // Returns true when the kill hit a running child (false: it had exited by itself).
  bool kill_and_reap() {
    const bool running = ::waitpid(pid_, &status_, WNOHANG) == 0;
    if (running) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status_, 0);
    }
    pid_ = -1;
    while (!eof_) pump(1000);
    return running;
  }
  // Waits for a child that is meant to finish; its exit code (-1 if killed by a signal).
  int wait_exit() {
    while (!eof_) pump(10000);
    ::waitpid(pid_, &status_, 0);
    pid_ = -1;
    return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
  }
  // Complete lines only: a line cut by the kill is not something the child said.
  const std::vector<std::string>& lines() const { return lines_; }

 private:
  void pump(int timeout_ms) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, timeout_ms) <= 0) return;
    char buf[4096];
    const ssize_t n = ::read(fd_, buf, sizeof buf);
    if (n <= 0) {
      eof_ = true;
      return;
    }
    partial_.append(buf, static_cast<std::size_t>(n));
    for (std::size_t nl; (nl = partial_.find('\n')) != std::string::npos;) {
      lines_.push_back(partial_.substr(0, nl));
      partial_.erase(0, nl + 1);
    }
  }

  pid_t pid_ = -1;
  int fd_ = -1;
  int status_ = 0;
  bool eof_ = false;
  std::string partial_;
  std::vector<std::string> lines_;
};

}  // namespace kill_test
