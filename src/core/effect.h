#pragma once
// What update() asks the outside world to do. Services (src/app, one per room) run effects off the
// UI thread and report results back as Events. Each room names its own effects beside its events;
// this file only assembles them.
#include <utility>
#include <variant>
#include <vector>

#include "core/backoffice/backoffice_events.h"
#include "core/counter/counter_events.h"
#include "core/kiosk/kiosk_events.h"
#include "core/spine_events.h"
#include "core/type_list.h"

namespace core {

using EffectTypes = Concat<SpineEffects, KioskEffects, CounterEffects, BackofficeEffects>;

// A class around the variant for the same reason as Event: its special members compile once.
class Effect {
 public:
  using Variant = VariantOf<EffectTypes>;

  template <class T>
    requires kContains<T, EffectTypes>
  Effect(T e) : v_(std::in_place_type<T>, std::move(e)) {}  // NOLINT: implicit, as update() returns them
  Effect(const Effect&);
  Effect(Effect&&) noexcept;
  Effect& operator=(const Effect&);
  Effect& operator=(Effect&&) noexcept;
  ~Effect();

  const Variant& variant() const { return v_; }
  template <class T>
  const T* get_if() const {
    return std::get_if<T>(&v_);
  }
  template <class T>
  const T& get() const {  // throws std::bad_variant_access when it holds another
    return std::get<T>(v_);
  }
  template <class T>
  bool holds() const {
    return std::holds_alternative<T>(v_);
  }

 private:
  Variant v_;
};

using Effects = std::vector<Effect>;

}  // namespace core
