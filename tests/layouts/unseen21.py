"""Twelve more page layouts written blind (round 21): before reading the HTML reader, and fixed against by nobody.

Round 21 is sealed: not scored when written; it is to be scored once, both halves, at the end of the web-page reader's
next change after round 20's, and nothing is fixed from its misses. Each layout is after a kind of Chinese page met in
the wild that rounds 1 to 20 did not draw, weighed toward what generalises (the conventions a whole class of sites
share: the span ids news sites keep for Baidu's news crawler, the 开普云 UCAP template of city portals and its
first/last-published `<meta>`s, the iconfont glyphs and today lines of newer 开发区 templates, a 信息公开 page folding
its index into `<details>`, a site rebuilt on Nuxt 3, the mirrors of self-media on 采集站 and on a platform's landing
page, an aggregator in Traditional script, a 手机 portal, an archive of government pages, a law database, a report
seller's SEO page), the headline competing with a site's, a column's, a platform's or a database's own name or an `<h2>`
of the outlet's, and the dates such pages set beside the article's own (a last modification, a today line in the lunar
calendar, a creation and an update in a state, a crawl, a 采集 day, an 实施 day, an 更新 day, a 成文 day, comments'
days, a UTC `datetime` that falls on the day before):

- a 省级 news site's article on a common news CMS: `<title>` headline_column_site (column_site where the story has
  none), the `<h1 id="article_title">`, the info bar in the span ids news sites keep for Baidu (`pubtime_baidu` with the
  time in one of two forms, `source_baidu` 来源：<a>X</a> (the site where the story names none), `author_baidu` 作者：,
  empty half the time, `editor_baidu` 编辑：), 字号, the text between 正文开始/正文结束 comments, a Baidu share box, the
  site's copyright notice naming 来源：the site, 相关阅读 with days, a rendered 畅言 box (网友评论, 已有N人参与,
  comments with later days and provinces, its disclaimer), 排行榜, the licence;
- a city portal on the 开普云 UCAP template: `<meta name="firstpublishedtime">` (2021-01-09-09:30:00) and a later
  `lastmodifiedtime` of the same form, `catalog` and `contentid` metas, `<title>` headline_column_site (column_site
  where the story has none), 无障碍/长者模式/移动版, the crumb, the `<h1>`, `pages-date` holding the time unlabelled,
  来源： (the site where the story names none), 【字体：大 中 小】 and 打印, the text in `#UCAP-CONTENT`, 【我要纠错】
  and 责任编辑, 分享 and 手机扫码打开本页, 相关稿件 with days, 主办/网站标识码/ICP/公网安备, a 党政机关 badge and the
  政府网站找错 script;
- a 采集站 (content farm) on an 帝国CMS-like template copying the story: `<title>` headline_site (地方_site where the
  story has none), keywords and description metas, a nav and search box, 当前位置, the `<h1>`, 时间：the story's day
  (its own address holds the farm's later day), 来源：X or 来源：网络, 编辑：小编 and an unfilled 阅读 count, the
  paragraphs with their first keywords linked to tag pages, 本文地址：the address, a 免责声明, 标签, 上一篇/下一篇,
  相关文章 with days, 猜你喜欢, 热门标签, 最新文章, 站长统计;
- a 百家号 article on Baidu's mobile landing page: `<title>` the headline (the account's page where the story has none),
  CSS-module class names with hashes, 打开百度APP, the headline a `<div>` (absent where the story has none), the account
  unlabelled (made up where the story names none) with its avatar, the time as `<span data-testid="updatetime">`
  (2021-01-09 09:30) and a province, the account's description (官方账号 or a 创作者 line), 关注, every paragraph in a
  hashed `<div>`, 展开剩余N%, 举报/反馈, the platform's statement, 百度热搜 ranked with 热/新 marks, 为你推荐 with
  accounts and 评 counts, `window.jsonData` with the time and a later modifyTime in epoch seconds;
- a national library's archive of government pages (中国政府公开信息整合服务平台-like): `<title>` headline-platform (the
  platform's name where the story has none), the library's header, search and nav, the crumb by province and place, the
  record's `<h2>` (the original page's title column_site where the story has none), a fields table (信息名称 the
  headline again, 发布机构 the outlet or the original site, 发布日期, a later 采集日期, 所属地区, 信息类别, 原文链接 the
  original address), 文本/原文快照 tabs, the platform's note, 相关信息 with days;
- a law database's record (北大法宝-like) of a local 工作文件: `<title>` headline_地方工作文件_database (a made-up
  notice's title where the story has none), the database's tabs, search and logins, the `<h2>`, a fields list (发布部门
  the outlet or the government's office, 发文字号, 发布日期 and an 实施日期 on it or later as 2021.01.09, 时效性
  现行有效, 效力位阶, 法规类别), the full text, 【法宝引证码】CLI.12.N, tools, 本篇引用的法规 and 新法速递 with days;
- a Yahoo奇摩新聞-like aggregator in Traditional script carrying a provider's story: `<title>` headline - Yahoo奇摩新聞
  (the site's name where the story has none), og metas, the portal's bar and 新聞 nav, the `<h1>` (absent where the
  story has none), the provider unlabelled (Yahoo奇摩（即時新聞） where the story names none) beside a made-up 記者
  X／place報導 or X／綜合報導 byline, `<time datetime>` in UTC (the day before when the time is before 08:00) showing
  2021年1月9日 週六 上午9:30, 分享 buttons, a 廣告 box between paragraphs, 更多provider報導 titles, 熱門新聞 ranked, the
  portal's footer;
- a 国家级经开区's site on a newer 政务 template: `<title>` headline-管理委员会 or the zone's name alone, a top bar with
  今天是 a later day, its 星期 and its lunar 农历 day, the weather, 无障碍/长者模式/手机版, the zone's logo name with
  its English one, a 新闻中心 / NEWS CENTER banner `<h2>`, a left column menu, the crumb behind an iconfont glyph, the
  headline a `<div>` (absent where the story has none), the date (in one of two forms), the outlet (the zone's 党政办
  where the story names none) and the hits unlabelled, each behind a private-use iconfont glyph, 字号, 打印/关闭 behind
  glyphs, 分享到, 上一篇/下一篇, the footer with 网站标识码 and 本站支持IPv6;
- a city 投资促进局's site rebuilt on Nuxt 3 and Element Plus, rendered on the server: `data-v-` attributes,
  modulepreload links, `<title>` headline - bureau (新闻详情 - bureau where the story has none), the nav with 中文 | EN,
  an `el-breadcrumb` ending in 正文, the `<h1>` (absent where the story has none), 发布时间/来源 (the bureau where the
  story names none)/浏览 between `el-divider`s, the rich text, 上一篇/下一篇, 热点资讯 with days, an 投资热线 card, the
  `__NUXT_DATA__` payload in devalue's flat array (the title, the content's markup, publishTime, an earlier createTime
  and a later updateTime) and `window.__NUXT__.config`;
- a market-report seller's page declared GB2312: `<title>` headline_site (a made-up report's title where the story has
  none), a 400 hotline, nav, crumb, the `<h1>`, a fields table (报告编号, 出版日期 the story's day, a later 更新日期,
  出版机构 the outlet or the site's 研究中心, 交付方式, 报告价格 in three forms, 订购电话),
  在线订购/加入购物车/下载订购协议/免费获取样本, 报告简介/报告目录/图表目录/订购流程 tabs (the story as 报告简介, the
  others hidden: a made-up 目录 of chapters, 图表 and the order steps), 热门报告 with days, 在线客服;
- a county's 政府信息公开 detail on a 集约化 template that folds its index after the text: `<title>` headline-site (the
  site where the story has none), the 公开 header and nav, the `<h1>` (absent where the story has none), 发布时间, 来源
  (the 部门 where the story names none) and an unfilled 浏览次数 under it with 查看信息索引, the text, then `<details>`
  信息索引 (索引号, 发布机构 the 部门, 成文日期 days before the 发布日期, 公开方式, 公开范围, 效力状态, 主题分类),
  附件：无, 【打印】【关闭】【收藏】, 此页面对您有帮助吗, 相关信息 with days;
- a 手机新浪网-like mobile article: `<title>` headline_手机新浪网 (the site's name where the story has none), og metas,
  the 下载新浪新闻 header, the `<h1 class="art_tit_h1">`, the time in a `<time class="weibo_time">` and the outlet as an
  `<h2 class="weibo_user">` (the site's channel where the story names none), +关注, every paragraph an `art_p` `<p>`,
  点击展开全文, 责任编辑：X SN000, 打开新浪新闻 看更多, 热门推荐 with sources and month-day times, 评论 with later times
  and provinces, the footer, `__docConfig` with the time and a later update time.

Where a story names no headline, each page keeps its kind's own title and headings (a column's, a site's, a platform's,
an account's, a zone's, a portal's name, the original page's title) and shows no headline of the story, or a made-up one
where its kind always shows one (the law database's notice, the report seller's report), listed as furniture; where it
names no outlet, pages whose kind always names a source show their own (the news site, the portal, 网络, a made-up
account, the original site, the government's office, the aggregator, the zone's 党政办, the bureau, the research centre,
the 部门, the channel), listed as furniture; where it names no date, the dates a page or a tool adds (a last
modification, a crawl in the address, a modification in a state, a 采集 day, a today line, an update, comments' days)
fall on another day.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 21/" + name are `LOCKED21`, the other six `DEV21`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from html import escape

from layouts.families import (
    OTHER_NEWS,
    PLACES,
    Layout,
    Story,
    Wrapped,
    _numbers,
    _pick,
    _rng,
    headline_html,
    layout,
    split_by_digest,
)
from layouts.page_parts import _at, _epoch_ms, _join, _ps, _script_json
from layouts.unseen19 import _dated_others, _moment_after
from layouts.unseen20 import _licences, _rows_of

UNSEEN21: dict[str, Layout] = {}
NAMES = ["仝海波", "缑丽娟", "阚志明", "芮晓东", "於春华", "逯建军"]
PROVINCES = ["湖南", "湖北", "河南", "江西", "安徽", "贵州"]
DEPARTMENTS = ["商务局", "投资促进局", "发展和改革局", "工业和信息化局", "科学技术局", "市场监督管理局"]
READER_COMMENTS = [
    "招商工作抓得实，给家乡点赞",
    "希望签约的项目尽快开工投产",
    "营商环境好了，企业才愿意来",
    "期待更多好项目落户咱们这里",
]
PINYIN = {
    "青山": "Qingshan",
    "临川": "Linchuan",
    "东江": "Dongjiang",
    "云岭": "Yunling",
    "石城": "Shicheng",
    "河西": "Hexi",
    "南湖": "Nanhu",
    "北塘": "Beitang",
}
HANT_NEWS = [
    "嘉義縣招商成果亮眼 年度投資額創新高",
    "產業園區擴建 吸引半導體大廠進駐",
    "沙崙智慧綠能科學城招商說明會登場",
    "航空城計畫進度 市府：年底前完成區段徵收",
    "竹北生醫園區第二期招商啟動",
    "離岸風電產業聚落 帶動在地就業",
    "觀光工廠家數成長 地方產值翻倍",
]
# The first day of each lunar month from 2024's 春节 to 2026's, for a today line's 农历 day.
LUNAR_MONTHS = [
    (dt.date(2024, 2, 10), "正月"),
    (dt.date(2024, 3, 10), "二月"),
    (dt.date(2024, 4, 9), "三月"),
    (dt.date(2024, 5, 8), "四月"),
    (dt.date(2024, 6, 6), "五月"),
    (dt.date(2024, 7, 6), "六月"),
    (dt.date(2024, 8, 4), "七月"),
    (dt.date(2024, 9, 3), "八月"),
    (dt.date(2024, 10, 3), "九月"),
    (dt.date(2024, 11, 1), "十月"),
    (dt.date(2024, 12, 1), "冬月"),
    (dt.date(2024, 12, 31), "腊月"),
    (dt.date(2025, 1, 29), "正月"),
    (dt.date(2025, 2, 28), "二月"),
    (dt.date(2025, 3, 29), "三月"),
    (dt.date(2025, 4, 28), "四月"),
    (dt.date(2025, 5, 27), "五月"),
    (dt.date(2025, 6, 25), "六月"),
    (dt.date(2025, 7, 25), "闰六月"),
    (dt.date(2025, 8, 23), "七月"),
    (dt.date(2025, 9, 22), "八月"),
    (dt.date(2025, 10, 21), "九月"),
    (dt.date(2025, 11, 20), "十月"),
    (dt.date(2025, 12, 20), "冬月"),
    (dt.date(2026, 1, 19), "腊月"),
]
LUNAR_END = dt.date(2026, 2, 17)
WEEKDAYS = "一二三四五六日"


def unseen21(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN21)


def _lunar(day: dt.date) -> str:
    """A day of 2024 to early 2026 as a 农历 month and day (腊月廿六)."""
    start, month = next((s, m) for s, m in reversed(LUNAR_MONTHS) if s <= day)
    number = (day - start).days + 1
    if number in (10, 20, 30):
        return month + {10: "初十", 20: "二十", 30: "三十"}[number]
    return month + "初十廿"[(number - 1) // 10] + "一二三四五六七八九"[(number - 1) % 10]


def _hashed(rng, name: str, length: int = 5) -> str:
    """A CSS module's class name: the component's and the style's name with a build hash."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return f"index-module_{name}_{''.join(rng.choice(letters) for _ in range(length))}"


def _devalue(root: object) -> list:
    """A value as devalue flattens it for Nuxt's payload: every value in one array, each held by its index; a
    tuple is a reactive wrapper or a set, (type, value...)."""
    out: list = []

    def add(value: object) -> int:
        index = len(out)
        out.append(None)
        if isinstance(value, tuple):
            out[index] = [value[0], *(add(item) for item in value[1:])]
        elif isinstance(value, dict):
            out[index] = {key: add(item) for key, item in value.items()}
        elif isinstance(value, list):
            out[index] = [add(item) for item in value]
        else:
            out[index] = value
        return index

    add(root)
    return out


def _devalued(flat: list) -> str:
    """The flat array as devalue writes it into the page: compact JSON, every `<` escaped."""
    return json.dumps(flat, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")


def _ranked(titles: list[str], tag: str = "li") -> tuple[list[str], str]:
    """A ranking: as furniture strings (the number before each title), and as numbered items."""
    rows = [f"{i + 1}{t}" for i, t in enumerate(titles)]
    html = "".join(f'<{tag}><em class="num">{i + 1}</em><a href="#">{t}</a></{tag}>' for i, t in enumerate(titles))
    return rows, html


# ---------------------------------------------------------------- news sites and portals


@unseen21("baidu_span_ids_pubtime_source_changyan")
def baidu_span_ids_pubtime_source_changyan(story: Story) -> Wrapped:
    """A 省级 news site's article: `<title>` headline_column_site, the `<h1 id="article_title">`, the info bar in
    the span ids kept for Baidu's news crawler (`pubtime_baidu`, `source_baidu` 来源：<a>X</a>, `author_baidu` empty
    half the time, `editor_baidu`), 字号, 正文开始/正文结束 comments, a Baidu share box, the copyright notice, 相关阅读
    with days, a rendered 畅言 box with later comments, 排行榜, the licence."""
    rng = _rng(story, "baiduspan")
    site = rng.choice(["东楚网", "江淮在线", "南岭网", "荆湘网"])
    channel, column = rng.choice([("地方频道", "市州新闻"), ("经济频道", "产经动态"), ("新闻中心", "本地要闻")])
    day = story.published
    moment = _at(day, rng) if day else None
    stamp = ""
    if moment:
        stamp = f"{moment:%Y-%m-%d %H:%M:%S}" if rng.random() < 0.5 else f"{moment:%Y-%m-%d %H:%M}"
    editor, reporter = rng.sample(NAMES, 2)
    with_reporter = rng.random() < 0.5
    source = escape(story.outlet) if story.outlet else site
    article_id = rng.randrange(10**6, 10**7)
    spans = [f'<span id="pubtime_baidu">{stamp}</span>'] if stamp else []
    spans += [
        f'<span id="source_baidu">来源：<a href="/" target="_blank">{source}</a></span>',
        f'<span id="author_baidu">作者：{reporter if with_reporter else ""}</span>',
        f'<span id="editor_baidu">编辑：{editor}</span>',
    ]
    size = '<span class="m-fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>'
    menu = ["首页", "时政", "经济", "社会", "市州", "文旅", "评论", "视频", "专题"]
    notice = (
        f"凡本网注明“来源：{site}”的所有作品，版权均属于{site}，未经本网授权不得转载、摘编或利用其它方式使用上述作品。"
    )
    related = _pick(rng, OTHER_NEWS, 3)
    related_rows, related_html = _rows_of(related, _dated_others(rng, day or dt.date(2021, 5, 12), 3, most=30))
    ranked = _pick(rng, [t for t in OTHER_NEWS if t not in related], 5)
    ranked_rows, ranked_html = _ranked(ranked)
    joined = rng.randrange(2, 80)
    comments = rng.sample(READER_COMMENTS, 2)
    users = [f"{p}网友" for p in rng.sample(PROVINCES, 2)]
    base = moment or _at(dt.date(2021, 5, 12), rng)
    times = [base + dt.timedelta(days=i + 1, hours=rng.randrange(1, 9)) for i in range(2)]
    comment_rows = [f"{u}{c}{t:%Y年%m月%d日 %H:%M}" for u, c, t in zip(users, comments, times, strict=True)]
    comment_html = "".join(
        f'<div class="block-cont-gw"><span class="user-name">{u}</span><p class="cmt-content">{c}</p><span '
        f'class="cmt-time">{t:%Y年%m月%d日 %H:%M}</span></div>'
        for u, c, t in zip(users, comments, times, strict=True)
    )
    disclaimer = f"网友评论仅供其表达个人看法，并不表明{site}同意其观点或证实其描述"
    licence = f"互联网新闻信息服务许可证编号：{rng.randrange(10**10, 10**11)}"
    icp, police = _numbers(rng)
    page_title = f"{story.headline}_{column}_{site}" if story.headline else f"{column}_{site}"
    heading = f'<h1 id="article_title">{headline_html(story)}</h1>' if story.headline else ""
    share = (
        '<div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more">分享到：</a><a href="#" '
        'class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" '
        'title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>'
    )
    bd_config = (
        'window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0",'
        '"bdSize":"16"},"share":{}};'
    )
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(page_title)}</title>
<meta name="keywords" content="{column},{channel}"><meta name="description" content="{site}{channel}">
<link rel="stylesheet" href="/static/css/article.css"></head><body>
<div class="g-top"><div class="w1200"><a href="/">{site}首页</a><span class="g-top-r"><a href="#">登录</a> <a
 href="#">注册</a> | <a href="#">手机版</a> | <a href="#">客户端</a></span></div></div>
<div class="g-nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="w1200 m-crumb">当前位置：<a href="/">{site}</a> &gt; <a href="#">{channel}</a> &gt; <a
 href="#">{column}</a></div>
<div class="w1200 g-main"><div class="g-left"><div class="m-article">{heading}
<div class="m-info">{"".join(spans)}{size}</div>
<div class="m-content" id="article_content"><!--正文开始-->
{_ps(story.lines)}
<!--正文结束--></div>
{share}
<div class="m-copyright">{notice}</div>
<div class="m-related"><h3>相关阅读</h3><ul>{related_html}</ul></div>
<div id="SOHUCS" sid="{article_id}"><div id="SOHU_MAIN"><div class="module-cmt-header"><span
 class="title-join-w">网友评论</span><span class="wrap-join-w">已有<em>{joined}</em>人参与</span></div>
<div class="module-cmt-box"><textarea placeholder="来说两句吧..."></textarea><button type="button">发布</button></div>
<div class="module-cmt-list">{comment_html}</div><div class="module-cmt-footer">{disclaimer}</div></div></div>
</div></div>
<div class="g-right"><div class="m-rank"><h3>排行榜</h3><ol>{ranked_html}</ol></div></div></div>
<div class="g-footer"><p>{site}版权所有　{licence}</p><p>{icp}　{police}</p></div>
<script>{bd_config}</script>
<script src="https://cy-cdn.example-r21-changyan.com/upload/changyan.js" id="changyan_mobile_js"></script>
</body></html>"""
    furniture = (
        f"{site}首页",
        "".join(menu),
        f"当前位置：{site}>{channel}>{column}",
        f"编辑：{editor}",
        "字号：大中小",
    )
    furniture += ("分享到", notice, "相关阅读", *related_rows, f"网友评论已有{joined}人参与", *comment_rows, disclaimer)
    furniture += ("排行榜", *ranked_rows, f"{site}版权所有", licence, icp, police)
    furniture += (f"作者：{reporter}",) if with_reporter else ()
    furniture += () if story.outlet else (f"来源：{site}",)
    host = f"www.example-r21-news{rng.randrange(10, 99)}.com.cn"
    path = f"/content/{day:%Y/%m/%d}/{article_id}.html" if day else f"/content/{article_id}.html"
    return Wrapped(html, furniture, f"http://{host}{path}")


@unseen21("ucap_content_firstpublished_lastmodified")
def ucap_content_firstpublished_lastmodified(story: Story) -> Wrapped:
    """A city portal on the 开普云 UCAP template: firstpublishedtime and a later lastmodifiedtime metas, `<title>`
    headline_column_site, the crumb, the `<h1>`, `pages-date` with the time unlabelled, 来源, 【字体】 and 打印, the
    text in `#UCAP-CONTENT`, 【我要纠错】 and 责任编辑, 相关稿件 with days, the footer, a badge and 找错 script."""
    rng = _rng(story, "ucap")
    place = rng.choice(PLACES)
    city = f"{place[:-1]}市"
    site = f"{city}人民政府"
    parent, column = rng.choice([("新闻中心", "部门动态"), ("新闻中心", "县区动态"), ("政务公开", "招商引资")])
    day = story.published
    moment = _at(day, rng) if day else None
    modified = _moment_after(day or dt.date(2021, 8, 16), rng, 1, 120)
    content_id = rng.randrange(10**6, 10**7)
    metas = [
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        f'<meta name="catalog" content="{column}">',
        f'<meta name="contentid" content="{content_id}">',
    ]
    if moment:
        metas.append(f'<meta name="firstpublishedtime" content="{moment:%Y-%m-%d-%H:%M:%S}">')
    metas.append(f'<meta name="lastmodifiedtime" content="{modified:%Y-%m-%d-%H:%M:%S}">')
    source = escape(story.outlet) if story.outlet else site
    editor = rng.choice(NAMES)
    date = f"{moment:%Y-%m-%d %H:%M}" if moment else ""
    tools = (
        '<span class="font index_switchsize">【字体：<span class="bigger">大</span> <span class="medium">中</span> '
        '<span class="smaller">小</span>】</span><span class="font printIco" onclick="window.print()">打印</span>'
    )
    pages_date = f'<div class="pages-date">{date} <span class="font">来源：{source}</span>{tools}</div>'
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    related = _pick(rng, OTHER_NEWS, 4)
    related_days = _dated_others(rng, day or modified.date(), 4, most=40)
    related_rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(related, related_days, strict=True)]
    related_html = "".join(
        f'<li><a href="#" target="_blank">{t}</a><span>{d:%Y-%m-%d}</span></li>'
        for t, d in zip(related, related_days, strict=True)
    )
    top = ["无障碍浏览", "长者模式", "移动版", "政务服务"]
    menu = ["首页", "走进" + city, "新闻中心", "政务公开", "政务服务", "互动交流", "数据开放"]
    icp, police = _licences(rng, rng.choice(["湘", "鄂", "豫", "赣", "桂", "黔"]))
    code = f"{rng.randrange(10**9, 10**10)}"
    sponsor = f"主办：{site}办公室　承办：{city}大数据中心"
    badge = f"https://bszs.example-r21-conac.cn/sitename?method=show&amp;id={rng.randrange(16**12):012X}"
    page_title = f"{story.headline}_{column}_{site}" if story.headline else f"{column}_{site}"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(page_title)}</title>
{"".join(metas)}
<link rel="stylesheet" href="/images/ucap/css/pages.css"></head><body>
<div class="top-bar"><div class="w1200">{"".join(f'<a href="#">{t}</a>' for t in top)}</div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="{site}"></a><div
 class="search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></div></div></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="w1200"><div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="#">{parent}</a> &gt; <a
 href="#">{column}</a></div>
<div class="article oneColumn pub_border">{heading}
{pages_date}
<div class="pages_content" id="UCAP-CONTENT">
{_ps(story.lines, ' style="text-indent: 2em;"')}
</div>
<div class="editor"><a href="#">【我要纠错】</a>责任编辑：{editor}</div>
<div class="mhide"><div class="share">分享：<a href="#">微信</a> <a href="#">微博</a></div><div
 class="code"><img src="/images/ucap/qr.png" alt=""><p>手机扫码打开本页</p></div></div></div>
<div class="related"><h4>相关稿件</h4><ul>{related_html}</ul></div></div>
<div class="footer"><div class="w1200"><a href="{badge}"><img src="/images/red.png" alt="党政机关"></a>
<p>{sponsor}</p><p>网站标识码：{code}　{icp}　{police}</p>
<script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.example-r21.gov.cn/exposure/jiucuo.js"></script>
</div></div></body></html>"""
    furniture = ("".join(top), "".join(menu), f"首页>{parent}>{column}", "【字体：大中小】打印", "【我要纠错】")
    furniture += (f"责任编辑：{editor}", "分享：微信微博", "手机扫码打开本页", "相关稿件", *related_rows, sponsor)
    furniture += (f"网站标识码：{code}", icp, police)
    furniture += () if story.outlet else (f"来源：{site}",)
    host = f"www.example-r21-ucap{rng.randrange(10, 99)}.gov.cn"
    folder = f"/{day:%Y-%m/%d}" if day else ""
    return Wrapped(html, furniture, f"http://{host}/xwzx/bmdt{folder}/content_{content_id}.htm")


# ---------------------------------------------------------------- mirrors and self-media


@unseen21("caiji_zhan_keylinks_benwen_dizhi")
def caiji_zhan_keylinks_benwen_dizhi(story: Story) -> Wrapped:
    """A 采集站 on an 帝国CMS-like template copying the story: `<title>` headline_site, 当前位置, the `<h1>`, 时间
    the story's day (its address the farm's later day), 来源：X or 网络, 编辑：小编, the paragraphs' first keywords
    linked to tag pages, 本文地址, 免责声明, 标签, 上一篇/下一篇, 相关文章, 猜你喜欢, 热门标签, 最新文章, 站长统计."""
    rng = _rng(story, "caiji")
    place = rng.choice(PLACES)
    site = rng.choice(["鼎盛资讯网", "今日看点网", "聚焦财经网", "百姓头条网"])
    host = f"www.example-r21-{rng.choice(['dszx', 'jrkd', 'jjcj', 'bstt'])}.com"
    day = story.published
    moment = _at(day, rng) if day else None
    copied = _moment_after(day or dt.date(2022, 3, 14), rng, 1, 6)
    item = rng.randrange(10**4, 10**5)
    address = f"https://{host}/difang/{copied:%Y}/{copied:%m%d}/{item}.html"
    keywords = ["招商引资", "项目", "投资", "产业", "经济", "企业"]
    used: set[str] = set()
    paragraphs = []
    for line in story.lines:
        text = escape(line)
        for word in keywords:
            if word in used or word not in text or rng.random() < 0.3:
                continue
            used.add(word)
            link = f'<a href="/tags/{word}/" class="keylink" target="_blank">{word}</a>'
            text = text.replace(word, link, 1)
            break
        paragraphs.append(f"<p>{text}</p>")
    info = _join(
        [
            f"时间：{moment:%Y-%m-%d %H:%M}" if moment else "",
            f"来源：{escape(story.outlet) if story.outlet else '网络'}",
            "编辑：小编",
            '阅读：<span id="hits"></span>次',
        ],
        "&nbsp;&nbsp;",
    )
    menu = ["首页", "财经", "科技", "地方", "热点", "专题", "图片"]
    statement = "免责声明：本站部分文章来源于网络，版权归原作者所有，如有侵权请联系我们删除。"
    tags = [f"{place[:-1]}招商", f"{place[:-1]}新闻", "地方动态"]
    prev_next = _pick(rng, OTHER_NEWS, 2)
    related = _pick(rng, [t for t in OTHER_NEWS if t not in prev_next], 3)
    related_rows, related_html = _rows_of(related, _dated_others(rng, copied.date(), 3, most=20))
    liked = _pick(rng, [t for t in OTHER_NEWS if t not in prev_next + related], 3)
    hot_tags = ["乡村振兴", "营商环境", "新能源汽车", "数字经济", "专精特新", "城市更新"]
    latest = _pick(rng, [t for t in OTHER_NEWS if t not in prev_next + related + liked], 3)
    icp = _numbers(rng)[0]
    stats = f"https://s{rng.randrange(4, 20)}.example-r21-cnzz.com/z_stat.php?id={rng.randrange(10**9, 10**10)}"
    page_title = f"{story.headline}_{site}" if story.headline else f"地方_{site}"
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    description = escape(story.lines[0][:60]) if story.lines else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="keywords" content="{",".join(tags)}"><meta name="description" content="{description}">
<link href="/skin/default/css/style.css" rel="stylesheet"></head><body>
<div class="header"><div class="wrap"><a class="logo" href="/">{site}</a><form class="search" action="/e/search/"
 method="post"><input name="keyboard" type="text"><button type="submit">搜索</button></form></div></div>
<div class="nav"><div class="wrap">{"".join(f'<a href="#">{m}</a>' for m in menu)}</div></div>
<div class="wrap main"><div class="left"><div class="position">当前位置：<a href="/">首页</a> &gt; <a
 href="/difang/">地方</a> &gt; 正文</div>
<div class="article">{heading}
<div class="info">{info}</div>
<div class="content" id="article-content">
{"".join(paragraphs)}
</div>
<p class="benwen">本文地址：{address}</p>
<div class="mianze">{statement}</div>
<div class="tags">标签：{"".join(f'<a href="/tags/{t}/">{t}</a>' for t in tags)}</div>
<div class="prenext"><p>上一篇：<a href="#">{prev_next[0]}</a></p><p>下一篇：<a href="#">{prev_next[1]}</a></p></div>
<div class="xgwz"><h3>相关文章</h3><ul>{related_html}</ul></div>
<div class="cnxh"><h3>猜你喜欢</h3><ul>{"".join(f'<li><a href="#">{t}</a></li>' for t in liked)}</ul></div></div></div>
<div class="right"><div class="box"><h3>热门标签</h3><p>{"".join(f'<a href="#">{t}</a>' for t in hot_tags)}</p></div>
<div class="box"><h3>最新文章</h3><ul>{"".join(f'<li><a href="#">{t}</a></li>' for t in latest)}</ul></div></div></div>
<div class="footer"><p>Copyright &copy; {copied:%Y} {site} 版权所有</p>
<p>{icp}　<a href="{stats}">站长统计</a></p></div>
</body></html>"""
    furniture = (f"{site}搜索", "".join(menu), "当前位置：首页>地方>正文", "编辑：小编", f"本文地址：{address}")
    furniture += (statement, "标签：" + "".join(tags), f"上一篇：{prev_next[0]}下一篇：{prev_next[1]}", "相关文章")
    furniture += (
        *related_rows,
        "猜你喜欢" + "".join(liked),
        "热门标签" + "".join(hot_tags),
        "最新文章" + "".join(latest),
    )
    furniture += (f"{site}版权所有", icp, "站长统计")
    furniture += () if story.outlet else ("来源：网络",)
    return Wrapped(html, furniture, address)


@unseen21("baijiahao_landing_updatetime_testid")
def baijiahao_landing_updatetime_testid(story: Story) -> Wrapped:
    """A 百家号 article on Baidu's mobile landing page: hashed CSS-module classes, 打开百度APP, the headline a
    `<div>`, the account unlabelled with the time as `data-testid="updatetime"` and a province, 官方账号 or a 创作者
    line, 关注, 展开剩余N%, 举报/反馈, the statement, 百度热搜, 为你推荐, `window.jsonData` with a later modifyTime."""
    rng = _rng(story, "baijiahao")
    place = rng.choice(PLACES)
    account = story.outlet or f"{place[:-1]}发布"
    official = rng.random() < 0.5
    desc = f"{account}官方账号" if official else "2023年度优质财经领域创作者"
    day = story.published
    moment = _at(day, rng) if day else None
    province = rng.choice(PROVINCES)
    modified = _moment_after(day or dt.date(2022, 9, 1), rng, 1, 60)
    nid = f"{rng.randrange(10**18, 10**19)}"
    classes = {
        name: _hashed(rng, name) for name in ("topBar", "title", "author", "authorName", "authorInfo", "content")
    }
    strip = "打开百度APP，阅读体验更佳"
    heading = f'<div class="{classes["title"]}">{headline_html(story)}</div>' if story.headline else ""
    info = f'<span data-testid="updatetime">{moment:%Y-%m-%d %H:%M}</span>' if moment else ""
    info += f'<span class="{_hashed(rng, "ip")}">{province}</span>'
    para_class = f"{_hashed(rng, 'para', 5)} _2kCxD"
    paragraphs = "\n".join(f'<div class="{para_class}"><p>{escape(line)}</p></div>' for line in story.lines)
    rest = f"展开剩余{rng.randrange(40, 90)}%"
    statement = "本文内容由百家号作者上传并发布，百度仅提供信息存储空间服务。"
    hot = _pick(rng, OTHER_NEWS, 5)
    marks = [rng.choice(["热", "新", ""]) for _ in hot]
    hot_rows = [f"{i + 1}{t}{m}" for i, (t, m) in enumerate(zip(hot, marks, strict=True))]
    hot_html = "".join(
        f'<li><span class="rank">{i + 1}</span><span class="word">{t}</span><i class="mark">{m}</i></li>'
        for i, (t, m) in enumerate(zip(hot, marks, strict=True))
    )
    recommend = _pick(rng, [t for t in OTHER_NEWS if t not in hot], 3)
    accounts = [f"{p[:-1]}观察" for p in rng.sample(PLACES, 3)]
    counts = [f"{rng.randrange(1, 400)}评" for _ in recommend]
    recommend_rows = [f"{t}{a}{c}" for t, a, c in zip(recommend, accounts, counts, strict=True)]
    recommend_html = "".join(
        f'<div class="rec-item"><p class="rec-title">{t}</p><p class="rec-info"><span>{a}</span><span>{c}</span></p>'
        "</div>"
        for t, a, c in zip(recommend, accounts, counts, strict=True)
    )
    data = {
        "bsData": {
            "header": {"title": story.headline or "", "author": {"name": account, "desc": desc}},
            "superlanding": [{"itemType": "article", "nid": f"news_{nid}"}],
            "publishTime": f"{moment:%Y-%m-%d %H:%M}" if moment else "",
            "modifyTime": _epoch_ms(modified) // 1000,
            "ipLocation": province,
        }
    }
    page_title = story.headline or f"{account}的百家号"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no">
<title>{escape(page_title)}</title><meta name="description" content="{escape(story.headline or account)}">
<link rel="stylesheet" href="https://mbdp01.example-r21-bdstatic.com/landing/css/main.css"></head><body>
<div id="ssr-content"><div class="{classes["topBar"]}"><img src="/static/logo.png" alt=""><span>{strip}</span><a
 href="#">打开</a></div>
<div class="_1nWFh">{heading}
<div class="{classes["author"]}"><img class="avatar" src="/avatar/{rng.randrange(10**6)}.jpg" alt=""><div><p
 class="{classes["authorName"]}">{escape(account)}</p><div class="{classes["authorInfo"]}">{info}</div><p
 class="desc">{desc}</p></div><button type="button">关注</button></div>
<div data-testid="article" class="{classes["content"]}">
{paragraphs}
</div>
<div class="fold"><span>{rest}</span></div>
<div class="report"><a href="#">举报/反馈</a></div>
<p class="statement">{statement}</p></div>
<div class="hot-search"><h3>百度热搜</h3><ul>{hot_html}</ul></div>
<div class="recommend"><h3>为你推荐</h3>{recommend_html}</div></div>
<script>window.jsonData = {_script_json(data)};</script></body></html>"""
    furniture = (strip, desc, rest, "举报/反馈", statement, "百度热搜", *hot_rows, "为你推荐", *recommend_rows)
    furniture += () if story.outlet else (account,)
    return Wrapped(html, furniture, f"https://mbd.example-r21-baidu.com/newspage/data/landingsuper?nid=news_{nid}")


@unseen21("yahoo_kimo_provider_utc_datetime")
def yahoo_kimo_provider_utc_datetime(story: Story) -> Wrapped:
    """A Yahoo奇摩新聞-like aggregator in Traditional script: `<title>` headline - Yahoo奇摩新聞, the `<h1>`, the
    provider unlabelled beside a made-up 記者 byline, `<time datetime>` in UTC showing 2021年1月9日 週六 上午9:30,
    分享, a 廣告 box between paragraphs, 更多provider報導, 熱門新聞, the footer."""
    rng = _rng(story, "yahookimo")
    portal = "Yahoo奇摩新聞"
    provider = story.outlet or "Yahoo奇摩（即時新聞）"
    day = story.published
    moment = dt.datetime.combine(day, dt.time(rng.randrange(6, 22), rng.randrange(60))) if day else None
    reporter = rng.choice(["林冠宇", "陳怡君", "黃志豪", "張雅婷"])
    area = rng.choice(["嘉義", "高雄", "台南", "台中", "桃園"])
    byline = f"記者{reporter}／{area}報導" if rng.random() < 0.6 else f"{reporter}／綜合報導"
    meta = f'<span class="caas-attr-provider">{escape(provider)}</span>'
    meta += f'<span class="caas-author-byline-collapse">{byline}</span>'
    if moment:
        utc = moment - dt.timedelta(hours=8)
        half = "上午" if moment.hour < 12 else "下午"
        shown = (
            f"{moment.year}年{moment.month}月{moment.day}日 週{WEEKDAYS[moment.weekday()]} "
            f"{half}{moment.hour % 12 or 12}:{moment:%M}"
        )
        meta += f'<div class="caas-attr-time-style"><time datetime="{utc:%Y-%m-%dT%H:%M:%S}.000Z">{shown}</time></div>'
    share = ["Facebook", "LINE", "Twitter", "複製連結"]
    ad = '<div class="caas-da"><span class="ad-label">廣告</span><div class="ad-slot" id="sda-INARTICLE"></div></div>'
    blocks = [f"<p>{escape(line)}</p>" for line in story.lines]
    blocks.insert(min(2, len(blocks)), ad)
    more = _pick(rng, HANT_NEWS, 3)
    hot = _pick(rng, [t for t in HANT_NEWS if t not in more], 4)
    hot_rows, hot_html = _ranked(hot)
    nav = ["新聞首頁", "政治", "財經", "國際", "兩岸", "地方", "生活", "健康"]
    portal_bar = ["首頁", "新聞", "股市", "氣象", "運動", "娛樂", "購物中心"]
    page_title = f"{story.headline} - {portal}" if story.headline else portal
    heading = f'<h1 data-test-locator="headline">{headline_html(story)}</h1>' if story.headline else ""
    rights = "© 2025 Yahoo. 版權所有。"
    links = "使用條款隱私權政策"
    html = f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta property="og:title" content="{escape(story.headline or portal)}"><meta property="og:site_name" content="{portal}">
<meta property="og:type" content="article"></head><body>
<div id="ybar"><a class="ybar-logo" href="#">Yahoo奇摩</a>
<ul>{"".join(f'<li><a href="#">{b}</a></li>' for b in portal_bar)}
</ul><a class="login" href="#">登入</a></div>
<nav class="news-nav"><ul>{"".join(f'<li><a href="#">{n}</a></li>' for n in nav)}</ul></nav>
<div id="Main"><article class="caas-container"><header class="caas-title-wrapper">{heading}</header>
<div class="caas-attr"><div class="caas-attr-meta">{meta}</div></div>
<div class="caas-share-buttons">{"".join(f'<button type="button">{s}</button>' for s in share)}</div>
<div class="caas-body">
{"".join(blocks)}
</div>
<div class="caas-more"><h3>更多{escape(provider)}報導</h3>
<ul>{"".join(f'<li><a href="#">{t}</a></li>' for t in more)}</ul></div>
</article>
<aside class="trending"><h3>熱門新聞</h3><ol>{hot_html}</ol></aside></div>
<footer><a href="#">使用條款</a><a href="#">隱私權政策</a><p>{rights}</p></footer></body></html>"""
    furniture = ("".join(portal_bar) + "登入", "".join(nav), "".join(share), "廣告", f"更多{provider}報導", *more)
    furniture += (byline, "熱門新聞", *hot_rows, links, rights)
    furniture += () if story.outlet else (provider,)
    slug = rng.randrange(10**8, 10**9)
    return Wrapped(html, furniture, f"https://tw.news.example-r21-yahoo.com/{area}-{slug}.html")


# ---------------------------------------------------------------- archives, databases and sellers


@unseen21("govinfo_archive_record_caiji_riqi")
def govinfo_archive_record_caiji_riqi(story: Story) -> Wrapped:
    """A national library's archive of government pages: `<title>` headline-platform, the header, search and nav,
    the crumb by province and place, the record's `<h2>` (the original page's title where the story has none), a
    fields table (信息名称, 发布机构, 发布日期, a later 采集日期, 所属地区, 信息类别, 原文链接), tabs, a note."""
    rng = _rng(story, "govinfo")
    platform = "中国政府公开信息整合服务平台"
    place = rng.choice(PLACES)
    province = rng.choice(PROVINCES)
    site = f"{place}人民政府"
    column = rng.choice(["政务动态", "部门动态", "招商引资"])
    day = story.published
    crawled = _moment_after(day or dt.date(2021, 10, 20), rng, 2, 90).date()
    original_title = story.headline or f"{column}_{site}"
    host = f"www.example-r21-gi{rng.randrange(10, 99)}.gov.cn"
    item = rng.randrange(10**5, 10**6)
    original = f"http://{host}/{day:%Y/%m%d}/{item}.html" if day else f"http://{host}/zwdt/{item}.html"
    org = escape(story.outlet) if story.outlet else site
    rows = [
        ("信息名称", escape(original_title), None, None),
        ("发布机构", org, "发布日期", f"{day:%Y-%m-%d}" if day else ""),
        ("所属地区", f"{province}省{place}", "采集日期", f"{crawled:%Y-%m-%d}"),
        ("信息类别", "工作动态", "信息格式", "文本"),
        ("原文链接", f'<a href="{original}" target="_blank">{original}</a>', None, None),
    ]
    table = "".join(
        f'<tr><th>{a}：</th><td colspan="3">{b}</td></tr>'
        if c is None
        else f"<tr><th>{a}：</th><td>{b}</td><th>{c}：</th><td>{d}</td></tr>"
        for a, b, c, d in rows
    )
    nav = ["首页", "政府公报", "政府信息", "政府机构", "专题信息", "公开指南"]
    note = "本平台信息采集自各级政府网站，内容以原网站发布为准。"
    others = _pick(rng, OTHER_NEWS, 4)
    other_rows, other_html = _rows_of(others, _dated_others(rng, day or crawled, 4, most=60))
    page_title = f"{story.headline}-{platform}" if story.headline else platform
    rights = f"国家图书馆　版权所有　{_numbers(rng)[0]}"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="/static/css/record.css"></head><body>
<div class="gi-header"><div class="w1100"><img src="/static/img/nlc.png" alt="国家图书馆"><span
 class="gi-name">{platform}</span><div class="gi-search"><input type="text" placeholder="请输入检索词"><button
 type="button">检索</button><a href="#">高级检索</a></div></div></div>
<div class="gi-nav"><ul class="w1100">{"".join(f'<li><a href="#">{n}</a></li>' for n in nav)}</ul></div>
<div class="w1100 gi-crumb">您的位置：<a href="/">首页</a> &gt; <a href="#">政府信息</a> &gt; <a
 href="#">{province}省</a> &gt; <a href="#">{place}</a></div>
<div class="w1100 gi-main"><div class="record"><h2 class="rtitle">{escape(original_title)}</h2>
<table class="rmeta">{table}</table>
<div class="rtabs"><a class="on" href="#">文本</a><a href="#">原文快照</a></div>
<div class="rbody">
{_ps(story.lines)}
</div>
<p class="rnote">{note}</p></div>
<div class="side"><h3>相关信息</h3><ul>{other_html}</ul></div></div>
<div class="gi-footer">{rights}</div></body></html>"""
    furniture = (f"{platform}检索高级检索", "".join(nav), f"您的位置：首页>政府信息>{province}省>{place}")
    furniture += (f"所属地区：{province}省{place}采集日期：{crawled:%Y-%m-%d}", "信息类别：工作动态信息格式：文本")
    furniture += (f"原文链接：{original}", "文本原文快照", note, "相关信息", *other_rows, rights)
    furniture += () if story.headline else (f"信息名称：{original_title}",)
    furniture += () if story.outlet else (f"发布机构：{site}",)
    return Wrapped(html, furniture, f"http://govinfo.example-r21-nlc.cn/gdnps/content.jsp?id={item}")


@unseen21("fabao_record_yinzhengma_shixiao")
def fabao_record_yinzhengma_shixiao(story: Story) -> Wrapped:
    """A law database's record of a local 工作文件: `<title>` headline_地方工作文件_database, tabs and logins, the
    `<h2>` (a made-up notice's title where the story has none), 发布部门, 发文字号, 发布日期 and a later 实施日期 as
    2021.01.09, 时效性, 效力位阶, 法规类别, the text, 【法宝引证码】, tools, 本篇引用的法规, 新法速递 with days."""
    rng = _rng(story, "fabao")
    database = "北大法宝"
    place = rng.choice(PLACES)
    office = f"{place}人民政府办公室"
    day = story.published
    title = story.headline or f"{office}关于做好招商引资项目服务保障工作的通知"
    department = escape(story.outlet) if story.outlet else office
    number = f"{place[0]}政办发〔{day.year}〕{rng.randrange(1, 60)}号" if day else ""
    effective = day + dt.timedelta(days=rng.randrange(0, 31)) if day else None
    fields = [("发布部门", f'<a href="#">{department}</a>')]
    if number:
        fields.append(("发文字号", number))
    if day and effective:
        fields += [("发布日期", f"{day:%Y.%m.%d}"), ("实施日期", f"{effective:%Y.%m.%d}")]
    fields += [("时效性", '<span class="valid">现行有效</span>'), ("效力位阶", "地方工作文件")]
    fields.append(("法规类别", "招商引资 / 综合规定"))
    field_html = "".join(f"<li><strong>{k}：</strong>{v}</li>" for k, v in fields)
    cite = f"【法宝引证码】CLI.12.{rng.randrange(10**6, 10**7)}"
    tabs = ["法律法规", "司法案例", "法学期刊", "律所实务", "专题参考", "英文译本"]
    tools = ["收藏", "下载", "打印", "分享", "引用"]
    cited = [
        "中华人民共和国外商投资法",
        "优化营商环境条例",
        "国务院关于进一步做好利用外资工作的意见",
    ]
    rng.shuffle(cited)
    fresh = [
        f"{p}{t}"
        for p, t in zip(
            rng.sample(PLACES, 3), ["招商引资奖励办法", "产业扶持资金管理办法", "重大项目推进机制"], strict=True
        )
    ]
    fresh_rows, fresh_html = _rows_of(fresh, _dated_others(rng, day or dt.date(2022, 4, 1), 3, most=40), "%Y.%m.%d")
    page_title = f"{title}_地方工作文件_{database}"
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="/static/css/fulltext.css"></head><body>
<div class="header"><div class="w1200"><a class="logo" href="/">{database}</a><ul class="db-tabs">
{"".join(f'<li><a href="#">{t}</a></li>' for t in tabs)}</ul><div class="search"><input type="text"><button
 type="button">检索</button></div>
<div class="user"><a href="#">登录</a><a href="#">注册</a><a href="#">机构用户</a></div>
</div></div>
<div class="w1200 fulltext-wrap"><div class="title-h2"><h2 class="title">{escape(title)}</h2></div>
<div class="fields"><ul>{field_html}</ul></div>
<div class="fulltext" id="divFullText">
{_ps(story.lines)}
</div>
<div class="cite">{cite}</div>
<div class="tools">{" | ".join(f'<a href="#">{t}</a>' for t in tools)}</div>
<div class="related"><h4>本篇引用的法规</h4><ul>{"".join(f'<li><a href="#">{t}</a></li>' for t in cited)}</ul>
<h4>新法速递</h4><ul>{fresh_html}</ul></div></div>
<div class="footer">{database}　法律信息检索平台</div></body></html>"""
    furniture = ("".join(tabs) + "检索登录注册机构用户", "时效性：现行有效", "效力位阶：地方工作文件")
    furniture += ("法规类别：招商引资/综合规定", cite, "".join(tools), "本篇引用的法规" + "".join(cited))
    furniture += ("新法速递", *fresh_rows, f"{database}法律信息检索平台")
    if number and effective:
        furniture += (f"发文字号：{number}", f"实施日期：{effective:%Y.%m.%d}")
    furniture += () if story.headline else (title,)
    furniture += () if story.outlet else (f"发布部门：{office}",)
    return Wrapped(html, furniture, f"https://www.example-r21-fabao.cn/lar/{rng.randrange(16**12):012x}.html")


@unseen21("baogao_seller_order_fields_mulu")
def baogao_seller_order_fields_mulu(story: Story) -> Wrapped:
    """A market-report seller's page in GB2312: `<title>` headline_site, a hotline, nav, crumb, the `<h1>` (a
    made-up report's where the story has none), 报告编号, 出版日期, a later 更新日期, 出版机构, 交付方式, prices,
    订购电话, order buttons, tabs (the story as 报告简介, a hidden 目录, 图表目录 and 订购流程), 热门报告 with days."""
    rng = _rng(story, "baogao")
    site = rng.choice(["博观报告网", "智研观察网", "鼎信研究网"])
    centre = f"{site[:2]}产业研究中心"
    place = rng.choice(PLACES)
    day = story.published
    updated = _moment_after(day or dt.date(2023, 2, 20), rng, 3, 200).date()
    title = story.headline or f"2025-2031年{place[:-1]}招商引资市场深度调研及投资前景分析报告"
    code = f"{rng.choice('ABCDEFGH')}{rng.randrange(10**5, 10**6)}"
    hotline = f"400-{rng.randrange(600, 999)}-{rng.randrange(1000, 9999)}"
    phone = f"010-{rng.randrange(10**7, 10**8)}"
    publisher = escape(story.outlet) if story.outlet else centre
    prices = "纸质版：6500元　电子版：6800元　纸质＋电子版：7000元"
    rows = [
        ("报告编号", code, "出版日期", f"{day:%Y-%m-%d}" if day else ""),
        ("出版机构", publisher, "更新日期", f"{updated:%Y-%m-%d}"),
        ("交付方式", "EMS特快专递／电子邮件", "报告页数", f"{rng.randrange(80, 300)}页"),
        ("报告价格", prices, None, None),
        ("订购电话", f"{hotline}　{phone}", None, None),
    ]
    table = "".join(
        f'<tr><td class="k">{a}：</td><td colspan="3">{b}</td></tr>'
        if c is None
        else f'<tr><td class="k">{a}：</td><td>{b}</td><td class="k">{c}：</td><td>{d}</td></tr>'
        for a, b, c, d in rows
    )
    buttons = ["在线订购", "加入购物车", "下载订购协议", "免费获取样本"]
    tabs = ["报告简介", "报告目录", "图表目录", "订购流程"]
    chapters = [
        "第一章　招商引资行业发展环境分析",
        "第一节　宏观经济环境",
        "第二节　政策环境",
        "第二章　区域招商引资格局分析",
        "第三章　重点产业招商动态研究",
        "第四章　招商引资模式与典型案例",
        "第五章　行业投资机会与风险预警",
    ]
    charts = ["图表：近年招商引资签约项目数量", "图表：各区域实际到位资金对比", "图表：重点产业投资额占比"]
    steps = "1.填写订购单　2.签订合同　3.付款　4.发送报告"
    menu = ["首页", "研究报告", "行业资讯", "数据中心", "市场调研", "可行性研究", "商业计划书", "关于我们"]
    hot = [
        f"2025-2031年{t}"
        for t in ["中国产业园区运营市场分析报告", "中国开发区建设行业研究报告", "中国营商环境评价研究报告"]
    ]
    hot_rows, hot_html = _rows_of(hot, _dated_others(rng, updated, 3, most=60))
    heading = f"<h1>{escape(title)}</h1>"
    page_title = f"{title}_{site}"
    icp = _numbers(rng)[0]
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>{escape(page_title)}</title>
<meta name="keywords" content="招商引资报告,市场调研" /><link href="/css/report.css" rel="stylesheet" /></head><body>
<div class="top"><div class="w1200"><span class="logo">{site}</span>
<span class="tel">全国服务热线：{hotline}</span></div></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/report/">研究报告</a> &gt; <a
 href="/report/tzzx/">投资咨询</a> &gt; 正文</div>
<div class="w1200 report"><div class="report-head">{heading}
<table class="report-info">{table}</table>
<div class="btns">{"".join(f'<a class="btn" href="#">{b}</a>' for b in buttons)}</div></div>
<div class="tabs">{"".join(f'<a class="{"cur" if t == "报告简介" else ""}" href="#">{t}</a>' for t in tabs)}</div>
<div class="tab-content" id="jianjie">
{_ps(story.lines)}
</div>
<div class="tab-content" id="mulu" style="display:none">{"".join(f"<p>{c}</p>" for c in chapters)}</div>
<div class="tab-content" id="tubiao" style="display:none">{"".join(f"<p>{c}</p>" for c in charts)}</div>
<div class="tab-content" id="liucheng" style="display:none"><p>{steps}</p></div></div>
<div class="w1200 side"><h3>热门报告</h3><ul>{hot_html}</ul><div class="kefu"><a href="#">在线客服</a></div></div>
<div class="footer">Copyright &copy; {site}　版权所有　{icp}</div></body></html>"""
    furniture = (
        f"全国服务热线：{hotline}",
        "".join(menu),
        "当前位置：首页>研究报告>投资咨询>正文",
        f"报告编号：{code}",
    )
    furniture += (f"更新日期：{updated:%Y-%m-%d}", "交付方式：EMS特快专递／电子邮件", f"报告价格：{prices}")
    furniture += (f"订购电话：{hotline}　{phone}", "".join(buttons), "".join(tabs), *chapters, *charts, steps)
    furniture += ("热门报告", *hot_rows, "在线客服", f"{site}版权所有", icp)
    furniture += () if story.headline else (title,)
    furniture += () if story.outlet else (f"出版机构：{centre}",)
    host = f"www.example-r21-bg{rng.randrange(10, 99)}.com"
    return Wrapped(html, furniture, f"http://{host}/report/{code}.html", "gb18030")


# ---------------------------------------------------------------- zones, bureaus and disclosure


@unseen21("kaifaqu_iconfont_glyphs_lunar_today")
def kaifaqu_iconfont_glyphs_lunar_today(story: Story) -> Wrapped:
    """A 国家级经开区's site on a newer 政务 template: 今天是 a later day with 星期 and 农历, the weather, the zone's
    names, a 新闻中心 / NEWS CENTER `<h2>`, a column menu, the headline a `<div>`, the date, the outlet and the hits
    unlabelled behind private-use iconfont glyphs, 字号, 打印/关闭, 分享到, 上一篇/下一篇, 网站标识码, IPv6."""
    rng = _rng(story, "kfqiconfont")
    place = rng.choice(PLACES)
    name = place[:-1]
    zone = f"{name}经济技术开发区"
    committee = f"{zone}管理委员会"
    office = f"{zone}党政办公室"
    english = f"{PINYIN[name]} Economic &amp; Technological Development Zone"
    day = story.published
    start = max(day + dt.timedelta(days=1) if day else LUNAR_MONTHS[0][0], LUNAR_MONTHS[0][0])
    today = min(start + dt.timedelta(days=rng.randrange(0, 200)), LUNAR_END - dt.timedelta(days=1))
    today_line = (
        f"今天是：{today.year}年{today.month}月{today.day}日 星期{WEEKDAYS[today.weekday()]} 农历{_lunar(today)}"
    )
    weather = f"{name} {rng.choice(['晴', '多云', '阴', '小雨'])} {rng.randrange(5, 18)}~{rng.randrange(19, 33)}℃"
    top = ["无障碍", "长者模式", "手机版", "微信", "微博"]
    menu = ["首页", "走进开发区", "新闻中心", "投资促进", "政务公开", "企业服务", "互动交流"]
    columns = ["开发区要闻", "招商动态", "通知公告", "媒体聚焦"]
    column = rng.choice(columns[:2])
    hits = rng.randrange(30, 5000)
    outlet = escape(story.outlet) if story.outlet else office
    info = []
    if day:
        form = "%Y-%m-%d" if rng.random() < 0.5 else "%Y年%m月%d日"
        info.append(f'<span><i class="iconfont">&#xe62c;</i>{day.strftime(form)}</span>')
    info.append(f'<span><i class="iconfont">&#xe6a5;</i>{outlet}</span>')
    info.append(f'<span><i class="iconfont">&#xe600;</i><em id="hits">{hits}</em></span>')
    info.append('<span class="xl-font">字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></span>')
    heading = f'<div class="xl-tit">{headline_html(story)}</div>' if story.headline else ""
    neighbours = _pick(rng, OTHER_NEWS, 2)
    code = f"{rng.randrange(10**9, 10**10)}"
    icp, police = _numbers(rng)
    address = (
        f"地址：{zone}创新大道{rng.randrange(1, 300)}号　电话：0{rng.randrange(550, 999)}-{rng.randrange(10**7, 10**8)}"
    )
    page_title = f"{story.headline}-{committee}" if story.headline and rng.random() < 0.5 else zone
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/iconfont.css">
<link rel="stylesheet" href="/css/xl.css"></head><body>
<div class="topbar"><div class="w1200"><span class="today" id="today">{today_line}</span><span
 class="weather">{weather}</span><span class="links">{"".join(f'<a href="#">{t}</a>' for t in top)}</span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="{committee}"><span
 class="zone-cn">{zone}</span><span class="zone-en">{english}</span></a></div></div>
<div class="nav"><ul class="w1200">{"".join(f'<li><a href="#">{m}</a></li>' for m in menu)}</ul></div>
<div class="sub-banner"><div class="w1200"><h2>新闻中心</h2><p>NEWS CENTER</p></div></div>
<div class="w1200 xl-main"><div class="xl-left"><div class="left-hd">新闻中心</div><ul>
{"".join(f'<li class="{"on" if c == column else ""}"><a href="#">{c}</a></li>' for c in columns)}</ul></div>
<div class="xl-right"><div class="crumb"><i class="iconfont">&#xe61a;</i><a href="/">首页</a> &gt; <a
 href="#">新闻中心</a> &gt; <a href="#">{column}</a></div>
<div class="xl-box">{heading}
<div class="xl-info">{"".join(info)}</div>
<div class="xl-con" id="zoom">
{_ps(story.lines)}
</div>
<div class="xl-bottom"><a href="javascript:window.print()"><i class="iconfont">&#xe64b;</i>打印</a><a
 href="javascript:window.close()"><i class="iconfont">&#xe650;</i>关闭</a><div class="xl-share">分享到：<a
 class="wx" href="#"></a><a class="wb" href="#"></a></div></div>
<div class="xl-page"><p>上一篇：<a href="#">{neighbours[0]}</a></p><p>下一篇：<a href="#">{neighbours[1]}</a></p></div>
</div></div></div>
<div class="footer"><div class="w1200"><p>主办：{committee}</p>
<p>{address}</p><p>网站标识码：{code}　{icp}　{police}</p>
<p>本站支持IPv6</p><a href="#"><img src="/images/red.png" alt="党政机关"></a></div></div></body></html>"""
    furniture = (today_line, weather, "".join(top), f"{zone}{PINYIN[name]} Economic & Technological Development Zone")
    furniture += ("".join(menu), "新闻中心NEWS CENTER", "新闻中心" + "".join(columns), f"首页>新闻中心>{column}")
    furniture += (str(hits) + "字号：大中小", "打印关闭分享到", f"上一篇：{neighbours[0]}下一篇：{neighbours[1]}")
    furniture += (f"主办：{committee}", address, f"网站标识码：{code}", icp, police, "本站支持IPv6")
    furniture += () if story.outlet else (office,)
    host = f"www.example-r21-kfq{rng.randrange(10, 99)}.gov.cn"
    path = f"/xwzx/zsdt/{day:%Y%m}/t{day:%Y%m%d}_{rng.randrange(10**5, 10**6)}.html" if day else "/xwzx/zsdt/"
    return Wrapped(html, furniture, f"http://{host}{path}")


@unseen21("nuxt3_devalue_payload_touzi_cujin")
def nuxt3_devalue_payload_touzi_cujin(story: Story) -> Wrapped:
    """A city 投资促进局's site on Nuxt 3 and Element Plus, rendered on the server: `data-v-` attributes, `<title>`
    headline - bureau, 中文 | EN, an `el-breadcrumb`, the `<h1>`, 发布时间/来源/浏览 between `el-divider`s, the rich
    text, 上一篇/下一篇, 热点资讯 with days, an 投资热线 card, the `__NUXT_DATA__` payload flattened by devalue (an
    earlier createTime and a later updateTime beside publishTime) and `window.__NUXT__.config`."""
    rng = _rng(story, "nuxt3")
    place = rng.choice(PLACES)
    city = f"{place[:-1]}市"
    bureau = f"{city}投资促进局"
    day = story.published
    moment = _at(day, rng) if day else None
    created = (moment or _at(dt.date(2022, 6, 6), rng)) - dt.timedelta(days=rng.randrange(0, 3), hours=2)
    updated = _moment_after(day or dt.date(2022, 6, 6), rng, 1, 90)
    news_id = rng.randrange(1000, 99999)
    views = rng.randrange(20, 3000)
    source = story.outlet or bureau
    scope = f"data-v-{rng.randrange(16**8):08x}"
    other = f"data-v-{rng.randrange(16**8):08x}"
    menu = ["首页", f"投资{city}", "产业招商", "投资政策", "新闻资讯", "项目发布", "投资服务", "联系我们"]
    crumbs = ["首页", "新闻资讯", "正文"]
    current = ' aria-current="page"'
    crumb_html = "".join(
        f'<span class="el-breadcrumb__item"{current if i == 2 else ""}><span class="el-breadcrumb__inner'
        f'{" is-link" if i < 2 else ""}" role="link">{c}</span>'
        + ('<i class="el-icon el-breadcrumb__separator">/</i>' if i < 2 else "")
        + "</span>"
        for i, c in enumerate(crumbs)
    )
    divider = '<div class="el-divider el-divider--vertical" role="separator"></div>'
    meta = [f"<span>发布时间：{moment:%Y-%m-%d %H:%M}</span>"] if moment else []
    meta += [f"<span>来源：{escape(source)}</span>", f"<span>浏览：{views}</span>"]
    neighbours = _pick(rng, OTHER_NEWS, 2)
    hot = _pick(rng, [t for t in OTHER_NEWS if t not in neighbours], 4)
    hot_days = _dated_others(rng, day or updated.date(), 4, most=45)
    hot_rows = [f"{t}{d:%Y-%m-%d}" for t, d in zip(hot, hot_days, strict=True)]
    hot_html = "".join(
        f'<li {other}><a href="#" {other}>{t}</a><span {other}>{d:%Y-%m-%d}</span></li>'
        for t, d in zip(hot, hot_days, strict=True)
    )
    hotline = f"投资热线：0{rng.randrange(550, 999)}-{rng.randrange(10**7, 10**8)}"
    icp, police = _numbers(rng)
    content = "".join(f"<p>{escape(line)}</p>" for line in story.lines)
    detail = {
        "code": 200,
        "msg": "操作成功",
        "data": {
            "id": news_id,
            "title": story.headline or "",
            "content": content,
            "publishTime": f"{moment:%Y-%m-%d %H:%M:%S}" if moment else None,
            "createTime": f"{created:%Y-%m-%d %H:%M:%S}",
            "updateTime": f"{updated:%Y-%m-%d %H:%M:%S}",
            "source": source,
            "views": views,
            "columnName": "新闻资讯",
        },
    }
    payload = _devalue(
        (
            "ShallowReactive",
            {
                "data": ("ShallowReactive", {f"news-detail-{news_id}": detail}),
                "state": ("Reactive", {}),
                "once": ("Set",),
                "_errors": ("ShallowReactive", {f"news-detail-{news_id}": None}),
                "serverRendered": True,
                "path": f"/news/detail/{news_id}",
            },
        )
    )
    build = f"{rng.randrange(16**8):08x}-{rng.randrange(16**4):04x}"
    entry = f"/_nuxt/entry.{rng.randrange(16**8):08x}.js"
    config = (
        'window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"/prod-api"},app:{baseURL:"/",'
        f'buildId:"{build}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}'
    )
    heading = f'<h1 class="news-detail__title" {scope}>{headline_html(story)}</h1>' if story.headline else ""
    page_title = f"{story.headline} - {bureau}" if story.headline else f"新闻详情 - {bureau}"
    html = f"""<!DOCTYPE html><html lang="zh-CN" data-capo=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="/_nuxt/entry.{rng.randrange(16**8):08x}.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="{entry}"></head>
<body><div id="__nuxt"><div class="layout" {scope}>
<header class="site-header" {scope}><div class="logo" {scope}>{bureau}</div><nav {scope}>
{"".join(f'<a href="#" {scope}>{m}</a>' for m in menu)}</nav><div class="lang" {scope}>中文 | EN</div></header>
<main class="container" {scope}><div class="el-breadcrumb" aria-label="Breadcrumb" role="navigation">{crumb_html}</div>
<article class="news-detail" {scope}>{heading}
<div class="news-detail__meta" {scope}>{divider.join(meta)}</div>
<div class="el-divider el-divider--horizontal" role="separator" {scope}></div>
<div class="news-detail__content rich-text" {scope}>{content}</div>
<div class="news-detail__nav" {scope}><a href="#" {scope}>上一篇：{neighbours[0]}</a>
<a href="#" {scope}>下一篇：{neighbours[1]}</a></div>
</article>
<aside class="side" {other}><div class="side-card" {other}><h3 {other}>热点资讯</h3><ul {other}>{hot_html}</ul></div>
<div class="side-card hotline" {other}>{hotline}</div></aside></main>
<footer class="site-footer" {scope}><p>主办单位：{bureau}</p><p>{icp}　{police}</p></footer></div></div>
<div id="teleports"></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{_devalued(payload)}</script>
<script>{config}</script>
<script type="module" src="{entry}" crossorigin></script></body></html>"""
    furniture = ("".join(menu) + "中文EN", "首页/新闻资讯/正文", f"浏览：{views}", f"上一篇：{neighbours[0]}")
    furniture += (f"下一篇：{neighbours[1]}", "热点资讯", *hot_rows, hotline, f"主办单位：{bureau}", icp, police)
    furniture += () if story.outlet else (f"来源：{bureau}",)
    host = f"www.example-r21-tzcj{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(html, furniture, f"https://{host}/news/detail/{news_id}")


@unseen21("xxgk_details_index_after_text")
def xxgk_details_index_after_text(story: Story) -> Wrapped:
    """A county's 政府信息公开 detail that folds its index after the text: `<title>` headline-site, the 公开 header
    and nav, the `<h1>`, 发布时间/来源/浏览次数 with 查看信息索引, the text, `<details>` 信息索引 (索引号, 发布机构
    the 部门, 成文日期 before the 发布日期, 公开方式, 效力状态, 主题分类), 附件：无, tools, a rating, 相关信息."""
    rng = _rng(story, "xxgkdetails")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    bureau = f"{place}{rng.choice(DEPARTMENTS)}"
    day = story.published
    moment = _at(day, rng) if day else None
    written = day - dt.timedelta(days=rng.randrange(1, 5)) if day else None
    code = f"{rng.randrange(10**8, 10**9)}"
    idx = f"{code}/{day.year}-{rng.randrange(1, 9999):04d}" if day else f"{code}/{rng.randrange(10**5, 10**6)}"
    source = escape(story.outlet) if story.outlet else bureau
    sub = [f"<span>发布时间：{moment:%Y-%m-%d %H:%M}</span>"] if moment else []
    sub += [f"<span>来源：{source}</span>", '<span>浏览次数：<i id="views"></i></span>']
    sub.append('<a class="zwgk-index-toggle" href="#xxgk-index">查看信息索引</a>')
    fields = [
        ("索引号", idx),
        ("发布机构", bureau),
        ("成文日期", f"{written:%Y-%m-%d}" if written else ""),
        ("公开方式", "主动公开"),
        ("公开范围", "面向全社会"),
        ("效力状态", "有效"),
        ("主题分类", "综合政务\\招商引资"),
    ]
    index_html = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields if v)
    nav = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"]
    tools = "【打印】【关闭】【收藏】"
    rating = "此页面对您有帮助吗？有用没用"
    others = _pick(rng, OTHER_NEWS, 4)
    other_rows, other_html = _rows_of(others, _dated_others(rng, day or dt.date(2021, 7, 1), 4, most=50))
    heading = f'<h1 class="zwgk-title">{headline_html(story)}</h1>' if story.headline else ""
    page_title = f"{story.headline}-{site}" if story.headline else site
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<link rel="stylesheet" href="/zwgk/css/detail.css"></head><body>
<div class="zwgk-head"><div class="w1200"><img src="/zwgk/images/logo.png" alt="{site}">
<span>政府信息公开</span></div></div>
<div class="zwgk-nav"><ul class="w1200">{"".join(f'<li><a href="#">{n}</a></li>' for n in nav)}</ul></div>
<div class="w1200 zwgk-detail">{heading}
<div class="zwgk-sub">{"".join(sub)}</div>
<div class="zwgk-content" id="zoom">
{_ps(story.lines)}
</div>
<details class="xxgk-index" id="xxgk-index"><summary>信息索引</summary><table>{index_html}</table></details>
<div class="zwgk-attach">附件：无</div>
<div class="zwgk-tools"><a href="#">【打印】</a><a href="#">【关闭】</a><a href="#">【收藏】</a></div>
<div class="zwgk-rate">此页面对您有帮助吗？<button type="button">有用</button><button type="button">没用</button></div>
<div class="zwgk-related"><h4>相关信息</h4><ul>{other_html}</ul></div></div>
<div class="footer"><p>主办：{site}办公室</p><p>{icp}　{police}</p></div></body></html>"""
    furniture = (
        "".join(nav),
        "查看信息索引",
        f"信息索引索引号{idx}发布机构{bureau}",
        "公开方式主动公开公开范围面向全社会",
    )
    furniture += ("效力状态有效主题分类综合政务招商引资", "附件：无", tools, rating, "相关信息", *other_rows)
    furniture += (f"主办：{site}办公室", icp, police)
    furniture += (f"成文日期{written:%Y-%m-%d}",) if written else ()
    furniture += () if story.outlet else (f"来源：{bureau}",)
    host = f"www.example-r21-xxgk{rng.randrange(10, 99)}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/zwgk/detail/{code}_{rng.randrange(10**5, 10**6)}.html")


@unseen21("sina_cn_weibo_user_h2_source")
def sina_cn_weibo_user_h2_source(story: Story) -> Wrapped:
    """A 手机新浪网-like mobile article: `<title>` headline_手机新浪网, the 下载新浪新闻 header, the `<h1>`, the time
    in `time.weibo_time` and the outlet an `<h2 class="weibo_user">` (the channel where the story names none),
    +关注, `p.art_p` paragraphs, 点击展开全文, 责任编辑, 热门推荐, 评论 with later times, `__docConfig`."""
    rng = _rng(story, "sinacn")
    site = "手机新浪网"
    channel = rng.choice(["新浪财经", "新浪新闻综合", "新浪地方"])
    source = story.outlet or channel
    day = story.published
    moment = _at(day, rng) if day else None
    updated = _moment_after(day or dt.date(2022, 11, 11), rng, 0, 3) + dt.timedelta(hours=3)
    doc_id = f"{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))}"
    editor = f"责任编辑：{rng.choice(NAMES)} SN{rng.randrange(100, 300)}"
    box = f'<time class="weibo_time">{moment:%Y-%m-%d %H:%M}</time>' if moment else ""
    box += f'<h2 class="weibo_user">{escape(source)}</h2><span class="art_box_follow">+关注</span>'
    menu = ["首页", "新闻", "财经", "体育", "娱乐", "科技", "汽车", "房产"]
    hot = _pick(rng, OTHER_NEWS, 3)
    hot_sources = [rng.choice(["新浪新闻", "新浪财经", "新浪地方"]) for _ in hot]
    hot_days = [_at(d, rng) for d in _dated_others(rng, day or updated.date(), 3, most=15)]
    hot_rows = [f"{t}{s}{d:%m-%d %H:%M}" for t, s, d in zip(hot, hot_sources, hot_days, strict=True)]
    hot_html = "".join(
        f'<li><h3 class="m_title">{t}</h3><p class="m_info"><span>{s}</span><span>{d:%m-%d %H:%M}</span></p></li>'
        for t, s, d in zip(hot, hot_sources, hot_days, strict=True)
    )
    comments = rng.sample(READER_COMMENTS, 2)
    where = rng.sample(PROVINCES, 2)
    comment_days = [(moment or updated) + dt.timedelta(days=i + 1, hours=2) for i in range(2)]
    comment_rows = [f"新浪网友{c}来自{w}{d:%m-%d %H:%M}" for c, w, d in zip(comments, where, comment_days, strict=True)]
    comment_html = "".join(
        f'<div class="cmt_item"><span class="cmt_user">新浪网友</span><p class="cmt_txt">{c}</p><span '
        f'class="cmt_info">来自{w} {d:%m-%d %H:%M}</span></div>'
        for c, w, d in zip(comments, where, comment_days, strict=True)
    )
    config = {
        "__docId": doc_id,
        "__docTitle": story.headline or "",
        "__pubTime": f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "",
        "__updateTime": f"{updated:%Y-%m-%d %H:%M:%S}",
        "__media": source,
    }
    page_title = f"{story.headline}_{site}" if story.headline else site
    heading = f'<h1 class="art_tit_h1">{headline_html(story)}</h1>' if story.headline else ""
    foot = ["手机新浪网", "电脑版", "客户端", "意见反馈"]
    rights = "新浪公司　版权所有"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0">
<title>{escape(page_title)}</title><meta property="og:title" content="{escape(story.headline or site)}">
<meta property="og:type" content="news"></head><body>
<header class="j_header"><a class="logo" href="#">新浪</a><nav>{"".join(f'<a href="#">{m}</a>' for m in menu)}</nav><a
 class="dl" href="#">下载新浪新闻</a></header>
<section class="s_card j_article_main">{heading}
<section class="art_box">{box}</section>
<section class="art_pic_card art_content">
{_ps(story.lines, ' class="art_p"')}
</section>
<div class="look_more j_look_more">点击展开全文</div>
<p class="art_editor">{editor}</p>
<a class="open_app" href="#">打开新浪新闻 看更多精彩</a></section>
<section class="hot_news"><h3 class="hd">热门推荐</h3><ul>{hot_html}</ul></section>
<section class="cmt"><h3 class="hd">评论</h3>{comment_html}</section>
<footer class="footer">{" | ".join(f'<a href="#">{f}</a>' for f in foot)}<p>{rights}</p></footer>
<script>var __docConfig = {_script_json(config)};</script></body></html>"""
    furniture = ("新浪" + "".join(menu) + "下载新浪新闻", "点击展开全文", editor, "打开新浪新闻看更多精彩")
    furniture += ("热门推荐", *hot_rows, "评论" + "".join(comment_rows), "".join(foot), rights)
    furniture += () if story.outlet else (source,)
    path = f"/{day:%Y-%m-%d}/detail-{doc_id}.d.html" if day else f"/detail-{doc_id}.d.html"
    return Wrapped(html, furniture, f"https://news.example-r21-sina.cn{path}")


DEV21, LOCKED21 = split_by_digest(UNSEEN21, "round 21/", locked=6)
