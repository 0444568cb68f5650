// Runs the built `onewindow` binary: idcard decode, idcard check, devices.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "command_run.h"

namespace {
using cli_test::Run;

Run run_onewindow(const std::string& args, const std::string& stdin_file = "") {
  return cli_test::run_onewindow(args + (stdin_file.empty() ? "" : " <" + stdin_file));
}

std::string data(const std::string& name) { return std::string(ONEWINDOW_TEST_DATA) + "/idcard/" + name; }
}  // namespace

TEST_CASE("idcard decode prints the resident card as JSON with keys in the documented order") {
  auto r = run_onewindow("idcard decode " + data("resident.hex"));
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "{\n"
        "  \"card_type\": \"resident\",\n"
        "  \"name\": \"张𠀾\",\n"
        "  \"english_name\": \"\",\n"
        "  \"gender\": \"女\",\n"
        "  \"nation\": \"汉\",\n"
        "  \"birth\": \"1949-12-31\",\n"
        "  \"address\": \"北京市朝阳区建国路88号\",\n"
        "  \"id_number\": \"11010519491231002X\",\n"
        "  \"authority\": \"北京市公安局朝阳分局\",\n"
        "  \"valid_from\": \"2015-06-01\",\n"
        "  \"valid_to\": \"长期\",\n"
        "  \"nationality\": \"\",\n"
        "  \"pass_number\": \"\",\n"
        "  \"times_issued\": \"\",\n"
        "  \"id_number_valid\": true,\n"
        "  \"photo_bytes\": 1024\n"
        "}\n");
}

TEST_CASE("idcard decode reads stdin and decodes all four card types") {
  auto j = run_onewindow("idcard decode -", data("hk_macau_taiwan.hex"));
  CHECK(j.exit_code == 0);
  CHECK(j.out.find("\"card_type\": \"hk_macau_taiwan\"") != std::string::npos);
  CHECK(j.out.find("\"nation\": \"\"") != std::string::npos);
  CHECK(j.out.find("\"pass_number\": \"H60123456\"") != std::string::npos);
  CHECK(j.out.find("\"times_issued\": \"01\"") != std::string::npos);

  auto i = run_onewindow("idcard decode " + data("foreign_2017.hex"));
  CHECK(i.exit_code == 0);
  CHECK(i.out.find("\"card_type\": \"foreign_2017\"") != std::string::npos);
  CHECK(i.out.find("\"english_name\": \"SMITH, JOHN\"") != std::string::npos);
  CHECK(i.out.find("\"nationality\": \"USA\"") != std::string::npos);

  auto y = run_onewindow("idcard decode " + data("foreign_2023.hex"));
  CHECK(y.exit_code == 0);
  CHECK(y.out.find("\"card_type\": \"foreign_2023\"") != std::string::npos);
  CHECK(y.out.find("\"english_name\": \"MUELLER-LUEDENSCHEIDT, HANS PETER ALEXANDER\"") != std::string::npos);
  CHECK(y.out.find("\"id_number_valid\": true") != std::string::npos);
}

TEST_CASE("idcard decode reports a card whose number fails its check") {
  auto r = run_onewindow("idcard decode " + data("resident_bad_number.hex"));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"id_number_valid\": false") != std::string::npos);
}

TEST_CASE("idcard decode exits 2 with one line for each kind of bad frame") {
  auto chk = run_onewindow("idcard decode " + data("bad_checksum.hex"));
  CHECK(chk.exit_code == 2);
  CHECK(chk.out.empty());
  CHECK(chk.err.find("checksum expected ") != std::string::npos);
  auto trunc = run_onewindow("idcard decode " + data("truncated.hex"));
  CHECK(trunc.exit_code == 2);
  CHECK(trunc.err.find("length says 1288 but 1188 bytes follow") != std::string::npos);
  auto status = run_onewindow("idcard decode " + data("status_41.hex"));
  CHECK(status.exit_code == 2);
  CHECK(status.err.find("status 41: read failed") != std::string::npos);
  auto garbage = run_onewindow("idcard decode " + data("garbage_before.hex"));
  CHECK(garbage.exit_code == 2);
  CHECK(garbage.err.find("bad preamble at offset 0") != std::string::npos);
  CHECK(std::count(garbage.err.begin(), garbage.err.end(), '\n') == 1);
}

TEST_CASE("idcard check exits 0 for valid numbers and 1 with the reason") {
  CHECK(run_onewindow("idcard check 11010519491231002X").exit_code == 0);
  CHECK(run_onewindow("idcard check 810000199408230021").exit_code == 0);
  CHECK(run_onewindow("idcard check 932682198507120014").exit_code == 0);
  auto bad = run_onewindow("idcard check 110105194912310021");
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.find("check character expected X got 1") != std::string::npos);
  auto len = run_onewindow("idcard check 12345");
  CHECK(len.exit_code == 1);
  CHECK(len.out.find("length") != std::string::npos);
  auto date = run_onewindow("idcard check 110105194913310021");
  CHECK(date.exit_code == 1);
  CHECK(date.out.find("birth date") != std::string::npos);
  CHECK(run_onewindow("idcard check").exit_code == 2);
}

TEST_CASE("devices runs with or without USB devices and exits 0") {
  auto r = run_onewindow("devices");
  CHECK(r.exit_code == 0);
  CHECK_FALSE(r.out.empty());
}
