#include <doctest/doctest.h>

#include <condition_variable>
#include <mutex>
#include <vector>

#include "devices/idcard/reader_service.h"
#include "devices/idcard/sample_cards.h"

using namespace devices::idcard;
using namespace std::chrono_literals;

namespace {
struct Queue {
  std::mutex m;
  std::condition_variable cv;
  std::vector<core::Event> events;
  void post(core::Event e) {
    {
      std::lock_guard lock(m);
      events.push_back(std::move(e));
    }
    cv.notify_all();
  }
  template <class T>
  bool wait_for_kind(std::size_t n) {
    std::unique_lock lock(m);
    return cv.wait_for(lock, 3s, [&] {
      std::size_t k = 0;
      for (auto& e : events) k += e.template holds<T>() ? 1 : 0;
      return k >= n;
    });
  }
};
}  // namespace

TEST_CASE("reader service: the demo reader posts core events and F-key slots place sample cards") {
  Queue q;
  IdCardReaderOptions o;
  o.poll_period = 10ms;
  auto service = IdCardReaderService::simulated(o, [&](core::Event e) { q.post(std::move(e)); });
  CHECK(service->origin() == core::DeviceOrigin::Simulated);
  service->start();
  REQUIRE(q.wait_for_kind<core::ev::DeviceLinkChanged>(1));
  {
    std::lock_guard lock(q.m);
    const auto& link = q.events.front().get<core::ev::DeviceLinkChanged>();
    CHECK(link.kind == base::DeviceKind::IdCardReader);
    CHECK(link.state == core::DeviceState{core::DeviceLink::Connected, core::DeviceOrigin::Simulated});
  }
  CHECK(service->demo_card(2));
  REQUIRE(q.wait_for_kind<core::ev::CardPresented>(1));
  CHECK(service->demo_card(-1));
  REQUIRE(q.wait_for_kind<core::ev::CardRemoved>(1));
  CHECK_FALSE(service->demo_card(static_cast<int>(sample_cards().size())));  // no such sample card
  service->stop();
  std::lock_guard lock(q.m);
  for (auto& e : q.events)
    if (auto* p = e.get_if<core::ev::CardPresented>()) CHECK(p->card.card_type == base::CardType::Foreign2017);
}

TEST_CASE("reader service: a failed read becomes CardReadFailed with the technical reason") {
  const auto e = to_core_event(ReadFailed{"read text and photo: status 41: read failed"}, core::DeviceOrigin::Hardware);
  REQUIRE(e.holds<core::ev::CardReadFailed>());
  CHECK(e.get<core::ev::CardReadFailed>().reason == "read text and photo: status 41: read failed");
  const auto d = to_core_event(ReaderDisconnected{"gone"}, core::DeviceOrigin::Hardware);
  CHECK(d.get<core::ev::DeviceLinkChanged>().state.link == core::DeviceLink::Disconnected);
}
