#include "store/hall_key.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <fstream>

#include "store/temp_dir.h"

using store::HallKey;

TEST_CASE("hall key is created with mode 0600 in a new folder and read back unchanged") {
  test_support::TempDir dir;
  auto file = dir / "sub/dir/hall.key";
  auto first = HallKey::load_or_create(file);
  REQUIRE_MESSAGE(first.ok(), (first.ok() ? "" : first.error().message));
  REQUIRE(std::filesystem::exists(file));
  CHECK(std::filesystem::file_size(file) == 32);
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);

  auto second = HallKey::load_or_create(file);
  REQUIRE(second.ok());
  CHECK(first->derive("qr-mac") == second->derive("qr-mac"));
  // No temporary files left beside the key.
  int entries = 0;
  for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(file.parent_path())) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("two new hall keys differ and purposes give different sub-keys") {
  test_support::TempDir dir;
  auto a = HallKey::load_or_create(dir / "a.key");
  auto b = HallKey::load_or_create(dir / "b.key");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->derive("qr-mac") != b->derive("qr-mac"));
  CHECK(a->derive("qr-mac") != a->derive("audit-id"));
  CHECK(a->derive(store::kPurposeAuditId) == a->derive("audit-id"));
}

TEST_CASE("hall key file of the wrong size is refused and left alone") {
  test_support::TempDir dir;
  auto file = dir / "hall.key";
  { std::ofstream(file) << "too short"; }
  auto key = HallKey::load_or_create(file);
  REQUIRE_FALSE(key.ok());
  CHECK(key.error().message.find("expected 32") != std::string::npos);
  CHECK(key.error().message.find(file.string()) != std::string::npos);
  CHECK(std::filesystem::file_size(file) == 9);
}

TEST_CASE("sub-key derivation is fixed for a known master key") {
  HallKey::Bytes master{};
  for (std::size_t i = 0; i < master.size(); ++i) master[i] = static_cast<std::uint8_t>(i);
  auto k = HallKey::from_bytes(master);
  auto again = HallKey::from_bytes(master);
  CHECK(k.derive("qr-mac") == again.derive("qr-mac"));
  master[0] ^= 1;
  CHECK(HallKey::from_bytes(master).derive("qr-mac") != k.derive("qr-mac"));
}

TEST_CASE("audit hash of an ID number is keyed, stable and not the number in clear") {
  HallKey::Bytes m1{}, m2{};
  m2[5] = 7;
  auto k1 = HallKey::from_bytes(m1);
  auto k2 = HallKey::from_bytes(m2);
  const std::string id = "11010519491231002X";
  auto h = store::audit_hash_of_id(k1, id);
  CHECK(h.size() == 32);
  CHECK(h == store::audit_hash_of_id(k1, id));
  CHECK(h != store::audit_hash_of_id(k2, id));
  CHECK(h != store::audit_hash_of_id(k1, "110105194912310038"));
  CHECK(h.find("110105") == std::string::npos);
}
