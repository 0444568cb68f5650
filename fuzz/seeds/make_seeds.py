#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora into fuzz/seeds/<target>/, each in its target's own input
format, from the protocol descriptions and the test vectors, independently of our C++ code.
Run from anywhere; it rewrites what it owns and nothing else. See README.md beside it."""

import os
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
TOP = HERE.parent.parent


def out_dir(target):
    d = HERE / target
    d.mkdir(exist_ok=True)
    return d


def hex_lines(data, width=32):
    return "\n".join(data[i:i + width].hex(" ") for i in range(0, len(data), width))


def write_hex(target, name, parts):
    """parts: (comment, bytes) pairs; one commented block each, so the seed reads like the protocol."""
    text = "".join(f"# {comment}\n{hex_lines(data)}\n" for comment, data in parts)
    (out_dir(target) / f"{name}.hex").write_text(text)


def link_vectors(target, source_dir, pattern):
    """Test vectors already in the target's format are linked, not copied, so they stay one file."""
    d = out_dir(target)
    for old in d.iterdir():
        if old.is_symlink():
            old.unlink()
    for f in sorted((TOP / source_dir).glob(pattern)):
        os.symlink(os.path.relpath(f, d), d / f.name)


# --- ESC/POS (protocols.md "Receipt printers"; the commands devices/printer/escpos_encoder writes,
# plus common ones other software sends, which the parser must skip or honour) ----------------------
ESC, FS, GS, DLE, EOT, LF = 0x1B, 0x1C, 0x1D, 0x10, 0x04, 0x0A
PAYLOAD = b"OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL"  # tests/app/qr_slip_signer_test.cpp


def gb(text):
    return text.encode("gb18030")


def qr(data, module=4, level=0x31):
    stored = len(data) + 3
    return (bytes([GS, 0x28, 0x6B, 4, 0, 0x31, 0x41, 0x32, 0]) +        # model 2
            bytes([GS, 0x28, 0x6B, 3, 0, 0x31, 0x43, module]) +          # module size
            bytes([GS, 0x28, 0x6B, 3, 0, 0x31, 0x45, level]) +           # error level M
            bytes([GS, 0x28, 0x6B, stored & 0xFF, stored >> 8, 0x31, 0x50, 0x30]) + data +  # store
            bytes([GS, 0x28, 0x6B, 3, 0, 0x31, 0x51, 0x30]))             # print


def printer_seeds(t="printer_escpos_fuzz"):
    write_hex(t, "text_slip", [
        ("ESC @ init, FS & Chinese mode (GB18030), ESC a 1 centre, GS ! 0x11 double, ESC E 1 bold",
         bytes([ESC, 0x40, FS, 0x26, ESC, 0x61, 1, GS, 0x21, 0x11, ESC, 0x45, 1])),
        ("受理回执 LF", gb("受理回执") + bytes([LF])),
        ("GS ! 0, ESC E 0, ESC a 0 left", bytes([GS, 0x21, 0, ESC, 0x45, 0, ESC, 0x61, 0])),
        ("编号：320102-01-20261123-0042 LF, 𠀾 (four GB18030 bytes) LF",
         gb("编号：320102-01-20261123-0042") + bytes([LF]) + gb("𠀾") + bytes([LF])),
        ("ESC d 3 feed lines, GS V 66 0 feed and cut", bytes([ESC, 0x64, 3, GS, 0x56, 0x42, 0])),
    ])
    write_hex(t, "qr_code", [
        ("ESC @, ESC a 1, GS ( k: model 2, module 4, level M, store the slip payload, print",
         bytes([ESC, 0x40, ESC, 0x61, 1]) + qr(PAYLOAD)),
        ("LF, GS V 1 partial cut", bytes([LF, GS, 0x56, 1])),
    ])
    rows = bytes([0xF0, 0x0F] * 8)  # 16 dots x 8 rows, stripes
    write_hex(t, "raster", [
        ("ESC @, GS v 0 m=0, 2 bytes per row, 8 rows", bytes([ESC, 0x40, GS, 0x76, 0x30, 0, 2, 0, 8, 0])),
        ("the rows, MSB leftmost", rows),
        ("ESC J 24 feed dots, GS V 0 full cut", bytes([ESC, 0x4A, 24, GS, 0x56, 0])),
    ])
    write_hex(t, "status_requests", [
        ("DLE EOT 1 printer, DLE EOT 2 offline, DLE EOT 4 paper sensor",
         bytes([DLE, EOT, 1, DLE, EOT, 2, DLE, EOT, 4])),
    ])
    write_hex(t, "other_software", [
        ("ESC ! 0x38 print mode, ESC 3 30 line spacing, ESC 2 default spacing, ESC t 0 code page 437",
         bytes([ESC, 0x21, 0x38, ESC, 0x33, 30, ESC, 0x32, ESC, 0x74, 0])),
        ("code page 437 text: '£12.50' LF", bytes([0x9C]) + b"12.50" + bytes([LF])),
        ("ESC p 0 25 250 (cash drawer: unknown here), FS . Chinese mode off",
         bytes([ESC, 0x70, 0, 25, 250, FS, 0x2E])),
        ("GS ( k with a function the parser does not know, then a truncated GS v 0",
         bytes([GS, 0x28, 0x6B, 3, 0, 0x31, 0x52, 0x30, GS, 0x76, 0x30, 0, 2])),
    ])


# --- Scanner: the fuzz target reads [gap ms][length][report bytes] repeated --------------------------
def read_reports(path):
    reports = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            reports.append(bytes.fromhex(line))
    return reports


def framed(reports, gap_ms):
    return [(f"gap {gap_ms} ms, {len(r)} bytes", bytes([gap_ms, len(r)]) + r) for r in reports]


def scanner_seeds():
    t = "scanner_report_fuzz"
    vectors = TOP / "tests/data/scanner"
    # A keyboard-wedge scanner types a key about every 8 ms; HID POS reports follow each other at
    # the 1 ms interrupt interval, and a code is done well within the assembler's cut-off.
    write_hex(t, "keyboard_slip", framed(read_reports(vectors / "keyboard_slip.hex"), 8))
    write_hex(t, "hid_pos_long", framed(read_reports(vectors / "hid_pos_long.hex"), 1))
    write_hex(t, "malformed", framed(read_reports(vectors / "malformed.hex"), 8))
    serial = PAYLOAD + b"\r\n"
    write_hex(t, "serial_slip", [("CDC-ACM scanner: the payload and CR LF in one transfer",
                                  bytes([0, len(serial)]) + serial)])
    write_hex(t, "serial_split_late", [
        ("the payload's first half", bytes([0, 20]) + PAYLOAD[:20]),
        ("its rest 250 ms later (past the cut-off), then CR LF", bytes([250, len(PAYLOAD) - 20 + 2]) + PAYLOAD[20:] + b"\r\n"),
    ])


# --- Slip payloads (src/core/domain/slip_code.h): the text as scanned ------------------------------
def slip_seeds():
    d = out_dir("slip_payload_fuzz")
    mac = "JZNVGRFPYE3ARMOL"
    seeds = {
        "genuine": PAYLOAD.decode(),
        "other_number": "OW1:320113-02-20260105-9999:" + mac,
        "newer_version": "OW2:320102-01-20261123-0042:" + mac,
        "lower_case_mac": "OW1:320102-01-20261123-0042:" + mac.lower(),
        "short_mac": "OW1:320102-01-20261123-0042:" + mac[:15],
        "padded_mac": "OW1:320102-01-20261123-0042:" + mac + "======",
        "impossible_date": "OW1:320102-01-20260230-0042:" + mac,
        "with_newline": PAYLOAD.decode() + "\r\n",
    }
    for name, text in seeds.items():
        (d / f"{name}.txt").write_bytes(text.encode())


# --- The renderer (app/slip/escpos_render): the parser's seeds, plus streams that ask for far more
# paper than a render draws (the limit must refuse them quickly, without allocating the image) -----
def render_seeds():
    t = "escpos_render_fuzz"
    printer_seeds(t)
    write_hex(t, "long_feeds", [("ESC d 255, forty times: 40 x 255 lines", b"\x1bd\xff" * 40)])
    write_hex(t, "line_feeds", [("text, then 2,000 LF", b"A" + b"\n" * 2000)])
    write_hex(t, "tall_raster", [("GS v 0, 1 byte a row, 65535 rows announced, quadruple size, 64 rows given",
                                  b"\x1dv0\x03\x01\x00\xff\xff" + b"\xaa" * 64)])


# --- PNG files (ISO/IEC 15948 chunks, written here with zlib) for the PNG reader ---------------------
def png(width, height, color_type, depth, rows, interlace=0, extra=b"", claim=None):
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    w, h = claim or (width, height)
    ihdr = struct.pack(">IIBBBBB", w, h, depth, color_type, 0, 0, interlace)
    raw = b"".join(b"\x00" + r for r in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + extra + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def png_seeds():
    import struct
    d = out_dir("png_reader_fuzz")
    checker = [bytes((255 if (x + y) % 2 else 0) for x in range(8)) for y in range(8)]
    seeds = {
        "gray8": png(8, 8, 0, 8, checker),
        "gray1": png(8, 8, 0, 1, [b"\x55" if y % 2 else b"\xaa" for y in range(8)]),
        "rgb": png(4, 4, 2, 8, [b"\x10\x20\x30" * 4 for _ in range(4)]),
        "rgba": png(4, 4, 6, 8, [b"\xff\x00\x00\x80" * 4 for _ in range(4)]),
        "gray16": png(4, 4, 0, 16, [b"\x12\x34" * 4 for _ in range(4)]),
        "palette_trns": png(4, 4, 3, 8, [b"\x00\x01\x00\x01" for _ in range(4)],
                            extra=b"".join([
                                struct.pack(">I", 6) + b"PLTE" + b"\x00\x00\x00\xff\xff\xff" +
                                struct.pack(">I", __import__("zlib").crc32(b"PLTE\x00\x00\x00\xff\xff\xff") & 0xFFFFFFFF),
                                struct.pack(">I", 1) + b"tRNS" + b"\x00" +
                                struct.pack(">I", __import__("zlib").crc32(b"tRNS\x00") & 0xFFFFFFFF)])),
        "interlaced": png(8, 8, 0, 8, checker, interlace=1),
        "claims_100000x100000": png(1, 1, 0, 8, [b"\x00"], claim=(100000, 100000)),
    }
    seeds["truncated"] = seeds["gray8"][:45]
    for old in d.glob("*.hex"):
        old.unlink()
    for name, data in seeds.items():  # as hex: *.png is ignored by git
        write_hex("png_reader_fuzz", name, [(f"{name}.png", data)])


# --- Counter drafts (src/core/counter/counter_draft_json.h): the autosaved form as JSON -------------
def draft_seeds():
    import json
    d = out_dir("counter_draft_fuzz")
    person = {"name": "张𠀾", "gender": "女", "nation": "汉", "birth": "1949-12-31",
              "address": "北京市朝阳区建国路88号", "id_number": "11010519491231002X", "from_card": True}
    row = {"person": person, "relation": "配偶", "lives_in_household": True, "disability_cert_no": "",
           "monthly_income": "1200.50"}
    draft = {"format": 1, "staff_no": "A07", "form_key": "0f8fad5b-d9cb-469f-a165-70867728950e",
             "saved_at": "2026-12-02 10:15:00", "step": 2, "applicant": person, "phone": "13800138000",
             "item_code": "dibao", "members": [row, row], "applicant_row": row,
             "declarations": {"wage": "800", "house": "1"}, "received": ["shenfenzheng"], "refuse": False,
             "refusal_reason": ""}
    seeds = {
        "draft": draft,
        "no_members": dict(draft, members=[]),
        "bad_step": dict(draft, step=9),
        "wrong_type": dict(draft, members={"a": 1}),
    }
    for name, doc in seeds.items():
        (d / f"{name}.json").write_bytes(json.dumps(doc, ensure_ascii=False, indent=1).encode())
    (d / "cut.json").write_bytes(json.dumps(draft, ensure_ascii=False).encode()[:200])


if __name__ == "__main__":
    link_vectors("idcard_frame_fuzz", "tests/data/idcard", "*.hex")
    link_vectors("roster_fuzz", "tests/data/roster", "*.csv")
    printer_seeds()
    scanner_seeds()
    slip_seeds()
    render_seeds()
    png_seeds()
    draft_seeds()
