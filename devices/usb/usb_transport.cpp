#include "devices/usb/usb_transport.h"

#include <libusb.h>

#include <algorithm>
#include <cstdio>

namespace devices::usb {

namespace {
// A blocked transfer wakes at least this often to notice close().
constexpr std::chrono::milliseconds kTransferSlice{100};
// Largest single IN request; a SAM reply is at most ~2.3 KiB.
constexpr std::size_t kMaxInRequest = 4096;
// SplitHeader style: preamble (5) + length (2) travel on the first pipe; LEN is big-endian at 5.
constexpr std::size_t kSplitHeaderBytes = 7;
constexpr std::size_t kSplitLengthOffset = 5;

std::string hex_ep(std::uint8_t ep) {
  char s[8];
  std::snprintf(s, sizeof s, "0x%02x", ep);
  return s;
}

IoError from_libusb(int rc, const std::string& what) {
  std::string m = what + ": " + libusb_error_name(rc);
  switch (rc) {
    case LIBUSB_ERROR_TIMEOUT: return timeout_error(m);
    case LIBUSB_ERROR_NO_DEVICE: return disconnected_error(m);
    default: return io_error(m);
  }
}
}  // namespace

base::Result<std::shared_ptr<UsbTransport>> UsbTransport::open(libusb_device* device, const UsbDeviceInfo& info,
                                                               const UsbMatch& match) {
  std::shared_ptr<UsbTransport> t(new UsbTransport());
  t->style_ = match.rule.frame_style;
  t->interface_ = match.interface_number;
  t->description_ = "USB " + info.id() + " " + info.location();

  const UsbInterfaceInfo* iface = nullptr;
  for (const auto& i : info.interfaces)
    if (i.number == match.interface_number) iface = &i;
  if (!iface) return base::Error{t->description_ + ": no interface " + std::to_string(match.interface_number)};
  std::vector<const UsbEndpointInfo*> outs, ins, interrupt_ins;
  for (const auto& e : iface->endpoints) {
    if (e.is_bulk()) (e.is_in() ? ins : outs).push_back(&e);
    else if (e.is_interrupt() && e.is_in()) interrupt_ins.push_back(&e);
  }
  if (ins.empty() && !interrupt_ins.empty()) {
    ins = interrupt_ins;
    t->in_is_interrupt_ = true;
  }
  const std::size_t need = t->style_ == FrameStyle::SplitHeader ? 2 : 1;
  // An input-only device (a HID scanner: one interrupt IN) is fine; writing to it then fails.
  const std::size_t need_out = t->style_ == FrameStyle::SplitHeader ? 2 : 0;
  if (ins.size() < need || outs.size() < need_out)
    return base::Error{t->description_ + ": interface " + std::to_string(iface->number) + " has " +
                       std::to_string(outs.size()) + " OUT and " + std::to_string(ins.size()) +
                       " IN endpoints, the frame style needs " + std::to_string(need) + " IN and " +
                       std::to_string(need_out) + " OUT"};
  for (std::size_t k = 0; k < need; ++k) {
    if (k < outs.size()) t->out_[k] = outs[k]->address;
    t->in_[k] = ins[k]->address;
    t->in_packet_[k] = std::max<std::uint16_t>(ins[k]->max_packet, 1);
  }

  if (int rc = libusb_open(device, &t->handle_); rc != 0) {
    const std::string hint = rc == LIBUSB_ERROR_ACCESS ? " (no permission: install the udev rule)" : "";
    return base::Error{"opening " + t->description_ + ": " + libusb_error_name(rc) + hint};
  }
  // Not supported on every platform; where it is, a bound kernel driver (usbhid, cdc_acm, usblp)
  // is detached on claim and re-attached on release.
  libusb_set_auto_detach_kernel_driver(t->handle_, 1);
  if (int rc = libusb_claim_interface(t->handle_, t->interface_); rc != 0) {
    libusb_close(t->handle_);
    t->handle_ = nullptr;
    return base::Error{"claiming interface " + std::to_string(t->interface_) + " of " + t->description_ + ": " +
                       libusb_error_name(rc)};
  }
  t->device_ = libusb_ref_device(device);
  return t;
}

UsbTransport::~UsbTransport() {
  close();
  release();
}

void UsbTransport::close() { closed_ = true; }

void UsbTransport::release() {
  std::lock_guard lock(io_mutex_);
  if (handle_) {
    libusb_release_interface(handle_, interface_);
    libusb_close(handle_);
    handle_ = nullptr;
  }
  if (device_) {
    libusb_unref_device(device_);
    device_ = nullptr;
  }
}

IoStatus UsbTransport::transfer_out(std::uint8_t ep, std::span<const std::uint8_t> bytes,
                                    std::chrono::milliseconds timeout) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    if (closed_) return disconnected_error(description_ + ": closed");
    int done = 0;
    auto* data = const_cast<unsigned char*>(bytes.data() + sent);  // libusb's API is not const
    const int rc = libusb_bulk_transfer(handle_, ep, data, static_cast<int>(bytes.size() - sent), &done,
                                        static_cast<unsigned>(timeout.count()));
    sent += static_cast<std::size_t>(done);
    if (rc == LIBUSB_ERROR_NO_DEVICE) closed_ = true;
    if (rc != 0) return from_libusb(rc, "bulk OUT " + hex_ep(ep));
  }
  return io_ok();
}

IoResult<Bytes> UsbTransport::transfer_in(std::uint8_t ep, std::size_t max_bytes, std::chrono::milliseconds timeout) {
  const std::size_t k = ep == in_[1] && style_ == FrameStyle::SplitHeader ? 1 : 0;
  // Ask for whole packets: a request shorter than a packet the device sends would overflow.
  const std::size_t packet = in_packet_[k];
  std::size_t request = std::min(std::max(max_bytes, packet), kMaxInRequest);
  request = (request + packet - 1) / packet * packet;
  Bytes buf(request);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (closed_) return disconnected_error(description_ + ": closed");
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return timeout_error("IN " + hex_ep(ep) + " after " + std::to_string(timeout.count()) + " ms");
    const auto slice = std::min(left, kTransferSlice);
    int got = 0;
    const int rc = in_is_interrupt_
                       ? libusb_interrupt_transfer(handle_, ep, buf.data(), static_cast<int>(buf.size()), &got,
                                                   static_cast<unsigned>(slice.count()))
                       : libusb_bulk_transfer(handle_, ep, buf.data(), static_cast<int>(buf.size()), &got,
                                              static_cast<unsigned>(slice.count()));
    if (got > 0) {
      buf.resize(static_cast<std::size_t>(got));
      return buf;
    }
    if (rc == LIBUSB_ERROR_TIMEOUT || (rc == 0 && got == 0)) continue;  // zero-length packet: keep waiting
    if (rc == LIBUSB_ERROR_NO_DEVICE) closed_ = true;
    return from_libusb(rc, "IN " + hex_ep(ep));
  }
}

IoStatus UsbTransport::write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) {
  std::lock_guard lock(io_mutex_);
  if (closed_ || !handle_) return disconnected_error(description_ + ": closed");
  if (out_[0] == 0) return io_error(description_ + ": the device has no OUT endpoint");
  if (style_ == FrameStyle::WholeFrame || bytes.size() <= kSplitHeaderBytes) return transfer_out(out_[0], bytes, timeout);
  if (auto s = transfer_out(out_[0], bytes.first(kSplitHeaderBytes), timeout); !s) return s;
  return transfer_out(out_[1], bytes.subspan(kSplitHeaderBytes), timeout);
}

IoResult<Bytes> UsbTransport::read(std::size_t max_bytes, std::chrono::milliseconds timeout) {
  std::lock_guard lock(io_mutex_);
  if (closed_ || !handle_) return disconnected_error(description_ + ": closed");
  if (style_ == FrameStyle::WholeFrame) return transfer_in(in_[0], max_bytes, timeout);
  if (second_pipe_due_ > 0) {
    auto r = transfer_in(in_[1], std::min(max_bytes, second_pipe_due_), timeout);
    if (r) second_pipe_due_ -= std::min(second_pipe_due_, r->size());
    return r;
  }
  auto header = transfer_in(in_[0], kSplitHeaderBytes, timeout);
  if (header && header->size() >= kSplitHeaderBytes) {
    const std::size_t len = (std::size_t{(*header)[kSplitLengthOffset]} << 8) | (*header)[kSplitLengthOffset + 1];
    const std::size_t extra = header->size() - kSplitHeaderBytes;  // a device that sent more than the header
    second_pipe_due_ = len > extra ? len - extra : 0;
  }
  return header;
}

void UsbTransport::discard_input() {
  std::lock_guard lock(io_mutex_);
  second_pipe_due_ = 0;
}

}  // namespace devices::usb
