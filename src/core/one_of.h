#pragma once
// One of the types in a TypeList: a class around the std::variant of them, so that copying, moving
// and destroying one — which screens, queues and tests do everywhere — is compiled once, in the .cpp
// that instantiates it (core/event.cpp), not in each of the hundred files that pass one around.
// core::Event and core::Effect are OneOf their rooms' lists.
#include <utility>
#include <variant>

#include "core/type_list.h"

namespace core {

template <class Types>
class OneOf {
 public:
  using Variant = VariantOf<Types>;

  template <class T>
    requires kContains<T, Types>
  OneOf(T e) : v_(std::in_place_type<T>, std::move(e)) {}  // NOLINT: implicit, as one is posted or returned
  OneOf(const OneOf&);
  OneOf(OneOf&&) noexcept;
  OneOf& operator=(const OneOf&);
  OneOf& operator=(OneOf&&) noexcept;
  ~OneOf();

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
