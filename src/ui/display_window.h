#pragma once
// A second window: the resident-facing screen beside a counter's window (窗口外屏). It shows, and
// takes pointer input only (a tap on the 好差评 panel): no keyboard, it never asks for the focus. It
// shares the main window's OpenGL objects (the font texture, the renderer's shader
// and buffers) and its ImGui font atlas, and has an ImGui context of its own, so the GLFW and
// OpenGL3 backends stay bound to the main window: its draw data go through the main context's
// renderer backend while this window's OpenGL context is current.
//
// Between begin() and end() its OpenGL and ImGui contexts are current; end() gives the main
// window's back. A frame for it is drawn only between the two.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "ui/frame_target.h"
#include "ui/window.h"

struct GLFWwindow;
struct ImGuiContext;

namespace ui {

// A place on the desktop, in screen coordinates.
struct ScreenRect {
  int x = 0, y = 0, width = 0, height = 0;
};

struct DisplayOptions {
  std::string title = "onewindow";
  ScreenRect rect;
  bool fullscreen = false;  // on the monitor at rect's position (rect then only picks the monitor)
};

class DisplayWindow : public FrameTarget {
 public:
  static base::Result<std::unique_ptr<DisplayWindow>> open(Window& main, const DisplayOptions& o);
  // The first monitor other than the primary (where the main window goes full screen), as a
  // rectangle of the desktop; nullopt when there is one monitor only. Needs GLFW initialised
  // (a Window open).
  static std::optional<ScreenRect> second_monitor();
  // The primary monitor (under Xvfb: the whole X screen).
  static ScreenRect primary_monitor();
  ~DisplayWindow() override;
  DisplayWindow(const DisplayWindow&) = delete;
  DisplayWindow& operator=(const DisplayWindow&) = delete;

  void begin();
  void end();
  // The window was exposed, resized or mapped since the last call: draw it again.
  bool take_damage();
  // Pointer input (a move, a press, a release) arrived since the last call: the next frames take it
  // (they go to this window's ImGui context in new_frame(), in the order they came).
  bool take_input();
  // Pointer events wait for a frame (a press and its release go to frames of their own).
  bool input_pending() const { return !pointer_.empty(); }

  void upload_fonts() override;
  void upload_font_regions(const std::vector<AtlasUpload>& regions) override;
  void new_frame() override;
  void draw(ImDrawData* data) override;
  void logical_size(float& width, float& height) const override;
  void present();
  // Rows [y0, y0 + rows) of the drawn (not yet presented) frame, top row first.
  void read_rows(int y0, int rows, std::uint8_t* rgba) const;
  void framebuffer_size(int& width, int& height) const;
  GLFWwindow* handle() const { return win_; }

 private:
  explicit DisplayWindow(Window& main) : main_(main) {}
  Window& main_;
  GLFWwindow* win_ = nullptr;
  ImGuiContext* ctx_ = nullptr;
  GLFWwindow* outer_gl_ = nullptr;  // restored by end()
  ImGuiContext* outer_imgui_ = nullptr;
  double last_frame_s_ = 0;
  bool damage_ = true;
  struct PointerEvent {
    enum class Kind { Move, Button, Leave } kind = Kind::Move;
    float x = 0, y = 0;
    bool down = false;
  };
  std::vector<PointerEvent> pointer_;  // since the last frame
  bool input_ = false;                 // since the last take_input()
};

}  // namespace ui
