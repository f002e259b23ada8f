#include "cli/commands.hpp"

#include "cli/system_clock.hpp"
#include "core/error.hpp"
#include "core/estimate.hpp"
#include "core/follow.hpp"
#include "report/estimate_view.hpp"
#include "store/history.hpp"

#include <ostream>

namespace sdmock::cli {
namespace {

/// The session time now: the saved time, plus the time since the last heartbeat while the
/// process running the session is alive and its clock runs.
Duration session_time(const SessionRecord& record, const Content& content, const Clock& clock) {
    const SessionInfo& info = record.info;
    if (info.status != Status::running || !info.owner_alive) return info.elapsed;
    const Plan* plan = content.plan(info.plan);
    std::size_t phases = plan != nullptr ? plan->phases.size() : 5;
    bool paused = snapshot_from(record.events, info.elapsed, phases).paused;
    bool stale = false;
    return live_elapsed(info.elapsed, info.heartbeat_at, clock.wall_now(), info.speed, paused, stale);
}

void list_references(const Context& context, const SessionRecord& record, const Problem& problem) {
    context.out << "Reference estimates of " << problem.id << " (enter them as sdmock estimate " << record.info.id
                << " \"NAME=VALUE\" ...):\n";
    for (const auto& e : problem.key.estimates) {
        auto q = reference_quantity(e.value, e.unit);
        context.out << "  " << e.name;
        if (q.quantity)
            context.out << "  (" << kind_phrase(q.quantity->kind) << ", e.g. " << kind_example(q.quantity->kind) << ")";
        context.out << '\n';
    }
    if (auto lines = estimate_lines(record.estimates, 80); !lines.empty()) {
        context.out << '\n';
        for (const auto& l : lines)
            context.out << l << '\n';
    }
}

} // namespace

int run_estimate(const Context& context, const EstimateOptions& options) {
    History history(context.db);
    auto record = history.load(options.session);
    if (!record) throw Error("no session " + std::to_string(options.session) + " in " + context.db.string());
    if (record->info.status == Status::abandoned)
        throw Error("session " + std::to_string(options.session) + " is abandoned: it takes no more estimates");
    Content content = load_valid_content(context);
    const Problem& problem = find_problem(content, record->info.problem);
    if (problem.key.estimates.empty()) throw Error("problem " + problem.id + " has no reference estimates");
    if (options.values.empty()) {
        list_references(context, *record, problem);
        return kExitOk;
    }
    // Grade everything before touching the history: one bad value saves nothing.
    std::vector<EstimateRecord> graded;
    for (const auto& text : options.values) {
        Graded g = grade_assignment(problem.key, text);
        if (!g.record) throw UsageError(g.error);
        graded.push_back(*g.record);
    }
    SystemClock clock;
    Duration t = session_time(*record, content, clock);
    std::string at = iso_local(clock.wall_now());
    for (auto& r : graded) {
        r.session = options.session;
        r.t = t;
        r.recorded_at = at;
        r.practice = false;
    }
    history.add_estimates(graded);
    context.out << "session " << options.session << ": " << graded.size() << " estimate"
                << (graded.size() == 1 ? "" : "s") << " saved at " << clock_text(t) << '\n';
    for (const auto& l : estimate_lines(graded, 80))
        context.out << l << '\n';
    return kExitOk;
}

} // namespace sdmock::cli
