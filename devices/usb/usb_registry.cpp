#include "devices/usb/usb_registry.h"

#include <cstdio>

namespace devices::usb {

namespace {
constexpr std::uint8_t kVendorSpecificClass = 0xFF;

bool class_fits(const UsbRule& r, const UsbInterfaceInfo& i) {
  if (r.interface_class && *r.interface_class != i.interface_class) return false;
  if (r.interface_subclass && *r.interface_subclass != i.interface_subclass) return false;
  if (r.interface_protocol && *r.interface_protocol != i.interface_protocol) return false;
  return true;
}

// For a VID:PID rule, the interface to claim: the first one with the rule's class if it names one,
// else the first with a bulk IN and a bulk OUT endpoint, else interface 0.
std::uint8_t pick_interface(const UsbRule& r, const UsbDeviceInfo& d) {
  for (const auto& i : d.interfaces)
    if (r.interface_class && class_fits(r, i)) return i.number;
  for (const auto& i : d.interfaces) {
    bool in = false, out = false;
    for (const auto& e : i.endpoints) {
      if (!e.is_bulk()) continue;
      (e.is_in() ? in : out) = true;
    }
    if (in && out) return i.number;
  }
  return d.interfaces.empty() ? 0 : d.interfaces.front().number;
}
}  // namespace

std::string UsbDeviceInfo::id() const {
  char s[16];
  std::snprintf(s, sizeof s, "%04x:%04x", vendor_id, product_id);
  return s;
}

std::string UsbDeviceInfo::location() const {
  return "bus " + std::to_string(bus) + " addr " + std::to_string(address);
}

UsbRegistry UsbRegistry::defaults() {
  UsbRegistry r;
  UsbRule sam;
  sam.vendor_id = 0x0400;
  sam.product_id = 0xc35a;
  sam.interface_class = kVendorSpecificClass;
  sam.kind = base::DeviceKind::IdCardReader;
  sam.driver = "sam-bulk";
  sam.description = "SAM ID-card reader (vendor bulk)";
  r.add(sam);
  sam.vendor_id = 0x0316;
  sam.product_id = 0x5020;
  r.add(sam);
  return r;
}

void UsbRegistry::add(UsbRule rule) { rules_.push_back(std::move(rule)); }

std::optional<UsbMatch> UsbRegistry::match(const UsbDeviceInfo& d) const {
  for (const auto& r : rules_)
    if (r.vendor_id && r.product_id && *r.vendor_id == d.vendor_id && *r.product_id == d.product_id)
      return UsbMatch{r, pick_interface(r, d)};
  for (const auto& r : rules_) {
    if (r.vendor_id || r.product_id || !r.interface_class) continue;
    for (const auto& i : d.interfaces)
      if (class_fits(r, i)) return UsbMatch{r, i.number};
  }
  return std::nullopt;
}

base::Result<std::pair<std::uint16_t, std::uint16_t>> parse_usb_id(std::string_view text) {
  auto bad = [&] { return base::Error{"USB id must look like 0400:c35a (got \"" + std::string(text) + "\")"}; };
  if (text.size() != 9 || text[4] != ':') return bad();
  auto hex4 = [](std::string_view s, std::uint16_t& out) {
    unsigned v = 0;
    for (char c : s) {
      v <<= 4;
      if (c >= '0' && c <= '9') v |= unsigned(c - '0');
      else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
      else return false;
    }
    out = static_cast<std::uint16_t>(v);
    return true;
  };
  std::uint16_t vid = 0, pid = 0;
  if (!hex4(text.substr(0, 4), vid) || !hex4(text.substr(5, 4), pid)) return bad();
  return std::pair{vid, pid};
}

}  // namespace devices::usb
