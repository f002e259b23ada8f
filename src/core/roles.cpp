#include "core/roles.hpp"

#include <algorithm>

namespace sdmock {
namespace {

bool one_of(std::string_view kind, std::initializer_list<std::string_view> kinds) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

} // namespace

std::string_view to_string(Role role) {
    switch (role) {
    case Role::solo:
        return "solo";
    case Role::interviewer:
        return "interviewer";
    case Role::candidate:
        return "candidate";
    }
    return "solo";
}

std::string_view to_string(Grade grade) {
    switch (grade) {
    case Grade::well:
        return "well";
    case Grade::partly:
        return "partly";
    case Grade::not_answered:
        return "not";
    }
    return "not";
}

bool may_record(Role role, std::string_view kind) {
    using namespace event;
    bool clock = one_of(kind, {phase_start, pause, resume, end, reopen});
    switch (role) {
    case Role::solo:
        return clock || one_of(kind, {cue_shown, cue_answered, cue_skipped, cue_unreached, note, voice});
    case Role::interviewer:
        return clock || one_of(kind, {cue_put, cue_marked, hint, curveball, note});
    case Role::candidate:
        return kind == candidate_note;
    }
    return false;
}

Role driver_of(Mode mode) {
    return mode == Mode::interviewer ? Role::interviewer : Role::solo;
}

Scorer scorer_of(Role role) {
    return role == Role::interviewer ? Scorer::interviewer : Scorer::self;
}

bool may_score(Role role, Scorer scorer) {
    return scorer == scorer_of(role);
}

bool visible_to_candidate(std::string_view kind) {
    using namespace event;
    return one_of(kind, {phase_start, pause, resume, end, reopen, cue_put, hint, curveball, candidate_note});
}

} // namespace sdmock
