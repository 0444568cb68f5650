// ID-card reader numbers: decode throughput of the codec, and the latency from a read reply
// reaching the transport to the driver's CardPresented callback (target ≤ 1 ms).
//   build-*/bench/idcard_bench [iterations]
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "devices/idcard/driver.h"
#include "devices/idcard/protocol_read_reply.h"
#include "devices/idcard/protocol_text_block.h"
#include "devices/idcard/sample_cards.h"
#include "devices/idcard/simulator.h"

using namespace devices::idcard;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<std::uint8_t> sample_frame() {
  const auto& card = sample_cards()[0];
  const auto text = encode_text_block(card);
  return build_response(sw3::kOk, build_read_reply_data(text, card.photo));
}

void bench_decode(int iterations) {
  const auto frame = sample_frame();
  std::size_t names = 0;
  const auto t0 = Clock::now();
  for (int i = 0; i < iterations; ++i) {
    auto r = decode_read_frame(frame);
    names += r.ok() ? r->name.size() : 0;
  }
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("decode_read_frame: %d frames of %zu bytes in %.3f s = %.0f frames/s, %.1f MB/s, %.2f us/frame (check %zu)\n",
              iterations, frame.size(), s, iterations / s, iterations * frame.size() / s / 1e6, s / iterations * 1e6,
              names);

  // The stream parser fed in 64-byte USB packets, with garbage between frames.
  std::vector<std::uint8_t> stream;
  for (int i = 0; i < 100; ++i) {
    stream.insert(stream.end(), {0x00, 0x13, 0x37});
    stream.insert(stream.end(), frame.begin(), frame.end());
  }
  const int rounds = std::max(1, iterations / 100);
  std::size_t frames = 0;
  const auto t1 = Clock::now();
  for (int r = 0; r < rounds; ++r) {
    SamStreamParser p;
    for (std::size_t at = 0; at < stream.size(); at += 64) {
      p.feed(std::span(stream).subspan(at, std::min<std::size_t>(64, stream.size() - at)));
      while (auto f = p.next()) frames += f->ok() ? 1 : 0;
    }
  }
  const double s1 = std::chrono::duration<double>(Clock::now() - t1).count();
  std::printf("SamStreamParser (64-byte packets, garbage between frames): %zu frames in %.3f s = %.0f frames/s, %.1f MB/s\n",
              frames, s1, frames / s1, rounds * stream.size() / s1 / 1e6);
}

void bench_latency(int placements) {
  auto sim = std::make_shared<SimulatedReader>();
  std::mutex m;
  std::condition_variable cv;
  Clock::time_point reply_at{}, presented_at{};
  int presented = 0, removed = 0;
  sim->set_on_read_reply_sent([&](Clock::time_point t) {
    std::lock_guard lock(m);
    reply_at = t;
  });
  IdCardReaderOptions o;
  o.poll_period = std::chrono::milliseconds(1);
  IdCardReader reader(sim, o, [&](const IdCardReaderEvent& e) {
    const auto now = Clock::now();
    std::lock_guard lock(m);
    if (std::holds_alternative<CardPresented>(e)) {
      presented_at = now;
      ++presented;
    } else if (std::holds_alternative<CardRemoved>(e)) {
      ++removed;
    }
    cv.notify_all();
  });
  reader.start();
  std::vector<double> us;
  for (int i = 0; i < placements; ++i) {
    sim->place(sample_cards()[static_cast<std::size_t>(i) % sample_cards().size()]);
    std::unique_lock lock(m);
    if (!cv.wait_for(lock, std::chrono::seconds(2), [&] { return presented > i; })) break;
    us.push_back(std::chrono::duration<double, std::micro>(presented_at - reply_at).count());
    lock.unlock();
    sim->remove();
    lock.lock();
    cv.wait_for(lock, std::chrono::seconds(2), [&] { return removed > i; });
  }
  reader.stop();
  if (us.empty()) {
    std::printf("latency: no card was presented\n");
    return;
  }
  std::sort(us.begin(), us.end());
  auto pct = [&](double p) { return us[std::min(us.size() - 1, static_cast<std::size_t>(p * us.size()))]; };
  std::printf("read reply handed to transport -> CardPresented callback: n=%zu median %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us\n",
              us.size(), pct(0.5), pct(0.9), pct(0.99), us.back());
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::atoi(argv[1]) : 20000;
  bench_decode(iterations);
  bench_latency(200);
  return 0;
}
