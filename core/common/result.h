// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace lw {

//! Wraps an error so it can initialise a Result (like std::unexpected, which needs C++23).
template <typename E>
struct Unexpected {
    E error;
};

template <typename E>
Unexpected<std::decay_t<E>> fail(E &&error)
{
    return {std::forward<E>(error)};
}

//! A value or an error, never both: the error-as-value type every parser and client returns.
//! Copyable when T and E are, as QFuture continuations on Qt 6.4 need.
template <typename T, typename E>
class [[nodiscard]] Result {
public:
    Result(const T &value)
        : m_data(std::in_place_index<0>, value)
    {}
    Result(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    template <typename U>
    Result(Unexpected<U> &&error)
        : m_data(std::in_place_index<1>, std::move(error.error))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }

    const E &error() const { return std::get<1>(m_data); }

    //! The value, or `fallback` on error (for reads where an error means "nothing").
    template <typename U>
    T value_or(U &&fallback) const &
    {
        return hasValue() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, E> m_data;
};

//! The error of a parser: a machine-readable code and one translated sentence for people.
template <typename Code>
struct ParseError {
    Code code;
    QString message;
};

} // namespace lw
