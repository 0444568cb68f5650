#include "app/scenario/x11_input.h"

#include <GLFW/glfw3.h>
#include <dlfcn.h>

#include <cmath>
#include <string>
#include <type_traits>

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
  // Never unloaded: libXtst registers a hook that runs when GLFW closes the display, later.
};

core::Result<std::unique_ptr<X11Input>> X11Input::open(GLFWwindow* window) {
  auto api = std::make_unique<Api>();
  api->display = glfwGetX11Display();
  if (!api->display) return core::Error{"the window is not on an X11 display (is $DISPLAY set?)"};
  api->xtst = dlopen("libXtst.so.6", RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!api->xtst) return core::Error{std::string("cannot load libXtst.so.6 (install libxtst6): ") + dlerror()};
  api->x11 = dlopen("libX11.so.6", RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!api->x11) return core::Error{std::string("cannot load libX11.so.6: ") + dlerror()};
  auto sym = [](void* lib, const char* name, auto& fn) {
    fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(lib, name));
    return fn != nullptr;
  };
  if (!sym(api->xtst, "XTestQueryExtension", api->query) || !sym(api->xtst, "XTestFakeMotionEvent", api->motion) ||
      !sym(api->xtst, "XTestFakeButtonEvent", api->button) || !sym(api->xtst, "XTestFakeKeyEvent", api->key) ||
      !sym(api->x11, "XFlush", api->flush) || !sym(api->x11, "XKeysymToKeycode", api->keycode))
    return core::Error{"libXtst or libX11 lacks an expected function"};
  int event_base = 0, error_base = 0, major = 0, minor = 0;
  if (!api->query(api->display, &event_base, &error_base, &major, &minor))
    return core::Error{"the X server has no XTEST extension: taps cannot be simulated on this display"};
  return std::unique_ptr<X11Input>(new X11Input(std::move(api), window));
}

X11Input::X11Input(std::unique_ptr<Api> api, GLFWwindow* window) : api_(std::move(api)), window_(window) {}

X11Input::~X11Input() = default;

void X11Input::move_to(float x, float y) {
  int wx = 0, wy = 0;
  glfwGetWindowPos(window_, &wx, &wy);
  api_->motion(api_->display, kCurrentScreen, wx + static_cast<int>(std::lround(x)), wy + static_cast<int>(std::lround(y)),
               0);
  api_->flush(api_->display);
}

bool X11Input::on_screen(float x, float y, int& screen_w, int& screen_h) const {
  const GLFWvidmode* mode = glfwGetVideoMode(glfwGetPrimaryMonitor());
  if (!mode) return true;  // unknown: let the server decide
  screen_w = mode->width;
  screen_h = mode->height;
  int wx = 0, wy = 0;
  glfwGetWindowPos(window_, &wx, &wy);
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

}  // namespace app::scenario
