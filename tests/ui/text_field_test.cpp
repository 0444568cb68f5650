// Text fields in a real window on Xvfb, typed into with real X key events (XTEST): Chinese and a
// CJK Extension B character arrive through GLFW's character callback as an input method's
// committed text does, and are drawn with their own glyphs.
#include "ui/widgets/text_field.h"

#include <imgui.h>

#include <chrono>
#include <thread>

#include "app/scenario/x11_input.h"
#include "ui_test_support.h"

using namespace uitest;
namespace w = ui::widgets;

namespace {

constexpr int kWidth = 900, kHeight = 640;

// The "screen": state owned here, fields drawn from it, changes written back as a screen's
// intents would do it.
struct Form {
  std::string name, id_number = "110105194912310021", pin, staff_no;
  bool pin_submitted = false;
  int name_changes = 0, id_changes = 0;
  bool hidden = false;  // another screen: no field drawn

  void draw(ui::UiContext& ui, float width, float height) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::Begin("##form", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
    const w::Vec2 size{700, 0};
    if (hidden) {
      ImGui::End();
      return;
    }
    if (auto r = w::text_field(ui, "姓名", name, {40, 30}, size, {.focus = true}); r.changed) {
      name = *r.changed;
      ++name_changes;
    }
    if (auto r = w::text_field(ui, "身份证号", id_number, {40, 150}, size, {.read_only = true}); r.changed) {
      id_number = *r.changed;
      ++id_changes;
    }
    auto p = w::text_field(ui, "密码", pin, {40, 270}, size, {.password = true, .ascii_only = true});
    if (p.changed) pin = *p.changed;
    pin_submitted |= p.submitted;
    if (auto r = w::text_field(ui, "工号", staff_no, {40, 390}, size, {.ascii_only = true, .max_bytes = 6}); r.changed)
      staff_no = *r.changed;
    ImGui::End();
  }
};

struct Rig {
  std::unique_ptr<app::Terminal> terminal;
  std::unique_ptr<app::scenario::X11Input> input;
  Form form;

  Rig() {
    app::TerminalOptions o;
    o.mode = core::Mode::Counter;
    o.visible = true;  // X sends keys only to a mapped window
    o.windowed = true;
    o.width = kWidth;
    o.height = kHeight;
    o.start_clock = false;
    auto t = app::Terminal::open(o);
    REQUIRE_MESSAGE(t.ok(), (t.ok() ? std::string() : t.error().message));
    terminal = std::move(*t);
    auto in = app::scenario::X11Input::open(terminal->window().handle());
    REQUIRE_MESSAGE(in.ok(), (in.ok() ? std::string() : in.error().message));
    input = std::move(*in);
    settle();
  }

  void frame() {
    terminal->renderer().render_custom(core::Language::ZhCN, terminal->window(),
                                       [this](ui::UiContext& ui, float wd, float ht) { form.draw(ui, wd, ht); });
    terminal->window().present();
  }
  // A few turns of a real loop: X events read, frames drawn.
  void settle() {
    for (int i = 0; i < 4; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      terminal->window().wait(0);
      frame();
    }
  }
  void type(std::string_view text) {
    auto s = input->type(text, [this] { settle(); });
    REQUIRE_MESSAGE(s.ok(), (s.ok() ? std::string() : s.error().message));
    settle();
  }
  void key(app::scenario::NamedKey k) {
    input->named_key(k, true);
    settle();
    input->named_key(k, false);
    settle();
  }
  void tap(const std::string& caption) {
    auto item = terminal->renderer().probe().find(caption);
    REQUIRE(item);
    input->move_to(item->x + item->w / 2, item->y + item->h / 2);
    settle();
    input->button(true);
    settle();
    input->button(false);
    settle();
  }
  const ui::LayoutProbe& probe() const { return terminal->renderer().probe(); }
  std::string focused() { return terminal->renderer().fields().focused; }
};

}  // namespace

TEST_CASE("text_field: typed Chinese, 𠀾 and ASCII arrive, are returned and drawn with their glyphs") {
  Rig rig;
  CHECK(rig.focused() == "姓名");  // the screen asked for it
  // The caption is a button-like item covering the field, at least a touch target high.
  auto box = rig.probe().find("姓名");
  REQUIRE(box);
  CHECK(box->kind == ui::DrawnItem::Kind::Button);
  CHECK(box->h >= ui::Theme::kTouchTargetPx);

  rig.type("王𠀾abc123");
  CHECK(rig.form.name == "王𠀾abc123");
  CHECK(rig.form.name_changes >= 3);

  // The new characters were put in the atlas before the frame was shown: no placeholder.
  ImFont* body = rig.terminal->fonts().font(ui::FontRole::Body);
  CHECK(body->FindGlyphNoFallback(0x738B) != nullptr);   // 王
  CHECK(body->FindGlyphNoFallback(0x2003E) != nullptr);  // 𠀾
  CHECK(rig.terminal->fonts().uncovered().empty());
  CHECK_FALSE(rig.terminal->fonts().dirty());
  auto shown = rig.probe().find("王𠀾abc123");
  REQUIRE(shown);
  CHECK(shown->kind == ui::DrawnItem::Kind::Text);
  const Image im = grab(rig.terminal->window());
  const float em = shown->h;
  // 王 and 𠀾 each have ink, and different ink (a placeholder box would repeat itself).
  CHECK(ink_pixels(im, shown->x, shown->y, em, em) > 30);
  CHECK(ink_pixels(im, shown->x + em, shown->y, em, em) > 30);
  CHECK(ink_signature(im, shown->x, shown->y, em, em) != ink_signature(im, shown->x + em, shown->y, em, em));

  // BackSpace removes one character; 𠀾 (four UTF-8 bytes) goes as one.
  for (int i = 0; i < 7; ++i) rig.key(app::scenario::NamedKey::BackSpace);
  CHECK(rig.form.name == "王");

  // Uppercase and punctuation need Shift: typed through the keyboard map.
  rig.type("Li, J.");
  CHECK(rig.form.name == "王Li, J.");
}

TEST_CASE("text_field: a read-only field takes focus but refuses typing") {
  Rig rig;
  rig.tap("身份证号");
  CHECK(rig.focused() == "身份证号");
  rig.type("99王");
  rig.key(app::scenario::NamedKey::BackSpace);
  CHECK(rig.form.id_number == "110105194912310021");
  CHECK(rig.form.id_changes == 0);
  CHECK(rig.probe().find("110105194912310021"));
  // Nothing typed there leaked into another field.
  CHECK(rig.form.name.empty());
}

TEST_CASE("text_field: a password field shows dots, never the PIN, and Enter submits") {
  Rig rig;
  rig.tap("密码");
  CHECK(rig.focused() == "密码");
  rig.type("12王34");  // ascii_only: 王 refused
  CHECK(rig.form.pin == "1234");
  const std::string all = rig.probe().all_text();
  CHECK(all.find("1234") == std::string::npos);
  CHECK(rig.probe().find("\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"));  // ••••
  CHECK_FALSE(rig.form.pin_submitted);
  rig.key(app::scenario::NamedKey::Enter);
  CHECK(rig.form.pin_submitted);
}

TEST_CASE("text_field: Tab moves on, ascii_only refuses other characters, max_bytes caps the length") {
  Rig rig;
  rig.tap("密码");
  rig.key(app::scenario::NamedKey::Tab);
  CHECK(rig.focused() == "工号");
  rig.type("A-0王7xyz9");
  CHECK(rig.form.staff_no == "A-07xy");  // 王 refused; six bytes at most
  // The state changing the value on its own (a cleared form) replaces what the field shows.
  rig.form.staff_no.clear();
  rig.settle();
  CHECK_FALSE(rig.probe().find("A-07xy"));
  rig.type("B1");
  CHECK(rig.form.staff_no == "B1");
}

TEST_CASE("text_field: leaving the screen takes the keyboard away and coming back focuses the first field again") {
  Rig rig;
  rig.tap("密码");
  CHECK(rig.focused() == "密码");
  rig.form.hidden = true;
  rig.settle();
  rig.form.hidden = false;
  rig.settle();
  CHECK(rig.focused() == "姓名");
  rig.type("李");
  CHECK(rig.form.name == "李");
  CHECK(rig.form.pin.empty());
}
