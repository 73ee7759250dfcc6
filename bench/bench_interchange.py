"""Maps in and out of spreadsheets, beside bare `csv` and bare openpyxl on the same files.

For maps of 1,000 and 5,000 cards (those of `bench_document.py`) this times:

- export CSV: `write_csv_file` (the long table, formula-safe, written beside and renamed
  in) beside `csv.writer` writing the same rows to a file;
- export XLSX: `write_xlsx_file` (the long table and the grid, styled) beside openpyxl's
  write-only workbook holding the same long table alone, unstyled;
- import CSV: `read_foreign_map` (decode, sniff, read, check every value, build the map)
  beside `csv.reader` reading the same file into lists;
- import XLSX: `read_foreign_map` beside openpyxl opening the same workbook read-only and
  taking every value of its first sheet.

Each figure is the median of `--repeat` runs; the ratio is Journeyboard / bare. The
budgets are issue 18's: importing a 5,000-card XLSX ≤ 2 s, a 5,000-row CSV ≤ 1 s, either
export ≤ 1 s. Run from the repository root:

    .venv/bin/python bench/bench_interchange.py [--sizes 1000,5000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).parent))
from bench_document import build_map

from app.model.interchange.foreign_files import read_foreign_map
from app.model.interchange.spreadsheet_export import (
    long_table,
    write_csv_file,
    write_xlsx_file,
)

BUDGETS_5000 = {"export CSV": 1.0, "export XLSX": 1.0, "import CSV": 1.0, "import XLSX": 2.0}


def median_time(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_csv_write(rows: list[list[object]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)


def bare_xlsx_write(rows: list[list[object]], path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Journey")
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def bare_csv_read(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return len(list(csv.reader(file)))


def bare_xlsx_read(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = len(list(workbook.worksheets[0].iter_rows(values_only=True)))
    workbook.close()
    return rows


Work = dict[str, tuple[Callable[[], object], Callable[[], object]]]


def timed_work(size: int, folder: Path) -> Work:
    """Each kind of work on a map of `size` cards: Journeyboard's, and the bare one."""
    content = build_map(size, random.Random(size))
    rows = long_table(content)
    ours = {suffix: folder / f"ours-{size}.{suffix}" for suffix in ("csv", "xlsx")}
    bare = {suffix: folder / f"bare-{size}.{suffix}" for suffix in ("csv", "xlsx")}
    return {
        "export CSV": (
            lambda: write_csv_file(content, ours["csv"]),
            lambda: bare_csv_write(rows, bare["csv"]),
        ),
        "export XLSX": (
            lambda: write_xlsx_file(content, ours["xlsx"]),
            lambda: bare_xlsx_write(rows, bare["xlsx"]),
        ),
        "import CSV": (lambda: read_foreign_map(ours["csv"]), lambda: bare_csv_read(ours["csv"])),
        "import XLSX": (
            lambda: read_foreign_map(ours["xlsx"]),
            lambda: bare_xlsx_read(ours["xlsx"]),
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    print(f"{'work':<12} {'cards':>6} {'Journeyboard':>13} {'bare':>9} {'ratio':>6}  budget")
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(size) for size in arguments.sizes.split(",")):
            work = timed_work(size, Path(folder))
            for name, (journeyboard, plain) in work.items():
                mine = median_time(journeyboard, arguments.repeat)
                theirs = median_time(plain, arguments.repeat)
                budget = BUDGETS_5000[name] if size == 5000 else None
                verdict = (
                    ""
                    if budget is None
                    else f"≤ {budget:g} s " + ("ok" if mine <= budget else "OVER")
                )
                print(
                    f"{name:<12} {size:>6,} {mine:>12.3f}s {theirs:>8.3f}s "
                    f"{mine / theirs:>6.2f}  {verdict}"
                )


if __name__ == "__main__":
    main()
