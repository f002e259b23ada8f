#pragma once
/// What the screens say about actions not yet written to the history: nothing is shown as saved
/// that is not saved. While another program holds the history locked, the actions of a session
/// wait in memory; the screen counts them until they are written, then says they are saved.
#include "core/clock.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace sdmock {

/// "3 actions waiting: the history is locked by another program" ("1 action waiting: ...").
[[nodiscard]] std::string waiting_text(std::size_t waiting);
/// "The 3 waiting actions are saved." ("The waiting action is saved.").
[[nodiscard]] std::string saved_text(std::size_t saved);

/// A running session's write failed with the store's one-line `message` (a full disk, a file
/// size limit): what is saved and how to go on, in place of the store's "nothing was changed",
/// which is true of that one write but not of the session.
[[nodiscard]] std::string session_write_failed(const std::string& message, std::int64_t session);

/// Follows the count of waiting actions and says what changed.
class SaveNotice {
public:
    /// How long a screen keeps saying the waiting actions are saved once they are.
    static constexpr Duration kSavedShownFor{5000};

    /// Takes the count of actions waiting at `now`. Returns the line to print when what is to be
    /// said changed (the line mode prints it): the new count while any wait, then, once none
    /// wait, that they are saved. None while nothing changed.
    std::optional<std::string> update(std::size_t waiting, SteadyTime now);
    /// The line a screen shows at `now` (empty: none): the count while any wait, then for
    /// kSavedShownFor that they are saved.
    [[nodiscard]] std::string line(SteadyTime now) const;
    [[nodiscard]] std::size_t waiting() const { return waiting_; }

private:
    std::size_t waiting_ = 0;
    std::size_t peak_ = 0; ///< the most that waited since none did: what "saved" counts
    std::size_t saved_ = 0;
    std::optional<SteadyTime> saved_at_;
};

} // namespace sdmock
