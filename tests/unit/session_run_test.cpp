// The owner of a running session and the line mode that drives it, run under a FakeClock on a
// real SQLite history.
#include "cli/plain_session.hpp"
#include "cli/session_run.hpp"
#include "core/error.hpp"
#include "support/shipped_content.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <regex>
#include <sstream>
#include <utility>

using namespace sdmock;
using namespace sdmock::cli;
using namespace std::chrono_literals;
using sdmock::test::shipped_content;

namespace {

/// A history in a temp folder, the shipped content and a clock that moves only when waited on.
struct Bench {
    explicit Bench(const Content& with = shipped_content()) : content(with) {}
    test::TempDir dir;
    History history{dir.path() / "sdmock.db"};
    const Content& content;
    FakeClock clock;
    std::atomic<int> stop{0};
    std::ostringstream out;
    std::ostringstream err;
    Duration waited{0};
    int waits = 0;
    /// The wait the line mode is given: the fake clock moves by exactly what was asked.
    Wait wait = [this](Duration d) {
        waited += d;
        ++waits;
        clock.advance(d);
    };

    std::unique_ptr<SessionRun> start(const std::string& problem, const std::string& plan, double speed,
                                      Mode mode = Mode::solo) {
        RunSetup setup{*content.problem(problem), *content.plan(plan), mode, speed, 42};
        return SessionRun::start(history, content, setup, clock);
    }

    /// Runs the line mode with `scores` on standard input.
    RunEnd plain(SessionRun& run, const std::string& scores, Scorecard& typed) {
        std::istringstream in(scores);
        return run_plain_mock(run, clock, wait, stop, PlainIo{in, out, err, false}, typed);
    }

    [[nodiscard]] std::size_t count(const std::string& needle) const {
        std::string text = out.str();
        std::size_t n = 0;
        for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
            ++n;
        return n;
    }
};

const std::string kTwelve = "4 clear scope\n3\n4\n3\n3\n2 no cache sizing\n4\n3\n4\n3\n4\n5\n";

} // namespace

TEST_CASE("Line mode: at speed 60 a 45-minute plan runs in 45 steady seconds, then reads twelve scores") {
    Bench b;
    auto run = b.start("url-shortener", "standard-45", 60.0);
    Scorecard typed;
    REQUIRE(b.plain(*run, kTwelve, typed) == RunEnd::scored);

    // The clock moved only through the injected wait, and no further than the plan.
    REQUIRE(b.waited >= 45s);
    REQUIRE(b.waited <= 45s + 50ms);
    REQUIRE(b.waits > 45); // it woke at least once a session minute (a heartbeat a second)

    auto record = b.history.load(run->id());
    REQUIRE(record);
    REQUIRE(record->info.status == Status::finished);
    REQUIRE(record->self);
    REQUIRE(record->self->total() == 42);
    REQUIRE(record->self->evidence[*dimension_index("caching")] == "no cache sizing");
    REQUIRE(record->events.back().kind == event::end);
    REQUIRE(std::chrono::abs(record->events.back().t - 45min) <= 3s);
    auto times = phase_times(record->events, record->info.elapsed);
    REQUIRE(times.size() == 5);
    for (const auto& t : times) {
        REQUIRE(t.actual);
        REQUIRE(std::chrono::abs(*t.actual - t.planned) <= 60ms * 60); // a steady ms is 60 session ms
    }
    // Every phase was announced once and every cue recorded as shown was printed once.
    for (std::size_t i = 1; i <= 5; ++i)
        REQUIRE(b.count("] Phase " + std::to_string(i) + "/5: ") == 1);
    std::size_t shown = 0;
    for (const auto& e : record->events)
        shown += e.kind == event::cue_shown ? 1U : 0U;
    std::string printed = b.out.str();
    std::regex cue_line(R"(\n\[[0-9:]+\] (Ask|Deep dive|Curveball) \()");
    auto cues = std::distance(std::sregex_iterator(printed.begin(), printed.end(), cue_line), std::sregex_iterator());
    REQUIRE(shown > 0);
    REQUIRE(static_cast<std::size_t>(cues) == shown);
    REQUIRE(b.count("Time is up.") == 1);
    REQUIRE(b.count("Total 42/60") == 1); // the summary, read back from the history
}

TEST_CASE("SessionRun: the status turns finished the moment the end is recorded") {
    Bench b;
    auto run = b.start("pastebin", "mini-25", 1.0);
    REQUIRE(b.history.info(run->id())->status == Status::running);
    b.clock.advance(30s);
    run->mock().end(b.clock.steady_now());
    REQUIRE(b.history.info(run->id())->status == Status::finished);
}

TEST_CASE("Line mode: input ending before twelve scores leaves the session finished and unscored") {
    Bench b;
    auto run = b.start("uber", "mini-25", 3000.0);
    Scorecard typed;
    REQUIRE(b.plain(*run, "4\n5\n", typed) == RunEnd::unscored);
    REQUIRE(typed.scored() == 2);
    auto record = b.history.load(run->id());
    REQUIRE(record->info.status == Status::finished);
    REQUIRE_FALSE(record->self);
    REQUIRE(b.err.str().find("input ended after 2 of 12 scores") != std::string::npos);

    std::ostringstream out, err;
    REQUIRE(run->close(RunEnd::unscored, out, err, 0, typed) == kExitOk);
    REQUIRE(out.str() == "session " + std::to_string(run->id()) + "\n");
    std::string id = std::to_string(run->id());
    REQUIRE(err.str() == "Not scored yet: sdmock score " + id +
                             " requirements=4 estimation=5 api=N architecture=N data=N caching=N async=N scaling=N "
                             "reliability=N security=N observability=N communication=N (or sdmock resume " +
                             id + ")\n");
}

TEST_CASE("Line mode: a stop mid-phase leaves the session running and resumable where it was") {
    Bench b;
    auto run = b.start("pastebin", "mini-25", 1.0);
    std::int64_t id = run->id();
    int waits = 0;
    b.wait = [&](Duration d) {
        b.clock.advance(d);
        if (++waits == 90) b.stop = 15; // SIGTERM after 90 waits (about 90 s of the first phase)
    };
    Scorecard typed;
    REQUIRE(b.plain(*run, kTwelve, typed) == RunEnd::left_running);
    Duration elapsed = run->mock().timer().elapsed(b.clock.steady_now());
    REQUIRE(elapsed > 80s);
    REQUIRE(elapsed < 100s);
    std::ostringstream out, err;
    REQUIRE(run->close(RunEnd::left_running, out, err, 15) == 128 + 15);
    REQUIRE(err.str() == "The session stays resumable: sdmock resume " + std::to_string(id) + "\n");
    REQUIRE(b.history.info(id)->status == Status::running);
    run.reset(); // the process is gone: its claim is given up

    auto again = SessionRun::resume(b.history, b.content, id, b.clock);
    REQUIRE(again->mock().timer().phase() == 0);
    REQUIRE(std::chrono::abs(again->mock().timer().elapsed(b.clock.steady_now()) - elapsed) <= 1s);
}

TEST_CASE("SessionRun: one driver at a time, and a scored session is not resumed") {
    Bench b;
    auto run = b.start("ticketmaster", "mini-25", 3000.0);
    run.reset();
    b.history.claim(1, static_cast<std::int64_t>(getppid())); // another live process runs it
    REQUIRE_THROWS_AS(SessionRun::resume(b.history, b.content, 1, b.clock), Error);
    b.history.release(1, static_cast<std::int64_t>(getppid()));
    run = SessionRun::resume(b.history, b.content, 1, b.clock);
    Scorecard typed;
    REQUIRE(b.plain(*run, kTwelve, typed) == RunEnd::scored);
    std::int64_t id = run->id();
    run.reset();
    REQUIRE_THROWS_WITH(SessionRun::resume(b.history, b.content, id, b.clock),
                        Catch::Contains("is finished; see it with `sdmock show"));
    REQUIRE_THROWS_WITH(SessionRun::resume(b.history, b.content, id + 100, b.clock), Catch::Contains("no session"));
}

TEST_CASE("SessionRun: a mock that ended unscored resumes into scoring, the scores so far kept") {
    Bench b;
    auto run = b.start("uber", "mini-25", 3000.0);
    Scorecard typed;
    REQUIRE(b.plain(*run, "", typed) == RunEnd::unscored);
    Scorecard partial;
    partial.set(0, 3);
    run->save_scorecard(partial);
    std::int64_t id = run->id();
    run.reset();
    auto again = SessionRun::resume(b.history, b.content, id, b.clock);
    REQUIRE(again->mock().finished());
    REQUIRE(again->saved_scorecard().scores[0] == 3);
    REQUIRE(again->saved_scorecard().scored() == 1);
}

TEST_CASE("SessionRun: the interviewer of a paired mock scores as the interviewer") {
    Bench b;
    auto run = b.start("zoom", "mini-25", 1.0, Mode::interviewer);
    REQUIRE(run->mock().role() == Role::interviewer);
    REQUIRE(run->scorer() == Scorer::interviewer);
    Scorecard card;
    card.set(*dimension_index("caching"), 2);
    run->save_scorecard(card);
    auto record = b.history.load(run->id());
    REQUIRE(record->interviewer);
    REQUIRE_FALSE(record->self);
    REQUIRE(record->interviewer->scores[*dimension_index("caching")] == 2);
    std::ostringstream out, err;
    run->mock().end(b.clock.steady_now());
    REQUIRE(run->close(RunEnd::unscored, out, err, 0) == kExitOk);
    REQUIRE(err.str().find("sdmock score " + std::to_string(run->id()) + " --scorer interviewer") != std::string::npos);
}

TEST_CASE("Line mode: the interviewer's reply follows each clarifying question, estimation lists the givens") {
    Content content = shipped_content();
    Problem& problem = const_cast<Problem&>(*content.problem("url-shortener"));
    problem.key.replies.clear();
    for (const auto& q : content.question_set("clarifying")->questions)
        problem.key.replies.push_back({q.id, "Reply to " + q.id + "."});
    problem.key.givens = {"100M new links a month", "100 redirects per new link", "500 B a link"};
    Bench b(content);
    auto run = b.start("url-shortener", "mini-25", 3000.0);
    Scorecard typed;
    REQUIRE(b.plain(*run, kTwelve, typed) == RunEnd::scored);
    std::string printed = b.out.str();
    std::size_t asked = 0;
    for (const auto& q : content.question_set("clarifying")->questions) {
        auto at = printed.find(q.text.substr(0, 40));
        if (at == std::string::npos) continue;
        ++asked;
        auto reply = printed.find("Interviewer: Reply to " + q.id + ".", at);
        INFO(q.id);
        REQUIRE(reply != std::string::npos);
        REQUIRE(printed.find("] Ask (", at) > reply); // before the next question
    }
    REQUIRE(asked >= 3);
    auto estimation = printed.find("Phase 2/3: Estimation");
    REQUIRE(estimation != std::string::npos);
    REQUIRE(printed.find("Figures to work from:\n  * 100M new links a month\n  * 100 redirects per new link\n"
                         "  * 500 B a link\n",
                         estimation) < printed.find("Phase 3/3"));
}

TEST_CASE("Line mode: for every problem the interviewer answers the scale question with the problem's figures") {
    const Content& content = shipped_content();
    const Question* scale = nullptr;
    for (const auto& q : content.question_set("clarifying")->questions)
        if (q.id == "users-scale") scale = &q;
    REQUIRE(scale != nullptr);
    REQUIRE(scale->always); // asked in every session, whatever the seed
    for (const auto& problem : content.problems) {
        INFO(problem.id);
        Bench b;
        auto run = b.start(problem.id, "standard-45", 3000.0);
        Scorecard typed;
        REQUIRE(b.plain(*run, kTwelve, typed) == RunEnd::scored);
        std::string printed = b.out.str();
        auto asked = printed.find(scale->text.substr(0, 40));
        REQUIRE(asked != std::string::npos);
        std::string reply = problem.key.reply("users-scale")->text;
        std::string shown = printed.substr(asked, 1200);
        // The reply is wrapped: compare its words.
        std::istringstream words(reply);
        std::string word;
        std::size_t missing = 0;
        for (std::size_t n = 0; words >> word && n < 12; ++n)
            if (shown.find(word) == std::string::npos) ++missing;
        REQUIRE(missing == 0);
        REQUIRE_THAT(shown, Catch::Contains("Interviewer: "));
        REQUIRE(std::any_of(reply.begin(), reply.end(), [](char c) { return c >= '0' && c <= '9'; }));
    }
}

TEST_CASE("Line mode: Ctrl-Z pauses the clock, the stopped time does not count, and it resumes on continue") {
    Bench b;
    auto run = b.start("pastebin", "mini-25", 1.0);
    int waits = 0;
    bool asked = false;
    std::vector<bool> watched;
    b.wait = [&](Duration d) {
        b.clock.advance(d);
        if (++waits == 60) asked = true; // Ctrl-Z about a minute in
        if (waits == 120) b.stop = 15;
    };
    std::istringstream in(kTwelve);
    Suspend suspend{[&](bool on) { watched.push_back(on); }, [&] { return std::exchange(asked, false); },
                    [&] { b.clock.advance(20min); }}; // stopped for 20 minutes
    Scorecard typed;
    REQUIRE(run_plain_mock(*run, b.clock, b.wait, b.stop, PlainIo{in, b.out, b.err, false, suspend}, typed) ==
            RunEnd::left_running);
    REQUIRE(watched == std::vector<bool>{true, false}); // caught only while the clock ran
    Duration elapsed = run->mock().timer().elapsed(b.clock.steady_now());
    REQUIRE(elapsed > 110s);
    REQUIRE(elapsed < 130s); // not the 20 minutes stopped
    REQUIRE(b.count("Paused: sdmock is stopped (Ctrl-Z).") == 1);
    REQUIRE(b.count("Resumed: the time stopped does not count.") == 1);
    auto record = b.history.load(run->id());
    std::vector<Duration> pause, resume;
    for (const auto& e : record->events) {
        if (e.kind == event::pause) pause.push_back(e.t);
        if (e.kind == event::resume) resume.push_back(e.t);
    }
    REQUIRE(pause.size() == 1);
    REQUIRE(resume == pause); // the clock stood still while stopped
}
