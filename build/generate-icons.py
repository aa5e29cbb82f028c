#!/usr/bin/env python3
"""Draws Briefdesk's icon — a "B" monogram on an ink-blue rounded square —
and writes build/icon.png (512), build/icon.ico and build/icon.icns.

Standard library only (zlib, struct): shapes are signed distance fields,
anti-aliased by coverage. Run: python3 build/generate-icons.py
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DESIGN = 1024.0  # all geometry is in a 1024-unit square

INK_TOP = (0x2B, 0x4C, 0x7E)
INK_BOTTOM = (0x16, 0x2D, 0x52)
PAPER = (0xF6, 0xF2, 0xE9)


def rounded_square(x, y, centre=512.0, half=448.0, radius=200.0):
    qx = abs(x - centre) - (half - radius)
    qy = abs(y - centre) - (half - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - radius


def box(x, y, x0, y0, x1, y1):
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    qx = abs(x - cx) - (x1 - x0) / 2
    qy = abs(y - cy) - (y1 - y0) / 2
    return math.hypot(max(qx, 0.0), max(qy, 0.0)) + min(max(qx, qy), 0.0)


def d_shape(x, y, x0, y0, y1, right):
    """A "D": flat on the left at x0, a half-disc on the right reaching `right`."""
    r = (y1 - y0) / 2
    cx = right - r
    return min(box(x, y, x0, y0, cx, y1), math.hypot(x - cx, y - (y0 + y1) / 2) - r)


def letter_b(x, y):
    x -= 4  # optical centring: the bowls make the glyph look left-heavy
    outer = min(d_shape(x, y, 340, 280, 500, 640), d_shape(x, y, 340, 488, 744, 676))
    counters = min(d_shape(x, y, 436, 352, 458, 560), d_shape(x, y, 436, 530, 672, 592))
    return max(outer, -counters)


def coverage(distance, pixel):
    return min(1.0, max(0.0, 0.5 - distance / pixel))


def render(size):
    pixel = DESIGN / size
    rows = []
    for j in range(size):
        y = (j + 0.5) * pixel
        t = y / DESIGN
        bg = tuple(round(a + (b - a) * t) for a, b in zip(INK_TOP, INK_BOTTOM))
        row = bytearray([0])  # PNG filter: none
        for i in range(size):
            x = (i + 0.5) * pixel
            alpha = coverage(rounded_square(x, y), pixel)
            if alpha <= 0.0:
                row += b"\0\0\0\0"
                continue
            ink = coverage(letter_b(x, y), pixel)
            rgb = [round(c + (p - c) * ink) for c, p in zip(bg, PAPER)]
            row += bytes(rgb + [round(alpha * 255)])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico(images):
    """ICO with PNG-compressed entries (Windows Vista and later)."""
    sizes = sorted(images)
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size in sizes:
        data = images[size]
        edge = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images[size] for size in sizes)


ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]


def icns(images):
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main():
    sizes = sorted({16, 24, 32, 48, 64, 128, 256, 512, 1024})
    images = {size: render(size) for size in sizes}
    with open(os.path.join(HERE, "icon.png"), "wb") as f:
        f.write(images[512])
    with open(os.path.join(HERE, "icon.ico"), "wb") as f:
        f.write(ico({s: images[s] for s in (16, 24, 32, 48, 64, 128, 256)}))
    with open(os.path.join(HERE, "icon.icns"), "wb") as f:
        f.write(icns(images))
    print("wrote build/icon.png, build/icon.ico, build/icon.icns")


if __name__ == "__main__":
    main()
