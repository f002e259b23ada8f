// Estimates, a mock's or a drill's: one row each, saved at once.
#include "store/history.hpp"

#include "store/sql_util.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace sdmock {
using detail::guarded;

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

constexpr const char* kColumns =
    "e.session_id, e.kind, e.name, e.given, e.value, e.reference, e.unit, e.how, e.t_ms, e.seconds, e.recorded_at";

EstimateRecord read_row(SQLite::Statement& q) {
    EstimateRecord r;
    r.session = q.getColumn(0).isNull() ? 0 : q.getColumn(0).getInt64();
    r.kind = q.getColumn(1).getString();
    r.name = q.getColumn(2).getString();
    r.given = q.getColumn(3).getString();
    r.value = q.getColumn(4).getDouble();
    r.reference = q.getColumn(5).getDouble();
    r.unit = unit_from(q.getColumn(6).getString());
    r.how = q.getColumn(7).getString();
    r.t = Duration(q.getColumn(8).getInt64());
    r.seconds = q.getColumn(9).getDouble();
    r.recorded_at = q.getColumn(10).getString();
    return r;
}

} // namespace

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
        SQLite::Statement q(*db_, std::string("SELECT ") + kColumns +
                                      " FROM estimates e WHERE e.session_id = ? ORDER BY e.id");
        q.bind(1, static_cast<std::int64_t>(session));
        while (q.executeStep())
            out.push_back(read_row(q));
        return out;
    });
}

std::vector<EstimateRecord> History::all_estimates() const {
    return guarded(path_, "read", [&] {
        std::vector<EstimateRecord> out;
        SQLite::Statement q(*db_, std::string("SELECT ") + kColumns +
                                      ", coalesce(s.practice, 0) FROM estimates e LEFT JOIN sessions s ON s.id = "
                                      "e.session_id WHERE s.status IS NULL OR s.status <> 'abandoned' ORDER BY "
                                      "e.recorded_at, e.id");
        while (q.executeStep()) {
            EstimateRecord r = read_row(q);
            r.practice = q.getColumn(11).getInt64() != 0;
            out.push_back(r);
        }
        return out;
    });
}

} // namespace sdmock
