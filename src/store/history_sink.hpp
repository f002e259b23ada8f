#pragma once
/// Commits a running session's events to the history as they happen.
#include "core/error.hpp"
#include "core/mock.hpp"
#include "store/history.hpp"

#include <deque>

namespace sdmock {

/// Events are committed at once. When another program holds the history locked for longer than
/// the busy timeout, the session does not stop: events wait in order and are written as soon as
/// the lock is gone (retried at every heartbeat, briefly, so the screen stays live).
class HistorySink final : public EventSink {
public:
    HistorySink(History& history, std::int64_t session, const Clock& clock)
        : history_(&history), session_(session), clock_(clock) {}

    /// Writes to `history` from now on (the session's own history went away).
    void retarget(History& history) { history_ = &history; }

    void record(const Event& event) override {
        pending_.push_back(event);
        flush(pending_.size() > 1);
    }

    /// A heartbeat that cannot be written is skipped: the next one, a second later, carries the
    /// same information.
    void heartbeat(Duration elapsed) override {
        flush(true);
        try {
            history_->heartbeat(session_, elapsed, clock_.wall_now());
        } catch (const LostError&) {
            throw; // the history went away: the owner keeps the session elsewhere
        } catch (const StoreError&) {
        }
    }

    /// Writes the waiting events, oldest first; stops at the first that still finds the history
    /// locked. Errors other than a lock are thrown (LostError: the events stay waiting).
    void flush(bool quick) {
        while (!pending_.empty()) {
            try {
                history_->record(session_, pending_.front(), quick);
            } catch (const BusyError&) {
                return;
            }
            pending_.pop_front();
            quick = true;
        }
    }

    /// Events not yet written.
    [[nodiscard]] std::size_t unsaved() const { return pending_.size(); }

private:
    std::deque<Event> pending_;
    History* history_;
    std::int64_t session_;
    const Clock& clock_;
};

} // namespace sdmock
