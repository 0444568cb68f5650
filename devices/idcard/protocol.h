#pragma once
// The ID-card reader's codec, all of it pure (no I/O): the fuzz targets, `onewindow idcard decode`
// and the simulator build it alone. The driver (driver.h) speaks it over a Transport.
//
//   protocol_sam_frame.h    SAM frames (GA 450 style): commands, replies, checksum, the stream parser
//   protocol_read_reply.h   the "read text + photo" reply: length words, blocks, the decoded record
//   protocol_text_block.h   the 256-byte UCS-2 text block of each card type
//   protocol_card_tables.h  gender and nation codes printed on the card
#include "devices/idcard/protocol_card_tables.h"
#include "devices/idcard/protocol_read_reply.h"
#include "devices/idcard/protocol_sam_frame.h"
#include "devices/idcard/protocol_text_block.h"
