#pragma once
// Real pointer and key input for the scenario runner, injected through the X server with the XTEST
// extension, so GLFW and ImGui receive it exactly as they receive a finger on the touch screen.
//
// libXtst is loaded at run time (dlopen) rather than linked: only `onewindow scenario` needs it, and
// the kiosk binary should not depend on a test extension. It comes with the libxtst6 package.
#include <memory>

#include "core/result.h"

struct GLFWwindow;

namespace app::scenario {

class X11Input {
 public:
  // Fails with a message naming what is missing: not an X11 window, no libXtst, no XTEST extension.
  static core::Result<std::unique_ptr<X11Input>> open(GLFWwindow* window);
  ~X11Input();
  X11Input(const X11Input&) = delete;
  X11Input& operator=(const X11Input&) = delete;

  // The pointer to (x, y) in window coordinates (the window's position is added here).
  void move_to(float x, float y);
  // Whether (x, y) in window coordinates lies on the X screen (a window larger than the screen
  // cannot be clicked past its edge); the screen's size goes into screen_w, screen_h.
  bool on_screen(float x, float y, int& screen_w, int& screen_h) const;
  void button(bool press);  // the left button
  void function_key(int n, bool press);  // F1 … F12

 private:
  struct Api;
  explicit X11Input(std::unique_ptr<Api> api, GLFWwindow* window);
  std::unique_ptr<Api> api_;
  GLFWwindow* window_;
};

}  // namespace app::scenario
