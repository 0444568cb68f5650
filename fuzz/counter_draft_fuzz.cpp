// The counter's draft file as read back after a crash: any bytes either give a draft or an error,
// never a crash or a hang; a draft that parses writes back to text that parses to the same draft.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/counter/counter_draft_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto d = core::draft_from_json(text);
  if (!d) return 0;
  const std::string again = core::draft_to_json(d.value());
  auto back = core::draft_from_json(again);
  if (!back) std::abort();
  // Text that is not UTF-8 is replaced on the way out, so only the structure is compared.
  if (back->staff_no.size() == 0 || back->form.members.size() != d->form.members.size() ||
      back->step != d->step || back->form.received.size() != d->form.received.size() ||
      back->form.declarations.size() != d->form.declarations.size())
    std::abort();
  return 0;
}
