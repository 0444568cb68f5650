// The table of subcommands. Each command lives in its own file under src/app/commands/; add one
// declaration and one row here.
#include <array>
#include <cstdio>

#include "app/commands/command.h"
#include "base/printable.h"

namespace app {

int run_gui(Args args);
int run_screenshot(Args args);
int run_version(Args args);
int run_idcard_decode(Args args);
int run_say(Args args);
int run_idcard_check(Args args);
int run_devices(Args args);
int run_scanner_decode(Args args);
int run_qr_encode(Args args);
int run_qr_decode(Args args);
int run_qr_sign(Args args);
int run_qr_verify(Args args);
int run_roster_import(Args args);
int run_roster_export(Args args);
int run_rating_export(Args args);
int run_status(Args args);
int run_demo_data(Args args);
int run_escpos_render(Args args);
int run_slip_render(Args args);
int run_scenario(Args args);
int run_ledger_export(Args args);
int run_staff_add(Args args);
int run_staff_disable(Args args);
int run_staff_list(Args args);
int run_staff_pin(Args args);
int run_intake_soak(Args args);
int run_sync(Args args);
int run_db_migrate(Args args);
int run_db_roles(Args args);
int run_db_backup(Args args);
int run_audit_verify(Args args);
int run_audit_show(Args args);
int run_db_restore(Args args);
int run_calendar_due(Args args);
int run_calendar_years(Args args);
int run_hall_key_export(Args args);
int run_hall_key_import(Args args);
int run_queue_list(Args args);
int run_queue_claim(Args args);
int run_queue_release(Args args);
int run_queue_decide(Args args);
int run_review_due(Args args);
int run_review_record(Args args);
int run_discover(Args args);
int run_discover_mark(Args args);
int run_notice_supplement(Args args);
int run_notice_rejection(Args args);
int run_notice_publicity(Args args);
int run_stats(Args args);

namespace {
constexpr std::array kCommands = {
    Command{"run", "[--mode kiosk|counter|backoffice] [--demo] [--windowed] [--config FILE]",
            "open the terminal (the default when no subcommand is given)", run_gui},
    Command{"screenshot", "--screen NAME --out FILE.png [--mode M] [--demo] [--large] [--size WxH] [--config FILE]",
            "render a screen with real frames, write it as PNG, exit", run_screenshot},
    Command{"version", "", "print the version", run_version},
    Command{"idcard decode", "[FILE|-]", "decode one ID-card reader response frame (hex) to JSON", run_idcard_decode},
    Command{"idcard check", "ID_NUMBER", "check an ID number (GB 11643): exit 0 valid, 1 with the reason", run_idcard_check},
    Command{"devices", "", "list USB devices and the driver matched to each", run_devices},
    Command{"say", "TEXT --out FILE.wav [--voice cmn|en|…] [--volume 0-100]",
            "what the kiosk's voice says (espeak-ng), written as a mono 16-bit WAV file", run_say},
    Command{"scanner decode", "[FILE|-]", "hex HID reports (one per line) to the scanned codes", run_scanner_decode},
    Command{"qr encode", "TEXT --out FILE.png [--scale N] [--ecc L|M|Q|H]", "write TEXT (UTF-8) as a QR code PNG",
            run_qr_encode},
    Command{"qr decode", "FILE.png", "print every QR code in a picture; exit 1 if none", run_qr_decode},
    Command{"qr sign", "ACCEPTANCE_NO [--key FILE]", "print the signed slip payload for an acceptance number",
            run_qr_sign},
    Command{"qr verify", "PAYLOAD [--key FILE]", "exit 0 and print the acceptance number if genuine, 1 and why not",
            run_qr_verify},
    Command{"hall key export", "--out FILE [--key FILE]",
            "write this terminal's hall key to FILE (mode 0600) to carry to the hall's other terminals",
            run_hall_key_export},
    Command{"hall key import", "FILE [--replace] [--key FILE]",
            "make FILE (from `hall key export`, mode 0600) this terminal's hall key; --replace to change one",
            run_hall_key_import},
    Command{"roster import", "FILE.csv [--db FILE|URI] [--config FILE] [--report PROBLEMS.csv]",
            "import a benefit roll or payment roster (UTF-8, GB18030 or UTF-16; comma or tab), all or nothing",
            run_roster_import},
    Command{"roster export",
            "--month YYYY-MM --format xlsx|csv [--encoding utf8|gb18030] --out FILE [--db FILE|URI] [--config FILE] [--key FILE]",
            "the month's payment roster for the bank (发放花名册): one line per active benefit, totals, no-account list",
            run_roster_export},
    Command{"rating export", "--month YYYY-MM --format csv|xlsx --out FILE [--db FILE|URI] [--config FILE]",
            "the month's 好差评: counts per channel, item and level, and every rating (nothing personal)",
            run_rating_export},
    Command{"status", "ID_NUMBER [--json] [--db FILE|URI] [--config FILE] [--key FILE] [--today YYYY-MM-DD]",
            "what the kiosk shows for a person: exit 1 unknown, 2 malformed ID number", run_status},
    Command{"demo-data", "--db FILE|URI --residents N --months M [--seed S] [--today YYYY-MM-DD]",
            "fill a new store file with deterministic synthetic county data", run_demo_data},
    Command{"escpos render", "IN.bin --out OUT.png [--width 384|576]",
            "render an ESC/POS stream as the virtual printer prints it (unknown commands listed)", run_escpos_render},
    Command{"slip render",
            "--acceptance-no N [--out FILE.png] [--escpos FILE.bin] [--print [--demo]] [--mode text|raster] [--printer NAME] [--db FILE|URI] [--config FILE]",
            "the acceptance slip of a stored application as printer bytes and/or printed image", run_slip_render},
    Command{"scenario", "FILE.scn [--screenshot-dir DIR] [--verbose]",
            "drive the terminal from a script on $DISPLAY (simulated devices); exit 1 at a failed check",
            run_scenario},
    Command{"ledger export",
            "--date YYYY-MM-DD [--terminal N] [--db FILE|URI] [--config FILE] [--out FILE] [--encoding utf8|gb18030] [--full]",
            "the day ledger (受理台账) as CSV, names and ID numbers masked unless --full", run_ledger_export},
    Command{"staff add", "STAFF_NO --name NAME [--role counter|reviewer|approver|admin] [--db FILE|URI] [--config FILE]",
            "add a staff member; the PIN (4-8 digits) from standard input, or typed twice", run_staff_add},
    Command{"staff disable", "STAFF_NO [--db FILE|URI] [--config FILE]", "refuse a staff member's sign-ins from now on", run_staff_disable},
    Command{"staff list", "[--db FILE|URI] [--config FILE]", "staff number, name, role, active, PIN set, locked until", run_staff_list},
    Command{"staff pin", "STAFF_NO [--db FILE|URI] [--config FILE]", "set a new PIN (standard input, or typed twice); clears a lockout",
            run_staff_pin},
    Command{"calendar due", "--from YYYY-MM-DD --working-days N [--holidays FILE]",
            "the promised date N working days after a day, then ' provisional' if a year lacks its notice",
            run_calendar_due},
    Command{"calendar years", "[--today YYYY-MM-DD] [--through YYYY] [--holidays FILE]",
            "this year and the next (or through YYYY): 'loaded' or 'missing' for each year's holiday notice",
            run_calendar_years},
    Command{"intake-soak",
            "--db FILE --count N [--seed S] [--retry UUID] [--today YYYY-MM-DD] [--key FILE] "
            "[--hall postgresql://… --terminal NN]",
            "TEST TOOL (kill test, hall outage test): press 受理 N times with varied applications, one line per step",
            run_intake_soak},
    Command{"sync", "--db FILE --hall postgresql://…",
            "push a counter's outbox (applications not yet in the hall store) once; exit 2 if any are left",
            run_sync},
    Command{"db migrate", "[--db FILE|URI] [--config FILE]",
            "create or migrate a store (a SQLite file or the hall's PostgreSQL store) to this build's schema",
            run_db_migrate},
    Command{"queue list", "[--db FILE] [--at \"YYYY-MM-DD HH:MM:SS\"]",
            "the back office's open applications, oldest first, with who holds each and until when", run_queue_list},
    Command{"queue claim", "[NO] --staff STAFF_NO [--lease 30m|90s] [--repeat N] [--db FILE] [--at T]",
            "claim the oldest case this staff member may claim (or NO) and print its acceptance number; exit 1 "
            "when nothing is left, 2 for an unknown staff number or a role that may not review",
            run_queue_claim},
    Command{"queue release", "NO --staff STAFF_NO [--db FILE] [--at T]",
            "give a claim back (an admin may take back anyone's)", run_queue_release},
    Command{"queue decide",
            "NO --staff STAFF_NO step CODE key=value… | supplement MATERIAL… | supplied | publicize [--proposed YUAN] | "
            "objection --note WHY | approve --amount YUAN --start YYYY-MM [--benefit TYPE] | reject --note WHY "
            "[--note TEXT] [--db FILE] [--at T]  |  --bulk approve --staff STAFF_NO --start YYYY-MM [--amount YUAN] "
            "(--notice-ended-before DATE | NO NO …)  |  --bulk publicize --staff STAFF_NO [--proposed YUAN] "
            "(--ready | NO[=YUAN] …)",
            "record a decision on a claimed case; exit 1 with the reason when a rule refuses it. --bulk approve: each "
            "case of a batch in its own transaction (its notice's proposed amount unless --amount), one line per case. "
            "--bulk publicize: each case put on notice from today likewise (its last day from the working-day "
            "calendar printed after it); --ready takes every case the staff member could publicize now",
            run_queue_decide},
    Command{"review due", "[--within 60d] [--today YYYY-MM-DD] [--village ADDRESS_PREFIX] [--item ITEM] [--db FILE]",
            "年审 due: benefits still paid or suspended whose next review falls within the days given (overdue "
            "ones too), as JSON; an empty list when nothing is due",
            run_review_due},
    Command{"review record",
            "ID_NUMBER BENEFIT_TYPE --staff STAFF_NO --outcome continue|adjust|suspend|end --reason TEXT "
            "--effective YYYY-MM [--amount YUAN] [--on YYYY-MM-DD] [--at \"YYYY-MM-DD HH:MM:SS\"] [step.key=value…] "
            "[--db FILE]",
            "record a 年审: the benefit's status, amount and next review change with it; exit 1 with the problems "
            "(nothing written)",
            run_review_record},
    Command{"discover", "[--today YYYY-MM-DD] [--db FILE]",
            "主动发现: the rules of catalog/eligibility.toml run over the store (turning 80/90/100 this month without "
            "高龄津贴, 残疾人证 without the subsidies, 低保 ended lately, payments failed months running), each entry "
            "with why and its mark, as JSON; an empty list when nothing is found",
            run_discover},
    Command{"discover mark",
            "RULE ID_NUMBER --mark contacted|not_eligible|applied --staff STAFF_NO [--period P] [--note TEXT] "
            "[--at \"YYYY-MM-DD HH:MM:SS\"] [--db FILE]",
            "staff's mark on a 主动发现 entry (its rule, person and period key as discover prints them); replaces "
            "the last mark",
            run_discover_mark},
    Command{"notice supplement", "NO (--print [--demo] | --escpos FILE.bin | --out FILE.png) [--date D] [--db FILE] [--key FILE] [--config FILE]",
            "the 补正通知 of an application waiting for materials, on the receipt printer or as its bytes / image; "
            "exit 1 when it has none or the printer did not finish (run it again to reprint)",
            run_notice_supplement},
    Command{"notice rejection", "NO (--print [--demo] | --escpos FILE.bin | --out FILE.png) [--date D] [--db FILE] [--config FILE]",
            "the 不予批准告知书 of a rejected application, with its reason and how to appeal", run_notice_rejection},
    Command{"notice publicity",
            "[--from YYYY-MM-DD] (--pdf FILE.pdf | --print [--demo] | --escpos FILE.bin | --out FILE.png) [--date D] "
            "[--db FILE] [--config FILE]",
            "the 公示名单 of the cases on public notice (masked), as an A4 PDF and/or on the receipt printer",
            run_notice_publicity},
    Command{"db backup", "--out FILE [--db FILE|URI] [--config FILE]",
            "copy a SQLite store and its audit log while terminals keep working (PostgreSQL: prints the pg_dump command)",
            run_db_backup},
    Command{"db restore", "--from FILE [--db FILE] [--config FILE] [--force]",
            "put a backup made by db backup back (--force to replace a store that holds data)", run_db_restore},
    Command{"audit verify", "[--db FILE] [--config FILE] [--key FILE]",
            "check the audit log's keyed hash chain; exit 1 names the first row changed, deleted or inserted",
            run_audit_verify},
    Command{"audit show", "--person ID_NUMBER [--db FILE|URI] [--config FILE] [--key FILE]",
            "who looked at a resident's data, when and why (oldest first)", run_audit_show},
    Command{"stats", "(--json | --xlsx FILE) [--month YYYY-MM | --months N] [--today YYYY-MM-DD] [--db FILE|URI]",
            "the statistics screen's figures as JSON or XLSX: applications per item and month (received, decided, "
            "working days to decision, overdue), payments per month, benefits in payment by type and village",
            run_stats},
    Command{"db roles", "--db postgresql://…",
            "create the hall store's kiosk, counter and back-office roles with least privilege", run_db_roles},
};
}  // namespace

std::span<const Command> all_commands() { return kCommands; }

int usage_error(std::string_view message) {
  // One line, whatever the message echoes: control characters escaped, NUL kept, at most ~300 characters.
  const std::string line = base::one_line(message);
  std::fprintf(stderr, "onewindow: %s\n", line.c_str());
  return kExitBadInput;
}

}  // namespace app
