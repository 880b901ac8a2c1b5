#!/usr/bin/env bash
# Proves the Linux tarball works on its own (`make package-smoke`): it is unpacked into a fresh
# temporary folder and run with a clean environment (no virtualenv, no PYTHONPATH) and, where a
# network namespace can be made, with no network at all. Any failed step fails the script.
#
#   packaging/smoke_linux.sh [TARBALL]      (default: dist/shelfwise-<version>-linux-<arch>.tar.gz)
#
# SHELFWISE_EXPORTS: the folder of real exports to import (default /work/shared/data/exports;
# when absent, that step is skipped). The screenshot goes to dist/smoke/.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' engine/__init__.py)
tarball=$(realpath "${1:-dist/shelfwise-$version-linux-$(uname -m).tar.gz}")
exports=${SHELFWISE_EXPORTS:-/work/shared/data/exports}
check=${PYTHON:-python3}   # reads the JSON the bundle prints (the bundle itself never uses it)
shot="$repo/dist/smoke/app-linux.png"

# No network: run the whole script again inside a new, empty network namespace.
if [ -z "${SHELFWISE_SMOKE_NETNS:-}" ]; then
    export SHELFWISE_SMOKE_NETNS=inside
    if unshare --net true 2>/dev/null; then exec unshare --net "$0" "$@"; fi
    if unshare --map-root-user --net true 2>/dev/null; then exec unshare --map-root-user --net "$0" "$@"; fi
    SHELFWISE_SMOKE_NETNS=unavailable
    echo "!! no network namespace can be made here: running with the network present"
fi

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
now() { echo "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
json() { "$check" -c "import json, sys; d = json.load(open(sys.argv[1])); $1" "${@:2}"; }
# Drop the unpacked bundle (only its files) from the page cache, so the next start reads it from
# disk like the first start after installing: written back first, then evicted.
evict() {
    "$check" -c '
import os, sys
for root, _, files in os.walk(sys.argv[1]):
    for name in files:
        fd = os.open(os.path.join(root, name), os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)' "$app"
}

[ -f "$tarball" ] || fail "no tarball at $tarball (run: make package)"
tmp=$(mktemp -d /tmp/shelfwise-smoke.XXXXXX)
app_pgid=""
cleanup() {
    if [ -n "$app_pgid" ]; then kill -TERM -- "-$app_pgid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

step "network"
interfaces=$(awk -F: 'NR > 2 { gsub(/ /, "", $1); print $1 }' /proc/net/dev | tr '\n' ' ')
echo "interfaces in this namespace: ${interfaces:-none}"
if [ "$SHELFWISE_SMOKE_NETNS" = inside ]; then
    [ "$(echo "$interfaces" | tr -d ' ')" = "lo" ] || fail "the network namespace is not empty"
    echo "no network: a fresh namespace with only its loopback interface (down)"
fi

step "unpack $(basename "$tarball")"
tar -C "$tmp" -xzf "$tarball"
app="$tmp/$(basename "$tarball" .tar.gz)"
[ -x "$app/shelfwise" ] && [ -x "$app/shelfwise-desktop" ] || fail "executables missing in $app"
mkdir -p "$tmp/home"
home="$tmp/library"

# The bundle, run with a clean environment: only HOME and a system PATH.
bundle() { env -i HOME="$tmp/home" PATH=/usr/bin:/bin "$app/shelfwise" "$@"; }

step "1. shelfwise --version"
evict
t=$(now); out=$(bundle --version); cold_version=$(since "$t")
t=$(now); bundle --version >/dev/null; warm_version=$(since "$t")
echo "$out"
[ "$out" = "shelfwise $version" ] || fail "--version printed '$out'"

step "2. shelfwise doctor --json"
evict
t=$(now); bundle --home "$home" doctor --json > "$tmp/doctor.json" || fail "doctor is not healthy: $(cat "$tmp/doctor.json")"
cold_doctor=$(since "$t")
t=$(now); bundle --home "$home" doctor --json > "$tmp/doctor2.json" || fail "doctor (second run)"
warm_doctor=$(since "$t")
json '
assert d["healthy"] is True, d["checks"]
assert all(d["checks"].values()), d["checks"]
for m in d["models"]:
    assert m["found"] and m["path"].startswith(sys.argv[2]), m
    print(m["role"], m["name"], "->", m["path"][len(sys.argv[2]) + 1:], [f["sha256"][:12] for f in m["files"]])
print("healthy:", d["checks"])' "$tmp/doctor.json" "$app"

step "3. shelfwise import (a real export)"
if [ -d "$exports" ]; then
    sources=("$exports/goodreads/Egor-K-git-books_PREFIX/goodreads_library_export.csv"
             "$exports/letterboxd/yamtrack/diary.csv")
    for source in "${sources[@]}"; do
        bundle --home "$home" import "$source" --json > "$tmp/import.json" || fail "import $source"
        json '
d = d if isinstance(d, dict) else d[0]
assert d["created"] > 0 and d["status"] not in ("failed", "refused"), d
print(d["format"], d["status"], "created", d["created"], "updated", d["updated"], "skipped", d["skipped"],
      "errors", len(d["errors"]), "<-", sys.argv[2].split("/exports/")[-1])' "$tmp/import.json" "$source"
    done
else
    echo "SKIPPED: $exports is absent, so there is no real export to import"
fi
# The bundled sample library too (195 works, EN + 中文), so the chat below has films such as Arrival.
bundle --home "$home" sample --json > "$tmp/sample.json" || fail "sample"
json 'print("sample:", d["status"], "created", d["created"], "updated", d["updated"])' "$tmp/sample.json"

step "4. shelfwise index, recommend --json"
t=$(now); bundle --home "$home" index --json > "$tmp/index.json" || fail "index: $(cat "$tmp/index.json")"
index_time=$(since "$t")
bundle --home "$home" doctor --no-fingerprint --json > "$tmp/doctor3.json" || fail "doctor after index"
json '
i = d["index"]
assert i["pending"] == 0 and i["vectors"] > 0 and i["vector_file_present"], i
print("indexed:", i["vectors"], "vectors,", i["graph_nodes"], "graph nodes,", i["graph_edges"], "edges")' \
    "$tmp/doctor3.json"
echo "index took ${index_time} s"
bundle --home "$home" recommend -k 5 --json > "$tmp/recommend.json" || fail "recommend"
json '
assert len(d) > 0, d
for r in d:
    print("%.3f %-7s %s (%s) - %s" % (r["score"], r["kind"], r["title"], r["year"], (r["reasons"] or [""])[0]))' \
    "$tmp/recommend.json"

step "5. shelfwise chat \"a film like Arrival\" --json"
t=$(now); bundle --home "$home" chat "a film like Arrival" --json > "$tmp/chat.json" || fail "chat"
chat_time=$(since "$t")
json '
assert d["reply"].strip(), d
assert d["model"] and "smollm2" in d["model"].lower(), ("not the bundled model", d["model"], d["notice"])
assert not d["notice"], d["notice"]
assert d["items"], "no items recommended"
print("model:", d["model"], "| written by the model:", d["llm_reply"], "| fallback:", d["fallback"])
print("reply:", d["reply"])
print("items:", [i["title"] for i in d["items"]])' "$tmp/chat.json"
echo "chat took ${chat_time} s"

step "6. the desktop app under Xvfb"
command -v Xvfb >/dev/null && command -v xwininfo >/dev/null && command -v xdotool >/dev/null \
    || fail "Xvfb, xwininfo and xdotool are needed (apt-get install xvfb xauth x11-utils xdotool)"
grab_python=${GRAB_PYTHON:-$repo/.venv/bin/python}   # any Python with PySide6 (not the bundle)
if "$grab_python" -c "import PySide6" 2>/dev/null; then grabber=("$grab_python" "$repo/packaging/grab_screen.py")
elif command -v import >/dev/null; then grabber=(import -window root)
else fail "no screenshot tool: needs a Python with PySide6 (GRAB_PYTHON) or ImageMagick's import"; fi
display=":$(( 90 + RANDOM % 400 ))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 50); do DISPLAY=$display xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
apphome="$tmp/app-library"   # empty: the app loads the sample library and indexes it in the background
evict
t=$(now)
setsid env -i HOME="$tmp/home" PATH=/usr/bin:/bin DISPLAY="$display" \
    "$app/shelfwise-desktop" --home "$apphome" --language en >"$tmp/app.log" 2>&1 &
app_pid=$!
app_pgid=$app_pid
window_time=""
for _ in $(seq 600); do
    if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Shelfwise"'; then
        window_time=$(since "$t"); break
    fi
    kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/app.log"; fail "the app exited before showing its window"; }
    sleep 0.1
done
[ -n "$window_time" ] || { cat "$tmp/app.log"; fail "no Shelfwise window after 60 s"; }
echo "window up after ${window_time} s"

# The app indexes the sample library in a spawned child process: wait until that is done.
indexed=""
children=0
for _ in $(seq 240); do
    n=$(pgrep -g "$app_pgid" -f -- '--multiprocessing-fork' | wc -l || true)
    [ "$n" -gt "$children" ] && children=$n
    if bundle --home "$apphome" doctor --no-fingerprint --json > "$tmp/app-doctor.json" 2>/dev/null \
        && json 'i = d["index"]; sys.exit(0 if d["database"]["items"] > 0 and i["pending"] == 0 and i["vector_file_present"] else 1)' \
            "$tmp/app-doctor.json"; then
        indexed=$(since "$t"); break
    fi
    kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/app.log"; fail "the app exited while indexing"; }
    sleep 0.5
done
[ -n "$indexed" ] || { cat "$tmp/app.log"; fail "the app's background indexing did not finish in 120 s"; }
json 'print("app library:", d["database"]["items"], "items,", d["index"]["vectors"], "vectors")' "$tmp/app-doctor.json"
echo "indexed by the app's child process after ${indexed} s (most spawned children seen at once: $children)"
sleep 3   # let "For you" fill in with the fresh index
mkdir -p "$(dirname "$shot")"
DISPLAY=$display "${grabber[@]}" "$shot" || fail "screenshot"
kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/app.log"; fail "the app died"; }

# A search in the Library view: its query vector comes from the app's text-encoder process
# (another spawned child), which must start and keep serving.
wid=$(DISPLAY=$display xdotool search --name '^Shelfwise$' | head -1)
xdo() { DISPLAY=$display xdotool "$@"; }   # one call each: keys go through XTEST, as typed
xdo windowfocus --sync "$wid"
xdo key ctrl+3; sleep 3   # the view loads its first page
xdo mousemove --window "$wid" 600 28 click 1; sleep 0.5   # into the search box (top of the view)
xdo key ctrl+f; sleep 1
xdo type --delay 30 "time travel"
xdo key Return
t=$(now); encoder=""
for _ in $(seq 600); do
    encoder=$(pgrep -g "$app_pgid" -f -- '--multiprocessing-fork' | head -1 || true)
    [ -n "$encoder" ] && break
    sleep 0.1
done
if [ -z "$encoder" ]; then
    DISPLAY=$display "${grabber[@]}" "${shot%.png}-failed.png" || true
    cat "$tmp/app.log"; fail "no text-encoder process after a search (screen: ${shot%.png}-failed.png)"
fi
echo "text-encoder child process $encoder started $(since "$t") s after the search"
sleep 20   # the encoder loads the model; the results replace the keyword-only ones
kill -0 "$encoder" 2>/dev/null || { cat "$tmp/app.log"; fail "the text-encoder process ended"; }
DISPLAY=$display "${grabber[@]}" "${shot%.png}-search.png" || fail "screenshot"
kill -TERM -- "-$app_pgid"
for _ in $(seq 50); do pgrep -g "$app_pgid" >/dev/null || break; sleep 0.1; done
if pgrep -g "$app_pgid" >/dev/null; then kill -KILL -- "-$app_pgid" 2>/dev/null || true; fi
app_pgid=""
kill "$xvfb_pid" 2>/dev/null || true
if grep -q Traceback "$tmp/app.log"; then cat "$tmp/app.log"; fail "the app logged a traceback"; fi

step "7. figures"
echo "tarball:                 $(du -sh "$tarball" | cut -f1)  ($(basename "$tarball"))"
echo "unpacked:                $(du -sh "$app" | cut -f1)"
echo "shelfwise --version:     ${cold_version} s cold (first run, bundle not in the page cache), ${warm_version} s second run"
echo "shelfwise doctor --json: ${cold_doctor} s cold, ${warm_doctor} s second run (sha256 of both models included)"
echo "app window:              ${window_time} s after launch (cold); indexed by the app after ${indexed} s"
echo "screenshots:             $shot, ${shot%.png}-search.png"
echo
echo "SMOKE OK"
