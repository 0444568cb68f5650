#include "app/device_hub.h"

#include <type_traits>

#include "app/log.h"
#include "devices/idcard/reader_service.h"
#include "devices/printer/driver.h"
#include "devices/printer/printer_usb_rules.h"
#include "devices/printer/simulator.h"
#include "devices/scanner/driver.h"
#include "devices/scanner/scanner_usb_rules.h"
#include "devices/scanner/simulator.h"
#include "devices/usb/usb_context.h"
#include "devices/usb/usb_device_source.h"

namespace app {

namespace {
core::ev::DeviceLinkChanged link(base::DeviceKind k, bool up, bool simulated) {
  return {k, {up ? core::DeviceLink::Connected : core::DeviceLink::Disconnected,
              simulated ? core::DeviceOrigin::Simulated : core::DeviceOrigin::Hardware}};
}
}  // namespace

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
  devices::idcard::IdCardReaderOptions opts;
  opts.log = [](const std::string& line) { log::debug("idcard", line); };
  opts.poll_period = std::chrono::milliseconds(config.idcard.poll_ms);
  // The service hands over core events; the technical reasons go to the log here.
  auto post = [this](core::Event e) {
    if (auto* f = std::get_if<core::ev::CardReadFailed>(&e)) log::warn("idcard", "read failed: " + f->reason);
    if (auto* l = std::get_if<core::ev::DeviceLinkChanged>(&e))
      log::info("idcard", l->state.link == core::DeviceLink::Connected ? "reader connected" : "reader disconnected");
    q_.post(std::move(e));
  };
  if (simulated) {
    reader_ = devices::idcard::IdCardReaderService::simulated(opts, post);
  } else if (!config.idcard.serial_path.empty()) {
    reader_ = devices::idcard::IdCardReaderService::serial(config.idcard.serial_path, opts, post);
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
    reader_ = devices::idcard::IdCardReaderService::usb(usb_, registry, opts, post);
  }
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
  scanner_ = std::make_unique<sc::ScannerDriver>(source, opts, [this, simulated](const sc::ScannerEvent& e) {
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, sc::ScannerConnected>) {
            log::info("scanner", "connected: " + v.scanner);
            q_.post(link(base::DeviceKind::Scanner, true, simulated));
          } else if constexpr (std::is_same_v<T, sc::ScannerDisconnected>) {
            log::warn("scanner", "disconnected: " + v.reason);
            q_.post(link(base::DeviceKind::Scanner, false, simulated));
          } else if constexpr (std::is_same_v<T, sc::CodeScanned>) {
            q_.post(core::ev::CodeScanned{v.text, v.symbology});
          }
        },
        e);
  });
  scanner_->start();
}

namespace {
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
  printer_ = std::make_unique<pr::PrinterDriver>(source, pr::PrinterTiming{}, [this, simulated](const pr::PrinterEvent& e) {
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, pr::PrinterStatusChanged>) {
            log::info("printer", std::string(v.connected ? "connected: " : "not connected: ") + v.condition.describe());
            q_.post(link(base::DeviceKind::Printer, v.connected, simulated));
            q_.post(core::ev::PrinterTroubleChanged{trouble_of(v.condition)});
          } else if constexpr (std::is_same_v<T, pr::PrintJobDone>) {
            if (const auto job = take_job(v.job)) q_.post(core::ev::PrintDone{job});
          } else if constexpr (std::is_same_v<T, pr::PrintJobFailed>) {
            log::warn("printer", v.reason + " (" + v.detail + ")");
            const auto job = take_job(v.job);
            if (!job) return;
            // The printer's own state names the cause for the screen (缺纸, 纸仓盖未合 …).
            const auto trouble = trouble_of(v.condition);
            q_.post(core::ev::PrintFailed{job, trouble == core::PrinterTrouble::PaperNearEnd ? core::PrinterTrouble::None : trouble,
                                          v.reason + " (" + v.detail + ")"});
          }
        },
        e);
  });
  printer_->start();
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

void DeviceHub::simulate_card(int slot) {
  if (reader_) reader_->demo_card(slot);
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
  usb_.reset();
}

}  // namespace app
