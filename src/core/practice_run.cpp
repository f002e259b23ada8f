#include "core/practice_run.hpp"

#include "core/text.hpp"

namespace sdmock {

PracticeReasons practice_reasons(const PracticeFacts& facts) {
    PracticeReasons r;
    r.speed = facts.speed != 1.0;
    r.flagged = facts.flagged;
    // Twice the elapsed time against the planned: no rounding of an odd planned half.
    r.ended_early = facts.finished && facts.elapsed * 2 < facts.planned;
    return r;
}

std::vector<std::string> practice_reason_ids(const PracticeReasons& reasons) {
    std::vector<std::string> out;
    if (reasons.speed) out.emplace_back("speed");
    if (reasons.flagged) out.emplace_back("flag");
    if (reasons.ended_early) out.emplace_back("ended_early");
    if (reasons.imported) out.emplace_back("imported");
    return out;
}

std::string practice_text(const PracticeReasons& reasons, double speed) {
    std::vector<std::string> out;
    if (reasons.speed) out.push_back("speed " + format_number(speed));
    if (reasons.flagged) out.emplace_back("--practice");
    if (reasons.ended_early) out.emplace_back("ended early");
    if (reasons.imported) out.emplace_back("imported as practice");
    return join(out, ", ");
}

} // namespace sdmock
