#!/usr/bin/env bash
# Packs the Shelfwise.app built by shelfwise.spec into a drag-to-Applications disk image:
# dist/shelfwise-<version>-macos-<arch>.dmg (macOS only: uses hdiutil).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' engine/__init__.py)
app=build/pyinstaller/dist/Shelfwise.app
dmg="dist/shelfwise-$version-macos-$(uname -m).dmg"
[ -d "$app" ] || { echo "no $app (build it with: pyinstaller packaging/shelfwise.spec)" >&2; exit 1; }

stage=build/dmg
rm -rf "$stage" && mkdir -p "$stage" dist
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
# PyInstaller has ad-hoc signed the app (enough for Apple Silicon to run it on the build
# machine); a public release would sign it with a Developer ID and notarize the image.
hdiutil create -volname "Shelfwise $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "built $dmg ($(du -sh "$dmg" | cut -f1))"
