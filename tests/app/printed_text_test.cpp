// `expect printed` underneath: the words on the virtual printer's paper decoded from the ESC/POS it
// received (GB18030 text in Chinese mode, code page 437 otherwise; command bytes, QR codes and raster
// lines leave no text), found with blanks and line breaks left out, and a failure's short excerpt.
#include <doctest/doctest.h>

#include <string>

#include "app/scenario/printed_match.h"
#include "app/slip/printer_text.h"
#include "app/slip/slip_render.h"
#include "app/text_encoding.h"
#include "devices/printer/protocol_encoder.h"
#include "devices/printer/virtual_printer.h"
#include "slip_test_support.h"

namespace pr = devices::printer;
namespace sc = app::scenario;

namespace {

std::string paper_of(const pr::Bytes& job) {
  pr::VirtualPrinter printer;
  printer.receive(job);
  return app::slip::printed_text(printer.pages());
}

}  // namespace

TEST_CASE("printed text: an acceptance slip in text mode reads back as its words, without command bytes") {
  const auto slip = slip_test::sample_slip(slip_test::sample_application("䶮一鸣"));
  auto job = app::slip::slip_to_escpos(slip, devices::printer::PrinterProfile{}, slip_test::font(),
                                       app::slip::SlipMode::Text);
  REQUIRE(job.ok());
  const std::string paper = paper_of(*job);
  CHECK(sc::printed_holds(paper, "受理回执"));
  CHECK(sc::printed_holds(paper, "编号：320102-01-20261123-0042"));
  CHECK(sc::printed_holds(paper, "尚缺材料（一次性告知）："));
  CHECK(sc::printed_holds(paper, "玄武区锁金村街道便民服务中心"));
  CHECK(paper.find('\x1B') == std::string::npos);
  CHECK(paper.find('\x1D') == std::string::npos);
  CHECK(paper.find('\x1C') == std::string::npos);
  // The applicant line went raster (its 䶮 is beyond the printer's font): no text of it, and the QR
  // payload is a code, not words.
  CHECK_FALSE(sc::printed_holds(paper, "䶮"));
  CHECK_FALSE(sc::printed_holds(paper, slip.qr_payload));
  // Text that is not on the paper is not found, and the excerpt shows what is.
  CHECK_FALSE(sc::printed_holds(paper, "一次性告知单"));
  CHECK_FALSE(sc::printed_holds(paper, "320102-01-20261123-0043"));
  const std::string excerpt = sc::printed_excerpt(paper, 4000);
  CHECK(excerpt.find("受理回执") != std::string::npos);
  CHECK(excerpt.find(" | ") != std::string::npos);
  CHECK(excerpt.find('\n') == std::string::npos);
}

TEST_CASE("printed text: code page 437 runs, pages cut, blanks and wrapped lines ignored when matching") {
  pr::EscPosWriter w;
  w.init().text("No. 320102-01-").line_feed().text("20261202-0001").line_feed();
  w.chinese_mode(true).bold(true).text(*app::to_gb18030("承诺时限：  受理后1个")).line_feed();
  w.text(*app::to_gb18030("工作日　办结")).bold(false).chinese_mode(false).feed_and_cut(3);
  w.text("second page").cut(pr::Cut::Full);
  const std::string paper = paper_of(w.bytes());
  CHECK(sc::printed_holds(paper, "No.320102-01-20261202-0001"));
  CHECK(sc::printed_holds(paper, "承诺时限：受理后1个工作日办结"));
  CHECK(sc::printed_holds(paper, "受理后 1 个工作日"));
  CHECK(sc::printed_holds(paper, "second page"));
  CHECK_FALSE(sc::printed_holds(paper, "受理后2个工作日"));
  CHECK_FALSE(sc::printed_holds(paper, "   "));  // blanks alone find nothing
  CHECK(sc::printed_excerpt(paper) == "No. 320102-01- | 20261202-0001 | 承诺时限：  受理后1个 | 工作日　办结 | second page");
}

TEST_CASE("printed text: the excerpt keeps the newest paper and never cuts a character in two") {
  CHECK(sc::printed_excerpt("") == "(nothing printed)");
  CHECK(sc::printed_excerpt("\n \n") == "(nothing printed)");
  std::string long_paper;
  for (int i = 0; i < 100; ++i) long_paper += "告知单第" + std::to_string(i) + "行\n";
  const std::string e = sc::printed_excerpt(long_paper, 50);
  CHECK(e.rfind("…", 0) == 0);
  CHECK(e.size() <= 50 + std::string("…").size());
  CHECK(e.find("第99行") != std::string::npos);
  CHECK(app::is_valid_utf8(e));
}
