// `onewindow say TEXT --out FILE.wav` as a real process (issue 22): the WAV is read back by sox, an
// independent program — mono 16-bit PCM, speech of plausible length and loudness, a longer
// sentence giving a longer file — and bad arguments or an unwritable path exit 2 with one line.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <regex>
#include <string>

#include "command_run.h"

namespace {

using cli_test::Run;

std::filesystem::path scratch() {
  auto d = std::filesystem::temp_directory_path() / ("ow-say-cli-" + std::to_string(::getpid()));
  std::filesystem::create_directories(d);
  return d;
}

// One number from `sox FILE -n stat` (it reports on stderr), e.g. "Length (seconds)".
double sox_stat(const std::string& wav, const std::string& label) {
  const Run r = cli_test::run_command("sox '" + wav + "' -n stat");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::smatch m;
  const std::regex line(std::regex_replace(label, std::regex(R"([()])"), R"(\$&)") + R"(:\s+(-?[0-9.]+))");
  REQUIRE_MESSAGE(std::regex_search(r.err, m, line), label << " missing in: " << r.err);
  return std::stod(m[1]);
}

std::string soxi(const std::string& flag, const std::string& wav) {
  const Run r = cli_test::run_command("soxi " + flag + " '" + wav + "'");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return r.out.substr(0, r.out.find('\n'));
}

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

}  // namespace

TEST_CASE("say writes Mandarin speech as mono 16-bit PCM of plausible length, a longer sentence longer") {
  const std::string shortw = (scratch() / "take_card.wav").string();
  const std::string longw = (scratch() / "reading.wav").string();
  Run r = cli_test::run_onewindow("say '请取回您的身份证' --out '" + shortw + "'");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.empty());  // the result is the file
  CHECK(soxi("-c", shortw) == "1");
  CHECK(soxi("-b", shortw) == "16");
  CHECK(soxi("-e", shortw) == "Signed Integer PCM");
  const double seconds = sox_stat(shortw, "Length (seconds)");
  CHECK(seconds > 0.8);
  CHECK(seconds < 6.0);
  CHECK(sox_stat(shortw, "RMS     amplitude") > 0.02);  // speech, not silence
  CHECK(sox_stat(shortw, "Maximum amplitude") > 0.2);

  r = cli_test::run_onewindow("say '正在读卡，请不要移开身份证。读卡完成后，屏幕会显示您的救助待遇和发放记录。' --voice cmn --out '" +
                              longw + "'");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const double longer = sox_stat(longw, "Length (seconds)");
  CHECK(longer > seconds * 2);
  CHECK(longer < 20.0);

  // Volume scales the same sentence's loudness.
  const std::string quiet = (scratch() / "quiet.wav").string();
  r = cli_test::run_onewindow("say '请取回您的身份证' --volume 30 --out '" + quiet + "'");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(sox_stat(quiet, "RMS     amplitude") < sox_stat(shortw, "RMS     amplitude") * 0.6);
}

TEST_CASE("say refuses bad arguments and an unwritable path with exit 2 and one line, leaving no file") {
  const std::string wav = (scratch() / "never.wav").string();
  Run r = cli_test::run_onewindow("say --out '" + wav + "'");
  CHECK(r.exit_code == 2);
  CHECK(one_line(r.err));
  r = cli_test::run_onewindow("say '你好'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--out") != std::string::npos);
  r = cli_test::run_onewindow("say '   ' --out '" + wav + "'");
  CHECK(r.exit_code == 2);
  CHECK(one_line(r.err));
  r = cli_test::run_onewindow("say '你好' --voice no-such-voice --out '" + wav + "'");
  CHECK(r.exit_code == 2);
  CHECK(one_line(r.err));
  CHECK(r.err.find("no-such-voice") != std::string::npos);
  r = cli_test::run_onewindow("say '你好' --volume 101 --out '" + wav + "'");
  CHECK(r.exit_code == 2);
  CHECK(one_line(r.err));
  r = cli_test::run_onewindow("say '你好' --out /nonexistent-folder/x.wav");
  CHECK(r.exit_code == 2);
  CHECK(one_line(r.err));
  CHECK(r.err.find("/nonexistent-folder/x.wav") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(wav));
}
