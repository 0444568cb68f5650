// ZXing 1.4 returns text as UTF-8 std::string only with this defined (toolchain.md). Only this file
// includes ZXing; the lead may move the define to the onewindow_app target.
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include "app/qr/qr_image.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <exception>
#include <string>

namespace app::qr {
namespace {

// MultiFormatWriter takes the level on a 0–8 scale for all 2D formats; for QR it maps pairs of
// that scale onto L, M, Q, H.
int zxing_ecc_level(QrErrorLevel level) {
  switch (level) {
    case QrErrorLevel::L: return 1;
    case QrErrorLevel::M: return 3;
    case QrErrorLevel::Q: return 5;
    case QrErrorLevel::H: return 7;
  }
  return 3;
}

}  // namespace

base::Result<QrModules> encode_qr(std::string_view utf8_text, QrErrorLevel level) {
  try {
    auto writer = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                      .setEncoding(ZXing::CharacterSet::UTF8)
                      .setEccLevel(zxing_ecc_level(level))
                      .setMargin(0);
    // Width and height 0: the smallest matrix, one pixel per module.
    const ZXing::BitMatrix matrix = writer.encode(std::string(utf8_text), 0, 0);
    QrModules m;
    m.size = matrix.width();
    m.dark.resize(static_cast<std::size_t>(m.size) * static_cast<std::size_t>(m.size));
    for (int y = 0; y < m.size; ++y)
      for (int x = 0; x < m.size; ++x) m.dark[static_cast<std::size_t>(y * m.size + x)] = matrix.get(x, y) ? 1 : 0;
    return m;
  } catch (const std::exception& e) {
    return base::Error{"cannot encode " + std::to_string(utf8_text.size()) + " bytes as a QR code: " + e.what()};
  }
}

GrayImage render_qr(const QrModules& modules, int module_px, int quiet_zone) {
  module_px = std::max(module_px, 1);
  quiet_zone = std::max(quiet_zone, 0);
  GrayImage img;
  img.width = img.height = (modules.size + 2 * quiet_zone) * module_px;
  constexpr std::uint8_t kWhite = 255;
  constexpr std::uint8_t kBlack = 0;
  img.pixels.assign(static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height), kWhite);
  for (int my = 0; my < modules.size; ++my) {
    for (int mx = 0; mx < modules.size; ++mx) {
      if (!modules.at(mx, my)) continue;
      const int px = (mx + quiet_zone) * module_px;
      const int py = (my + quiet_zone) * module_px;
      for (int y = py; y < py + module_px; ++y) {
        auto row = img.pixels.begin() + static_cast<std::ptrdiff_t>(y) * img.width;
        std::fill(row + px, row + px + module_px, kBlack);
      }
    }
  }
  return img;
}

std::vector<std::string> decode_qr(const GrayImage& image) {
  std::vector<std::string> texts;
  if (image.width <= 0 || image.height <= 0 ||
      image.pixels.size() < static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height)) {
    return texts;
  }
  try {
    const ZXing::ImageView view(image.pixels.data(), image.width, image.height, ZXing::ImageFormat::Lum);
    const auto hints = ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true).setTryRotate(true);
    for (const auto& r : ZXing::ReadBarcodes(view, hints)) {
      if (r.isValid()) texts.push_back(r.text());
    }
  } catch (const std::exception&) {
    // A picture ZXing cannot work with holds no code we can read.
  }
  return texts;
}

}  // namespace app::qr
