"""A bar chart of this release's articles by year, as SVG: plain text, so builds stay byte-identical."""

from __future__ import annotations

from collections import Counter
from html import escape

_WIDTH, _HEIGHT = 720, 300
_MARGIN_LEFT, _MARGIN_BOTTOM, _MARGIN_TOP = 48, 56, 36


def articles_by_year_svg(by_year: Counter[str]) -> str:
    """Years in order, `unknown` last; each bar labelled with its count."""
    years = sorted((y for y in by_year if y != "unknown"), key=int) + (["unknown"] if by_year.get("unknown") else [])
    top = max((by_year[y] for y in years), default=1)
    plot_width = _WIDTH - _MARGIN_LEFT - 16
    plot_height = _HEIGHT - _MARGIN_TOP - _MARGIN_BOTTOM
    step = plot_width / max(len(years), 1)
    bars = []
    for index, year in enumerate(years):
        height = plot_height * by_year[year] / top
        x = _MARGIN_LEFT + index * step + step * 0.15
        y = _MARGIN_TOP + plot_height - height
        label_x = x + step * 0.35
        bars.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{height:.1f}" fill="#c0392b"/>'
            f'<text x="{label_x:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="11">{by_year[year]}</text>'
            f'<text x="{label_x:.1f}" y="{_HEIGHT - _MARGIN_BOTTOM + 14:.1f}" text-anchor="end" font-size="11" '
            f'transform="rotate(-45 {label_x:.1f} {_HEIGHT - _MARGIN_BOTTOM + 14:.1f})">{escape(year)}</text>'
        )
    axis_y = _MARGIN_TOP + plot_height
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{_HEIGHT}" '
        f'viewBox="0 0 {_WIDTH} {_HEIGHT}" font-family="sans-serif">\n'
        f"<title>Articles by year of the event</title>\n"
        f'<text x="{_WIDTH / 2:.0f}" y="20" text-anchor="middle" font-size="14">Articles by year of the event</text>\n'
        f'<line x1="{_MARGIN_LEFT}" y1="{axis_y:.1f}" x2="{_WIDTH - 16}" y2="{axis_y:.1f}" stroke="#333"/>\n'
        + "\n".join(bars)
        + "\n</svg>\n"
    )
