"""The committed application icons (made by packaging/make_icons.py) are well-formed:
each PNG has its size, the .ico and .icns hold PNGs of the sizes they declare.

The bundle and the desktop integration use these files as they are, so a bad
regeneration must fail here rather than on a user's desktop."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from netdesk.paths import resource_path

APP = resource_path("app")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_svg_source_is_there() -> None:
    assert (APP / "netdesk.svg").read_text("utf-8").lstrip().startswith("<?xml")


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_has_its_size(size: int) -> None:
    assert png_size((APP / f"netdesk-{size}.png").read_bytes()) == (size, size)


def test_the_ico_holds_pngs_of_the_sizes_it_declares() -> None:
    data = (APP / "netdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        entry = data[6 + 16 * index : 6 + 16 * (index + 1)]
        width, height, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", entry)
        declared = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        assert png_size(data[offset : offset + length]) == (declared, declared)
        sizes.append(declared)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_pngs_of_the_sizes_its_types_mean() -> None:
    data = (APP / "netdesk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    pixels = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256}
    pixels |= {b"ic09": 512, b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256}
    pixels |= {b"ic14": 512}
    seen = set()
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        side = pixels[kind]
        assert png_size(data[position + 8 : position + length]) == (side, side)
        seen.add(kind)
        position += length
    assert position == len(data)
    assert seen == set(pixels)


def test_the_desktop_entry_names_the_icon_and_the_window_class() -> None:
    entry = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "netdesk.desktop"
    lines = set(entry.read_text("utf-8").splitlines())
    assert {"Icon=netdesk", "StartupWMClass=netdesk", "Type=Application"} <= lines
