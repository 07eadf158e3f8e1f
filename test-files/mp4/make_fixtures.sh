#!/bin/sh
# Regenerates the MP4 fixtures with Debian's ffmpeg (bookworm, 5.1): 1.5 s of a 440 Hz sine, 44.1 kHz.
set -e
cd "$(dirname "$0")"
src="-f lavfi -i sine=frequency=440:duration=1.5:sample_rate=44100 -ac 2"
common="-hide_banner -loglevel error -y"
out="-map_metadata -1 -fflags +bitexact"
# AAC LC, moov after mdat (ffmpeg's default)
ffmpeg $common $src -c:a aac -b:a 64k $out -flags +bitexact aac-moov-last.m4a
# AAC LC, moov first
ffmpeg $common $src -c:a aac -b:a 64k $out -flags +bitexact -movflags +faststart aac-faststart.m4a
# ALAC, moov first
ffmpeg $common $src -c:a alac $out -movflags +faststart alac-faststart.m4a
# AC-3 in MP4
ffmpeg $common $src -c:a ac3 -b:a 96k $out -flags +bitexact ac3.mp4
# fragmented AAC (moof/traf/tfhd with base data offsets)
ffmpeg $common $src -c:a aac -b:a 64k $out -flags +bitexact -movflags +frag_keyframe+empty_moov -frag_duration 500000 aac-fragmented.m4a
# a 16x16 PNG used as a cover
ffmpeg $common -f lavfi -i color=c=red:s=16x16 -frames:v 1 cover.png
