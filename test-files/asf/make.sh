#!/bin/sh
# Regenerates the ASF fixtures (see ../README.md, section asf/). Needs Debian's ffmpeg.
set -e
cd "$(dirname "$0")"
ff="ffmpeg -v error -y -bitexact"
# WMA v2, stereo 44.1 kHz, 1 s of a 440 Hz sine, with text tags (content description and extended attributes)
$ff -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=1" -ac 2 -c:a wmav2 -b:a 64k \
    -metadata title="Sine A4" -metadata artist="mutagen-java" -metadata album="Fixtures" \
    -metadata genre="Test" -metadata date=2024 -metadata track=3 -metadata comment="$(printf 'caf\303\251 \346\274\242\345\255\227')" \
    wmav2-stereo-tags.wma
# WMA v2, mono 22.05 kHz, 0.5 s, no tags
$ff -f lavfi -i "sine=frequency=1000:sample_rate=22050:duration=0.5" -ac 1 -c:a wmav2 -b:a 32k \
    -map_metadata -1 wmav2-mono-notags.wma
# WMA v1, stereo 48 kHz, 0.5 s
$ff -f lavfi -i "sine=frequency=220:sample_rate=48000:duration=0.5" -ac 2 -c:a wmav1 -b:a 96k \
    -metadata title="WMA v1" wmav1-stereo.wma
