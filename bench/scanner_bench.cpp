// Scanner and slip-QR costs: decoding one scanned code from its HID reports, signing and verifying
// a slip payload, and encoding/decoding a slip-size QR image. Plain lines on stdout.
//
//   build/bench/scanner_bench [iterations]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/qr/qr_image.h"
#include "app/qr/slip_signer.h"
#include "devices/scanner/protocol_report_decoder.h"
#include "devices/scanner/scan_script.h"

namespace {

using Clock = std::chrono::steady_clock;

// Median of `rounds` rounds of `per_round` calls, in microseconds per call.
template <class F>
double median_us(int rounds, int per_round, F&& f) {
  std::vector<double> times;
  for (int r = 0; r < rounds; ++r) {
    const auto t0 = Clock::now();
    for (int i = 0; i < per_round; ++i) f();
    const std::chrono::duration<double, std::micro> d = Clock::now() - t0;
    times.push_back(d.count() / per_round);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

volatile std::size_t g_sink = 0;  // keeps results alive so the work is not optimised away

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
  const std::string number = "320102-01-20261123-0042";
  app::qr::SlipSigner::Key key{};
  key.fill(0x5a);
  const app::qr::SlipSigner signer(key);
  const std::string payload = *signer.sign(number);

  // HID reports a keyboard-wedge scanner sends for the slip payload with an AIM prefix.
  const auto keyboard = *devices::scanner::keyboard_scan_reports({.text = payload, .aim_prefix = "]Q1"});
  const auto pos = devices::scanner::hid_pos_scan_reports({.text = payload, .aim_prefix = "]Q1"});
  auto decode_all = [](const std::vector<devices::scanner::TimedReport>& reports) {
    devices::scanner::ReportDecoder d;
    devices::scanner::ScanEvents out;
    for (const auto& r : reports) (void)d.feed(r.bytes, r.at, out);
    g_sink = g_sink + out.size();
  };
  std::printf("scanner decode, keyboard wedge (%zu reports, %zu chars): %.2f us/code\n", keyboard.size(),
              payload.size() + 3, median_us(rounds, 2000, [&] { decode_all(keyboard); }));
  std::printf("scanner decode, HID POS (%zu report): %.2f us/code\n", pos.size(),
              median_us(rounds, 2000, [&] { decode_all(pos); }));

  std::printf("slip sign: %.2f us\n", median_us(rounds, 2000, [&] { g_sink = g_sink + signer.sign(number)->size(); }));
  std::printf("slip verify (genuine): %.2f us\n",
              median_us(rounds, 2000, [&] { g_sink = g_sink + signer.verify(payload).ok(); }));
  std::string forged = payload;
  forged.back() = forged.back() == 'A' ? 'B' : 'A';
  std::printf("slip verify (forged): %.2f us\n",
              median_us(rounds, 2000, [&] { g_sink = g_sink + signer.verify(forged).ok(); }));

  // Slip size: 6 px per module is 0.75 mm at 203 dpi, ~28 mm for the version-3 symbol with its
  // quiet zone; 8 px per module for the screen.
  for (int module_px : {6, 8}) {
    const auto modules = *app::qr::encode_qr(payload);
    const auto image = app::qr::render_qr(modules, module_px);
    std::printf("qr encode+render (%d modules, %dx%d px): %.1f us\n", modules.size, image.width, image.height,
                median_us(rounds, 50, [&] {
                  auto m = app::qr::encode_qr(payload);
                  g_sink = g_sink + app::qr::render_qr(*m, module_px).pixels.size();
                }));
    std::printf("qr decode (%dx%d px): %.1f us\n", image.width, image.height,
                median_us(rounds, 20, [&] { g_sink = g_sink + app::qr::decode_qr(image).size(); }));
  }
  return 0;
}
