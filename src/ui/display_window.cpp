#include "ui/display_window.h"

#include <GLFW/glfw3.h>

#include <cfloat>

#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace ui {

namespace {
// The window's DisplayWindow is its GLFW user pointer; `f` gets it (GLFW calls back from its event
// processing on the UI thread).
template <class F>
void with_self(GLFWwindow* w, F&& f) {
  if (auto* self = static_cast<DisplayWindow*>(glfwGetWindowUserPointer(w))) f(*self);
}
}  // namespace

std::optional<ScreenRect> DisplayWindow::second_monitor() {
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  GLFWmonitor* primary = glfwGetPrimaryMonitor();
  for (int i = 0; i < count; ++i) {
    if (monitors[i] == primary) continue;
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
    if (!mode) continue;
    ScreenRect r;
    glfwGetMonitorPos(monitors[i], &r.x, &r.y);
    r.width = mode->width;
    r.height = mode->height;
    return r;
  }
  return std::nullopt;
}

ScreenRect DisplayWindow::primary_monitor() {
  ScreenRect r;
  GLFWmonitor* primary = glfwGetPrimaryMonitor();
  if (!primary) return r;
  glfwGetMonitorPos(primary, &r.x, &r.y);
  if (const GLFWvidmode* mode = glfwGetVideoMode(primary)) {
    r.width = mode->width;
    r.height = mode->height;
  }
  return r;
}

base::Result<std::unique_ptr<DisplayWindow>> DisplayWindow::open(Window& main, const DisplayOptions& o) {
  GLFWwindow* main_win = main.handle();
  // A context shared with the main window's must have the same version and profile.
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, glfwGetWindowAttrib(main_win, GLFW_CONTEXT_VERSION_MAJOR));
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, glfwGetWindowAttrib(main_win, GLFW_CONTEXT_VERSION_MINOR));
  glfwWindowHint(GLFW_OPENGL_PROFILE, glfwGetWindowAttrib(main_win, GLFW_OPENGL_PROFILE));
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // shown once in place
  glfwWindowHint(GLFW_DOUBLEBUFFER, GLFW_TRUE);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
  // The staff keep the keyboard: showing the resident's window must not take the focus.
  glfwWindowHint(GLFW_FOCUSED, GLFW_FALSE);
  glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_FALSE);
  GLFWmonitor* monitor = nullptr;
  if (o.fullscreen) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count && !monitor; ++i) {
      int mx = 0, my = 0;
      glfwGetMonitorPos(monitors[i], &mx, &my);
      if (mx == o.rect.x && my == o.rect.y) monitor = monitors[i];
    }
  }
  GLFWwindow* win = glfwCreateWindow(o.rect.width, o.rect.height, o.title.c_str(), monitor, main_win);
  glfwWindowHint(GLFW_FOCUSED, GLFW_TRUE);  // back to GLFW's defaults for any later window
  glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, GLFW_TRUE);
  if (!win) return base::Error{"cannot open the resident-facing window (" + std::to_string(o.rect.width) + "x" +
                               std::to_string(o.rect.height) + ")"};
  auto self = std::unique_ptr<DisplayWindow>(new DisplayWindow(main));
  self->win_ = win;
  glfwSetWindowUserPointer(win, self.get());
  if (!monitor) glfwSetWindowPos(win, o.rect.x, o.rect.y);
  glfwSetWindowRefreshCallback(win, [](GLFWwindow* w) { with_self(w, [](DisplayWindow& d) { d.damage_ = true; }); });
  glfwSetFramebufferSizeCallback(win, [](GLFWwindow* w, int, int) {
    with_self(w, [](DisplayWindow& d) { d.damage_ = true; });
  });
  // A finger on the resident's screen: moves, the press and the release, kept for the next frame.
  glfwSetCursorPosCallback(win, [](GLFWwindow* w, double x, double y) {
    with_self(w, [x, y](DisplayWindow& d) {
      d.pointer_.push_back({PointerEvent::Kind::Move, static_cast<float>(x), static_cast<float>(y), false});
      d.input_ = true;
    });
  });
  glfwSetMouseButtonCallback(win, [](GLFWwindow* w, int button, int action, int) {
    if (button != GLFW_MOUSE_BUTTON_LEFT) return;
    with_self(w, [action](DisplayWindow& d) {
      d.pointer_.push_back({PointerEvent::Kind::Button, 0, 0, action == GLFW_PRESS});
      d.input_ = true;
    });
  });
  glfwSetCursorEnterCallback(win, [](GLFWwindow* w, int entered) {
    if (entered) return;
    with_self(w, [](DisplayWindow& d) {
      d.pointer_.push_back({PointerEvent::Kind::Leave, 0, 0, false});
      d.input_ = true;
    });
  });
  // Nobody closes the resident's screen by itself: it goes with the counter's window.
  glfwSetWindowCloseCallback(win, [](GLFWwindow* w) { glfwSetWindowShouldClose(w, GLFW_FALSE); });
  glfwShowWindow(win);

  self->begin();
  glfwSwapInterval(0);  // drawn only when its content changes: nothing to pace
  self->end();
  ImGuiContext* outer = ImGui::GetCurrentContext();
  self->ctx_ = ImGui::CreateContext(main.font_atlas());
  ImGui::SetCurrentContext(self->ctx_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  ImGui::StyleColorsLight();
  ImGui::SetCurrentContext(outer);
  self->last_frame_s_ = glfwGetTime();
  return self;
}

DisplayWindow::~DisplayWindow() {
  if (ctx_) ImGui::DestroyContext(ctx_);  // the shared atlas stays with the main context
  if (win_) glfwDestroyWindow(win_);
}

void DisplayWindow::begin() {
  outer_gl_ = glfwGetCurrentContext();
  outer_imgui_ = ImGui::GetCurrentContext();
  glfwMakeContextCurrent(win_);
  if (ctx_) ImGui::SetCurrentContext(ctx_);
}

void DisplayWindow::end() {
  glfwMakeContextCurrent(outer_gl_);
  ImGui::SetCurrentContext(outer_imgui_);
}

bool DisplayWindow::take_damage() {
  const bool was = damage_;
  damage_ = false;
  return was;
}

bool DisplayWindow::take_input() {
  const bool was = input_;
  input_ = false;
  return was;
}

// The texture is the main context's (shared between the two OpenGL contexts): it uploads it.
void DisplayWindow::upload_fonts() { main_.upload_fonts(); }
void DisplayWindow::upload_font_regions(const std::vector<AtlasUpload>& regions) { main_.upload_font_regions(regions); }

void DisplayWindow::new_frame() {
  ImGuiIO& io = ImGui::GetIO();
  int w = 0, h = 0, fw = 0, fh = 0;
  glfwGetWindowSize(win_, &w, &h);
  glfwGetFramebufferSize(win_, &fw, &fh);
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  if (w > 0 && h > 0)
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(fw) / static_cast<float>(w), static_cast<float>(fh) / static_cast<float>(h));
  const double now = glfwGetTime();
  io.DeltaTime = now > last_frame_s_ ? static_cast<float>(now - last_frame_s_) : 1.0f / 1000.0f;
  last_frame_s_ = now;
  // A build in either context frees the fonts the other's default pointed at: take the main's.
  ImGui::SetCurrentContext(main_.imgui_context());
  ImFont* font_default = ImGui::GetIO().FontDefault;
  ImGui::SetCurrentContext(ctx_);
  io.FontDefault = font_default;
  // ImGui 1.86 reads the pointer's state once a frame: a press and its release must reach frames
  // of their own, so this frame takes the events up to the first change of the button; the rest
  // wait for the next (input_pending()).
  std::size_t used = 0;
  while (used < pointer_.size()) {
    const PointerEvent& e = pointer_[used++];
    if (e.kind == PointerEvent::Kind::Move) io.MousePos = ImVec2(e.x, e.y);
    if (e.kind == PointerEvent::Kind::Leave) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    if (e.kind == PointerEvent::Kind::Button && io.MouseDown[0] != e.down) {
      io.MouseDown[0] = e.down;
      break;
    }
  }
  pointer_.erase(pointer_.begin(), pointer_.begin() + static_cast<std::ptrdiff_t>(used));
  ImGui::NewFrame();
}

void DisplayWindow::draw(ImDrawData* data) {
  int w = 0, h = 0;
  glfwGetFramebufferSize(win_, &w, &h);
  glViewport(0, 0, w, h);
  glClearColor(0.97f, 0.96f, 0.94f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  // The renderer backend lives in the main context; its program and buffers are shared objects,
  // and it makes its vertex array per call (vertex arrays are not shared between contexts).
  ImGuiContext* mine = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(main_.imgui_context());
  ImGui_ImplOpenGL3_RenderDrawData(data);
  ImGui::SetCurrentContext(mine);
}

void DisplayWindow::logical_size(float& width, float& height) const {
  int w = 0, h = 0;
  glfwGetWindowSize(win_, &w, &h);
  width = static_cast<float>(w);
  height = static_cast<float>(h);
}

void DisplayWindow::present() { glfwSwapBuffers(win_); }

void DisplayWindow::framebuffer_size(int& width, int& height) const { glfwGetFramebufferSize(win_, &width, &height); }

void DisplayWindow::read_rows(int y0, int rows, std::uint8_t* rgba) const {
  int width = 0, height = 0;
  glfwGetFramebufferSize(win_, &width, &height);
  glFinish();
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, height - y0 - rows, width, rows, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
  const size_t stride = static_cast<size_t>(width) * 4;
  std::vector<std::uint8_t> row(stride);
  for (int y = 0; y < rows / 2; ++y) {  // OpenGL counts rows from the bottom
    auto* a = rgba + static_cast<size_t>(y) * stride;
    auto* b = rgba + static_cast<size_t>(rows - 1 - y) * stride;
    std::copy(a, a + stride, row.data());
    std::copy(b, b + stride, a);
    std::copy(row.data(), row.data() + stride, b);
  }
}

}  // namespace ui
