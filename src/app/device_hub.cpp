#include "app/device_hub.h"

#include <type_traits>

#include "app/log.h"
#include "devices/idcard/driver.h"
#include "devices/idcard/sample_cards.h"
#include "devices/idcard/simulator.h"
#include "devices/printer/driver.h"
#include "devices/printer/printer_usb_rules.h"
#include "devices/printer/simulator.h"
#include "devices/scanner/driver.h"
#include "devices/scanner/scanner_usb_rules.h"
#include "devices/scanner/simulator.h"
#include "devices/serial_transport.h"
#include "devices/usb/usb_context.h"
#include "devices/usb/usb_device_source.h"

namespace app {

namespace {

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};

core::ev::DeviceLinkChanged link(base::DeviceKind k, bool up, core::DeviceOrigin origin) {
  return {k, {up ? core::DeviceLink::Connected : core::DeviceLink::Disconnected, origin}};
}

core::DeviceOrigin origin_of(bool simulated) {
  return simulated ? core::DeviceOrigin::Simulated : core::DeviceOrigin::Hardware;
}

core::PrinterTrouble trouble_of(const devices::printer::PrinterCondition& c) {
  using devices::printer::PaperLevel;
  // A printer out of paper or with its cover open also reports itself offline: name the cause.
  if (c.cover_open) return core::PrinterTrouble::CoverOpen;
  if (c.paper == PaperLevel::Out || c.stopped_at_paper_end) return core::PrinterTrouble::PaperOut;
  if (c.offline) return core::PrinterTrouble::Offline;
  if (c.error) return core::PrinterTrouble::Fault;
  if (c.paper == PaperLevel::NearEnd) return core::PrinterTrouble::PaperNearEnd;
  return core::PrinterTrouble::None;
}

}  // namespace

core::Event to_core_event(const devices::idcard::IdCardReaderEvent& e, core::DeviceOrigin origin) {
  namespace ic = devices::idcard;
  constexpr auto kReader = base::DeviceKind::IdCardReader;
  return std::visit(Overloaded{
                        [&](const ic::ReaderConnected&) -> core::Event { return link(kReader, true, origin); },
                        [&](const ic::ReaderDisconnected&) -> core::Event { return link(kReader, false, origin); },
                        [](const ic::CardReading&) -> core::Event { return core::ev::CardReading{}; },
                        [](const ic::CardPresented& c) -> core::Event { return core::ev::CardPresented{c.card}; },
                        [](const ic::CardRemoved&) -> core::Event { return core::ev::CardRemoved{}; },
                        [](const ic::ReadFailed& f) -> core::Event { return core::ev::CardReadFailed{f.reason}; },
                    },
                    e);
}

core::Event to_core_event(const devices::scanner::ScannerEvent& e, core::DeviceOrigin origin) {
  namespace sc = devices::scanner;
  constexpr auto kScanner = base::DeviceKind::Scanner;
  return std::visit(Overloaded{
                        [&](const sc::ScannerConnected&) -> core::Event { return link(kScanner, true, origin); },
                        [&](const sc::ScannerDisconnected&) -> core::Event { return link(kScanner, false, origin); },
                        [](const sc::CodeScanned& c) -> core::Event {
                          return core::ev::CodeScanned{c.text, c.symbology};
                        },
                    },
                    e);
}

std::vector<core::Event> to_core_events(const devices::printer::PrinterEvent& e, core::DeviceOrigin origin,
                                        std::uint64_t app_job) {
  namespace pr = devices::printer;
  return std::visit(
      Overloaded{
          [&](const pr::PrinterStatusChanged& s) -> std::vector<core::Event> {
            return {link(base::DeviceKind::Printer, s.connected, origin),
                    core::ev::PrinterTroubleChanged{trouble_of(s.condition)}};
          },
          [&](const pr::PrintJobDone&) -> std::vector<core::Event> { return {core::ev::PrintDone{app_job}}; },
          [&](const pr::PrintJobFailed& f) -> std::vector<core::Event> {
            // The printer's own state names the cause for the screen (缺纸, 纸仓盖未合 …); paper
            // running low did not stop the job.
            const auto trouble = trouble_of(f.condition);
            return {core::ev::PrintFailed{app_job,
                                          trouble == core::PrinterTrouble::PaperNearEnd ? core::PrinterTrouble::None
                                                                                         : trouble,
                                          f.reason + " (" + f.detail + ")"}};
          },
      },
      e);
}

DeviceHub::DeviceHub(core::EventQueue& q) : q_(q) {}

DeviceHub::~DeviceHub() { stop(); }

void DeviceHub::start(bool simulated, const core::Config& config) {
  if (!simulated) {
    auto ctx = devices::usb::UsbContext::create();
    if (!ctx) {
      log::error("devices", "USB unavailable: " + ctx.error().message);
      return;  // every device stays "not connected" on the strip
    }
    usb_ = *ctx;
  }
  start_reader(simulated, config);
  start_scanner(simulated, config);
  start_printer(simulated);
}

void DeviceHub::start_reader(bool simulated, const core::Config& config) {
  namespace ic = devices::idcard;
  std::shared_ptr<devices::TransportSource> source;
  if (simulated) {
    sim_reader_ = std::make_shared<ic::SimulatedReader>();
    source = sim_reader_;
  } else if (!config.idcard.serial_path.empty()) {
    source = std::make_shared<devices::SerialDeviceSource>(config.idcard.serial_path);
  } else {
    auto registry = devices::usb::UsbRegistry::defaults();
    for (const auto& id : config.idcard.usb_ids) {
      auto vp = devices::usb::parse_usb_id(id);  // checked when the config was read
      if (!vp) continue;
      devices::usb::UsbRule rule;
      rule.vendor_id = vp->first;
      rule.product_id = vp->second;
      rule.kind = base::DeviceKind::IdCardReader;
      rule.driver = "sam-bulk";
      rule.description = "SAM reader from config";
      registry.add(rule);
    }
    source = std::make_shared<devices::usb::UsbDeviceSource>(usb_, registry, base::DeviceKind::IdCardReader);
  }
  ic::IdCardReaderOptions opts;
  opts.log = [](const std::string& line) { log::debug("idcard", line); };
  opts.poll_period = std::chrono::milliseconds(config.idcard.poll_ms);
  reader_ = std::make_unique<ic::IdCardReader>(
      source, opts, [this, origin = origin_of(simulated)](const ic::IdCardReaderEvent& e) { on_reader(e, origin); });
  reader_->start();
}

void DeviceHub::start_scanner(bool simulated, const core::Config& config) {
  namespace sc = devices::scanner;
  std::shared_ptr<devices::TransportSource> source;
  if (simulated) {
    sim_scanner_ = std::make_shared<sc::SimulatedScanner>(sc::ScannerInterface::BootKeyboard);
    source = sim_scanner_;
  }
  sc::ScannerDriverOptions opts;
  opts.scan.max_key_gap = std::chrono::milliseconds(config.scanner.max_key_gap_ms);
  if (!simulated) {
    auto registry = devices::usb::UsbRegistry::defaults();
    sc::add_known_scanners(registry);
    for (const auto& binding : config.scanner.usb_ids) {
      auto known = sc::parse_scanner_binding(binding);  // checked when the config was read
      if (!known) continue;
      registry.add(sc::scanner_rule(*known));
      opts.interface = known->interface;  // a bound scanner says how it talks
    }
    source = std::make_shared<devices::usb::UsbDeviceSource>(usb_, registry, base::DeviceKind::Scanner);
  }
  opts.log = [](const std::string& line) { log::debug("scanner", line); };
  scanner_ = std::make_unique<sc::ScannerDriver>(
      source, opts, [this, origin = origin_of(simulated)](const sc::ScannerEvent& e) { on_scanner(e, origin); });
  scanner_->start();
}

void DeviceHub::start_printer(bool simulated) {
  namespace pr = devices::printer;
  std::shared_ptr<devices::TransportSource> source;
  if (simulated) {
    sim_printer_ = std::make_shared<pr::SimulatedPrinter>();
    source = sim_printer_;
  } else {
    auto registry = devices::usb::UsbRegistry::defaults();
    pr::add_printer_rules(registry);
    source = std::make_shared<devices::usb::UsbDeviceSource>(usb_, registry, base::DeviceKind::Printer);
  }
  printer_ = std::make_unique<pr::PrinterDriver>(
      source, pr::PrinterTiming{},
      [this, origin = origin_of(simulated)](const pr::PrinterEvent& e) { on_printer(e, origin); });
  printer_->start();
}

void DeviceHub::on_reader(const devices::idcard::IdCardReaderEvent& e, core::DeviceOrigin origin) {
  namespace ic = devices::idcard;
  if (const auto* f = std::get_if<ic::ReadFailed>(&e)) log::warn("idcard", "read failed: " + f->reason);
  if (std::holds_alternative<ic::ReaderConnected>(e)) log::info("idcard", "reader connected");
  if (std::holds_alternative<ic::ReaderDisconnected>(e)) log::info("idcard", "reader disconnected");
  q_.post(to_core_event(e, origin));
}

void DeviceHub::on_scanner(const devices::scanner::ScannerEvent& e, core::DeviceOrigin origin) {
  namespace sc = devices::scanner;
  if (const auto* c = std::get_if<sc::ScannerConnected>(&e)) log::info("scanner", "connected: " + c->scanner);
  if (const auto* d = std::get_if<sc::ScannerDisconnected>(&e)) log::warn("scanner", "disconnected: " + d->reason);
  q_.post(to_core_event(e, origin));
}

void DeviceHub::on_printer(const devices::printer::PrinterEvent& e, core::DeviceOrigin origin) {
  namespace pr = devices::printer;
  std::uint64_t job = 0;
  if (const auto* s = std::get_if<pr::PrinterStatusChanged>(&e))
    log::info("printer", std::string(s->connected ? "connected: " : "not connected: ") + s->condition.describe());
  if (const auto* d = std::get_if<pr::PrintJobDone>(&e)) {
    job = take_job(d->job);
    if (!job) return;  // not one of ours (already answered)
  }
  if (const auto* f = std::get_if<pr::PrintJobFailed>(&e)) {
    log::warn("printer", f->reason + " (" + f->detail + ")");
    job = take_job(f->job);
    if (!job) return;
  }
  for (auto& event : to_core_events(e, origin, job)) q_.post(std::move(event));
}

std::uint64_t DeviceHub::take_job(std::uint64_t driver_job) {
  std::lock_guard lock(jobs_mu_);
  auto it = jobs_.find(driver_job);
  if (it == jobs_.end()) return 0;
  const auto job = it->second;
  jobs_.erase(it);
  return job;
}

void DeviceHub::print(std::uint64_t job, std::vector<std::uint8_t> bytes) {
  if (!printer_) {
    q_.post(core::ev::PrintFailed{job, core::PrinterTrouble::Offline, "no printer service"});
    return;
  }
  // Held across submit so the driver's callback cannot look the job up before it is recorded (the
  // driver calls back outside its own lock).
  std::lock_guard lock(jobs_mu_);
  jobs_[printer_->submit(std::move(bytes))] = job;
}

std::vector<devices::printer::PrintedPage> DeviceHub::demo_printout() {
  if (!sim_printer_) return {};
  return sim_printer_->with_printer([](devices::printer::VirtualPrinter& p) { return p.pages(); });
}

void DeviceHub::simulate_paper_out(bool out) {
  if (!sim_printer_) return;
  devices::printer::PrinterCondition c;
  c.paper = out ? devices::printer::PaperLevel::Out : devices::printer::PaperLevel::Ok;
  c.stopped_at_paper_end = out;
  sim_printer_->set_condition(c);
}

void DeviceHub::simulate_scan(std::string text) {
  if (!sim_scanner_) return;
  demo_scans_.emplace_back([sim = sim_scanner_, text = std::move(text)](std::stop_token) {
    if (auto s = sim->scan({.text = text, .aim_prefix = "]Q1"}); !s) log::warn("scanner", "demo scan: " + s.error().message);
  });
}

bool DeviceHub::simulate_card(int slot) {
  if (!sim_reader_) return false;
  if (slot < 0) {
    sim_reader_->remove();
    return true;
  }
  const auto cards = devices::idcard::sample_cards();
  if (static_cast<std::size_t>(slot) >= cards.size()) return false;
  sim_reader_->place(cards[static_cast<std::size_t>(slot)]);
  return true;
}

void DeviceHub::stop() {
  demo_scans_.clear();  // joins
  printer_.reset();     // stops its worker
  sim_printer_.reset();
  if (scanner_) scanner_->stop();
  scanner_.reset();
  sim_scanner_.reset();
  if (reader_) reader_->stop();
  reader_.reset();
  sim_reader_.reset();
  usb_.reset();
}

}  // namespace app
