#pragma once
// What a screen needs to draw: the strings, the fonts, the theme, a probe recording what it drew,
// and the list its intents go to. Screens get this and a const AppState&; they do no I/O.
#include <string_view>
#include <vector>

#include "core/event.h"
#include "core/text/i18n.h"
#include "core/language.h"
#include "ui/fonts/font_atlas.h"
#include "ui/theme.h"
#include "ui/widgets/layout_probe.h"

namespace ui {

class TextureCache;
namespace widgets {
struct FieldBuffers;
}

struct UiContext {
  const core::Catalog& catalog;
  core::Language language;
  FontAtlas& fonts;
  LayoutProbe& probe;
  const Theme& theme;
  std::vector<core::Event>& intents;
  TextureCache* textures = nullptr;  // images (a printed slip); none in layout-only tests
  widgets::FieldBuffers* fields = nullptr;  // text fields' edit buffers and focus (text_field.h)

  std::string_view tr(std::string_view key) const { return catalog.get(language, key); }
  void emit(core::Event e) { intents.push_back(std::move(e)); }
};

}  // namespace ui
