#pragma once
// A sentence a person reads, carried by key: flows, events and effects say *which* sentence (a key
// in assets/i18n) and with what values; the screen renders it in the terminal's language. The
// technical detail of a failure travels beside it, for the log only — core and app never compose
// a sentence a person reads.
#include <string>
#include <vector>

#include "core/language.h"
#include "core/text/i18n.h"

namespace core {

struct Message {
  std::string key;                  // "counter.sign_in.wrong_pin"
  std::vector<std::string> params;  // values for the "{}" in the catalog's sentence, in order

  bool empty() const { return key.empty(); }
  bool operator==(const Message&) const = default;
};

// The catalog's sentence for m.key in language l, its "{}" replaced by m.params in order. Empty for
// an empty message; a missing key shows the key itself (as Catalog::get does).
std::string render(const Catalog& catalog, Language l, const Message& m);

}  // namespace core
