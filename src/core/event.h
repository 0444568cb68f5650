#pragma once
// Everything that can change the application's state arrives as an Event: device reports, store
// results, timer ticks, and the intents screens return when a person presses something. Each room
// names its own (core/spine_events.h, core/kiosk/kiosk_events.h, core/counter/counter_events.h,
// core/backoffice/backoffice_events.h); this file only assembles them.
//
// Event is a class around the variant so that copying, moving and destroying one — which the
// screens, the queue and the tests do everywhere — is compiled once (event.cpp), not in every file.
#include <utility>
#include <variant>

#include "core/backoffice/backoffice_events.h"
#include "core/counter/counter_events.h"
#include "core/kiosk/kiosk_events.h"
#include "core/spine_events.h"
#include "core/type_list.h"

namespace core {

using EventTypes = Concat<SpineEvents, SharedEvents, KioskEvents, CounterEvents, BackofficeEvents>;

class Event {
 public:
  using Variant = VariantOf<EventTypes>;

  template <class T>
    requires kContains<T, EventTypes>
  Event(T e) : v_(std::in_place_type<T>, std::move(e)) {}  // NOLINT: implicit, as an event is posted
  Event(const Event&);
  Event(Event&&) noexcept;
  Event& operator=(const Event&);
  Event& operator=(Event&&) noexcept;
  ~Event();

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

}  // namespace core
