#include "ui/window.h"

#include <GLFW/glfw3.h>

#include <cstdint>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace ui {

namespace {
std::string g_glfw_error;
void on_glfw_error(int code, const char* msg) { g_glfw_error = std::to_string(code) + ": " + msg; }
}  // namespace

void Window::note_input(GLFWwindow* w) {
  if (auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w))) self->input_ = true;
}

base::Result<std::unique_ptr<Window>> Window::open(const WindowOptions& o) {
  glfwSetErrorCallback(on_glfw_error);
  if (!glfwInit())
    return base::Error{"cannot open a window: no display (" + g_glfw_error +
                       "). Set DISPLAY, or run under Xvfb (scripts/with-xvfb.sh)"};
  glfwWindowHint(GLFW_VISIBLE, o.visible ? GLFW_TRUE : GLFW_FALSE);
  // A screenshot window is never shown: one buffer is enough (8 MB less at 1920×1080).
  glfwWindowHint(GLFW_DOUBLEBUFFER, o.visible ? GLFW_TRUE : GLFW_FALSE);
  // A 2-D UI needs no depth or stencil buffer: 8 MB less at 1920×1080.
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_DECORATED, o.locked ? GLFW_FALSE : GLFW_TRUE);
  GLFWmonitor* monitor = o.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
  int w = o.width, h = o.height;
  if (monitor) {
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    w = mode->width;
    h = mode->height;
  }
  // OpenGL 3.3 core where available, else 3.0: the ImGui OpenGL3 backend handles both.
  struct Ver { int major, minor; bool core; const char* glsl; };
  const Ver versions[] = {{3, 3, true, "#version 330 core"}, {3, 0, false, "#version 130"}};
  GLFWwindow* win = nullptr;
  const char* glsl = nullptr;
  for (const Ver& v : versions) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, v.major);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, v.minor);
    glfwWindowHint(GLFW_OPENGL_PROFILE, v.core ? GLFW_OPENGL_CORE_PROFILE : GLFW_OPENGL_ANY_PROFILE);
    win = glfwCreateWindow(w, h, o.title.c_str(), monitor, nullptr);
    if (win) { glsl = v.glsl; break; }
  }
  if (!win) {
    glfwTerminate();
    return base::Error{"cannot create an OpenGL 3 window (" + g_glfw_error + ")"};
  }
  auto self = std::unique_ptr<Window>(new Window());
  self->win_ = win;
  self->double_buffered_ = o.visible;
  self->locked_ = o.locked;
  glfwSetWindowUserPointer(win, self.get());
  glfwMakeContextCurrent(win);
  // No wait for vertical blank: the screen is redrawn only when something changed, so there is
  // nothing to pace, and waiting would add up to a refresh period to every card read.
  glfwSwapInterval(0);
  // Ours first: the ImGui backend chains to them, so every kind of input marks the frame dirty.
  glfwSetKeyCallback(win, [](GLFWwindow* w2, int key, int, int action, int) {
    note_input(w2);
    auto* self2 = static_cast<Window*>(glfwGetWindowUserPointer(w2));
    if (self2 && action == GLFW_PRESS && key >= GLFW_KEY_F1 && key <= GLFW_KEY_F12)
      self2->function_keys_.push_back(key - GLFW_KEY_F1 + 1);
  });
  glfwSetCharCallback(win, [](GLFWwindow* w2, unsigned int) { note_input(w2); });
  glfwSetMouseButtonCallback(win, [](GLFWwindow* w2, int, int, int) { note_input(w2); });
  glfwSetCursorPosCallback(win, [](GLFWwindow* w2, double, double) { note_input(w2); });
  glfwSetScrollCallback(win, [](GLFWwindow* w2, double, double) { note_input(w2); });
  glfwSetWindowFocusCallback(win, [](GLFWwindow* w2, int) { note_input(w2); });
  glfwSetFramebufferSizeCallback(win, [](GLFWwindow* w2, int, int) { note_input(w2); });
  glfwSetWindowRefreshCallback(win, [](GLFWwindow* w2) { note_input(w2); });
  glfwSetWindowCloseCallback(win, [](GLFWwindow* w2) {
    auto* self2 = static_cast<Window*>(glfwGetWindowUserPointer(w2));
    if (!self2 || !self2->locked_) return;
    glfwSetWindowShouldClose(w2, GLFW_FALSE);
    ++self2->refused_closes_;
    note_input(w2);
  });

  IMGUI_CHECKVERSION();
  self->ctx_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(self->ctx_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // a kiosk keeps no window layout on disk
  io.LogFilename = nullptr;
  ImGui::StyleColorsLight();
  ImGui_ImplGlfw_InitForOpenGL(win, true);
  ImGui_ImplOpenGL3_Init(glsl);
  return self;
}

Window::~Window() {
  if (!win_) return;
  glfwMakeContextCurrent(win_);
  ImGui::SetCurrentContext(ctx_);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext(ctx_);
  glfwDestroyWindow(win_);
  glfwTerminate();
}

void Window::wait(double timeout_s) {
  if (timeout_s <= 0)
    glfwPollEvents();
  else
    glfwWaitEventsTimeout(timeout_s);
}

void Window::wake() { glfwPostEmptyEvent(); }

bool Window::close_requested() const { return glfwWindowShouldClose(win_) != 0; }

std::vector<int> Window::take_function_keys() {
  std::vector<int> out;
  out.swap(function_keys_);
  return out;
}

bool Window::take_input() {
  const bool was = input_;
  input_ = false;
  return was;
}

void Window::upload_fonts() {
  ImGuiContext* current = ImGui::GetCurrentContext();
  // The build set the default font in the context it ran in; the old one is freed.
  ImFont* font_default = ImGui::GetIO().FontDefault;
  ImGui::SetCurrentContext(ctx_);
  ImGui::GetIO().FontDefault = font_default;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGui::GetIO().Fonts->ClearTexData();  // the GPU has it; drop the CPU copy
  ImGui::SetCurrentContext(current);
}

ImFontAtlas* Window::font_atlas() const {
  ImGuiContext* current = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(ctx_);
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  ImGui::SetCurrentContext(current);
  return atlas;
}

void Window::upload_font_regions(const std::vector<AtlasUpload>& regions) {
  if (regions.empty()) return;
  const auto tex = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(ImGui::GetIO().Fonts->TexID));
  if (tex == 0) return;
  GLint bound = 0, align = 0, row = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
  glGetIntegerv(GL_UNPACK_ALIGNMENT, &align);
  glGetIntegerv(GL_UNPACK_ROW_LENGTH, &row);
  glBindTexture(GL_TEXTURE_2D, tex);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  for (const AtlasUpload& r : regions)
    glTexSubImage2D(GL_TEXTURE_2D, 0, r.x, r.y, r.w, r.h, GL_RGBA, GL_UNSIGNED_BYTE, r.rgba.data());
  glPixelStorei(GL_UNPACK_ALIGNMENT, align);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, row);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
}

void Window::new_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  // A frame redrawn at once after an atlas rebuild can see a zero time step, which ImGui rejects.
  ImGuiIO& io = ImGui::GetIO();
  if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 1000.0f;
  ImGui::NewFrame();
}

void Window::draw(ImDrawData* data) {
  int w = 0, h = 0;
  glfwGetFramebufferSize(win_, &w, &h);
  glViewport(0, 0, w, h);
  glClearColor(0.97f, 0.96f, 0.94f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(data);
}

void Window::present() {
  if (double_buffered_)
    glfwSwapBuffers(win_);
  else
    glFlush();
}

void Window::read_rows(int y0, int rows, std::uint8_t* rgba) const {
  int width = 0, height = 0;
  glfwGetFramebufferSize(win_, &width, &height);
  glReadBuffer(double_buffered_ ? GL_BACK : GL_FRONT);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  // OpenGL counts rows from the bottom.
  glReadPixels(0, height - y0 - rows, width, rows, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
  const size_t stride = static_cast<size_t>(width) * 4;
  std::vector<std::uint8_t> row(stride);
  for (int y = 0; y < rows / 2; ++y) {
    auto* a = rgba + static_cast<size_t>(y) * stride;
    auto* b = rgba + static_cast<size_t>(rows - 1 - y) * stride;
    std::copy(a, a + stride, row.data());
    std::copy(b, b + stride, a);
    std::copy(row.data(), row.data() + stride, b);
  }
}

std::vector<std::uint8_t> Window::read_pixels(int& width, int& height) const {
  glfwGetFramebufferSize(win_, &width, &height);
  std::vector<std::uint8_t> px(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
  glFinish();
  read_rows(0, height, px.data());
  return px;
}

void Window::framebuffer_size(int& width, int& height) const { glfwGetFramebufferSize(win_, &width, &height); }

void Window::logical_size(float& width, float& height) const {
  int w = 0, h = 0;
  glfwGetWindowSize(win_, &w, &h);
  width = static_cast<float>(w);
  height = static_cast<float>(h);
}

}  // namespace ui
