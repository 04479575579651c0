"""`zhaoshang crawl find` and `zhaoshang crawl fetch`: the options, and the lines a person reads."""

from __future__ import annotations

import argparse
import importlib.util
import math
import sys
from collections.abc import Callable
from pathlib import Path

from builder.crawl import COMMON_CRAWL_DATA, COMMON_CRAWL_INDEX, DEFAULT_HOSTS, DEFAULT_MAX_FILE_BYTES, CrawlError
from builder.run import ray_cluster


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (value >= 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return value


def _whole(text: str) -> int:
    value = _number(text)
    if value != int(value):
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    return int(value)


def _above_zero(text: str) -> float:
    value = _number(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be above 0")
    return value


def add_commands(commands: argparse._SubParsersAction, parser_class: type, positive: Callable[[str], int]) -> None:
    """The `crawl` command and its two subcommands, parsed by `parser_class`; `positive` reads whole numbers."""
    crawl = commands.add_parser("crawl", help="find and fetch pages of a web crawl (Common Crawl or a CDX server)")
    steps = crawl.add_subparsers(dest="step", required=True, parser_class=parser_class)
    find = steps.add_parser("find", help="choose records from a crawl's URL index into a picks file")
    find.add_argument(
        "--crawl",
        action="append",
        default=[],
        metavar="ID",
        help="crawl ID, e.g. CC-MAIN-2024-10 (repeatable, or comma-separated)",
    )
    find.add_argument(
        "--cdx-api",
        default=COMMON_CRAWL_INDEX,
        metavar="URL",
        help=f"CDX server; each crawl's index is URL/ID-index (default {COMMON_CRAWL_INDEX})",
    )
    find.add_argument(
        "--columnar",
        action="append",
        default=[],
        metavar="PATH",
        help="read the columnar index (Parquet files, folder or glob) with DuckDB instead of the CDX API",
    )
    find.add_argument(
        "--url",
        action="append",
        default=[],
        metavar="PATTERN",
        help="URL pattern (*.example.cn, example.cn/path*), repeatable; replaces the hosts file's",
    )
    find.add_argument(
        "--hosts", type=Path, metavar="FILE", help=f"host patterns and URL hints (default {DEFAULT_HOSTS.name})"
    )
    find.add_argument("--out", type=Path, metavar="PICKS", help="picks file to write (Parquet)")
    find.add_argument("--estimate", action="store_true", help="print how many records and bytes a fetch would take")
    find.add_argument(
        "--cdx-interval",
        type=_number,
        default=1.0,
        metavar="SECONDS",
        help="pause between two requests to the CDX server (default 1; Common Crawl's index gets 1)",
    )
    find.set_defaults(run=_find)
    fetch = steps.add_parser("fetch", help="fetch the picked records into .warc.gz files (resumable)")
    fetch.add_argument("picks", type=Path, help="picks file written by zhaoshang crawl find")
    fetch.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="folder of .warc.gz files and the journal"
    )
    fetch.add_argument(
        "--data-url",
        default=COMMON_CRAWL_DATA,
        metavar="URL",
        help=f"server of the crawl's WARC files (default {COMMON_CRAWL_DATA})",
    )
    fetch.add_argument("--concurrency", type=positive, default=16, metavar="N", help="requests in flight (default 16)")
    fetch.add_argument(
        "--rate", type=_number, default=0.0, metavar="R", help="at most R requests a second (default: no limit)"
    )
    fetch.add_argument("--retries", type=_whole, default=8, metavar="N", help="retries of one record (default 8)")
    fetch.add_argument(
        "--timeout", type=_above_zero, default=60.0, metavar="SECONDS", help="one request's limit (default 60)"
    )
    fetch.add_argument(
        "--backoff",
        type=_number,
        default=1.0,
        metavar="SECONDS",
        help="first pause after a failure, doubled each retry, with jitter (default 1)",
    )
    fetch.add_argument(
        "--max-file-bytes",
        type=positive,
        default=DEFAULT_MAX_FILE_BYTES,
        metavar="N",
        help=f"start a new .warc.gz past N bytes (default {DEFAULT_MAX_FILE_BYTES})",
    )
    fetch.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local: threads here (default); ray: Ray tasks download, this process writes",
    )
    fetch.add_argument("--no-progress", action="store_true", help="no progress bar")
    fetch.set_defaults(run=_fetch)


INSTALL_HINT = "zhaoshang crawl needs the crawl extra: pip install 'zhaoshang-corpus[crawl]' (or '.[crawl]' in a clone)"


def _missing(*modules: str) -> bool:
    return any(importlib.util.find_spec(name) is None for name in modules)


def _find(args: argparse.Namespace) -> int:
    from builder.crawl.find import from_cdx, from_columnar
    from builder.crawl.hosts import load_places
    from builder.crawl.picks import unique, write_picks

    if _missing("duckdb" if args.columnar else "cdx_toolkit"):
        return _usage(INSTALL_HINT)
    if not args.crawl and not args.columnar:
        return _usage("name the crawl with --crawl ID (e.g. CC-MAIN-2024-10)")
    if not args.out and not args.estimate:
        return _usage("say where the picks go with --out PICKS (or ask for --estimate)")
    args.crawl = [c.strip() for given in args.crawl for c in given.split(",") if c.strip()]
    try:
        places = load_places(args.hosts, args.url)
        if args.columnar:
            found = from_columnar(args.columnar, args.crawl, places)
        else:
            found = from_cdx(args.cdx_api, args.crawl, places, args.cdx_interval)
        picks = unique(found)
        if args.out:
            write_picks(picks, args.out)
    except CrawlError as error:
        return _usage(str(error))
    size = sum(p.warc_record_length for p in picks)
    files = len({p.warc_filename for p in picks})
    line = f"{len(picks)} records, {size} bytes ({size / 1e6:.1f} MB) to fetch from {files} WARC files"
    print(f"picked {line}" + (f" into {args.out}" if args.out else ""))
    return 0


def _fetch(args: argparse.Namespace) -> int:
    from builder.crawl.download import Policy
    from builder.crawl.fetch import FAILURES_NAME, run_fetch

    if _missing("urllib3"):
        return _usage(INSTALL_HINT)
    policy = Policy(args.data_url, args.retries, args.timeout, args.backoff, max(args.backoff, 60.0), args.rate)
    engine = None
    if args.engine == "ray":
        from builder.crawl import ray_fetch

        why = ray_cluster.why_unusable()
        if why:
            return _usage(why)
        engine = ray_fetch.on_ray
    try:
        options = {"engine": engine} if engine else {}
        tally = run_fetch(args.picks, args.out, policy, args.concurrency, args.max_file_bytes,
                          progress=False if args.no_progress else None, **options)  # fmt: skip
    except (CrawlError, ray_cluster.ClusterUnavailable) as error:
        return _usage(str(error))
    retried = ", ".join(f"{why} {n}" for why, n in sorted(tally.retried.items())) or "none"
    print(
        f"fetched {tally.fetched} records ({tally.fetched_bytes} bytes) into {args.out} "
        f"with {tally.requests} requests; retries: {retried}"
    )
    failed = sum(tally.failed.values())
    if failed:
        reasons = ", ".join(f"{why} {n}" for why, n in sorted(tally.failed.items()))
        print(f"zhaoshang: {failed} records failed ({reasons}); see {args.out / FAILURES_NAME}, "
              "and run the same command again to retry them", file=sys.stderr)  # fmt: skip
        return 1
    return 0


def _usage(message: str) -> int:
    print(f"zhaoshang: {message}", file=sys.stderr)
    return 2
