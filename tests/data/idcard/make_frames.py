#!/usr/bin/env python3
"""Writes the sample read-reply frames (hex) used by the CLI tests, independently of our C++ codec,
straight from the layout in shared/design/protocols.md. Run from this directory."""

def field(text, nbytes):
    b = text.encode("utf-16-le")
    assert len(b) <= nbytes, (text, nbytes)
    return b + " ".encode("utf-16-le") * ((nbytes - len(b)) // 2)

def block(fields, type_byte=None):
    b = bytearray(" ".encode("utf-16-le") * 128)
    for off, n, text in fields:
        b[off:off + n] = field(text, n)
    if type_byte:
        b[248] = ord(type_byte)
    return bytes(b)

def frame(sw3, data):
    body = bytes([0, 0, sw3]) + data
    n = len(body) + 1
    after = bytes([n >> 8, n & 0xFF]) + body
    chk = 0
    for x in after:
        chk ^= x
    return bytes([0xAA, 0xAA, 0xAA, 0x96, 0x69]) + after + bytes([chk])

def photo(seed):
    return bytes((seed * 37 + i * 11) & 0xFF for i in range(1024))

def reply(text, seed):
    return frame(0x90, bytes([0x01, 0x00, 0x04, 0x00]) + text + photo(seed))

def write(name, data):
    h = data.hex().upper()
    with open(name, "w") as f:
        for i in range(0, len(h), 64):
            f.write(" ".join(h[j:j + 2] for j in range(i, min(i + 64, len(h)), 2)) + "\n")

resident = block([(0, 30, "张\U0002003E"), (30, 2, "2"), (32, 4, "01"), (36, 16, "19491231"),
                  (52, 70, "北京市朝阳区建国路88号"), (122, 36, "11010519491231002X"),
                  (158, 30, "北京市公安局朝阳分局"), (188, 16, "20150601"), (204, 16, "长期")])
permit = block([(0, 30, "陈嘉欣"), (30, 2, "2"), (36, 16, "19940823"), (52, 70, "广东省深圳市福田区福华一路1号"),
                (122, 36, "810000199408230021"), (158, 30, "深圳市公安局福田分局"), (188, 16, "20190101"),
                (204, 16, "20240101"), (220, 18, "H60123456"), (238, 4, "01")], "J")
foreign17 = block([(0, 120, "SMITH, JOHN"), (120, 2, "1"), (122, 30, "USA110085071021"), (152, 6, "USA"),
                   (158, 30, "史密斯"), (188, 16, "20170701"), (204, 16, "20270701"), (220, 16, "19850710"),
                   (236, 4, "10"), (240, 8, "1500")], "I")
foreign23 = block([(0, 30, "汉斯"), (30, 2, "1"), (32, 4, "00"), (36, 16, "19850712"),
                   (52, 70, "MUELLER-LUEDENSCHEIDT, HANS PETER A"), (122, 36, "932682198507120014"),
                   (188, 16, "20231201"), (204, 16, "20331201"), (220, 22, "LEXANDER"), (242, 6, "DEU")], "Y")
bad_number = block([(0, 30, "王五"), (30, 2, "1"), (32, 4, "01"), (122, 36, "110105194912310021")])

write("resident.hex", reply(resident, 1))
write("hk_macau_taiwan.hex", reply(permit, 2))
write("foreign_2017.hex", reply(foreign17, 3))
write("foreign_2023.hex", reply(foreign23, 4))
write("resident_bad_number.hex", reply(bad_number, 5))
bad = bytearray(reply(resident, 1)); bad[-1] ^= 0x5A
write("bad_checksum.hex", bytes(bad))
write("truncated.hex", reply(resident, 1)[:-100])
write("status_41.hex", frame(0x41, b""))
write("garbage_before.hex", b"\x01\x02" + reply(resident, 1))
