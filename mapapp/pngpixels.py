"""PNG pixels without an imaging library: decoded by Chromium, written with the standard library.

The briefing's pictures are drawn by headless Chromium (:mod:`mapapp.printing`), so the same
browser decodes them too: :func:`decode_png` draws the PNG on a canvas of an open Playwright
page and reads its pixels back. :func:`distinct_colours` counts colours (a blank capture has
one); :func:`solid_png` writes a one-colour PNG (a stand-in map tile for tests).
"""

from __future__ import annotations

import base64
import struct
import zlib

import numpy as np

#: Draws a base64 PNG on a canvas and returns [width, height, base64 of its RGBA bytes].
_DECODE_JS = """async (b64) => {
  const img = new Image(); img.src = 'data:image/png;base64,' + b64; await img.decode();
  const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;
  const g = c.getContext('2d'); g.drawImage(img, 0, 0);
  const d = g.getImageData(0, 0, c.width, c.height).data;
  let s = ''; for (let i = 0; i < d.length; i += 0x8000) s += String.fromCharCode.apply(null, d.subarray(i, i + 0x8000));
  return [c.width, c.height, btoa(s)];
}"""


def decode_png(page, data: bytes) -> np.ndarray:
    """The pixels of a PNG as an ``(height, width, 4)`` RGBA array of ``uint8``.

    Parameters
    ----------
    page : playwright.sync_api.Page
        Any open page (``about:blank`` will do): its canvas decodes the image.
    data : bytes
        The PNG file's bytes.
    """
    width, height, raw = page.evaluate(_DECODE_JS, base64.b64encode(data).decode("ascii"))
    return np.frombuffer(base64.b64decode(raw), dtype=np.uint8).reshape(height, width, 4)


def colours(rgba: np.ndarray, step: int = 1) -> set[tuple[int, int, int]]:
    """The distinct RGB colours of ``rgba`` (every ``step``-th pixel each way)."""
    rgb = np.ascontiguousarray(rgba[::step, ::step, :3]).reshape(-1, 3)
    return {(int(r), int(g), int(b)) for r, g, b in np.unique(rgb, axis=0)}


def distinct_colours(rgba: np.ndarray, step: int = 4) -> int:
    """How many colours ``rgba`` holds, sampled every ``step`` pixels (a blank image: 1)."""
    packed = (rgba[::step, ::step, :3].astype(np.uint32) * np.array([1 << 16, 1 << 8, 1], dtype=np.uint32)).sum(axis=2)
    return int(np.unique(packed).size)


def solid_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A ``width`` × ``height`` PNG of one colour (8-bit RGB, no filtering)."""
    row = b"\x00" + bytes(rgb) * width

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * height))
            + chunk(b"IEND", b""))


__all__ = ["colours", "decode_png", "distinct_colours", "solid_png"]
