#!/bin/sh
# Regenerates the Ogg FLAC fixtures with Debian's flac (bookworm, 1.4.2) and sox: 1.5 s of a 440 Hz sine.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sox -D -n -r 44100 -c 2 -b 16 "$tmp/sine.wav" synth 1.5 sine 440
sox -D -n -r 8000 -c 1 -b 16 "$tmp/mono.wav" synth 1 sine 300
head -c 70000 /dev/zero | tr '\0' 'x' > "$tmp/big.txt"
sox -D -n -r 8000 -c 1 -b 8 "$tmp/cover.wav" synth 0.01 sine 100
ffmpeg -hide_banner -loglevel error -y -f lavfi -i color=c=red:s=16x16 -frames:v 1 "$tmp/cover.png"
q="--ogg --silent --force --no-seektable"
# a few tags, STREAMINFO with the total sample count
flac $q --serial-number=1234 -T TITLE=Sine -T ARTIST=flac -T "ALBUM=Caf$(printf '\303\251')" \
    -o tags.oggflac "$tmp/sine.wav"
# no tags but the vendor string, mono 8 kHz
flac $q --serial-number=42 -o notags-mono.oggflac "$tmp/mono.wav"
# a comment of 70 kB spanning many pages, and a picture block after it
flac $q --serial-number=7 -T "BIG=$(cat "$tmp/big.txt")" --picture="$tmp/cover.png" -o multipage.oggflac "$tmp/sine.wav"
# written to a pipe: flac cannot go back to fill in STREAMINFO, so total_samples is 0 and the length comes from the
# last granule position
sox -D "$tmp/sine.wav" -t raw - | flac $q --serial-number=99 -T TITLE=Piped --force-raw-format --endian=little \
    --sign=signed --channels=2 --bps=16 --sample-rate=44100 -c - > piped.oggflac 2>/dev/null
# two chained streams (the first is read and written)
cat tags.oggflac notags-mono.oggflac > chained.oggflac
