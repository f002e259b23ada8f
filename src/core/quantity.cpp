#include "core/quantity.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

namespace sdmock {
namespace {

constexpr double kDay = 86'400;

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

/// Reads the number at the start of `text` ("4,000", "1.2e6", ".5"); `used` is how far it went.
/// Commas must group thousands. Returns an error, or "" with `out` set.
std::string read_number(std::string_view text, std::size_t& used, double& out) {
    std::size_t i = 0;
    std::string digits;
    std::vector<std::size_t> groups{0};
    while (i < text.size() && (is_digit(text[i]) || text[i] == ',')) {
        if (text[i] == ',')
            groups.push_back(0);
        else {
            digits += text[i];
            ++groups.back();
        }
        ++i;
    }
    if (groups.size() > 1) {
        bool ok = groups.front() >= 1 && groups.front() <= 3;
        for (std::size_t g = 1; g < groups.size(); ++g)
            ok = ok && groups[g] == 3;
        if (!ok) return "the commas in \"" + std::string(text.substr(0, i)) + "\" do not group thousands (4,000)";
    }
    if (i < text.size() && text[i] == '.') {
        digits += '.';
        ++i;
        while (i < text.size() && is_digit(text[i]))
            digits += text[i++];
    }
    if (digits.empty() || digits == ".") return "no number";
    if (i + 1 < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        std::size_t j = i + 1;
        if (text[j] == '+' || text[j] == '-') ++j;
        if (j < text.size() && is_digit(text[j])) {
            digits += 'e';
            digits.append(text.substr(i + 1, j - i - 1));
            while (j < text.size() && is_digit(text[j]))
                digits += text[j++];
            i = j;
        }
    }
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(out))
        return "\"" + std::string(text.substr(0, i)) + "\" is not a number sdmock can read";
    used = i;
    return {};
}

/// Seconds in one of the time unit, or 0 when `word` is not one.
double seconds_in(std::string_view word) {
    static const std::array<std::pair<std::string_view, double>, 24> kTimes{{
        {"s", 1},          {"sec", 1},           {"secs", 1},
        {"second", 1},     {"seconds", 1},       {"min", 60},
        {"mins", 60},      {"minute", 60},       {"minutes", 60},
        {"h", 3600},       {"hr", 3600},         {"hrs", 3600},
        {"hour", 3600},    {"hours", 3600},      {"d", kDay},
        {"day", kDay},     {"days", kDay},       {"week", 7 * kDay},
        {"mo", 30 * kDay}, {"month", 30 * kDay}, {"months", 30 * kDay},
        {"y", 365 * kDay}, {"yr", 365 * kDay},   {"year", 365 * kDay},
    }};
    std::string w = lower(word);
    if (w == "years") return 365 * kDay;
    if (w == "weeks") return 7 * kDay;
    for (const auto& [name, secs] : kTimes)
        if (w == name) return secs;
    return 0;
}

/// A count multiplier word, or 0. "B" is left to the caller (billion or bytes).
double multiplier_of(std::string_view word) {
    static const std::array<std::pair<std::string_view, double>, 14> kExact{{
        {"k", 1e3},
        {"K", 1e3},
        {"M", 1e6},
        {"mn", 1e6},
        {"mil", 1e6},
        {"bn", 1e9},
        {"G", 1e9},
        {"T", 1e12},
        {"tn", 1e12},
        {"P", 1e15},
        {"thousand", 1e3},
        {"million", 1e6},
        {"billion", 1e9},
        {"trillion", 1e12},
    }};
    std::string w = lower(word);
    for (const auto& [name, factor] : kExact)
        if (word == name || ((name.size() > 2) && w == name)) return factor;
    return 0;
}

/// Whether `word` counts things ("requests", "nodes", "CPU"): plural or not, any case.
bool is_count_noun(std::string_view word) {
    static const std::array<std::string_view, 104> kNouns{
        "request",  "req",       "query",     "querie",      "write",      "read",         "message",   "msg",
        "event",    "op",        "operation", "transaction", "txn",        "item",         "user",      "dau",
        "mau",      "node",      "server",    "machine",     "host",       "instance",     "box",       "connection",
        "conn",     "worker",    "shard",     "partition",   "series",     "participant",  "viewer",    "upload",
        "download", "page",      "point",     "row",         "record",     "core",         "cpu",       "code",
        "url",      "link",      "tweet",     "post",        "photo",      "image",        "video",     "file",
        "object",   "key",       "click",     "view",        "impression", "notification", "search",    "redirect",
        "booking",  "order",     "payment",   "ride",        "trip",       "driver",       "rider",     "location",
        "update",   "document",  "doc",       "edit",        "stream",     "chunk",        "block",     "entry",
        "entrie",   "visit",     "hit",       "call",        "job",        "task",         "session",   "device",
        "pod",      "container", "replica",   "broker",      "thread",     "socket",       "ticket",    "seat",
        "vote",     "like",      "comment",   "follower",    "metric",     "sample",       "log",       "line",
        "crawl",    "fetch",     "check",     "counter",     "lookup",     "delivery",     "deliverie", "lock"};
    std::string w = lower(word);
    if (w.size() > 1 && w.back() == 's' && w != "series") w.pop_back();
    for (auto noun : kNouns)
        if (w == noun) return true;
    return false;
}

/// A byte or bit unit ("GB", "KiB", "Mbps", "Gbit", "bytes"): bytes in one of it and whether it
/// is per second already ("bps"). `error` is set for a spelling that is ambiguous or wrong.
struct DataUnit {
    double bytes = 0; ///< 0: not a data unit
    bool per_second = false;
    std::string error;
};

double data_prefix(std::string_view prefix) {
    static const std::array<std::pair<std::string_view, double>, 24> kPrefixes{{
        {"", 1},
        {"k", 1e3},
        {"K", 1e3},
        {"M", 1e6},
        {"G", 1e9},
        {"T", 1e12},
        {"P", 1e15},
        {"E", 1e18},
        {"Ki", 1024.0},
        {"Mi", 1048576.0},
        {"Gi", 1073741824.0},
        {"Ti", 1099511627776.0},
        {"Pi", 1125899906842624.0},
        {"Ei", 1152921504606846976.0},
        {"kilo", 1e3},
        {"mega", 1e6},
        {"giga", 1e9},
        {"tera", 1e12},
        {"peta", 1e15},
        {"Kilo", 1e3},
        {"Mega", 1e6},
        {"Giga", 1e9},
        {"Tera", 1e12},
        {"Peta", 1e15},
    }};
    for (const auto& [name, factor] : kPrefixes)
        if (prefix == name) return factor;
    return 0;
}

DataUnit data_unit(std::string_view word) {
    struct Suffix {
        std::string_view text;
        bool bits;
        bool per_second;
        bool any_case;
    };
    static const std::array<Suffix, 8> kSuffixes{{{"bytes", false, false, true},
                                                  {"byte", false, false, true},
                                                  {"bits", true, false, true},
                                                  {"bit", true, false, true},
                                                  {"Bps", false, true, false},
                                                  {"bps", true, true, false},
                                                  {"B", false, false, false},
                                                  {"b", true, false, false}}};
    for (const auto& s : kSuffixes) {
        if (word.size() < s.text.size()) continue;
        std::string_view tail = word.substr(word.size() - s.text.size());
        if (s.any_case ? lower(tail) != s.text : tail != s.text) continue;
        std::string_view prefix = word.substr(0, word.size() - s.text.size());
        if (!s.any_case && s.bits && prefix.size() == 1 &&
            std::string_view("mgtpe").find(prefix[0]) != std::string_view::npos) {
            const char up = static_cast<char>(prefix[0] - 'a' + 'A');
            return {0, false,
                    "\"" + std::string(word) + "\" is ambiguous: write " + up + "B for bytes or " + up + "b for bits"};
        }
        double factor = data_prefix(prefix);
        if (factor == 0) {
            if (prefix.size() == 1 || (prefix.size() == 2 && (prefix[1] == 'i' || prefix[1] == 'I')))
                return {0, false,
                        "\"" + std::string(prefix) + "\" in \"" + std::string(word) +
                            "\" is not a prefix sdmock knows (k, M, G, T, P, or KiB to PiB)"};
            continue;
        }
        return {factor / (s.bits ? 8.0 : 1.0), s.per_second, {}};
    }
    return {};
}

bool is_rate_word(std::string_view word) {
    std::string w = lower(word);
    return w == "qps" || w == "rps" || w == "tps";
}

std::vector<std::string> tokens_of(std::string_view text) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
    };
    for (char c : text) {
        if (c == ' ' || c == '\t') {
            flush();
        } else if (c == '/') {
            flush();
            out.emplace_back("/");
        } else {
            cur += c;
        }
    }
    flush();
    for (auto& t : out)
        if (lower(t) == "per") t = "/";
    return out;
}

/// The unit part of a quantity read with `wanted` in mind: a factor to the SI base, and the kind.
struct UnitRead {
    double factor = 1;
    QuantityKind kind = QuantityKind::count;
    std::string error;
};

UnitRead read_unit(std::string_view unit, std::optional<QuantityKind> wanted) {
    auto tokens = tokens_of(unit);
    std::vector<std::string> top;
    std::vector<std::string> bottom;
    int slashes = 0;
    for (const auto& t : tokens) {
        if (t == "/") {
            if (++slashes > 1)
                return {1, QuantityKind::count, "\"" + std::string(unit) + "\" has more than one \"per\""};
            continue;
        }
        (slashes == 0 ? top : bottom).push_back(t);
    }
    double per = 0; // seconds in the time unit divided by
    if (slashes == 1) {
        if (bottom.size() != 1 || seconds_in(bottom[0]) == 0)
            return {1, QuantityKind::count,
                    "\"/" + (bottom.empty() ? std::string() : bottom[0]) +
                        "\" is not a time unit: use /s, /min, /h, /day, /month or /year"};
        per = seconds_in(bottom[0]);
    }
    const bool count_like = wanted == QuantityKind::count || wanted == QuantityKind::rate;
    double multiplier = 0;
    double data = 0;
    bool per_second = false;
    for (std::size_t i = 0; i < top.size(); ++i) {
        const std::string& t = top[i];
        bool next_counts = i + 1 < top.size() && (is_count_noun(top[i + 1]) || is_rate_word(top[i + 1]));
        double m = multiplier_of(t);
        if (t == "B" && (count_like || next_counts)) m = 1e9;
        if (m != 0) {
            if (multiplier != 0)
                return {1, QuantityKind::count, "\"" + std::string(unit) + "\" has two multipliers (k, M, B, ...)"};
            multiplier = m;
            continue;
        }
        bool glued_rate = t.size() > 3 && is_rate_word(t.substr(t.size() - 3)) &&
                          multiplier_of(t.substr(0, t.size() - 3)) != 0; // "40kQPS"
        if (glued_rate) {
            if (multiplier != 0)
                return {1, QuantityKind::count, "\"" + std::string(unit) + "\" has two multipliers (k, M, B, ...)"};
            multiplier = multiplier_of(t.substr(0, t.size() - 3));
        }
        if (glued_rate || is_rate_word(t)) {
            if (per_second) return {1, QuantityKind::count, "\"" + std::string(unit) + "\" says per second twice"};
            per_second = true;
            continue;
        }
        if (is_count_noun(t)) continue;
        DataUnit d = data_unit(t);
        if (!d.error.empty()) return {1, QuantityKind::count, d.error};
        if (d.bytes != 0) {
            if (data != 0) return {1, QuantityKind::count, "\"" + std::string(unit) + "\" has two byte units"};
            data = d.bytes;
            if (d.per_second) {
                if (per_second) return {1, QuantityKind::count, "\"" + std::string(unit) + "\" says per second twice"};
                per_second = true;
            }
            continue;
        }
        if (t == "m")
            return {1, QuantityKind::count,
                    "\"m\" is ambiguous: write M or million for a million, /min for per minute"};
        return {1, QuantityKind::count,
                "\"" + t + "\" is not a unit sdmock knows (try /s, QPS, GB, Gbps, k, M, B or million)"};
    }
    if (per_second && per != 0)
        return {1, QuantityKind::count, "\"" + std::string(unit) + "\" says per second and per " + bottom[0]};
    if (per_second) per = 1;
    UnitRead out;
    out.factor = (multiplier != 0 ? multiplier : 1) * (data != 0 ? data : 1) / (per != 0 ? per : 1);
    if (data != 0)
        out.kind = per != 0 ? QuantityKind::byte_rate : QuantityKind::bytes;
    else
        out.kind = per != 0 ? QuantityKind::rate : QuantityKind::count;
    return out;
}

std::string sig3(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

/// Rounds to three significant digits.
double round3(double v) {
    if (v <= 0) return v;
    double scale = std::pow(10.0, std::floor(std::log10(v)) - 2);
    return std::round(v / scale) * scale;
}

std::string with_commas(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    std::string digits = buf;
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string count_text(double v) {
    v = round3(v);
    if (v < 1000) return sig3(v);
    if (v < 1e6) return with_commas(v);
    static const std::array<std::pair<double, std::string_view>, 3> kWords{
        {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}}};
    for (const auto& [scale, word] : kWords)
        if (v >= scale) return sig3(round3(v / scale)) + std::string(word);
    return sig3(v);
}

std::string bytes_text(double v) {
    static const std::array<std::string_view, 7> kUnits{"B", "KB", "MB", "GB", "TB", "PB", "EB"};
    std::size_t i = 0;
    v = round3(v);
    while (v >= 1000 && i + 1 < kUnits.size()) {
        v = round3(v / 1000);
        ++i;
    }
    return sig3(v) + " " + std::string(kUnits[i]);
}

} // namespace

bool has_control(std::string_view text) {
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20U || u == 0x7FU) return true;
    }
    return false;
}

std::string_view base_unit(QuantityKind kind) {
    switch (kind) {
    case QuantityKind::count:
        return "";
    case QuantityKind::rate:
        return "/s";
    case QuantityKind::bytes:
        return "B";
    case QuantityKind::byte_rate:
        return "B/s";
    }
    return "";
}

std::string_view kind_phrase(QuantityKind kind) {
    switch (kind) {
    case QuantityKind::count:
        return "a count";
    case QuantityKind::rate:
        return "a rate per second";
    case QuantityKind::bytes:
        return "a size in bytes";
    case QuantityKind::byte_rate:
        return "a data rate in bytes per second";
    }
    return "";
}

std::string_view kind_example(QuantityKind kind) {
    switch (kind) {
    case QuantityKind::count:
        return "6 billion";
    case QuantityKind::rate:
        return "40/s or 40 QPS";
    case QuantityKind::bytes:
        return "35 GB";
    case QuantityKind::byte_rate:
        return "125 MB/s or 1 Gbps";
    }
    return "";
}

ParsedQuantity parse_quantity(std::string_view text, std::optional<QuantityKind> wanted, std::string_view asked) {
    std::string_view t = trim(text);
    const std::string what = asked.empty() ? std::string("the answer") : std::string(asked);
    if (has_control(text)) return {std::nullopt, what + ": the value holds a control character; type it plainly"};
    for (std::string_view approx : {"~", "\xE2\x89\x88"}) // "~40", "≈40"
        if (t.substr(0, approx.size()) == approx) t = trim(t.substr(approx.size()));
    if (t.empty())
        return {std::nullopt, what + ": no value given (e.g. " +
                                  std::string(kind_example(wanted.value_or(QuantityKind::count))) + ")"};
    if (t.front() == '-')
        return {std::nullopt, what + ": \"" + std::string(text) + "\" is negative; an estimate is more than zero"};
    std::size_t used = 0;
    double number = 0;
    if (!is_digit(t.front()) && t.front() != '.')
        return {std::nullopt, what + ": \"" + std::string(text) + "\" does not start with a number (e.g. " +
                                  std::string(kind_example(wanted.value_or(QuantityKind::count))) + ")"};
    if (auto err = read_number(t, used, number); !err.empty()) return {std::nullopt, what + ": " + err};
    std::string_view unit = trim(t.substr(used));
    if (unit.empty() && (wanted == QuantityKind::bytes || wanted == QuantityKind::byte_rate))
        return {std::nullopt, what + " is " + std::string(kind_phrase(*wanted)) + ": give \"" + std::string(t) +
                                  "\" a unit (e.g. " + std::string(kind_example(*wanted)) + ")"};
    // A bare number asked for a rate is per second, as QPS is always said.
    UnitRead u = unit.empty() && wanted == QuantityKind::rate ? read_unit("/s", wanted) : read_unit(unit, wanted);
    if (!u.error.empty()) return {std::nullopt, what + ": " + u.error};
    double value = number * u.factor;
    if (!std::isfinite(value)) return {std::nullopt, what + ": \"" + std::string(text) + "\" is too large"};
    if (value <= 0)
        return {std::nullopt, what + ": \"" + std::string(text) + "\" is zero; an estimate is more than zero"};
    if (wanted && u.kind != *wanted) {
        std::string shown = unit.empty() ? std::string("a bare number") : "\"" + std::string(unit) + "\"";
        return {std::nullopt, what + " is " + std::string(kind_phrase(*wanted)) + " (e.g. " +
                                  std::string(kind_example(*wanted)) + "), but " + shown + " is " +
                                  std::string(kind_phrase(u.kind))};
    }
    return {Quantity{value, u.kind}, {}};
}

ParsedQuantity reference_quantity(double value, std::string_view unit) {
    UnitRead u = read_unit(unit, std::nullopt);
    if (!u.error.empty()) return {std::nullopt, u.error};
    if (!(value > 0) || !std::isfinite(value)) return {std::nullopt, "the value should be more than zero"};
    return {Quantity{value * u.factor, u.kind}, {}};
}

std::string format_quantity(double value, QuantityKind kind) {
    switch (kind) {
    case QuantityKind::count:
        return count_text(value);
    case QuantityKind::rate:
        return count_text(value) + "/s";
    case QuantityKind::bytes:
        return bytes_text(value);
    case QuantityKind::byte_rate:
        return bytes_text(value) + "/s";
    }
    return "";
}

} // namespace sdmock
