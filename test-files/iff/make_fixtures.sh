#!/bin/sh
# Regenerates the WAVE/AIFF/DSF/DSDIFF fixtures (Debian bookworm: sox 14.4.2, ffmpeg 5.1). Short sines, so that a
# decode hash means something. DSF and DSDIFF: no Debian tool writes them (ffmpeg only reads them), so
# make_dsd.py (our own writer, stdlib only) does; ffmpeg decodes them in the tests.
set -e
cd "$(dirname "$0")"
s="synth 0.25 sine 440"
# WAVE, PCM 8/16/24/32 bit, float, mono to 6 channels (sox writes WAVE_FORMAT_EXTENSIBLE for > 16 bits or
# > 2 channels)
sox -n -r 8000 -c 1 -b 8 -e unsigned-integer pcm-u8-1ch.wav $s
sox -n -r 44100 -c 2 -b 16 -e signed-integer pcm-s16-2ch.wav $s
sox -n -r 48000 -c 6 -b 24 -e signed-integer pcm-s24-6ch-extensible.wav $s
sox -n -r 22050 -c 2 -b 32 -e signed-integer pcm-s32-2ch-extensible.wav $s
sox -n -r 16000 -c 1 -b 32 -e floating-point float32-1ch.wav $s
# an odd-sized data chunk (an odd number of one-byte samples; sox gives 167 for "1001s") and its padding byte
sox -n -r 8000 -c 1 -b 8 -e unsigned-integer pcm-u8-odd-data.wav synth 1001s sine 440
# ffmpeg: plain 16-bit PCM (WAVE_FORMAT_PCM), LIST/INFO before the data
ffmpeg -hide_banner -loglevel error -y -f lavfi -i sine=frequency=440:duration=0.25:sample_rate=11025 \
  -c:a pcm_s16le -fflags +bitexact -metadata title="Fixture title" -metadata artist="Fixture artist" \
  ffmpeg-list-info-before-data.wav
# ffmpeg: 3 channels, 24-bit, WAVE_FORMAT_EXTENSIBLE, no metadata
ffmpeg -hide_banner -loglevel error -y -f lavfi -i sine=frequency=440:duration=0.25:sample_rate=32000 \
  -ac 3 -c:a pcm_s24le -map_metadata -1 -fflags +bitexact ffmpeg-s24-3ch-extensible.wav
# AIFF (8/16/24 bit) and AIFF-C
sox -n -r 8000 -c 1 -b 8 -e signed-integer pcm-s8-1ch.aiff $s
sox -n -r 44100 -c 2 -b 16 -e signed-integer pcm-s16-2ch.aiff $s
sox -n -r 48000 -c 4 -b 24 -e signed-integer pcm-s24-4ch.aif $s
sox -n -r 8000 -c 1 -b 8 -e signed-integer pcm-s8-odd-data.aif synth 1001s sine 440
sox -n -r 22050 -c 2 -b 16 -e signed-integer -t aifc aifc-none-s16-2ch.aifc $s
ffmpeg -hide_banner -loglevel error -y -f lavfi -i sine=frequency=440:duration=0.25:sample_rate=16000 \
  -c:a pcm_s16le -map_metadata -1 -fflags +bitexact -f aiff ffmpeg-aifc-sowt.aifc
ffmpeg -hide_banner -loglevel error -y -f lavfi -i sine=frequency=440:duration=0.25:sample_rate=16000 \
  -c:a pcm_f32be -map_metadata -1 -fflags +bitexact -f aiff ffmpeg-aifc-fl32.aifc
# ffmpeg: AIFF with an ID3v2.4 chunk after the sound data
ffmpeg -hide_banner -loglevel error -y -f lavfi -i sine=frequency=440:duration=0.25:sample_rate=11025 \
  -c:a pcm_s16be -fflags +bitexact -write_id3v2 1 -metadata title="Fixture title" ffmpeg-id3.aiff
# WAVE with LIST/INFO after the data, and WAVE/AIFF whose ID3 chunk has a chunk after it (make_chunks.py)
python3 make_chunks.py
# DSF and DSDIFF (make_dsd.py)
python3 make_dsd.py
