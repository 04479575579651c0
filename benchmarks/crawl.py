"""What `zhaoshang crawl` costs on the loopback test servers: `python benchmarks/crawl.py [COPIES]`.

Makes the test crawl of `tests/crawlsite.py` (COPIES on-topic pages per shipped capture, a quarter
as many off-topic pages), serves it on 127.0.0.1 from this process, and measures in one run:
- `crawl find` through the CDX API (no pause between requests) and through the columnar index;
- `crawl fetch` (the command, in its own process, as a person runs it) with --concurrency 16 and 1:
  on loopback as it is (the client's own ceiling), with 50 ms added to every answer (a server far
  away, where concurrency pays), and 16 again with the tests' faults: records/s, requests, bytes,
  and the 16-against-1 ratio at 50 ms;
- `build` of the fetched archives: articles and inputs a second.
The absolute figures depend on the machine and on what else runs on it; the ratios less so.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from crawlsite import CRAWL, Faults, make_site, serving  # noqa: E402

ZHAOSHANG = [sys.executable, "-m", "builder.cli"]
FAULTS = Faults(
    burst_every=211, reset_every=97, cut_every=151, short_every=173, corrupt_every=229, whole_every=307, stall_at=(300,)
)


def _run(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([*ZHAOSHANG, *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _fetch(picks: Path, out: Path, data_url: str, concurrency: int) -> dict:
    _run("crawl", "fetch", str(picks), "--out", str(out), "--data-url", data_url, "--no-progress",
         "--concurrency", str(concurrency), "--timeout", "1", "--backoff", "0.05")  # fmt: skip
    return json.loads((out / "fetch_report.json").read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("copies", nargs="?", type=int, default=25, help="on-topic pages per shipped capture")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        site = make_site(work / "site", copies=args.copies, off_topic=args.copies * 20, files=8)
        print(f"test crawl: {len(site.index)} index lines, {len(site.wanted())} to pick, in 8 WARC files")
        with serving(site, page_lines=3000) as served:
            seconds = _run("crawl", "find", "--crawl", CRAWL, "--cdx-api", served.cdx_api, "--cdx-interval", "0",
                           "--out", str(work / "picks.parquet"))  # fmt: skip
            print(f"find, CDX API: {seconds:.2f}s, {sum(served.pages_read.values())} index pages")
            seconds = _run("crawl", "find", "--crawl", CRAWL, "--columnar", str(site.columnar),
                           "--out", str(work / "columnar.parquet"))  # fmt: skip
            print(f"find, columnar index: {seconds:.2f}s")
            reports = {"16": _fetch(work / "picks.parquet", work / "warc16", served.data_url, 16)}
        for concurrency in (16, 1):
            with serving(site, Faults(latency=0.05)) as served:
                name = f"{concurrency}, 50 ms"
                reports[name] = _fetch(work / "picks.parquet", work / f"far{concurrency}", served.data_url, concurrency)
        with serving(site, FAULTS) as served:
            reports["16, faults"] = _fetch(work / "picks.parquet", work / "faults", served.data_url, 16)
        for name, report in reports.items():
            print(
                f"fetch --concurrency {name}: {report['records_per_second']} records/s, {report['records_fetched']} "
                f"records, {report['requests']} requests, {report['bytes_received']} bytes received, "
                f"retries {report['retries_by_reason'] or 'none'}"
            )
        gain = reports["16, 50 ms"]["records_per_second"] / reports["1, 50 ms"]["records_per_second"]
        print(f"16 against 1 at 50 ms: {gain:.1f}x")
        seconds = _run("build", str(work / "warc16"), "--out", str(work / "dist"), "--workers", "2", "--no-cache")
        counts = json.loads((work / "dist" / "build_report.json").read_text(encoding="utf-8"))["counts"]
        print(
            f"build of the fetched archives, 2 workers: {seconds:.1f}s, {counts['inputs']} inputs "
            f"({counts['inputs'] / seconds:.0f}/s), {counts['articles']} articles, "
            f"{counts['quarantined_by_reason']} quarantined, {counts.get('duplicates', 0)} near-duplicates"
        )


if __name__ == "__main__":
    main()
