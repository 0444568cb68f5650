#pragma once
// The GLFW window with its OpenGL context and ImGui context. The UI thread sleeps in wait() and is
// woken by wake() (from any thread) when an event is posted, so an idle terminal uses no CPU.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "ui/fonts/font_atlas.h"
#include "ui/frame_target.h"

struct GLFWwindow;
struct ImDrawData;
struct ImGuiContext;
struct ImFontAtlas;

namespace ui {

struct WindowOptions {
  std::string title = "onewindow";
  int width = 1280, height = 800;
  bool fullscreen = false;
  bool visible = true;  // screenshots render into a hidden window
  // A kiosk residents cannot leave: no decoration, and the close button, Alt+F4 or a window
  // manager's close are refused (the maintenance exit with an admin PIN is the way out).
  bool locked = false;
};

class Window : public FrameTarget {
 public:
  static base::Result<std::unique_ptr<Window>> open(const WindowOptions& o);
  ~Window() override;
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  void wait(double timeout_s);
  static void wake();  // thread-safe
  bool close_requested() const;
  // How many closes a locked window refused (logged; tests).
  int refused_closes() const { return refused_closes_; }
  // True if a person touched, clicked, typed or the window changed since the last call.
  bool take_input();
  // Function keys pressed since the last call: 1 for F1 … 12 for F12 (demo and technician keys).
  std::vector<int> take_function_keys();

  // The font texture belongs to this window's ImGui context (its renderer backend), whichever
  // context is current when these are called: a second window sharing the atlas uploads through them.
  void upload_fonts() override;  // after FontAtlas::build()
  // Glyphs added to the atlas since: just their regions of the font texture (glTexSubImage2D).
  void upload_font_regions(const std::vector<AtlasUpload>& regions) override;
  void new_frame() override;     // backends + ImGui::NewFrame
  void draw(ImDrawData* data) override;  // into the back buffer
  void present();       // swap
  // The drawn frame as RGBA rows, top row first.
  std::vector<std::uint8_t> read_pixels(int& width, int& height) const;
  // Rows [y0, y0 + rows) of the drawn frame, top row first, into rgba (width × rows × 4 bytes).
  void read_rows(int y0, int rows, std::uint8_t* rgba) const;
  void framebuffer_size(int& width, int& height) const;
  void logical_size(float& width, float& height) const override;
  GLFWwindow* handle() const { return win_; }
  ImGuiContext* imgui_context() const { return ctx_; }
  ImFontAtlas* font_atlas() const;  // the atlas a second window's context shares

 private:
  Window() = default;
  static void note_input(GLFWwindow* w);
  GLFWwindow* win_ = nullptr;
  ImGuiContext* ctx_ = nullptr;
  bool input_ = true;
  bool locked_ = false;
  int refused_closes_ = 0;
  bool double_buffered_ = true;
  std::vector<int> function_keys_;
};

}  // namespace ui
