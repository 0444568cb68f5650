// In a file of its own: Xlib.h's macros (Status, None, Bool …) collide with the project's names,
// so nothing here includes a project header but its own. libX11 is loaded at run time, as in
// x11_input.cpp: only `onewindow scenario` needs it. Our header first, before Xlib's macros exist.
#include "app/scenario/x11_close.h"

#include <dlfcn.h>

#include <string>

#include <X11/Xlib.h>

extern "C" {
Display* glfwGetX11Display(void);
::Window glfwGetX11Window(GLFWwindow* window);
}

namespace app::scenario {

base::Result<base::Ok> send_window_close(GLFWwindow* window) {
  Display* display = glfwGetX11Display();
  if (!display) return base::Error{"the window is not on an X11 display (is $DISPLAY set?)"};
  void* x11 = dlopen("libX11.so.6", RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!x11) return base::Error{std::string("cannot load libX11.so.6: ") + dlerror()};
  auto intern = reinterpret_cast<Atom (*)(Display*, const char*, int)>(dlsym(x11, "XInternAtom"));
  auto send = reinterpret_cast<int (*)(Display*, ::Window, int, long, XEvent*)>(dlsym(x11, "XSendEvent"));
  auto flush = reinterpret_cast<int (*)(Display*)>(dlsym(x11, "XFlush"));
  if (!intern || !send || !flush) return base::Error{"libX11 lacks XInternAtom, XSendEvent or XFlush"};
  XEvent e{};
  e.xclient.type = ClientMessage;
  e.xclient.window = glfwGetX11Window(window);
  e.xclient.message_type = intern(display, "WM_PROTOCOLS", 0);
  e.xclient.format = 32;
  e.xclient.data.l[0] = static_cast<long>(intern(display, "WM_DELETE_WINDOW", 0));
  e.xclient.data.l[1] = CurrentTime;
  if (!send(display, e.xclient.window, 0, NoEventMask, &e)) return base::Error{"XSendEvent refused the close message"};
  flush(display);
  return base::ok();
}

}  // namespace app::scenario
