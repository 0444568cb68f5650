#include "app/scenario/x11_input.h"

#include <GLFW/glfw3.h>
#include <dlfcn.h>

#include <cmath>
#include <string>
#include <type_traits>

#include "base/utf8.h"

// GLFW's native accessors, declared here instead of through glfw3native.h: that header pulls in
// Xlib.h, whose macros (Status, None, Bool …) collide with the project's names. The display is
// only passed through, so an opaque pointer is enough.
extern "C" {
void* glfwGetX11Display(void);
}

namespace app::scenario {

namespace {
constexpr unsigned kLeftButton = 1;
constexpr unsigned long kKeysymF1 = 0xffbe;  // XK_F1; F2 … F12 follow it
constexpr int kCurrentScreen = -1;            // XTestFakeMotionEvent: the screen the pointer is on
constexpr unsigned long kKeysymShiftL = 0xffe1;
constexpr unsigned long kUnicodeKeysymBase = 0x01000000;  // keysym of code point U+XXXX: base + XXXX
constexpr unsigned long kNoSymbol = 0;

unsigned long named_keysym(NamedKey k) {
  switch (k) {
    case NamedKey::Enter: return 0xff0d;      // XK_Return
    case NamedKey::Tab: return 0xff09;        // XK_Tab
    case NamedKey::BackSpace: return 0xff08;  // XK_BackSpace
    case NamedKey::Escape: return 0xff1b;     // XK_Escape
  }
  return kNoSymbol;
}
}  // namespace

struct X11Input::Api {
  void* xtst = nullptr;
  void* x11 = nullptr;
  void* display = nullptr;
  int (*query)(void*, int*, int*, int*, int*) = nullptr;
  int (*motion)(void*, int, int, int, unsigned long) = nullptr;
  int (*button)(void*, unsigned, int, unsigned long) = nullptr;
  int (*key)(void*, unsigned, int, unsigned long) = nullptr;
  int (*flush)(void*) = nullptr;
  unsigned char (*keycode)(void*, unsigned long) = nullptr;
  unsigned long* (*get_mapping)(void*, unsigned char, int, int*) = nullptr;  // XGetKeyboardMapping
  int (*change_mapping)(void*, int, int, unsigned long*, int) = nullptr;     // XChangeKeyboardMapping
  int (*keycode_range)(void*, int*, int*) = nullptr;                          // XDisplayKeycodes
  int (*xfree)(void*) = nullptr;
  int (*sync)(void*, int) = nullptr;
  // Never unloaded: libXtst registers a hook that runs when GLFW closes the display, later.
};

base::Result<std::unique_ptr<X11Input>> X11Input::open(GLFWwindow* window) {
  auto api = std::make_unique<Api>();
  api->display = glfwGetX11Display();
  if (!api->display) return base::Error{"the window is not on an X11 display (is $DISPLAY set?)"};
  api->xtst = dlopen("libXtst.so.6", RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!api->xtst) return base::Error{std::string("cannot load libXtst.so.6 (install libxtst6): ") + dlerror()};
  api->x11 = dlopen("libX11.so.6", RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!api->x11) return base::Error{std::string("cannot load libX11.so.6: ") + dlerror()};
  auto sym = [](void* lib, const char* name, auto& fn) {
    fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(lib, name));
    return fn != nullptr;
  };
  if (!sym(api->xtst, "XTestQueryExtension", api->query) || !sym(api->xtst, "XTestFakeMotionEvent", api->motion) ||
      !sym(api->xtst, "XTestFakeButtonEvent", api->button) || !sym(api->xtst, "XTestFakeKeyEvent", api->key) ||
      !sym(api->x11, "XFlush", api->flush) || !sym(api->x11, "XKeysymToKeycode", api->keycode) ||
      !sym(api->x11, "XGetKeyboardMapping", api->get_mapping) ||
      !sym(api->x11, "XChangeKeyboardMapping", api->change_mapping) ||
      !sym(api->x11, "XDisplayKeycodes", api->keycode_range) || !sym(api->x11, "XFree", api->xfree) ||
      !sym(api->x11, "XSync", api->sync))
    return base::Error{"libXtst or libX11 lacks an expected function"};
  int event_base = 0, error_base = 0, major = 0, minor = 0;
  if (!api->query(api->display, &event_base, &error_base, &major, &minor))
    return base::Error{"the X server has no XTEST extension: taps cannot be simulated on this display"};
  return std::unique_ptr<X11Input>(new X11Input(std::move(api), window));
}

X11Input::X11Input(std::unique_ptr<Api> api, GLFWwindow* window) : api_(std::move(api)), window_(window) {}

X11Input::~X11Input() = default;

bool X11Input::move_to(float x, float y, GLFWwindow* in) {
  int wx = 0, wy = 0;
  glfwGetWindowPos(in ? in : window_, &wx, &wy);
  const int sx = wx + static_cast<int>(std::lround(x)), sy = wy + static_cast<int>(std::lround(y));
  if (sx == pointer_x_ && sy == pointer_y_) return false;
  pointer_x_ = sx;
  pointer_y_ = sy;
  api_->motion(api_->display, kCurrentScreen, sx, sy, 0);
  api_->flush(api_->display);
  return true;
}

bool X11Input::on_screen(float x, float y, int& screen_w, int& screen_h, GLFWwindow* in) const {
  const GLFWvidmode* mode = glfwGetVideoMode(glfwGetPrimaryMonitor());
  if (!mode) return true;  // unknown: let the server decide
  screen_w = mode->width;
  screen_h = mode->height;
  int wx = 0, wy = 0;
  glfwGetWindowPos(in ? in : window_, &wx, &wy);
  const float sx = static_cast<float>(wx) + x, sy = static_cast<float>(wy) + y;
  return sx >= 0 && sy >= 0 && sx < static_cast<float>(screen_w) && sy < static_cast<float>(screen_h);
}

void X11Input::button(bool press) {
  api_->button(api_->display, kLeftButton, press ? 1 : 0, 0);
  api_->flush(api_->display);
}

void X11Input::function_key(int n, bool press) {
  const unsigned char code = api_->keycode(api_->display, kKeysymF1 + static_cast<unsigned long>(n - 1));
  api_->key(api_->display, code, press ? 1 : 0, 0);
  api_->flush(api_->display);
}

void X11Input::keysym_key(unsigned long keysym, bool press) {
  const unsigned char code = api_->keycode(api_->display, keysym);
  if (code == 0) return;
  api_->key(api_->display, code, press ? 1 : 0, 0);
  api_->flush(api_->display);
}

void X11Input::named_key(NamedKey k, bool press) { keysym_key(named_keysym(k), press); }

int X11Input::spare_keycode() {
  int lo = 0, hi = 0;
  api_->keycode_range(api_->display, &lo, &hi);
  int per = 0;
  unsigned long* syms = api_->get_mapping(api_->display, static_cast<unsigned char>(lo), hi - lo + 1, &per);
  if (!syms) return 0;
  int found = 0;
  // From the top: low keycodes are the physical keys a person might also press.
  for (int code = hi; code >= lo && !found; --code) {
    bool empty = true;
    for (int i = 0; i < per; ++i)
      if (syms[(code - lo) * per + i] != kNoSymbol) empty = false;
    if (empty) found = code;
  }
  api_->xfree(syms);
  return found;
}

void X11Input::map_keycode(int code, unsigned long keysym) {
  // The same keysym on the plain and shifted level, so a held Shift changes nothing.
  unsigned long syms[2] = {keysym, keysym};
  api_->change_mapping(api_->display, code, 2, syms, 1);
  api_->sync(api_->display, 0);
}

base::Status X11Input::type(std::string_view utf8, const std::function<void()>& settle) {
  const std::vector<char32_t> cps = base::decode_utf8(utf8);
  if (base::encode_utf8(std::u32string(cps.begin(), cps.end())) != utf8)
    return base::Error{"the text to type is not valid UTF-8"};
  auto* d = api_->display;
  auto tap = [&](unsigned char code, bool shift) {
    const unsigned char shift_code = api_->keycode(d, kKeysymShiftL);
    if (shift && shift_code) api_->key(d, shift_code, 1, 0);
    api_->key(d, code, 1, 0);
    api_->key(d, code, 0, 0);
    if (shift && shift_code) api_->key(d, shift_code, 0, 0);
    api_->flush(d);
    settle();
  };
  int spare = 0;
  for (char32_t cp : cps) {
    if (cp == '\n' || cp == '\t') {
      const NamedKey k = cp == '\n' ? NamedKey::Enter : NamedKey::Tab;
      named_key(k, true);
      named_key(k, false);
      settle();
      continue;
    }
    // Printable ASCII: its keysym is its code point; typed through the key that carries it.
    if (cp >= 0x20 && cp <= 0x7e) {
      const unsigned long keysym = cp;
      if (const unsigned char code = api_->keycode(d, keysym)) {
        int per = 0;
        unsigned long* syms = api_->get_mapping(d, code, 1, &per);
        int level = -1;
        for (int i = 0; syms && i < per && i < 2 && level < 0; ++i)
          if (syms[i] == keysym) level = i;
        if (syms) api_->xfree(syms);
        if (level >= 0) {
          tap(code, level == 1);
          continue;
        }
      }
    }
    if (spare == 0) spare = spare_keycode();
    if (spare == 0) return base::Error{"the X keyboard map has no spare keycode to type non-ASCII characters with"};
    map_keycode(spare, cp >= 0x20 && cp <= 0x7e ? cp : kUnicodeKeysymBase + cp);
    tap(static_cast<unsigned char>(spare), false);
  }
  if (spare) {
    map_keycode(spare, kNoSymbol);
    api_->flush(d);
  }
  return base::ok();
}

}  // namespace app::scenario
