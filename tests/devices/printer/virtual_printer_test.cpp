// The virtual printer: answers status, keeps pages split by cuts, loses output while it cannot print.
#include <doctest/doctest.h>

#include "devices/printer/protocol_encoder.h"
#include "devices/printer/virtual_printer.h"

using namespace devices::printer;

TEST_CASE("virtual printer: answers DLE EOT 1, 2, 4 in order from its condition") {
  VirtualPrinter p;
  const Bytes ask = {0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04};
  CHECK(p.receive(ask) == Bytes{0x12, 0x12, 0x12});
  PrinterCondition c;
  c.paper = PaperLevel::NearEnd;
  p.set_condition(c);
  CHECK(p.receive(ask) == Bytes{0x12, 0x12, 0x1E});
  c.paper = PaperLevel::Out;
  p.set_condition(c);
  CHECK(p.receive(ask) == Bytes{0x1A, 0x32, 0x72});
  c = PrinterCondition{};
  c.cover_open = true;
  p.set_condition(c);
  CHECK(p.receive(ask) == Bytes{0x1A, 0x16, 0x12});
}

TEST_CASE("virtual printer: a cut ends a page, unknown commands are kept apart") {
  VirtualPrinter p;
  EscPosWriter w;
  w.init().text("one").line_feed().cut(Cut::Full).text("two").line_feed().cut(Cut::Partial).text("three");
  Bytes bytes = w.take();
  bytes.insert(bytes.end(), {0x1B, 0x7F});
  (void)p.receive(bytes);
  CHECK(p.cut_pages() == 2);
  CHECK(p.pages().size() == 3);  // the third is uncut, still in progress
  REQUIRE(p.unknown_commands().size() == 1);
  CHECK(p.unknown_commands()[0].what == "ESC 0x7F");
}

TEST_CASE("virtual printer: out of paper on command loses what follows, status still answered") {
  VirtualPrinter p;
  p.run_out_of_paper_after(6);  // init (2 bytes) + "ab" + LF, then one more byte
  EscPosWriter w;
  w.init().text("ab").line_feed().text("cd").line_feed().cut(Cut::Full);
  (void)p.receive(w.bytes());
  CHECK(p.condition().paper == PaperLevel::Out);
  CHECK(p.cut_pages() == 0);
  CHECK(p.ops_lost() >= 2);
  CHECK(p.receive(status_request(StatusRequest::PaperSensor)) == Bytes{0x72});
}
