#!/bin/sh
# Install the one-folder build system-wide (run as root), or under PREFIX.
#   sudo packaging/linux/install.sh                 # -> /opt/cec-assistant, /usr/local/bin
#   PREFIX=/tmp/stage packaging/linux/install.sh    # staging, e.g. to build a .deb/.rpm
# BUILD=folder installs another copy of the build (default: dist/cec-assistant).
# The CSW's encrypted store is not here: it lives in each user's data folder
# (~/.local/share/cec-interview-assistant/), so reinstalling or removing the
# program never touches it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${BUILD:-"$repo/dist/cec-assistant"}
PREFIX=${PREFIX:-}
[ -x "$build/cec-assistant" ] || { echo "no build at $build: run packaging/build.py first" >&2; exit 1; }

# Copy beside, then swap, so a failed copy never leaves half a program behind.
opt="$PREFIX/opt/cec-assistant"
mkdir -p "$PREFIX/opt"
rm -rf "$opt.new"
cp -a "$build" "$opt.new"
chmod -R go-w,a+rX "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"

apps="$PREFIX/usr/share/applications"
icons="$PREFIX/usr/share/icons/hicolor"
mkdir -p "$PREFIX/usr/local/bin" "$apps" "$icons/scalable/apps" "$icons/256x256/apps"
ln -sfn /opt/cec-assistant/cec-assistant "$PREFIX/usr/local/bin/cec-assistant"
# Named after the app id, which the window reports as its desktop file name
# (QGuiApplication.setDesktopFileName), so docks match window and launcher.
install -m 0644 "$here/cec-assistant.desktop" "$apps/cec-interview-assistant.desktop"
install -m 0644 "$repo/resources/icons/app.svg" "$icons/scalable/apps/cec-assistant.svg"
install -m 0644 "$repo/resources/icons/app-256.png" "$icons/256x256/apps/cec-assistant.png"
echo "installed $opt"
