#pragma once
// The GLFW window with its OpenGL context and ImGui context. The UI thread sleeps in wait() and is
// woken by wake() (from any thread) when an event is posted, so an idle terminal uses no CPU.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

struct GLFWwindow;
struct ImDrawData;

namespace ui {

struct WindowOptions {
  std::string title = "onewindow";
  int width = 1280, height = 800;
  bool fullscreen = false;
  bool visible = true;  // screenshots render into a hidden window
};

class Window {
 public:
  static core::Result<std::unique_ptr<Window>> open(const WindowOptions& o);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  void wait(double timeout_s);
  static void wake();  // thread-safe
  bool close_requested() const;
  // True if a person touched, clicked, typed or the window changed since the last call.
  bool take_input();

  void upload_fonts();  // after FontAtlas::build()
  void new_frame();     // backends + ImGui::NewFrame
  void draw(ImDrawData* data);  // into the back buffer
  void present();       // swap
  // The back buffer as RGBA rows, top row first.
  std::vector<std::uint8_t> read_pixels(int& width, int& height) const;
  void framebuffer_size(int& width, int& height) const;
  void logical_size(float& width, float& height) const;
  GLFWwindow* handle() const { return win_; }

 private:
  Window() = default;
  static void note_input(GLFWwindow* w);
  GLFWwindow* win_ = nullptr;
  bool input_ = true;
};

}  // namespace ui
