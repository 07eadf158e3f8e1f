#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Regenerates the APEv2-family fixtures of test-files/apev2 with Debian's encoders (bookworm):
#   wavpack 5.6.0 (wavpack, wvtag, wvunpack), musepack-tools 2:0.1~r495 (mpcenc, mpcdec), ffmpeg 5.1 (TTA, MP3),
#   sox 14.4.2 (the PCM input), and mutagen 1.48.1 (the oracle) for the APEv2 tag on an MP3 (no Debian tool writes one).
# Not packaged in Debian: Monkey's Audio (mac), TAK (takc, Windows only), OptimFROG (ofr), a TTA encoder other than
# ffmpeg's (ttaenc).
set -eu
# sox -D: no dither, so that the files come out the same on every run
cd "$(dirname "$0")"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

sox -D -n -r 44100 -b 16 -c 2 -t wavpcm "$T/s16.wav" synth 0.5 sine 440 sine 660
sox -D -n -r 48000 -b 24 -c 1 -t wavpcm "$T/m24.wav" synth 0.3 sine 1000
sox -D -n -r 22050 -b 8 -c 1 -e unsigned-integer -t wavpcm "$T/m8.wav" synth 0.2 sine 300
sox -D -n -r 96000 -b 32 -c 2 -e floating-point -t wavpcm "$T/f32.wav" synth 0.2 sine 500

# WavPack: default, high and fast modes, hybrid lossy, 24-bit mono, 8-bit, float, tags written by the encoder
wavpack -q -y "$T/s16.wav" -o wv-default.wv
wavpack -q -y -hh "$T/s16.wav" -o wv-high.wv
wavpack -q -y -f "$T/m24.wav" -o wv-fast-24bit-mono.wv
wavpack -q -y -b256 "$T/s16.wav" -o wv-hybrid-256k.wv
wavpack -q -y "$T/m8.wav" -o wv-8bit.wv
wavpack -q -y "$T/f32.wav" -o wv-float.wv
wavpack -q -y -w "Title=WavPack title" -w "Artist=Ärtist" -w "Album=x" "$T/s16.wav" -o wv-tagged.wv
wvtag -q -y -w "Comment=added by wvtag" wv-tagged.wv

# Musepack SV8: quality presets, with tags from the encoder
mpcenc --silent --overwrite --quality 3 "$T/s16.wav" mpc-q3.mpc
mpcenc --silent --overwrite --quality 7 --artist "Ärtist" --title "MPC title" --track 3 "$T/s16.wav" mpc-q7-tagged.mpc
mpcenc --silent --overwrite --quality 5 "$T/m24.wav" mpc-mono-48k.mpc

# True Audio (ffmpeg's encoder): plain, 24-bit mono, and with ffmpeg's metadata (an APEv2 tag at the end)
ffmpeg -nostdin -loglevel error -y -i "$T/s16.wav" -c:a tta -map_metadata -1 tta-plain.tta
ffmpeg -nostdin -loglevel error -y -i "$T/m24.wav" -c:a tta -map_metadata -1 tta-24bit-mono.tta
ffmpeg -nostdin -loglevel error -y -i "$T/s16.wav" -c:a tta -metadata title="TTA title" -metadata artist="Ärtist" \
    tta-apev2.tta

# MP3 (ffmpeg/LAME) with ID3v2 and ID3v1, then an APEv2 tag, which mutagen places before the ID3v1 tag
ffmpeg -nostdin -loglevel error -y -i "$T/s16.wav" -c:a libmp3lame -b:a 64k -id3v2_version 3 -write_id3v1 1 \
    -metadata title="MP3 title" -metadata artist="Ärtist" "$T/mp3.mp3"
cp "$T/mp3.mp3" mp3-id3v2-apev2-id3v1.mp3
PYTHONPATH=/root/.cache/mutagen-oracle/root/usr/lib/python3/dist-packages /usr/bin/python3 - <<'PY'
from mutagen.apev2 import APEv2, APEValue, BINARY
t = APEv2()
t["Title"] = "APE title"
t["Artist"] = ["a", "b"]
t["Cover Art (Front)"] = APEValue(b"front.png\x00\x89PNG\r\n\x1a\n", BINARY)
t.save("mp3-id3v2-apev2-id3v1.mp3")
PY
