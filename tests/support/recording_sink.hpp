#pragma once
// An EventSink that keeps what a store would commit, for tests of a running mock.
#include "core/mock.hpp"

#include <algorithm>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock::test {

struct RecordingSink final : EventSink {
    std::vector<Event> events;
    std::vector<Duration> heartbeats;
    void record(const Event& event) override { events.push_back(event); }
    void heartbeat(Duration elapsed) override { heartbeats.push_back(elapsed); }

    /// The recorded events of one kind, in order.
    [[nodiscard]] std::vector<Event> of(std::string_view kind) const {
        std::vector<Event> out;
        std::copy_if(events.begin(), events.end(), std::back_inserter(out),
                     [&](const Event& e) { return e.kind == kind; });
        return out;
    }
};

/// An event as one line, so a failed comparison shows every field.
inline std::string describe(const Event& e) {
    std::ostringstream out;
    out << e.kind << " t=" << e.t.count() << "ms phase=" << e.phase << " dim=" << e.dimension << " text=" << e.text
        << " value=" << e.value;
    return out.str();
}

} // namespace sdmock::test
