#!/usr/bin/env python3
"""Draws the packages' icon (icon.png, 128x128): a rounded square with three rising bars under a target line.
Pure Python (zlib), so it needs nothing installed: python3 eng/package/make-icon.py > eng/package/icon.png"""
import struct, sys, zlib

N = 128
BG, BAR, GOOD, LINE = (24, 44, 74), (92, 160, 235), (76, 187, 120), (240, 176, 60)

def inside_rounded(x, y, r=22):
    cx = min(max(x, r), N - 1 - r)
    cy = min(max(y, r), N - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

bars = [(22, 48, 70), (54, 80, 50), (86, 112, 30)]  # (x0, x1, top y): rising towards the right
def pixel(x, y):
    if not inside_rounded(x, y):
        return (0, 0, 0, 0)
    if 40 <= y <= 43 and 14 <= x <= 114:  # the target line
        return LINE + (255,)
    for i, (x0, x1, top) in enumerate(bars):
        if x0 <= x < x1 and top <= y <= 106:
            return (GOOD if i == 2 else BAR) + (255,)
    return BG + (255,)

raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(N)) for y in range(N))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
sys.stdout.buffer.write(png)
