"""A crawl → web archives the build reads: find candidate records in a crawl's index, fetch them.

`find` reads a URL index (the CDX API through cdx_toolkit, or the columnar Parquet index through
DuckDB) and writes a picks file; `fetch` reads a picks file and writes `.warc.gz` files with a
journal, so that a stopped fetch resumes. Where to look is data (`builder/data/crawl_hosts.json`).
"""

from pathlib import Path

# The defaults the command's options show, here rather than in the modules that use them: `zhaoshang` makes its
# parser, `crawl`'s options among them, for every command, and importing those modules for it cost every build
# 17 ms (a build imports them nowhere else).
COMMON_CRAWL_INDEX = "https://index.commoncrawl.org"
COMMON_CRAWL_DATA = "https://data.commoncrawl.org"
DEFAULT_HOSTS = Path(__file__).resolve().parent.parent / "data" / "crawl_hosts.json"
DEFAULT_MAX_FILE_BYTES = 1_000_000_000  # Common Crawl's own WARC files are about this size


class CrawlError(Exception):
    """A problem with what the person asked for or with what a server answered; the message says which."""
