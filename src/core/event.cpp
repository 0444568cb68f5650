#include "core/effect.h"
#include "core/event.h"

namespace core {

// OneOf's special members, compiled once here for the two lists (core/one_of.h says why).
template <class Types>
OneOf<Types>::OneOf(const OneOf&) = default;
template <class Types>
OneOf<Types>::OneOf(OneOf&&) noexcept = default;
template <class Types>
OneOf<Types>& OneOf<Types>::operator=(const OneOf&) = default;
template <class Types>
OneOf<Types>& OneOf<Types>::operator=(OneOf&&) noexcept = default;
template <class Types>
OneOf<Types>::~OneOf() = default;

template class OneOf<EventTypes>;
template class OneOf<EffectTypes>;

}  // namespace core
