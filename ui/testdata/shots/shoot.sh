#!/usr/bin/env bash
# Takes the README's pictures of the app: the real binary in a real
# terminal (xterm, on a virtual X server), driven through tmux as a person
# would type, and a screenshot of each scene as PNG, here beside this
# script.
#
#   ui/testdata/shots/shoot.sh          # from anywhere in the repository
#
# Needs Debian's xvfb, xterm, tmux, x11-utils, imagemagick,
# fonts-jetbrains-mono (Latin, Cyrillic, Greek) and fonts-noto-cjk (淮南).
# CI does not run it. The pictures come out the same for the same code:
# the dataset is embedded, the clock plays no part (no kiosk countdown is
# shown), and the terminal, its fonts and sizes are fixed here.
set -euo pipefail

for tool in Xvfb xterm tmux xwininfo xdpyinfo import fc-list go; do
  command -v "$tool" >/dev/null || {
    echo "shoot.sh: $tool is missing: apt-get install xvfb xterm tmux x11-utils imagemagick fonts-jetbrains-mono fonts-noto-cjk" >&2
    exit 1
  }
done
for font in "JetBrains Mono" "Noto Sans Mono CJK SC"; do
  fc-list : family | grep -F "$font" >/dev/null || {
    echo "shoot.sh: the font $font is missing: apt-get install fonts-jetbrains-mono fonts-noto-cjk" >&2
    exit 1
  }
done

here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../.."
work=$(mktemp -d)
xvfb=
cleanup() {
  tmux -S "$work/tmux" kill-server 2>/dev/null || true
  if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/ruse-twins" .

# A display of its own: Xvfb picks a free number and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

# shot NAME COLUMNS ROWS ARGS KEYS...: runs the app with ARGS in a tmux
# session of COLUMNS×ROWS shown in an xterm of that size, sends each of
# KEYS (tmux's key names; "text:…" is typed as it is, "wait:TEXT" waits
# until the screen shows TEXT), and saves the xterm's window as NAME.png.
shot() {
  local name=$1 cols=$2 rows=$3 args=$4
  shift 4
  tmux -S "$work/tmux" -f /dev/null new-session -d -s "$name" -x "$cols" -y "$rows" \
    "env TERM=xterm-256color COLORTERM=truecolor LANG=C.UTF-8 $work/ruse-twins --theme dark $args; sleep 600"
  tmux -S "$work/tmux" set -g status off
  tmux -S "$work/tmux" set -g terminal-features "xterm*:RGB:256"
  # The face falls back to Noto for Han; the cursor takes the
  # background's colour, since the app draws its own.
  xterm -tn xterm-256color -T "$name" -geometry "${cols}x${rows}+0+0" \
    -fa 'JetBrains Mono' -fs 11 -bg '#1c1c1c' -fg '#e4e4e4' -bw 0 -b 8 +sb \
    -xrm 'XTerm*cursorColor: #1c1c1c' -e tmux -S "$work/tmux" attach -t "$name" &
  local xterm=$!
  wait_for "$name" "·"
  for k in "$@"; do
    case $k in
      text:*) tmux -S "$work/tmux" send-keys -t "$name" -l "${k#text:}" ;;
      wait:*) wait_for "$name" "${k#wait:}" ;;
      *) tmux -S "$work/tmux" send-keys -t "$name" "$k" ;;
    esac
    sleep 0.3
  done
  # The screen drawn once more, whole, on a cleared window: a cell drawn
  # twice (once per frame that touched it) has its glyph's edges blended
  # twice, and would differ from one run to the next by a pixel.
  sleep 1
  # refresh-client's target is a client (the xterm's terminal), not a session.
  tmux -S "$work/tmux" refresh-client -t "$(tmux -S "$work/tmux" list-clients -t "$name" -F '#{client_name}')"
  sleep 1
  local id
  id=$(xwininfo -name "$name" | awk '/Window id:/ {print $4}')
  import -window "$id" -strip -define png:compression-level=9 "$here/$name.png"
  kill "$xterm"
  wait "$xterm" 2>/dev/null || true
  tmux -S "$work/tmux" kill-session -t "$name"
}

# wait_for SESSION TEXT: until the screen shows TEXT, for ten seconds.
wait_for() {
  for _ in $(seq 100); do
    tmux -S "$work/tmux" capture-pane -p -t "$1" | grep -F -- "$2" >/dev/null && return
    sleep 0.1
  done
  echo "shoot.sh: $1 never showed $2" >&2
  exit 1
}

# Both panes, and a search whose letters light up in names, a country and
# a fact in another script; the page beside it has a name in Han.
shot browser 100 30 "--lang en" / text:hu wait:"3 of 9" wait:"淮南"
# The kiosk, in Bulgarian, as a visitor finds it after typing: a page
# with a name in Greek.
shot kiosk 100 30 "--kiosk --lang bg --exit-key f12" text:пери wait:"от 9" wait:"Περιστέρι"
# The map, with the great circle from Ruse to the city chosen.
shot map 100 30 "--lang en" m wait:"[Map]" j j j wait:"◉ Huainan"
# The timeline of every partnership.
shot timeline 100 30 "--lang en" t wait:"[Timeline]"

ls -l "$here"/*.png
