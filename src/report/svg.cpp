#include "report/svg.hpp"

#include "core/scorecard.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace sdmock {
namespace {

constexpr double kWidth = 960;
constexpr double kMargin = 40;
constexpr double kPlotLeft = 80; // the main chart
constexpr double kPlotRight = 820;
constexpr double kPlotTop = 110;
constexpr double kPlotBottom = 410;
constexpr double kGridTop = 525; // the small multiples
constexpr std::size_t kColumns = 3;
constexpr double kCellGap = 20;
constexpr double kCellHeight = 150;
constexpr double kEmptyHeight = 190;
constexpr int kTotalMin = kMinTotal;
constexpr int kTotalMax = kMaxTotal;
constexpr int kTotalTick = static_cast<int>(kDimensionCount); // one grid line per point of the average score
constexpr double kWeekLabelWidth = 44;                        // room one "W48" label needs
constexpr std::size_t kMaxValueLabels = 16;
constexpr double kNoMocksWidth = 60; // room a "no mocks" note needs
constexpr std::size_t kMaxNameWidth = 34;

constexpr std::string_view kLine = "#1f5fa8";
constexpr std::string_view kRange = "#c8dbf0";
constexpr std::string_view kBand = "#e07b00";
constexpr std::string_view kLow = "#c0392b";
constexpr std::string_view kGrid = "#e4e4e4";
constexpr std::string_view kAxis = "#9a9a9a";

constexpr std::string_view kStyle = R"(<style>
.title { font-size: 20px; font-weight: bold; fill: #222222; }
.sub { font-size: 13px; fill: #555555; }
.head { font-size: 15px; font-weight: bold; fill: #222222; }
.tick { font-size: 11px; fill: #666666; }
.note { font-size: 12px; fill: #555555; }
.value { font-size: 11px; font-weight: bold; fill: #1f5fa8; stroke: #ffffff; stroke-width: 3px; paint-order: stroke; }
.band-label { font-size: 12px; font-weight: bold; fill: #e07b00; }
.name { font-size: 13px; font-weight: bold; fill: #222222; }
.low { fill: #c0392b; }
.empty { font-size: 18px; fill: #222222; }
</style>
)";

/// One decimal at most, without a trailing ".0".
std::string num(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", value);
    std::string out = buf;
    if (out.ends_with(".0")) out.resize(out.size() - 2);
    return out == "-0" ? "0" : out;
}

std::string esc(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string at(std::string_view name, double value) {
    return " " + std::string(name) + "=\"" + num(value) + "\"";
}
std::string at(std::string_view name, std::string_view value) {
    return " " + std::string(name) + "=\"" + esc(value) + "\"";
}

void add_text(std::string& out, double x, double y, std::string_view content, const std::string& attrs) {
    out += "<text" + at("x", x) + at("y", y) + attrs + ">" + esc(content) + "</text>\n";
}

void add_line(std::string& out, double x1, double y1, double x2, double y2, const std::string& attrs) {
    out += "<line" + at("x1", x1) + at("y1", y1) + at("x2", x2) + at("y2", y2) + attrs + "/>\n";
}

void add_circle(std::string& out, double x, double y, double r, std::string_view fill, bool ring) {
    out += "<circle" + at("cx", x) + at("cy", y) + at("r", r) + at("fill", fill) +
           (ring ? " stroke=\"#ffffff\" stroke-width=\"1.5\"" : "") + "/>\n";
}

/// A plot area and its scales: `slots` evenly spaced weeks across, `lo..hi` up.
struct Frame {
    double left = 0, top = 0, right = 0, bottom = 0;
    double lo = 0, hi = 1;
    std::size_t slots = 1;
    [[nodiscard]] double slot_width() const { return (right - left) / static_cast<double>(slots); }
    [[nodiscard]] double x(std::size_t i) const { return left + (static_cast<double>(i) + 0.5) * slot_width(); }
    [[nodiscard]] double y(double v) const { return top + (hi - v) / (hi - lo) * (bottom - top); }
};

/// One week of the window and its row, when it had mocks.
struct Slot {
    IsoWeek week;
    const WeekRow* row = nullptr;
};
using Runs = std::vector<std::vector<std::size_t>>;

std::vector<Slot> slots_of(const Trends& trends) {
    std::vector<Slot> out;
    if (trends.window.empty()) {
        for (const auto& row : trends.weeks)
            out.push_back({row.week, &row});
        return out;
    }
    for (const auto& week : trends.window) {
        auto it = std::find_if(trends.weeks.begin(), trends.weeks.end(),
                               [&](const WeekRow& row) { return row.week == week; });
        out.push_back({week, it == trends.weeks.end() ? nullptr : &*it});
    }
    return out;
}

/// Runs of consecutive weeks with mocks: one line segment each.
Runs runs_of(const std::vector<Slot>& slots) {
    Runs runs;
    bool open = false;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if (slots[i].row == nullptr) {
            open = false;
            continue;
        }
        if (!open) runs.emplace_back();
        runs.back().push_back(i);
        open = true;
    }
    return runs;
}

void open_svg(std::string& out, double height, const std::string& title) {
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\"" + at("width", kWidth) + at("height", height) +
           " viewBox=\"0 0 " + num(kWidth) + " " + num(height) + "\"" +
           " font-family=\"DejaVu Sans, Verdana, sans-serif\">\n";
    out += "<title>" + esc(title) + "</title>\n";
    out += kStyle;
    out += "<rect x=\"0\" y=\"0\"" + at("width", kWidth) + at("height", height) + " fill=\"#ffffff\"/>\n";
}

std::string title_of(const Trends& trends) {
    return "sdmock · weekly trends · " + to_string(trends.first_week) + " to " + to_string(trends.last_week) + " · " +
           std::string(to_string(trends.scorer)) + " scores";
}

std::string subtitle_of(const Trends& trends, std::size_t window_weeks) {
    std::string out = std::to_string(trends.mocks) + (trends.mocks == 1 ? " scored mock" : " scored mocks") + " in " +
                      std::to_string(trends.weeks.size()) + " of " + std::to_string(window_weeks) + " weeks";
    if (trends.best) {
        const auto& best = *trends.best;
        out += " · best " + std::to_string(best.total) + "/" + std::to_string(kTotalMax) + " (" + best.problem + ", " +
               to_string(best.date) + (best.all_time ? ", best ever" : "") + ")";
    }
    static_assert(kReadyMocks == 3, "the subtitle says the last three mocks");
    if (trends.ready) out += " · ready: the last three mocks scored " + std::to_string(kReadyTotal) + "+";
    if (trends.practice_mocks > 0)
        out += " · " + std::to_string(trends.practice_mocks) + " practice " +
               (trends.include_practice ? "counted" : "left out");
    return out;
}

void add_axes(std::string& out, const Frame& f) {
    for (int tick = kTotalMin; tick <= kTotalMax; tick += kTotalTick) {
        double y = f.y(tick);
        add_line(out, f.left, y, f.right, y,
                 " class=\"grid\" data-tick=\"" + std::to_string(tick) + "\"" + at("stroke", kGrid));
        add_text(out, f.left - 8, y + 4, std::to_string(tick), " class=\"tick\" text-anchor=\"end\"");
    }
    add_line(out, f.left, f.top, f.left, f.bottom, at("stroke", kAxis));
    add_line(out, f.left, f.bottom, f.right, f.bottom, at("stroke", kAxis));
    add_text(out, f.left - 8, f.top - 16, "average total /" + std::to_string(kTotalMax), " class=\"note\"");
}

/// "W48" under each week, thinned so labels keep their room; the year under the first label and
/// wherever it changes.
void add_week_labels(std::string& out, const Frame& f, const std::vector<Slot>& slots) {
    auto step = static_cast<std::size_t>(std::ceil(kWeekLabelWidth / f.slot_width()));
    step = std::max<std::size_t>(step, 1);
    int last_year = 0;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if ((slots.size() - 1 - i) % step != 0) continue;
        char label[16];
        std::snprintf(label, sizeof label, "W%02d", slots[i].week.week);
        add_line(out, f.x(i), f.bottom, f.x(i), f.bottom + 4, at("stroke", kAxis));
        add_text(out, f.x(i), f.bottom + 18, label, " class=\"tick\" text-anchor=\"middle\"");
        if (slots[i].week.year != last_year)
            add_text(out, f.x(i), f.bottom + 32, std::to_string(slots[i].week.year),
                     " class=\"tick\" text-anchor=\"middle\"");
        last_year = slots[i].week.year;
    }
}

void add_bands(std::string& out, const Frame& f, const Rubric& rubric) {
    for (const auto& band : rubric.bands) {
        if (band.min <= kTotalMin || band.min >= kTotalMax) continue;
        double y = f.y(band.min);
        add_line(out, f.left, y, f.right, y,
                 " class=\"band\" data-band=\"" + std::to_string(band.min) + "\"" + at("stroke", kBand) +
                     " stroke-width=\"2\" stroke-dasharray=\"8 5\"");
        add_text(out, f.right + 8, y + 4, band.name, " class=\"band-label\"");
        add_text(out, f.right + 8, y + 19, std::to_string(band.min) + " and up", " class=\"tick\"");
    }
}

void add_ranges(std::string& out, const Frame& f, const std::vector<Slot>& slots) {
    double width = std::min(16.0, f.slot_width() * 0.45);
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if (slots[i].row == nullptr) continue;
        double top = f.y(slots[i].row->max_total);
        double height = std::max(f.y(slots[i].row->min_total) - top, 2.0);
        out += "<rect class=\"range\"" + at("x", f.x(i) - width / 2) + at("y", top) + at("width", width) +
               at("height", height) + " rx=\"3\"" + at("fill", kRange) + "/>\n";
    }
}

/// One polyline per run of weeks with mocks, so weeks without mocks leave a gap.
void add_runs(std::string& out, const Frame& f, const std::vector<Slot>& slots, const Runs& runs, std::size_t dimension,
              std::string_view colour) {
    bool total = dimension >= kDimensionCount;
    for (const auto& run : runs) {
        std::string points;
        for (std::size_t i : run) {
            const WeekRow& row = *slots[i].row;
            double value = total ? row.avg_total : row.dimension_avg[dimension];
            points += (points.empty() ? "" : " ") + num(f.x(i)) + "," + num(f.y(value));
        }
        out += std::string("<polyline class=\"") + (total ? "total-line" : "dim-line") + "\"" + at("points", points) +
               " fill=\"none\"" + at("stroke", colour) + (total ? " stroke-width=\"3\"" : " stroke-width=\"2\"") +
               " stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n";
    }
}

void add_total_points(std::string& out, const Frame& f, const std::vector<Slot>& slots) {
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if (slots[i].row == nullptr) {
            if (f.slot_width() >= kNoMocksWidth)
                add_text(out, f.x(i), f.bottom - 8, "no mocks", " class=\"tick\" text-anchor=\"middle\"");
            continue;
        }
        double y = f.y(slots[i].row->avg_total);
        add_circle(out, f.x(i), y, 5, kLine, true);
        if (slots.size() <= kMaxValueLabels)
            add_text(out, f.x(i) + 9, y - 7, num(slots[i].row->avg_total), " class=\"value\"");
    }
}

void add_legend(std::string& out, double y) {
    double x = kPlotLeft;
    add_line(out, x, y - 4, x + 24, y - 4, at("stroke", kLine) + " stroke-width=\"3\"");
    add_text(out, x + 30, y, "weekly average", " class=\"note\"");
    x += 150;
    out += "<rect" + at("x", x + 6) + at("y", y - 13) + " width=\"12\" height=\"16\" rx=\"3\"" + at("fill", kRange) +
           "/>\n";
    add_text(out, x + 30, y, "lowest to highest total that week", " class=\"note\"");
    x += 250;
    add_line(out, x, y - 4, x + 24, y - 4, at("stroke", kBand) + " stroke-width=\"2\" stroke-dasharray=\"8 5\"");
    add_text(out, x + 30, y, "rubric bands", " class=\"note\"");
    add_text(out, x + 140, y, "gaps: weeks without scored mocks", " class=\"note\"");
}

void add_main_chart(std::string& out, const std::vector<Slot>& slots, const Runs& runs, const Rubric& rubric) {
    Frame f{kPlotLeft, kPlotTop, kPlotRight, kPlotBottom, kTotalMin, kTotalMax, slots.size()};
    add_axes(out, f);
    add_week_labels(out, f, slots);
    add_ranges(out, f, slots);
    add_bands(out, f, rubric);
    add_runs(out, f, slots, runs, kDimensionCount, kLine);
    add_total_points(out, f, slots);
    add_legend(out, kPlotBottom + 62);
}

std::string dimension_name(const Rubric& rubric, std::size_t index) {
    const Dimension* dimension = rubric.dimension(kDimensionIds[index]);
    std::string name =
        dimension != nullptr && !dimension->name.empty() ? dimension->name : std::string(kDimensionIds[index]);
    return display_width(name) > static_cast<int>(kMaxNameWidth) ? fit(name, static_cast<int>(kMaxNameWidth)) : name;
}

struct Cell {
    double x = 0, y = 0, width = 0, height = 0;
};

/// The cell's border, name, window average and, for the lowest dimensions, their rank.
void add_cell_frame(std::string& out, const Cell& c, const std::string& name, const std::optional<double>& average,
                    std::optional<std::size_t> rank) {
    bool low = rank.has_value();
    out += "<rect" + at("x", c.x) + at("y", c.y) + at("width", c.width) + at("height", c.height) + " rx=\"6\"" +
           at("fill", low ? "#fdf3f1" : "#fafafa") + at("stroke", low ? kLow : std::string_view("#d8d8d8")) +
           (low ? " stroke-width=\"2\"" : " stroke-width=\"1\"") + "/>\n";
    add_text(out, c.x + 12, c.y + 22, name, low ? " class=\"name low\"" : " class=\"name\"");
    add_text(out, c.x + 12, c.y + 40, "window average " + (average ? num(*average) : std::string("-")),
             " class=\"note\"");
    if (low)
        add_text(out, c.x + c.width - 12, c.y + 40, "lowest #" + std::to_string(*rank + 1),
                 " class=\"note low\" text-anchor=\"end\" font-weight=\"bold\"");
}

void add_cell_plot(std::string& out, const Frame& f, std::size_t dimension, const std::vector<Slot>& slots,
                   const Runs& runs, std::string_view colour) {
    for (int score = kMinScore; score <= kMaxScore; ++score) {
        add_line(out, f.left, f.y(score), f.right, f.y(score), at("stroke", kGrid));
        if (score % 2 == 1)
            add_text(out, f.left - 6, f.y(score) + 4, std::to_string(score), " class=\"tick\" text-anchor=\"end\"");
    }
    add_runs(out, f, slots, runs, dimension, colour);
    for (std::size_t i = 0; i < slots.size(); ++i)
        if (slots[i].row != nullptr)
            add_circle(out, f.x(i), f.y(slots[i].row->dimension_avg[dimension]), 2.5, colour, false);
}

void add_dimensions(std::string& out, const Trends& trends, const Rubric& rubric, const std::vector<Slot>& slots,
                    const Runs& runs) {
    static_assert(kLowestCount == 3, "the heading says the three lowest");
    add_text(out, kMargin, kGridTop - 14,
             "Dimensions · weekly average, " + std::to_string(kMinScore) + " to " + std::to_string(kMaxScore) +
                 " · the three lowest in red",
             " class=\"head\"");
    const auto columns = static_cast<double>(kColumns);
    double width = (kWidth - 2 * kMargin - kCellGap * (columns - 1)) / columns;
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
        std::size_t row = d / kColumns; // whole rows: the division is meant to truncate
        Cell c{kMargin + static_cast<double>(d % kColumns) * (width + kCellGap),
               kGridTop + static_cast<double>(row) * (kCellHeight + kCellGap), width, kCellHeight};
        auto it = std::find(trends.lowest.begin(), trends.lowest.end(), d);
        std::optional<std::size_t> rank;
        if (it != trends.lowest.end()) rank = static_cast<std::size_t>(it - trends.lowest.begin());
        add_cell_frame(out, c, dimension_name(rubric, d), trends.dimension_avg[d], rank);
        Frame f{c.x + 34, c.y + 54, c.x + c.width - 14, c.y + c.height - 14, kMinScore, kMaxScore, slots.size()};
        add_cell_plot(out, f, d, slots, runs, rank ? kLow : kLine);
    }
}

std::string render_empty(const Trends& trends) {
    std::string out;
    std::string title = title_of(trends);
    open_svg(out, kEmptyHeight, title);
    add_text(out, kMargin, 40, title, " class=\"title\"");
    add_text(out, kWidth / 2, 110, "No scored mocks in this window.", " class=\"empty\" text-anchor=\"middle\"");
    add_text(out, kWidth / 2, 138, "Finish a mock and score it, then run the report again.",
             " class=\"note\" text-anchor=\"middle\"");
    if (trends.practice_mocks > 0)
        add_text(out, kWidth / 2, 162,
                 std::to_string(trends.practice_mocks) + " practice session" + (trends.practice_mocks == 1 ? "" : "s") +
                     " left out; --include-practice counts them.",
                 " class=\"note\" text-anchor=\"middle\"");
    out += "</svg>\n";
    return out;
}

} // namespace

std::string render_svg(const Trends& trends, const Rubric& rubric) {
    if (trends.weeks.empty()) return render_empty(trends);
    std::vector<Slot> slots = slots_of(trends);
    Runs runs = runs_of(slots);
    constexpr std::size_t kRows = (kDimensionCount + kColumns - 1) / kColumns; // rounded up
    auto rows = static_cast<double>(kRows);
    double height = kGridTop + rows * kCellHeight + (rows - 1) * kCellGap + 30;
    std::string out;
    std::string title = title_of(trends);
    open_svg(out, height, title);
    add_text(out, kMargin, 40, title, " class=\"title\"");
    add_text(out, kMargin, 66, subtitle_of(trends, slots.size()), " class=\"sub\"");
    add_main_chart(out, slots, runs, rubric);
    add_dimensions(out, trends, rubric, slots, runs);
    out += "</svg>\n";
    return out;
}

} // namespace sdmock
