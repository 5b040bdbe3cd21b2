#!/usr/bin/env bash
# A real screen-reader try of the window (issue 16): the window on a virtual screen with
# AT-SPI on, read through AT-SPI the way Orca reads it, and Orca itself if installed.
#
# Needs Debian's: xvfb xdotool dbus-x11 at-spi2-core gir1.2-atspi-2.0 python3-gi
# (and orca + speech-dispatcher for the Orca part). Run from the repository:
#
#   tools/atspi/try.sh [OUT_DIR]        # default OUT_DIR: /tmp/cec-atspi
#
# It makes a fictional store (one youth interview) in OUT_DIR, starts Xvfb, a private
# D-Bus session with the accessibility bus, the window (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1),
# an AT-SPI event listener, and Orca with its debug log (what it would speak); types the
# passphrase with xdotool, opens the contact, goes to At-risk (Ctrl+G) and ticks the
# first indicator. It writes into OUT_DIR:
#   unlock-tree.txt, at-risk-tree.txt   the AT-SPI tree (role, name, description, states)
#   unlock-check.txt, at-risk-check.txt unnamed controls / duplicate names (atspi_dump.py check)
#   events.txt                          every AT-SPI event the window sent meanwhile
#   orca-debug.txt, orca-spoke.txt      Orca's debug log and the lines it sent to speech
#   *.png                               screenshots
# Nothing here is part of the test suite: it needs a display server and D-Bus.
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-/tmp/cec-atspi}
mkdir -p "$out"
out=$(cd "$out" && pwd)
py=${PYTHON:-$repo/.venv/bin/python}
sys_py=/usr/bin/python3
pass="a fictional passphrase 1"

if [ -z "${CEC_ATSPI_INSIDE:-}" ]; then
  for tool in Xvfb xdotool dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install the packages above)"; exit 2; }
  done
  "$sys_py" -c 'import gi; gi.require_version("Atspi", "2.0")' 2>/dev/null \
    || { echo "missing: gir1.2-atspi-2.0 for $sys_py"; exit 2; }
  rm -f "$out"/store.cec*
  cd "$repo"
  "$py" - "$out/store.cec" "$pass" <<'EOF'
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, ".")
from app.model import Contact, Interview, Interviewee, IntervieweeType, Youth
from app.store import Store

store = Store.create(Path(sys.argv[1]), sys.argv[2], sys.argv[2])
store.create_interview(
    Interview(
        youth=Youth(name="Jordan Sample", referral_number="0100-1111-2222"),
        interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
        contact=Contact(date=date(2026, 11, 20)),
    )
)
store.lock()
EOF
  # A virtual 1366x768 screen on a free display.
  fifo=$(mktemp -u); mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  xvfb=$!; read -r n <"$fifo"; rm -f "$fifo"
  export DISPLAY=:$n
  CEC_ATSPI_INSIDE=1 dbus-run-session -- "$0" "$out"
  rc=$?
  kill "$xvfb" 2>/dev/null
  exit $rc
fi

# -- inside the private D-Bus session ----------------------------------------------------
cd "$repo"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
export XDG_CONFIG_HOME=$out/config XDG_DATA_HOME=$out/data XDG_CACHE_HOME=$out/cache
export XDG_RUNTIME_DIR=$out/run; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$out/bus.log" 2>&1 &
bus=$!
sleep 1
pids=()
orca_pid=
if command -v orca >/dev/null; then
  # Orca reads the AT-SPI bus; without a sound card speech-dispatcher speaks to nothing,
  # but Orca's debug log records every string it sends to speech.
  orca --replace ${ORCA_OPTIONS:--d speech} --debug-file="$out/orca-debug.txt" >"$out/orca.log" 2>&1 &
  orca_pid=$!
fi
"$py" main.py --store "$out/store.cec" >"$out/app.log" 2>&1 &
app=$!
"$sys_py" "$here/atspi_dump.py" listen 60 --out "$out/events.txt" &
listener=$!
pids+=("$listener")
sleep 6
shot() { command -v import >/dev/null && import -display "$DISPLAY" -window root "$out/$1.png"; }
"$sys_py" "$here/atspi_dump.py" tree --out "$out/unlock-tree.txt"
"$sys_py" "$here/atspi_dump.py" check --out "$out/unlock-check.txt"
shot 01-unlock
win=$(xdotool search --name "Interview Assistant" | head -1)
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
xdotool type --delay 30 "$pass"; xdotool key Return; sleep 3
xdotool key Escape; sleep 1     # the first-run tour: closed as a person would
# No window manager on Xvfb: give the keyboard back to the window, as a WM would.
xdotool windowfocus --sync "$win"; sleep 1
shot 02-list
xdotool key Return; sleep 1     # from the search box into the list of cases
xdotool key Return; sleep 2     # the case
shot 03-case
xdotool key Return; sleep 3     # its contact
xdotool key ctrl+5; sleep 2     # the fifth panel: At-risk (its indicators list has the keys)
shot 04-at-risk
xdotool key space; sleep 2      # tick the indicator in focus: the result changes
shot 05-at-risk-ticked
"$sys_py" "$here/atspi_dump.py" tree --out "$out/at-risk-tree.txt"
"$sys_py" "$here/atspi_dump.py" check --out "$out/at-risk-check.txt"
xdotool key ctrl+l; sleep 2     # lock: announced too
shot 06-locked
kill "$app" 2>/dev/null
sleep 1
kill "${pids[@]}" "$bus" 2>/dev/null
[ -n "$orca_pid" ] && kill "$orca_pid" 2>/dev/null
if [ -f "$out/orca-debug.txt" ]; then
  grep -E "SPEECH OUTPUT|speech.speak" "$out/orca-debug.txt" >"$out/orca-spoke.txt"
fi
echo "written to $out:"; ls "$out"
