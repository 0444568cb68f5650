#include "app/qr/slip_signer.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "core/domain/slip_code.h"
#include "store/hall_key.h"

using app::qr::SlipSigner;
using core::SlipRefusal;

namespace {
SlipSigner::Key key_of(std::uint8_t fill) {
  SlipSigner::Key k{};
  k.fill(fill);
  return k;
}
constexpr std::string_view kNumber = "320102-01-20261123-0042";
}  // namespace

TEST_CASE("qr signer: a signed payload verifies and gives back its acceptance number") {
  SlipSigner signer(key_of(7));
  auto payload = signer.sign(kNumber);
  REQUIRE(payload.ok());
  CHECK(payload->size() == 44);
  auto v = signer.verify(*payload);
  REQUIRE(v.ok());
  CHECK(v.acceptance_no == kNumber);
  // deterministic: the same number signs the same way (a reprinted slip carries the same code)
  CHECK(*signer.sign(kNumber) == *payload);
}

TEST_CASE("qr signer: known answer: HMAC-SHA256 truncated to 80 bits, base32") {
  // A fixed 32-byte key of 0x0b over "OW1:<no>", cross-checked with OpenSSL and coreutils:
  //   printf 'OW1:320102-01-20261123-0042' | openssl dgst -sha256 -mac HMAC -macopt hexkey:0b…0b -r
  //   | cut -c1-20 | xxd -r -p | base32
  SlipSigner signer(key_of(0x0b));
  auto payload = signer.sign(kNumber);
  REQUIRE(payload.ok());
  CHECK(*payload == "OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL");
}

TEST_CASE("qr signer: forged, altered, truncated, lower-case and padded payloads are refused") {
  SlipSigner signer(key_of(7));
  const std::string good = *signer.sign(kNumber);
  const std::string mac = good.substr(good.size() - 16);

  // forged: signed with another hall's key
  auto forged = signer.verify(*SlipSigner(key_of(8)).sign(kNumber));
  REQUIRE_FALSE(forged.ok());
  CHECK(*forged.refusal == SlipRefusal::MacMismatch);
  // altered acceptance number, MAC kept
  auto altered = signer.verify("OW1:320102-01-20261123-0043:" + mac);
  CHECK(*altered.refusal == SlipRefusal::MacMismatch);
  // altered MAC: flip one character
  std::string flipped = good;
  flipped.back() = flipped.back() == 'A' ? 'B' : 'A';
  CHECK(*signer.verify(flipped).refusal == SlipRefusal::MacMismatch);
  // truncated
  CHECK(*signer.verify(good.substr(0, good.size() - 1)).refusal == SlipRefusal::BadFormat);
  CHECK(*signer.verify(good.substr(0, 20)).refusal == SlipRefusal::BadFormat);
  // other spellings of the same MAC
  std::string lower = good;
  for (std::size_t i = lower.size() - 16; i < lower.size(); ++i)
    if (lower[i] >= 'A' && lower[i] <= 'Z') lower[i] = static_cast<char>(lower[i] - 'A' + 'a');
  CHECK(*signer.verify(lower).refusal == SlipRefusal::BadFormat);
  CHECK(*signer.verify(good + "=").refusal == SlipRefusal::BadFormat);
  CHECK(*signer.verify(good + "======").refusal == SlipRefusal::BadFormat);
  // other version
  CHECK(*signer.verify("OW2" + good.substr(3)).refusal == SlipRefusal::BadVersion);
  // a malformed number cannot be signed
  auto bad = signer.sign("320102-01-2026112-0042");
  CHECK_FALSE(bad.ok());
}

TEST_CASE("qr signer: the signer derives its key from the hall key file") {
  const auto dir = std::filesystem::temp_directory_path() / ("ow-qr-key-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const auto file = dir / "hall.key";
  auto a = SlipSigner::from_hall_key_file(file);
  REQUIRE(a.ok());
  CHECK(std::filesystem::exists(file));
  auto b = SlipSigner::from_hall_key_file(file);  // a second terminal sharing the file
  REQUIRE(b.ok());
  const std::string p = *a->sign(kNumber);
  CHECK(b->verify(p).ok());
  // the MAC uses the "qr-mac" sub-key, not the master key itself
  store::HallKey::Bytes master{};
  {
    std::FILE* f = std::fopen(file.c_str(), "rb");
    REQUIRE(f != nullptr);
    REQUIRE(std::fread(master.data(), 1, master.size(), f) == master.size());
    std::fclose(f);
  }
  CHECK(*SlipSigner(master).verify(p).refusal == SlipRefusal::MacMismatch);
  CHECK(SlipSigner(store::HallKey::from_bytes(master).derive(store::kPurposeQrMac)).verify(p).ok());
  std::filesystem::remove_all(dir);
}
