"""Twelve more page layouts written blind (round 27): before reading the HTML reader, and fixed against by nobody.

Round 27 is sealed: not scored when written; it is to be scored once, both halves, at the end of the web-page reader's
next change, and nothing is fixed from its misses. Each layout is after a kind of Chinese page met in the wild that
rounds 1 to 26 did not draw, weighed toward the mainstream templates a crawler of 招商 news meets most often (商务部's
site reposting a 省商务厅's dispatch in its 地方商务 column, a provincial portal's 市县动态 page on TRS WCM's newer
editor, a Sichuan county portal on the province's 集约化 platform, a county 融媒体中心's news site on 中科大洋's
platform, a 高新区's site on YzmCMS, the 开发区 association's portal in GBK; and the pages of the local and economic
news sites whose 招商 stories are most reposted: 大河网, 东北网, 每日甘肃网, 河北新闻网's phone edition, 中国发展网,
新华报业网), the headline competing with a site's, a column's, a channel's or a group's own name, and the credits such
pages set round the article's text: the 讯 openings run into the first paragraph (大河网讯（记者 X 通讯员 Y）,
东北网1月9日讯（记者 X）, 每日甘肃网1月9日讯 据甘肃日报报道（记者 X）, 中国发展网讯 四川记者站记者 X 报道,
新华日报·交汇点讯), a bracketed byline closing the text, the 一审/二审/三审 line of a county station, 文章来源 and
类型, 责任编辑 and 编辑 lines, with the counters the CMSs fill by script, a TRS page's generation time and the
technical-support lines of platforms:

- 商务部's site, its 地方商务 column: `<title>` the headline (地方商务 where the story has none), the top bar, the nav,
  当前位置, `h1#artitle` (absent where the story has none), `#arsource` (the time, 文章来源 (the province's 商务厅
  where the story names none), 类型, 【字体：大 中 小】), `.artCon`, 【打印本页】【关闭窗口】, 分享到, 相关稿件 with
  days, the footer with 主办/承办, 网站标识码 and licences;
- 河南's provincial portal, its 市县动态 column on TRS WCM: `<title>` headline_市县动态_portal (市县动态_portal where
  the story has none), the page's generation time in `<meta name="others">` (a later moment, another day's where the
  story names none), 无障碍/关怀版, the nav, 当前位置, `details-main h1` (absent where the story has none), the
  `details-info` line (the time, 来源 (the city's government where the story names none), 字号, 打印), the text in
  `trs_editor_view TRS_UEDITOR`, 分享到, 相关新闻 with days, the footer with 主办/承办, 网站标识码 and 网站支持IPv6;
- a Sichuan county portal on the province's 集约化 platform: `<title>` headline-site (the site where the story has
  none), the top bar with 四川省人民政府, the city's portal and 天府通办, the nav, 您当前的位置, `h1.detail-title`
  (absent where the story has none), `detail-info` (发布时间, 来源 (the 政府办 where the story names none), 浏览次数 by
  script, 字体), `#NewsContent`, 【打印本页】【关闭窗口】, 相关信息 with days, the footer with 主办/承办, 蜀ICP备 and
  川公网安备 and the platform's support line;
- a county 融媒体中心's news site on 中科大洋's platform: `<title>` headline_site (site where the story has none),
  the header with the centre and its app, the nav with 爆料, 当前位置, `h1.art-title` (absent where the story has
  none), `art-info` (来源 (the centre where the story names none), the time, 阅读数 by script), a player box, the text,
  编辑 and 一审/二审/三审 after it, the app's download card, 相关新闻 with days, the footer with 技术支持：中科大洋;
- a 高新区's site on YzmCMS: `<title>` headline - park (园区新闻 - park where the story has none), the nav, the banner,
  当前位置 with 正文, `h1.title` (absent where the story has none), the info line (发布时间, 来源 (the 管委会 where the
  story names none), 发布人, 浏览 filled by the hits API), 标签, 上一篇/下一篇, 相关推荐, the footer with Powered By
  YzmCMS;
- 中国开发区网 (the 开发区 association's portal), in GBK: `<title>` headline-中国开发区网 (开发区动态-中国开发区网
  where the story has none), the top bar with 设为首页/加入收藏, the nav, 您现在的位置, `h2.news_title` (absent where
  the story has none), the info line (来源 (中国开发区网 where the story names none), 发布时间, 浏览次数,
  【打印】【关闭】), 上一篇/下一篇, 热点资讯, the footer with 中国开发区协会 and 京ICP备;
- 大河网's 市县 channel: `<title>` headline-大河网 (city频道-大河网 where the story has none), the nav with
  大河财立方, the crumb, `h1.title` (absent where the story has none), the info (the time, 来源 (大河网 where the story
  names none), 作者), 大河网讯（记者 X 通讯员 Y） opening the first paragraph, 责任编辑, 相关新闻, the footer with
  河南日报报业集团主办 and 豫ICP备;
- 东北网's 地市 page: `<title>` headline_东北网 (city_东北网 where the story has none), the nav with 龙江号, 位置,
  `.neirong h1` (absent where the story has none), `dizhi hui` (时间, 来源 (东北网 where the story names none), 编辑),
  东北网1月9日讯（记者 X） opening the first paragraph in `.duanluo`, 分享到, 相关链接, the footer with 黑ICP备;
- 每日甘肃网's 市州 page: `<title>` headline-每日甘肃网 (市州频道-每日甘肃网 where the story has none), the nav with
  新甘肃客户端, 您当前的位置, the `<h1>` (absent where the story has none), `#nleft` spans (the time, 来源 (每日甘肃网
  where the story names none), 作者), 每日甘肃网1月9日讯 据甘肃日报报道（记者 X） opening the first paragraph in
  `.artical`, 责任编辑, 相关新闻, the footer with 甘肃日报报业集团主办 and 陇ICP备;
- 河北新闻网's phone edition: `<title>` headline_河北新闻网 (河北新闻网 where the story has none), the header with
  导航, the channel bar, the `<h1>` (absent where the story has none), `post_source` (the time, 来源 (河北新闻网 where
  the story names none)), `.text`, 编辑：X, the app prompt, 相关推荐, the footer with 电脑版 | 手机版 and 返回顶部;
- 中国发展网's 地方 page: `<title>` headline-中国发展网 (地方-中国发展网 where the story has none), the nav, the
  `m-crumb`, `h1.article-content-title` (absent where the story has none), `date` and `source` (中国发展网 where the
  story names none), 中国发展网讯 四川记者站记者 X 报道 opening the first paragraph in `.article-detail`, 责任编辑,
  分享到, 相关阅读, the footer with 中国经济导报社主办;
- 新华报业网's city page: `<title>` headline_新华报业网 (city_新华报业网 where the story has none), the nav with
  交汇点, 当前位置, `h1.article-title` (absent where the story has none), `article-meta` (来源 (新华日报 where the
  story names none), 作者, the time), 新华日报·交汇点讯 opening the first paragraph and
  （新华日报·交汇点记者 X 通讯员 Y） closing the text, 编辑, 扫码下载交汇点, 相关新闻, the footer with
  新华报业传媒集团主办 and 苏ICP备.

Where a story names no headline, each page keeps its kind's own title and headings (a site's, a column's, a channel's,
a group's) and shows no headline of the story; where it names no outlet, pages whose kind always names a source show
their own (a 商务厅, a city's government, the 政府办, the 融媒体中心, the 管委会, the group's site or paper), listed as
furniture; where it names no date, the 讯 openings name no day, and a page's generation time and copyright years fall
on another day's.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 27/" + name are `LOCKED27`, the other six `DEV27`.
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
from layouts.unseen24 import _related
from layouts.unseen25 import _slug, _year_after
from layouts.unseen26 import _lis, _md, _opened

UNSEEN27: dict[str, Layout] = {}
NAMES = ["宓文涛", "郏春燕", "亢建平", "眭丽华", "笪国强", "麴晓雯"]


def unseen27(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN27)


def _nav(names: list[str], form: str = '<li><a href="/{i}/">{n}</a></li>') -> str:
    return "".join(form.format(i=i, n=n) for i, n in enumerate(names))


# ---------------------------------------------------------------- ministries' and provinces' portals


@unseen27("mofcom_difang_shangwu_artitle_arsource_artcon")
def mofcom_difang_shangwu_artitle_arsource_artcon(story: Story) -> Wrapped:
    """商务部's site, its 地方商务 column: `<title>` the headline (地方商务 where the story has none), the top bar, the
    nav, 当前位置, `h1#artitle` (absent where the story has none), `#arsource` (the time, 文章来源, 类型, 字体),
    `.artCon`, 【打印本页】【关闭窗口】, 分享到, 相关稿件, the footer with 主办/承办, 网站标识码 and licences."""
    rng = _rng(story, "mofcom")
    province = rng.choice(["江苏省", "四川省", "河南省", "湖北省"])
    bureau = f"{province}商务厅"
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else bureau
    kind = "转载" if story.outlet else "原创"
    nav = ["首页", "新闻发布", "政务公开", "政务服务", "商务数据", "互动交流", "地方商务"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "京")
    code = f"bm{rng.randrange(10**7, 10**8)}"
    item = rng.randrange(10**5, 10**6)
    info = _join(
        [
            f"<span>{moment:%Y-%m-%d %H:%M}</span>" if moment else "",
            f'<span class="from">文章来源：{source}</span>',
            f"<span>类型：{kind}</span>",
            '<span class="font">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a>】</span>',
        ],
        "　",
    )
    heading = f'<h1 id="artitle">{headline_html(story)}</h1>' if story.headline else ""
    title = escape(story.headline) if story.headline else "地方商务"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<meta name="SiteName" content="中华人民共和国商务部" />
<meta name="ColumnName" content="地方商务" />
<link rel="stylesheet" type="text/css" href="/static/css/article.css" />
<script type="text/javascript" src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="topBar"><div class="w1200"><span class="date" id="today"></span><a href="/">中文</a> | <a
 href="/en/">English</a> | <a href="/wza/">无障碍</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/images/logo.png"
 alt="中华人民共和国商务部" /></a></div></div>
<div class="nav"><ul class="w1200">{_nav(nav, '<li><a href="/article/{i}/">{n}</a></li>')}</ul></div>
<div class="w1200">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/article/difang/">地方商务</a> &gt; <a
 href="/article/difang/{item % 31}/">{province[:-1]}</a></div>
<div class="artTitle">{heading}</div>
<div class="artInfo" id="arsource"><p align="center">{info}</p></div>
<div class="artCon" id="zoom">
{_ps(story.lines)}
</div>
<div class="artTool"><a href="javascript:window.print();">【打印本页】</a><a
 href="javascript:window.close();">【关闭窗口】</a></div>
<div class="artShare">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>
<div class="artRel"><h3>相关稿件</h3><ul>{_lis(related, "/article/difang/")}</ul></div>
</div>
<div class="footer"><div class="w1200"><p>主办单位：中华人民共和国商务部办公厅　承办单位：商务部电子商务和信息化司</p><p
 >网站标识码：{code}　{icp}　{police}</p></div></div>
<script type="text/javascript">$("#today").text(new Date().toLocaleDateString());</script>
</body>
</html>
"""
    furniture = (
        "中文 | English | 无障碍",
        "".join(nav),
        f"当前位置：首页 > 地方商务 > {province[:-1]}",
        f"类型：{kind}",
        "【字体：大 中 小】",
        "【打印本页】【关闭窗口】",
        "分享到：微信微博",
        "相关稿件" + "".join(t + d for t, d in related),
        "主办单位：中华人民共和国商务部办公厅　承办单位：商务部电子商务和信息化司",
        f"网站标识码：{code}",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"文章来源：{bureau}",)
    when = day or dt.date(2022, 3, 1)
    return Wrapped(html, furniture, f"http://www.mofcom.example-r27.gov.cn/article/difang/{when:%Y%m}/{item}.shtml")


@unseen27("henan_shengzhengfu_shixian_dongtai_trs_ueditor_ipv6")
def henan_shengzhengfu_shixian_dongtai_trs_ueditor_ipv6(story: Story) -> Wrapped:
    """河南's provincial portal, its 市县动态 column on TRS WCM: `<title>` headline_市县动态_portal, the generation time
    in `<meta name="others">`, 无障碍/关怀版, the nav, 当前位置, `details-main h1` (absent where the story has none),
    `details-info` (the time, 来源, 字号, 打印), `trs_editor_view TRS_UEDITOR`, 分享到, 相关新闻, the footer with
    主办/承办, 网站标识码 and 网站支持IPv6."""
    rng = _rng(story, "henan")
    city = rng.choice(["洛阳市", "南阳市", "许昌市", "周口市"])
    portal = "河南省人民政府门户网站"
    day = story.published
    moment = _at(day, rng) if day else None
    made = (moment or dt.datetime(2022, 6, 14, 16, 2, 11)) + dt.timedelta(minutes=rng.randrange(3, 50))
    source = escape(story.outlet) if story.outlet else f"{city}人民政府"
    nav = ["首页", "省情", "省政府", "政务公开", "政务服务", "互动交流", "数据开放"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "豫")
    item = rng.randrange(10**6, 10**7)
    info = _join(
        [
            f'<span class="time">{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
            f'<span class="source">来源：{source}</span>',
            '<span class="font">字号：<a href="javascript:;">大</a><a href="javascript:;">中</a>'
            '<a href="javascript:;">小</a></span>',
            '<a class="print" href="javascript:window.print();">打印</a>',
        ],
        "",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}_市县动态_{portal}" if story.headline else f"市县动态_{portal}"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="others" content="页面生成时间 {made:%Y-%m-%d %H:%M:%S}" />
<meta name="renderer" content="webkit">
<title>{title}</title>
<link rel="stylesheet" href="/images/details.css">
<script src="/images/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top"><div class="container"><span>{portal}</span><a href="javascript:;" id="wza">无障碍</a><a
 href="javascript:;" id="ghb">关怀版</a></div></div>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="{portal}"></a>
</div></div>
<div class="nav"><ul class="container">{_nav(nav)}</ul></div>
<div class="container">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a
 href="/zwgk/sxdt/">市县动态</a></div>
<div class="details-main">
{heading}
<div class="details-info">{info}</div>
<div class="details-content" id="content"><div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
{_ps(story.lines)}
</div></div>
<div class="details-share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a></div>
</div>
<div class="details-rel"><h3>相关新闻</h3><ul>{_lis(related, "/zwgk/sxdt/")}</ul></div>
</div>
<div class="footer"><div class="container"><p>主办：河南省人民政府办公厅　承办：河南省大数据管理局</p><p
 >网站标识码：4100000001　{icp}　{police}</p><p>网站支持IPv6</p></div></div>
<script>var _trs_id = "{item}";</script>
</body>
</html>
"""
    furniture = (
        "无障碍关怀版",
        "".join(nav),
        "当前位置：首页 > 政务公开 > 市县动态",
        "字号：大中小打印",
        "分享到：微信微博QQ空间",
        "相关新闻" + "".join(t + d for t, d in related),
        "主办：河南省人民政府办公厅　承办：河南省大数据管理局",
        "网站标识码：4100000001",
        icp,
        police,
        "网站支持IPv6",
    )
    furniture += () if story.outlet else (f"来源：{city}人民政府",)
    when = day or dt.date(2022, 6, 14)
    return Wrapped(html, furniture, f"https://www.henan.example-r27.gov.cn/{when:%Y/%m-%d}/{item}.html")


@unseen27("sichuan_jiyuehua_xian_tianfu_tongban_detail_title")
def sichuan_jiyuehua_xian_tianfu_tongban_detail_title(story: Story) -> Wrapped:
    """A Sichuan county portal on the province's 集约化 platform: `<title>` headline-site, the top bar with
    四川省人民政府, the city's portal and 天府通办, the nav, 您当前的位置, `h1.detail-title` (absent where the story has
    none), `detail-info` (发布时间, 来源, 浏览次数 by script, 字体), `#NewsContent`, 【打印本页】【关闭窗口】, 相关信息,
    the footer with 主办/承办, 蜀ICP备 and 川公网安备 and the platform's support line."""
    rng = _rng(story, "sichuan")
    place = rng.choice(PLACES)
    city = rng.choice(["绵阳市", "宜宾市", "南充市", "达州市"])
    site = f"{place}人民政府"
    office = f"{place}人民政府办公室"
    column = rng.choice(["招商引资", "政务要闻", "乡镇动态"])
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else f"{place}政府办"
    nav = ["首页", "走进" + place, "政务公开", "政务服务", "互动交流", "专题专栏"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "川")
    icp = "蜀" + icp[1:]
    code = rng.randrange(10**9, 10**10)
    item = rng.randrange(10**6, 10**7)
    info = _join(
        [
            f"<span>发布时间：{moment:%Y-%m-%d %H:%M}</span>" if moment else "",
            f"<span>来源：{source}</span>",
            '<span>浏览次数：<i id="readcount"></i></span>',
            '<span class="zh">字体：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a>]</span>',
        ],
        "",
    )
    heading = f'<h1 class="detail-title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}-{site}" if story.headline else site
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/public/css/detail.css">
<script src="/public/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="http://www.sc.example-r27.gov.cn/">四川省人民政府</a><a
 href="http://www.{_slug(place)}.example-r27.gov.cn/">{city}人民政府</a><a class="tftb"
 href="https://tfwb.example-r27.gov.cn/">天府通办</a><a href="javascript:;" id="wza">无障碍</a><a
 href="javascript:;" id="zzb">长者版</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/public/images/logo.png" alt="{site}"></a>
</div></div>
<div class="nav"><ul class="w1200">{_nav(nav)}</ul></div>
<div class="w1200">
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a
 href="/zwgk/c{item % 89}/">{column}</a></div>
<div class="detail">
{heading}
<div class="detail-info">{info}</div>
<div class="detail-content" id="NewsContent">
{_ps(story.lines, ' style="text-indent:2em;"')}
</div>
<div class="detail-tools"><a href="javascript:window.print();">【打印本页】</a><a
 href="javascript:window.close();">【关闭窗口】</a></div>
<div class="detail-rel"><h3>相关信息</h3><ul>{_lis(related, "/zwgk/")}</ul></div>
</div>
</div>
<div class="footer"><div class="w1200"><p>主办单位：{office}　承办单位：{place}政务服务和大数据管理局</p><p
 >网站标识码：{code}　<a href="https://beian.miit.gov.cn/">{icp}</a>　{police}</p><p
 >四川省政府网站集约化平台　技术支持：四川省大数据中心</p></div></div>
<script>$.get("/api/readcount?id={item}", function (n) {{ $("#readcount").text(n); }});</script>
</body>
</html>
"""
    furniture = (
        f"四川省人民政府{city}人民政府天府通办无障碍长者版",
        "".join(nav),
        f"您当前的位置：首页 > 政务公开 > {column}",
        "浏览次数：",
        "字体：[大 中 小]",
        "【打印本页】【关闭窗口】",
        "相关信息" + "".join(t + d for t, d in related),
        f"主办单位：{office}　承办单位：{place}政务服务和大数据管理局",
        f"网站标识码：{code}",
        icp,
        police,
        "四川省政府网站集约化平台　技术支持：四川省大数据中心",
    )
    furniture += () if story.outlet else (f"来源：{place}政府办",)
    when = day or dt.date(2022, 4, 1)
    host = f"www.{_slug(place)}.example-r27.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/zwgk/c{item % 89}/{when:%Y%m}/{item}.shtml")


# ---------------------------------------------------------------- county stations, zones and the zones' association


@unseen27("rongmei_zhongke_dayang_yishen_ershen_sanshen")
def rongmei_zhongke_dayang_yishen_ershen_sanshen(story: Story) -> Wrapped:
    """A county 融媒体中心's news site on 中科大洋's platform: `<title>` headline_site, the header with the centre and
    its app, the nav with 爆料, 当前位置, `h1.art-title` (absent where the story has none), `art-info` (来源, the time,
    阅读数 by script), a player box, the text, 编辑 and 一审/二审/三审 after it, the app's card, 相关新闻, the footer
    with 技术支持：中科大洋."""
    rng = _rng(story, "dayang")
    place = rng.choice(PLACES)
    site = f"{place[:-1]}新闻网"
    centre = f"{place}融媒体中心"
    app = f"掌上{place[:-1]}"
    day = story.published
    moment = _at(day, rng) if day else None
    editor, first, second, third = rng.sample(NAMES, 4)
    source = escape(story.outlet) if story.outlet else centre
    nav = ["首页", "本地新闻", "视频", "专题", "融媒矩阵", "我要爆料"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, rng.choice(["浙", "皖", "赣", "湘"]))
    year = _year_after(day, rng, dt.date(2022, 8, 1))
    item = rng.randrange(10**5, 10**6)
    info = _join(
        [
            f'<span class="source">来源：{source}</span>',
            f'<span class="time">{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
            '<span class="pv">阅读数：<em id="pv">0</em></span>',
        ],
        "",
    )
    heading = f'<h1 class="art-title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}_{site}" if story.headline else site
    audit = f"一审：{first}　二审：{second}　三审：{third}"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/news.css">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/aliplayer-min.js"></script>
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/">{site}</a><span class="org">{centre}</span><a
 class="app" href="/app/">{app}</a></div></div>
<div class="nav"><ul class="wrap">{_nav(nav, '<li><a href="/col/{i}/">{n}</a></li>')}</ul></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/1/">本地新闻</a></div>
<div class="art">
{heading}
<div class="art-info">{info}</div>
<div class="art-video"><div id="J_prismPlayer" class="prism-player" data-cover="/upload/cover/{item}.jpg"></div></div>
<div class="art-content">
{_ps(story.lines)}
</div>
<div class="art-audit"><p>编辑：{editor}</p><p>{audit}</p></div>
<div class="app-card"><img src="/static/images/app_qr.png" alt=""><p>下载{app}客户端，看更多{place}新闻</p></div>
<div class="art-rel"><h3>相关新闻</h3><ul>{_lis(related, "/content/")}</ul></div>
</div>
</div>
<div class="footer"><div class="wrap"><p>主办：{centre}　版权所有 © {year}</p><p>{icp}　{police}</p><p
 >技术支持：中科大洋</p></div></div>
<script>$.getJSON("/api/pv?id={item}", function (d) {{ $("#pv").text(d.pv); }});</script>
</body>
</html>
"""
    furniture = (
        f"{site}{centre}{app}",
        "".join(nav),
        "当前位置：首页 > 本地新闻",
        "阅读数：0",
        f"编辑：{editor}",
        audit,
        f"下载{app}客户端，看更多{place}新闻",
        "相关新闻" + "".join(t + d for t, d in related),
        f"主办：{centre}　版权所有 © {year}",
        icp,
        police,
        "技术支持：中科大洋",
    )
    furniture += () if story.outlet else (f"来源：{centre}",)
    when = day or dt.date(2022, 8, 1)
    return Wrapped(html, furniture, f"http://www.{_slug(place)}news.example-r27.cn/content/{when:%Y%m}/{item}.html")


@unseen27("yzmcms_gaoxinqu_hits_api_biaoqian_prenext")
def yzmcms_gaoxinqu_hits_api_biaoqian_prenext(story: Story) -> Wrapped:
    """A 高新区's site on YzmCMS: `<title>` headline - park (园区新闻 - park where the story has none), the nav, the
    banner, 当前位置 with 正文, `h1.title` (absent where the story has none), the info line (发布时间, 来源, 发布人,
    浏览 filled by the hits API), 标签, 上一篇/下一篇, 相关推荐, the footer with Powered By YzmCMS."""
    rng = _rng(story, "yzmcms")
    place = rng.choice(PLACES)
    park = f"{place[:-1]}高新技术产业开发区"
    committee = f"{park}管委会"
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else committee
    poster = rng.choice(NAMES)
    aid = rng.randrange(100, 4000)
    nav = ["网站首页", "园区概况", "园区新闻", "招商引资", "入驻企业", "政策服务", "联系我们"]
    tags = rng.sample(["园区动态", "招商引资", "项目建设", "企业服务"], 2)
    before, after, *recommended = _pick(rng, OTHER_NEWS, 5)
    icp, police = _licences(rng, rng.choice(["苏", "鲁", "鄂", "陕"]))
    year = _year_after(day, rng, dt.date(2022, 10, 1))
    info = _join(
        [
            f"<span>发布时间：{moment:%Y-%m-%d %H:%M:%S}</span>" if moment else "",
            f"<span>来源：{source}</span>",
            f"<span>发布人：{poster}</span>",
            '<span>浏览：<span id="hits">0</span>次</span>',
        ],
        "",
    )
    heading = f'<h1 class="title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)} - {park}" if story.headline else f"园区新闻 - {park}"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="keywords" content="{",".join(tags)}">
<link href="/common/static/yzm/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/common/static/js/jquery-1.8.2.min.js"></script>
</head>
<body>
<div class="yzm-header"><div class="yzm-container"><a class="logo" href="/"><img src="/uploads/logo.png"
 alt="{park}"></a><ul class="yzm-nav">{_nav(nav, '<li><a href="/{i}/">{n}</a></li>')}</ul></div></div>
<div class="yzm-banner" style="background:url(/uploads/banner/news.jpg) center no-repeat"></div>
<div class="yzm-container">
<div class="yzm-position">当前位置：<a href="/">首页</a> &gt; <a href="/yqxw/">园区新闻</a> &gt; 正文</div>
<div class="yzm-article">
{heading}
<div class="info">{info}</div>
<div class="content">
{_ps(story.lines)}
</div>
<div class="tags">标签：{"".join(f'<a href="/tag/{t}/">{t}</a>' for t in tags)}</div>
<div class="prenext"><p>上一篇：<a href="/yqxw/{aid - 1}.html">{before}</a></p><p>下一篇：<a
 href="/yqxw/{aid + 1}.html">{after}</a></p></div>
</div>
<div class="yzm-rec"><h3>相关推荐</h3><ul>{
        "".join(f'<li><a href="/yqxw/{aid + 7 + i}.html">{t}</a></li>' for i, t in enumerate(recommended))
    }</ul></div>
</div>
<div class="yzm-footer"><p>Copyright © {year} {committee} 版权所有　{icp}　{police}</p><p>Powered By YzmCMS</p></div>
<script type="text/javascript">
$.ajax({{ type: "GET", url: "/api/index/hits/modelid/1/id/{aid}", dataType: "json",
  success: function (msg) {{ $("#hits").html(msg.data); }} }});
</script>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        "当前位置：首页 > 园区新闻 > 正文",
        f"发布人：{poster}",
        "浏览：0次",
        "标签：" + "".join(tags),
        f"上一篇：{before}",
        f"下一篇：{after}",
        "相关推荐" + "".join(recommended),
        f"Copyright © {year} {committee} 版权所有",
        icp,
        police,
        "Powered By YzmCMS",
    )
    furniture += () if story.outlet else (f"来源：{committee}",)
    return Wrapped(html, furniture, f"http://www.{_slug(place)}-gxq.example-r27.cn/yqxw/{aid}.html")


@unseen27("cadz_kaifaqu_xiehui_gbk_news_title_liulan_cishu")
def cadz_kaifaqu_xiehui_gbk_news_title_liulan_cishu(story: Story) -> Wrapped:
    """中国开发区网, in GBK: `<title>` headline-中国开发区网 (开发区动态-中国开发区网 where the story has none), the top
    bar with 设为首页/加入收藏, the nav, 您现在的位置, `h2.news_title` (absent where the story has none), the info line
    (来源, 发布时间, 浏览次数, 【打印】【关闭】), 上一篇/下一篇, 热点资讯, the footer with 中国开发区协会 and
    京ICP备."""
    rng = _rng(story, "cadz")
    province = rng.choice(["江苏", "山东", "湖北", "安徽"])
    day = story.published
    source = escape(story.outlet) if story.outlet else "中国开发区网"
    nav = ["首页", "协会动态", "开发区动态", "政策法规", "招商引资", "园区风采", "会员服务"]
    before, after, *hot = _pick(rng, OTHER_NEWS, 6)
    icp, police = _licences(rng, "京")
    item = rng.randrange(10**4, 10**5)
    phone = f"010-6{rng.randrange(10**6, 10**7)}"
    info = _join(
        [
            f"来源：{source}",
            f"发布时间：{day:%Y-%m-%d}" if day else "",
            f'浏览次数：<span id="click">{rng.randrange(100, 3000)}</span>',
            '【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】',
        ],
        "　",
    )
    heading = f'<h2 class="news_title">{headline_html(story)}</h2>' if story.headline else ""
    title = f"{escape(story.headline)}-中国开发区网" if story.headline else "开发区动态-中国开发区网"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="中国开发区网,开发区,招商引资" />
<link href="/Public/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="w1000"><span>中国开发区协会主办</span><a href="javascript:;"
 onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('/');">设为首页</a> | <a
 href="javascript:window.external.addFavorite('/','中国开发区网');">加入收藏</a></div></div>
<div class="menu"><div class="w1000">{_nav(nav, '<a href="/index.php/News/index/cid/{i}.html">{n}</a>')}</div></div>
<div class="w1000">
<div class="main_left">
<div class="weizhi">您现在的位置：<a href="/">首页</a> &gt; <a href="/index.php/News/index/cid/2.html">开发区动态</a>
 &gt; {province}</div>
<div class="news_show">
{heading}
<div class="news_info">{info}</div>
<div class="news_content">
{_ps(story.lines)}
</div>
<div class="news_page"><p>上一篇：<a href="/index.php/News/detail/id/{item - 1}.html">{before}</a></p><p
>下一篇：<a href="/index.php/News/detail/id/{item + 1}.html">{after}</a></p></div>
</div>
</div>
<div class="main_right"><div class="hd">热点资讯</div><ul>{
        "".join(f'<li><a href="/index.php/News/detail/id/{item + 11 + i}.html">{t}</a></li>' for i, t in enumerate(hot))
    }</ul></div>
</div>
<div class="foot"><div class="w1000">中国开发区协会　版权所有　联系电话：{phone}<br />{icp}　{police}</div></div>
</body>
</html>
"""
    furniture = (
        "中国开发区协会主办",
        "设为首页 | 加入收藏",
        "".join(nav),
        f"您现在的位置：首页 > 开发区动态 > {province}",
        "浏览次数：",
        "【打印】【关闭】",
        f"上一篇：{before}",
        f"下一篇：{after}",
        "热点资讯" + "".join(hot),
        f"中国开发区协会　版权所有　联系电话：{phone}",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：中国开发区网",)
    url = f"http://www.cadz.example-r27.org.cn/index.php/News/detail/id/{item}.html"
    return Wrapped(_ncr(html, "gbk"), furniture, url, "gbk")


# ---------------------------------------------------------------- provincial, local and economic news sites


@unseen27("dahe_shixian_dahewang_xun_jizhe_tongxunyuan")
def dahe_shixian_dahewang_xun_jizhe_tongxunyuan(story: Story) -> Wrapped:
    """大河网's 市县 channel: `<title>` headline-大河网 (city频道-大河网 where the story has none), the nav with
    大河财立方, the crumb, `h1.title` (absent where the story has none), the info (the time, 来源, 作者),
    大河网讯（记者 X 通讯员 Y） opening the first paragraph, 责任编辑, 相关新闻, the footer with 豫ICP备."""
    rng = _rng(story, "dahe")
    city = rng.choice(["洛阳", "新乡", "信阳", "驻马店"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, correspondent, editor = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else "大河网"
    opening = f"大河网讯（记者 {reporter} 通讯员 {correspondent}）"
    nav = ["首页", "河南", "时政", "经济", "大河财立方", "市县", "视频"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "豫")
    year = _year_after(day, rng, dt.date(2022, 5, 1))
    info = _join(
        [
            f'<span class="time">{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
            f'<span class="source">来源：{source}</span>',
            f'<span class="author">作者：{reporter}</span>',
        ],
        "",
    )
    heading = f'<h1 class="title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}-大河网" if story.headline else f"{city}频道-大河网"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{city},大河网">
<link rel="stylesheet" href="//www.dahe.example-r27.cn/css/article.css">
</head>
<body>
<div class="topnav"><div class="w1200"><a class="logo" href="/">大河网</a><ul class="nav">{_nav(nav)}</ul></div></div>
<div class="w1200">
<div class="crumb"><a href="/">大河网</a> &gt; <a href="/sx/">市县</a> &gt; <a href="/sx/{city}/">{city}</a></div>
<div class="article">
{heading}
<div class="info">{info}</div>
<div class="article-content" id="mainCon">
{_opened(story.lines, opening, ' style="text-indent:2em"')}
</div>
<p class="zrbj">责任编辑：{editor}</p>
</div>
<div class="related"><h3>相关新闻</h3><ul>{_lis(related, f"/sx/{city}/")}</ul></div>
</div>
<div class="footer"><p>河南日报报业集团主办　大河网版权所有 © 2000-{year}</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"大河网 > 市县 > {city}",
        opening,
        f"作者：{reporter}",
        f"责任编辑：{editor}",
        "相关新闻" + "".join(t + d for t, d in related),
        f"河南日报报业集团主办　大河网版权所有 © 2000-{year}",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：大河网",)
    when = day or dt.date(2022, 5, 1)
    return Wrapped(html, furniture, f"https://news.dahe.example-r27.cn/{when:%Y/%m-%d}/{item}.html")


@unseen27("dbw_neirong_dizhi_hui_duanluo_dongbeiwang_xun")
def dbw_neirong_dizhi_hui_duanluo_dongbeiwang_xun(story: Story) -> Wrapped:
    """东北网's 地市 page: `<title>` headline_东北网 (city_东北网 where the story has none), the nav with 龙江号, 位置,
    `.neirong h1` (absent where the story has none), `dizhi hui` (时间, 来源, 编辑), 东北网1月9日讯（记者 X） opening
    the first paragraph in `.duanluo`, 分享到, 相关链接, the footer with 黑ICP备."""
    rng = _rng(story, "dbw")
    city = rng.choice(["齐齐哈尔", "牡丹江", "佳木斯", "大庆"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, editor = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "东北网"
    opening = f"东北网{_md(day) if day else ''}讯（记者 {reporter}）"
    nav = ["首页", "黑龙江", "新闻", "财经", "地市", "龙江号", "视频"]
    others = _pick(rng, OTHER_NEWS, 4)
    icp, police = _licences(rng, "黑")
    line = _join(
        [
            f"时间：{moment:%Y-%m-%d %H:%M:%S}" if moment else "",
            f"来源：{source}",
            f"编辑：{editor}",
        ],
        "　",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}_东北网" if story.headline else f"{city}_东北网"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link href="/css/neirong.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="kuan"><a class="logo" href="/">东北网</a><div class="daohang">{
        _nav(nav, '<a href="/{i}/">{n}</a>')
    }</div></div></div>
<div class="kuan">
<div class="dangq">位置：<a href="/">东北网</a> &gt; <a href="/ds/">地市</a> &gt; <a href="/ds/{city}/">{city}</a></div>
<div class="neirong">
{heading}
<div class="dizhi hui">{line}</div>
<div class="duanluo">
{_opened(story.lines, opening)}
</div>
<div class="fenxiang">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>
</div>
<div class="xglj"><b>相关链接</b><ul>{
        "".join(f'<li><a href="/ds/{item - i}.shtml">{t}</a></li>' for i, t in enumerate(others))
    }</ul></div>
</div>
<div class="dibu">东北网版权所有　未经授权禁止转载<br />{icp}　{police}</div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"位置：东北网 > 地市 > {city}",
        opening,
        f"编辑：{editor}",
        "分享到：微信微博",
        "相关链接" + "".join(others),
        "东北网版权所有　未经授权禁止转载",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：东北网",)
    when = day or dt.date(2022, 11, 1)
    return Wrapped(html, furniture, f"https://{city}.dbw.example-r27.cn/system/{when:%Y/%m/%d}/0{item}.shtml")


@unseen27("gansudaily_nleft_spans_artical_ju_gansu_ribao_baodao")
def gansudaily_nleft_spans_artical_ju_gansu_ribao_baodao(story: Story) -> Wrapped:
    """每日甘肃网's 市州 page: `<title>` headline-每日甘肃网 (市州频道-每日甘肃网 where the story has none), the nav
    with 新甘肃客户端, 您当前的位置, the `<h1>` (absent where the story has none), `#nleft` spans (the time, 来源,
    作者), 每日甘肃网1月9日讯 据甘肃日报报道（记者 X） opening the first paragraph in `.artical`, 责任编辑,
    相关新闻, the footer with 甘肃日报报业集团主办 and 陇ICP备."""
    rng = _rng(story, "gansudaily")
    city = rng.choice(["天水", "张掖", "酒泉", "庆阳"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, editor = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "每日甘肃网"
    opening = f"每日甘肃网{_md(day) if day else ''}讯 据甘肃日报报道（记者 {reporter}）"
    nav = ["首页", "甘肃", "新闻", "财经", "市州", "新甘肃客户端", "视频"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "甘")
    icp = "陇" + icp[1:]
    year = _year_after(day, rng, dt.date(2022, 9, 1))
    spans = _join(
        [
            f"<span>{moment:%Y-%m-%d %H:%M}</span>" if moment else "",
            f"<span>来源：{source}</span>",
            f"<span>作者：{reporter}</span>",
        ],
        "",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}-每日甘肃网" if story.headline else "市州频道-每日甘肃网"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{city},每日甘肃网">
<link rel="stylesheet" href="//www.gansudaily.example-r27.com.cn/css/show.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/">每日甘肃网</a><ul class="nav">{_nav(nav)}</ul></div>
</div>
<div class="w1200">
<div class="positon">您当前的位置：<a href="/">每日甘肃网</a> &gt; <a href="/sz/">市州</a> &gt; <a
 href="/sz/{city}/">{city}</a></div>
<div class="show">
{heading}
<div id="nleft">{spans}</div>
<div class="artical">
{_opened(story.lines, opening)}
</div>
<p class="bj">责任编辑：{editor}</p>
</div>
<div class="xgxw"><h3>相关新闻</h3><ul>{_lis(related, f"/sz/{city}/")}</ul></div>
</div>
<div class="footer"><p>甘肃日报报业集团主办　每日甘肃网版权所有 © 2003-{year}</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"您当前的位置：每日甘肃网 > 市州 > {city}",
        opening,
        f"作者：{reporter}",
        f"责任编辑：{editor}",
        "相关新闻" + "".join(t + d for t, d in related),
        f"甘肃日报报业集团主办　每日甘肃网版权所有 © 2003-{year}",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：每日甘肃网",)
    when = day or dt.date(2022, 9, 1)
    return Wrapped(html, furniture, f"http://{city}.gansudaily.example-r27.com.cn/system/{when:%Y/%m/%d}/0{item}.shtml")


@unseen27("hebnews_m_shoujiban_post_source_diannaoban")
def hebnews_m_shoujiban_post_source_diannaoban(story: Story) -> Wrapped:
    """河北新闻网's phone edition: `<title>` headline_河北新闻网 (河北新闻网 where the story has none), the header with
    导航, the channel bar, the `<h1>` (absent where the story has none), `post_source` (the time, 来源), `.text`,
    编辑：X, the app prompt, 相关推荐, the footer with 电脑版 | 手机版 and 返回顶部."""
    rng = _rng(story, "hebnews")
    day = story.published
    moment = _at(day, rng) if day else None
    editor = rng.choice(NAMES)
    source = escape(story.outlet) if story.outlet else "河北新闻网"
    channels = ["首页", "河北", "要闻", "财经", "县域", "视频"]
    others = _pick(rng, OTHER_NEWS, 3)
    icp = _licences(rng, "冀")[0]
    line = _join([f"{moment:%Y-%m-%d %H:%M}" if moment else "", f"来源：{source}"], "　")
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}_河北新闻网" if story.headline else "河北新闻网"
    item = rng.randrange(10**7, 10**8)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{title}</title>
<link rel="stylesheet" href="//m.hebnews.example-r27.cn/css/m_article.css">
</head>
<body>
<header class="m-header"><a class="back" href="javascript:history.back();"></a><a class="logo"
 href="/">河北新闻网</a><a class="menu" href="javascript:;">导航</a></header>
<nav class="m-channel">{_nav(channels, '<a href="/{i}/">{n}</a>')}</nav>
<article class="m-article">
{heading}
<p class="post_source">{line}</p>
<div class="text">
{_ps(story.lines)}
</div>
<p class="editor">编辑：{editor}</p>
</article>
<div class="open-app"><a href="/app/">打开河北日报客户端，阅读更多精彩内容</a></div>
<section class="m-related"><h3>相关推荐</h3><ul>{
        "".join(f'<li><a href="/{item - i}.html">{t}</a></li>' for i, t in enumerate(others))
    }</ul></section>
<footer class="m-footer"><p><a href="http://www.hebnews.example-r27.cn/">电脑版</a> | <a
 href="/">手机版</a></p><p>河北新闻网版权所有</p><p>{icp}</p><a class="gotop" href="#">返回顶部</a></footer>
</body>
</html>
"""
    furniture = (
        "河北新闻网导航",
        "".join(channels),
        f"编辑：{editor}",
        "打开河北日报客户端，阅读更多精彩内容",
        "相关推荐" + "".join(others),
        "电脑版 | 手机版",
        "河北新闻网版权所有",
        icp,
        "返回顶部",
    )
    furniture += () if story.outlet else ("来源：河北新闻网",)
    when = day or dt.date(2022, 7, 1)
    return Wrapped(html, furniture, f"https://m.hebnews.example-r27.cn/{when:%Y-%m/%d}/content_{item}.htm")


@unseen27("chinadevelopment_article_content_title_jizhezhan_baodao")
def chinadevelopment_article_content_title_jizhezhan_baodao(story: Story) -> Wrapped:
    """中国发展网's 地方 page: `<title>` headline-中国发展网 (地方-中国发展网 where the story has none), the nav, the
    `m-crumb`, `h1.article-content-title` (absent where the story has none), `date` and `source`,
    中国发展网讯 四川记者站记者 X 报道 opening the first paragraph in `.article-detail`, 责任编辑, 分享到, 相关阅读,
    the footer with 中国经济导报社主办."""
    rng = _rng(story, "chinadevelopment")
    province = rng.choice(["四川", "江西", "广西", "陕西"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, editor = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "中国发展网"
    opening = f"中国发展网讯 {province}记者站记者 {reporter} 报道　"
    nav = ["首页", "要闻", "发改", "地方", "产业", "财经", "区域经济"]
    related = _related(rng, day, 3)
    icp, police = _licences(rng, "京")
    heading = f'<h1 class="article-content-title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}-中国发展网" if story.headline else "地方-中国发展网"
    stamp = f'<span class="date">{moment:%Y-%m-%d %H:%M:%S}</span>' if moment else ""
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{province},中国发展网">
<link rel="stylesheet" href="//www.chinadevelopment.example-r27.com.cn/css/article.css">
</head>
<body>
<div class="header"><div class="container"><a class="logo" href="/">中国发展网</a><ul class="nav">{
        _nav(nav, '<li><a href="/{i}/">{n}</a></li>')
    }</ul></div></div>
<div class="container">
<div class="column m-crumb"><a href="/">首页</a> &gt; <a href="/df/">地方</a> &gt; <a
 href="/df/{province}/">{province}</a></div>
<div class="article">
{heading}
<div class="article-info">{stamp}<span class="source">来源：{source}</span></div>
<div class="article-detail">
{_opened(story.lines, opening)}
</div>
<p class="zrbj">责任编辑：{editor}</p>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>{_lis(related, f"/df/{province}/")}</ul></div>
</div>
<div class="footer"><p>国家发展和改革委员会主管　中国经济导报社主办　中国发展网版权所有</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"首页 > 地方 > {province}",
        opening,
        f"责任编辑：{editor}",
        "分享到：微信微博QQ空间",
        "相关阅读" + "".join(t + d for t, d in related),
        "国家发展和改革委员会主管　中国经济导报社主办　中国发展网版权所有",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：中国发展网",)
    when = day or dt.date(2022, 2, 1)
    return Wrapped(
        html, furniture, f"http://www.chinadevelopment.example-r27.com.cn/df/{when:%Y%m}/{when:%d}{item}.shtml"
    )


@unseen27("xhby_jiaohuidian_xun_closing_jizhe_bracket")
def xhby_jiaohuidian_xun_closing_jizhe_bracket(story: Story) -> Wrapped:
    """新华报业网's city page: `<title>` headline_新华报业网 (city_新华报业网 where the story has none), the nav with
    交汇点, 当前位置, `h1.article-title` (absent where the story has none), `article-meta` (来源, 作者, the time),
    新华日报·交汇点讯 opening the first paragraph and （新华日报·交汇点记者 X 通讯员 Y） closing the text, 编辑,
    扫码下载交汇点, 相关新闻, the footer with 新华报业传媒集团主办 and 苏ICP备."""
    rng = _rng(story, "xhby")
    city = rng.choice(["苏州", "南通", "盐城", "徐州"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, correspondent, editor = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else "新华日报"
    opening = "新华日报·交汇点讯 "
    byline = f"（新华日报·交汇点记者 {reporter} 通讯员 {correspondent}）"
    nav = ["首页", "时政", "江苏", "财经", "交汇点", "评论", "视频"]
    others = _pick(rng, OTHER_NEWS, 4)
    icp, police = _licences(rng, "苏")
    year = _year_after(day, rng, dt.date(2022, 12, 1))
    meta = _join(
        [
            f'<span class="source">来源：{source}</span>',
            f'<span class="author">作者：{reporter}</span>',
            f'<span class="time">{moment:%Y-%m-%d %H:%M:%S}</span>' if moment else "",
        ],
        "",
    )
    heading = f'<h1 class="article-title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}_新华报业网" if story.headline else f"{city}_新华报业网"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{city},新华报业网,交汇点">
<link rel="stylesheet" href="//www.xhby.example-r27.net/css/content.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/">新华报业网</a><ul class="nav">{
        _nav(nav)
    }</ul></div></div>
<div class="w1200">
<div class="crumb">当前位置：<a href="/">新华报业网</a> &gt; <a href="/js/">江苏</a> &gt; <a
 href="/js/{city}/">{city}</a></div>
<div class="article">
{heading}
<div class="article-meta">{meta}</div>
<div class="article-content" id="content">
{_opened(story.lines, opening)}
<p class="byline">{byline}</p>
</div>
<p class="editor">编辑：{editor}</p>
<div class="qr"><img src="/images/jhd_qr.png" alt=""><span>扫码下载交汇点，阅读更多江苏新闻</span></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>{
        "".join(f'<li><a href="/js/{city}/{item - i}.shtml">{t}</a></li>' for i, t in enumerate(others))
    }</ul></div>
</div>
<div class="footer"><p>新华报业传媒集团主办　新华报业网版权所有 © 2008-{year}</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"当前位置：新华报业网 > 江苏 > {city}",
        opening,
        f"作者：{reporter}",
        byline,
        f"编辑：{editor}",
        "扫码下载交汇点，阅读更多江苏新闻",
        "相关新闻" + "".join(others),
        f"新华报业传媒集团主办　新华报业网版权所有 © 2008-{year}",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：新华日报",)
    when = day or dt.date(2022, 12, 1)
    return Wrapped(
        html, furniture, f"https://www.xhby.example-r27.net/js/{city}/{when:%Y%m}/t{when:%Y%m%d}_{item}.shtml"
    )


DEV27, LOCKED27 = split_by_digest(UNSEEN27, "round 27/", locked=6)
