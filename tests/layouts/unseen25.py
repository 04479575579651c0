"""Twelve more page layouts written blind (round 25): before reading the HTML reader, and fixed against by nobody.

Round 25 is sealed: not scored when written; it is to be scored once, both halves, at the end of the web-page reader's
next change, and nothing is fixed from its misses. Each layout is after a kind of Chinese page met in the wild that
rounds 1 to 24 did not draw, weighed toward the mainstream templates a crawler of 招商 news meets most often (a county
portal on 国泰新点's Epoint templates, a 开发区 平台公司's site on PbootCMS, a Hubei county 融媒体中心's site on the
长江云 platform, a county weekly's e-paper in its phone edition; and the article pages of outlets whose local news
is most reposted: 界面新闻, 红星新闻, 南方+, 一点资讯, 中国经济网's 地方经济, 光明网's and 央广网's local
channels, 红网's 县市区 channel), the headline competing with a site's, an app's, a paper's, an issue's page or a
channel's own name, or shown in no heading but a `<div>`, and the credits, statements and app prompts such pages set
round the article's text (a 记者 | 编辑 pair, 【作者】【来源】 lines, a 报料 call, a 免责声明, a 责编 bracket), with
the dates they add beside the article's own (an issue's day, a later copyright year):

- a county portal on 国泰新点's Epoint templates: `<title>` headline-site (the site where the story has none), the
  `ewb-` header, nav and crumb (当前位置), `h2.ewb-article-tt` (absent where the story has none), the
  `ewb-article-sources` line 【信息时间：2021-01-09 信息来源：X 阅读次数：】 with the counter filled by the
  EWB-FRONT script (信息时间 absent where the story names no day, 信息来源 the portal's 办公室 where it names no
  outlet), 【我要打印】【关闭】, `ewb-article-info`, 相关链接 with days, the footer with 主办/承办, 网站标识码 and
  licences;
- a 界面新闻 article: `<title>` headline | 界面新闻 (界面新闻 where the story has none), og metas, the nav, the
  `article-header` `<h1>` (absent where the story has none), `article-info` (the channel, 2021/01/09 09:30, 来源
  (界面新闻 where the story names none)), 界面新闻记者 | X and 界面新闻编辑 | Y opening the text, 标签, 分享到,
  相关推荐 with days, the footer's rights and licences;
- a 红星新闻 article page: `<title>` the headline (红星新闻 where the story has none), the 打开红星新闻 strip, the
  `<h1 class="article-title">` (absent where the story has none), the source (红星新闻 where the story names none)
  and 2021-01-09 09:30, 阅读 N, 红星新闻记者 X opening the text, 编辑 Y and （下载红星新闻，报料有奖！） closing it, the
  platform's 声明, 相关新闻;
- 中国经济网's 地方经济 page, in GBK: `<title>` headline_中国经济网——国家经济门户 (地方经济_… where the story has
  none), the top nav, the crumb, `#articleTitle` (absent where the story has none), `#articleTime` 2021年01月09日 09:30
  (absent where the story names no day), `#articleSource` (中国经济网 where the story names none), `#articleText`
  with its `TRS_Editor`, `#articleEditor` （责任编辑：X）, 分享到, 中国经济网版权及免责声明, 相关新闻, the footer;
- 光明网's local channel page: `<title>` headline_光明网 (the channel_光明网 where the story has none), the top nav
  and channel nav, the crumb, `h1.u-title` (absent where the story has none), `m-con-time` and `m-con-source` (光明网
  where the story names none), `u-mainText`, `m-zbTool liability` [责编：X], 分享到, 相关新闻, the footer's rights;
- 红网's 县市区 channel page: `<title>` headline_县市区_红网 (the city's station_红网 where the story has none), the
  top bar with 时刻客户端, the station's nav, the crumb with 正文, the `<h1>` (absent where the story has none), the
  meta line (来源 (红网 where the story names none), 作者, 编辑, 2021-01-09 09:30:15), the text, 【责任编辑：X】,
  我要报料, 分享到, 相关稿件, the footer with 湘ICP备 and the 许可证;
- a 南方+ article page: `<title>` the headline (南方+ - 南方plus where the story has none), the 打开南方+ strip, the
  `#article_title` (absent where the story has none), 来源 (南方+ where the story names none) and the time, the byline
  南方+记者 X 通讯员 Y, the text, 【作者】 X 【来源】 the outlet or 南方报业传媒集团南方+客户端, 下载南方+客户端
  and 推荐阅读;
- a Hubei county 融媒体中心's site on the 长江云 platform: `<title>` headline-云上X (云上X where the story has none),
  the header's name and the app's, the nav, 当前位置, the headline a `<div class="detail-title">` (absent where the
  story has none), the time, 来源 (the 融媒体中心 where the story names none) and 阅读, the text, 编辑/审核/终审, the
  app's download card, the footer with 主办, 鄂ICP备 and 技术支持：长江云;
- a county weekly's e-paper in its phone edition: `<title>` headline-paper (the page's 第N版：name-paper where the story
  has none), the masthead with the issue's day (a made-up day where the story names none) and 第N期, 版面导航 / 往期 /
  PDF, the page's name, the `<h1>` (absent where the story has none), 来源 where the outlet is not the paper, the text,
  上一篇/下一篇, 本版新闻, the bottom bar;
- a 开发区 平台公司's site on PbootCMS (Bootstrap 4): `<title>` headline-company (园区动态-company where the story has
  none), the navbar, the banner, 当前位置, the centred `<h2>` (absent where the story has none), the info line (作者,
  来源 (本站 where the story names none), the time, N次), the text, 上一篇/下一篇, the footer with the company's
  address, the ICP and 在线留言;
- 央广网's local channel page: `<title>` headline_央广网 (the channel_央广网 where the story has none), the top nav,
  the crumb, `article-header` with the `<h1>` (absent where the story has none) and `source` spans (the time, 来源
  央广网 where the story names none), `article-content` with its `TRS_Editor`, 编辑：X, 分享到, 相关新闻, the
  footer's licences and 违法和不良信息举报;
- a 一点资讯 article: `<title>` headline_一点资讯 (一点资讯 where the story has none), the channel nav, 下载APP, the
  `<h2>` (absent where the story has none), the account as `doc-source` (a made-up 一点号 where the story names none)
  and the day, `#imedia-article`, the 免责声明, 喜欢/评论/分享, 相关推荐 with their sources, 热门.

Where a story names no headline, each page keeps its kind's own title and headings (a site's, a platform's, an app's,
a paper's page, a channel's) and shows no headline of the story; where it names no outlet, pages whose kind always
names a source show their own (the portal's 办公室, the platform, the channel, the 融媒体中心, 本站, a made-up 一点号),
listed as furniture; where it names no date, the dates a page adds (an e-paper's issue, copyright years) fall on
another day.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 25/" + name are `LOCKED25`, the other six `DEV25`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from layouts.families import (
    OTHER_NEWS,
    PLACES,
    Layout,
    Story,
    Wrapped,
    _pick,
    _rng,
    headline_html,
    layout,
    split_by_digest,
)
from layouts.page_parts import _at, _join, _ps
from layouts.unseen20 import _licences
from layouts.unseen22 import _ncr
from layouts.unseen23 import PINYIN, _hex
from layouts.unseen24 import _related

UNSEEN25: dict[str, Layout] = {}
NAMES = ["邬振华", "樊丽君", "符晓东", "柯美玲", "聂国强", "鲍文静"]
WEEKDAYS = "一二三四五六日"
# Provinces a local channel or station is of: its name, its station's short name and a city in it.
CHANNELS = [("湖北", "hb", "武汉"), ("湖南", "hn", "长沙"), ("江西", "jx", "南昌"), ("安徽", "ah", "合肥")]


def unseen25(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN25)


def _year_after(day: dt.date | None, rng, fallback: dt.date) -> int:
    """A copyright year a footer prints: the story's year or a later one (a fixed day's where it names none)."""
    return (day or fallback).year + rng.randrange(0, 3)


def _slug(place: str) -> str:
    return PINYIN[place[:-1]].lower()


# ---------------------------------------------------------------- government portals: Epoint


@unseen25("epoint_ewb_article_xinxi_shijian_yuedu_cishu")
def epoint_ewb_article_xinxi_shijian_yuedu_cishu(story: Story) -> Wrapped:
    """A county portal on 国泰新点's Epoint templates: `<title>` headline-site (the site where the story has none), the
    `ewb-` header, nav and crumb, `h2.ewb-article-tt` (absent where the story has none), 【信息时间：… 信息来源：…
    阅读次数：】 with the counter filled by the EWB-FRONT script, 【我要打印】【关闭】, `ewb-article-info`, 相关链接
    with days, the footer with 主办/承办, 网站标识码 and licences."""
    rng = _rng(story, "epoint")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    office = f"{place}人民政府办公室"
    column = rng.choice(["招商引资", "政务要闻", "部门动态"])
    day = story.published
    source = escape(story.outlet) if story.outlet else office
    info_id = f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"
    sources = _join(
        [
            f'信息时间：<span id="infodate">{day:%Y-%m-%d}</span>' if day else "",
            f"信息来源：{source}",
            '阅读次数：<span id="infoViewCount"></span>',
        ],
        "&nbsp;&nbsp;",
    )
    nav = ["首页", "走进" + place[:-1], "政务公开", "政务服务", "互动交流", "招商引资", "专题专栏"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, rng.choice(["苏", "皖", "鲁", "赣"]))
    code = rng.randrange(10**9, 10**10)
    heading = f'<h2 class="ewb-article-tt">{headline_html(story)}</h2>' if story.headline else ""
    title = f"{escape(story.headline)}-{site}" if story.headline else site
    category = rng.randrange(100, 999)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>{title}</title>
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/detail.css">
<script src="/js/lib/jquery.min.js"></script>
<script src="/js/lib/epoint.js"></script>
</head>
<body>
<div class="ewb-top"><div class="ewb-container clearfix"><span class="l">欢迎访问{site}门户网站</span><div class="r"><a
 href="javascript:;" class="ewb-top-item">无障碍</a><a href="javascript:;" class="ewb-top-item">长者模式</a><a
 href="/m/" class="ewb-top-item">移动版</a></div></div></div>
<div class="ewb-header"><div class="ewb-container clearfix"><a href="/" class="ewb-logo"><img src="/images/logo.png"
 alt="{site}"></a><div class="ewb-search"><input type="text" class="ewb-search-input" placeholder="请输入关键字"><a
 href="javascript:;" class="ewb-search-btn">搜索</a></div></div></div>
<div class="ewb-nav"><ul class="ewb-container ewb-nav-items">{
        "".join(f'<li class="ewb-nav-item"><a href="/{i:03d}/">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div>
<div class="ewb-container">
<div class="ewb-location"><span class="ewb-location-icon"></span>当前位置：<a href="/">首页</a> &gt; <a
 href="/{category}/">{column}</a></div>
<div class="ewb-article">
{heading}
<div class="ewb-article-sources"><p>【{sources}】<a href="javascript:window.print();">【我要打印】</a><a
 href="javascript:window.close();">【关闭】</a></p></div>
<div class="ewb-article-info" id="mainContent">
{_ps(story.lines, ' style="text-indent:2em;"')}
</div>
<div class="ewb-article-rel"><h4 class="ewb-rel-hd">相关链接</h4><ul class="ewb-rel-items">{
        "".join(
            f'<li class="ewb-rel-item"><a href="/{category}/{rng.randrange(10**5)}.html">{t}</a><span>{d}</span></li>'
            for t, d in related
        )
    }</ul></div>
</div>
</div>
<div class="ewb-footer"><div class="ewb-container"><p>主办：{office}　承办：{place}大数据中心</p><p
 >网站标识码：{code}　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　{police}</p></div></div>
<script>
$.ajax({{ url: "/EWB-FRONT/rest/frontAppCustomAction/getPageInfoViewCount", type: "post",
  data: {{ params: JSON.stringify({{ infoid: "{info_id}", siteguid: "7eb5f7f1-9041-43ad-8e13-8fcb82ea831a" }}) }},
  success: function (msg) {{ $("#infoViewCount").html(msg.custom.viewcount); }} }});
</script>
</body>
</html>
"""
    furniture = (
        f"欢迎访问{site}门户网站",
        "无障碍长者模式移动版",
        "".join(nav),
        f"当前位置：首页 > {column}",
        "【我要打印】【关闭】",
        "相关链接" + "".join(t + d for t, d in related),
        f"主办：{office}　承办：{place}大数据中心",
        f"网站标识码：{code}",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"信息来源：{office}",)
    host = f"www.example-r25-{_slug(place)}.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/{category}/{day or dt.date(2021, 6, 1):%Y%m%d}/{info_id}.html")


# ---------------------------------------------------------------- national and provincial news sites


@unseen25("jiemian_article_info_jizhe_bianji_pipes")
def jiemian_article_info_jizhe_bianji_pipes(story: Story) -> Wrapped:
    """A 界面新闻 article: `<title>` headline | 界面新闻 (界面新闻 where the story has none), og metas, the nav, the
    `article-header` `<h1>` (absent where the story has none), `article-info` (the channel, 2021/01/09 09:30, 来源),
    界面新闻记者 | X and 界面新闻编辑 | Y opening the text, 标签, 分享到, 相关推荐 with days, the footer."""
    rng = _rng(story, "jiemian")
    day = story.published
    moment = _at(day, rng) if day else None
    channel = rng.choice(["地方", "区域", "宏观"])
    reporter, editor = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "界面新闻"
    info = _join(
        [
            f'<span class="author"><a href="/lists/{rng.randrange(100, 999)}.html">{channel}</a></span>',
            f'<span class="date">{moment:%Y/%m/%d %H:%M}</span>' if moment else "",
            f'<span class="source">来源：{source}</span>',
        ],
        "",
    )
    tags = rng.sample(["招商引资", "产业园区", "项目签约", "地方经济"], 2)
    related = _related(rng, day, 4, "%Y/%m/%d")
    nav = ["首页", "快讯", "商业", "财经", "地方", "宏观", "科技", "文娱"]
    item = rng.randrange(5 * 10**6, 9 * 10**6)
    icp, police = _licences(rng, "沪")
    year = _year_after(day, rng, dt.date(2022, 5, 1))
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)} | 界面新闻" if story.headline else "界面新闻"
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="界面新闻">
<meta property="og:title" content="{escape(story.headline or "界面新闻")}">
<meta property="og:url" content="https://www.example-r25-jiemian.com/article/{item}.html">
<link rel="stylesheet" href="https://img.jiemian.example-r25.com/static/css/article.css">
</head>
<body>
<div class="header-container"><div class="header"><a class="logo" href="/">界面新闻</a><ul class="nav">{
        "".join(f'<li><a href="/lists/{i}.html">{n}</a></li>' for i, n in enumerate(nav))
    }</ul><div class="header-right"><a href="/app">下载APP</a><a href="/login">登录</a></div></div></div>
<div class="content-container"><div class="main-container">
<div class="article-view">
<div class="article-header">
{heading}
<div class="article-info"><p>{info}</p></div>
</div>
<div class="article-main"><div class="article-content">
<p>界面新闻记者 | {reporter}</p>
<p>界面新闻编辑 | {editor}</p>
{_ps(story.lines)}
</div></div>
<div class="article-tags">标签：{"".join(f'<a href="/tags/{t}.html">{t}</a>' for t in tags)}</div>
<div class="article-share">分享到：<a class="share-wechat">微信</a><a class="share-weibo">微博</a><a
 class="share-qq">QQ</a></div>
</div>
<div class="related-news"><h3>相关推荐</h3><ul>{
        "".join(
            f'<li><a href="/article/{item - i - 1}.html">{t}</a><span>{d}</span></li>'
            for i, (t, d) in enumerate(related)
        )
    }</ul></div>
</div></div>
<div class="footer"><p>关于界面 | 联系我们 | 广告合作 | 加入我们</p><p
 >© {year} 界面新闻 版权所有　{icp}　{police}</p></div>
<script src="https://img.jiemian.example-r25.com/static/js/article.js"></script>
</body>
</html>
"""
    furniture = (
        "首页" + "".join(nav[1:]) + "下载APP登录",
        f"界面新闻记者 | {reporter}",
        f"界面新闻编辑 | {editor}",
        "标签：" + "".join(tags),
        "分享到：微信微博QQ",
        "相关推荐" + "".join(t + d for t, d in related),
        "关于界面 | 联系我们 | 广告合作 | 加入我们",
        f"© {year} 界面新闻 版权所有",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：界面新闻",)
    return Wrapped(html, furniture, f"https://www.example-r25-jiemian.com/article/{item}.html")


@unseen25("hongxing_xinwen_xiazai_baoliao_youjiang")
def hongxing_xinwen_xiazai_baoliao_youjiang(story: Story) -> Wrapped:
    """A 红星新闻 article page: `<title>` the headline (红星新闻 where the story has none), the 打开红星新闻 strip, the
    `<h1 class="article-title">` (absent where the story has none), the source (红星新闻 where the story names none) and
    the time, 阅读 N, 红星新闻记者 X opening the text, 编辑 Y and （下载红星新闻，报料有奖！） closing it, the
    platform's 声明, 相关新闻."""
    rng = _rng(story, "hongxing")
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, editor = rng.sample(NAMES, 2)
    reads = rng.randrange(1000, 90000)
    source = escape(story.outlet) if story.outlet else "红星新闻"
    others = _pick(rng, OTHER_NEWS, 4)
    item = rng.randrange(10**6, 10**7)
    info = _join(
        [
            f'<span class="article-source">{source}</span>',
            f'<span class="article-time">{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
            f'<span class="article-read">阅读 {reads}</span>',
        ],
        "",
    )
    heading = f'<h1 class="article-title">{headline_html(story)}</h1>' if story.headline else ""
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{escape(story.headline or "红星新闻")}</title>
<meta name="description" content="红星新闻">
<link rel="stylesheet" href="//static.example-r25-cdsb.com/micropub/css/article.css?v=3.2.1">
</head>
<body>
<div class="open-app-bar" id="openApp"><img class="app-logo" src="//static.example-r25-cdsb.com/micropub/img/logo.png"
 alt="红星新闻"><div class="app-slogan"><p>红星新闻</p><p>有温度 有态度 有深度</p></div><a class="open-btn"
 href="javascript:;">打开</a></div>
<div class="article-wrap">
{heading}
<div class="article-info">{info}</div>
<div class="article-content" id="articleContent">
<p>红星新闻记者 {reporter}</p>
{_ps(story.lines)}
<p>编辑 {editor}</p>
<p>（下载红星新闻，报料有奖！）</p>
</div>
<div class="article-statement">本文为红星新闻原创，未经授权不得转载。</div>
</div>
<div class="related-wrap"><div class="related-title">相关新闻</div><ul>{
        "".join(
            f'<li><a href="/micropub/Articles/{item - i - 1}.html"><p class="related-t">{t}</p></a></li>'
            for i, t in enumerate(others)
        )
    }</ul></div>
<div class="bottom-open"><a href="javascript:;">打开红星新闻，查看更多精彩内容</a></div>
<script src="//static.example-r25-cdsb.com/micropub/js/openapp.js"></script>
</body>
</html>
"""
    furniture = (
        "红星新闻有温度 有态度 有深度打开",
        f"阅读 {reads}",
        f"红星新闻记者 {reporter}",
        f"编辑 {editor}",
        "（下载红星新闻，报料有奖！）",
        "本文为红星新闻原创，未经授权不得转载。",
        "相关新闻" + "".join(others),
        "打开红星新闻，查看更多精彩内容",
    )
    host = "static.example-r25-cdsb.com"
    return Wrapped(html, furniture, f"https://{host}/micropub/Articles/{item}.html")


@unseen25("ce_cn_district_articletime_mianze_shengming")
def ce_cn_district_articletime_mianze_shengming(story: Story) -> Wrapped:
    """中国经济网's 地方经济 page, in GBK: `<title>` headline_中国经济网——国家经济门户 (地方经济_… where the story has
    none), the top nav, the crumb, `#articleTitle` (absent where the story has none), `#articleTime` 2021年01月09日
    09:30, `#articleSource` (中国经济网 where the story names none), `#articleText` with its `TRS_Editor`,
    `#articleEditor` （责任编辑：X）, 分享到, 中国经济网版权及免责声明, 相关新闻, the footer."""
    rng = _rng(story, "cecn")
    day = story.published
    moment = _at(day, rng) if day else None
    editor = rng.choice(NAMES)
    source = escape(story.outlet) if story.outlet else "中国经济网"
    column = rng.choice(["滚动新闻", "地方要闻", "县域经济"])
    nav = ["首页", "时政", "财经", "产业", "地方", "区域", "投资", "县域"]
    related = _related(rng, day, 4, "%Y-%m-%d")
    stamp = ""
    if moment:
        stamp = f'<span id="articleTime">{moment.year}年{moment:%m}月{moment:%d}日 {moment:%H:%M}</span>&nbsp;&nbsp;'

    heading = f'<div id="articleTitle"><h1>{headline_html(story)}</h1></div>' if story.headline else ""
    suffix = "中国经济网——国家经济门户"
    title = f"{escape(story.headline)}_{suffix}" if story.headline else f"地方经济_{suffix}"
    when = day or dt.date(2021, 6, 1)
    item = rng.randrange(36000000, 37000000)
    year = _year_after(day, rng, dt.date(2022, 5, 1))
    licence = rng.randrange(10**7, 10**8)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="{escape(story.headline or "地方经济")}" />
<link href="http://www.ce.example-r25.cn/css/article.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="topnav"><a href="http://www.ce.example-r25.cn/">中国经济网首页</a>{
        "".join(f' | <a href="http://{i}.ce.example-r25.cn/">{n}</a>' for i, n in enumerate(nav[1:]))
    }</div>
<div class="crumbs">位置：<a href="http://district.ce.example-r25.cn/">地方经济</a> &gt; <a
 href="http://district.ce.example-r25.cn/newarea/roll/">{column}</a></div>
<div class="left">
{heading}
<div class="titleT">{stamp}<span id="articleSource">来源：{source}</span></div>
<div id="articleText"><div class="TRS_Editor">
{_ps(story.lines)}
</div></div>
<div id="articleEditor">（责任编辑：{editor}）</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="mianze"><a href="http://www.ce.example-r25.cn/about/mianze.shtml">中国经济网版权及免责声明</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul>{
        "".join(f'<li><a href="#">{t}</a><span>{d}</span></li>' for t, d in related)
    }</ul></div>
</div>
<div class="footer"><p>关于我们 | 广告服务 | 网站地图 | 联系我们</p><p>中国经济网 版权所有 Copyright 1999-{year}
 &nbsp;互联网新闻信息服务许可证（{licence}）</p></div>
</body>
</html>
"""
    furniture = (
        "中国经济网首页 | " + " | ".join(nav[1:]),
        f"位置：地方经济 > {column}",
        f"（责任编辑：{editor}）",
        "分享到：微信微博QQ空间",
        "中国经济网版权及免责声明",
        "相关新闻" + "".join(t + d for t, d in related),
        "关于我们 | 广告服务 | 网站地图 | 联系我们",
        f"中国经济网 版权所有 Copyright 1999-{year}",
        f"互联网新闻信息服务许可证（{licence}）",
    )
    furniture += () if story.outlet else ("来源：中国经济网",)
    url = f"http://district.ce.example-r25.cn/newarea/roll/{when:%Y%m}/{when:%d}/t{when:%Y%m%d}_{item}.shtml"
    return Wrapped(_ncr(html, "gbk"), furniture, url, "gbk")


@unseen25("gmw_difang_m_con_source_liability_zebian")
def gmw_difang_m_con_source_liability_zebian(story: Story) -> Wrapped:
    """光明网's local channel page: `<title>` headline_光明网 (the channel_光明网 where the story has none), the top nav
    and the channel's, the crumb, `h1.u-title` (absent where the story has none), `m-con-time` and `m-con-source`
    (光明网 where the story names none), `u-mainText`, `m-zbTool liability` [责编：X], 分享到, 相关新闻, the footer."""
    rng = _rng(story, "gmw")
    province = rng.choice(CHANNELS)[0]
    channel = f"光明网{province}频道"
    day = story.published
    moment = _at(day, rng) if day else None
    editor = rng.choice(NAMES)
    source = escape(story.outlet) if story.outlet else "光明网"
    top = ["光明网首页", "时政", "国际", "时评", "理论", "文化", "科技", "教育", "地方"]
    local = ["首页", "要闻", "市州", "经济", "文旅", "图片"]
    others = _pick(rng, OTHER_NEWS, 4)
    stamp = f'<span class="m-con-time">{moment:%Y-%m-%d %H:%M}</span>' if moment else ""
    heading = f'<h1 class="u-title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}_光明网" if story.headline else f"{province}频道_光明网"
    when = day or dt.date(2021, 6, 1)
    item = rng.randrange(34000000, 35000000)
    year = _year_after(day, rng, dt.date(2022, 5, 1))
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="keywords" content="{escape(story.headline or province)}">
<meta name="description" content="{escape(story.headline or channel)}">
<meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="pagetype" content="1">
<meta name="catalogs" content="{rng.randrange(10**4, 10**5)}"><meta name="contentid" content="{item}">
<link rel="stylesheet" href="//img.gmw.example-r25.cn/css/con_style.css">
</head>
<body>
<div class="g-top"><div class="m-top-nav">{"".join(f'<a href="#">{n}</a>' for n in top)}</div></div>
<div class="g-header"><div class="m-logo"><a href="/"><img src="//img.gmw.example-r25.cn/pic/logo.png"
 alt="{channel}"></a></div><div class="m-channel-nav">{"".join(f'<a href="#">{n}</a>' for n in local)}</div></div>
<div class="g-main"><div class="m-breadcrumb">当前位置：<a href="#">光明网</a> &gt; <a href="#">{province}频道</a> &gt;
 正文</div>
<div class="m-title-box">
{heading}
<div class="m-con-info">{stamp}<span class="m-con-source">来源：<a href="#">{source}</a></span></div>
</div>
<div class="u-mainText" id="article_inbox"><div id="articleBox">
{_ps(story.lines)}
</div></div>
<div class="m-zbTool liability"><span>[责编：{editor}]</span></div>
<div class="m-share">分享到：<a class="share-wx">微信</a><a class="share-wb">微博</a></div>
<div class="m-newsList"><h3>相关新闻</h3><ul>{"".join(f'<li><a href="#">{t}</a></li>' for t in others)}</ul></div>
</div>
<div class="g-footer"><p>光明网版权所有</p><p>Copyright © 1999-{year} gmw.cn All Rights Reserved</p></div>
</body>
</html>
"""
    furniture = (
        "".join(top),
        "".join(local),
        f"当前位置：光明网 > {province}频道 > 正文",
        f"[责编：{editor}]",
        "分享到：微信微博",
        "相关新闻" + "".join(others),
        "光明网版权所有",
        f"Copyright © 1999-{year} gmw.cn All Rights Reserved",
    )
    furniture += () if story.outlet else ("来源：光明网",)
    host = f"{rng.choice(CHANNELS)[1]}.gmw.example-r25.cn"
    return Wrapped(html, furniture, f"https://{host}/{when:%Y-%m/%d}/content_{item}.htm")


@unseen25("rednet_xianshiqu_zhan_meta_line_baoliao")
def rednet_xianshiqu_zhan_meta_line_baoliao(story: Story) -> Wrapped:
    """红网's 县市区 channel page: `<title>` headline_县市区_红网 (the city's station_红网 where the story has none),
    the top bar with 时刻客户端, the station's nav, the crumb with 正文, the `<h1>` (absent where the story has none),
    the meta line (来源 (红网 where the story names none), 作者, 编辑, 2021-01-09 09:30:15), the text, 【责任编辑：X】,
    我要报料, 分享到, 相关稿件, the footer with 湘ICP备 and the 许可证."""
    rng = _rng(story, "rednet")
    city = rng.choice(["岳阳", "常德", "衡阳", "邵阳", "郴州"])
    place = rng.choice(PLACES)
    station = f"{city}站"
    day = story.published
    moment = _at(day, rng) if day else None
    author, editor, chief = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else "红网"
    meta = _join(
        [
            f"<span>来源：{source}</span>",
            f"<span>作者：{author}</span>",
            f"<span>编辑：{editor}</span>",
            f"<span>{moment:%Y-%m-%d %H:%M:%S}</span>" if moment else "",
        ],
        "",
    )
    nav = ["首页", "时政", "县市区", "经济", "民生", "文旅", "视频"]
    related = _related(rng, day, 4)
    icp, _ = _licences(rng, "湘")
    licence = 43120170000 + rng.randrange(1, 99)
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}_县市区_红网" if story.headline else f"{station}_红网"
    when = day or dt.date(2021, 6, 1)
    item = rng.randrange(10**7, 10**8)
    year = _year_after(day, rng, dt.date(2022, 5, 1))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="{escape(story.headline or station)}">
<link rel="stylesheet" href="https://img.example-r25-rednet.cn/static/css/detail.css">
</head>
<body>
<div class="g-topbar"><div class="w1200"><a href="https://www.example-r25-rednet.cn/">红网首页</a><a
 href="#">时刻客户端</a><a href="#">我要报料</a><a href="#">网上群众工作部</a></div></div>
<div class="g-head"><div class="w1200"><a class="logo" href="/"><img alt="红网{station}"
 src="https://img.example-r25-rednet.cn/static/img/logo.png"></a><ul class="m-nav">{
        "".join(f'<li><a href="/channel/{i}.html">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div></div>
<div class="w1200 g-body">
<div class="m-crumb">当前位置：<a href="#">红网</a> &gt; <a href="#">{station}</a> &gt; <a
 href="#">{place}</a> &gt; 正文</div>
<div class="m-detail">
{heading}
<div class="m-meta">{meta}</div>
<div class="m-article" id="articleContent">
{_ps(story.lines)}
</div>
<div class="m-editor">【责任编辑：{chief}】</div>
<div class="m-tools"><a href="#">我要报料</a><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div>
<div class="m-related"><div class="hd">相关稿件</div><ul>{
        "".join(f'<li><a href="#">{t}</a><span>{d}</span></li>' for t, d in related)
    }</ul></div>
</div>
</div>
<div class="g-footer"><p>红网版权所有，未经授权禁止转载</p><p>Copyright © 2001-{year} example-r25-rednet.cn　{icp}</p><p
 >互联网新闻信息服务许可证：{licence}</p></div>
</body>
</html>
"""
    furniture = (
        "红网首页时刻客户端我要报料网上群众工作部",
        "".join(nav),
        f"当前位置：红网 > {station} > {place} > 正文",
        f"作者：{author}",
        f"编辑：{editor}",
        f"【责任编辑：{chief}】",
        "我要报料分享到：微信微博",
        "相关稿件" + "".join(t + d for t, d in related),
        "红网版权所有，未经授权禁止转载",
        f"Copyright © 2001-{year} example-r25-rednet.cn",
        icp,
        f"互联网新闻信息服务许可证：{licence}",
    )
    furniture += () if story.outlet else ("来源：红网",)
    host = f"{PINYIN[place[:-1]].lower()}.example-r25-rednet.cn"
    return Wrapped(html, furniture, f"https://{host}/content/{when:%Y/%m/%d}/{item}.html")


@unseen25("nfapp_zuozhe_laiyuan_brackets_nanfang_plus")
def nfapp_zuozhe_laiyuan_brackets_nanfang_plus(story: Story) -> Wrapped:
    """A 南方+ article page: `<title>` the headline (南方+ - 南方plus where the story has none), the 打开南方+ strip,
    the `#article_title` (absent where the story has none), 来源 (南方+ where the story names none) and the time, the
    byline 南方+记者 X 通讯员 Y, the text, 【作者】 X 【来源】 the outlet or 南方报业传媒集团南方+客户端,
    下载南方+客户端 and 推荐阅读."""
    rng = _rng(story, "nfapp")
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, helper = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "南方+"
    origin = escape(story.outlet) if story.outlet else "南方报业传媒集团南方+客户端"
    others = _pick(rng, OTHER_NEWS, 3)
    item = rng.randrange(4 * 10**6, 5 * 10**6)
    when = day or dt.date(2021, 6, 1)
    info = _join(
        [
            f'<span class="source">来源：{source}</span>',
            f'<span class="time">{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
        ],
        "",
    )
    heading = f'<h1 id="article_title">{headline_html(story)}</h1>' if story.headline else ""
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<title>{escape(story.headline or "南方+ - 南方plus")}</title>
<link rel="stylesheet" href="//static.nfapp.example-r25.com/css/content.css">
</head>
<body>
<div class="top-app-bar"><img src="//static.nfapp.example-r25.com/img/nfplus_logo.png" alt="南方+"><span>南方+
 权威新闻 政务服务</span><a class="open" href="javascript:;">打开南方+</a></div>
<div class="article" id="article">
{heading}
<div class="article-info">{info}</div>
<div class="author">南方+记者 {reporter} 通讯员 {helper}</div>
<div class="content" id="content">
{_ps(story.lines)}
</div>
<div class="article-foot"><p>【作者】 {reporter}</p><p>【来源】 {origin}</p></div>
</div>
<div class="download-bar"><a href="javascript:;">下载南方+客户端</a>，阅读更多精彩内容</div>
<div class="recommend"><h3>推荐阅读</h3><ul>{"".join(f"<li><a>{t}</a></li>" for t in others)}</ul></div>
<script src="//static.nfapp.example-r25.com/js/openapp.js"></script>
</body>
</html>
"""
    furniture = (
        "南方+ 权威新闻 政务服务打开南方+",
        f"南方+记者 {reporter} 通讯员 {helper}",
        f"【作者】 {reporter}",
        "下载南方+客户端，阅读更多精彩内容",
        "推荐阅读" + "".join(others),
    )
    furniture += () if story.outlet else ("【来源】 南方报业传媒集团南方+客户端", "来源：南方+")
    url = f"https://static.nfapp.example-r25.com/content/{when:%Y%m}/{when:%d}/c{item}.html"
    return Wrapped(html, furniture, url)


# ---------------------------------------------------------------- a 融媒体中心 on 长江云, a county weekly's e-paper


@unseen25("changjiangyun_yunshang_xian_detail_title_div")
def changjiangyun_yunshang_xian_detail_title_div(story: Story) -> Wrapped:
    """A Hubei county 融媒体中心's site on the 长江云 platform: `<title>` headline-云上X (云上X where the story has
    none), the header's name and the app's, the nav, 当前位置, the headline a `<div class="detail-title">` (absent
    where the story has none), the time, 来源 (the 融媒体中心 where the story names none) and 阅读, the text,
    编辑/审核/终审, the app's download card, the footer with 主办, 鄂ICP备 and 技术支持：长江云."""
    rng = _rng(story, "cjyun")
    place = rng.choice(PLACES)
    short = place[:-1]
    app = f"云上{short}"
    centre = f"{place}融媒体中心"
    day = story.published
    moment = _at(day, rng) if day else None
    reads = rng.randrange(100, 20000)
    editor, checker, final = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else centre
    info = _join(
        [
            f"<span>{moment:%Y-%m-%d %H:%M:%S}</span>" if moment else "",
            f"<span>来源：{source}</span>",
            f'<span>阅读：<em class="readcount">{reads}</em></span>',
        ],
        "",
    )
    nav = ["首页", "本地新闻", "政务", "视频", "专题", "问政"]
    icp, police = _licences(rng, "鄂")
    heading = f'<div class="detail-title">{headline_html(story)}</div>' if story.headline else ""
    title = f"{escape(story.headline)}-{app}" if story.headline else app
    item = rng.randrange(10**6, 10**7)
    year = _year_after(day, rng, dt.date(2022, 5, 1))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<link rel="stylesheet" href="//cdn.cjyun.example-r25.org/site/pc/css/detail.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/img/logo.png" alt="{app}"></a><div
 class="site-name"><p>{centre}</p><p>{app}客户端</p></div></div></div>
<div class="nav"><ul class="w1200">{
        "".join(f'<li><a href="/p/{i}.html">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/p/1.html">本地新闻</a></div>
<div class="detail">
{heading}
<div class="detail-info">{info}</div>
<div class="detail-content">
{_ps(story.lines)}
</div>
<div class="detail-editor"><span>编辑：{editor}</span><span>审核：{checker}</span><span>终审：{final}</span></div>
</div>
<div class="app-download"><img src="/img/qrcode.png" alt=""><p>扫码下载“{app}”客户端</p><p
 >看{short}新闻，办{short}事</p></div>
</div>
<div class="footer"><p>主办：{centre}　地址：{place}人民路{rng.randrange(1, 200)}号</p><p>{icp}　{police}</p><p
 >Copyright © {year} {app} 技术支持：长江云</p></div>
</body>
</html>
"""
    furniture = (
        f"{centre}{app}客户端",
        "".join(nav),
        "当前位置：首页 > 本地新闻",
        f"阅读：{reads}",
        f"编辑：{editor}审核：{checker}终审：{final}",
        f"扫码下载“{app}”客户端看{short}新闻，办{short}事",
        f"主办：{centre}",
        icp,
        police,
        f"Copyright © {year} {app} 技术支持：长江云",
    )
    furniture += () if story.outlet else (f"来源：{centre}",)
    host = f"www.{_slug(place)}.cjyun.example-r25.org"
    return Wrapped(html, furniture, f"https://{host}/p/{item}.html")


@unseen25("shouji_dianzibao_xianbao_banmian_benban")
def shouji_dianzibao_xianbao_banmian_benban(story: Story) -> Wrapped:
    """A county weekly's e-paper in its phone edition: `<title>` headline-paper (the page's 第N版：name-paper where the
    story has none), the masthead with the issue's day (a made-up day where the story names none) and 第N期, 版面导航 /
    往期 / PDF, the page's name, the `<h1>` (absent where the story has none), 来源 where the outlet is not the paper,
    the text, 上一篇/下一篇, 本版新闻, the bottom bar."""
    rng = _rng(story, "xianbao")
    place = rng.choice(PLACES)
    outlet = story.outlet or ""
    paper = outlet if outlet.endswith("报") else f"今日{place[:-1]}"
    day = story.published
    issue = day or dt.date(2021, rng.randrange(1, 13), rng.randrange(1, 28))
    number = rng.randrange(1000, 3000)
    page_no = rng.randrange(1, 5)
    page = f"第{page_no:02d}版：{rng.choice(['要闻', '综合', '经济', '园区'])}"
    masthead = f"{issue.year}年{issue:%m}月{issue:%d}日 星期{WEEKDAYS[issue.weekday()]} 第{number}期"
    prev_title, next_title = _pick(rng, OTHER_NEWS, 2)
    others = _pick(rng, OTHER_NEWS, 4)
    source = f'<p class="source">来源：{escape(outlet)}</p>' if outlet and outlet != paper else ""
    heading = f'<h1 class="art-title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}-{escape(paper)}" if story.headline else f"{page}-{escape(paper)}"
    path = f"{issue:%Y-%m/%d}"
    item = rng.randrange(1000, 9999)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{title}</title>
<link rel="stylesheet" href="../../../static/h5/css/style.css">
</head>
<body class="h5-detail">
<header class="paper-head"><div class="paper-name">{escape(paper)}</div><div
 class="paper-date">{masthead}</div></header>
<nav class="paper-tools"><a href="../../../h5/html/{path}/node_{page_no}.htm">版面导航</a><a
 href="../../../h5/html/period.htm">往期</a><a
 href="../../../page/{path}/{page_no:02d}/P{page_no:02d}.pdf">PDF</a></nav>
<div class="bm-name">{page}</div>
<div class="art-wrap">
{heading}
{source}
<div class="art-content" id="ozoom">
{_ps(story.lines)}
</div>
</div>
<div class="art-pn"><p>上一篇：<a href="content_{item - 1}.htm">{prev_title}</a></p><p>下一篇：<a
 href="content_{item + 1}.htm">{next_title}</a></p></div>
<div class="bm-list"><h3>本版新闻</h3><ul>{
        "".join(f'<li><a href="content_{item + i + 2}.htm">{t}</a></li>' for i, t in enumerate(others))
    }</ul></div>
<footer class="bottom-bar"><a href="../../../h5/html/{path}/node_1.htm">首版</a><a
 href="../../../h5/html/{path}/node_{page_no}.htm">本版</a><a href="../../../h5/html/period.htm">往期回顾</a></footer>
</body>
</html>
"""
    furniture = (
        masthead,
        "版面导航往期PDF",
        page,
        f"上一篇：{prev_title}",
        f"下一篇：{next_title}",
        "本版新闻" + "".join(others),
        "首版本版往期回顾",
    )
    url = f"http://epaper.example-r25-{_slug(place)}.cn/h5/html/{path}/content_{item}.htm"
    return Wrapped(html, furniture, url)


# ---------------------------------------------------------------- a 开发区 平台公司 on PbootCMS


@unseen25("pbootcms_kaifaqu_pingtai_gongsi_query_url")
def pbootcms_kaifaqu_pingtai_gongsi_query_url(story: Story) -> Wrapped:
    """A 开发区 平台公司's site on PbootCMS (Bootstrap 4): `<title>` headline-company (园区动态-company where the story
    has none), the navbar, the banner, 当前位置, the centred `<h2>` (absent where the story has none), the info line
    (作者, 来源 (本站 where the story names none), the time, N次), the text, 上一篇/下一篇, the footer with the
    company's address, the ICP and 在线留言."""
    rng = _rng(story, "pboot")
    place = rng.choice(PLACES)
    company = f"{place[:-1]}经济开发区投资发展有限公司"
    day = story.published
    moment = _at(day, rng) if day else None
    visits = rng.randrange(10, 3000)
    author = rng.choice(["招商部", "综合部", "admin"])
    source = escape(story.outlet) if story.outlet else "本站"
    info = _join(
        [
            f'<span class="mr-3">作者：{author}</span>',
            f'<span class="mr-3">来源：{source}</span>',
            f'<span class="mr-3"><i class="fa fa-clock-o"></i> {moment:%Y-%m-%d %H:%M:%S}</span>' if moment else "",
            f'<span><i class="fa fa-eye"></i> {visits}次</span>',
        ],
        "",
    )
    nav = ["首页", "公司简介", "园区动态", "招商项目", "投资环境", "人才招聘", "联系我们"]
    prev_title, next_title = _pick(rng, OTHER_NEWS, 2)
    icp, _ = _licences(rng, rng.choice(["苏", "浙", "鲁", "豫"]))
    phone = f"0{rng.randrange(510, 580)}-{rng.randrange(10**7, 9 * 10**7)}"
    address = f"{place}{rng.choice(['经开大道', '创业路', '科技园路'])}{rng.randrange(1, 300)}号"
    item = rng.randrange(20, 900)
    heading = f'<h2 class="text-center fs-sm-28 fs-20 mt-3">{headline_html(story)}</h2>' if story.headline else ""
    title = f"{escape(story.headline)}-{company}" if story.headline else f"园区动态-{company}"
    year = _year_after(day, rng, dt.date(2022, 5, 1))
    html = f"""<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{title}</title>
<meta name="keywords" content="{company},招商引资,园区">
<meta name="description" content="{company}">
<link rel="stylesheet" href="/template/default/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/default/font-awesome-4.7.0/css/font-awesome.min.css">
<link rel="stylesheet" href="/template/default/css/aoyun.css?v=v1.3.5">
<script src="/template/default/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<nav class="navbar navbar-light bg-light fixed-top navbar-expand-lg shadow-sm"><div class="container"><a
 class="navbar-brand my-1" href="/"><img src="/static/upload/image/logo.png" class="logo-sm-height" height="50"
 alt="{company}"></a><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarNav"><span
 class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse justify-content-end"
 id="navbarNav"><ul class="navbar-nav">{
        "".join(f'<li class="nav-item"><a class="nav-link" href="/?list/{i}/">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div></div></nav>
<div class="head-sm-height"></div>
<div class="jumbotron jumbotron-fluid mb-2" style="background:#1a4f8b url(/static/upload/image/banner.jpg)"><div
 class="container text-light"><h1 class="fs-18 fs-sm-26 wow fadeInDown">园区动态</h1><p class="fs-14 fs-sm-18 wow
 fadeInDown">投资{place[:-1]}，共赢未来</p></div></div>
<div class="container pages">
<div class="position mb-3"><i class="fa fa-home"></i> 当前位置：<a href="/">首页</a> &gt; <a
 href="/?list/2/">园区动态</a></div>
{heading}
<div class="text-center border-bottom text-secondary pb-2 mb-3">{info}</div>
<div class="content mb-3">
{_ps(story.lines)}
</div>
<div class="text-secondary lh-2"><p>上一篇：<a href="/?news/{item - 1}.html">{prev_title}</a></p><p>下一篇：<a
 href="/?news/{item + 1}.html">{next_title}</a></p></div>
</div>
<div class="footer mt-3 pt-5 border-top text-secondary bg-light"><div class="container"><div class="row pb-3"><div
 class="col-12 col-md-5"><div class="mb-2"><img src="/static/upload/image/logo-f.png" alt="{company}"></div><div
 class="fs-14">地址：{address}</div><div class="fs-14">招商热线：{phone}</div></div><div class="col-12 col-md-5"><a
 href="/?message/" class="btn btn-info">在线留言</a></div></div></div><div class="copyright border-top lh-3 text-center
 d-none d-md-block">Copyright © {year} {company} 版权所有 <a href="https://beian.miit.gov.cn/"
 target="_blank">{icp}</a></div></div>
<script src="/template/default/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"园区动态投资{place[:-1]}，共赢未来",
        "当前位置：首页 > 园区动态",
        f"作者：{author}",
        f"{visits}次",
        f"上一篇：{prev_title}",
        f"下一篇：{next_title}",
        f"地址：{address}招商热线：{phone}在线留言",
        f"Copyright © {year} {company} 版权所有 {icp}",
    )
    furniture += () if story.outlet else ("来源：本站",)
    host = f"www.example-r25-{_slug(place)}kfq.com"
    return Wrapped(html, furniture, f"http://{host}/?news/{item}.html")


# ---------------------------------------------------------------- a broadcaster's local channel, an aggregator


@unseen25("cnr_difang_article_header_source_bianji")
def cnr_difang_article_header_source_bianji(story: Story) -> Wrapped:
    """央广网's local channel page: `<title>` headline_央广网 (the channel_央广网 where the story has none), the top
    nav, the crumb, `article-header` with the `<h1>` (absent where the story has none) and `source` spans (the time,
    来源 央广网 where the story names none), `article-content` with its `TRS_Editor`, 编辑：X, 分享到, 相关新闻, the
    footer's licences and 违法和不良信息举报."""
    rng = _rng(story, "cnr")
    province, short, _city = rng.choice(CHANNELS)
    channel = f"{province}频道"
    day = story.published
    moment = _at(day, rng) if day else None
    editor = rng.choice(NAMES)
    source = escape(story.outlet) if story.outlet else "央广网"
    top = ["央广网首页", "新闻", "财经", "地方", "云听", "中国之声", "经济之声"]
    related = _related(rng, day, 4)
    spans = _join(
        [
            f"<span>{moment:%Y-%m-%d %H:%M:%S}</span>" if moment else "",
            f"<span>来源：{source}</span>",
        ],
        "",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}_央广网" if story.headline else f"{channel}_央广网"
    when = day or dt.date(2021, 6, 1)
    item = rng.randrange(10**7, 10**8)
    year = _year_after(day, rng, dt.date(2022, 5, 1))
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="keywords" content="{escape(story.headline or channel)}" />
<meta name="description" content="{escape(story.headline or channel)}" />
<link rel="stylesheet" href="//www.cnr.example-r25.cn/css/article2021.css" />
</head>
<body>
<div class="top-nav"><div class="wrap">{"".join(f'<a href="#">{n}</a>' for n in top)}</div></div>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="//www.cnr.example-r25.cn/img/logo.png"
 alt="央广网{channel}" /></a></div></div>
<div class="wrap">
<div class="crumbs">当前位置：<a href="#">央广网</a> &gt; <a href="#">{channel}</a> &gt; <a href="#">市县新闻</a></div>
<div class="article-header">
{heading}
<div class="source">{spans}</div>
</div>
<div class="article-content"><div class="TRS_Editor">
{_ps(story.lines)}
</div></div>
<div class="editor">编辑：{editor}</div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></div>
<div class="rel-news"><div class="rel-hd">相关新闻</div><ul>{
        "".join(f'<li><a href="#">{t}</a><span>{d}</span></li>' for t, d in related)
    }</ul></div>
</div>
<div class="footer"><p>央广网版权所有　Copyright © 2002-{year} www.cnr.cn All Rights Reserved</p><p
 >违法和不良信息举报电话：010-{rng.randrange(10**7, 9 * 10**7)}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(top),
        f"当前位置：央广网 > {channel} > 市县新闻",
        f"编辑：{editor}",
        "分享到：微信微博QQ",
        "相关新闻" + "".join(t + d for t, d in related),
        f"央广网版权所有　Copyright © 2002-{year} www.cnr.cn All Rights Reserved",
        "违法和不良信息举报电话",
    )
    furniture += () if story.outlet else ("来源：央广网",)
    return Wrapped(html, furniture, f"http://{short}.cnr.example-r25.cn/{when:%Y%m%d}/t{when:%Y%m%d}_{item}.shtml")


# Accounts on the aggregator: where a story names no outlet, its post is shown under one of these.
ACCOUNTS = ["青山发布", "园区观察", "招商资讯汇", "县域经济观察"]


@unseen25("yidianzixun_imedia_article_doc_source")
def yidianzixun_imedia_article_doc_source(story: Story) -> Wrapped:
    """A 一点资讯 article: `<title>` headline_一点资讯 (一点资讯 where the story has none), the channel nav, 下载APP,
    the `<h2>` (absent where the story has none), the account as `doc-source` (a made-up 一点号 where the story names
    none) and the day, `#imedia-article`, the 免责声明, 喜欢/评论/分享, 相关推荐 with their sources, 热门."""
    rng = _rng(story, "yidian")
    day = story.published
    account = escape(story.outlet) if story.outlet else rng.choice(ACCOUNTS)
    likes = rng.randrange(0, 300)
    nav = ["首页", "推荐", "财经", "科技", "汽车", "房产", "本地"]
    related = [(t, rng.choice(ACCOUNTS)) for t in _pick(rng, OTHER_NEWS, 3)]
    hot = _pick(rng, OTHER_NEWS, 3)
    doc = f"0S{_hex(rng, 6).upper()}{rng.randrange(10, 99)}"
    meta = f'<a class="doc-source" href="/channel/m{rng.randrange(10**5, 10**6)}">{account}</a>'
    meta += f'<span class="doc-time">{day:%Y.%m.%d}</span>' if day else ""
    heading = f"<h2>{headline_html(story)}</h2>" if story.headline else ""
    title = f"{escape(story.headline)}_一点资讯" if story.headline else "一点资讯"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{escape(story.headline or "一点资讯")}">
<link rel="stylesheet" href="//si1.go2yd.example-r25.com/news/website/css/article.css">
</head>
<body>
<div class="header"><div class="header-inner"><a class="logo" href="/">一点资讯</a><ul class="channel-nav">{
        "".join(f'<li><a href="/channel/c{i}">{n}</a></li>' for i, n in enumerate(nav))
    }</ul><a class="download" href="/download">下载APP</a><a class="login" href="javascript:;">登录</a></div></div>
<div class="main-wrapper clearfix">
<div class="left-wrapper">
{heading}
<div class="meta">{meta}</div>
<div id="imedia-article" class="content-bd">
{_ps(story.lines)}
</div>
<div class="disclaimer">免责声明：本文来自一点号作者，不代表一点资讯的观点和立场。</div>
<div class="interact"><span class="like">喜欢 {likes}</span><span class="comment">评论</span><span
 class="share">分享</span></div>
<div class="related"><h3>相关推荐</h3><ul>{
        "".join(f'<li><a href="#">{t}</a><span class="source">{s}</span></li>' for t, s in related)
    }</ul></div>
</div>
<div class="right-wrapper"><div class="hot"><h3>热门</h3><ol>{
        "".join(f"<li><a>{t}</a></li>" for t in hot)
    }</ol></div></div>
</div>
<div class="footer">© 一点资讯 版权所有</div>
</body>
</html>
"""
    furniture = (
        "".join(nav) + "下载APP登录",
        "免责声明：本文来自一点号作者，不代表一点资讯的观点和立场。",
        f"喜欢 {likes}评论分享",
        "相关推荐" + "".join(t + s for t, s in related),
        "热门" + "".join(hot),
        "© 一点资讯 版权所有",
    )
    furniture += () if story.outlet else (account,)
    return Wrapped(html, furniture, f"https://www.example-r25-yidianzixun.com/article/{doc}")


DEV25, LOCKED25 = split_by_digest(UNSEEN25, "round 25/", locked=6)
