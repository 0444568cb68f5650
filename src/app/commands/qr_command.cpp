// `onewindow qr encode|decode|sign|verify`: QR images and the signed slip payload.
#include <cstdio>
#include <string>
#include <vector>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "base/printable.h"
#include "app/paths.h"
#include "app/qr/png_gray.h"
#include "app/qr/qr_image.h"
#include "app/qr/slip_signer.h"

namespace app {

namespace {

constexpr int kMaxModulePixels = 64;

bool parse_positive(const std::string& s, int max, int& out) {
  if (s.empty() || s.size() > 3) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v < 1 || v > max) return false;
  out = v;
  return true;
}

bool parse_level(const std::string& s, qr::QrErrorLevel& out) {
  if (s == "L") out = qr::QrErrorLevel::L;
  else if (s == "M") out = qr::QrErrorLevel::M;
  else if (s == "Q") out = qr::QrErrorLevel::Q;
  else if (s == "H") out = qr::QrErrorLevel::H;
  else return false;
  return true;
}

// The signer for --key FILE, or the hall key at its default place.
base::Result<qr::SlipSigner> signer_for(const std::optional<std::string>& key_file) {
  return qr::SlipSigner::from_hall_key_file(key_file ? std::filesystem::path(*key_file) : paths::default_hall_key());
}

}  // namespace

int run_qr_encode(Args args) {
  ArgParser p(args);
  const auto out = p.option("--out");
  const auto scale = p.option("--scale");
  const auto level = p.option("--ecc");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("qr encode takes one TEXT");
  if (!out) return usage_error("qr encode needs --out FILE.png");
  int module_px = qr::kDefaultModulePixels;
  if (scale && !parse_positive(*scale, kMaxModulePixels, module_px)) {
    return usage_error("--scale takes pixels per module, 1 to 64, got '" + *scale + "'");
  }
  qr::QrErrorLevel ecc = qr::QrErrorLevel::M;
  if (level && !parse_level(*level, ecc)) return usage_error("--ecc takes L, M, Q or H, got '" + *level + "'");
  auto modules = qr::encode_qr(pos[0], ecc);
  if (!modules) return usage_error(modules.error().message);
  if (auto written = qr::write_gray_png(*out, qr::render_qr(*modules, module_px)); !written) {
    return usage_error(written.error().message);
  }
  return kExitOk;
}

int run_qr_decode(Args args) {
  ArgParser p(args);
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("qr decode takes one FILE.png");
  auto image = qr::read_png_as_gray(pos[0]);
  if (!image) return usage_error(image.error().message);
  const auto texts = qr::decode_qr(*image);
  for (const auto& t : texts) std::printf("%s\n", base::printable(t, base::kMaxLineChars * 10).c_str());
  if (texts.empty()) {
    std::fprintf(stderr, "onewindow: no QR code found in %s\n", base::printable(pos[0], 120).c_str());
    return kExitNo;
  }
  return kExitOk;
}

int run_qr_sign(Args args) {
  ArgParser p(args);
  const auto key = p.option("--key");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("qr sign takes one ACCEPTANCE_NO");
  auto signer = signer_for(key);
  if (!signer) return usage_error(signer.error().message);
  auto payload = signer->sign(pos[0]);
  if (!payload) return usage_error(payload.error().message);
  std::printf("%s\n", base::printable(*payload, base::kMaxLineChars).c_str());
  return kExitOk;
}

// Exit 0 and the acceptance number when genuine; 1 and "<reason>: <detail>" when not.
int run_qr_verify(Args args) {
  ArgParser p(args);
  const auto key = p.option("--key");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("qr verify takes one PAYLOAD");
  auto signer = signer_for(key);
  if (!signer) return usage_error(signer.error().message);
  const auto check = signer->verify(pos[0]);
  if (!check.ok()) {
    const auto reason = core::slip_refusal_name(*check.refusal);
    std::printf("%.*s: %s\n", static_cast<int>(reason.size()), reason.data(), base::one_line(check.detail).c_str());
    return kExitNo;
  }
  std::printf("%s\n", base::printable(check.acceptance_no).c_str());
  return kExitOk;
}

}  // namespace app
