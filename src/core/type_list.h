#pragma once
// Lists of types, so that each flow names its own events and effects in one place and the spine
// assembles them: which alternatives the Event and Effect variants have, and which flow answers
// which event, are plain lists a reader (and the compiler) can check.
#include <type_traits>
#include <variant>

namespace core {

template <class... T>
struct TypeList {};

namespace detail {
template <class... Lists>
struct Concat;
template <>
struct Concat<> {
  using type = TypeList<>;
};
template <class... A>
struct Concat<TypeList<A...>> {
  using type = TypeList<A...>;
};
template <class... A, class... B, class... Rest>
struct Concat<TypeList<A...>, TypeList<B...>, Rest...> {
  using type = typename Concat<TypeList<A..., B...>, Rest...>::type;
};
template <class List>
struct AsVariant;
template <class... T>
struct AsVariant<TypeList<T...>> {
  using type = std::variant<T...>;
};
template <class T, class List>
struct Contains;
template <class T, class... U>
struct Contains<T, TypeList<U...>> : std::bool_constant<(std::is_same_v<T, U> || ...)> {};
}  // namespace detail

template <class... Lists>
using Concat = typename detail::Concat<Lists...>::type;

template <class List>
using VariantOf = typename detail::AsVariant<List>::type;

template <class T, class List>
inline constexpr bool kContains = detail::Contains<std::decay_t<T>, List>::value;

}  // namespace core
