#pragma once
/// The candidate's estimates against the reference figures of an answer key: which reference a
/// typed name means, the ratio and the verdict (within 2x on target, within 10x right order, else
/// off), and the record the history keeps of each one, from a mock or from a drill.
#include "core/clock.hpp"
#include "core/content.hpp"
#include "core/quantity.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sdmock {

enum class Verdict { on_target, right_order, off };
/// "on target", "right order", "off".
[[nodiscard]] std::string_view to_string(Verdict verdict);
/// On target within 2x either way, right order within 10x, else off (the edges are inside).
[[nodiscard]] Verdict verdict_for(double ratio);
/// "2.1x high", "8x low", "1.0x" for a ratio of given over reference.
[[nodiscard]] std::string ratio_text(double ratio);

/// One estimate as the history keeps it. Value and reference are in the SI base unit of `unit`.
struct EstimateRecord {
    std::int64_t session = 0; ///< 0: a drill's answer
    std::string kind;         ///< qps, peak_qps, storage, bandwidth, cache, or count (estimate_kind)
    std::string name;         ///< the reference's name, or the drill's question
    std::string given;        ///< as typed
    double value = 0;
    double reference = 0;
    QuantityKind unit = QuantityKind::count;
    std::string how;         ///< the reference's arithmetic
    Duration t{0};           ///< session time when it was entered (mocks)
    double seconds = 0;      ///< how long the answer took (drills)
    std::string recorded_at; ///< ISO 8601 local time with offset
    bool practice = false;   ///< of a practice run (read back from its session)

    [[nodiscard]] double ratio() const { return reference > 0 ? value / reference : 0; }
    [[nodiscard]] Verdict verdict() const { return verdict_for(ratio()); }
};

/// The kind of quantity an estimate is, for the trends: a rate is `qps` (`peak_qps` when its
/// name says peak), bytes are `storage` (`cache` when the name says cache or memory), a data rate
/// is `bandwidth`, anything else `count`.
[[nodiscard]] std::string estimate_kind(std::string_view name, QuantityKind unit);

/// The reference of `key` that `name` means: the same name in any case, else the only one it
/// starts or is contained in. Null when none or several fit.
[[nodiscard]] const Estimate* find_reference(const AnswerKey& key, std::string_view name);

/// Grades `given` (as typed) against `reference`: the record, or an error naming the quantity.
struct Graded {
    std::optional<EstimateRecord> record;
    std::string error;
};
[[nodiscard]] Graded grade_estimate(const Estimate& reference, std::string_view given);

/// Reads "NAME=VALUE" against the key: the graded record, or a one-line error that names the
/// reference names when NAME fits none.
[[nodiscard]] Graded grade_assignment(const AnswerKey& key, std::string_view assignment);

/// The latest estimate per name, in the order of first entry.
[[nodiscard]] std::vector<EstimateRecord> latest_per_name(const std::vector<EstimateRecord>& records);

} // namespace sdmock
