#pragma once
// Real pointer and key input for the scenario runner, injected through the X server with the XTEST
// extension, so GLFW and ImGui receive it exactly as they receive a finger on the touch screen.
//
// libXtst is loaded at run time (dlopen) rather than linked: only `onewindow scenario` needs it, and
// the kiosk binary should not depend on a test extension. It comes with the libxtst6 package.
#include <functional>
#include <memory>
#include <string_view>

#include "app/scenario/script.h"
#include "base/result.h"

struct GLFWwindow;

namespace app::scenario {

class X11Input {
 public:
  // Fails with a message naming what is missing: not an X11 window, no libXtst, no XTEST extension.
  static base::Result<std::unique_ptr<X11Input>> open(GLFWwindow* window);
  ~X11Input();
  X11Input(const X11Input&) = delete;
  X11Input& operator=(const X11Input&) = delete;

  // The pointer to (x, y) in window coordinates (the window's position is added here); `in`: another
  // window of the program (the counter's resident-facing window), else the one input was opened for.
  // False when it is already there: X sends no motion then, so there is nothing for a window to take.
  bool move_to(float x, float y, GLFWwindow* in = nullptr);
  // Whether (x, y) in window coordinates lies on the X screen (a window larger than the screen
  // cannot be clicked past its edge); the screen's size goes into screen_w, screen_h.
  bool on_screen(float x, float y, int& screen_w, int& screen_h, GLFWwindow* in = nullptr) const;
  void button(bool press);  // the left button
  void function_key(int n, bool press);  // F1 … F12
  void named_key(NamedKey k, bool press);  // Enter, Tab, BackSpace, Escape

  // Types UTF-8 text as real key presses into the window with the keyboard. An ASCII character
  // goes through the keyboard map (with Shift when it sits on the shifted level); any other
  // character (王, 𠀾) through a spare keycode mapped for the moment to its Unicode keysym
  // (0x01000000 + code point) and unmapped afterwards, so GLFW's character callback delivers it
  // exactly as it delivers what an input method commits. `settle` must run the window's event
  // loop: GLFW has to read each key while its keycode still means that character.
  // Fails (before typing anything) if the text is not UTF-8 or the keyboard map has no spare keycode.
  base::Status type(std::string_view utf8, const std::function<void()>& settle);

 private:
  struct Api;
  explicit X11Input(std::unique_ptr<Api> api, GLFWwindow* window);
  void keysym_key(unsigned long keysym, bool press);
  int spare_keycode();  // 0: none
  void map_keycode(int code, unsigned long keysym);  // keysym 0: back to NoSymbol
  std::unique_ptr<Api> api_;
  GLFWwindow* window_;
  int pointer_x_ = -1, pointer_y_ = -1;  // where move_to last put the pointer, on the X screen
};

}  // namespace app::scenario
