#include "app/crash_report.h"

#include <execinfo.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>

#include "app/log.h"
#include "app/paths.h"

namespace app::crash {

namespace {

constexpr std::array kFatalSignals = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
constexpr int kMaxFrames = 64;
constexpr std::size_t kAltStackBytes = 64 * 1024;  // a stack overflow still gets its report

// Filled before any crash: the handler may not allocate.
char g_report_path[4096] = {};
bool g_installed = false;

// Async-signal-safe formatting: only write(2) and these.
void put(int fd, const char* s) {
  if (fd < 0) return;
  const std::size_t n = std::strlen(s);
  std::size_t done = 0;
  while (done < n) {
    const ssize_t w = ::write(fd, s + done, n - done);
    if (w <= 0) return;
    done += static_cast<std::size_t>(w);
  }
}
void put_number(int fd, long long v) {
  char buf[24];
  int i = sizeof buf - 1;
  buf[i] = '\0';
  const bool neg = v < 0;
  unsigned long long u = neg ? static_cast<unsigned long long>(-v) : static_cast<unsigned long long>(v);
  do {
    buf[--i] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u && i > 1);
  if (neg) buf[--i] = '-';
  put(fd, buf + i);
}
const char* signal_name(int sig) {
  switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGABRT: return "SIGABRT";
  }
  return "signal";
}

void write_report(int fd, int sig, long long when, void* const* frames, int n) {
  put(fd, "onewindow error [crash] fatal ");
  put(fd, signal_name(sig));
  put(fd, " (");
  put_number(fd, sig);
  put(fd, ") at unix time ");
  put_number(fd, when);
  put(fd, "; backtrace:\n");
  backtrace_symbols_fd(frames, n, fd);
  put(fd, "onewindow error [crash] the last log lines before it:\n");
  log::write_recent(fd);
}

void on_fatal(int sig, siginfo_t*, void*) {
  void* frames[kMaxFrames];
  const int n = backtrace(frames, kMaxFrames);
  const long long when = static_cast<long long>(::time(nullptr));
  write_report(STDERR_FILENO, sig, when, frames, n);
  if (g_report_path[0]) {
    const int fd = ::open(g_report_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
      // The first line is for take_previous(): when and which signal.
      put(fd, "time=");
      put_number(fd, when);
      put(fd, " signal=");
      put_number(fd, sig);
      put(fd, "\n");
      write_report(fd, sig, when, frames, n);
      ::fsync(fd);
      ::close(fd);
    }
  }
  // SA_RESETHAND put the default action back: the signal ends the process as it would have, so
  // systemd (and a core dump, where enabled) see the real cause.
  ::raise(sig);
}

std::string local_time(long long unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  ::localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

}  // namespace

std::filesystem::path report_file() { return paths::data_dir() / "last-crash.txt"; }

void install(const std::optional<std::filesystem::path>& report) {
  if (report) {
    const std::string p = report->string();
    if (p.size() < sizeof g_report_path) std::memcpy(g_report_path, p.c_str(), p.size() + 1);
  }
  if (g_installed) return;
  g_installed = true;
  // backtrace() loads libgcc on its first call, which may allocate: do that now, not in a crash.
  void* warm[2];
  backtrace(warm, 2);
  static std::array<char, kAltStackBytes> alt_stack;
  stack_t ss{};
  ss.ss_sp = alt_stack.data();
  ss.ss_size = alt_stack.size();
  ::sigaltstack(&ss, nullptr);
  struct sigaction sa {};
  sa.sa_sigaction = on_fatal;
  sa.sa_flags = SA_SIGINFO | SA_RESETHAND | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (int sig : kFatalSignals) ::sigaction(sig, &sa, nullptr);
}

std::optional<PreviousCrash> take_previous(const std::filesystem::path& file, const core::Catalog& catalog,
                                           core::Language language) {
  std::ifstream in(file);
  if (!in) return std::nullopt;
  std::string first;
  std::getline(in, first);
  in.close();
  long long when = 0;
  int sig = 0;
  if (std::sscanf(first.c_str(), "time=%lld signal=%d", &when, &sig) != 2) {
    log::warn("crash", "crash report " + file.string() + " unreadable (first line \"" + first + "\"); left as it is");
    return std::nullopt;
  }
  PreviousCrash c{local_time(when), sig};
  log::warn("crash", core::format(catalog.get(language, "log.last_crash"), {c.time, signal_name(sig)}) + " (" +
                         (file.parent_path() / "previous-crash.txt").string() + ")");
  std::error_code ec;
  std::filesystem::rename(file, file.parent_path() / "previous-crash.txt", ec);
  if (ec) log::warn("crash", "could not keep the crash report: " + ec.message());
  return c;
}

}  // namespace app::crash
