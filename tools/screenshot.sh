#!/usr/bin/env bash
# Take the README's screenshots: the real app, drawn by the xcb platform on a virtual X display.
#
#   tools/screenshot.sh [OUT_DIR]      (default: docs/screenshots)
#
# Needs `./run setup` first (it installs Xvfb, Qt's xcb libraries and the Thai/Chinese fonts).
# The demo workspace is built from the shared data in /tmp/labeldesk-screenshots (removed after),
# so the pictures do not depend on the user's own demo. Look at the PNGs afterwards: Thai and Chinese must show as
# glyphs, not boxes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/docs/screenshots}"
LABELDESK="$ROOT/.venv/bin/labeldesk"
[ -x "$LABELDESK" ] || { echo "error: run ./run setup first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }

WORK=/tmp/labeldesk-screenshots  # a fixed path, as it shows in the status bar
export LABELDESK_CONFIG="$WORK/ui.ini"  # not the user's own settings
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

echo "==> building the demo workspace in $WORK" >&2
"$LABELDESK" demo --path "$WORK" --no-open >/dev/null

echo "==> labelling windows, cheat-sheet and first launch -> $OUT" >&2
env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$ROOT/.venv/bin/python" "$ROOT/tools/screenshots.py" "$WORK/demo.db" "$OUT"
