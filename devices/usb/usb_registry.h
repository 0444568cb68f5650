#pragma once
// Which USB devices we drive, and with what: rules by VID:PID or by interface class. Defaults cover
// the ID-card readers named in protocols.md; configuration may add more rules at start-up.
// Pure data: no libusb here, so the matching is testable without a device.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/device_kind.h"
#include "base/result.h"

namespace devices::usb {

struct UsbEndpointInfo {
  std::uint8_t address = 0;     // bit 7 set = IN
  std::uint8_t attributes = 0;  // bits 0–1: 2 = bulk, 3 = interrupt
  std::uint16_t max_packet = 0;
  bool is_in() const { return (address & 0x80) != 0; }
  bool is_bulk() const { return (attributes & 0x03) == 2; }
  bool is_interrupt() const { return (attributes & 0x03) == 3; }
};

struct UsbInterfaceInfo {
  std::uint8_t number = 0;
  std::uint8_t interface_class = 0, interface_subclass = 0, interface_protocol = 0;
  std::vector<UsbEndpointInfo> endpoints;
};

// What enumeration tells us about one device, without opening it.
struct UsbDeviceInfo {
  std::uint8_t bus = 0, address = 0;
  std::uint16_t vendor_id = 0, product_id = 0;
  std::vector<UsbInterfaceInfo> interfaces;  // of the active (or first) configuration
  std::string id() const;        // "0400:c35a"
  std::string location() const;  // "bus 1 addr 2"
};

// Vendor-bulk ID-card readers differ in how a frame crosses the pipes (protocols.md).
enum class FrameStyle {
  WholeFrame,   // the whole frame on the first bulk OUT, the whole reply on the first bulk IN
  SplitHeader,  // preamble + length on the first pipe, the rest on the second (OUT 02/06, IN 81/85)
};

struct UsbRule {
  std::optional<std::uint16_t> vendor_id, product_id;  // both set: this exact device
  std::optional<std::uint8_t> interface_class;         // set: any device with such an interface
  std::optional<std::uint8_t> interface_subclass, interface_protocol;
  base::DeviceKind kind = base::DeviceKind::IdCardReader;
  std::string driver;  // e.g. "sam-bulk"
  FrameStyle frame_style = FrameStyle::WholeFrame;
  std::string description;
};

struct UsbMatch {
  UsbRule rule;
  std::uint8_t interface_number = 0;  // the interface the driver claims
};

class UsbRegistry {
 public:
  // 0400:c35a and 0316:5020 SAM ID-card readers (vendor class, bulk).
  static UsbRegistry defaults();

  void add(UsbRule rule);
  // Exact VID:PID rules win over class rules; nullopt when no rule matches.
  std::optional<UsbMatch> match(const UsbDeviceInfo& device) const;
  const std::vector<UsbRule>& rules() const { return rules_; }

 private:
  std::vector<UsbRule> rules_;
};

// "0400:c35a" → {0x0400, 0xc35a}. Error: "USB id must look like 0400:c35a (got …)".
base::Result<std::pair<std::uint16_t, std::uint16_t>> parse_usb_id(std::string_view text);

}  // namespace devices::usb
