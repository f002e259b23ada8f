// FSRS-6 against reference figures. Every figure below was computed with the ts-fsrs package,
// version 5.4.2 (the open-spaced-repetition reference implementation in TypeScript), under the
// settings sdmock uses: the 21 default FSRS-6 weights, request_retention 0.9,
// maximum_interval 36500, enable_fuzz false, enable_short_term false (no same-day learning steps),
// each review made with fsrs.next(card, time, grade) on the card the previous review returned,
// the times in UTC. Stability and difficulty are given to 4 decimals and compared to 3; intervals
// exactly. One difference is deliberate: at the cap ts-fsrs's ordering of the four grades'
// intervals (again <= hard < good < easy) pushes the easy interval to 36502 days, past its own
// maximum; sdmock holds every interval to the maximum of 36500 ("easy to the cap").
#include "core/fsrs.hpp"

#include "core/dates.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace sdmock;
using namespace sdmock::fsrs;

namespace {

struct Step {
    const char* at; ///< UTC, `YYYY-MM-DDTHH:MM`
    int grade;
    double stability;
    double difficulty;
    int interval;
    int reps;
    int lapses;
};

struct Sequence {
    const char* name;
    std::vector<Step> steps;
};

// clang-format off
const std::vector<Sequence> kReference = {
    {"good on time",
     {
      {"2026-12-01T09:00", 3, 2.3065, 2.1181, 3, 1, 0},
      {"2026-12-04T09:00", 3, 13.8269, 2.1112, 14, 2, 0},
      {"2026-12-18T09:00", 3, 56.9567, 2.1043, 57, 3, 0},
      {"2027-02-13T09:00", 3, 196.2353, 2.0975, 196, 4, 0},
      {"2027-08-28T09:00", 3, 586.4835, 2.0906, 586, 5, 0},
      {"2029-04-05T09:00", 3, 1559.3567, 2.0837, 1559, 6, 0},
     }},
    {"again then good",
     {
      {"2026-12-01T09:00", 1, 0.2120, 6.4133, 1, 1, 0},
      {"2026-12-02T09:00", 3, 1.8868, 6.4021, 3, 2, 0},
      {"2026-12-05T09:00", 3, 7.6382, 6.3909, 8, 3, 0},
      {"2026-12-13T09:00", 3, 21.6078, 6.3798, 22, 4, 0},
     }},
    {"hard on time",
     {
      {"2026-12-01T09:00", 2, 1.2931, 5.1122, 2, 1, 0},
      {"2026-12-03T09:00", 2, 4.4695, 6.7405, 4, 2, 0},
      {"2026-12-07T09:00", 2, 8.9052, 7.8214, 9, 3, 0},
      {"2026-12-16T09:00", 2, 15.3249, 8.5390, 15, 4, 0},
     }},
    {"easy on time",
     {
      {"2026-12-01T09:00", 4, 8.2956, 1.0000, 8, 1, 0},
      {"2026-12-09T09:00", 4, 65.6242, 1.0000, 66, 2, 0},
      {"2027-02-13T09:00", 4, 396.7750, 1.0000, 397, 3, 0},
      {"2028-03-16T09:00", 4, 1874.9170, 1.0000, 1875, 4, 0},
      {"2033-05-04T09:00", 4, 7265.4328, 1.0000, 7265, 5, 0},
     }},
    {"a lapse",
     {
      {"2026-12-01T09:00", 3, 2.3065, 2.1181, 3, 1, 0},
      {"2026-12-04T09:00", 3, 13.8269, 2.1112, 14, 2, 0},
      {"2026-12-18T09:00", 3, 56.9567, 2.1043, 57, 3, 0},
      {"2027-02-13T09:00", 1, 3.1881, 7.3900, 3, 4, 1},
      {"2027-02-16T09:00", 3, 8.0808, 7.3778, 8, 5, 1},
      {"2027-02-24T09:00", 3, 19.1348, 7.3657, 19, 6, 1},
     }},
    {"early reviews",
     {
      {"2026-12-01T09:00", 3, 2.3065, 2.1181, 3, 1, 0},
      {"2026-12-03T09:00", 3, 10.9643, 2.1112, 11, 2, 0},
      {"2026-12-06T09:00", 3, 23.3194, 2.1043, 23, 3, 0},
      {"2026-12-07T09:00", 4, 30.8710, 1.0000, 31, 4, 0},
      {"2026-12-23T09:00", 2, 65.0132, 4.0106, 65, 5, 0},
     }},
    {"late reviews",
     {
      {"2026-12-01T09:00", 3, 2.3065, 2.1181, 3, 1, 0},
      {"2026-12-10T09:00", 3, 23.9930, 2.1112, 24, 2, 0},
      {"2027-01-27T09:00", 3, 130.6125, 2.1043, 131, 3, 0},
      {"2028-07-04T09:00", 1, 5.2939, 7.3900, 5, 4, 1},
      {"2028-07-14T09:00", 3, 17.1670, 7.3778, 17, 5, 1},
     }},
    {"same day",
     {
      {"2026-12-01T09:00", 3, 2.3065, 2.1181, 3, 1, 0},
      {"2026-12-01T15:00", 3, 2.3065, 2.1112, 3, 2, 0},
      {"2026-12-01T17:00", 1, 0.5235, 7.3922, 1, 3, 1},
      {"2026-12-02T17:00", 3, 2.2604, 7.3801, 3, 4, 1},
      {"2026-12-02T18:00", 3, 2.2604, 7.3679, 3, 5, 1},
     }},
    {"mixed",
     {
      {"2026-12-01T09:00", 1, 0.2120, 6.4133, 1, 1, 0},
      {"2026-12-02T09:00", 1, 0.1009, 8.8063, 1, 2, 1},
      {"2026-12-03T09:00", 2, 0.4511, 9.1928, 2, 3, 1},
      {"2026-12-07T09:00", 3, 2.0561, 9.1788, 3, 4, 1},
      {"2026-12-10T09:00", 4, 6.3932, 8.8897, 6, 5, 1},
      {"2026-12-16T09:00", 2, 9.4590, 9.2481, 9, 6, 1},
     }},
    {"many lapses",
     {
      {"2026-12-01T09:00", 3, 2.3065, 2.1181, 3, 1, 0},
      {"2026-12-04T09:00", 3, 13.8269, 2.1112, 14, 2, 0},
      {"2026-12-18T09:00", 1, 1.7264, 7.3922, 2, 3, 1},
      {"2026-12-20T09:00", 1, 0.4749, 9.1281, 1, 4, 2},
      {"2026-12-21T09:00", 3, 1.3554, 9.1142, 3, 5, 2},
      {"2026-12-26T09:00", 1, 0.4626, 9.6941, 1, 6, 3},
      {"2026-12-27T09:00", 3, 1.0729, 9.6796, 3, 7, 3},
     }},
    {"times of day",
     {
      {"2026-12-01T09:00", 3, 2.3065, 2.1181, 3, 1, 0},
      {"2026-12-03T23:30", 3, 10.9643, 2.1112, 11, 2, 0},
      {"2026-12-04T02:30", 2, 13.6490, 4.7483, 14, 3, 0},
      {"2026-12-18T02:30", 4, 70.3725, 2.9786, 70, 4, 0},
     }},
    {"easy to the cap",
     {
      {"2026-12-01T09:00", 4, 8.2956, 1.0000, 8, 1, 0},
      {"2026-12-09T09:00", 4, 65.6242, 1.0000, 66, 2, 0},
      {"2027-02-13T09:00", 4, 396.7750, 1.0000, 397, 3, 0},
      {"2028-03-16T09:00", 4, 1874.9170, 1.0000, 1875, 4, 0},
      {"2033-05-04T09:00", 4, 7265.4328, 1.0000, 7265, 5, 0},
      {"2053-03-25T09:00", 4, 23932.9227, 1.0000, 23933, 6, 0},
      {"2118-10-04T09:00", 4, 36500.0000, 1.0000, 36500, 7, 0},
      // (ts-fsrs goes on at the cap; the system clock's time points end in 2262, so this
      // sequence stops at its first review whose due time, 2218, they still hold.)
     }},

};
// clang-format on

ReviewLog log_at(const std::string& at, int grade) {
    auto date = parse_date(at);
    REQUIRE(date);
    long long day = days_from_civil(*date);
    int minutes = std::stoi(at.substr(11, 2)) * 60 + std::stoi(at.substr(14, 2));
    WallTime t{std::chrono::seconds(day * 86400 + minutes * 60)};
    return {t, day, *grade_from(grade)};
}

} // namespace

TEST_CASE("FSRS-6: review sequences agree with the reference implementation") {
    REQUIRE(kReference.size() >= 10);
    Parameters p;
    for (const auto& seq : kReference) {
        ItemState state;
        for (const auto& step : seq.steps) {
            INFO(seq.name << " at " << step.at << " graded " << step.grade);
            auto log = log_at(step.at, step.grade);
            state = review(p, state, log);
            REQUIRE(state.memory);
            CHECK(state.memory->stability == Approx(step.stability).margin(0.0005));
            CHECK(state.memory->difficulty == Approx(step.difficulty).margin(0.0005));
            CHECK(state.interval == step.interval);
            CHECK(state.reps == step.reps);
            CHECK(state.lapses == step.lapses);
            CHECK(state.due == log.at + std::chrono::hours(24) * step.interval);
        }
    }
}

TEST_CASE("FSRS-6: replay gives the state of the reviews one by one") {
    Parameters p;
    const auto& seq = kReference.at(4); // a lapse
    std::vector<ReviewLog> logs;
    for (const auto& step : seq.steps)
        logs.push_back(log_at(step.at, step.grade));
    auto state = replay(p, logs);
    CHECK(state.reps == 6);
    CHECK(state.lapses == 1);
    CHECK(state.interval == seq.steps.back().interval);
    CHECK(state.last_review == logs.back().at);
}

TEST_CASE("FSRS-6: recall is 90% when an item falls due at its stability") {
    Parameters p;
    CHECK(retrievability(p, 10, 10) == Approx(0.9).margin(1e-6));
    CHECK(retrievability(p, 0, 10) == Approx(1.0));
    CHECK(retrievability(p, 30, 10) < 0.9);
}

TEST_CASE("FSRS-6: intervals are whole days from 1 to the maximum") {
    Parameters p;
    p.max_interval = 30;
    CHECK(next_interval(p, std::nullopt, 0, Grade::again) == 1);
    CHECK(next_interval(p, Memory{400, 1}, 400, Grade::easy) == 30);
    CHECK(next_interval(p, Memory{400, 1}, 400, Grade::good) == 30);
}

TEST_CASE("FSRS-6: grades are 1 to 4") {
    CHECK(grade_from(0) == std::nullopt);
    CHECK(grade_from(5) == std::nullopt);
    CHECK(grade_from(1) == Grade::again);
    CHECK(grade_from(4) == Grade::easy);
}

TEST_CASE("FSRS-6: a due time past the end of the clock's range is held at its end, never wrapped") {
    Parameters p;
    ItemState state;
    state.memory = Memory{36500, 1};
    // 2250-01-01: a whole interval of 36500 days would pass 2262, where the time points end.
    WallTime late{std::chrono::duration_cast<WallTime::duration>(std::chrono::hours(24) * 102'272)};
    ItemState next = review(p, state, {late, 102'272, Grade::easy});
    REQUIRE(next.interval == 36500);
    REQUIRE(next.due == WallTime::max());
    REQUIRE(next.due > late);
}
