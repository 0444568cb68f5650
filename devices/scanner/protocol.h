#pragma once
// The scanner's codecs, all of them pure (no I/O, no clock: report times come in as Timestamps):
// the fuzz target, `onewindow scanner decode` and the simulator's scan scripts build them alone.
// The driver (driver.h) feeds them what it reads from a Transport.
//
//   protocol_types.h           what every codec produces: a scanned code or a cut-off one
//   protocol_keyboard.h        keyboard-wedge scanners: HID boot keyboard reports
//   protocol_hid_pos.h         HID POS scanners (usage page 0x8C): report 2
//   protocol_serial.h          CDC-ACM scanners: raw bytes ended by CR/LF
//   protocol_report_decoder.h  either HID kind, told apart by report size
//   protocol_code_assembler.h  characters into one code, with the key-gap rule
//   protocol_aim.h             AIM symbology identifiers ("]Q1")
#include "devices/scanner/protocol_aim.h"
#include "devices/scanner/protocol_code_assembler.h"
#include "devices/scanner/protocol_hid_pos.h"
#include "devices/scanner/protocol_keyboard.h"
#include "devices/scanner/protocol_report_decoder.h"
#include "devices/scanner/protocol_serial.h"
#include "devices/scanner/protocol_types.h"
