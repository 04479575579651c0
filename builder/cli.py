"""The `zhaoshang` command: build, parse, validate, sqlite, explore, schema, crawl.

Arrow, Parquet and the writer are imported inside the commands that need them (see `_build`).
"""

from __future__ import annotations

import argparse
import atexit
import itertools
import json
import multiprocessing
import os
import shutil
import socket
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from builder import __version__
from builder.crawl.command import add_commands as add_crawl_commands
from builder.publish.output import DATABASE, MARKER, cache_folder, is_previous_build, new_staging_folder
from builder.read.capture import DEFAULT_MAX_BYTES, InputFile, Inputs, archive_inputs, printable_name
from builder.read.warc import is_warc
from builder.record.models import SCHEMA_VERSION
from builder.run import ray_cluster
from builder.run.cache import CacheWriter, OutcomeCache
from builder.run.engine import (
    ENTRIES,
    Handled,
    Settings,
    Shard,
    ShardResult,
    Target,
    drop_in_shards,
    hide_pandas,
    one_blas_thread,
    remembered,
    run_locally,
    shards_of,
    system_allocator_for_arrow,
)
from builder.run.limits import DEFAULT_MAX_SECONDS

if TYPE_CHECKING:
    from builder.publish.writer import DatasetWriter


class UsageError(Exception):
    """A problem with what the person asked for; the message says what to do."""


def _build(args: argparse.Namespace) -> int:
    inputs = [Path(p) for p in args.inputs]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise UsageError(f"input not found: {', '.join(missing)} (give files or folders of captures)")
    found = Inputs(inputs)
    captures = iter(found)
    first = next(captures, None)
    if first is None:  # a dataset of no rows, which `datasets` cannot load
        raise UsageError(f"no captures in {', '.join(args.inputs)}: give files or folders that hold captures")
    out = Path(args.out).resolve()
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {args.out} is a file; give a folder to write the build into")
    if any(out == p.resolve() or p.resolve() in out.parents or out in p.resolve().parents for p in inputs):
        raise UsageError(f"--out {args.out} overlaps an input; write the build elsewhere")
    if not is_previous_build(out):
        raise UsageError(f"{out} is not empty and holds no earlier build; choose another --out or empty it")
    if args.own_process:
        system_allocator_for_arrow()
    if args.own_process and args.engine == "local":
        # Nothing a local build runs uses pandas since the card's answers come from DuckDB, but pyarrow would
        # import it at its first conversion of a Python value: a quarter of a second of every build. Ray
        # uses it, and a test that builds in its own process may go on to.
        hide_pandas()
        one_blas_thread()
    engine = _engine(args.engine)
    started = time.perf_counter()
    try:
        staging = new_staging_folder(out)
    except OSError as error:
        raise _cannot_write(out, error) from error
    writer: DatasetWriter | None = None
    next_cache: CacheWriter | None = None
    written: Iterator[ShardResult] | None = None
    try:
        cache = _open_cache(out, args.max_bytes) if not args.no_cache else None
        # With one worker the building process, idle meanwhile, has a core to make the shards' parts
        in_worker = args.engine != "local" or args.workers > 1
        settings = Settings(
            args.max_bytes,
            args.no_text,
            not args.keep_duplicates,
            cache,
            max_seconds=args.max_seconds,
            from_shard_in_worker=in_worker,
        )
        target = Target(staging, previous=out if (out / MARKER).is_file() else None)
        written = engine(shards_of(itertools.chain([first], captures)), settings, target, args.workers)
        # The local engine's workers have started: what only this process needs runs beside their start rather
        # than before it: the next build's cache (its file made and synced, 60 to 80 ms of waiting for the disk)
        # and the writer's imports (Arrow, Parquet, DuckDB for the card's answers).
        next_cache = _next_cache(cache)
        parts_here = getattr(written, "parts_here", False)  # the local engine's say (one worker may be enough)
        writer = _open_writer(out, staging, args, target, cache, from_shards_here=parts_here)
        inputs_seen, reused, raised = _write_all(written, writer, next_cache)
        shutil.rmtree(staging / ENTRIES, ignore_errors=True)  # taken into the next cache; a killed worker's part
        drop_in_shards(staging, writer.set_aside(), args.workers)
        report = writer.commit(found.problems)
        if next_cache is not None:
            next_cache.name_shards(writer.named)
            if writer.derived is not None:
                next_cache.keep_derived(*writer.derived)
            if writer.people_key is not None:
                next_cache.keep_derived(writer.people_key, {})
    except BaseException:
        _undo(staging, writer, next_cache)  # before the engine is closed, which waits for its workers' shards
        if written is not None:
            written.close()
            # A shard a worker had begun (its files' folders made anew) ends only now.
            shutil.rmtree(staging, ignore_errors=True)
        raise
    written.close()
    _print_summary(report, out, time.perf_counter() - started)
    _tell_compiled_raised(raised)
    if next_cache is not None:
        removed = next_cache.commit()
        print(f"  parsed {inputs_seen - reused}, reused {reused} from {next_cache.folder} (removed {removed} unused)")
        if next_cache.failed is not None:
            print(f"zhaoshang: the cache could not be written ({next_cache.failed}); left as it was", file=sys.stderr)
    return 0


def _open_writer(
    out: Path,
    staging: Path,
    args: argparse.Namespace,
    target: Target,
    cache: OutcomeCache | None,
    *,
    from_shards_here: bool,
) -> DatasetWriter:
    from builder.publish.writer import DatasetWriter, Reuse

    reuse = Reuse(target.previous, cache.derived, cache.fingerprint) if cache is not None else None
    try:
        return DatasetWriter(
            out,
            staging,
            text_free=args.no_text,
            deduplicate=not args.keep_duplicates,
            reuse=reuse,
            workers=args.workers,
            from_shards_here=from_shards_here,
        )
    except OSError as error:
        raise _cannot_write(out, error) from error


def _cannot_write(out: Path, error: OSError) -> UsageError:
    return UsageError(f"cannot write to {out.parent}: {error.strerror}")


def _undo(staging: Path, writer: DatasetWriter | None, next_cache: CacheWriter | None) -> None:
    """A stopped build's staging folder (through its writer, once there is one) and next cache, both gone."""
    try:
        if writer is not None:
            writer.abort()
        else:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        if next_cache is not None:
            next_cache.abort()


def _write_all(
    results: Iterable[ShardResult], writer: DatasetWriter, next_cache: CacheWriter | None
) -> tuple[int, int, list[tuple[str, str]]]:
    """Every shard's result to the writer, and to the next build's cache, in shard order; how many inputs
    there were, how many of them the cache gave, and the captures the compiled steps raised on (name, error)."""
    from tqdm import tqdm

    inputs = reused = 0
    raised: list[tuple[str, str]] = []
    with tqdm(desc="building", unit="capture", disable=None, leave=False) as progress:
        for result in results:
            if next_cache is not None:
                _keep_in_cache(result, next_cache)
            writer.add_shard(result)
            inputs += len(result.inputs)
            reused += sum(handled.reused for handled in result.inputs)
            raised += [
                (_input_name(handled), handled.compiled_raised) for handled in result.inputs if handled.compiled_raised
            ]
            progress.update(len(result.inputs))
    return inputs, reused, raised


def _input_name(handled: Handled) -> str:
    found = handled.facts or handled.quarantine
    assert found is not None  # an input is an article or a quarantine entry
    return found.file


def _tell_compiled_raised(raised: list[tuple[str, str]]) -> None:
    """The captures this build parsed whose outcome came from the source after the compiled steps raised on them
    (builder/run/from_source.py): each is a type annotation of the parser's to make right, which meanwhile costs a
    worker's first such capture the source's process's start (about 0.35 s)."""
    if not raised:
        return
    shown = "; ".join(f"{name}: {error}" for name, error in raised[:5]) + ("; ..." if len(raised) > 5 else "")
    print(
        f"zhaoshang: the parser's compiled steps raised on {len(raised)} capture(s), parsed again from the Python "
        f"source ({shown}); please report it with the capture",
        file=sys.stderr,
    )


def _keep_in_cache(result: ShardResult, next_cache: CacheWriter) -> None:
    if result.cache_failed is not None:
        next_cache.give_up(result.cache_failed)
    if result.entries is not None:
        next_cache.take_entries(result.entries)
    for handled in result.inputs:
        if handled.cache_key is not None and handled.cached:
            next_cache.keep(handled.cache_key, handled.content_stamp)
    if result.digest is not None:
        next_cache.keep_shard(result.index, result.digest, remembered(result))


def _engine(name: str) -> Callable[[Iterable[Shard], Settings, Target, int], Iterator[ShardResult]]:
    if name == "local":
        return run_locally
    from builder.run import ray_engine

    why = ray_cluster.why_unusable()
    if why:
        raise UsageError(why)
    return ray_engine.run_on_ray


def _open_cache(out: Path, max_bytes: int) -> OutcomeCache | None:
    """The last build's cache to read; None when the folder cannot be used."""
    folder = cache_folder(out)
    try:
        return OutcomeCache(folder, max_bytes)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or error
        print(f"zhaoshang: no incremental cache ({folder}: {reason}); parsing everything", file=sys.stderr)
        return None


def _next_cache(cache: OutcomeCache | None) -> CacheWriter | None:
    """The next build's cache to write; None when it cannot be made (the last one is still read, and stays)."""
    if cache is None:
        return None
    try:
        return cache.writer()
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or error
        print(f"zhaoshang: the cache could not be written ({reason}); left as it was", file=sys.stderr)
        return None


def _print_summary(report: dict, out: Path, seconds: float) -> None:
    counts = report["counts"]
    print(
        f"built {out} in {seconds:.1f}s: {counts['inputs']} inputs, {counts['articles']} articles, "
        f"{counts['quarantined']} quarantined"
    )
    for reason, n in counts["quarantined_by_reason"].items():
        print(f"  quarantined {reason}: {n}")
    print("  repairs: " + (", ".join(f"{kind} {n}" for kind, n in report["repairs"].items()) or "none"))
    print(f"  unrecoverable damage: {report['unrecoverable_damage']}, truncated: {report['truncated_articles']}")
    for problem in report["input_problems"]:
        print(f"  input problem: {problem}")
    if counts["articles"] == 0:
        print(f"  no article: each input's reason is in {out / 'quarantine.jsonl'}; pyarrow and DuckDB read the empty "
              "tables, `datasets` cannot load a split of no rows")  # fmt: skip


def _parse(args: argparse.Namespace) -> int:
    from builder.run.pipeline import parse_input

    path = Path(args.file)
    if path.is_dir():
        raise UsageError(f"{path} is a folder: give one capture (zhaoshang build takes folders)")
    if not path.exists():
        raise UsageError(f"no such file: {path}")
    if not path.is_file():
        raise UsageError(f"{path} is not a regular file: give one capture")
    item = _capture_in_archive(path, args.url) if is_warc(path) else InputFile(path, printable_name(path.name))
    if args.url is not None and item.warc_offset is None:
        raise UsageError(f"--url chooses a capture inside a web archive or a WET file; {path} is one capture")
    outcome = parse_input(item, args.max_bytes)
    if outcome.article is None:
        entry = outcome.quarantine
        assert entry is not None
        print(f"quarantined: {entry.reason}" + (f" ({entry.detail})" if entry.detail else ""), file=sys.stderr)
        return 1
    print(json.dumps(outcome.article.model_dump(mode="json"), ensure_ascii=False, indent=2))
    return 0


def _capture_in_archive(path: Path, url: str | None) -> InputFile:
    """The capture of a web archive or a WET file that `zhaoshang parse` reads: its only one, or the first of `url`."""
    problems: list[str] = []
    captures = archive_inputs(path, printable_name(path.name), problems)
    why = "; ".join(problem.removeprefix(f"{printable_name(str(path))}: ") for problem in problems)
    if not captures:
        raise UsageError(f"no capture in {path} ({why or 'no record at all'})")
    if url is None and len(captures) == 1:
        return captures[0]
    shown = ", ".join(str(item.meta.url) for item in captures[:3]) + (" …" if len(captures) > 3 else "")
    if url is None:
        raise UsageError(f"{path} holds {len(captures)} captures ({shown}): choose one with --url")
    chosen = [item for item in captures if item.meta.url == url]
    if not chosen:
        skipped = f"; records not read as captures: {why}" if why else ""
        raise UsageError(f"no capture of {url} in {path}; its {len(captures)} captures: {shown}{skipped}")
    if len(chosen) > 1:
        print(f"{path} holds {len(chosen)} captures of {url}: the first is parsed ({chosen[0].name})", file=sys.stderr)
    return chosen[0]


def _validate(args: argparse.Namespace) -> int:
    from builder.publish.validate import validate

    problems = validate(Path(args.dir))
    for problem in problems:
        print(f"invalid: {problem}", file=sys.stderr)
    if not problems:
        print(f"{args.dir}: valid")
    return 1 if problems else 0


def _sqlite(args: argparse.Namespace) -> int:
    folder = _built_dataset(Path(args.dir))
    started = time.perf_counter()
    done = _write_edition(folder, args.full)
    print(f"wrote {folder / DATABASE} in {time.perf_counter() - started:.1f}s ({done})")
    return 0


def _built_dataset(folder: Path) -> Path:
    if not (folder / MARKER).is_file():
        raise UsageError(f"{folder} is not a built dataset (no {MARKER}); run zhaoshang build first")
    return folder


def _write_edition(folder: Path, full: bool = False) -> str:
    """The SQLite edition made from the dataset's Parquet (updated from the last one unless `full`), and listed
    in its SHA256SUMS; what was done."""
    from builder.publish.output import add_to_checksums
    from builder.publish.sqlite_edition import write_edition

    try:
        _, done = write_edition(folder, full)
        add_to_checksums(folder, DATABASE)
        return done
    except OSError as error:
        raise _cannot_write(folder / DATABASE, error) from error


def _edition_is_stale(folder: Path) -> bool:
    """The SQLite edition is missing, or older than a Parquet table it is made from."""
    database = folder / DATABASE
    if not database.is_file():
        return True
    made = database.stat().st_mtime_ns
    return any(table.stat().st_mtime_ns > made for table in (folder / "data").rglob("*.parquet"))


def _explore(args: argparse.Namespace) -> int:
    folder = _built_dataset(Path(args.dir))
    try:
        import datasette  # noqa: F401
    except ImportError:
        raise UsageError("the explorer needs Datasette: pip install '.[explore]' (or run make explore)") from None
    from builder.publish.explore import serve

    _port_is_free(args.host, args.port)
    if _edition_is_stale(folder):
        print(f"making {folder / DATABASE} from the Parquet (zhaoshang sqlite {folder})")
        _write_edition(folder)
    print(f"exploring {folder} at http://{args.host}:{args.port}/ (Ctrl-C to stop)")
    serve(folder, args.host, args.port, args.open)
    return 0


def _port_is_free(host: str, port: int) -> None:
    """Refuse a port another program holds: the server would say so only after it started, among its own log lines,
    and end with a status of its own."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, protocol) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: a closed port is free
            probe.bind(address)
    except OSError as error:
        raise UsageError(f"cannot serve on {host}:{port} ({error.strerror or error}): give another --port") from None


def _schema(args: argparse.Namespace) -> int:
    from builder.record.schema import json_schema_text

    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"article-{SCHEMA_VERSION}.json"
    path.write_text(json_schema_text(), encoding="utf-8")
    print(f"wrote {path}")
    return 0


class _OneLineParser(argparse.ArgumentParser):
    """Bad options get one line saying what is wrong and where to look, and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be above 0: {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be above 0 and finite: {text}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(prog="zhaoshang", description="Build the zhaoshang-corpus dataset.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_OneLineParser)
    limit = {
        "type": _positive_int,
        "default": DEFAULT_MAX_BYTES,
        "metavar": "N",
        "help": f"quarantine captures larger than N bytes unread (default {DEFAULT_MAX_BYTES})",
    }
    build = commands.add_parser("build", help="build a dataset from captures")
    build.add_argument(
        "inputs",
        nargs="+",
        help="files or folders of captures (.txt, .html) and web archives (.warc, .warc.gz; WET files: .warc.wet.gz)",
    )
    build.add_argument("--out", required=True, help="output folder (replaced atomically)")
    build.add_argument("--max-bytes", **limit)
    build.add_argument(
        "--max-seconds", type=_positive_float, default=DEFAULT_MAX_SECONDS, metavar="S",
        help=f"quarantine a capture as `timeout` when parsing it takes over S seconds of processor time "
        f"(default {DEFAULT_MAX_SECONDS:g})",
    )  # fmt: skip
    build.add_argument(
        "--workers", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
        help="processes that parse captures (default: the cores available); the output is the same for any N",
    )  # fmt: skip
    build.add_argument(
        "--engine", choices=("local", "ray"), default="local",
        help="local: worker processes on this machine (default); ray: Ray Data, on the cluster at $RAY_ADDRESS "
        "or a Ray started here with --workers CPUs (needs the [ray] extra)",
    )  # fmt: skip
    build.add_argument(
        "--no-cache", action="store_true", help="parse every capture again (by default unchanged ones are reused)"
    )
    build.add_argument(
        "--keep-duplicates", action="store_true", help="publish near-duplicates as articles, not set them aside"
    )
    build.add_argument(
        "--no-text", action="store_true", help="leave out the texts (text, paragraphs, sentences), for redistribution"
    )
    build.set_defaults(run=_build)
    parse = commands.add_parser("parse", help="print one capture's record as JSON")
    parse.add_argument("file", help="a capture, or a web archive or WET file holding one (or choose it with --url)")
    parse.add_argument("--url", help="in a web archive or a WET file: the capture of this address (its first)")
    parse.add_argument("--max-bytes", **limit)
    parse.set_defaults(run=_parse)
    check = commands.add_parser("validate", help="check a built dataset")
    check.add_argument("dir")
    check.set_defaults(run=_validate)
    edition = commands.add_parser("sqlite", help="make the SQLite edition (zhaoshang.db) of a built dataset")
    edition.add_argument("dir", help="a built dataset")
    edition.add_argument(
        "--full",
        action="store_true",
        help="write every table anew (by default only the shards that changed since the last edition of DIR)",
    )
    edition.set_defaults(run=_sqlite)
    explore = commands.add_parser("explore", help="browse, search and facet a built dataset in Datasette")
    explore.add_argument("dir", nargs="?", default="dist", help="a built dataset (default: dist)")
    explore.add_argument("--host", default="127.0.0.1", help="address to serve on (default: localhost only)")
    explore.add_argument("--port", type=_positive_int, default=8001, help="port (default: 8001)")
    explore.add_argument("--open", action="store_true", help="open the explorer in a web browser")
    explore.set_defaults(run=_explore)
    schema = commands.add_parser("schema", help="write the JSON Schema generated from the models")
    schema.add_argument("dir")
    schema.set_defaults(run=_schema)
    add_crawl_commands(commands, _OneLineParser, _positive_int)
    return parser


def main(argv: Sequence[str] | None = None, *, own_process: bool = False) -> int:
    """Run a command; `own_process` when the process is the command's alone (not a test calling in)."""
    args = _parser().parse_args(argv)
    args.own_process = own_process
    try:
        return args.run(args)
    except (UsageError, ray_cluster.ClusterUnavailable) as error:
        print(f"zhaoshang: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("zhaoshang: interrupted; any earlier output is as it was", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _reader_gone()
    except Exception as error:
        if args.debug:
            traceback.print_exc()
        print(f"zhaoshang: unexpected error: {error} (run with --debug for the traceback)", file=sys.stderr)
        return 1


def _reader_gone() -> int:
    """The reader of our output left (`| head`): stop quietly as a killed pipe writer would, and point stdout at
    the null device so that Python's final flush does not complain either."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 128 + 13  # SIGPIPE's number on every POSIX system


def command() -> NoReturn:
    """`zhaoshang` run from a shell, a process of its own (the console script, `python -m builder.cli`): the
    command, then the process's end."""
    _end(main(own_process=True))


def _end(code: int) -> NoReturn:
    """End the process once its command is done, as `sys.exit` would but for the interpreter's teardown, whose
    garbage collections walk every object a build leaves (the parser's tables and patterns, Arrow's, DuckDB's)
    for nothing: 0.06 to 0.15 s of every build. The exit handlers still run (a Ray started here is shut down)
    and the output is flushed; every file a command writes is closed by then. A child process still alive
    would make multiprocessing's exit handler wait for it forever once `os._exit` skips the pools' shutdown,
    so then the process ends the ordinary way."""
    if multiprocessing.active_children():
        sys.exit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        code = _reader_gone()
    os._exit(code)


if __name__ == "__main__":
    command()
