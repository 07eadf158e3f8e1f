#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The FLAC path fixtures of issue 16 (tag-heavy FLAC files that mutagen's corpus lacks), made by Debian's sox,
# flac/metaflac and ffmpeg: run from anywhere; the same bytes every time.
#   pictures.flac       four PICTURE blocks: a 33 KB front cover (JPEG), a back cover (JPEG), an artist photo
#                       (PNG) and a 32x32 file icon (PNG, type 1)
#   many-comments.flac  210 Vorbis comments: 30 keys with 5 values each (some non-ASCII), 60 single values
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sox -R -D -n -r 44100 -c 2 -b 16 "$tmp/tone.wav" synth 1 sine 440 sine 660 gain -6
flac -s -f --no-padding -o "$tmp/tone.flac" "$tmp/tone.wav"
ffmpeg -nostdin -loglevel error -y -f lavfi \
  -i testsrc2=size=640x640:rate=1 -frames:v 1 -q:v 2 -fflags +bitexact -flags +bitexact "$tmp/front.jpg"
ffmpeg -nostdin -loglevel error -y -f lavfi -i testsrc2=size=320x320:rate=1 -frames:v 1 -q:v 5 \
  -fflags +bitexact -flags +bitexact "$tmp/back.jpg"
ffmpeg -nostdin -loglevel error -y -f lavfi -i testsrc=size=160x120:rate=1 -frames:v 1 \
  -fflags +bitexact -flags +bitexact "$tmp/artist.png"
ffmpeg -nostdin -loglevel error -y -f lavfi -i color=c=red:size=32x32:rate=1 -frames:v 1 \
  -fflags +bitexact -flags +bitexact "$tmp/icon.png"

cp "$tmp/tone.flac" pictures.flac
metaflac --set-tag="TITLE=Pictures" --set-tag="ARTIST=Tester" \
  --import-picture-from="3|image/jpeg|Front cover||$tmp/front.jpg" \
  --import-picture-from="4|image/jpeg|Back cover||$tmp/back.jpg" \
  --import-picture-from="8|image/png|The artist||$tmp/artist.png" \
  --import-picture-from="1|image/png|||$tmp/icon.png" \
  --add-padding=1024 pictures.flac

cp "$tmp/tone.flac" many-comments.flac

i=0
while [ $i -lt 30 ]; do
  for v in 1 2 3 4 5; do
    set -- "$@" "--set-tag=MULTI_$i=Wert $v für Schlüssel $i – ★"
  done
  i=$((i + 1))
done
i=0
while [ $i -lt 60 ]; do
  set -- "$@" "--set-tag=SINGLE_$i=value $i"
  i=$((i + 1))
done
metaflac "$@" --set-tag="TITLE=Many comments ÄÖÜ" --set-tag="ARTIST=Artist A" --set-tag="ARTIST=Artist B" \
  --add-padding=4096 many-comments.flac
ls -l pictures.flac many-comments.flac
