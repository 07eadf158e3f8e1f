#!/bin/sh
# Regenerates the AAC, AC-3 and E-AC-3 fixtures of this folder (ffmpeg from Debian; see README.md).
set -eu
cd "$(dirname "$0")"
ff() { ffmpeg -nostdin -v error -y -bitexact "$@"; }
src() { echo "-f lavfi -i sine=frequency=440:sample_rate=$1:duration=$2"; }

# ADTS AAC (ffmpeg's adts muxer writes no CRC: protection_absent = 1)
ff $(src 44100 1) -ac 2 -c:a aac -b:a 96k -f adts aac-44100-2ch.aac
ff $(src 22050 1) -ac 1 -c:a aac -b:a 32k -f adts aac-22050-1ch.aac
ff $(src 48000 1) -af "aformat=channel_layouts=5.1" -c:a aac -b:a 192k -f adts aac-48000-6ch.aac
# a leading ID3v2 tag, written by the adts muxer
ff $(src 44100 1) -ac 2 -c:a aac -b:a 64k -write_id3v2 1 -metadata title=tagged -f adts aac-44100-2ch-id3.aac
# the same stereo stream with a CRC in every frame (protection_absent = 0; the CRC bytes are not checked by mutagen)
python3 add_adts_crc.py aac-44100-2ch.aac aac-44100-2ch-crc.aac

# AC-3 at several channel layouts and rates
ff $(src 48000 1) -af "aformat=channel_layouts=mono" -c:a ac3 -b:a 96k ac3-48000-mono.ac3
ff $(src 44100 1) -af "aformat=channel_layouts=stereo" -c:a ac3 -b:a 192k ac3-44100-stereo.ac3
ff $(src 32000 1) -af "aformat=channel_layouts=3.0" -c:a ac3 -b:a 224k ac3-32000-3.0.ac3
ff $(src 48000 1) -af "aformat=channel_layouts=5.1" -c:a ac3 -b:a 384k ac3-48000-5.1.ac3
ff $(src 48000 1) -af "aformat=channel_layouts=quad" -c:a ac3 -b:a 256k ac3-48000-quad.ac3

# E-AC-3
ff $(src 48000 1) -af "aformat=channel_layouts=stereo" -c:a eac3 -b:a 128k eac3-48000-stereo.eac3
ff $(src 48000 1) -af "aformat=channel_layouts=5.1" -c:a eac3 -b:a 384k eac3-48000-5.1.eac3
ff $(src 32000 1) -af "aformat=channel_layouts=mono" -c:a eac3 -b:a 64k eac3-32000-mono.eac3
