#include "core/session.hpp"

#include <cstdio>
#include <ctime>

namespace sdmock {

std::string_view to_string(Mode mode) {
    return mode == Mode::solo ? "solo" : "interviewer";
}

std::string_view to_string(Status status) {
    switch (status) {
    case Status::running:
        return "running";
    case Status::finished:
        return "finished";
    case Status::abandoned:
        return "abandoned";
    }
    return "running";
}

std::optional<Mode> mode_from(std::string_view text) {
    if (text == "solo") return Mode::solo;
    if (text == "interviewer") return Mode::interviewer;
    return std::nullopt;
}

std::optional<Status> status_from(std::string_view text) {
    for (auto s : {Status::running, Status::finished, Status::abandoned})
        if (to_string(s) == text) return s;
    return std::nullopt;
}

bool interrupted(const SessionInfo& info) {
    return info.status == Status::running && !info.owner_alive;
}

std::string_view shown_status(const SessionInfo& info) {
    return interrupted(info) ? std::string_view("interrupted") : to_string(info.status);
}

TimerSnapshot snapshot_from(const std::vector<Event>& events, Duration elapsed, std::size_t phase_count) {
    TimerSnapshot snap;
    std::vector<Duration> starts;
    bool ended = false;
    Duration end_at{0};
    for (const auto& e : events) {
        if (e.kind == event::phase_start)
            starts.push_back(e.t);
        else if (e.kind == event::pause)
            snap.paused = true;
        else if (e.kind == event::resume)
            snap.paused = false;
        else if (e.kind == event::end) {
            ended = true;
            end_at = e.t;
        }
        if (e.t > elapsed) elapsed = e.t; // a heartbeat never lags an event it saw
    }
    if (ended) elapsed = end_at;
    for (std::size_t i = 1; i < starts.size(); ++i)
        snap.completed.push_back(starts[i] - starts[i - 1]);
    if (ended) {
        if (!starts.empty()) snap.completed.push_back(end_at - starts.back());
        snap.phase = phase_count;
        return snap;
    }
    snap.phase = starts.empty() ? 0 : starts.size() - 1;
    snap.current = starts.empty() ? Duration{0} : elapsed - starts.back();
    return snap;
}

std::vector<PhaseTime> phase_times(const std::vector<Event>& events, Duration elapsed) {
    std::vector<PhaseTime> out;
    std::vector<Duration> starts;
    std::optional<Duration> end_at;
    for (const auto& e : events) {
        if (e.kind == event::phase_start) {
            out.push_back({e.phase, Duration(e.value), std::nullopt});
            starts.push_back(e.t);
        } else if (e.kind == event::end) {
            end_at = e.t;
        }
        if (e.t > elapsed) elapsed = e.t;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        Duration stop = i + 1 < starts.size() ? starts[i + 1] : end_at.value_or(elapsed);
        out[i].actual = stop - starts[i];
    }
    return out;
}

std::string iso_local(WallTime t) {
    std::time_t secs = std::chrono::system_clock::to_time_t(t);
    std::tm local{};
    localtime_r(&secs, &local);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
    std::string s = buf; // +0100 -> +01:00
    if (s.size() >= 5) s = s.substr(0, s.size() - 2) + ":" + s.substr(s.size() - 2);
    return s;
}

std::string iso_with_offset(std::string_view local) {
    std::tm tm{};
    int parsed = 0;
    std::string text(local);
    if (text.size() == 10)
        parsed = std::sscanf(text.c_str(), "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) == 3 ? 1 : 0;
    else if (text.size() == 16)
        parsed = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                             &tm.tm_min) == 5
                     ? 1
                     : 0;
    if (parsed == 0) return text;
    std::string full = text.size() == 10 ? text + "T00:00:00" : text + ":00";
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_isdst = -1; // let the zone rules say whether summer time applied that day
    std::time_t when = std::mktime(&tm);
    std::tm back{};
    localtime_r(&when, &back);
    char offset[8];
    std::strftime(offset, sizeof offset, "%z", &back); // +0100
    std::string z = offset;
    return z.size() == 5 ? full + z.substr(0, 3) + ":" + z.substr(3) : full;
}

std::string clock_text(Duration d, bool sign) {
    bool negative = d < Duration{0};
    auto total = (negative ? -d : d).count() / 1000;
    char buf[32];
    if (total >= 3600)
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", static_cast<long long>(total / 3600),
                      static_cast<long long>(total / 60 % 60), static_cast<long long>(total % 60));
    else
        std::snprintf(buf, sizeof buf, "%02lld:%02lld", static_cast<long long>(total / 60),
                      static_cast<long long>(total % 60));
    std::string prefix = negative ? "-" : (sign ? "+" : "");
    return prefix + buf;
}

} // namespace sdmock
