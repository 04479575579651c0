"""Where to look in a crawl: URL patterns and URL hints, read from a data file a user can replace.

A pattern uses the CDX API's syntax, so that the same text queries the index and checks a record:
`*.example.cn` (the domain and every host under it), `example.cn/path*` (every URL starting so),
anything else one exact URL. A rule whose `paths` is `hinted` keeps only URLs that carry a hint.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from builder.crawl import DEFAULT_HOSTS, CrawlError

_PATHS = ("any", "hinted")


@dataclass(frozen=True)
class Rule:
    pattern: str
    hinted: bool


@dataclass(frozen=True)
class Places:
    rules: tuple[Rule, ...]
    hints: tuple[str, ...]

    def rule_for(self, url: str) -> Rule | None:
        """The first rule whose pattern covers `url` and whose hint condition it meets."""
        for rule in self.rules:
            if covers(rule.pattern, url) and (not rule.hinted or self.has_hint(url)):
                return rule
        return None

    def has_hint(self, url: str) -> bool:
        lowered = canonical(url)
        return any(hint in lowered for hint in self.hints)


def load_places(path: Path | None, patterns: list[str]) -> Places:
    """The hosts file's rules, or `patterns` (each taken whole) when the person gave some."""
    source = path or DEFAULT_HOSTS
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        hints = tuple(str(h).lower() for h in data.get("url_hints", []))
        rules = tuple(_rule(entry) for entry in data["hosts"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CrawlError(f"{source}: not a hosts file ({error}); see {DEFAULT_HOSTS.name} for the shape") from None
    if patterns:
        rules = tuple(Rule(p.strip(), hinted=False) for p in patterns)
    if not rules:
        raise CrawlError(f"{source}: no host patterns")
    return Places(rules, hints)


def _rule(entry: dict) -> Rule:
    paths = entry.get("paths", "any")
    if paths not in _PATHS:
        raise ValueError(f"paths must be one of {_PATHS}, not {paths!r}")
    return Rule(str(entry["pattern"]).strip(), hinted=paths == "hinted")


def host_of(url: str) -> str:
    """The lower-case host of a URL with or without its scheme."""
    return (urlsplit(url if "://" in url else "http://" + url).hostname or "").lower()


def canonical(url: str) -> str:
    """A URL as the index compares it: no scheme, no `www.`, host in lower case, path kept."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    rest = parts.path or "/"
    return host + rest + (f"?{parts.query}" if parts.query else "")


def covers(pattern: str, url: str) -> bool:
    if pattern.startswith("*."):
        domain = pattern[2:].lower().rstrip("/")
        host = host_of(url)
        return host == domain or host.endswith("." + domain)
    if pattern.endswith("*"):
        return canonical(url).startswith(_prefix(pattern))
    return canonical(url) == canonical(pattern)


def _prefix(pattern: str) -> str:
    """`example.cn/news*` as the canonical prefix `example.cn/news` (no path added)."""
    head = pattern[:-1]
    parts = urlsplit(head if "://" in head else "http://" + head)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host + parts.path + (f"?{parts.query}" if parts.query else "")


def domain_of(pattern: str) -> tuple[str, bool]:
    """The host a pattern names and whether its subdomains count too (for the columnar index's host column)."""
    if pattern.startswith("*."):
        return pattern[2:].lower().rstrip("/"), True
    return host_of(pattern.rstrip("*")).removeprefix("www."), False
