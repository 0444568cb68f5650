#!/usr/bin/env python3
"""Reads an .xlsx back with openpyxl (Debian python3-openpyxl), an independent reader, and prints
what the tests check as one JSON document on stdout:
  {"sheets": [{"name", "freeze", "filter", "widths": [..],
               "rows": [[[type, value, number_format, bold] | null, ...], ...]}],
   "created": ISO time, "title": str, "zip_dates": [distinct zip entry dates]}
type is openpyxl's data_type: "s" text, "n" number. A missing openpyxl fails (exit 3), never skips."""
import json
import sys
import zipfile

try:
    import openpyxl
except ImportError as e:  # the tests fail with this line rather than pass without reading
    print("xlsx_dump: python3-openpyxl is not installed (scripts/install-deps.sh installs it): %s" % e,
          file=sys.stderr)
    sys.exit(3)


def main(path):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": [], "created": wb.properties.created.isoformat() if wb.properties.created else None,
           "title": wb.properties.title}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = []
            for c in row:
                if c.value is None:
                    cells.append(None)
                else:
                    cells.append([c.data_type, c.value, c.number_format, bool(c.font and c.font.b)])
            while cells and cells[-1] is None:
                cells.pop()
            rows.append(cells)
        widths = []
        for letter, dim in sorted(ws.column_dimensions.items()):
            widths.append([letter, dim.width])
        out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                              "widths": widths, "rows": rows})
    with zipfile.ZipFile(path) as z:
        out["zip_dates"] = sorted({"%04d-%02d-%02d %02d:%02d:%02d" % i.date_time for i in z.infolist()})
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
