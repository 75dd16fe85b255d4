#!/usr/bin/env bash
# Puts Noto Sans CJK (NotoSansCJK-Regular.ttc, OFL-1.1) into the folder $1 for the approval sheet PDF, which
# embeds a subset of it. Taken from Debian's fonts-noto-cjk: the machine's copy if the package is installed,
# else the package downloaded once with apt-get (no install, no root needed when the package lists are there)
# and kept in ~/.cache/jiali-care, so a fresh clone builds without anything installed by hand.
set -euo pipefail
out=$1
file=NotoSansCJK-Regular.ttc
system=/usr/share/fonts/opentype/noto/$file
cache=${XDG_CACHE_HOME:-$HOME/.cache}/jiali-care
mkdir -p "$out"
[ -s "$out/$file" ] && exit 0
if [ -s "$system" ]; then
    cp "$system" "$out/$file"
    exit 0
fi
if [ ! -s "$cache/$file" ]; then
    command -v apt-get >/dev/null || { echo "cjk-font: need Debian's fonts-noto-cjk ($file); no apt-get here" >&2; exit 1; }
    echo "cjk-font: downloading Debian's fonts-noto-cjk for the approval sheet's font (once)"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    if ! (cd "$work" && apt-get download fonts-noto-cjk >/dev/null 2>&1); then
        [ "$(id -u)" = 0 ] && apt-get update -qq >/dev/null 2>&1 || true
        (cd "$work" && apt-get download fonts-noto-cjk >/dev/null)
    fi
    dpkg-deb -x "$work"/fonts-noto-cjk_*.deb "$work/x"
    mkdir -p "$cache"
    cp "$work/x/usr/share/fonts/opentype/noto/$file" "$cache/$file.part"
    mv "$cache/$file.part" "$cache/$file"
fi
cp "$cache/$file" "$out/$file"
