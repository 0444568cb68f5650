#pragma once
// What a window manager sends when someone presses a window's close button or Alt+F4: a
// WM_DELETE_WINDOW client message. The scenario's `close` sends it, so a test sees the kiosk refuse
// it exactly as it would refuse the real one.
#include "base/result.h"

struct GLFWwindow;

namespace app::scenario {

base::Status send_window_close(GLFWwindow* window);

}  // namespace app::scenario
