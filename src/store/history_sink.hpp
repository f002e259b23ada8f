#pragma once
/// Commits a running session's events to the history as they happen.
#include "core/error.hpp"
#include "core/mock.hpp"
#include "store/history.hpp"

namespace sdmock {

class HistorySink final : public EventSink {
public:
    HistorySink(History& history, std::int64_t session, const Clock& clock)
        : history_(history), session_(session), clock_(clock) {}
    void record(const Event& event) override { history_.record(session_, event); }
    /// A heartbeat that cannot be written (the history busy for a moment) is skipped: the next
    /// one, a second later, carries the same information. Events are never skipped.
    void heartbeat(Duration elapsed) override {
        try {
            history_.heartbeat(session_, elapsed, clock_.wall_now());
        } catch (const StoreError&) {
        }
    }

private:
    History& history_;
    std::int64_t session_;
    const Clock& clock_;
};

} // namespace sdmock
