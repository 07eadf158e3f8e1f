#!/bin/sh
# The README's sample file: one second of a 440 Hz sine (mono, 8 kHz, 16-bit) from sox, encoded by Debian's flac
# with three Vorbis comments. Reproducible: sox without dither, flac's default settings.
#   usage: test-files/sample/make.sh
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sox -D -n -r 8000 -c 1 -b 16 "$tmp/sine.wav" synth 1 sine 440 vol 0.5
flac -s -f -o sample.flac -T "TITLE=A sine at 440 Hz" -T "ARTIST=mutagen-java" -T "ALBUM=Samples" "$tmp/sine.wav"
