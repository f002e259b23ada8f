#include "core/recording.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace sdmock {
namespace {

constexpr double kFloorDb = -90.0;
constexpr double kSteps = 255.0;

bool is_mark(std::string_view kind) {
    using namespace event;
    for (auto k :
         {phase_start, cue_shown, cue_put, note, candidate_note, hint, curveball, pause, resume, reopen, voice, end})
        if (kind == k) return true;
    return false;
}

std::optional<long long> whole(std::string_view text) {
    long long v = 0;
    if (text.empty()) return std::nullopt;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || ptr != text.data() + text.size() || v < 0) return std::nullopt;
    return v;
}

} // namespace

std::string talk_minutes(Duration d) {
    long long s = d.count() / 1000; // whole seconds, as clock_text gives them
    return std::to_string(s / 60) + "m" + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60) + "s";
}

long long silence_seconds(Duration d) {
    return (d.count() + 500) / 1000;
}

std::string recording_file(std::int64_t session) {
    return "recordings/session-" + std::to_string(session) + ".ogg";
}

std::vector<Mark> recording_marks(const std::vector<Event>& events) {
    std::vector<Mark> out;
    for (const auto& e : events) {
        if (!is_mark(e.kind)) continue;
        out.push_back({e.t, e.kind, e.phase, e.kind == event::phase_start ? e.phase : e.text});
    }
    std::stable_sort(out.begin(), out.end(), [](const Mark& a, const Mark& b) { return a.at < b.at; });
    return out;
}

std::vector<PhaseSpan> phase_spans(const std::vector<Event>& events, Duration elapsed) {
    std::vector<PhaseSpan> out;
    std::optional<Duration> end_at;
    for (const auto& e : events) {
        if (e.kind == event::phase_start) {
            if (!out.empty()) out.back().to = e.t;
            out.push_back({e.phase, e.t, e.t});
        } else if (e.kind == event::end) {
            end_at = e.t;
        }
        elapsed = std::max(elapsed, e.t);
    }
    if (!out.empty()) out.back().to = std::max(out.back().from, end_at.value_or(elapsed));
    return out;
}

std::vector<TimeSpan> voice_spans(const std::vector<Event>& events) {
    std::vector<TimeSpan> out;
    for (const auto& e : events)
        if (e.kind == event::voice && e.value > 0) out.push_back({e.t, e.t + Duration(e.value)});
    return out;
}

std::vector<PhaseTalk> session_talk(const Recording& recording, const std::vector<Event>& events, Duration elapsed) {
    // The voice is heard by the microphone, not by a file recorded elsewhere: only a recording
    // from the device leaves out the spans it spoke.
    return analyse_talk(recording.levels, phase_spans(events, elapsed),
                        recording.input.empty() ? voice_spans(events) : std::vector<TimeSpan>{});
}

std::optional<Duration> parse_offset(std::string_view text) {
    std::vector<long long> parts;
    while (true) {
        auto colon = text.find(':');
        auto part = whole(text.substr(0, colon));
        if (!part) return std::nullopt;
        parts.push_back(*part);
        if (colon == std::string_view::npos) break;
        text.remove_prefix(colon + 1);
    }
    if (parts.size() > 3) return std::nullopt;
    // Every field after the first is a count of seconds or minutes below 60.
    for (std::size_t i = 1; i < parts.size(); ++i)
        if (parts[i] >= 60) return std::nullopt;
    long long seconds = 0;
    for (long long p : parts)
        seconds = seconds * 60 + p;
    if (seconds > 100LL * 3600) return std::nullopt; // a recording is never longer than that
    return Duration(seconds * 1000);
}

std::optional<Duration> phase_offset(const std::vector<Event>& events, std::string_view id) {
    for (const auto& e : events)
        if (e.kind == event::phase_start && e.phase == id) return e.t;
    return std::nullopt;
}

std::string encode_levels(const std::vector<float>& levels) {
    std::string out(levels.size(), '\0');
    for (std::size_t i = 0; i < levels.size(); ++i) {
        double level = std::clamp(static_cast<double>(levels[i]), 0.0, 1.0);
        double db = level > 0 ? 20.0 * std::log10(level) : kFloorDb;
        double step = std::round((std::max(db, kFloorDb) - kFloorDb) * kSteps / -kFloorDb);
        out[i] = static_cast<char>(static_cast<unsigned char>(step));
    }
    return out;
}

std::vector<float> decode_levels(std::string_view bytes) {
    std::vector<float> out(bytes.size(), 0.0F);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        auto step = static_cast<unsigned char>(bytes[i]);
        if (step == 0) continue; // the floor: silence
        double db = kFloorDb + static_cast<double>(step) * -kFloorDb / kSteps;
        out[i] = static_cast<float>(std::pow(10.0, db / 20.0));
    }
    return out;
}

double WeekTalk::silent_share() const {
    auto heard = (talk + silence).count();
    return heard > 0 ? static_cast<double>(silence.count()) / static_cast<double>(heard) : 0.0;
}

void add_talk(WeekTalk& week, const std::vector<PhaseTalk>& phases) {
    ++week.recorded;
    for (const auto& p : phases) {
        week.talk += p.talk;
        week.silence += p.silence;
        week.long_silences += static_cast<int>(p.long_silences.size());
        if (p.longest) week.longest = std::max(week.longest, p.longest->length);
    }
}

std::vector<std::pair<IsoWeek, WeekTalk>> weekly_talk(const std::vector<RecordedMock>& mocks, IsoWeek first,
                                                      IsoWeek last, Weekday start) {
    std::map<IsoWeek, WeekTalk> weeks;
    for (const auto& m : mocks) {
        IsoWeek week = week_of(m.date, start);
        if (week < first || last < week) continue;
        add_talk(weeks[week], m.phases);
    }
    return {weeks.begin(), weeks.end()};
}

std::string talk_line(Duration talk, Duration silence, std::size_t long_silences, std::optional<Duration> longest) {
    auto recorded = (talk + silence).count();
    if (recorded <= 0) return "not recorded";
    long long share = std::llround(100.0 * static_cast<double>(silence.count()) / static_cast<double>(recorded));
    std::string out = talk_minutes(talk) + " talk, " + std::to_string(share) + "% silent";
    if (long_silences > 0)
        out += ", " + std::to_string(long_silences) + (long_silences == 1 ? " silence" : " silences") + " over 15 s";
    if (longest && longest->count() > 0) out += " (longest " + std::to_string(silence_seconds(*longest)) + " s)";
    return out;
}

} // namespace sdmock

namespace sdmock {

std::string talk_summary(const std::vector<PhaseTalk>& phases) {
    WeekTalk all;
    add_talk(all, phases);
    return talk_line(all.talk, all.silence, static_cast<std::size_t>(all.long_silences),
                     all.longest.count() > 0 ? std::optional<Duration>(all.longest) : std::nullopt);
}

} // namespace sdmock
