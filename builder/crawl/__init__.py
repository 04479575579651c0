"""A crawl → web archives the build reads: find candidate records in a crawl's index, fetch them.

`find` reads a URL index (the CDX API through cdx_toolkit, or the columnar Parquet index through
DuckDB) and writes a picks file; `fetch` reads a picks file and writes `.warc.gz` files with a
journal, so that a stopped fetch resumes. Where to look is data (`builder/data/crawl_hosts.json`).
"""


class CrawlError(Exception):
    """A problem with what the person asked for or with what a server answered; the message says which."""
