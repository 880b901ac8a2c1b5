#!/bin/sh
# Adds Shelfwise to this user's application menu (and `shelfwise` to ~/.local/bin), pointing at
# the folder this script sits in. Run it again after moving the folder; remove with --remove.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/shelfwise.desktop"
icon="$data/icons/hicolor/256x256/apps/shelfwise.png"
bin="$HOME/.local/bin"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$icon" "$bin/shelfwise" "$bin/shelfwise-desktop"
    echo "Shelfwise menu entry removed (your library is untouched)."
    exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")" "$bin"
cp "$here/shelfwise.png" "$icon"
sed -e "s|^Exec=.*|Exec=\"$here/shelfwise-desktop\"|" -e "s|^Icon=.*|Icon=$icon|" \
    "$here/shelfwise.desktop" > "$entry"
ln -sf "$here/shelfwise" "$bin/shelfwise"
ln -sf "$here/shelfwise-desktop" "$bin/shelfwise-desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Shelfwise added to the application menu ($entry)."
