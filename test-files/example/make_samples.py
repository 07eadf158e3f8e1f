# SPDX-License-Identifier: GPL-2.0-or-later
# Writes the MUTAGEN-EXAMPLE samples of mutagen-spi-example (format: see mutagen/example/package-info.java).
import struct


def sample(name, rate, channels, samples, tags, padding, audio):
    region = b""
    if tags is not None:
        for key, value in tags:
            k, v = key.encode("ascii"), value.encode("utf-8")
            region += struct.pack(">H", len(k)) + k + struct.pack(">I", len(v)) + v
        region += b"\x00\x00" + b"\x00" * padding
    header = b"MUTAGEN-EXAMPLE" + bytes([1]) + struct.pack(">IHII", rate, channels, samples, len(region))
    with open(name, "wb") as f:
        f.write(header + region + audio)


sample("44100-2-1.5s-tags.mutex", 44100, 2, 66150,
       [("title", "Example"), ("artist", "mutagen-java"), ("comment", "caf\u00e9")], 64,
       bytes(i * 7 % 251 for i in range(4000)))
sample("8000-1-1s-notags.mutex", 8000, 1, 8000, None, 0, bytes(i % 256 for i in range(1000)))
