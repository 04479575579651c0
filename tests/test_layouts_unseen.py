"""The layouts written blind, in twenty-eight rounds (tests/layouts/unseen.py to unseen28.py): what they are
made of, and the DEV ones of rounds 1 to 9 held at the suite's bar. The LOCKED ones are never measured here: they
are scored once, as a whole, with `make layouts ARGS="--unseen locked"` (and `locked2` to `locked12`).

Round 10 goes through the structural checks only (its layouts' own make-up: furniture on the page and in no
story, every paragraph in the markup), never through the bar: written as a fresh measure, both its halves were
scored once, by the integrator, before anything was fixed from them (0.15.0: DEV10 headline 0.917, furniture 0.692;
LOCKED10 headline 0.862, furniture 0.536), and are spent since.

Round 11 goes through the structural checks only too: written blind as the fresh measure of the fixes made from
rounds 1 to 10, both its halves were scored once, by the integrator, at the end of 0.15.0, nothing fixed from them
(before the second generalisation → after: DEV11 headline 0.594 → 0.605, furniture 0.634 → 0.634, outlet 0.855 →
0.899; LOCKED11 headline 0.601 → 0.616, furniture 0.228 → 0.525, outlet 0.891 → 0.928), and are spent since.

Round 12 goes through the structural checks only too: written blind as the fresh measure of the fixes made from
rounds 1 to 11, both its halves were scored once before those fixes and once after, nothing fixed from them (DEV12
headline 0.779 → 0.819, furniture 0.536 → 0.536; LOCKED12 headline 0.482 → 0.605, furniture 0.768 → 0.768), and are
spent since.

Round 13 (tests/layouts/unseen13.py) goes through the structural checks only: written blind and sealed, both its
halves were scored once, before and after the reader's related-headline rule (0.15.0), nothing fixed from them
(DEV13 headline 0.663 → 0.663, LOCKED13 0.866 → 0.866: the rule touches none of its pages), and are spent since.

Round 14 (tests/layouts/unseen14.py) goes through the structural checks only: written blind and sealed, both its
halves were scored once, before and after the next change that reached the reader (0.15.0's controls lines, counter
bars and asking or exclaiming headlines), nothing fixed from them (DEV14 headline 0.725 → 0.768, LOCKED14 0.891 →
0.891, every other measure the same), and are spent since.

Round 15 (tests/layouts/unseen15.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, before and after the next change to the reader (0.15.0's rules
from the spent rounds 12 to 14), nothing fixed from them: every measure unchanged (DEV15 headline 0.605, LOCKED15
0.441; `--unseen dev15` and `--unseen locked15`), and are spent since.

Round 16 (tests/layouts/unseen16.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, before and after the reader's next changes (0.15.0's XML
documents and H5 scenes, with the rules from rounds 12 to 14), nothing fixed from them: every measure unchanged
(DEV16 headline 0.243, LOCKED16 0.703; `--unseen dev16` and `--unseen locked16`), and are spent since.

Round 17 (tests/layouts/unseen17.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-06, before and after the text path's change (an app's
detail-page bar as furniture), nothing fixed from them: every measure unchanged (DEV17 headline 0.732, LOCKED17
0.373; `--unseen dev17` and `--unseen locked17`), and are spent since.

Round 18 (tests/layouts/unseen18.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-06, before and after the web reader's change (a heading
foreign to the text under it is no headline), nothing fixed from them: every measure unchanged (DEV18 headline 0.663,
LOCKED18 0.518; `--unseen dev18` and `--unseen locked18`), and are spent since.

Round 19 (tests/layouts/unseen19.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-06, at the end of the web reader's change that made a
heading or a <title> foreign to the text no headline, nothing fixed from them: headline DEV19 0.793 → 0.812, LOCKED19
0.702 → 0.756 (before the session's two rules) and every other measure unchanged (`--unseen dev19` and `--unseen
locked19`); spent since.

Round 20 (tests/layouts/unseen20.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-07, before and after the web reader's change (a copy's
day before the page's labelled publication is not its date; the genre's furniture), nothing fixed from them:
published date LOCKED20 0.707 → 0.833, every other measure unchanged (`--unseen dev20` and `--unseen locked20`);
spent since.

Round 21 (tests/layouts/unseen21.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-07, before and after the next change to reach the web
reader (a page's script data found by the walk and the fields' names it now shares with the text path's records),
nothing fixed from them: unchanged on every measure (`--unseen dev21` and `--unseen locked21`); spent since.

Round 22 (tests/layouts/unseen22.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-07, before and after the next change to reach the web
reader (a headline never keeps a label of the title before it), nothing fixed from them: unchanged on every measure
(`--unseen dev22` and `--unseen locked22`); spent since.

Round 23 (tests/layouts/unseen23.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-07, before and after the next change to reach the web
reader (a government system's pinyin-initial columns in a page's script data), nothing fixed from them: unchanged on
every measure (`--unseen dev23` and `--unseen locked23`); spent since.

Round 24 (tests/layouts/unseen24.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-07, before and after the next change to reach the web
reader (a platform's stand-in title, an account's name run into its post's counter, a breadcrumb's wordings), nothing
fixed from them: headline LOCKED24 0.877 -> 0.935, every other measure unchanged (`--unseen dev24` and `--unseen
locked24`); spent since.

Round 25 (tests/layouts/unseen25.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-07, before (e5add59, the code it was written against)
and after the changes that next reached the web reader (a headline wrapped whole, the mends of a review, an official
account's line of collections), nothing fixed from them: unchanged on every measure (headline DEV25 / LOCKED25 1.000
/ 0.732; `--unseen dev25` and `--unseen locked25`); spent since.

Round 26 (tests/layouts/unseen26.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-07, before (3f30da9, the code it was written against,
and b4eaae6, alike) and after the changes that next reached the web reader (a periodical's name with its issue no
headline, the text path's menus, headers, offices and places), nothing fixed from them: unchanged on every measure
(headline DEV26 / LOCKED26 0.986 / 0.906, no furniture 0.779 / 0.522; `--unseen dev26` and `--unseen locked26`);
spent since.

Round 27 (tests/layouts/unseen27.py) goes through the structural checks only: written blind and sealed, it was not
scored when written. Both halves were scored once, on 2026-12-07, before (b4eaae6, the code it was written against)
and after the same changes, nothing fixed from them: unchanged on every measure (headline DEV27 / LOCKED27 0.978 /
0.986, no furniture 0.732 / 0.764; `--unseen dev27` and `--unseen locked27`); spent since.

Round 28 (tests/layouts/unseen28.py) goes through the structural checks only: written blind and sealed, it is not
scored when written. Whoever next changes the web-page reader scores it once, both halves, at the end of their work
(`--unseen dev28` and `--unseen locked28`), and fixes nothing from its misses. It was written against a3683cc; the
changes of 2026-12-07 (a periodical's issue, the text path's menus and headers) reached the reader after, so its
"before" is 0a46ee2.

Text round 1 (tests/layouts/text_forms1.py) wraps the same stories into plain-text captures, not pages: the
structural checks only (its furniture in the text and in no story, every paragraph in the text once the furniture
is taken out, the bytes in the form's encoding), written blind: `--unseen devt1` and `--unseen lockedt1`, scored once
before the rules made from DEV-T1 and once after (LOCKED-T1 headline 0.171 → 0.171, furniture 0.178 → 0.178), and
spent since.

Text round 2 (tests/layouts/text_forms2.py) is the fresh blind measure of the text rules written from text round 1:
kinds of sites and copy tools round 1 does not draw, the structural checks only, both halves scored once before
and once after those rules, nothing fixed from them (DEV-T2 headline 0.262 → 0.262, LOCKED-T2 0.359 → 0.359), and
spent since: `--unseen devt2` and `--unseen lockedt2`.

Text round 3 (tests/layouts/text_forms3.py) was written blind as the sealed measure for the next change of the text
path: kinds of sites, apps and documents rounds 1 and 2 do not draw, the structural checks only. Both halves were
scored once, before and after the text path's block and relatedness rules (d9bc178), nothing fixed from them (DEV-T3
headline 0.188 → 0.293, LOCKED-T3 0.301 → 0.475), and spent since (`--unseen devt3` and `--unseen lockedt3`).

Text round 4 (tests/layouts/text_forms4.py) was written blind as the sealed measure for the next change of the text
path: kinds of sites, apps and documents rounds 1 to 3 do not draw, the structural checks only. Both halves were
scored once, before and after the text path's "no headline" rule (0.15.0), nothing fixed from them (DEV-T4 headline
0.514 → 0.554, LOCKED-T4 0.315 → 0.377), and spent since (`--unseen devt4` and `--unseen lockedt4`).

Text round 5 (tests/layouts/text_forms5.py) was written blind as the sealed measure of the text rules made after
text round 4's score: kinds of sites, apps and documents rounds 1 to 4 do not draw, the structural checks only. Both
halves were scored once, before and after those rules (DEV-T5 headline 0.250 → 0.395, LOCKED-T5 0.428 → 0.428), and
are spent since (`--unseen devt5` and `--unseen lockedt5`).

Text round 6 (tests/layouts/text_forms6.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, apps and documents rounds 1 to 5 do not draw, the structural checks only. Both halves were scored
once, before and after that change (0.15.0's controls lines and asking or exclaiming headlines), nothing fixed from
them (DEV-T6 headline 0.228 → 0.228, no furniture 0.033 → 0.094; LOCKED-T6 unchanged on every measure, headline
0.283), and are spent since (`--unseen devt6` and `--unseen lockedt6`).

Text round 7 (tests/layouts/text_forms7.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, apps and documents rounds 1 to 6 do not draw, the structural checks only. Both halves were scored
once, before and after that change (0.15.0's headline over the article's info line and the page's bars), nothing
fixed from them (headline DEV-T7 0.192 → 0.272, LOCKED-T7 0.351 → 0.391, every other measure unchanged), and are
spent since (`--unseen devt7` and `--unseen lockedt7`).

Text round 8 (tests/layouts/text_forms8.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, apps and documents rounds 1 to 7 do not draw, the structural checks only. Both halves were scored
once, before and after that change (0.15.0's lists of other pages' headlines and a headline's decoration), nothing
fixed from them (headline DEV-T8 0.312 → 0.315, LOCKED-T8 0.449 → 0.457; outlet LOCKED-T8 0.935 → 0.957; no
furniture unchanged), and are spent since (`--unseen devt8` and `--unseen lockedt8`).

Text round 9 (tests/layouts/text_forms9.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, apps and documents rounds 1 to 8 do not draw, the structural checks only. Both halves were scored
once, before and after that change (0.15.0's bilingual labels and audio players), nothing fixed from them (every
measure unchanged: headline DEV-T9 0.326, LOCKED-T9 0.170; no furniture 0.029, 0.004), and are spent since
(`--unseen devt9` and `--unseen lockedt9`).

Text round 10 (tests/layouts/text_forms10.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, apps and documents rounds 1 to 9 do not draw, the structural checks only. Both halves were scored
once, before and after that change (0.15.0's subtitle files and Markdown clips: every measure unchanged), and against
the text path as it stood before 0.15.0's lists of other pages' headlines (no furniture LOCKED-T10 0.076 → 0.254,
outlet 0.884 → 0.913; headline 0.409 unchanged), nothing fixed from them, and are spent since (`--unseen devt10`
and `--unseen lockedt10`).

Text round 11 (tests/layouts/text_forms11.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, apps and documents rounds 1 to 10 do not draw, the structural checks only. Both halves were scored
once, before and after that change (0.15.0's mastheads apart by a bar: every measure unchanged), and against the text
path as it stood before 0.15.0's list step (outlet DEV-T11 0.855 → 0.928, LOCKED-T11 0.906 → 0.942; headline 0.264
and 0.417 unchanged), nothing fixed from them, and are spent since (`--unseen devt11` and `--unseen lockedt11`).

Text round 12 (tests/layouts/text_forms12.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, apps and documents rounds 1 to 11 do not draw, the structural checks only. Both halves were scored
once, before and after that change (0.15.0's outlet labelled with 丨, bylines and surnames, from the spent page
rounds), nothing fixed from them: every measure unchanged (headline DEV-T12 0.156, LOCKED-T12 0.167), and are spent
since (`--unseen devt12` and `--unseen lockedt12`).

Text round 13 (tests/layouts/text_forms13.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, apps and documents rounds 1 to 12 do not draw, the structural checks only. Both halves were scored
once, before and after that change (0.15.0's rules from the spent page rounds and XML documents read as text), nothing
fixed from them: every measure unchanged (headline DEV-T13 0.149, LOCKED-T13 0.193), and are spent since (`--unseen
devt13` and `--unseen lockedt13`).

Text round 14 (tests/layouts/text_forms14.py) was written blind as the sealed measure of the text path's next change:
kinds of tools, systems and documents rounds 1 to 13 do not draw, the structural checks only. Both halves were scored
once on 2026-12-06, before and after the text path's change (an app's detail-page bar as furniture), nothing fixed
from them: unchanged on every measure (headline DEV-T14 0.098, LOCKED-T14 0.351), and are spent since (`--unseen
devt14` and `--unseen lockedt14`).

Text round 15 (tests/layouts/text_forms15.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, apps, reading tools, office systems and messaging tools rounds 1 to 14 do not draw, the structural
checks only. Both halves were scored once on 2026-12-06, before and after the text path's change (a page converted
to Markdown without a front matter read as its plain copy; a 来源 ending at a bar, an escaped line break or a quote),
nothing fixed from them: unchanged on every measure (headline DEV-T15 0.565, LOCKED-T15 0.395), and are spent since
(`--unseen devt15` and `--unseen lockedt15`).

Text round 16 (tests/layouts/text_forms16.py) was written blind as the sealed measure of the text path's next change:
kinds of government pages, apps, communities, note tools, document viewers, OCR tools, mail clients, chat apps and
work systems rounds 1 to 15 do not draw, the structural checks only. Written after text round 15, it was scored once
with it, at the end of the same change, nothing fixed from it: unchanged on every measure (headline DEV-T16 0.210,
LOCKED-T16 0.322), and is spent since (`--unseen devt16` and `--unseen lockedt16`).

Text round 17 (tests/layouts/text_forms17.py) was written blind as the sealed measure of the text path's next change:
kinds of web crawls, data sets, converters, crawlers, note tools, feed readers, scraping tools, news sites, e-papers,
download tools and e-book fetchers rounds 1 to 16 do not draw, the structural checks only. Both halves were scored
once on 2026-12-06, before and after the text path's change (pages converted to Markdown read as plain copies, the
day a page was kept no date of its own), nothing fixed from them: headline DEV-T17 0.254 unchanged, LOCKED-T17 0.353
→ 0.476, every other measure unchanged; spent since (`--unseen devt17` and `--unseen lockedt17`).

Text round 18 (tests/layouts/text_forms18.py) was written blind as the sealed measure of the text path's next change:
kinds of extractors, converters, clippers, site generators, OCR engines, document converters, database dumps, news
databases, crawlers, shells, feed services and form services rounds 1 to 17 do not draw, the structural checks only.
Both halves were scored once, on 2026-12-07, before and after the text path's change (furniture of the genre: an AI
note, a bracketed caption, a paywall's prompt), nothing fixed from them: every measure unchanged; spent since.

Text round 19 (tests/layouts/text_forms19.py) was written blind as the sealed measure of the text path's next change:
kinds of sites, news databases, broadcasters, document libraries, office converters, PDF parsers, text browsers, news
extractors, document loaders and knowledge bases rounds 1 to 18 do not draw, the structural checks only. Both halves
were scored once, on 2026-12-07, before and after the text path's records a tool printed (an API's or an extractor's
JSON, a crawler's item, a shell's property list, a static site's front matter), nothing fixed from them: headline
LOCKED-T19 0.368 → 0.491, no furniture 0.078 → 0.276, outlet 0.836 → 0.957, DEV-T19 unchanged on every measure;
spent since.

Text round 20 (tests/layouts/text_forms20.py) was written blind as the sealed measure of the text path's next change:
kinds of reading tools, news sites, aggregators, investors' communities, document sites, scanner apps, subtitle lists,
speech recognisers, search indexes, annotation tools, copy-detection services and qualitative-analysis tools rounds 1
to 19 do not draw, the structural checks only. Both halves were scored once, on 2026-12-07, before and after the text
path's objects' reprs read as records, nothing fixed from them: unchanged on every measure (headline DEV-T20 /
LOCKED-T20 0.529 / 0.295); spent since.

Text round 21 (tests/layouts/text_forms21.py) was written blind as the sealed measure of the text path's next change:
kinds of OCR engines, speech recognisers, subtitle editors, crawlers' consoles, scraping extensions, packet-capture
tools, note apps, clippers, online libraries, open-data platforms, 融媒体 centres' sites and meeting services rounds 1
to 20 do not draw, the structural checks only. Both halves were scored once, on 2026-12-07, before and after the text
path's title labels and a speech recogniser's segment times, nothing fixed from them: unchanged on every measure
(headline DEV-T21 / LOCKED-T21 0.358 / 0.430); spent since.

Text round 22 (tests/layouts/text_forms22.py) was written blind as the sealed measure of the text path's next change:
kinds of video sites' AI subtitles, cloud OCR services, database clients, crawlers' feed exports, notebooks, R's
console, site exports, official accounts' APIs, phone UI dumps, office exports, JavaScript consoles and feed readers'
exports rounds 1 to 21 do not draw, the structural checks only. Both halves were scored once, on 2026-12-07, before
and after the text path's pinyin-initial columns, nothing fixed from them: unchanged on every measure (headline
DEV-T22 / LOCKED-T22 0.425 / 0.225); spent since.

Text round 23 (tests/layouts/text_forms23.py) was written blind as the sealed measure of the text path's next change:
kinds of browsers' network exports, sites' JSONP answers, office files' inner XML, the clipboard's raw HTML Format,
crawlers' YAML dumps, phone apps' network logs, Go, PHP and Java crawlers' consoles, web archive files, document
partitioners' elements and cloud speech services' results rounds 1 to 22 do not draw, the structural checks only. Both
halves were scored once, on 2026-12-07, before and after the text path's line ends, form and record title labels and
field lines, nothing fixed from them: headline DEV-T23 0.335 -> 0.373, LOCKED-T23 0.434 -> 0.562 (no furniture 0.504 ->
0.569, published date 0.631 -> 0.697, outlet 0.522 -> 0.618); spent since.

Text round 24 (tests/layouts/text_forms24.py) was written blind as the sealed measure of the text path's next change:
kinds of Java backends' SQL logs, container runtimes' log files, reference managers' exports, browser-automation
tools' page snapshots, search crawlers' segment dumps, corpus encodings, log pipelines' debug output, thesis sources,
browsers' copied requests, typesetting systems' sources, model services' batch files and messaging apps' channel
exports rounds 1 to 23 do not draw, the structural checks only. Both halves were scored once, on 2026-12-07, before
and after the next change to reach the text path (an account's name run into its post's counter, a breadcrumb's
wordings), nothing fixed from them: unchanged on every measure (headline DEV-T24 / LOCKED-T24 0.258 / 0.242); spent
since.

Text round 25 (tests/layouts/text_forms25.py) was written blind as the sealed measure of the text path's next change:
kinds of study platforms' apps, news apps, government service apps, national news sites, broadcasters' mobile sites,
H5 scene services, forum editors' sources, word processors' plain-text saves with line breaks, speech drafts with
cues, scanning pens and official accounts' preview links rounds 1 to 24 do not draw, the structural checks only. Both
halves were scored once, on 2026-12-07, before (e5add59, the code it was written against) and after the text path's
next work (a headline wrapped whole in brackets or quotes, the mends of a review of the day's rules), nothing fixed
from them: unchanged on every measure (headline DEV-T25 / LOCKED-T25 0.478 / 0.524); spent since.

Text round 26 (tests/layouts/text_forms26.py) was written blind as the sealed measure of the text path's next change:
kinds of national papers' and news agencies' clients, news apps, search apps' feeds, national economic news sites,
government sites' elders' versions, office suites' PDF-to-text conversions, government SMS platforms, work messaging
apps' notices, teleprompter apps and self-media platforms' back-end editors rounds 1 to 25 do not draw, the
structural checks only. Both halves were scored once, on 2026-12-07, before
(ebf71e8, the code it was written against, and b4eaae6, alike) and after the text path's next change (a menu's row,
a long portal's header, a poster's place, an office's name, a periodical's issue, and their review's mends), nothing
fixed from them: unchanged on every measure (headline DEV-T26 / LOCKED-T26 0.623 / 0.808, no furniture 0.612 /
0.620); spent since.

Text round 27 (tests/layouts/text_forms27.py) was written blind as the sealed measure of the text path's next change:
kinds of portals' news apps, search portals' PC pages, national broadcasters' local channels, stock forums,
short-video platforms' PC pages, short-video copy extractors, group chats' announcements, work messaging apps'
approvals, online course platforms, meeting minutes services and video meetings' recordings rounds 1 to 26 do not
draw, the structural checks only. Both halves were scored once, on 2026-12-07, before
(b4eaae6, the code it was written against) and after the text path's next change (as for text round 26), nothing
fixed from LOCKED-T27: LOCKED-T27 unchanged on every measure (headline 0.373, no furniture 0.460); DEV-T27 headline
0.782 -> 0.785, no furniture 0.658 -> 0.600, every other measure unchanged. DEV-T27's lower measure showed a poster's
place by IP left in the text by the change; dropping it from the text (0804177) gave DEV-T27 no furniture 0.673
(LOCKED-T27, run again then, unchanged). Spent since (`--unseen devt27` and `--unseen lockedt27`).

Text round 28 (tests/layouts/text_forms28.py) was written blind as the sealed measure of the text path's next change:
kinds of 招商局 sites of 2008 saved by IE as text, city departments' channels on 2023 集约化 platforms, county portals
of 2015 templates copied in Firefox, provincial party papers' 数字报, city party papers' news sites, official accounts
copied on phones, side-panel reading modes, a clerk's selection of a headline, a day and a text, portals in their 繁體
mode, 高新区 sites with drop-down menus, tablet browsers' readers and portals' 领导讲话 columns rounds 1 to 27 do not
draw, the structural checks only. It is sealed: not scored when written; whoever next changes the text path scores it
once, both halves, at its end (`--unseen devt28` and `--unseen lockedt28`), and fixes nothing from its misses. It was
written against a3683cc; the changes of 2026-12-07 (menus, headers, offices, periodicals, places) reached the text
path after, so its "before" is 0a46ee2."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pytest
from layouts.families import Layout, Wrapped
from layouts.suite import BAR, HELD, labelled, measure, parse_page, squash, story
from layouts.text_forms1 import DEV_T1, LOCKED_T1, TEXT_FORMS1
from layouts.text_forms2 import DEV_T2, LOCKED_T2, TEXT_FORMS2
from layouts.text_forms3 import DEV_T3, LOCKED_T3, TEXT_FORMS3
from layouts.text_forms4 import DEV_T4, LOCKED_T4, TEXT_FORMS4
from layouts.text_forms5 import DEV_T5, LOCKED_T5, TEXT_FORMS5
from layouts.text_forms6 import DEV_T6, LOCKED_T6, TEXT_FORMS6
from layouts.text_forms7 import DEV_T7, LOCKED_T7, TEXT_FORMS7
from layouts.text_forms8 import DEV_T8, LOCKED_T8, TEXT_FORMS8
from layouts.text_forms9 import DEV_T9, LOCKED_T9, TEXT_FORMS9
from layouts.text_forms10 import DEV_T10, LOCKED_T10, TEXT_FORMS10
from layouts.text_forms11 import DEV_T11, LOCKED_T11, TEXT_FORMS11
from layouts.text_forms12 import DEV_T12, LOCKED_T12, TEXT_FORMS12
from layouts.text_forms13 import DEV_T13, LOCKED_T13, TEXT_FORMS13
from layouts.text_forms14 import DEV_T14, LOCKED_T14, TEXT_FORMS14
from layouts.text_forms15 import DEV_T15, LOCKED_T15, TEXT_FORMS15
from layouts.text_forms16 import DEV_T16, LOCKED_T16, TEXT_FORMS16
from layouts.text_forms17 import DEV_T17, LOCKED_T17, TEXT_FORMS17
from layouts.text_forms18 import DEV_T18, LOCKED_T18, TEXT_FORMS18
from layouts.text_forms19 import DEV_T19, LOCKED_T19, TEXT_FORMS19
from layouts.text_forms20 import DEV_T20, LOCKED_T20, TEXT_FORMS20
from layouts.text_forms21 import DEV_T21, LOCKED_T21, TEXT_FORMS21
from layouts.text_forms22 import DEV_T22, LOCKED_T22, TEXT_FORMS22
from layouts.text_forms23 import DEV_T23, LOCKED_T23, TEXT_FORMS23
from layouts.text_forms24 import DEV_T24, LOCKED_T24, TEXT_FORMS24
from layouts.text_forms25 import DEV_T25, LOCKED_T25, TEXT_FORMS25
from layouts.text_forms26 import DEV_T26, LOCKED_T26, TEXT_FORMS26
from layouts.text_forms27 import DEV_T27, LOCKED_T27, TEXT_FORMS27
from layouts.text_forms28 import DEV_T28, LOCKED_T28, TEXT_FORMS28
from layouts.unseen import DEV, LOCKED, UNSEEN
from layouts.unseen2 import DEV2, LOCKED2, UNSEEN2
from layouts.unseen3 import DEV3, LOCKED3, UNSEEN3
from layouts.unseen4 import DEV4, LOCKED4, UNSEEN4
from layouts.unseen5 import DEV5, LOCKED5, UNSEEN5
from layouts.unseen6 import DEV6, LOCKED6, UNSEEN6
from layouts.unseen7 import DEV7, LOCKED7, UNSEEN7
from layouts.unseen8 import DEV8, LOCKED8, UNSEEN8
from layouts.unseen9 import DEV9, LOCKED9, UNSEEN9
from layouts.unseen10 import DEV10, LOCKED10, UNSEEN10
from layouts.unseen11 import DEV11, LOCKED11, UNSEEN11
from layouts.unseen12 import DEV12, LOCKED12, UNSEEN12
from layouts.unseen13 import DEV13, LOCKED13, UNSEEN13
from layouts.unseen14 import DEV14, LOCKED14, UNSEEN14
from layouts.unseen15 import DEV15, LOCKED15, UNSEEN15
from layouts.unseen16 import DEV16, LOCKED16, UNSEEN16
from layouts.unseen17 import DEV17, LOCKED17, UNSEEN17
from layouts.unseen18 import DEV18, LOCKED18, UNSEEN18
from layouts.unseen19 import DEV19, LOCKED19, UNSEEN19
from layouts.unseen20 import DEV20, LOCKED20, UNSEEN20
from layouts.unseen21 import DEV21, LOCKED21, UNSEEN21
from layouts.unseen22 import DEV22, LOCKED22, UNSEEN22
from layouts.unseen23 import DEV23, LOCKED23, UNSEEN23
from layouts.unseen24 import DEV24, LOCKED24, UNSEEN24
from layouts.unseen25 import DEV25, LOCKED25, UNSEEN25
from layouts.unseen26 import DEV26, LOCKED26, UNSEEN26
from layouts.unseen27 import DEV27, LOCKED27, UNSEEN27
from layouts.unseen28 import DEV28, LOCKED28, UNSEEN28


@dataclass(frozen=True)
class Round:
    layouts: dict[str, Layout]
    dev: list[str]
    locked: list[str]
    headline_per_layout: bool  # each DEV layout's headline at the bar, not only their whole
    stories: int | None  # the labelled stories the page checks wrap: the first ones, or all
    paragraphs_in_markup: bool  # every paragraph is in the page's text once tags are taken out
    at_the_bar: bool = True  # its DEV layouts held at the bar (a round fixed from their misses)


# Round 2's 公众号 mirror, whose <title> is the account's name and whose headline element is empty, gives 45 of
# 46 headlines, under the bar: round 2 holds the headline over its DEV layouts as a whole only. Round 1's
# 集约化 page prints 扫一扫在手机打开当前页, which a later capture (w012) holds in its own text, and its state
# pages carry the paragraphs as JSON strings: its page checks take the first six stories, without the paragraphs'.
# Round 3's 专题 and logo-h1 pages lose one headline each (w030, an e-paper capture whose own furniture lines
# stand between the headline and its body, past the reach of a heading above it): 45 of 46, the whole only.
# Round 4's marquee and print pages lose that same w030 headline: 45 of 46, the whole only.
# Round 5's srcdoc, 政策解读 and <caption> pages lose it too, and the 政策解读 page w013's and w052's (its info
# row and the captures' crumb lines stand between): 363 of 368, the whole only.
# Round 6's 微博 头条文章 page loses w030's headline too: 367 of 368, the whole only.
# Round 7's 专题, 项目推介 and 领导活动 pages lose it too: 365 of 368, the whole only.
# Round 8's 投资促进局, 开发区 and 政协 pages lose it too (their info rows stand between): 365 of 368, the whole only.
# Round 9's 人大, 商务局 and 企业 pages lose it too, the 商务局 page w013's and w052's, and the 开发区 page keeps
# the scraper's noise (w027's ` |`, 002's) on two captures' headline lines: 361 of 368, the whole only.
ROUNDS = {
    "round 1": Round(UNSEEN, DEV, LOCKED, headline_per_layout=True, stories=6, paragraphs_in_markup=False),
    "round 2": Round(UNSEEN2, DEV2, LOCKED2, headline_per_layout=False, stories=None, paragraphs_in_markup=True),
    "round 3": Round(UNSEEN3, DEV3, LOCKED3, headline_per_layout=False, stories=None, paragraphs_in_markup=True),
    "round 4": Round(UNSEEN4, DEV4, LOCKED4, headline_per_layout=False, stories=None, paragraphs_in_markup=True),
    "round 5": Round(UNSEEN5, DEV5, LOCKED5, headline_per_layout=False, stories=None, paragraphs_in_markup=True),
    "round 6": Round(UNSEEN6, DEV6, LOCKED6, headline_per_layout=False, stories=None, paragraphs_in_markup=True),
    "round 7": Round(UNSEEN7, DEV7, LOCKED7, headline_per_layout=False, stories=None, paragraphs_in_markup=True),
    "round 8": Round(UNSEEN8, DEV8, LOCKED8, headline_per_layout=False, stories=None, paragraphs_in_markup=True),
    "round 9": Round(UNSEEN9, DEV9, LOCKED9, headline_per_layout=False, stories=None, paragraphs_in_markup=True),
    "round 10": Round(
        UNSEEN10, DEV10, LOCKED10, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 11": Round(
        UNSEEN11, DEV11, LOCKED11, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 12": Round(
        UNSEEN12, DEV12, LOCKED12, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 13": Round(
        UNSEEN13, DEV13, LOCKED13, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 14": Round(
        UNSEEN14, DEV14, LOCKED14, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 15": Round(
        UNSEEN15, DEV15, LOCKED15, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 16": Round(
        UNSEEN16, DEV16, LOCKED16, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 17": Round(
        UNSEEN17, DEV17, LOCKED17, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 18": Round(
        UNSEEN18, DEV18, LOCKED18, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 19": Round(
        UNSEEN19, DEV19, LOCKED19, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 20": Round(
        UNSEEN20, DEV20, LOCKED20, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 21": Round(
        UNSEEN21, DEV21, LOCKED21, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 22": Round(
        UNSEEN22, DEV22, LOCKED22, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 23": Round(
        UNSEEN23, DEV23, LOCKED23, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 24": Round(
        UNSEEN24, DEV24, LOCKED24, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 25": Round(
        UNSEEN25, DEV25, LOCKED25, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 26": Round(
        UNSEEN26, DEV26, LOCKED26, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 27": Round(
        UNSEEN27, DEV27, LOCKED27, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    "round 28": Round(
        UNSEEN28, DEV28, LOCKED28, headline_per_layout=False, stories=None, paragraphs_in_markup=True, at_the_bar=False
    ),
    # Text forms, not pages: a 公报's running heads fall inside paragraphs, so their paragraphs are checked apart.
    "text round 1": Round(
        TEXT_FORMS1,
        DEV_T1,
        LOCKED_T1,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Its OCR form breaks paragraphs into lines with stray marks, and its document form puts page marks between
    # them: its paragraphs are checked apart, with the furniture taken out, as round 1's are.
    "text round 2": Round(
        TEXT_FORMS2,
        DEV_T2,
        LOCKED_T2,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its PDF, print and Word forms put page feet, running heads and side notes between paragraphs, so
    # its paragraphs are checked apart, with the furniture taken out, as rounds 1 and 2's are.
    "text round 3": Round(
        TEXT_FORMS3,
        DEV_T3,
        LOCKED_T3,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its yearbook form sets a 大事记 column beside the story's lines, its transcript puts 【同期】 lines
    # between paragraphs, so its paragraphs are checked apart, with the furniture taken out, as round 3's are.
    "text round 4": Round(
        TEXT_FORMS4,
        DEV_T4,
        LOCKED_T4,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its screenshot OCR cuts paragraphs at the screen's width and its PPT puts slide markers and footers
    # between them, so its paragraphs are checked apart, with the furniture taken out, as round 4's are.
    "text round 5": Round(
        TEXT_FORMS5,
        DEV_T5,
        LOCKED_T5,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its 会刊 puts page feet and running heads inside paragraphs cut at the column's width, its transcript
    # a speaker mark before each, and its CSV doubles the quotes of the text's cell, so its paragraphs are checked
    # apart, with the furniture taken out, as round 5's are.
    "text round 6": Round(
        TEXT_FORMS6,
        DEV_T6,
        LOCKED_T6,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its converted PDF cuts paragraphs at each page's end with a page foot and a watermark between the
    # halves, its 速记稿 puts （掌声） between paragraphs, its live page a time stamp before each, and its 解说词 sets
    # each paragraph in a table row between a shot and its seconds, so its paragraphs are checked apart, with the
    # furniture taken out, as round 6's are.
    "text round 7": Round(
        TEXT_FORMS7,
        DEV_T7,
        LOCKED_T7,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its fax puts the machine's header line at the top of every page, cutting a paragraph where a page
    # ends, its text-mode browser and its fax wrap paragraphs into rows, its mobile page folds the text under
    # 展开全文 with the share left unread, and its e-paper page sets a caption inside the text, so its paragraphs are
    # checked apart, with the furniture taken out, as round 7's are.
    "text round 8": Round(
        TEXT_FORMS8,
        DEV_T8,
        LOCKED_T8,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its subtitle file cuts every paragraph into rows with a cue's number and times between them, its
    # 转码 page sets ad blocks between paragraphs, its Markdown clip an image line, and its 邀请函 puts the story
    # after a form feed, so its paragraphs are checked apart, with the furniture taken out, as round 8's are.
    "text round 9": Round(
        TEXT_FORMS9,
        DEV_T9,
        LOCKED_T9,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its paged article sets a pager between the pages' paragraphs, its 传阅单 and 推荐表 put tables of
    # fields above the text and its 手机报 a 导读 list, so its paragraphs are checked apart, with the furniture taken
    # out, as round 9's are.
    "text round 10": Round(
        TEXT_FORMS10,
        DEV_T10,
        LOCKED_T10,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its Kindle clippings set a clipping's header and a separator between every two paragraphs, its e-book a
    # running head between two, its 微头条 runs the headline into the first paragraph and its database export indents
    # each, so its paragraphs are checked apart, with the furniture taken out, as round 10's are.
    "text round 11": Round(
        TEXT_FORMS11,
        DEV_T11,
        LOCKED_T11,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its OCR'd long image cuts every paragraph into rows, its deck's notes pages put slides' titles and
    # bullets between paragraphs, its clipboard history other clips between the article's pieces and its comparison
    # deleted words inside a paragraph, so its paragraphs are checked apart, with the furniture taken out, as round
    # 11's are.
    "text round 12": Round(
        TEXT_FORMS12,
        DEV_T12,
        LOCKED_T12,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its speech script sets pauses between a paragraph's sentences, its rundown cues between paragraphs, its
    # crawler's log cuts the content into quoted pieces and its API answer joins the paragraphs in one string with
    # tags or escapes, so its paragraphs are checked apart, with the furniture taken out, as round 12's are.
    "text round 13": Round(
        TEXT_FORMS13,
        DEV_T13,
        LOCKED_T13,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its OFD dump sets tags and coordinates between the printed lines of a paragraph, its calendar file folds
    # the description and escapes its newlines, its shell cuts the content into quoted pieces at its newlines and its
    # handout sets comments between paragraphs, so its paragraphs are checked apart, with the furniture taken out, as
    # round 13's are.
    "text round 14": Round(
        TEXT_FORMS14,
        DEV_T14,
        LOCKED_T14,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its read-later export repeats a sentence of the story as a highlight after the text, its mail, notice
    # and bot card set notes, signatures and replies around it, and its pages run a credit and a counter into the info
    # line, so its paragraphs are checked apart, with the furniture taken out, as round 14's are.
    "text round 15": Round(
        TEXT_FORMS15,
        DEV_T15,
        LOCKED_T15,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its journal copy and its screenshots' OCR cut paragraphs into printed rows with page feet, watermarks,
    # browser bars and taskbars between them, its mail reply re-wraps them behind "> ", and its outliner sets each
    # behind a tab and a dash, so its paragraphs are checked apart, with the furniture taken out, as round 15's are.
    "text round 16": Round(
        TEXT_FORMS16,
        DEV_T16,
        LOCKED_T16,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its feed reader cuts paragraphs into rows of the terminal's width, its crawler's get_text may run them
    # together, and its JSON records, data set and table join them by escaped newlines or inside a quoted cell, so its
    # paragraphs are checked apart, with the furniture taken out, as round 16's are.
    "text round 17": Round(
        TEXT_FORMS17,
        DEV_T17,
        LOCKED_T17,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its OCR and .doc converter cut paragraphs into rows of the column's width, its shell indents a value's
    # rows under its name, its extractor runs the lines together by spaces and its dump, crawler and JSON escape their
    # line breaks or drop them, so its paragraphs are checked apart, with the furniture taken out, as round 17's are.
    "text round 18": Round(
        TEXT_FORMS18,
        DEV_T18,
        LOCKED_T18,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its text browser cuts paragraphs into rows of the terminal's width, its PDF parser leaves one cut in two
    # where a page ended, its news database sets a field's code before the first paragraph, and its extractor, loader
    # and knowledge base join them by escaped newlines or merge them into segments, so its paragraphs are checked
    # apart, with the furniture taken out, as round 18's are.
    "text round 19": Round(
        TEXT_FORMS19,
        DEV_T19,
        LOCKED_T19,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its scanner app and subtitle list cut paragraphs into printed or subtitle rows with page feet and
    # watermarks between them, its recogniser cuts them into stamped segments, its document site runs them together
    # with a template's head and foot at a page's turn, and its search index and annotation tool join them by escaped
    # newlines or set each in a record of its own, so its paragraphs are checked apart, with the furniture taken out,
    # as round 19's are.
    "text round 20": Round(
        TEXT_FORMS20,
        DEV_T20,
        LOCKED_T20,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its OCR engine cuts paragraphs into boxes' rows behind their points and scores, its subtitle file and
    # meeting transcript into cues behind their times, its recogniser runs them together behind segments' tags, and
    # its crawler's console, records and exports set them among escapes, keys, tags and entities, so its paragraphs
    # are checked apart, with the furniture taken out, as round 20's are.
    "text round 21": Round(
        TEXT_FORMS21,
        DEV_T21,
        LOCKED_T21,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its subtitles cut paragraphs into cues behind their times, its OCR service into rows behind their keys,
    # its database client into wrapped lines behind bars and marks, its dumps, exports and consoles set them among
    # keys, attributes, entities, escapes and quotes, so its paragraphs are checked apart, with the furniture taken
    # out, as round 21's are.
    "text round 22": Round(
        TEXT_FORMS22,
        DEV_T22,
        LOCKED_T22,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its logs cut paragraphs into chunks behind log lines' prefixes, its Word XML into runs behind their
    # properties, its partitioner and speech service into elements and sentences behind their keys, and its exports,
    # dumps, answers and consoles set them among keys, escapes, tags, styles, headers and quotes, so its paragraphs are
    # checked apart, with the furniture taken out, as round 22's are.
    "text round 23": Round(
        TEXT_FORMS23,
        DEV_T23,
        LOCKED_T23,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its SQL log breaks the content's lines inside a log line behind parameters' types, its container log and
    # its pipeline set each line or row behind escapes, keys and stamps, its segment dump runs the page's text together
    # on one line, its snapshot, TEI, RIS note, TeX, typesetting source and exports set paragraphs among nodes, tags,
    # commands, annotations and entities, and its copied request may set a caret before every character, so its
    # paragraphs are checked apart, with the furniture taken out, as round 23's are.
    "text round 24": Round(
        TEXT_FORMS24,
        DEV_T24,
        LOCKED_T24,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its Word save and scanning pen break every paragraph into printed rows, its forum source sets each in
    # BBCode tags, its H5 scene and speech draft set page numbers and 【】 cues between paragraphs, and its news sites
    # and apps may run a dateline into the first, so its paragraphs are checked apart, with the furniture taken out,
    # as round 24's are.
    "text round 25": Round(
        TEXT_FORMS25,
        DEV_T25,
        LOCKED_T25,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its PDF-to-text conversion breaks every paragraph into the page's rows with page feet and the OA's
    # watermark between them, its teleprompter script sets breath marks between paragraphs, its SMS runs the sender's
    # mark into the headline or the first paragraph, and its news clients may run a dateline into the first, so its
    # paragraphs are checked apart, with the furniture taken out, as round 25's are.
    "text round 26": Round(
        TEXT_FORMS26,
        DEV_T26,
        LOCKED_T26,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its meeting transcripts cut every paragraph into turns behind a speaker and a time, its 文案 extractor
    # runs the paragraphs together (or leaves spaces for their marks), its approval sets the form's labels between
    # the headline, the outlet and the day, and its apps may set 原标题 and the headline over the first paragraph, so
    # its paragraphs are checked apart, with the furniture taken out, as round 26's are.
    "text round 27": Round(
        TEXT_FORMS27,
        DEV_T27,
        LOCKED_T27,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
    # Sealed: its 数字报 lists the headline again among the page's titles, its 2015 portal ends the crumb in the
    # headline (whole or cut), its 繁體 page sets the headline through the switch's table, its phone copy may set a
    # teaser over 原标题, and its pages may leave blank lines between paragraphs, so its paragraphs are checked apart,
    # with the furniture taken out, as round 27's are.
    "text round 28": Round(
        TEXT_FORMS28,
        DEV_T28,
        LOCKED_T28,
        headline_per_layout=False,
        stories=None,
        paragraphs_in_markup=False,
        at_the_bar=False,
    ),
}
AT_THE_BAR = {name: written for name, written in ROUNDS.items() if written.at_the_bar}


def _printed(page: Wrapped) -> str:
    """What a page holds as text anywhere (markup, attributes or script), tags taken out; a text form as it is."""
    if page.kind == "text":
        return squash(page.html)
    return squash(html.unescape(re.sub(r"<[^>]+>", "", page.html)))


@pytest.mark.parametrize("written", ROUNDS.values(), ids=ROUNDS)
def test_ten_families_or_more_split_into_dev_and_locked(written: Round) -> None:
    assert len(written.layouts) >= 10
    assert sorted(written.dev + written.locked) == sorted(written.layouts)
    assert not set(written.dev) & set(written.locked)


@pytest.mark.parametrize("written", ROUNDS.values(), ids=ROUNDS)
def test_every_furniture_string_is_on_its_page_and_none_is_in_any_story(written: Round) -> None:
    """The furniture measure can fail: each string is on the page, and none is part of the story told."""
    for label in labelled()[: written.stories]:
        told = story(label)
        body = squash("".join(told.lines))
        for name, wrap in written.layouts.items():
            page = wrap(told)
            shown = _printed(page)
            for piece in page.furniture:
                assert squash(piece) in shown, (name, piece)
                assert squash(piece) not in body, (name, label.key, piece)


@pytest.mark.parametrize("written", [r for r in ROUNDS.values() if r.paragraphs_in_markup])
def test_every_paragraph_of_every_story_is_in_its_page(written: Round) -> None:
    """The whole-body measure can be met: the pages hide or fold paragraphs, never drop them."""
    for label in labelled()[:8]:
        told = story(label)
        for name, wrap in written.layouts.items():
            shown = _printed(wrap(told))
            assert all(squash(line) in shown for line in told.lines), name


def _outside_gbk(char: str) -> bool:
    try:
        char.encode("gbk")
    except UnicodeEncodeError:
        return True
    return False


def test_the_gbk_page_is_gbk_bytes_and_keeps_what_gbk_cannot_hold_as_references() -> None:
    told = next(story(label) for label in labelled() if any(map(_outside_gbk, "".join(story(label).lines))))
    outside = sorted({char for char in "".join(told.lines) if _outside_gbk(char)})
    page = UNSEEN["gbk_dongyi"](told)
    assert page.encoding == "gbk"
    page.html.encode("gbk")  # would raise on any character GBK cannot hold
    for char in outside:
        assert f"&#{ord(char)};" in page.html


@pytest.fixture(scope="module", params=AT_THE_BAR.values(), ids=AT_THE_BAR)
def dev_measured(request: pytest.FixtureRequest) -> tuple[Round, dict]:
    written: Round = request.param
    return written, measure({name: written.layouts[name] for name in written.dev})


def test_every_dev_page_became_an_article(dev_measured) -> None:
    written, tallies = dev_measured
    assert tallies["all"].total["headline"] == len(written.dev) * len(labelled())


@pytest.mark.parametrize("name", HELD)
def test_each_measure_holds_over_the_dev_layouts(dev_measured, name: str) -> None:
    tally = dev_measured[1]["all"]
    misses = [miss for miss in tally.misses if miss.startswith(name + ":")]
    assert tally.rate(name) >= BAR, "\n".join(misses[:10])


def test_each_dev_layout_keeps_its_furniture_out_and_its_headline(dev_measured) -> None:
    written, tallies = dev_measured
    for name in written.dev:
        assert tallies[name].rate("no furniture") >= BAR, name
        if written.headline_per_layout:
            assert tallies[name].rate("headline") >= BAR, name


def test_round_10_is_split_six_and_six_as_first_written_and_held_at_no_bar() -> None:
    """Round 10's LOCKED half is fixed before anything is scored: renaming a layout would move it."""
    assert LOCKED10 == [
        "chinadaily_article_asides",
        "tongjiju_dt_headline_spaced_editor",
        "traditional_reprint_tagged_h1",
        "xiangzhen_span_title_tool_list",
        "zhaoshang_portal_header_p_card",
        "zhongxin_alt_caption_editor_bracket",
    ]
    assert len(DEV10) == 6
    spent_or_fresh = {
        "round 10",
        "round 11",
        "round 12",
        "round 13",
        "round 14",
        "round 15",
        "round 16",
        "round 17",
        "round 18",
        "round 19",
        "round 20",
        "round 21",
        "round 22",
        "round 23",
        "round 24",
        "round 25",
        "round 26",
        "round 27",
        "round 28",
        "text round 1",
        "text round 2",
        "text round 3",
        "text round 4",
        "text round 5",
        "text round 6",
        "text round 7",
        "text round 8",
        "text round 9",
        "text round 10",
        "text round 11",
        "text round 12",
        "text round 13",
        "text round 14",
        "text round 15",
        "text round 16",
        "text round 17",
        "text round 18",
        "text round 19",
        "text round 20",
        "text round 21",
        "text round 22",
        "text round 23",
        "text round 24",
        "text round 25",
        "text round 26",
        "text round 27",
        "text round 28",
    }
    assert sorted(AT_THE_BAR) == sorted(set(ROUNDS) - spent_or_fresh)


# The LOCKED half of each round held at no bar, as first written: fixed before anything is scored, so renaming a
# layout or a form would move it. Round 13 was scored once, both halves, at the end of 0.15.0's related-headline rule,
# round 14 at the end of its controls lines; text round 3 was so scored at the end of 0.15.0's text-block rules, text
# round 4 at the end of its "no headline" rule, text round 5 at the end of the rules made after that and text round 6
# at the end of its controls lines and asking or exclaiming headlines, text round 7 at the end of its headline over
# the article's info line and the page's bars, text round 8 at the end of its lists of other pages' headlines, text
# round 9 at the end of its bilingual labels. Round 15 was scored at the end of 0.15.0's rules from the spent rounds
# 12 to 14, round 16 at the end of its XML documents and H5 scenes, round 17 at the end of the text path's app
# detail-page bar, round 18 at the end of the reader's foreign headings, round 19 at the end of its foreign <title>s;
# round 20 was so scored at the end of the reader's copies' days and furniture, round 21 at the end of the script
# data's walk shared with the text path's records. Text round 10
# was scored at the end of its subtitle files and Markdown clips, text round 11 at the end of its mastheads apart by a
# bar, text round 12 at the end of the outlet labelled with 丨, text round 13 at the end of the XML documents read as
# text, text round 14 at the end of an app's detail-page bar as furniture, text rounds 15 and 16 at the end of its
# pages converted to Markdown, text round 17 at the end of its Markdown exports opening with a heading and its days a
# page was kept, text round 18 at the end of its furniture of the genre (an AI note, a bracketed caption, a paywall's
# prompt), text round 19 at the end of its records a tool printed, text round 20 at the end of its objects' reprs.
# Round 22 was so scored at the end of the headline's title labels.
# Text round 21 was so scored at the end of the text path's title labels and segment times.
# Round 23 was so scored at the end of the pinyin-initial columns, text round 22 too.
# Text round 23 was so scored at the end of the text path's line ends, title labels and field lines; round 24 and text
# round 24 at the end of a platform's stand-in titles and an account's counters.
# Round 25 was so scored at the end of an official account's line of collections (and the day's shared mends).
# Rounds 26 and 27 were so scored at the end of a periodical's issue as no headline and the text path's menus,
# headers, offices and places.
# Round 28 is sealed, to be so scored at the end of the reader's next change (its "before": 0a46ee2).
# Text round 25 was so scored at the end of the wrapped headlines and the review's mends.
# Text rounds 26 and 27 were so scored at the end of the text path's menus, headers, offices, periodicals and places.
# Text round 28 is sealed, to be so scored at the end of the text path's next change (its "before": 0a46ee2).
FIRST_WRITTEN = {
    "round 11": [
        "gongshanglian_dl_font_slash_credits",
        "kaifaqu_module_titles_hotline",
        "lingdao_card_bracket_run",
        "macau_release_day_first_portuguese",
        "xinwen_next_data_byline_dot",
        "zhengxie_member_card_strong_title",
    ],
    "round 12": [
        "crumb_current_h1_column_only",
        "fangtan_topic_dd_transcript_tabs",
        "hk_gazette_end_mark_date_after",
        "jcms_twin_h2_zhuanti_banner",
        "tuijie_tabs_hidden_panels",
        "wayback_toolbar_bureau_h1",
    ],
    "round 13": [
        "fanti_switch_portal_run_labels",
        "rmrb_epaper_issue_line_kicker",
        "touzicu_project_table_above",
        "weibo_ttarticle_at_author",
        "xinhua_client_seconds_pipe_source",
        "zhuanti_two_articles_second_asked",
    ],
    "round 14": [
        "caixin_paywall_summary_jsonld_publisher",
        "douban_note_repost_closing_source",
        "eastmoney_quote_chips_original_title",
        "meipian_account_card_captions",
        "mobile_next_article_preloaded",
        "webplus_gaoxiao_twin_h1_publisher",
    ],
    "round 15": [
        "eqxiu_h5_scene_element_boxes",
        "feed_reader_hant_relative_time",
        "hexo_next_repost_original_day",
        "tuwen_zhibo_host_posts_times",
        "wap_xhtml_mp_clock_line",
        "zaixian_wendang_draft_file_title",
    ],
    "round 16": [
        "baidu_zhidao_best_answer_paste",
        "bilibili_zhuanlan_up_card_state",
        "fanwen_daoyu_midtext_source_tags",
        "jianshu_diamond_meta_zanshang",
        "menggu_bilingual_qi_portal",
        "singlefile_saved_fagai_site",
    ],
    "round 17": [
        "edm_kuaixun_issue_daodu_tuiding",
        "gitbook_huibian_summary_pagefooter",
        "gitee_blob_markdown_commit_bar",
        "pdfjs_viewer_text_layer_kaifaqu",
        "qiankun_subapp_head_in_body",
        "umi_ssr_antd_text_separators",
    ],
    "round 18": [
        "mediawiki_difangzhi_reference_last_edited",
        "office_online_word_viewer_textruns",
        "uc_dayu_share_initial_data_yearless",
        "vant_h5_navbar_wenzhang_xiangqing",
        "xinbang_gzh_mirror_position_reads",
        "yunzhan_flipbook_seo_pages_toc",
    ],
    "round 19": [
        "chrome_raw_json_api_detail_pre",
        "lingdao_huodong_rili_leader_strip",
        "printfriendly_pf_title_src_print_date",
        "xiaohongshu_note_initial_state_undefined",
        "yijian_zhengji_window_form_caina",
        "zhengding_gonggao_read_counts_watermark",
    ],
    "round 20": [
        "chrome_print_pdftohtml_headers",
        "founder_city_paper_enpcontent_hot_rank",
        "gkmlpt_classify_table_post_config",
        "guifan_wenjianku_shixiao_fields",
        "metinfo_yuanqu_shownews_issue_hits",
        "paper_app_hao_statement_account_posts",
    ],
    "round 21": [
        "baidu_span_ids_pubtime_source_changyan",
        "baijiahao_landing_updatetime_testid",
        "fabao_record_yinzhengma_shixiao",
        "govinfo_archive_record_caiji_riqi",
        "nuxt3_devalue_payload_touzi_cujin",
        "ucap_content_firstpublished_lastmodified",
    ],
    "round 22": [
        "bootstrap_visible_xs_twin_info_badges",
        "douyin_note_render_data_uri_json",
        "elementor_jingwai_yuanqu_yoast_gmt",
        "huiyi_gongkai_changwuhui_chuxi_liexi",
        "savepage_we_shadowloader_saved_date",
        "taro_h5_router_page_rich_text_core",
    ],
    "round 23": [
        "amazeui_yunshipei_am_article_footer_switch",
        "angular_universal_ngcontent_serverapp_state",
        "dreamweaver_dwt_huaqiao_shanghui_cp1252_ncr",
        "shiguan_news_body_time_slash_date",
        "webscrapbook_capture_linemarker_sticky_note",
        "xiehui_baidu_push_late_charset_meta",
    ],
    "round 24": [
        "domino_nsf_opendocument_font_title",
        "fkw_jianzhan_shanghui_news_detail_module",
        "ionic_hydrated_ion_content_detail_title",
        "pageadmin_net_moment_article_info_clicks",
        "wix_blog_post_data_hook_huawen_bao",
        "wml_wap1_card_title_shouji_menhu",
    ],
    "round 25": [
        "changjiangyun_yunshang_xian_detail_title_div",
        "hongxing_xinwen_xiazai_baoliao_youjiang",
        "jiemian_article_info_jizhe_bianji_pipes",
        "nfapp_zuozhe_laiyuan_brackets_nanfang_plus",
        "pbootcms_kaifaqu_pingtai_gongsi_query_url",
        "shouji_dianzibao_xianbao_banmian_benban",
    ],
    "round 26": [
        "cqnews_quxian_xinchongqing_kehuduan_xun",
        "eastday_main_tit_zuozhe_xuangao",
        "iqilu_shandian_xinwen_xun_info_spans",
        "jxnews_gbk_biaoti_div_xun_jizhe_baodao",
        "scol_shizhou_chuanguan_jizhe_line_xiazai",
        "ynet_beiqing_yearmsg_timemsg_sourcemsg",
    ],
    "round 27": [
        "cadz_kaifaqu_xiehui_gbk_news_title_liulan_cishu",
        "dbw_neirong_dizhi_hui_duanluo_dongbeiwang_xun",
        "henan_shengzhengfu_shixian_dongtai_trs_ueditor_ipv6",
        "mofcom_difang_shangwu_artitle_arsource_artcon",
        "sichuan_jiyuehua_xian_tianfu_tongban_detail_title",
        "xhby_jiaohuidian_xun_closing_jizhe_bracket",
    ],
    "round 28": [
        "gog_duocai_guizhou_shizhou_benwang_xun_ershen_sanshen",
        "guangdong_jiyuehua_shi_zw_title_post_yueshengshi",
        "guangxi_jiyuehua_xian_article_inf_zhiguitong",
        "qibocms_xian_menhu_bencandy_gbk_about_msg",
        "qicai_yunduan_yunnan_xian_rongmei_zebian_jiaodui_shenhe",
        "wordpress_begin_theme_zhaoshang_single_meta_copyright_post",
    ],
    "text round 1": [
        "gongbao_pdftotext_running_heads",
        "hk_release_traditional_date_last",
        "search_cache_text_only",
        "wechat_pc_copy_original_tail",
        "weibo_long_post_bracket_title",
        "xxgk_table_tab_copy",
    ],
    "text round 2": [
        "county_mobile_tabbar_visits",
        "newsletter_mail_headers_unsubscribe",
        "people_channel_zebian_share",
        "taiwan_county_news_roc_date",
        "wenku_doc_page_marks",
        "zhihu_column_ip_source_last",
    ],
    "text round 3": [
        "baijiahao_fans_report_feedback",
        "netease_app_gentie_jubao",
        "township_gzh_blue_words_emoji",
        "work_report_pdf_side_column_footnotes",
        "xiaohongshu_note_edited_yearless",
        "xinhua_channel_select_all_jiucuo",
    ],
    "text round 4": [
        "govcn_client_share_local_domain",
        "takungpao_wenweipo_hant_subtitle",
        "tencent_docs_compilation_relative_comments",
        "xuexi_platform_crumb_slogan_points",
        "yearbook_pdftotext_layout_dashiji_column",
        "youdao_clip_note_source_url",
    ],
    "text round 5": [
        "chaoxinwen_share_byline_reads_related",
        "dangjian_site_kicker_xiezai_deck",
        "hk_listed_group_news_stock_code_hant",
        "wechat_chat_record_forwarded_text",
        "zhaoshang_aggregator_disclaimer_projects",
        "zhengwu_app_screenshot_ocr_status_bar",
    ],
    "text round 6": [
        "bilibili_video_intro_coins_next_up",
        "huikan_pdf_media_review_agenda",
        "mp_backend_editor_draft_scheduled",
        "oa_xinxi_export_gb18030_read_log",
        "prwire_release_dateline_run_in",
        "tingjian_asr_export_speaker_stamps",
    ],
    "text round 7": [
        "county_app_inapp_select_all_yearless",
        "doc360_library_repost_flowers",
        "jieshuoci_shot_table_tabs",
        "lingdao_huodong_leader_window_gb18030",
        "pdf_converter_trial_watermark_speech",
        "weibo_toutiao_article_read_count",
    ],
    "text round 8": [
        "epaper_banmian_pdf_neighbour_articles",
        "kaifaqu_site_gb18030_park_data",
        "lynx_dump_references_wrapped",
        "qq_news_pc_ai_summary_listen",
        "wayback_select_all_capture_bar",
        "zhengce_jiedu_guanlian_wenjian_tabs",
    ],
    "text round 9": [
        "gaoxiao_news_meiti_guanzhu_gb18030",
        "qichatong_company_news_sentiment_bom",
        "renda_jianyi_dafu_xxgk_fields",
        "srt_subtitles_title_cards_bom",
        "tuijiehui_yaoqinghan_pdf_fujian_huizhi",
        "wuzhangai_toolbar_dazimu_crlf",
    ],
    "text round 10": [
        "audio_platform_episode_wengao_album",
        "gzh_heji_tags_prev_next_utf16",
        "meipian_share_copy_music_reads",
        "outlook_forward_fw_disclaimer_gb18030",
        "qikan_wenzhai_reprint_yuanzai_issue",
        "renminhao_client_share_open_app",
    ],
    "text round 11": [
        "ebook_huibian_txt_toc_running_head",
        "eml_raw_mime_base64_attachment_gb18030",
        "nvda_speech_log_roles_utf16",
        "qzone_rizhi_zhuanzai_fenlei_reads",
        "shipinhao_desc_topics_shouqi_comments",
        "yinxiang_clip_note_info_fields",
    ],
    "text round 12": [
        "cuncunxiang_guangbo_bofadan_gb18030",
        "mysql_cli_vertical_row_content_p",
        "ppt_notes_pages_slides_between_utf16",
        "wcm_backend_edit_page_fields_log",
        "weread_gzh_notes_export_arrows",
        "yuque_markdown_export_anchors_image_query",
    ],
    "text round 13": [
        "chuanliandan_rongmeiti_vcr_utf16",
        "ssml_ai_anchor_breaks",
        "tika_metadata_then_text_docx",
        "wechat_jielong_study_roll",
        "xinxi_baosong_caiyong_jifen",
        "xuexi_cankao_bianzhean_sikaoti_gb18030",
    ],
    "text round 14": [
        "commoncrawl_wet_records_crlf_headers",
        "dingtalk_rizhi_zhoubao_yidu",
        "ganbu_wangxue_tuwen_kecheng_xueshi",
        "jina_reader_markdown_links_setext",
        "mongosh_findone_string_pieces",
        "outlook_ics_description_folded_crlf",
    ],
    "text round 15": [
        "cubox_read_later_markdown_highlights",
        "edge_immersive_reader_toolbar_crlf",
        "feishu_bot_card_site_monitor",
        "jiangnanplus_hao_client_copy",
        "onenote_pasted_from_clip_stamp",
        "quark_reading_mode_chapter_bar",
    ],
    "text round 16": [
        "logseq_journal_blocks_properties",
        "notion_export_markdown_english_properties",
        "thunderbird_reply_quoted_rewrapped_crlf",
        "tieba_thread_floor_tails_select_all",
        "whatsapp_liaison_group_export_stamps",
        "xianchangyun_share_account_views",
    ],
    "text round 17": [
        "calibre_news_recipe_txt_navbar",
        "gzh_batch_downloader_txt_header_comments",
        "html2text_portal_markdown_link_menus",
        "org_capture_link_heading_quote_block",
        "sft_alpaca_json_headline_as_output",
        "wangyihao_pc_select_all_statement",
    ],
    "text round 18": [
        "antiword_doc_table_bars_wrapped",
        "mysqldump_dedecms_epoch_extended_insert",
        "rsshub_rss_cdata_gmt_items",
        "trs_rec_angle_fields_gb18030",
        "weibo_crawler_csv_zhengwen_bom",
        "wjx_dajuan_detail_tihao",
    ],
    "text round 19": [
        "dify_zhishiku_segments_select_all",
        "fanwen_site_word_download_tuijiandu",
        "gne_extractor_result_dict_print",
        "langchain_webbaseloader_document_repr",
        "lianbo_wenzigao_benqi_items",
        "mp_weixin_browser_select_all_a11y_labels",
    ],
    "text round 20": [
        "dianshi_changci_no_punctuation_gb18030",
        "nvivo_case_node_references_coverage",
        "renrendoc_page_alts_jianjie_run_together",
        "saomiao_quanneng_txt_page_watermark_rows",
        "whisper_cli_verbose_segments_timestamps",
        "xueqiu_post_cashtags_client_tail",
    ],
    "text round 21": [
        "evernote_enex_en_note_cdata_utc",
        "fiddler_saved_session_app_detail_json",
        "kaifang_shuju_api_pinyin_initial_keys",
        "rongmei_site_sanshen_credits_select_all",
        "sensevoice_funasr_generate_tags_withitn",
        "zoom_transcript_vtt_speaker_cues",
    ],
    "text round 22": [
        "baidu_ocr_words_result_print_dict",
        "gzh_api_freepublish_news_item_json",
        "node_console_inspect_string_plus_lines",
        "psql_expanded_record_plus_wrap_marks",
        "rvest_console_character_vector_print",
        "uiautomator_dump_webview_node_attrs",
    ],
    "text round 23": [
        "aliyun_filetrans_sentences_json",
        "cf_html_clipboard_header_fragment",
        "logcat_okhttp_body_split_lines",
        "querylist_php_print_r_array",
        "webmagic_console_pipeline_fields",
        "wget_warc_response_record_page",
    ],
    "text round 24": [
        "devtools_copy_as_curl_cms_save_body",
        "docker_json_file_log_stream_lines",
        "nutch_readseg_dump_parse_text",
        "tei_corpus_header_body_paragraphs",
        "telegram_export_json_text_entities",
        "zotero_ris_export_child_note_html",
    ],
    "text round 25": [
        "chinanews_pc_select_all_dianxun_bianji",
        "h5_scene_preview_select_all_jishu_zhichi",
        "saomiaobi_swipes_line_per_row_notepad",
        "tencent_news_app_select_all_chuangzuozhe_reping",
        "toutiao_app_select_all_author_ip_yearless",
        "tuijie_ci_draft_ppt_cue_brackets",
    ],
    "text round 26": [
        "baidu_app_feed_baijiahao_tingwenzhang",
        "ce_cn_difang_select_all_zeren_bianji",
        "ifeng_news_app_inapp_copy_dafenghao_shengming",
        "thepaper_app_inapp_copy_benwen_laizi",
        "wecom_gonggao_pc_yidu_queren",
        "zhengwu_duanxin_notice_jushou_huifu",
    ],
    "text round 27": [
        "dingtalk_shenpi_xinxi_fabu_liucheng",
        "eastmoney_guba_tiezi_select_all_shengming",
        "feishu_miaoji_export_guanjianci_wenzi_jilu",
        "qq_qun_gonggao_pc_yidu_fabu",
        "sina_news_app_inapp_copy_zebian_reping",
        "tencent_meeting_jiyao_zhuanxie_export",
    ],
    "text round 28": [
        "dangbao_shuzibao_banmian_mulu_benban_xinwen",
        "dongyi_zhaoshangju_ie_save_txt_gengxin_shijian",
        "gaoxinqu_2015_xiala_caidan_gundong_select_all",
        "jianfan_qiehuan_fanti_county_portal_select_all",
        "jiyuehua_2023_bumen_lanmu_chrome_select_all",
        "shibao_xinwenwang_select_all_bianzhean_zebian",
    ],
}


@pytest.mark.parametrize("name", FIRST_WRITTEN)
def test_a_rounds_locked_half_is_six_as_first_written_and_held_at_no_bar(name: str) -> None:
    written = ROUNDS[name]
    assert written.locked == FIRST_WRITTEN[name]
    assert len(written.dev) == 6
    assert name not in AT_THE_BAR


TEXT_ROUNDS = {
    "text round 1": TEXT_FORMS1,
    "text round 2": TEXT_FORMS2,
    "text round 3": TEXT_FORMS3,
    "text round 4": TEXT_FORMS4,
    "text round 5": TEXT_FORMS5,
    "text round 6": TEXT_FORMS6,
    "text round 7": TEXT_FORMS7,
    "text round 8": TEXT_FORMS8,
    "text round 9": TEXT_FORMS9,
    "text round 10": TEXT_FORMS10,
    "text round 11": TEXT_FORMS11,
    "text round 12": TEXT_FORMS12,
    "text round 13": TEXT_FORMS13,
    "text round 14": TEXT_FORMS14,
    "text round 15": TEXT_FORMS15,
    "text round 16": TEXT_FORMS16,
    "text round 17": TEXT_FORMS17,
    "text round 18": TEXT_FORMS18,
    "text round 19": TEXT_FORMS19,
    "text round 20": TEXT_FORMS20,
    "text round 21": TEXT_FORMS21,
    "text round 22": TEXT_FORMS22,
    "text round 23": TEXT_FORMS23,
    "text round 24": TEXT_FORMS24,
    "text round 25": TEXT_FORMS25,
    "text round 26": TEXT_FORMS26,
    "text round 27": TEXT_FORMS27,
    "text round 28": TEXT_FORMS28,
}


@pytest.mark.parametrize("forms", TEXT_ROUNDS.values(), ids=TEXT_ROUNDS)
def test_every_text_form_is_text_in_its_encoding_with_every_paragraph_once_its_furniture_is_out(
    forms: dict[str, Layout],
) -> None:
    """The whole-body measure can be met on text: running heads, page marks, stray OCR marks, side notes and tool
    lines may cut a paragraph, never drop it; the form's bytes (GB18030, UTF-16, UTF-8 with a BOM) hold it all."""
    for label in labelled():
        told = story(label)
        for name, wrap in forms.items():
            form = wrap(told)
            assert form.kind == "text", name
            assert form.html.encode(form.encoding).decode(form.encoding) == form.html, name
            shown = _printed(form)
            for piece in form.furniture:
                shown = shown.replace(squash(piece), "")
            assert all(squash(line) in shown for line in told.lines), (name, label.key)


@pytest.mark.parametrize("key", ["001_e41f1b669d5e67a4", "w014", "w027"])
def test_a_portals_name_and_its_sections_apart_by_a_bar_are_no_headline(key: str) -> None:
    """A disclosure platform's masthead, 某县人民政府门户网站　|　政府信息公开平台, is the site's, however long its
    unmistakable name: the reply's headline under the disclosure fields is (text round 9's form, spent)."""
    label = next(label for label in labelled() if label.key == key)
    page = TEXT_FORMS9["renda_jianyi_dafu_xxgk_fields"](story(label))
    article = parse_page("renda_jianyi_dafu_xxgk_fields", label, page).article
    assert article is not None and article.title == label.title
