// QR images through ZXing: round trips at several sizes, Chinese text, PNG files, and pictures made
// worse with ImageMagick (rotation, blur, noise) as a phone photo of a slip would be.
#include "app/qr/qr_image.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "app/qr/png_gray.h"

using app::qr::GrayImage;
using app::qr::QrErrorLevel;

namespace {

const std::string kSlipPayload = "OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL";

std::filesystem::path temp_dir() {
  auto d = std::filesystem::temp_directory_path() / ("ow-qr-image-" + std::to_string(::getpid()));
  std::filesystem::create_directories(d);
  return d;
}

// ImageMagick from Debian (scripts/install-deps.sh installs it); a stand-in without it must not pass.
bool have_imagemagick() { return std::filesystem::exists("/usr/bin/convert"); }

}  // namespace

TEST_CASE("qr image: round trip at several sizes and levels") {
  const std::string texts[] = {"1", kSlipPayload, std::string(300, 'x'), std::string(1200, '7')};
  for (const auto& text : texts) {
    for (auto level : {QrErrorLevel::L, QrErrorLevel::M, QrErrorLevel::H}) {
      auto m = app::qr::encode_qr(text, level);
      REQUIRE_MESSAGE(m.ok(), std::string(m.ok() ? "" : m.error().message));
      CHECK((m->size - 21) % 4 == 0);  // versions grow by four modules
      for (int scale : {1, 3, 8}) {
        const GrayImage img = app::qr::render_qr(*m, scale);
        CHECK(img.width == (m->size + 2 * app::qr::kQuietZoneModules) * scale);
        auto decoded = app::qr::decode_qr(img);
        REQUIRE_MESSAGE(decoded.size() == 1, "text length " << text.size() << " scale " << scale);
        CHECK(decoded[0] == text);
      }
    }
  }
}

TEST_CASE("qr image: a slip payload is a small symbol (alphanumeric mode, version 3 at level M)") {
  auto m = app::qr::encode_qr(kSlipPayload, QrErrorLevel::M);
  REQUIRE(m.ok());
  CHECK(m->size == 29);
  auto h = app::qr::encode_qr(kSlipPayload, QrErrorLevel::H);
  REQUIRE(h.ok());
  CHECK(h->size > m->size);
}

TEST_CASE("qr image: Chinese text including CJK Extension B survives as UTF-8") {
  const std::string text = "南京市玄武区民政局 受理回执 张𠀾 䶮";
  auto m = app::qr::encode_qr(text);
  REQUIRE(m.ok());
  auto decoded = app::qr::decode_qr(app::qr::render_qr(*m, 4));
  REQUIRE(decoded.size() == 1);
  CHECK(decoded[0] == text);
}

TEST_CASE("qr image: too much text is an error, not an exception") {
  auto m = app::qr::encode_qr(std::string(8000, 'x'), QrErrorLevel::H);
  REQUIRE_FALSE(m.ok());
  CHECK(m.error().message.find("cannot encode") != std::string::npos);
}

TEST_CASE("qr image: a blank or empty picture holds no code") {
  GrayImage blank{64, 64, std::vector<std::uint8_t>(64 * 64, 255)};
  CHECK(app::qr::decode_qr(blank).empty());
  CHECK(app::qr::decode_qr(GrayImage{}).empty());
  GrayImage lying{100, 100, {}};  // claims more pixels than it has
  CHECK(app::qr::decode_qr(lying).empty());
}

TEST_CASE("qr image: PNG write and read keep every pixel") {
  const auto dir = temp_dir();
  auto m = app::qr::encode_qr(kSlipPayload);
  REQUIRE(m.ok());
  const GrayImage img = app::qr::render_qr(*m, 5);
  REQUIRE(app::qr::write_gray_png(dir / "slip.png", img).ok());
  auto back = app::qr::read_png_as_gray(dir / "slip.png");
  REQUIRE(back.ok());
  CHECK(back->width == img.width);
  CHECK(back->height == img.height);
  CHECK(back->pixels == img.pixels);
  CHECK_FALSE(app::qr::read_png_as_gray(dir / "missing.png").ok());
  {
    std::FILE* f = std::fopen((dir / "not.png").c_str(), "wb");
    std::fputs("hello", f);
    std::fclose(f);
  }
  auto bad = app::qr::read_png_as_gray(dir / "not.png");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("not a PNG") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("qr image: decodes after rotation, blur and noise (ImageMagick), in colour and with alpha") {
  REQUIRE_MESSAGE(have_imagemagick(), "ImageMagick's convert is missing: run scripts/install-deps.sh");
  const auto dir = temp_dir();
  auto m = app::qr::encode_qr(kSlipPayload);
  REQUIRE(m.ok());
  REQUIRE(app::qr::write_gray_png(dir / "slip.png", app::qr::render_qr(*m, 6)).ok());
  struct Variant {
    const char* name;
    const char* args;
  };
  const Variant variants[] = {
      {"rotate17", "-background white -rotate 17"},
      {"rotate90", "-rotate 90"},
      {"blur", "-blur 0x2"},
      {"rotate_blur_noise", "-background white -rotate 12 -blur 0x1.5 -attenuate 0.4 +noise Gaussian"},
      {"small", "-resize 50%"},
      {"rgb", "-fill '#204080' -opaque black -type TrueColor"},
      {"alpha", "-transparent white -type TrueColorAlpha"},
  };
  for (const auto& v : variants) {
    const auto out = dir / (std::string(v.name) + ".png");
    const std::string cmd = "/usr/bin/convert " + (dir / "slip.png").string() + " " + v.args + " " +
                            (std::string(v.name) == "rgb" ? "PNG24:" : std::string(v.name) == "alpha" ? "PNG32:" : "") +
                            out.string() + " 2>/dev/null";
    REQUIRE_MESSAGE(std::system(cmd.c_str()) == 0, cmd);
    auto img = app::qr::read_png_as_gray(out);
    REQUIRE_MESSAGE(img.ok(), v.name);
    auto decoded = app::qr::decode_qr(*img);
    REQUIRE_MESSAGE(decoded.size() == 1, v.name);
    CHECK(decoded[0] == kSlipPayload);
  }
  // heavy blur destroys it: the test can fail
  const auto ruined = dir / "ruined.png";
  REQUIRE(std::system(("/usr/bin/convert " + (dir / "slip.png").string() + " -blur 0x12 " + ruined.string()).c_str()) == 0);
  auto img = app::qr::read_png_as_gray(ruined);
  REQUIRE(img.ok());
  CHECK(app::qr::decode_qr(*img).empty());
  std::filesystem::remove_all(dir);
}

TEST_CASE("qr image: a chunk claiming more bytes than the file holds is refused before libpng allocates it") {
  // Found by fuzz:png_reader_fuzz: a 4×4 palette PNG whose sPLT chunk claims 0x73737373 bytes
  // made libpng allocate 1.9 GB. Now it is one line and nothing is allocated.
  const std::string head = std::string("\x89PNG\r\n\x1a\n", 8) + std::string("\0\0\0\x0dIHDR\0\0\0\x04\0\0\0\x04\x08\x03\0\0\0", 21) +
                           "\x9e/nL";
  const std::string bytes = head + std::string("\0\0\0\x06", 4) + std::string(19, 's') + "PLTU" + std::string(8, '\0');
  auto img = app::qr::decode_png_as_gray(bytes, "oom.png");
  REQUIRE_FALSE(img.ok());
  CHECK(img.error().message == "oom.png: a chunk claims 1936946035 bytes but the file ends before them; the file is damaged");
  // A text chunk larger than the cap, though present in full, is refused too.
  std::string big = head;
  const std::uint32_t n = (9u << 20);
  big += std::string{static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8), static_cast<char>(n)};
  big += "tEXt" + std::string(n, 'x') + "CRC!";
  auto text = app::qr::decode_png_as_gray(big, "text.png");
  REQUIRE_FALSE(text.ok());
  CHECK(text.error().message.find("at most 8 MB besides the picture data") != std::string::npos);
}

TEST_CASE("qr image: a PNG carrying a text chunk still reads") {
  auto m = app::qr::encode_qr(kSlipPayload);
  REQUIRE(m.ok());
  const GrayImage img = app::qr::render_qr(*m, 3);
  auto png = app::qr::encode_gray_png(img);
  REQUIRE(png.ok());
  // A tEXt chunk after IHDR (8 + 25 bytes): libpng is told to skip it, so its bad CRC does no harm.
  std::string with_text = png->substr(0, 33) + std::string("\0\0\0\x05tEXtA\0abcBAD!", 17) + png->substr(33);
  auto back = app::qr::decode_png_as_gray(with_text, "text.png");
  INFO((back.ok() ? std::string() : back.error().message));
  REQUIRE(back.ok());
  CHECK(back->pixels == img.pixels);
}
