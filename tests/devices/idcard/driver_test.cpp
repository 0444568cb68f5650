// The driver against the simulator: the real state machine, the real codec, in-memory bytes.
#include <doctest/doctest.h>

#include <thread>

#include "devices/idcard/driver.h"
#include "devices/idcard/sample_cards.h"
#include "devices/idcard/simulator.h"
#include "devices/event_log.h"

using namespace devices::idcard;
using namespace std::chrono_literals;

namespace {

using EventLog = test::EventLog<IdCardReaderEvent>;

IdCardReaderOptions fast_options() {
  IdCardReaderOptions o;
  o.poll_period = 10ms;
  o.reply_timeout = 100ms;
  o.read_timeout = 200ms;
  o.reconnect_wait = 50ms;
  return o;
}

// Waits until the simulator has answered `n` more find-card polls.
void wait_polls(SimulatedReader& sim, int n) {
  const int start = sim.commands_seen(SamCommand::FindCard);
  for (int i = 0; i < 300 && sim.commands_seen(SamCommand::FindCard) < start + n; ++i) std::this_thread::sleep_for(5ms);
}

struct Rig {
  std::shared_ptr<SimulatedReader> sim = std::make_shared<SimulatedReader>();
  EventLog events;
  IdCardReader reader{sim, fast_options(), std::ref(events)};
  Rig() {
    reader.start();
    REQUIRE(events.wait_count<ReaderConnected>(1));
  }
};

}  // namespace

TEST_CASE("driver: a placed card is presented with every field and its photo") {
  Rig rig;
  rig.sim->place(sample_cards()[0]);
  REQUIRE(rig.events.wait_count<CardPresented>(1));
  const auto card = rig.events.last<CardPresented>().card;
  CHECK(card.name == "张𠀾");
  CHECK(card.id_number == "11010519491231002X");
  CHECK(card.id_number_valid);
  CHECK(card.photo.size() == 1024);
  CHECK(card.photo == sample_cards()[0].photo);
  CHECK(rig.sim->commands_seen(SamCommand::SelectCard) >= 1);
  CHECK(rig.sim->commands_seen(SamCommand::ReadTextPhoto) == 1);
}

TEST_CASE("driver: every sample card type is read") {
  Rig rig;
  for (std::size_t i = 0; i < sample_cards().size(); ++i) {
    rig.sim->place(sample_cards()[i]);
    REQUIRE(rig.events.wait_count<CardPresented>(i + 1));
    CHECK(rig.events.last<CardPresented>().card.card_type == sample_cards()[i].card_type);
    CHECK(rig.events.last<CardPresented>().card.english_name == sample_cards()[i].english_name);
    rig.sim->remove();
    REQUIRE(rig.events.wait_count<CardRemoved>(i + 1));
  }
}

TEST_CASE("driver: status 80 after a read means the same card is still there") {
  Rig rig;
  rig.sim->place(sample_cards()[1]);
  REQUIRE(rig.events.wait_count<CardPresented>(1));
  wait_polls(*rig.sim, 10);
  CHECK(rig.events.count<CardPresented>() == 1);
  CHECK(rig.events.count<CardRemoved>() == 0);
  CHECK(rig.sim->commands_seen(SamCommand::ReadTextPhoto) == 1);
}

TEST_CASE("driver: taking the card away is noticed, placing it again reads it again") {
  Rig rig;
  rig.sim->place(sample_cards()[0]);
  REQUIRE(rig.events.wait_count<CardPresented>(1));
  rig.sim->remove();
  REQUIRE(rig.events.wait_count<CardRemoved>(1));
  wait_polls(*rig.sim, 5);
  CHECK(rig.events.count<CardRemoved>() == 1);
  rig.sim->place(sample_cards()[0]);
  REQUIRE(rig.events.wait_count<CardPresented>(2));
}

TEST_CASE("driver: one corrupted reply is retried and a card that keeps failing is reported once then recovers") {
  Rig rig;
  rig.sim->corrupt_replies(1, SamCommand::ReadTextPhoto);
  rig.sim->place(sample_cards()[0]);
  REQUIRE(rig.events.wait_count<CardPresented>(1));
  CHECK(rig.events.count<ReadFailed>() == 0);
  CHECK(rig.sim->commands_seen(SamCommand::ReadTextPhoto) == 2);

  rig.sim->remove();
  REQUIRE(rig.events.wait_count<CardRemoved>(1));
  rig.sim->corrupt_replies(1000, SamCommand::ReadTextPhoto);
  rig.sim->place(sample_cards()[2]);
  REQUIRE(rig.events.wait_count<ReadFailed>(1));
  CHECK(rig.events.last<ReadFailed>().reason.find("checksum expected") != std::string::npos);
  wait_polls(*rig.sim, 5);
  CHECK(rig.events.count<ReadFailed>() == 1);  // not once per poll
  rig.sim->clear_script();
  REQUIRE(rig.events.wait_count<CardPresented>(2));
  CHECK(rig.events.last<CardPresented>().card.card_type == base::CardType::Foreign2017);
}

TEST_CASE("driver: a reader that answers too slowly times out then recovers") {
  Rig rig;
  rig.sim->delay_replies(400ms, 2, SamCommand::ReadTextPhoto);
  rig.sim->place(sample_cards()[3]);
  REQUIRE(rig.events.wait_count<ReadFailed>(1));
  CHECK(rig.events.last<ReadFailed>().reason.find("timeout") == 0);
  REQUIRE(rig.events.wait_count<CardPresented>(1));
  CHECK(rig.events.last<CardPresented>().card.name == "汉斯");
}

TEST_CASE("driver: an error status is reported with its meaning") {
  Rig rig;
  rig.sim->fail_replies(0x41, 2, SamCommand::ReadTextPhoto);
  rig.sim->place(sample_cards()[0]);
  REQUIRE(rig.events.wait_count<ReadFailed>(1));
  CHECK(rig.events.last<ReadFailed>().reason == "read text and photo: status 41: read failed");
  REQUIRE(rig.events.wait_count<CardPresented>(1));
}

TEST_CASE("driver: unplugging drops the card and the reader and plugging back reconnects") {
  Rig rig;
  rig.sim->place(sample_cards()[0]);
  REQUIRE(rig.events.wait_count<CardPresented>(1));
  rig.sim->unplug();
  REQUIRE(rig.events.wait_count<ReaderDisconnected>(1));
  CHECK(rig.events.count<CardRemoved>() == 1);
  std::this_thread::sleep_for(100ms);
  CHECK(rig.events.count<ReaderConnected>() == 1);
  rig.sim->plug();
  REQUIRE(rig.events.wait_count<ReaderConnected>(2));
  REQUIRE(rig.events.wait_count<CardPresented>(2));  // the card still lying there is read anew
}

TEST_CASE("driver: repeated failures reset the SAM and a silent reader is reopened") {
  Rig rig;
  rig.sim->fail_replies(0x24, 3, SamCommand::FindCard);
  for (int i = 0; i < 200 && rig.sim->commands_seen(SamCommand::ResetSam) == 0; ++i) std::this_thread::sleep_for(5ms);
  CHECK(rig.sim->commands_seen(SamCommand::ResetSam) == 1);
  CHECK(rig.events.count<ReaderDisconnected>() == 0);

  rig.sim->drop_replies(1000);
  REQUIRE(rig.events.wait_count<ReaderDisconnected>(1, 5s));
  CHECK(rig.events.last<ReaderDisconnected>().reason.find("no answer after") == 0);
  rig.sim->clear_script();
  REQUIRE(rig.events.wait_count<ReaderConnected>(2));
  rig.sim->place(sample_cards()[0]);
  REQUIRE(rig.events.wait_count<CardPresented>(1));
}

TEST_CASE("driver: stop returns promptly even while the reader stalls") {
  auto sim = std::make_shared<SimulatedReader>();
  EventLog events;
  auto o = fast_options();
  o.reply_timeout = 300ms;
  IdCardReader reader(sim, o, std::ref(events));
  reader.start();
  REQUIRE(events.wait_count<ReaderConnected>(1));
  sim->drop_replies(1000);
  std::this_thread::sleep_for(50ms);
  const auto t0 = std::chrono::steady_clock::now();
  reader.stop();
  CHECK(std::chrono::steady_clock::now() - t0 < 1s);
}

TEST_CASE("driver: its state follows the reader and the card, and is set before the event that reports it") {
  auto sim = std::make_shared<SimulatedReader>();
  EventLog events;
  IdCardReader reader(sim, fast_options(), std::ref(events));
  CHECK(reader.state() == ReaderState::Searching);
  reader.start();
  REQUIRE(events.wait_count<ReaderConnected>(1));
  CHECK(reader.state() == ReaderState::Connected);
  sim->place(sample_cards()[0]);
  REQUIRE(events.wait_count<CardPresented>(1));
  CHECK(reader.state() == ReaderState::CardPresent);
  sim->remove();
  REQUIRE(events.wait_count<CardRemoved>(1));
  CHECK(reader.state() == ReaderState::Connected);
  sim->unplug();
  REQUIRE(events.wait_count<ReaderDisconnected>(1));
  CHECK(reader.state() == ReaderState::Searching);
  CHECK(reader_state_name(reader.state()) == "searching");
}
