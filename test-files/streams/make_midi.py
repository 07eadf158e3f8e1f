#!/usr/bin/env python3
"""Writes the Standard MIDI File fixtures of this folder with a small writer of our own (no MIDI library).
Usage: python3 make_midi.py   (in this folder). See README.md for what each file exercises."""
import struct


def var_int(value):
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append(0x80 | (value & 0x7F))
        value >>= 7
    return bytes(reversed(out))


def chunk(ident, body):
    return ident + struct.pack(">I", len(body)) + body


def track(events):
    """events: (delta, raw bytes after the delta time)."""
    return chunk(b"MTrk", b"".join(var_int(d) + raw for d, raw in events) + var_int(0) + b"\xff\x2f\x00")


def tempo(us_per_quarter):
    return b"\xff\x51\x03" + struct.pack(">I", us_per_quarter)[1:]


def header(fmt, ntracks, division):
    return chunk(b"MThd", struct.pack(">HHH", fmt, ntracks, division))


def notes(channel, count, step, pitch=60):
    """Note on/off pairs; the offs use running status (no status byte)."""
    ev = [(0, bytes([0xC0 | channel, 5]))]  # program change: one data byte
    for i in range(count):
        ev.append((step, bytes([0x90 | channel, pitch + i % 12, 100])))
        ev.append((step, bytes([pitch + i % 12, 0])))  # running status: note on, velocity 0
    ev.append((step, bytes([0xD0 | channel, 40])))  # channel pressure: one data byte
    return ev


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


# format 0: tempo changes inside the one track, a sysex, a text meta event, a long (multi-byte) delta time
events = [(0, tempo(400000)), (0, b"\xff\x01\x05hello"), (0, b"\xf0\x03\x7e\x09\xf7")]
events += notes(0, 8, 240)
events += [(0, tempo(750000))] + notes(1, 8, 120) + [(20000, bytes([0x80, 60, 0]))]
write("format0-tempo.mid", header(0, 1, 480) + track(events))

# format 1: a tempo map in the first track, two note tracks, an unknown chunk counted as a track
tempo_map = [(0, tempo(600000)), (960, tempo(300000)), (1920, tempo(1000000))]
write("format1-tempomap.mid", header(1, 4, 480) + track(tempo_map) + track(notes(0, 16, 240))
      + chunk(b"XFIH", b"\x00" * 6) + track(notes(1, 4, 960, 48)))

# format 1 without any tempo change (120 bpm throughout), named .midi
write("format1-default-tempo.midi", header(1, 2, 96) + track(notes(0, 10, 96)) + track(notes(2, 3, 300)))

# two tempo changes at the same tick (mutagen sorts them by value) and tempo changes in a later track only
ties = [(0, tempo(900000)), (0, tempo(200000))] + notes(0, 6, 480)
write("tempo-ties.mid", header(1, 2, 480) + track(notes(3, 5, 240)) + track(ties))
