#!/usr/bin/env bash
# Builds the Linux bundle and packs it: dist/shelfwise-<version>-linux-x86_64.tar.gz
# (`make package`). PY picks the Python whose packages are bundled (default: .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' engine/__init__.py)
name="shelfwise-$version-linux-$(uname -m)"
out=build/pyinstaller

"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install --quiet 'pyinstaller>=6.10'
[ -f resources/icons/shelfwise.png ] || "$PY" packaging/make_icon.py

start=$(date +%s)
"$PY" -m PyInstaller packaging/shelfwise.spec --noconfirm --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work"

# Strip debug symbols from the shared libraries, except the ones wheels vendor in <package>.libs/
# (patched with patchelf: stripping them breaks them). Saves about 100 MB, mostly in torch.
bundle="$out/dist/shelfwise"
if [ "${SHELFWISE_BUNDLE_FULL:-}" != 1 ]; then
    before=$(du -sm "$bundle" | cut -f1)
    find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) -not -path '*.libs/*' -print0 \
        | xargs -0 strip --strip-unneeded
    echo "stripped: ${before} MB -> $(du -sm "$bundle" | cut -f1) MB"
fi

dangling=$(find "$bundle" -xtype l)
[ -z "$dangling" ] || { echo "links to files the spec dropped:" $dangling >&2; exit 1; }

stage="build/stage/$name"
rm -rf build/stage && mkdir -p "$stage" dist
cp -a "$bundle/." "$stage/"
cp packaging/linux/shelfwise.desktop packaging/linux/install-desktop-entry.sh \
    resources/icons/shelfwise.png "$stage/"
cp packaging/linux/README.txt "$stage/README.txt"
tar -C build/stage -czf "dist/$name.tar.gz" "$name"

echo "built dist/$name.tar.gz in $(( $(date +%s) - start )) s"
echo "unpacked: $(du -sh "$stage" | cut -f1)   tarball: $(du -sh "dist/$name.tar.gz" | cut -f1)"
