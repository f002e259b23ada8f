// Estimates, a mock's or a drill's: one row each, saved at once.
#include "store/history.hpp"

#include "store/sql_util.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace sdmock {
using detail::guarded;
using detail::kEstimateColumns;
using detail::read_estimate;

namespace {

/// The stored unit: the SI base unit of the quantity (core's base_unit), "count" for a count,
/// whose base unit is empty.
std::string unit_text(QuantityKind kind) {
    std::string_view unit = base_unit(kind);
    return unit.empty() ? std::string("count") : std::string(unit);
}

QuantityKind unit_from(const std::string& text) {
    if (text == "/s") return QuantityKind::rate;
    if (text == "B") return QuantityKind::bytes;
    if (text == "B/s") return QuantityKind::byte_rate;
    return QuantityKind::count;
}

} // namespace

EstimateRecord detail::read_estimate(const RowReader& q, int first) {
    EstimateRecord r;
    r.session = q.null(first) ? 0 : q.int64(first);
    r.kind = q.string(first + 1);
    r.name = q.string(first + 2);
    r.given = q.string(first + 3);
    r.value = q.real(first + 4);
    r.reference = q.real(first + 5);
    r.unit = unit_from(q.string(first + 6));
    r.how = q.string(first + 7);
    r.t = Duration(q.int64(first + 8));
    r.seconds = q.real(first + 9);
    r.recorded_at = q.string(first + 10);
    return r;
}

std::int64_t History::add_estimate(const EstimateRecord& r) {
    if (r.session != 0) check_in_place();
    return guarded(path_, "write to", [&] {
        SQLite::Statement q(*db_, "INSERT INTO estimates (session_id, kind, name, given, value, reference, unit, how, "
                                  "t_ms, seconds, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (r.session != 0)
            q.bind(1, static_cast<std::int64_t>(r.session));
        else
            q.bind(1);
        q.bind(2, r.kind);
        q.bind(3, r.name);
        q.bind(4, r.given);
        q.bind(5, r.value);
        q.bind(6, r.reference);
        q.bind(7, unit_text(r.unit));
        q.bind(8, r.how);
        q.bind(9, static_cast<std::int64_t>(r.t.count()));
        q.bind(10, r.seconds);
        q.bind(11, r.recorded_at);
        q.exec();
        return static_cast<std::int64_t>(db_->getLastInsertRowid());
    });
}

void History::add_estimates(const std::vector<EstimateRecord>& records) {
    guarded(path_, "write to", [&] {
        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        for (const auto& r : records)
            (void)add_estimate(r);
        tx.commit();
        return 0;
    });
}

std::vector<EstimateRecord> History::read_estimates(std::int64_t session) const {
    return guarded(path_, "read", [&] {
        std::vector<EstimateRecord> out;
        detail::RowReader q(*db_, std::string("SELECT ") + kEstimateColumns +
                                      " FROM estimates e WHERE e.session_id = ? ORDER BY e.id");
        q.bind(1, static_cast<std::int64_t>(session));
        while (q.step())
            out.push_back(read_estimate(q));
        return out;
    });
}

std::vector<EstimateRecord> History::all_estimates() const {
    return guarded(path_, "read", [&] {
        std::vector<EstimateRecord> out;
        detail::RowReader q(*db_, std::string("SELECT ") + kEstimateColumns +
                                      ", coalesce(s.practice, 0) FROM estimates e LEFT JOIN sessions s ON s.id = "
                                      "e.session_id WHERE s.status IS NULL OR s.status <> 'abandoned' ORDER BY "
                                      "e.recorded_at, e.id");
        while (q.step()) {
            EstimateRecord r = read_estimate(q);
            r.practice = q.int64(11) != 0;
            out.push_back(r);
        }
        return out;
    });
}

} // namespace sdmock
