"""Twelve more page layouts written blind (round 28): before reading the HTML reader, and fixed against by nobody.

Round 28 is sealed: not scored when written; it is to be scored once, both halves, at the end of the web-page reader's
next change, and nothing is fixed from its misses. Each layout is after a kind of Chinese page met in the wild that
rounds 1 to 27 did not draw, weighed toward the mainstream templates a crawler of 招商 news meets most often (county
and city portals on the 集约化 platforms of 安徽, 广东 and 广西, a Hunan city's 投资促进局 as a 部门 subsite of its
portal with the metadata set the national guideline asks of government pages, a Yunnan county 融媒体中心's site on
七彩云端, a 开发区's phone pages on DedeCMS's mobile template, a 招商 consultancy's blog on WordPress's Begin theme,
a county 门户 on 齐博CMS in GBK; and the city and county pages of the provincial party-newspaper groups' sites whose
local news is most reposted: 浙江在线, 东南网, 中安在线, 多彩贵州网), the headline competing with a site's, a
column's, a bureau's, a channel's or a group's own name, and the credits such pages set round the article's text: the
讯 openings run into the first paragraph (浙江在线1月9日讯（浙江日报记者 X 共享联盟·安吉 Y）, 东南网1月9日讯（本网记者
X 通讯员 Y）, 中安在线、中安新闻客户端讯（记者 X）, 多彩贵州网讯（本网记者 X）), 编辑/二审/三审 and
责任编辑/责任校对/审核 lines, 【责任编辑：X】 brackets, a blog's 转载 box, with the counters the CMSs fill by script,
DedeCMS's 下一篇：没有了, 齐博's [打印] [关闭] bar and comment box, and the apps' download prompts:

- an 安徽 county portal on the province's 集约化 platform: `<title>` headline_site (the site where the story has none),
  the top bar with 安徽省人民政府, the city's portal, 皖事通办, 无障碍 and 关怀版, the nav, 当前位置,
  `h1.wztit` (absent where the story has none), `wzxx` (发布时间, 来源 (the county's 政府办公室 where the story names
  none), 浏览次数 by script, 字体：[大 中 小]), `wzcon j-fontContent`, 【打印本页】【关闭窗口】, 扫一扫在手机打开当前页,
  相关阅读 with days, the footer with 主办/承办, 网站地图, 网站标识码 and 皖ICP备/皖公网安备;
- a 广东 city's portal on the province's 集约化 platform: `<title>` headline - site (部门动态 - site where the story
  has none), the top bar with 广东省人民政府, 粤省事 and 粤商通, the nav, 当前位置, `h3.zw-title` (absent where the
  story has none), `zw-info` (发布时间, 来源 (the city's portal where the story names none), 【字号：大 中 小】),
  `.zw`, 扫一扫在手机打开当前页, 分享, 【打印】【关闭】, 相关信息 with days, the footer with 主办/承办, 网站标识码 and
  粤ICP备, a `content/post_N.html` address;
- a 广西 county portal on the region's 集约化 platform: `<title>` headline-site (the site where the story has none),
  the top bar with the region's portal and 智桂通, 无障碍浏览 and 长者模式, the nav, 您的位置, `.article h1` (absent
  where the story has none), `article-inf-left` (the time and 来源 (the county's 政府办 where the story names none))
  and `article-inf-right` (【字体：大 中 小】【打印】), `.article-con`, 扫一扫在手机打开当前页, 相关文章 with days, the
  footer with 主办/承办, 网站标识码 and 桂ICP备;
- a Hunan city's 投资促进局 (or 投资促进事务中心, as some cities renamed it) as a 部门 subsite of its portal on TRS
  海云: `<title>` headline-bureau (工作动态-bureau where the story has none), the guideline's metas (SiteName,
  SiteDomain, SiteIDCode, ColumnName, ColumnType, ArticleTitle, PubDate, ContentSource, Keywords, Author, Url), the
  top bar with the city's portal, 部门网站 and 湖南省人民政府, the bureau's banner, the nav with 招商政策 and
  项目推介, 当前位置, `content_title h1` (absent where the story has none), `content_info` (发布时间, 来源 (the bureau
  where the story names none), 作者, 浏览次数 by script, 字体), `content_text` with `view TRS_UEDITOR`,
  【打印】【关闭】, 上一篇/下一篇, the footer with 主办, 技术支持, 网站标识码 and 湘ICP备;
- 浙江在线's 市县 page: `<title>` headline_浙江在线 (city_浙江在线 where the story has none), the nav with 潮新闻,
  当前位置, `contTit h1` (absent where the story has none), `contInfo` (the time, 来源 (浙江日报 where the story names
  none), 编辑), 浙江在线1月9日讯（浙江日报记者 X 共享联盟·安吉 Y） opening the first paragraph in `.contTxt`, the
  潮新闻 download prompt, 相关新闻, the footer with 浙江日报报业集团主办 and 浙ICP备;
- 东南网's 地方 page: `<title>` headline - 东南网 (city频道 - 东南网 where the story has none), the nav with
  新福建, 您当前的位置, `cont_head h1` (absent where the story has none), the `Info` line (the time, 来源 (东南网 where
  the story names none), 作者), 东南网1月9日讯（本网记者 X 通讯员 Y） opening the first paragraph in `.cont_text`,
  责任编辑, 手机看新闻, 相关新闻, the footer with 福建日报社（福建日报报业集团）主办 and 闽ICP备, a
  `content_N.htm` address;
- 中安在线's 市县 page: `<title>` headline_中安在线 (市县新闻_中安在线 where the story has none), the nav with 中安
  新闻客户端, 当前位置, the `<h1>` (absent where the story has none), `info` (the time, 来源 (中安在线 where the story
  names none), 作者), 中安在线、中安新闻客户端讯（记者 X） opening the first paragraph, 【责任编辑：X】 closing the
  text, 相关阅读, the footer with 安徽日报报业集团主办 and 皖ICP备;
- 多彩贵州网's 市州 page: `<title>` headline-多彩贵州网 (city-多彩贵州网 where the story has none), the nav with
  天眼新闻, 当前位置, `.title h1` (absent where the story has none), `.info` (the time, 来源 (多彩贵州网 where the story
  names none)), 多彩贵州网讯（本网记者 X） opening the first paragraph, 编辑/二审/三审 after the text, the 天眼新闻
  prompt, 相关新闻, the footer with 黔ICP备 and 贵公网安备;
- a Yunnan county 融媒体中心's site on 七彩云端: `<title>` headline-centre (the centre where the story has none), the
  header with the centre and 七彩云端, the nav, 当前位置, `h1.news-title` (absent where the story has none),
  `news-meta` (来源 (the centre where the story names none), the time, 浏览 by script), `.news-content`,
  责任编辑/责任校对/审核 after it, the app prompt, 相关新闻 with days, the footer with 滇ICP备 and 技术支持：七彩云端;
- a 开发区's phone pages on DedeCMS's mobile template (`m/view.php?aid=`): `<title>` headline_park (column_park where
  the story has none), the header with 返回, the column in an `<h2>` and 首页, `article h1` (absent where the story has
  none), `info` (the day, 来源 (the 管委会 where the story names none), 点击 by `/plus/count.php`), `.content`,
  上一篇/下一篇：没有了, 相关文章, the footer with 电脑版 and the copyright line;
- a 招商 consultancy's blog on WordPress's 知更鸟 Begin theme: `<title>` headline - blog (the blog - its slogan where
  the story has none), the masthead and menu, 当前位置 with 正文, `h1.entry-title` (absent where the story has none),
  `begin-single-meta` (the day and time as the theme prints them, 发表评论, 浏览 count, 字数/阅读时间),
  `single-content`, 分类/标签, the 转载 box (来源：X where the story names an outlet, 本文链接), 上一篇/下一篇,
  相关文章, the footer with 本站由 WordPress 驱动 and Theme by Begin;
- a county 门户 on 齐博CMS, in GBK: `<title>` headline - 门户 (新闻中心 - 门户 where the story has none), the top bar
  with 登录/注册 and 设为首页, the nav with 分类信息, 当前位置, `main_title h1` (absent where the story has none),
  `about_msg` (时间, 作者, 来源 (本站 where the story names none), 浏览 by script), `content_word`,
  [发表评论] [收藏] [打印] [关闭], 相关文章, 网友评论 with its box, the footer with Powered by qibosoft and 备案号,
  a `bencandy.php?fid=&id=` address.

Where a story names no headline, each page keeps its kind's own title and headings (a site's, a column's, a
bureau's, a channel's, a blog's, a group's) and shows no headline of the story; where it names no outlet, pages whose
kind always names a source show their own (a 政府办公室, a city's portal, the 投资促进局, the 融媒体中心, the 管委会,
本站, the group's site or paper), listed as furniture; where it names no date, the 讯 openings name no day, and
copyright years fall on another day's.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 28/" + name are `LOCKED28`, the other six `DEV28`.
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
from layouts.page_parts import _at, _cn_day, _join, _ps
from layouts.unseen20 import _licences
from layouts.unseen22 import _ncr
from layouts.unseen24 import _related
from layouts.unseen25 import _slug, _year_after
from layouts.unseen26 import _lis, _md, _opened

UNSEEN28: dict[str, Layout] = {}
NAMES = ["缑志远", "隗慧敏", "厍春生", "蒯丽娟", "仉海涛", "佴晓琳"]


def unseen28(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN28)


def _nav(names: list[str], form: str = '<li><a href="/{i}/">{n}</a></li>') -> str:
    return "".join(form.format(i=i, n=n) for i, n in enumerate(names))


# ---------------------------------------------------------------- provinces' 集约化 portals and a bureau's subsite


@unseen28("anhui_jiyuehua_xian_wztit_wzxx_j_fontcontent")
def anhui_jiyuehua_xian_wztit_wzxx_j_fontcontent(story: Story) -> Wrapped:
    """An 安徽 county portal on the province's 集约化 platform: `<title>` headline_site, the top bar with
    安徽省人民政府, the city's portal, 皖事通办, 无障碍 and 关怀版, the nav, 当前位置, `h1.wztit` (absent where the
    story has none), `wzxx` (发布时间, 来源, 浏览次数 by script, 字体), `wzcon j-fontContent`,
    【打印本页】【关闭窗口】, 扫一扫在手机打开当前页, 相关阅读, the footer with 主办/承办, 网站标识码 and licences."""
    rng = _rng(story, "anhui")
    place = rng.choice(PLACES)
    city, city_host = rng.choice([("合肥市", "hefei"), ("安庆市", "anqing"), ("阜阳市", "fy"), ("六安市", "luan")])
    site = f"{place}人民政府"
    office = f"{place}人民政府办公室"
    column = rng.choice(["政务要闻", "部门动态", "招商引资"])
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else office
    nav = ["首页", "走进" + place, "新闻资讯", "政务公开", "政务服务", "互动交流", "数据开放"]
    related = _related(rng, day, 5)
    icp, police = _licences(rng, "皖")
    code = f"34{rng.randrange(10**7, 10**8)}"
    item = rng.randrange(10**8, 10**9)
    info = _join(
        [
            f"<span>发布时间：{moment:%Y-%m-%d %H:%M}</span>" if moment else "",
            f"<span>来源：{source}</span>",
            '<span>浏览次数：<span id="hits"></span></span>',
            '<span class="fontsize">字体：[<a href="javascript:;" class="j-fontBig">大</a> '
            '<a href="javascript:;" class="j-fontNormal">中</a> <a href="javascript:;" class="j-fontSmall">小</a>]'
            "</span>",
        ],
        "",
    )
    heading = f'<h1 class="wztit">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}_{site}" if story.headline else site
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}</title>
<link rel="stylesheet" href="/_res/css/common.css">
<link rel="stylesheet" href="/_res/css/article.css">
<script src="/_res/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="container"><div class="fl"><a href="https://www.ah.example-r28.gov.cn/"
 target="_blank">安徽省人民政府</a><a href="http://www.{city_host}.example-r28.gov.cn/"
 target="_blank">{city}人民政府</a><a href="https://www.ahzwfw.example-r28.gov.cn/" target="_blank">皖事通办</a></div>
<div class="fr"><a href="javascript:;" id="cniil_wza">无障碍</a><a href="javascript:;" class="j-oldman">关怀版</a>
</div></div></div>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/_res/images/logo.png"
 alt="{site}"></a></div></div>
<div class="navbar"><ul class="container">{_nav(nav)}</ul></div>
<div class="container">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻资讯</a> &gt; <a
 href="/xwzx/c{item % 97}/">{column}</a></div>
<div class="wzbox">
{heading}
<div class="wzxx">{info}</div>
<div class="wzcon j-fontContent minh300" id="zoom">
{_ps(story.lines)}
</div>
<div class="wzbot"><div class="fl"><a href="javascript:window.print();">【打印本页】</a><a
 href="javascript:window.close();">【关闭窗口】</a></div><div class="fr ewm"><div id="qrcode"></div><p
>扫一扫在手机打开当前页</p></div></div>
<div class="xgyd"><h3>相关阅读</h3><ul>{_lis(related, "/xwzx/")}</ul></div>
</div>
</div>
<div class="footer"><div class="container"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a
 href="/wzjc/">网站纠错</a></p><p>主办：{office}　承办：{place}数据资源管理局</p><p
 >网站标识码：{code}　{icp}　{police}</p></div></div>
<script>$.get("/site/label/8888?IsAjax=1&dataType=html&LabelName=hits&ArticleId={item}",
 function (n) {{ $("#hits").html(n); }});</script>
</body>
</html>
"""
    furniture = (
        f"安徽省人民政府{city}人民政府皖事通办",
        "无障碍关怀版",
        "".join(nav),
        f"当前位置：首页 > 新闻资讯 > {column}",
        "浏览次数：",
        "字体：[大 中 小]",
        "【打印本页】【关闭窗口】扫一扫在手机打开当前页",
        "相关阅读" + "".join(t + d for t, d in related),
        "网站地图 | 联系我们 | 网站纠错",
        f"主办：{office}　承办：{place}数据资源管理局",
        f"网站标识码：{code}",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"来源：{office}",)
    return Wrapped(html, furniture, f"https://www.{_slug(place)}.example-r28.gov.cn/xwzx/c{item % 97}/{item}.html")


@unseen28("guangdong_jiyuehua_shi_zw_title_post_yueshengshi")
def guangdong_jiyuehua_shi_zw_title_post_yueshengshi(story: Story) -> Wrapped:
    """A 广东 city's portal on the province's 集约化 platform: `<title>` headline - site, the top bar with
    广东省人民政府, 粤省事 and 粤商通, the nav, 当前位置, `h3.zw-title` (absent where the story has none), `zw-info`
    (发布时间, 来源, 字号), `.zw`, 扫一扫在手机打开当前页, 分享, 【打印】【关闭】, 相关信息, the footer with 主办/承办,
    网站标识码 and licences; a `content/post_N.html` address."""
    rng = _rng(story, "guangdong")
    city, slug = rng.choice([("韶关市", "sg"), ("清远市", "gdqy"), ("江门市", "jiangmen"), ("湛江市", "zhanjiang")])
    site = f"{city}人民政府门户网站"
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else site
    nav = ["首页", "要闻动态", "政务公开", "政务服务", "政民互动", "魅力" + city[:-1]]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "粤")
    code = f"44{rng.randrange(10**7, 10**8)}"
    item = rng.randrange(10**6, 10**7)
    info = _join(
        [
            f'<span class="time">发布时间：{moment:%Y-%m-%d %H:%M:%S}</span>' if moment else "",
            f'<span class="source">来源：{source}</span>',
            '<span class="font">【字号：<a href="javascript:;" onclick="doZoom(18)">大</a> <a href="javascript:;"'
            ' onclick="doZoom(16)">中</a> <a href="javascript:;" onclick="doZoom(14)">小</a>】</span>',
        ],
        "",
    )
    heading = f'<h3 class="zw-title">{headline_html(story)}</h3>' if story.headline else ""
    title = f"{escape(story.headline)} - {site}" if story.headline else f"部门动态 - {site}"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="部门动态">
<link rel="stylesheet" href="/css/base.css">
<link rel="stylesheet" href="/css/content.css">
<script src="/js/jquery.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><a href="http://www.gd.example-r28.gov.cn/">广东省人民政府</a><a
 href="javascript:;" class="ysm">粤省事</a><a href="javascript:;" class="yst">粤商通</a><a
 href="javascript:;" id="wza">无障碍浏览</a></div></div>
<div class="head"><div class="wrap"><a class="logo" href="/"><img src="/images/logo.png" alt="{site}"></a></div></div>
<div class="nav"><ul class="wrap">{_nav(nav)}</ul></div>
<div class="wrap">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt/">要闻动态</a> &gt; <a
 href="/zwdt/bmdt/">部门动态</a></div>
<div class="viewList">
{heading}
<div class="zw-info">{info}</div>
<div class="zw" id="zoomcon">
{_ps(story.lines)}
</div>
<div class="zw-bottom"><div class="zw-ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div><div
 class="zw-share">分享：<a class="wx">微信</a><a class="wb">微博</a></div><div class="zw-tool"><a
 href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div></div>
<div class="xgxx"><h4>相关信息</h4><ul>{_lis(related, "/zwdt/bmdt/content/post_")}</ul></div>
</div>
</div>
<div class="foot"><div class="wrap"><p>主办：{city}人民政府办公室　承办：{city}政务服务数据管理局</p><p
 >网站标识码：{code}　{icp}　{police}</p></div></div>
</body>
</html>
"""
    furniture = (
        "广东省人民政府粤省事粤商通无障碍浏览",
        "".join(nav),
        "当前位置：首页 > 要闻动态 > 部门动态",
        "【字号：大 中 小】",
        "扫一扫在手机打开当前页分享：微信微博【打印】【关闭】",
        "相关信息" + "".join(t + d for t, d in related),
        f"主办：{city}人民政府办公室　承办：{city}政务服务数据管理局",
        f"网站标识码：{code}",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"来源：{site}",)
    return Wrapped(html, furniture, f"http://www.{slug}.example-r28.gov.cn/zwdt/bmdt/content/post_{item}.html")


@unseen28("guangxi_jiyuehua_xian_article_inf_zhiguitong")
def guangxi_jiyuehua_xian_article_inf_zhiguitong(story: Story) -> Wrapped:
    """A 广西 county portal on the region's 集约化 platform: `<title>` headline-site, the top bar with the region's
    portal and 智桂通, 无障碍浏览 and 长者模式, the nav, 您的位置, `.article h1` (absent where the story has none),
    `article-inf-left` (the time, 来源) and `article-inf-right` (字体, 打印), `.article-con`, 扫一扫在手机打开当前页,
    相关文章, the footer with 主办/承办, 网站标识码 and licences."""
    rng = _rng(story, "guangxi")
    place = rng.choice(PLACES)
    city, city_host = rng.choice(
        [("柳州市", "liuzhou"), ("桂林市", "guilin"), ("玉林市", "yulin"), ("百色市", "baise")]
    )
    site = f"{place}人民政府门户网站"
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else f"{place}人民政府办公室"
    nav = ["首页", "政务公开", "政务服务", "互动交流", "专题专栏", "走进" + place]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "桂")
    code = f"45{rng.randrange(10**7, 10**8)}"
    item = rng.randrange(10**6, 10**7)
    left = _join([f"{moment:%Y-%m-%d %H:%M}" if moment else "", f"来源：{source}"], "　")
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}-{site}" if story.headline else site
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>{title}</title>
<link rel="stylesheet" href="/static/css/style.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="g-top"><div class="w1200"><a href="http://www.gxzf.example-r28.gov.cn/">广西壮族自治区人民政府门户网站</a><a
 href="http://www.{city_host}.example-r28.gov.cn/">{city}人民政府门户网站</a><a
 href="javascript:;" class="zgt">智桂通</a><a href="javascript:;" id="wza">无障碍浏览</a><a href="javascript:;"
 id="zzms">长者模式</a></div></div>
<div class="g-header"><div class="w1200"><a class="logo" href="/"><img src="/static/images/logo.png"
 alt="{site}"></a></div></div>
<div class="g-nav"><ul class="w1200">{_nav(nav)}</ul></div>
<div class="w1200">
<div class="g-crumbs">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a
 href="/zwgk/zwdt/">政务动态</a></div>
<div class="article">
{heading}
<div class="article-inf"><div class="article-inf-left">{left}</div><div class="article-inf-right"
>【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】<a
 href="javascript:window.print();">【打印】</a></div></div>
<div class="article-con" id="articleCon">
{_ps(story.lines)}
</div>
<div class="article-ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="article-xg"><h3>相关文章</h3><ul>{_lis(related, "/zwgk/zwdt/t")}</ul></div>
</div>
<div class="g-footer"><div class="w1200"><p>主办：{place}人民政府办公室　承办：{place}大数据发展局</p><p
 >网站标识码：{code}　{icp}　{police}</p></div></div>
</body>
</html>
"""
    furniture = (
        f"广西壮族自治区人民政府门户网站{city}人民政府门户网站智桂通无障碍浏览长者模式",
        "".join(nav),
        "您的位置：首页 > 政务公开 > 政务动态",
        "【字体：大 中 小】【打印】",
        "扫一扫在手机打开当前页相关文章" + "".join(t + d for t, d in related),
        f"主办：{place}人民政府办公室　承办：{place}大数据发展局",
        f"网站标识码：{code}",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"来源：{place}人民政府办公室",)
    when = day or dt.date(2022, 10, 1)
    host = f"www.{_slug(place)}.example-r28.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/zwgk/zwdt/t{when:%Y%m%d}_{item}.html")


@unseen28("hunan_shi_touzicu_bumen_zizhan_guifan_meta")
def hunan_shi_touzicu_bumen_zizhan_guifan_meta(story: Story) -> Wrapped:
    """A Hunan city's 投资促进局 as a 部门 subsite of its portal on TRS 海云: `<title>` headline-bureau, the
    guideline's metas, the top bar with the city's portal, 部门网站 and 湖南省人民政府, the bureau's banner, the nav,
    当前位置, `content_title h1` (absent where the story has none), `content_info` (发布时间, 来源, 作者, 浏览次数 by
    script, 字体), `content_text` with `view TRS_UEDITOR`, 【打印】【关闭】, 上一篇/下一篇, the footer with 主办,
    技术支持, 网站标识码 and licences."""
    rng = _rng(story, "hunan")
    city, slug = rng.choice([("岳阳市", "yueyang"), ("常德市", "changde"), ("衡阳市", "hengyang"), ("郴州市", "czs")])
    portal = f"{city}人民政府门户网站"
    bureau = f"{city}投资促进事务中心" if rng.random() < 0.3 else f"{city}投资促进局"
    day = story.published
    moment = _at(day, rng) if day else None
    author = rng.choice(NAMES)
    source = escape(story.outlet) if story.outlet else bureau
    nav = ["首页", "机构概况", "工作动态", "招商政策", "投资指南", "项目推介", "政务公开"]
    before, after = _pick(rng, OTHER_NEWS, 2)
    icp, police = _licences(rng, "湘")
    code = f"43{rng.randrange(10**7, 10**8)}"
    item = rng.randrange(10**7, 10**8)
    when = day or dt.date(2022, 7, 1)
    url = f"http://www.{slug}.example-r28.gov.cn/{slug}/bmzz/tzcjj/gzdt/{when:%Y%m}/t{when:%Y%m%d}_{item}.html"
    metas = "\n".join(
        f'<meta name="{name}" content="{value}">'
        for name, value in [
            ("SiteName", portal),
            ("SiteDomain", f"www.{slug}.example-r28.gov.cn"),
            ("SiteIDCode", code),
            ("ColumnName", "工作动态"),
            ("ColumnType", "工作动态"),
            ("ArticleTitle", headline_html(story)),
            ("PubDate", f"{moment:%Y-%m-%d %H:%M}" if moment else ""),
            ("ContentSource", source),
            ("Keywords", "投资促进,招商引资"),
            ("Author", author),
            ("Url", url),
        ]
        if value
    )
    info = _join(
        [
            f"<span>发布时间：{moment:%Y-%m-%d %H:%M}</span>" if moment else "",
            f"<span>来源：{source}</span>",
            f"<span>作者：{author}</span>",
            f'<span>浏览次数：<script src="/{slug}/visit?id={item}"></script></span>',
            '<span>字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a></span>',
        ],
        "　",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}-{bureau}" if story.headline else f"工作动态-{bureau}"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
{metas}
<title>{title}</title>
<link rel="stylesheet" href="/{slug}/xhtml/css/bmzz.css">
<script src="/{slug}/xhtml/js/jquery.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><a href="/">{portal}</a><a href="/{slug}/bmzz/">部门网站</a><a
 href="http://www.hunan.example-r28.gov.cn/">湖南省人民政府</a></div></div>
<div class="bm-banner"><div class="w1200"><img src="/{slug}/bmzz/tzcjj/images/banner.jpg" alt="{bureau}"><span
 class="bm-name">{bureau}</span></div></div>
<div class="bm-nav"><ul class="w1200">{_nav(nav, f'<li><a href="/{slug}/bmzz/tzcjj/c{{i}}/">{{n}}</a></li>')}</ul></div>
<div class="w1200">
<div class="location">当前位置：<a href="/{slug}/bmzz/tzcjj/">首页</a> &gt; <a
 href="/{slug}/bmzz/tzcjj/gzdt/">工作动态</a></div>
<div class="content">
<div class="content_title">{heading}</div>
<div class="content_info">{info}</div>
<div class="content_text" id="zoom"><div class="view TRS_UEDITOR trs_paper_default trs_web">
{_ps(story.lines)}
</div></div>
<div class="content_tools"><a href="javascript:window.print();">【打印】</a><a
 href="javascript:window.close();">【关闭】</a></div>
<div class="content_page"><p>上一篇：<a href="./t{item - 3}.html">{before}</a></p><p>下一篇：<a
 href="./t{item + 5}.html">{after}</a></p></div>
</div>
</div>
<div class="footer"><div class="w1200"><p>主办：{bureau}　技术支持：{city}大数据中心</p><p
 >网站标识码：{code}　{icp}　{police}</p></div></div>
</body>
</html>
"""
    furniture = (
        f"{portal}部门网站湖南省人民政府",
        "".join(nav),
        "当前位置：首页 > 工作动态",
        f"作者：{author}",
        "浏览次数：",
        "字体：大 中 小",
        "【打印】【关闭】",
        f"上一篇：{before}",
        f"下一篇：{after}",
        f"主办：{bureau}　技术支持：{city}大数据中心",
        f"网站标识码：{code}",
        icp,
        police,
    )
    furniture += () if story.outlet else (f"来源：{bureau}",)
    return Wrapped(html, furniture, url)


# ---------------------------------------------------------------- provincial party papers' news sites


@unseen28("zjol_shixian_zhejiang_zaixian_xun_gongxiang_lianmeng")
def zjol_shixian_zhejiang_zaixian_xun_gongxiang_lianmeng(story: Story) -> Wrapped:
    """浙江在线's 市县 page: `<title>` headline_浙江在线 (city_浙江在线 where the story has none), the nav with 潮新闻,
    当前位置, `contTit h1` (absent where the story has none), `contInfo` (the time, 来源, 编辑),
    浙江在线1月9日讯（浙江日报记者 X 共享联盟·安吉 Y） opening the first paragraph in `.contTxt`, the 潮新闻 prompt,
    相关新闻, the footer with 浙江日报报业集团主办 and 浙ICP备."""
    rng = _rng(story, "zjol")
    city, code = rng.choice([("湖州", "hz"), ("嘉兴", "jx"), ("金华", "jh"), ("台州", "tz")])
    station = rng.choice(["安吉", "德清", "嘉善", "永康", "仙居"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, sharer, editor = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else "浙江日报"
    opening = f"浙江在线{_md(day) if day else ''}讯（浙江日报记者 {reporter} 共享联盟·{station} {sharer}）"
    nav = ["首页", "浙江", "国内", "国际", "评论", "浙商", "潮新闻", "视频"]
    others = _pick(rng, OTHER_NEWS, 4)
    icp, police = _licences(rng, "浙")
    year = _year_after(day, rng, dt.date(2023, 3, 1))
    info = _join(
        [
            f'<span class="date">{moment:%Y-%m-%d %H:%M:%S}</span>' if moment else "",
            f'<span class="source">来源：{source}</span>',
            f'<span class="editor">编辑：{editor}</span>',
        ],
        "",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}_浙江在线" if story.headline else f"{city}_浙江在线"
    item = rng.randrange(10**7, 10**8)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{city},浙江在线,浙江新闻">
<link rel="stylesheet" href="//www.zjol.example-r28.com.cn/css/content.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/">浙江在线</a><ul class="nav">{_nav(nav)}</ul></div></div>
<div class="w1200">
<div class="crumb">当前位置：<a href="/">浙江在线</a> &gt; <a href="/zjnews/">浙江新闻</a> &gt; <a
 href="/zjnews/{code}news/">{city}新闻</a></div>
<div class="contMain">
<div class="contTit">{heading}</div>
<div class="contInfo">{info}</div>
<div class="contTxt" id="mainContent">
{_opened(story.lines, opening)}
</div>
<div class="contApp"><img src="/images/cxw_qr.png" alt=""><p>下载潮新闻客户端，看浙江新闻</p></div>
</div>
<div class="contRel"><h3>相关新闻</h3><ul>{
        "".join(f'<li><a href="/zjnews/{code}news/t{item - i}.shtml">{t}</a></li>' for i, t in enumerate(others))
    }</ul></div>
</div>
<div class="footer"><p>浙江日报报业集团主办　浙江在线新闻网站版权所有 © 1999-{year}</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"当前位置：浙江在线 > 浙江新闻 > {city}新闻",
        opening,
        f"编辑：{editor}",
        "下载潮新闻客户端，看浙江新闻",
        "相关新闻" + "".join(others),
        f"浙江日报报业集团主办　浙江在线新闻网站版权所有 © 1999-{year}",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：浙江日报",)
    when = day or dt.date(2023, 3, 1)
    return Wrapped(
        html,
        furniture,
        f"https://zjnews.zjol.example-r28.com.cn/zjnews/{code}news/{when:%Y%m}/t{when:%Y%m%d}_{item}.shtml",
    )


@unseen28("fjsen_dongnanwang_difang_benwang_jizhe_xun_zebian")
def fjsen_dongnanwang_difang_benwang_jizhe_xun_zebian(story: Story) -> Wrapped:
    """东南网's 地方 page: `<title>` headline - 东南网 (city频道 - 东南网 where the story has none), the nav with
    新福建, 您当前的位置, `cont_head h1` (absent where the story has none), the `Info` line (the time, 来源, 作者),
    东南网1月9日讯（本网记者 X 通讯员 Y） opening the first paragraph in `.cont_text`, 责任编辑, 手机看新闻, 相关新闻,
    the footer with 福建日报社（福建日报报业集团）主办 and 闽ICP备; a `content_N.htm` address."""
    rng = _rng(story, "fjsen")
    city, host = rng.choice([("泉州", "qz"), ("漳州", "zz"), ("三明", "sm"), ("龙岩", "ly")])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, correspondent, editor = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else "东南网"
    opening = f"东南网{_md(day) if day else ''}讯（本网记者 {reporter} 通讯员 {correspondent}）"
    nav = ["首页", "福建", "时政", "财经", "地方", "新福建", "视频"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "闽")
    info = _join(
        [
            f'<span class="time">{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
            f"<span>来源：{source}</span>",
            f"<span>作者：{reporter}</span>",
        ],
        "　",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)} - 东南网" if story.headline else f"{city}频道 - 东南网"
    item = rng.randrange(10**7, 10**8)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="keywords" content="{city},东南网" />
<link href="//www.fjsen.example-r28.com/css/content.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="w1000"><a class="logo" href="/">东南网</a><ul class="nav">{_nav(nav)}</ul></div></div>
<div class="w1000">
<div class="weizhi">您当前的位置：<a href="/">东南网</a> &gt; <a href="http://{host}.fjsen.example-r28.com/">{city}频道</a>
 &gt; 正文</div>
<div class="cont">
<div class="cont_head">{heading}
<div class="Info">{info}</div></div>
<div class="cont_text" id="ozoom">
{_opened(story.lines, opening, ' style="text-indent:2em"')}
</div>
<div class="zb">责任编辑：{editor}</div>
<div class="sjkxw"><img src="/images/xfj_qr.jpg" alt="" /><span>手机看新闻</span></div>
</div>
<div class="xgxw"><h3>相关新闻</h3><ul>{_lis(related, f"http://{host}.fjsen.example-r28.com/content_")}</ul></div>
</div>
<div class="footer">福建日报社（福建日报报业集团）主办　东南网版权所有，未经书面授权禁止使用<br />{icp}　{police}</div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"您当前的位置：东南网 > {city}频道 > 正文",
        opening,
        f"作者：{reporter}",
        f"责任编辑：{editor}",
        "手机看新闻",
        "相关新闻" + "".join(t + d for t, d in related),
        "福建日报社（福建日报报业集团）主办　东南网版权所有，未经书面授权禁止使用",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：东南网",)
    when = day or dt.date(2022, 4, 1)
    return Wrapped(html, furniture, f"http://{host}.fjsen.example-r28.com/{when:%Y-%m/%d}/content_{item}.htm")


@unseen28("anhuinews_shixian_zhongan_kehuduan_xun_zebian_bracket")
def anhuinews_shixian_zhongan_kehuduan_xun_zebian_bracket(story: Story) -> Wrapped:
    """中安在线's 市县 page: `<title>` headline_中安在线 (市县新闻_中安在线 where the story has none), the nav with
    中安新闻客户端, 当前位置, the `<h1>` (absent where the story has none), `info` (the time, 来源, 作者),
    中安在线、中安新闻客户端讯（记者 X） opening the first paragraph, 【责任编辑：X】 closing the text, 相关阅读, the
    footer with 安徽日报报业集团主办 and 皖ICP备."""
    rng = _rng(story, "anhuinews")
    city = rng.choice(["芜湖", "蚌埠", "滁州", "宣城"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, editor = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "中安在线"
    opening = f"中安在线、中安新闻客户端讯（记者 {reporter}）"
    nav = ["首页", "安徽", "时政", "市县", "财经", "中安新闻客户端", "视频"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "皖")
    year = _year_after(day, rng, dt.date(2022, 11, 1))
    info = _join(
        [
            f'<span class="time">{moment:%Y-%m-%d %H:%M:%S}</span>' if moment else "",
            f'<span class="source">来源：{source}</span>',
            f'<span class="author">作者：{reporter}</span>',
        ],
        "　",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}_中安在线" if story.headline else "市县新闻_中安在线"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{city},中安在线,安徽新闻">
<link rel="stylesheet" href="//www.anhuinews.example-r28.com/css/article.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/">中安在线</a><ul class="nav">{_nav(nav)}</ul></div>
</div>
<div class="w1200">
<div class="position">当前位置：<a href="/">中安在线</a> &gt; <a href="/szxw/">市县新闻</a> &gt; <a
 href="/szxw/{city}/">{city}</a></div>
<div class="article">
{heading}
<div class="info">{info}</div>
<div class="article-content" id="articleContent">
{_opened(story.lines, opening)}
<p class="zbj">【责任编辑：{editor}】</p>
</div>
</div>
<div class="xgyd"><h3>相关阅读</h3><ul>{_lis(related, "/szxw/")}</ul></div>
</div>
<div class="footer"><p>安徽日报报业集团主办　中安在线版权所有 © 2004-{year}</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"当前位置：中安在线 > 市县新闻 > {city}",
        opening,
        f"作者：{reporter}",
        f"【责任编辑：{editor}】",
        "相关阅读" + "".join(t + d for t, d in related),
        f"安徽日报报业集团主办　中安在线版权所有 © 2004-{year}",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：中安在线",)
    when = day or dt.date(2022, 11, 1)
    return Wrapped(html, furniture, f"http://ah.anhuinews.example-r28.com/szxw/{when:%Y%m}/t{when:%Y%m%d}_{item}.html")


@unseen28("gog_duocai_guizhou_shizhou_benwang_xun_ershen_sanshen")
def gog_duocai_guizhou_shizhou_benwang_xun_ershen_sanshen(story: Story) -> Wrapped:
    """多彩贵州网's 市州 page: `<title>` headline-多彩贵州网 (city-多彩贵州网 where the story has none), the nav with
    天眼新闻, 当前位置, `.title h1` (absent where the story has none), `.info` (the time, 来源), 多彩贵州网讯（本网记者
    X） opening the first paragraph, 编辑/二审/三审 after the text, the 天眼新闻 prompt, 相关新闻, the footer with
    黔ICP备 and 贵公网安备."""
    rng = _rng(story, "gog")
    city = rng.choice(["遵义", "毕节", "铜仁", "黔东南"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, editor, second, third = rng.sample(NAMES, 4)
    source = escape(story.outlet) if story.outlet else "多彩贵州网"
    opening = f"多彩贵州网讯（本网记者 {reporter}）"
    nav = ["首页", "贵州", "要闻", "市州", "财经", "天眼新闻", "视频"]
    others = _pick(rng, OTHER_NEWS, 4)
    icp, police = _licences(rng, "黔")
    police = "贵" + police[1:]
    year = _year_after(day, rng, dt.date(2022, 6, 1))
    audit = f"编辑　{editor}　　二审　{second}　　三审　{third}"
    info = _join(
        [
            f'<span class="time">{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
            f'<span class="source">来源：{source}</span>',
        ],
        "　",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}-多彩贵州网" if story.headline else f"{city}-多彩贵州网"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{city},多彩贵州网">
<link rel="stylesheet" href="//www.gog.example-r28.cn/css/article.css">
</head>
<body>
<div class="top"><div class="w1200"><a class="logo" href="/">多彩贵州网</a><ul class="nav">{_nav(nav)}</ul></div></div>
<div class="w1200">
<div class="crumb">当前位置：<a href="/">多彩贵州网</a> &gt; <a href="/sz/">市州</a> &gt; <a
 href="/sz/{city}/">{city}</a></div>
<div class="main">
<div class="title">{heading}</div>
<div class="info">{info}</div>
<div class="content" id="Zoom">
{_opened(story.lines, opening)}
</div>
<div class="audit">{audit}</div>
<div class="tyapp"><img src="/images/tianyan_qr.png" alt=""><p>打开天眼新闻，阅读更多精彩内容</p></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>{
        "".join(f'<li><a href="/sz/{city}/0{item - i}.shtml">{t}</a></li>' for i, t in enumerate(others))
    }</ul></div>
</div>
<div class="footer"><p>多彩贵州网版权所有 © 2005-{year}　未经授权禁止转载</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"当前位置：多彩贵州网 > 市州 > {city}",
        opening,
        audit,
        "打开天眼新闻，阅读更多精彩内容",
        "相关新闻" + "".join(others),
        f"多彩贵州网版权所有 © 2005-{year}　未经授权禁止转载",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：多彩贵州网",)
    when = day or dt.date(2022, 6, 1)
    return Wrapped(html, furniture, f"http://www.gog.example-r28.cn/sz/system/{when:%Y/%m/%d}/0{item}.shtml")


# ---------------------------------------------------------------- a county station, a zone, a blog and a 门户


@unseen28("qicai_yunduan_yunnan_xian_rongmei_zebian_jiaodui_shenhe")
def qicai_yunduan_yunnan_xian_rongmei_zebian_jiaodui_shenhe(story: Story) -> Wrapped:
    """A Yunnan county 融媒体中心's site on 七彩云端: `<title>` headline-centre (the centre where the story has none),
    the header with the centre and 七彩云端, the nav, 当前位置, `h1.news-title` (absent where the story has none),
    `news-meta` (来源, the time, 浏览 by script), `.news-content`, 责任编辑/责任校对/审核 after it, the app prompt,
    相关新闻, the footer with 滇ICP备 and 技术支持：七彩云端."""
    rng = _rng(story, "qicai")
    place = rng.choice(PLACES)
    centre = f"{place}融媒体中心"
    day = story.published
    moment = _at(day, rng) if day else None
    editor, proofreader, reviewer = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else centre
    nav = ["首页", "时政要闻", "乡村振兴", "招商动态", "视听" + place[:-1], "政务服务"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "滇")
    year = _year_after(day, rng, dt.date(2022, 9, 1))
    item = rng.randrange(10**5, 10**6)
    credits = f"责任编辑：{editor}　责任校对：{proofreader}　审核：{reviewer}"
    meta = _join(
        [
            f'<span class="source">来源：{source}</span>',
            f'<span class="time">{moment:%Y-%m-%d %H:%M}</span>' if moment else "",
            '<span class="read">浏览：<i id="readNum"></i></span>',
        ],
        "",
    )
    heading = f'<h1 class="news-title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}-{centre}" if story.headline else centre
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{title}</title>
<link rel="stylesheet" href="/static/pc/css/detail.css">
<script src="/static/pc/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="inner"><a class="logo" href="/">{centre}</a><a class="app-link"
 href="https://qcyd.example-r28.cn/download">七彩云端</a></div></div>
<div class="nav"><ul class="inner">{_nav(nav, '<li><a href="/list/{i}.html">{n}</a></li>')}</ul></div>
<div class="inner">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/list/1.html">时政要闻</a></div>
<div class="news-detail">
{heading}
<div class="news-meta">{meta}</div>
<div class="news-content">
{_ps(story.lines)}
</div>
<div class="news-credits">{credits}</div>
<div class="news-app"><img src="/static/pc/images/qcyd_qr.png" alt=""><p
>打开七彩云端客户端，查看更多{place}新闻</p></div>
</div>
<div class="news-rel"><h3>相关新闻</h3><ul>{_lis(related, "/detail/")}</ul></div>
</div>
<div class="footer"><div class="inner"><p>{centre}版权所有 © {year}</p><p>{icp}　{police}</p><p
 >技术支持：七彩云端</p></div></div>
<script>$.getJSON("/api/content/read?id={item}", function (d) {{ $("#readNum").text(d.data); }});</script>
</body>
</html>
"""
    furniture = (
        f"{centre}七彩云端",
        "".join(nav),
        "当前位置：首页 > 时政要闻",
        "浏览：",
        credits,
        f"打开七彩云端客户端，查看更多{place}新闻",
        "相关新闻" + "".join(t + d for t, d in related),
        f"{centre}版权所有 © {year}",
        icp,
        police,
        "技术支持：七彩云端",
    )
    furniture += () if story.outlet else (f"来源：{centre}",)
    return Wrapped(html, furniture, f"https://www.{_slug(place)}rm.example-r28.cn/detail/{item}.html")


@unseen28("dedecms_m_view_php_kaifaqu_xiayipian_meiyoule")
def dedecms_m_view_php_kaifaqu_xiayipian_meiyoule(story: Story) -> Wrapped:
    """A 开发区's phone pages on DedeCMS's mobile template: `<title>` headline_park (column_park where the story has
    none), the header with 返回, the column in an `<h2>` and 首页, `article h1` (absent where the story has none),
    `info` (the day, 来源, 点击 by `/plus/count.php`), `.content`, 上一篇/下一篇：没有了, 相关文章, the footer with
    电脑版 and the copyright line."""
    rng = _rng(story, "dedem")
    place = rng.choice(PLACES)
    park = f"{place[:-1]}经济开发区"
    committee = f"{park}管委会"
    column = rng.choice(["园区动态", "招商动态", "新闻中心"])
    day = story.published
    source = escape(story.outlet) if story.outlet else committee
    aid = rng.randrange(300, 9000)
    before, *recommended = _pick(rng, OTHER_NEWS, 5)
    icp = _licences(rng, rng.choice(["苏", "鲁", "豫", "赣"]))[0]
    year = _year_after(day, rng, dt.date(2022, 4, 1))
    info = _join(
        [
            f"<span>{day:%Y-%m-%d}</span>" if day else "",
            f"<span>来源：{source}</span>",
            f'<span>点击：<script src="/plus/count.php?view=yes&aid={aid}&mid=1" type="text/javascript" '
            'language="javascript"></script>次</span>',
        ],
        " ",
    )
    heading = f'<h1 class="title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}_{park}" if story.headline else f"{column}_{park}"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<meta name="applicable-device" content="mobile">
<title>{title}</title>
<meta name="keywords" content="{park},{column}">
<link rel="canonical" href="http://www.{_slug(place)}kfq.example-r28.cn/a/{aid}.html">
<link rel="stylesheet" href="/m/static/css/style.css">
</head>
<body>
<header class="m-head"><a class="back" href="javascript:history.go(-1);">返回</a><h2>{column}</h2><a class="home"
 href="/m/">首页</a></header>
<div class="article">
{heading}
<div class="info">{info}</div>
<div class="content">
{_ps(story.lines)}
</div>
<div class="prenext"><p>上一篇：<a href="/m/view.php?aid={aid - 1}">{before}</a></p><p>下一篇：没有了 </p></div>
</div>
<div class="related"><h3>相关文章</h3><ul>{
        "".join(f'<li><a href="/m/view.php?aid={aid - 9 - i}">{t}</a></li>' for i, t in enumerate(recommended))
    }</ul></div>
<footer class="m-foot"><p><a href="/m/">手机版</a> | <a href="http://www.{
        _slug(place)
    }kfq.example-r28.cn/">电脑版</a></p><p
>Copyright © {year} {committee} 版权所有</p><p>{icp}</p></footer>
</body>
</html>
"""
    furniture = (
        f"返回{column}首页",
        "点击：次",
        f"上一篇：{before}",
        "下一篇：没有了",
        "相关文章" + "".join(recommended),
        "手机版 | 电脑版",
        f"Copyright © {year} {committee} 版权所有",
        icp,
    )
    furniture += () if story.outlet else (f"来源：{committee}",)
    return Wrapped(html, furniture, f"http://www.{_slug(place)}kfq.example-r28.cn/m/view.php?aid={aid}")


@unseen28("wordpress_begin_theme_zhaoshang_single_meta_copyright_post")
def wordpress_begin_theme_zhaoshang_single_meta_copyright_post(story: Story) -> Wrapped:
    """A 招商 consultancy's blog on WordPress's 知更鸟 Begin theme: `<title>` headline - blog (blog - slogan where the
    story has none), the masthead and menu, 当前位置 with 正文, `h1.entry-title` (absent where the story has none),
    `begin-single-meta` (the day and time, 发表评论, 浏览, 字数/阅读时间), `single-content`, 分类/标签, the 转载 box
    (来源 where the story names an outlet, 本文链接), 上一篇/下一篇, 相关文章, the footer with WordPress and Begin."""
    rng = _rng(story, "begin")
    blog = rng.choice(["招商引资网", "园区招商观察", "产业招商笔记"])
    slogan = "专注产业招商与园区运营"
    category = rng.choice(["招商动态", "园区资讯", "项目信息"])
    tags = rng.sample(["招商引资", "产业园区", "项目签约", "营商环境"], 2)
    day = story.published
    moment = _at(day, rng) if day else None
    pid = rng.randrange(1000, 30000)
    views = rng.randrange(120, 9000)
    words = sum(len(line) for line in story.lines)
    minutes = max(1, words // 400)
    before, after, *similar = _pick(rng, OTHER_NEWS, 6)
    icp = _licences(rng, rng.choice(["粤", "沪", "浙", "京"]))[0]
    year = _year_after(day, rng, dt.date(2023, 2, 1))
    link = f"https://www.zsyz.example-r28.com/{pid}.html"
    stamp = f"{_cn_day(moment)} {moment:%H:%M}" if moment else ""
    meta = _join(
        [
            f'<span class="my-date"><i class="be be-schedule ri"></i>{stamp}</span>' if stamp else "",
            '<span class="comment"><a href="#respond"><i class="be be-speechbubble ri"></i>发表评论</a></span>',
            f'<span class="views"><i class="be be-eye ri"></i>{views:,}</span>',
            f'<span class="word-time">字数 {words} 阅读{minutes}分钟</span>',
        ],
        "",
    )
    heading = f'<h1 class="entry-title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)} - {blog}" if story.headline else f"{blog} - {slogan}"
    reprint = [f"来源：{escape(story.outlet)}"] if story.outlet else []
    reprint.append(f'本文链接：<a href="{link}">{link}</a>')
    html = f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{title}</title>
<link rel="stylesheet" id="begin-style-css" href="https://www.zsyz.example-r28.com/wp-content/themes/begin/style.css?ver=2023/01/01"
 type="text/css" media="all">
<link rel="canonical" href="{link}">
<meta name="generator" content="WordPress 6.1.1">
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header"><div class="header-top"><span class="site-name"><a
 href="/">{blog}</a></span><span class="site-description">{slogan}</span></div>
<nav id="site-nav" class="main-nav"><ul id="menu-nav" class="down-menu nav-menu"><li><a href="/">首页</a></li><li><a
 href="/category/zsdt/">招商动态</a></li><li><a href="/category/yqzx/">园区资讯</a></li><li><a
 href="/category/xmxx/">项目信息</a></li><li><a href="/about/">关于我们</a></li></ul></nav></header>
<div class="bread"><i class="be be-home"></i>当前位置：<a href="/">首页</a> <i class="be be-arrowright"></i> <a
 href="/category/{pid % 7}/">{category}</a> <i class="be be-arrowright"></i> 正文</div>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry">
<header class="entry-header">{heading}</header>
<div class="begin-single-meta">{meta}</div>
<div class="entry-content"><div class="single-content">
{_ps(story.lines)}
</div>
<div class="single-cat-tag"><div class="single-cat">分类：<a href="/category/{pid % 7}/">{category}</a></div><div
 class="single-tag">标签：{"".join(f'<a href="/tag/{t}/" rel="tag">{t}</a>' for t in tags)}</div></div>
<div class="copyright-post"><ul>{"".join(f"<li>{line}</li>" for line in reprint)}</ul></div>
</div>
</article>
<nav class="nav-single"><a href="/{pid - 1}.html" rel="prev"><span class="meta-nav">上一篇</span>{before}</a><a
 href="/{pid + 1}.html" rel="next"><span class="meta-nav">下一篇</span>{after}</a></nav>
<div id="related-img" class="related"><h3>相关文章</h3><ul>{
        "".join(f'<li><a href="/{pid + 20 + i}.html">{t}</a></li>' for i, t in enumerate(similar))
    }</ul></div>
</main></div>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright © {year} {blog} 保留所有权利.<span
 class="add-info">本站由 WordPress 驱动 Theme by Begin</span><br><a href="https://beian.miit.gov.cn/">{icp}</a></div>
</footer>
</div>
<script type="text/javascript" src="https://www.zsyz.example-r28.com/wp-content/themes/begin/js/script.js?ver=2023/01/01"
 id="script-js"></script>
</body>
</html>
"""
    furniture = (
        f"{blog}{slogan}",
        "首页招商动态园区资讯项目信息关于我们",
        f"当前位置：首页 {category} 正文",
        "发表评论",
        f"字数 {words} 阅读{minutes}分钟",
        f"分类：{category}",
        "标签：" + "".join(tags),
        f"本文链接：{link}",
        f"上一篇{before}",
        f"下一篇{after}",
        "相关文章" + "".join(similar),
        f"Copyright © {year} {blog} 保留所有权利.",
        "本站由 WordPress 驱动 Theme by Begin",
        icp,
    )
    return Wrapped(html, furniture, link)


@unseen28("qibocms_xian_menhu_bencandy_gbk_about_msg")
def qibocms_xian_menhu_bencandy_gbk_about_msg(story: Story) -> Wrapped:
    """A county 门户 on 齐博CMS, in GBK: `<title>` headline - 门户 (新闻中心 - 门户 where the story has none), the top
    bar with 登录/注册 and 设为首页, the nav with 分类信息, 当前位置, `main_title h1` (absent where the story has none),
    `about_msg` (时间, 作者, 来源, 浏览 by script), `content_word`, [发表评论] [收藏] [打印] [关闭], 相关文章, 网友评论
    with its box, the footer with Powered by qibosoft and 备案号; a `bencandy.php?fid=&id=` address."""
    rng = _rng(story, "qibo")
    place = rng.choice(PLACES)
    portal = f"{place[:-1]}信息港"
    day = story.published
    moment = _at(day, rng) if day else None
    author = rng.choice(NAMES)
    source = escape(story.outlet) if story.outlet else "本站"
    fid = rng.randrange(2, 60)
    item = rng.randrange(1000, 90000)
    nav = ["首页", "本地新闻", "招商引资", "分类信息", "房产", "招聘", "商家黄页", "论坛"]
    similar = _pick(rng, OTHER_NEWS, 5)
    icp = _licences(rng, rng.choice(["冀", "晋", "豫", "鲁"]))[0]
    info = _join(
        [
            f"时间:{moment:%Y-%m-%d %H:%M}" if moment else "",
            f"作者:{author}",
            f"来源:{source}",
            f'浏览:<script src="/do/job.php?job=updatehits&aid={item}"></script>次',
        ],
        "　",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)} - {portal}" if story.headline else f"新闻中心 - {portal}"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}</title>
<meta name="keywords" content="{portal},{place}新闻" />
<link rel="stylesheet" type="text/css" href="/images/default/style.css" />
<script type="text/javascript" src="/images/default/inc.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>欢迎来到{portal}！</span><a href="/do/login.php">登录</a> | <a
 href="/do/reg.php">注册</a> | <a href="javascript:;" onclick="this.style.behavior='url(#default#homepage)';"
>设为首页</a></div></div>
<div class="menu"><div class="wrap">{_nav(nav, '<a href="/{i}/">{n}</a>')}</div></div>
<div class="wrap">
<div class="guide_nav">当前位置：<a href="/">首页</a> -&gt; <a href="/news/list.php?fid={
        fid
    }">本地新闻</a> -&gt; 内容</div>
<div class="MainTable">
<div class="main_title">{heading}</div>
<div class="about_msg">{info}</div>
<div class="content_word" id="post1">
{_ps(story.lines)}
</div>
<div class="tools">[<a href="#comment">发表评论</a>] [<a href="/do/job.php?job=collect&id={item}">收藏</a>] [<a
 href="javascript:window.print();">打印</a>] [<a href="javascript:window.close();">关闭</a>]</div>
</div>
<div class="xgwz"><div class="head">相关文章</div><ul>{
        "".join(
            f'<li><a href="/news/bencandy.php?fid={fid}&amp;id={item - i - 1}">{t}</a></li>'
            for i, t in enumerate(similar)
        )
    }</ul></div>
<div class="comment" id="comment"><div class="head">网友评论</div><p>共有0位网友发表了评论</p><form
 action="/do/comment_ajax.php" method="post"><textarea name="content"></textarea><p>验证码：<input name="yzimg"
 /></p><input type="submit" value="发表评论" /></form></div>
</div>
<div class="foot"><div class="wrap">{portal}　版权所有　备案号：{icp}<br />Powered by <a
 href="http://www.qibosoft.com">qibosoft V7.0</a> Code &copy; 2003-2023 <a href="http://bbs.qibosoft.com/">qibosoft</a>
</div></div>
</body>
</html>
"""
    furniture = (
        f"欢迎来到{portal}！登录 | 注册 | 设为首页",
        "".join(nav),
        "当前位置：首页 -> 本地新闻 -> 内容",
        f"作者:{author}",
        "浏览:次",
        "[发表评论] [收藏] [打印] [关闭]",
        "相关文章" + "".join(similar),
        "网友评论共有0位网友发表了评论",
        "验证码：",
        f"{portal}　版权所有　备案号：{icp}",
        "Powered by qibosoft V7.0 Code © 2003-2023 qibosoft",
    )
    furniture += () if story.outlet else ("来源:本站",)
    url = f"http://www.{_slug(place)}xxg.example-r28.cn/news/bencandy.php?fid={fid}&id={item}"
    return Wrapped(_ncr(html, "gbk"), furniture, url, "gbk")


DEV28, LOCKED28 = split_by_digest(UNSEEN28, "round 28/", locked=6)
