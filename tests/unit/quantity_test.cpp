#include "core/quantity.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace sdmock;

namespace {

using K = QuantityKind;

struct Good {
    const char* text;
    std::optional<K> wanted; ///< the quantity asked, when it matters
    double value;            ///< in SI base units
    K kind;
};

constexpr double kDay = 86'400;
constexpr double kMonth = 30 * kDay;
constexpr double kYear = 365 * kDay;

} // namespace

TEST_CASE("parse_quantity: the forms people type read to the right value and kind") {
    const std::vector<Good> table{
        // Plain numbers, separators, exponents.
        {"40", std::nullopt, 40, K::count},
        {"4,000", std::nullopt, 4000, K::count},
        {"1,234,567", std::nullopt, 1234567, K::count},
        {"1.2e6", std::nullopt, 1.2e6, K::count},
        {"1.2E6", std::nullopt, 1.2e6, K::count},
        {"3e-1", std::nullopt, 0.3, K::count},
        {".5", std::nullopt, 0.5, K::count},
        {"~40", std::nullopt, 40, K::count},
        {"  38.6  ", std::nullopt, 38.6, K::count},
        // Count multipliers.
        {"4k", std::nullopt, 4e3, K::count},
        {"4K", std::nullopt, 4e3, K::count},
        {"100M", std::nullopt, 1e8, K::count},
        {"6B", K::count, 6e9, K::count},
        {"6 billion", std::nullopt, 6e9, K::count},
        {"2 million", std::nullopt, 2e6, K::count},
        {"3 thousand", std::nullopt, 3e3, K::count},
        {"1.5 trillion", std::nullopt, 1.5e12, K::count},
        {"2G", K::count, 2e9, K::count},
        {"1T", K::count, 1e12, K::count},
        {"912 M rows", std::nullopt, 9.12e8, K::count},
        {"2,800 CPU cores", std::nullopt, 2800, K::count},
        {"12 nodes", std::nullopt, 12, K::count},
        {"6B codes", std::nullopt, 6e9, K::count},
        {"10M series", std::nullopt, 1e7, K::count},
        // Rates.
        {"38/s", std::nullopt, 38, K::rate},
        {"38 /s", std::nullopt, 38, K::rate},
        {"4,000/sec", std::nullopt, 4000, K::rate},
        {"40 per second", std::nullopt, 40, K::rate},
        {"40 QPS", std::nullopt, 40, K::rate},
        {"40 qps", std::nullopt, 40, K::rate},
        {"4k RPS", std::nullopt, 4000, K::rate},
        {"40kQPS", std::nullopt, 40000, K::rate},
        {"5 TPS", std::nullopt, 5, K::rate},
        {"200 msg/s", std::nullopt, 200, K::rate},
        {"3.5k req/s", std::nullopt, 3500, K::rate},
        {"4000 redirects/s", std::nullopt, 4000, K::rate},
        {"600/min", std::nullopt, 10, K::rate},
        {"36,000/h", std::nullopt, 10, K::rate},
        {"7200 per hour", std::nullopt, 2, K::rate},
        {"864,000/day", std::nullopt, 10, K::rate},
        {"100M/month", std::nullopt, 1e8 / kMonth, K::rate},
        {"100M per month", std::nullopt, 1e8 / kMonth, K::rate},
        {"1.2B/year", K::rate, 1.2e9 / kYear, K::rate},
        {"26 billion/day", std::nullopt, 2.6e10 / kDay, K::rate},
        {"26B clicks/day", std::nullopt, 2.6e10 / kDay, K::rate},
        {"480M/day", std::nullopt, 4.8e8 / kDay, K::rate},
        // Bytes, decimal and binary.
        {"500 B", std::nullopt, 500, K::bytes},
        {"500B", K::bytes, 500, K::bytes},
        {"500 bytes", std::nullopt, 500, K::bytes},
        {"1 byte", std::nullopt, 1, K::bytes},
        {"2 KB", std::nullopt, 2e3, K::bytes},
        {"2 kB", std::nullopt, 2e3, K::bytes},
        {"35 GB", std::nullopt, 35e9, K::bytes},
        {"35GB", std::nullopt, 35e9, K::bytes},
        {"1.8 TB", std::nullopt, 1.8e12, K::bytes},
        {"4 PB", std::nullopt, 4e15, K::bytes},
        {"1 EB", std::nullopt, 1e18, K::bytes},
        {"1 KiB", std::nullopt, 1024, K::bytes},
        {"1 MiB", std::nullopt, 1048576, K::bytes},
        {"1 GiB", std::nullopt, 1073741824, K::bytes},
        {"1 TiB", std::nullopt, 1099511627776.0, K::bytes},
        {"1 PiB", std::nullopt, 1125899906842624.0, K::bytes},
        {"3 gigabytes", std::nullopt, 3e9, K::bytes},
        {"8 bits", std::nullopt, 1, K::bytes},
        {"8 b", std::nullopt, 1, K::bytes},
        {"800 Mb", std::nullopt, 1e8, K::bytes},
        {"2 million GB", std::nullopt, 2e15, K::bytes},
        // Data rates.
        {"125 MB/s", std::nullopt, 1.25e8, K::byte_rate},
        {"1 Gbps", std::nullopt, 1.25e8, K::byte_rate},
        {"1Gbps", std::nullopt, 1.25e8, K::byte_rate},
        {"8 bps", std::nullopt, 1, K::byte_rate},
        {"10 Mbps", std::nullopt, 1.25e6, K::byte_rate},
        {"100 kbps", std::nullopt, 12500, K::byte_rate},
        {"2 Tbps", std::nullopt, 2.5e11, K::byte_rate},
        {"10 Gbit/s", std::nullopt, 1.25e9, K::byte_rate},
        {"40 Mb/s", std::nullopt, 5e6, K::byte_rate},
        {"5 MBps", std::nullopt, 5e6, K::byte_rate},
        {"8.64 TB/day", std::nullopt, 1e8, K::byte_rate},
        {"100 GB/day", std::nullopt, 1e11 / kDay, K::byte_rate},
        {"1 GB per second", std::nullopt, 1e9, K::byte_rate},
        {"3.6 GB/h", std::nullopt, 1e6, K::byte_rate},
    };
    REQUIRE(table.size() >= 60);
    for (const auto& row : table) {
        INFO(row.text);
        auto got = parse_quantity(row.text, row.wanted, "the estimate");
        REQUIRE(got.error.empty());
        REQUIRE(got.quantity);
        CHECK(got.quantity->kind == row.kind);
        CHECK(got.quantity->value == Approx(row.value).epsilon(1e-9));
    }
}

TEST_CASE("parse_quantity: B is billion for a count or a rate asked, bytes for a size") {
    CHECK(parse_quantity("6B", K::count).quantity->value == Approx(6e9));
    CHECK(parse_quantity("6B", K::bytes).quantity->value == Approx(6));
    CHECK(parse_quantity("1.2B/day", K::rate).quantity->kind == K::rate);
    CHECK(parse_quantity("1.2B/day", K::byte_rate).quantity->kind == K::byte_rate);
    CHECK(parse_quantity("6B users").quantity->kind == K::count); // a noun after it settles it
}

TEST_CASE("parse_quantity: a bare number is per second for a rate, a plain count for a count") {
    auto q = parse_quantity("38", K::rate, "write QPS");
    REQUIRE(q.quantity);
    CHECK(q.quantity->kind == K::rate);
    CHECK(q.quantity->value == Approx(38));
    auto c = parse_quantity("6,000,000,000", K::count, "codes");
    REQUIRE(c.quantity);
    CHECK(c.quantity->value == Approx(6e9));
}

TEST_CASE("parse_quantity: wrong forms give one clear error naming the unit and the quantity asked") {
    struct Bad {
        const char* text;
        std::optional<K> wanted;
        std::vector<const char*> says; ///< each must be in the message
    };
    const std::vector<Bad> table{
        {"38 GB", K::rate, {"write QPS", "a rate per second", "\"GB\"", "a size in bytes"}},
        {"5 MB/s", K::rate, {"write QPS", "\"MB/s\"", "a data rate"}},
        {"40/s", K::bytes, {"write QPS", "a size in bytes", "\"/s\"", "a rate per second"}},
        {"35 GB", K::byte_rate, {"write QPS", "\"GB\"", "a data rate"}},
        {"1 Gbps", K::count, {"write QPS", "a count", "\"Gbps\""}},
        {"40", K::bytes, {"write QPS", "a size in bytes", "give \"40\" a unit"}},
        {"125", K::byte_rate, {"write QPS", "a data rate", "a unit"}},
        {"5/s", K::count, {"write QPS", "a count", "\"/s\"", "a rate per second"}},
        {"", K::rate, {"write QPS", "no value"}},
        {"lots", std::nullopt, {"write QPS", "\"lots\"", "does not start with a number"}},
        {"-5/s", std::nullopt, {"write QPS", "negative"}},
        {"0/s", std::nullopt, {"write QPS", "zero"}},
        {"4,00", std::nullopt, {"write QPS", "commas", "thousands"}},
        {"1,2345", std::nullopt, {"write QPS", "commas"}},
        {"40 furlongs", std::nullopt, {"write QPS", "\"furlongs\"", "not a unit"}},
        {"40/fortnight", std::nullopt, {"write QPS", "\"/fortnight\"", "not a time unit"}},
        {"40/s/day", std::nullopt, {"write QPS", "more than one"}},
        {"40 QPS/day", std::nullopt, {"write QPS", "per second and per day"}},
        {"35 gb", std::nullopt, {"write QPS", "\"gb\"", "ambiguous", "GB", "Gb"}},
        {"35 mb", std::nullopt, {"write QPS", "\"mb\"", "ambiguous"}},
        {"35 tb", std::nullopt, {"write QPS", "\"tb\"", "ambiguous"}},
        {"35 XB", std::nullopt, {"write QPS", "\"X\"", "not a prefix"}},
        {"35 GB TB", std::nullopt, {"write QPS", "two byte units"}},
        {"3 k M", std::nullopt, {"write QPS", "two multipliers"}},
        {"10m users", std::nullopt, {"write QPS", "\"m\"", "ambiguous"}},
        {"5 QPS QPS", std::nullopt, {"write QPS", "per second twice"}},
        {"1e999", std::nullopt, {"write QPS", "not a number"}},
        {"38/s\x1b[2J", std::nullopt, {"write QPS", "control character"}},
    };
    REQUIRE(table.size() >= 20);
    for (const auto& row : table) {
        INFO(row.text);
        auto got = parse_quantity(row.text, row.wanted, "write QPS");
        CHECK_FALSE(got.quantity);
        REQUIRE_FALSE(got.error.empty());
        CHECK(got.error.find('\n') == std::string::npos);
        for (const char* part : row.says) {
            INFO(got.error);
            CHECK(got.error.find(part) != std::string::npos);
        }
    }
}

TEST_CASE("reference_quantity: every unit of the answer keys reads, and a bad one does not") {
    for (const char* unit :
         {"/s",        "TB",          "GB",       "Gbps",       "nodes",        "Tbps",    "PB",      "MB/s",
          "servers",   "connections", "points/s", "msg/s",      "MB",           "GB/s",    "workers", "viewers",
          "uploads/s", "shards",      "series",   "partitions", "participants", "pages/s", "billion", "TB/day",
          "M/day",     "M rows",      "GB/day",   "CPU cores",  "billion/day"}) {
        INFO(unit);
        CHECK(reference_quantity(1, unit).quantity);
    }
    CHECK_FALSE(reference_quantity(1, "bananas").quantity);
    CHECK(reference_quantity(1.8, "TB").quantity->value == Approx(1.8e12));
}

TEST_CASE("format_quantity: three significant digits, thousands separated, SI prefixes for bytes") {
    CHECK(format_quantity(38.58, K::rate) == "38.6/s");
    CHECK(format_quantity(4000, K::rate) == "4,000/s");
    CHECK(format_quantity(11574.07, K::rate) == "11,600/s");
    CHECK(format_quantity(6e9, K::count) == "6 billion");
    CHECK(format_quantity(3.456e8, K::count) == "346 million");
    CHECK(format_quantity(1.8e12, K::bytes) == "1.8 TB");
    CHECK(format_quantity(34.56e9, K::bytes) == "34.6 GB");
    CHECK(format_quantity(999.7e6, K::bytes) == "1 GB");
    CHECK(format_quantity(1.25e8, K::byte_rate) == "125 MB/s");
}

TEST_CASE("parse_quantity: a control character is refused without being echoed") {
    auto got = parse_quantity("38\x1b[31m/s", K::rate, "write QPS");
    CHECK_FALSE(got.quantity);
    CHECK(got.error.find('\x1b') == std::string::npos);
}
