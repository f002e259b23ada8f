#!/usr/bin/env bash
# `report --format svg` as a browser shows it: a few scored mocks, the report written to a file,
# a headless Chromium screenshot, and the PNG checked for ink, the band lines and the main line.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"
browser_pid=
end_browser() {
    if [ -n "$browser_pid" ]; then kill -- -"$browser_pid" 2>/dev/null || true; fi
    browser_pid=
}
trap 'end_browser; cleanup' EXIT

# The colours src/report/svg.cpp draws with.
BAND_COLOUR=e07b00 LINE_COLOUR=1f5fa8 LOW_COLOUR=c0392b

need chromium  # one of the Makefile's TEST_PACKAGES

# Three scored mocks: totals 42, 36 and 50 (sped up, so practice runs: the report counts them
# with --include-practice).
for scores in "4 3 4 3 2 3 4 3 4 3 4 5" "3 2 3 3 2 3 3 4 3 3 3 4" "5 4 4 4 3 4 4 4 5 4 4 5"; do
    out=$(tr ' ' '\n' <<<"$scores" |
              "$BIN" start --plain --problem url-shortener --plan mini-25 --speed 3000 2>"$WORK/err") ||
        fail "start exited $?: $(cat "$WORK/err")"
    grep -qE '^session [0-9]+$' <<<"$out" || fail "no 'session N' line: $out"
done

"$BIN" report --include-practice --format svg --out "$WORK/r.svg" 2>"$WORK/err" || fail "report --format svg exited $?: $(cat "$WORK/err")"
[ -s "$WORK/r.svg" ] || fail "report --format svg wrote nothing"
problem=$(python3 - "$WORK/r.svg" 2>&1 <<'PY'
import sys
import xml.etree.ElementTree as ET
try:
    root = ET.parse(sys.argv[1]).getroot()
except ET.ParseError as error:
    sys.exit(f"not well-formed XML: {error}")
if root.tag != "{http://www.w3.org/2000/svg}svg":
    sys.exit(f"the root element is {root.tag}, not an SVG")
PY
) || fail "report --format svg: ${problem:-could not check the file}"

# Headless Chromium in its own process group, so everything it starts can be ended with it.
setsid chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/profile" --screenshot="$WORK/r.png" --window-size=1000,1400 \
    "file://$WORK/r.svg" >"$WORK/chromium.log" 2>&1 &
browser_pid=$!
browser_gone() { ! kill -0 "$browser_pid" 2>/dev/null; }
wait_until 120 "chromium finishing its screenshot" browser_gone
wait "$browser_pid" || fail "chromium exited $?: $(tail -n 5 "$WORK/chromium.log")"
end_browser
[ -s "$WORK/r.png" ] || fail "chromium wrote no screenshot: $(tail -n 5 "$WORK/chromium.log")"

problem=$(python3 - "$WORK/r.png" "$BAND_COLOUR" "$LINE_COLOUR" "$LOW_COLOUR" <<'PY'

import struct, sys, zlib

def decode(path):
    """8-bit RGB or RGBA, non-interlaced: (width, height, rows of (r, g, b) tuples)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    prev, rows = bytearray(stride), []
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1: line[i] = (line[i] + a) & 255
            elif kind == 2: line[i] = (line[i] + b) & 255
            elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, bpp)])
        prev = line
    return width, height, rows

def near(pixel, hex_colour, tolerance=12):
    want = bytes.fromhex(hex_colour)
    return all(abs(p - w) <= tolerance for p, w in zip(pixel, want))

def count(rows, colour, box):
    x0, y0, x1, y1 = box
    return sum(1 for row in rows[y0:y1] for p in row[x0:x1] if near(p, colour))

try:
    width, height, rows = decode(sys.argv[1])
    band, line, low = sys.argv[2:5]
    ink = sum(1 for row in rows for p in row if min(p) < 200)
    assert ink > 20000, f"the screenshot is nearly blank ({ink} dark pixels)"
    plot = (80, 110, 820, 411)  # the main chart's plot area in svg.cpp
    assert count(rows, band, plot) > 500, f"too few band-line pixels (#{band}) in the main chart"
    assert count(rows, line, plot) > 40, f"too few main-line pixels (#{line}) in the main chart"
    assert count(rows, low, (0, 480, width, height)) > 200, f"no highlighted dimensions (#{low})"
except AssertionError as error:
    print(error)
    sys.exit(1)
PY
) || fail "${problem:-could not check the screenshot}"
echo ok
