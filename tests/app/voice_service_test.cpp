// The kiosk's voice worker (app/voice): nothing runs until the first prompt, a machine without a
// sound device keeps going silently after one log line (ALSA is pointed at an empty configuration,
// so "default" names no device on any machine), and a disabled voice never starts its thread.
#include <doctest/doctest.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "app/voice/speech_synth.h"
#include "app/voice/voice_service.h"

namespace {

void no_sound_device() {
  static const std::filesystem::path conf =
      std::filesystem::temp_directory_path() / ("ow-voice-alsa-" + std::to_string(::getpid()) + ".conf");
  std::ofstream(conf) << "# no PCM devices at all\n";
  ::setenv("ALSA_CONFIG_PATH", conf.c_str(), 1);
}

template <class F>
bool within(std::chrono::milliseconds limit, F&& done) {
  const auto end = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < end) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return done();
}

}  // namespace

TEST_CASE("voice worker: without a sound device the first prompt turns it silent, later ones are dropped") {
  no_sound_device();
  app::voice::VoiceService v({true, 100});
  CHECK_FALSE(v.silent());
  int built = 0;
  v.say([&built] { ++built; return std::string("请取回您的身份证"); }, "cmn");
  CHECK(within(std::chrono::seconds(5), [&] { return v.silent(); }));
  CHECK(built == 1);
  CHECK(v.played() == 0);
  v.say([&built] { ++built; return std::string("正在读卡，请不要移开身份证"); }, "cmn");
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(built == 1);  // not even built: no retries
  v.stop();
}

TEST_CASE("voice worker: disabled, a prompt is dropped at once") {
  app::voice::VoiceService v({false, 100});
  bool built = false;
  v.say([&built] { built = true; return std::string("你好"); }, "cmn");
  v.stop();
  CHECK_FALSE(built);
  CHECK_FALSE(v.silent());
}

TEST_CASE("speech: a newer prompt cuts the synthesis of the one before") {
  int asked = 0;
  auto speech = app::voice::synthesize("请取回您的身份证。请取回您的身份证。请取回您的身份证。", {},
                                       [&asked] { return ++asked > 2; });
  REQUIRE(speech.ok());
  CHECK(speech->cut);
  auto whole = app::voice::synthesize("请取回您的身份证。请取回您的身份证。请取回您的身份证。", {});
  REQUIRE(whole.ok());
  CHECK_FALSE(whole->cut);
  CHECK(speech->samples.size() < whole->samples.size() / 2);
  CHECK(whole->seconds() > 2.0);
}
