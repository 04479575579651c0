"""Twelve more page layouts written blind (round 26): before reading the HTML reader, and fixed against by nobody.

Round 26 is sealed: not scored when written; it is to be scored once, both halves, at the end of the web-page reader's
next change, and nothing is fixed from its misses. Each layout is after a kind of Chinese page met in the wild that
rounds 1 to 25 did not draw, weighed toward the mainstream templates a crawler of 招商 news meets most often (a county
portal built by 南威软件 for a province's 集约化 platform, a 投资促进局's site on 万户网络's ezEIP in ASP.NET, 开发区
sites on 易优CMS and on 迅睿CMS; and the county and city channels of the provincial party-newspaper groups' sites
whose local news is most reposted: 大众网, 华龙网, 东方网, 北青网, 荆楚网, 四川在线, 中国江西网 in GBK, 齐鲁网), the
headline competing with a site's, a channel's or a group's own name, shown in a `<span>` or a `<div>` as often as in
a heading, and the credits such pages set round the article's text: the 讯 and 报道 openings the groups run into
the first paragraph (大众网·海报新闻记者 X 通讯员 Y 潍坊报道, 华龙网-新重庆客户端1月9日9时30分讯,
荆楚网（湖北日报网）讯, 中国江西网讯 记者X报道：, 齐鲁网·闪电新闻1月9日讯), a 川观新闻记者 line, 作者/选稿
and 编辑/责任编辑 credits, with the counters the CMSs fill by script (arcclick, dr_show_hits, an .ashx) and their
技术支持 and Powered by lines:

- a Fujian county portal by 南威软件: `<title>` headline-site (the site where the story has none), the top bar with
  无障碍 and 长者模式, the nav, 当前位置, `h1.article_title` (absent where the story has none), the `article_source`
  line (发布时间, 信息来源 (the portal's 办公室 where the story names none), 浏览量 by script, 字体：大 中 小),
  分享到, 【打印本页】【关闭窗口】, 相关文章 with days, the footer with 主办, 网站标识码, licences and
  技术支持：南威软件;
- a 投资促进局's site on 万户网络's ezEIP (ASP.NET): the `<form>` with `__VIEWSTATE`, `<title>` headline - bureau
  (新闻中心 - bureau where the story has none), the nav, 您现在的位置, the headline a `<span id="lblTitle">`, 发布时间 /
  来源 (本站 where the story names none) / 点击 from an .ashx, 上一条/下一条, the footer with 网站建设：万户网络;
- a 开发区 site on 易优CMS: `<title>` headline_zone (新闻动态_zone where the story has none), the navbar, the banner,
  当前位置, the `<h1>` (absent where the story has none), 发布时间 / 来源 (管委会 where the story names none) / 浏览 by
  the arcclick script, 上一篇/下一篇, 推荐阅读, the footer with Powered by EyouCms;
- a 投资促进 site on 迅睿CMS: `<title>` headline - site (投资动态 - site where the story has none), the header,
  当前位置, `h1.article-title` (absent where the story has none), the meta line (时间, 来源 (本站 where the story names
  none), 点击 in `dr_show_hits_N` filled by the module hits API), 标签, 上一篇/下一篇, the footer with Powered by
  XunRuiCMS;
- 大众网's city channel: `<title>` headline_city频道_大众网 (city频道_大众网 where the story has none), the nav with
  海报新闻, the crumb with 正文, `#xl-headline h2` (absent where the story has none), `left-t` (the time, 来源 (大众网
  where the story names none), 作者), 大众网·海报新闻记者 X 通讯员 Y city报道 opening the first paragraph, 责任编辑,
  分享到, 相关新闻 with days, the footer with 鲁ICP备 and the 许可证;
- 华龙网's 区县 channel: `<title>` headline_华龙网 (district_区县_华龙网 where the story has none), 新重庆客户端,
  您的位置, `h1.title` (absent where the story has none), 来源 (华龙网 where the story names none) and the time,
  华龙网-新重庆客户端1月9日9时30分讯（通讯员 X） opening the first paragraph, 责任编辑, 相关阅读, the footer with
  渝ICP备;
- 东方网's page: `<title>` headline-东方网 (东方网 where the story has none), the nav, `main_tit h1` (absent where the
  story has none), the time line (the time, 来源 (东方网 where the story names none), 作者, 选稿), 东方网记者 X 1月9日
  报道： opening the first paragraph, 分享到, 相关新闻, the footer with 沪ICP备 and 违法和不良信息举报;
- 北青网's page: `<title>` headline_北青网 (北青网 where the story has none), the nav, `articleTitle h1` (absent where
  the story has none), `yearMsg` / `timeMsg` / `sourceMsg` (北京青年报 where the story names none) / `authorMsg`, the
  text, `articleEditor` 编辑：X, 分享, 相关新闻, the footer with 北京青年报社主办 and 京ICP备;
- 荆楚网's 县市 channel: `<title>` headline - 荆楚网 - 湖北日报网 (county - 荆楚网 - 湖北日报网 where the story has
  none), the nav, the crumb, `h1.article-t` (absent where the story has none), `article-info` (来源 (荆楚网 where the
  story names none), 作者, the time), 荆楚网（湖北日报网）讯（记者X 通讯员Y） opening the first paragraph, 【编辑：X】,
  分享到, 相关新闻, the footer with 鄂ICP备;
- 四川在线's 市州 channel: `<title>` headline - 四川在线 (city频道 - 四川在线 where the story has none), the nav with
  川观新闻, the crumb, the `<h1>` (absent where the story has none), the time and 来源 (川观新闻 where the story names
  none), a 川观新闻记者 X line opening the text, 编辑/责任编辑 after it, 下载川观新闻, 相关新闻, the footer with
  川ICP备;
- 中国江西网's city channel, in GBK: `<title>` headline_中国江西网 (city_中国江西网 where the story has none), the nav,
  the crumb, the headline a `<div class="biaoti">` (absent where the story has none), the info line (the time, 来源
  (中国江西网 where the story names none), 作者), 中国江西网讯 记者X报道： opening the first paragraph, 责任编辑, the
  footer with 赣ICP备 and 江西日报社主办;
- 齐鲁网's city page: `<title>` headline-齐鲁网 (city-齐鲁网 where the story has none), the nav with 闪电新闻, the
  crumb, the `<h1>` (absent where the story has none), the info spans (the time, 来源 (闪电新闻 where the story names
  none), 作者, 编辑), 齐鲁网·闪电新闻1月9日讯 opening the first paragraph, 下载闪电新闻客户端, 相关新闻, the footer.

Where a story names no headline, each page keeps its kind's own title and headings (a site's, a channel's, a group's)
and shows no headline of the story; where it names no outlet, pages whose kind always names a source show their own
(the portal's 办公室, 本站, the 管委会, the group's site or app), listed as furniture; where it names no date, the 讯
openings name no day, and copyright years fall on another day's.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 26/" + name are `LOCKED26`, the other six `DEV26`.
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

UNSEEN26: dict[str, Layout] = {}
NAMES = ["鞠海峰", "冼丽萍", "居文斌", "璩晓燕", "桑德林", "郗雅琴"]


def unseen26(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN26)


def _opened(lines: tuple[str, ...], opening: str, attributes: str = "") -> str:
    """The paragraphs with a credit run into the first, as the groups' sites print their 讯 and 报道 openings."""
    first = [opening + lines[0]] if lines else [opening]
    return _ps(first + list(lines[1:]), attributes)


def _md(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


def _lis(related: list[tuple[str, str]], base: str) -> str:
    return "".join(f'<li><a href="{base}{i}.html">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(related))


# ---------------------------------------------------------------- government and zone sites


@unseen26("nanwei_fujian_xianqu_article_source_jishu_zhichi")
def nanwei_fujian_xianqu_article_source_jishu_zhichi(story: Story) -> Wrapped:
    """A Fujian county portal by 南威软件: `<title>` headline-site, 无障碍/长者模式, the nav, 当前位置,
    `h1.article_title` (absent where the story has none), the `article_source` line (发布时间, 信息来源, 浏览量 by
    script, 字体), 分享到, 【打印本页】【关闭窗口】, 相关文章, the footer with 网站标识码 and 技术支持：南威软件."""
    rng = _rng(story, "nanwei")
    place = rng.choice(PLACES)
    site = f"{place}人民政府"
    office = f"{place}人民政府办公室"
    day = story.published
    source = escape(story.outlet) if story.outlet else office
    column = rng.choice(["招商引资", "今日要闻", "部门动态"])
    nav = ["首页", "政务公开", "政务服务", "互动交流", "走进" + place[:-1]]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "闽")
    code = rng.randrange(10**9, 10**10)
    item = rng.randrange(10**6, 10**7)
    info = _join(
        [
            f"<span>发布时间：{day:%Y-%m-%d}</span>" if day else "",
            f"<span>信息来源：{source}</span>",
            '<span>浏览量：<em id="hits"></em></span>',
            '<span class="font">字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a></span>',
        ],
        "",
    )
    heading = f'<h1 class="article_title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}-{site}" if story.headline else site
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<title>{title}</title>
<link rel="stylesheet" href="/images/xl_style.css">
<script src="/images/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>欢迎访问{site}网站</span><a href="javascript:;" id="wza">无障碍</a><a
 href="javascript:;" id="zlb">长者模式</a></div></div>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/images/logo.png" alt="{site}"></a></div></div>
<div class="nav"><ul class="wrap">{"".join(f'<li><a href="/c{i}/">{n}</a></li>' for i, n in enumerate(nav))}</ul></div>
<div class="wrap">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a
 href="/zwgk/{item % 97}/">{column}</a></div>
<div class="article">
{heading}
<div class="article_source">{info}</div>
<div class="article_content" id="detailCont">
{_ps(story.lines, ' style="text-indent:2em;"')}
</div>
<div class="article_share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a></div>
<div class="article_btn"><a href="javascript:window.print();">【打印本页】</a><a
 href="javascript:window.close();">【关闭窗口】</a></div>
<div class="article_rel"><h3>相关文章</h3><ul>{_lis(related, "/zwgk/")}</ul></div>
</div>
</div>
<div class="footer"><div class="wrap"><p>主办：{office}　运维：{place}融媒体中心</p><p>网站标识码：{code}　<a
 href="https://beian.miit.gov.cn">{icp}</a>　{police}</p><p>技术支持：南威软件股份有限公司</p></div></div>
<script>$.get("/cms/api/hits", {{ id: "{item}" }}, function (n) {{ $("#hits").text(n); }});</script>
</body>
</html>
"""
    furniture = (
        f"欢迎访问{site}网站",
        "无障碍长者模式",
        "".join(nav),
        f"当前位置：首页 > 政务公开 > {column}",
        "浏览量：",
        "字体：大 中 小",
        "分享到：微信微博QQ空间",
        "【打印本页】【关闭窗口】",
        "相关文章" + "".join(t + d for t, d in related),
        f"主办：{office}　运维：{place}融媒体中心",
        f"网站标识码：{code}",
        icp,
        police,
        "技术支持：南威软件股份有限公司",
    )
    furniture += () if story.outlet else (f"信息来源：{office}",)
    return Wrapped(html, furniture, f"http://www.example-r26-{_slug(place)}.gov.cn/zwgk/{item % 97}/{item}.htm")


@unseen26("wanhu_ezeip_aspx_viewstate_lbltitle_span")
def wanhu_ezeip_aspx_viewstate_lbltitle_span(story: Story) -> Wrapped:
    """A 投资促进局's site on 万户网络's ezEIP (ASP.NET): the `<form>` with `__VIEWSTATE`, `<title>` headline - bureau
    (新闻中心 - bureau where the story has none), 您现在的位置, the headline a `<span id="lblTitle">`, 发布时间 / 来源 /
    点击 from an .ashx, 上一条/下一条, the footer with 网站建设：万户网络."""
    rng = _rng(story, "wanhu")
    place = rng.choice(PLACES)
    bureau = f"{place}投资促进局"
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else "本站"
    item = rng.randrange(1000, 9999)
    before, after = _pick(rng, OTHER_NEWS, 2)
    nav = ["网站首页", "机构概况", "新闻中心", "投资环境", "招商项目", "政策法规", "联系我们"]
    icp, police = _licences(rng, "浙")
    state = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(64))
    info = _join(
        [
            f"发布时间：{moment:%Y/%m/%d %H:%M:%S}" if moment else "",
            f"来源：{source}",
            '点击：<span id="hits">0</span>',
        ],
        "&nbsp;&nbsp;&nbsp;",
    )
    title = f"{escape(story.headline)} - {bureau}" if story.headline else f"新闻中心 - {bureau}"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<form name="form1" method="post" action="news_view.aspx?nid=2&amp;typeid=5&amp;id={item}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{state}==" /></div>
<div class="top"><div class="logo"><a href="/index.aspx"><img src="/images/logo.jpg" alt="{bureau}" /></a></div></div>
<div class="menu"><ul>{"".join(f'<li><a href="/list.aspx?nid={i}">{n}</a></li>' for i, n in enumerate(nav))}</ul></div>
<div class="main">
<div class="location">您现在的位置：<a href="/index.aspx">首页</a> &gt;&gt; <a
 href="/news.aspx?nid=2">新闻中心</a></div>
<div class="news_view">
<div class="n_title"><span id="lblTitle">{headline_html(story)}</span></div>
<div class="n_info">{info}</div>
<div class="n_content" id="lblContent">
{_ps(story.lines)}
</div>
<div class="n_page"><p>上一条：<a href="news_view.aspx?nid=2&amp;typeid=5&amp;id={item - 1}">{before}</a></p><p
 >下一条：<a href="news_view.aspx?nid=2&amp;typeid=5&amp;id={item + 1}">{after}</a></p></div>
</div>
</div>
<div class="footer"><p>版权所有：{bureau}　地址：{place}人民大道88号</p><p>{icp}　{police}　网站建设：<a
 href="http://www.wanhu.com.cn" target="_blank">万户网络</a></p></div>
</form>
<script type="text/javascript">
$.get("/ajax/hits.ashx?id={item}&t=" + Math.random(), function (d) {{ $("#hits").html(d); }});
</script>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        "您现在的位置：首页 >> 新闻中心",
        "点击：0",
        f"上一条：{before}",
        f"下一条：{after}",
        f"版权所有：{bureau}　地址：{place}人民大道88号",
        icp,
        police,
        "网站建设：万户网络",
    )
    furniture += () if story.outlet else ("来源：本站",)
    host = f"www.example-r26-{_slug(place)}-invest.gov.cn"
    return Wrapped(html, furniture, f"http://{host}/news_view.aspx?nid=2&typeid=5&id={item}")


@unseen26("eyoucms_kaifaqu_arcclick_shangyipian")
def eyoucms_kaifaqu_arcclick_shangyipian(story: Story) -> Wrapped:
    """A 开发区 site on 易优CMS: `<title>` headline_zone (新闻动态_zone where the story has none), the navbar, the
    banner, 当前位置, the `<h1>` (absent where the story has none), 发布时间 / 来源 (管委会) / 浏览 by the arcclick
    script, 上一篇/下一篇, 推荐阅读, the footer with Powered by EyouCms."""
    rng = _rng(story, "eyou")
    place = rng.choice(PLACES)
    zone = f"{place[:-1]}经济开发区"
    committee = f"{zone}管委会"
    day = story.published
    source = escape(story.outlet) if story.outlet else committee
    aid = rng.randrange(100, 3000)
    nav = ["首页", "园区概况", "新闻动态", "招商引资", "产业布局", "企业服务", "联系我们"]
    before, after, *recommended = _pick(rng, OTHER_NEWS, 5)
    icp, police = _licences(rng, "赣")
    year = _year_after(day, rng, dt.date(2022, 3, 1))
    info = _join(
        [
            f"<span>发布时间：{day:%Y-%m-%d}</span>" if day else "",
            f"<span>来源：{source}</span>",
            f'<span>浏览：<script src="/index.php?m=api&amp;c=Ajax&amp;a=arcclick&amp;type=view&amp;aids={aid}">'
            "</script>次</span>",
        ],
        "",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}_{zone}" if story.headline else f"新闻动态_{zone}"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name="keywords" content="{zone},招商引资">
<link href="/template/pc/skin/css/style.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/template/pc/skin/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="container"><a class="logo" href="/"><img src="/uploads/allimg/logo.png"
 alt="{zone}"></a><ul class="navbar">{"".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))}</ul>
</div></div>
<div class="banner" style="background-image:url(/uploads/allimg/banner_news.jpg)"><h2>新闻动态</h2></div>
<div class="container">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xinwen/">新闻动态</a> &gt; </div>
<div class="article">
<div class="article-title">{heading}<div class="info">{info}</div></div>
<div class="article-content">
{_ps(story.lines)}
</div>
<div class="article-page"><p>上一篇：<a href="/xinwen/{aid - 1}.html">{before}</a></p><p>下一篇：<a
 href="/xinwen/{aid + 1}.html">{after}</a></p></div>
</div>
<div class="recommend"><h3>推荐阅读</h3><ul>{
        "".join(f'<li><a href="/xinwen/{aid + 9 + i}.html">{t}</a></li>' for i, t in enumerate(recommended))
    }</ul></div>
</div>
<div class="footer"><p>Copyright © {year} {committee} 版权所有　<a href="https://beian.miit.gov.cn/">{icp}</a>　{police}
</p><p>Powered by EyouCms</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        "当前位置：首页 > 新闻动态",
        "浏览：次",
        f"上一篇：{before}",
        f"下一篇：{after}",
        "推荐阅读" + "".join(recommended),
        f"Copyright © {year} {committee} 版权所有",
        icp,
        police,
        "Powered by EyouCms",
    )
    furniture += () if story.outlet else (f"来源：{committee}",)
    return Wrapped(html, furniture, f"http://www.example-r26-{_slug(place)}-kfq.com/xinwen/{aid}.html")


@unseen26("xunruicms_touzi_dr_show_hits_module_api")
def xunruicms_touzi_dr_show_hits_module_api(story: Story) -> Wrapped:
    """A 投资促进 site on 迅睿CMS: `<title>` headline - site (投资动态 - site where the story has none), the header,
    当前位置, `h1.article-title` (absent where the story has none), the meta line (时间, 来源 (本站), 点击 in
    `dr_show_hits_N` filled by the module hits API), 标签, 上一篇/下一篇, the footer with Powered by XunRuiCMS."""
    rng = _rng(story, "xunrui")
    place = rng.choice(PLACES)
    site = f"{place[:-1]}投资网"
    day = story.published
    moment = _at(day, rng) if day else None
    source = escape(story.outlet) if story.outlet else "本站"
    item = rng.randrange(100, 5000)
    nav = ["首页", "投资动态", "投资环境", "招商项目", "营商政策", "园区平台"]
    tags = rng.sample(["招商引资", "项目签约", "产业链", "营商环境"], 2)
    before, after = _pick(rng, OTHER_NEWS, 2)
    icp, police = _licences(rng, "湘")
    meta = _join(
        [
            f'<span><i class="fa fa-clock-o"></i> {moment:%Y-%m-%d %H:%M:%S}</span>' if moment else "",
            f"<span>来源：{source}</span>",
            f'<span>点击：<span class="dr_show_hits_{item}">0</span></span>',
        ],
        "",
    )
    heading = f'<h1 class="article-title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)} - {site}" if story.headline else f"投资动态 - {site}"
    html = f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title}</title>
<meta name="keywords" content="{", ".join(tags)}" />
<link href="/static/assets/global/plugins/bootstrap/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<script src="/static/assets/global/plugins/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">var is_mobile_cms = ''; var web_dir = '/';</script>
</head>
<body class="page-header-fixed">
<div class="page-header"><div class="container"><a class="page-logo" href="/">{site}</a><ul class="nav navbar-nav">{
        "".join(f'<li><a href="/index.php?s=news&amp;c=category&amp;id={i}">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div></div>
<div class="page-container"><div class="container">
<ul class="page-breadcrumb breadcrumb"><li>当前位置：<a href="/">首页</a><i class="fa fa-angle-right"></i></li><li
 ><a href="/index.php?s=news&amp;c=category&amp;id=1">投资动态</a></li></ul>
<div class="portlet light">
{heading}
<div class="article-meta">{meta}</div>
<div class="article-content">
{_ps(story.lines)}
</div>
<div class="article-tags">标签：{"".join(f'<a href="/index.php?s=tag&amp;name={t}">{t}</a>' for t in tags)}</div>
<div class="article-prev-next"><p>上一篇：<a href="/index.php?s=news&amp;c=show&amp;id={item - 1}">{before}</a></p><p
 >下一篇：<a href="/index.php?s=news&amp;c=show&amp;id={item + 1}">{after}</a></p></div>
</div>
</div></div>
<div class="page-footer"><div class="container">{site} 版权所有　{icp}　{police}　Powered by XunRuiCMS</div></div>
<script type="text/javascript">
$.ajax({{ type: "GET", dataType: "jsonp",
  url: "/index.php?s=api&c=module&siteid=1&app=news&m=hits&id={item}",
  success: function (data) {{ $(".dr_show_hits_{item}").html(data.msg); }} }});
</script>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        "当前位置：首页投资动态",
        "点击：0",
        "标签：" + "".join(tags),
        f"上一篇：{before}",
        f"下一篇：{after}",
        f"{site} 版权所有",
        icp,
        police,
        "Powered by XunRuiCMS",
    )
    furniture += () if story.outlet else ("来源：本站",)
    return Wrapped(
        html, furniture, f"https://www.example-r26-{_slug(place)}-touzi.cn/index.php?s=news&c=show&id={item}"
    )


# ---------------------------------------------------------------- provincial party-newspaper groups' sites


@unseen26("dzwww_shiqu_pindao_left_t_haibao_baodao")
def dzwww_shiqu_pindao_left_t_haibao_baodao(story: Story) -> Wrapped:
    """大众网's city channel: `<title>` headline_city频道_大众网, the nav with 海报新闻, the crumb with 正文,
    `#xl-headline h2` (absent where the story has none), `left-t` (the time, 来源, 作者), 大众网·海报新闻记者 X 通讯员 Y
    city报道 opening the first paragraph, 责任编辑, 分享到, 相关新闻 with days, the footer with 鲁ICP备 and the
    许可证."""
    rng = _rng(story, "dzwww")
    city = rng.choice(["潍坊", "临沂", "济宁", "烟台"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, correspondent, editor = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else "大众网"
    byline = f"大众网·海报新闻记者 {reporter} 通讯员 {correspondent} {city}报道　"
    nav = ["首页", "新闻", "山东", "评论", "财经", "海报新闻", "县区"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "鲁")
    year = _year_after(day, rng, dt.date(2022, 7, 1))
    info = _join(
        [
            f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "",
            f"来源: {source}",
            f"作者: {reporter}",
        ],
        "&nbsp;&nbsp;",
    )
    heading = f"<h2>{headline_html(story)}</h2>" if story.headline else ""
    title = f"{escape(story.headline)}_{city}频道_大众网" if story.headline else f"{city}频道_大众网"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="keywords" content="{city},大众网" />
<link href="//www.dzwww.example-r26.com/incoming/css/xl.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="layout"><a href="/" class="logo">大众网</a><ul class="nav">{
        "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div></div>
<div class="layout">
<div class="crumbs"><a href="/">大众网</a> &gt; <a href="/{city}/">{city}频道</a> &gt; <a href="/{city}/xq/">县区</a>
 &gt; 正文</div>
<div id="xl-headline"><div class="left">{heading}<div class="left-t">{info}</div></div></div>
<div class="news-con" id="news-con"><div class="TRS_Editor">
{_opened(story.lines, byline)}
</div></div>
<div class="edit">责任编辑：{editor}</div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul>{_lis(related, f"/{city}/")}</ul></div>
</div>
<div class="footer"><p>大众报业集团主办　大众网版权所有 © 2000-{year}</p><p>{icp}　{police}　互联网新闻信息服务许可证：
37120180001</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"大众网 > {city}频道 > 县区 > 正文",
        byline,
        f"作者: {reporter}",
        f"责任编辑：{editor}",
        "分享到：微信微博",
        "相关新闻" + "".join(t + d for t, d in related),
        f"大众报业集团主办　大众网版权所有 © 2000-{year}",
        icp,
        police,
        "互联网新闻信息服务许可证",
    )
    furniture += () if story.outlet else ("来源: 大众网",)
    item = rng.randrange(10**6, 10**7)
    when = day or dt.date(2022, 7, 1)
    return Wrapped(html, furniture, f"http://{city}.dzwww.example-r26.com/xq/{when:%Y%m}/t{when:%Y%m%d}_{item}.htm")


@unseen26("cqnews_quxian_xinchongqing_kehuduan_xun")
def cqnews_quxian_xinchongqing_kehuduan_xun(story: Story) -> Wrapped:
    """华龙网's 区县 channel: `<title>` headline_华龙网 (district_区县_华龙网 where the story has none), 新重庆客户端,
    您的位置, `h1.title` (absent where the story has none), 来源 and the time, 华龙网-新重庆客户端1月9日9时30分讯
    （通讯员 X） opening the first paragraph, 责任编辑, 相关阅读, the footer with 渝ICP备."""
    rng = _rng(story, "cqnews")
    district = rng.choice(["渝北区", "巴南区", "永川区", "綦江区"])
    day = story.published
    moment = _at(day, rng) if day else None
    correspondent, editor = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "华龙网"
    when = f"{_md(moment)}{moment.hour}时{moment.minute}分" if moment else ""
    opening = f"华龙网-新重庆客户端{when}讯（通讯员 {correspondent}）"
    nav = ["首页", "重庆", "区县", "财经", "文旅", "视频", "新重庆客户端"]
    related = _related(rng, day, 3)
    icp, police = _licences(rng, "渝")
    info = _join(
        [
            f'<span class="source">来源：{source}</span>',
            f'<span class="time">{moment:%Y-%m-%d %H:%M:%S}</span>' if moment else "",
        ],
        "",
    )
    heading = f'<h1 class="title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)}_华龙网" if story.headline else f"{district}_区县_华龙网"
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="//www.cqnews.example-r26.net/css/content.css">
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/">华龙网</a><ul class="menu">{
        "".join(f'<li><a href="/c{i}/">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div></div>
<div class="wrap">
<div class="crumb">您的位置：<a href="/">华龙网</a> &gt; <a href="/qx/">区县</a> &gt; <a href="/qx/{district}/">{
        district
    }</a>
</div>
<div class="article">
{heading}
<div class="info">{info}</div>
<div class="content" id="main_text">
{_opened(story.lines, opening)}
</div>
<p class="editor">责任编辑：{editor}</p>
</div>
<div class="related"><h3>相关阅读</h3><ul>{_lis(related, "/qx/")}</ul></div>
</div>
<div class="footer"><p>华龙网版权所有　未经授权禁止复制或建立镜像</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"您的位置：华龙网 > 区县 > {district}",
        opening,
        f"责任编辑：{editor}",
        "相关阅读" + "".join(t + d for t, d in related),
        "华龙网版权所有　未经授权禁止复制或建立镜像",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：华龙网",)
    item = rng.randrange(10**8, 10**9)
    return Wrapped(html, furniture, f"https://qx.cqnews.example-r26.net/{district}/content_{item}.html")


@unseen26("eastday_main_tit_zuozhe_xuangao")
def eastday_main_tit_zuozhe_xuangao(story: Story) -> Wrapped:
    """东方网's page: `<title>` headline-东方网 (东方网 where the story has none), the nav, `main_tit h1` (absent where
    the story has none), the time line (the time, 来源, 作者, 选稿), 东方网记者 X 1月9日报道： opening the first
    paragraph, 分享到, 相关新闻, the footer with 沪ICP备 and 违法和不良信息举报."""
    rng = _rng(story, "eastday")
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, chooser = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "东方网"
    opening = f"东方网记者{reporter}{_md(day) if day else ''}报道："
    nav = ["首页", "新闻", "上海", "财经", "国内", "长三角", "评论"]
    others = _pick(rng, OTHER_NEWS, 4)
    icp, police = _licences(rng, "沪")
    line = _join(
        [
            f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "",
            f"来源: {source}",
            f"作者: {reporter}",
            f"选稿: {chooser}",
        ],
        "&nbsp;&nbsp;&nbsp;",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}-东方网" if story.headline else "东方网"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="description" content="{escape(story.headline or "东方网")}" />
<link rel="stylesheet" href="//news.eastday.example-r26.com/css/detail.css" />
</head>
<body>
<div class="topnav"><div class="w1000"><a href="/" class="logo">东方网</a>{
        "".join(f'<a href="/{i}/">{n}</a>' for i, n in enumerate(nav))
    }</div></div>
<div class="w1000 detail">
<div class="main_tit">{heading}</div>
<div class="time grey12a fc lh22"><p class="fl">{line}</p></div>
<div id="zw" class="zw">
{_opened(story.lines, opening)}
</div>
<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul>{
        "".join(f'<li><a href="/a/{item - i - 1}.html">{t}</a></li>' for i, t in enumerate(others))
    }</ul></div>
</div>
<div class="footer"><p>东方网版权所有　{icp}　{police}</p><p>违法和不良信息举报电话：021-60850000</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        opening,
        f"作者: {reporter}",
        f"选稿: {chooser}",
        "分享到：微信微博QQ",
        "相关新闻" + "".join(others),
        "东方网版权所有",
        icp,
        police,
        "违法和不良信息举报电话：021-60850000",
    )
    furniture += () if story.outlet else ("来源: 东方网",)
    when = day or dt.date(2022, 4, 1)
    return Wrapped(html, furniture, f"https://news.eastday.example-r26.com/a/{when:%y%m%d}{item}.html")


@unseen26("ynet_beiqing_yearmsg_timemsg_sourcemsg")
def ynet_beiqing_yearmsg_timemsg_sourcemsg(story: Story) -> Wrapped:
    """北青网's page: `<title>` headline_北青网 (北青网 where the story has none), the nav, `articleTitle h1` (absent
    where the story has none), `yearMsg` / `timeMsg` / `sourceMsg` / `authorMsg`, the text, `articleEditor` 编辑：X,
    分享, 相关新闻, the footer with 北京青年报社主办 and 京ICP备."""
    rng = _rng(story, "ynet")
    day = story.published
    moment = _at(day, rng) if day else None
    author, editor = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "北京青年报"
    nav = ["首页", "北京", "国内", "财经", "区域", "教育", "汽车"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "京")
    spans = _join(
        [
            f'<span class="yearMsg">{moment:%Y-%m-%d}</span><span class="timeMsg">{moment:%H:%M:%S}</span>'
            if moment
            else "",
            f'<span class="sourceMsg">来源：{source}</span>',
            f'<span class="authorMsg">作者：{author}</span>',
        ],
        "",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}_北青网" if story.headline else "北青网"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="北青网,北京青年报">
<link rel="stylesheet" href="//i.ynet.example-r26.com/css/article.css">
</head>
<body>
<div class="header"><div class="w1200 cfx"><a class="logo" href="/">北青网</a><ul class="navList">{
        "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div></div>
<div class="w1200 cfx">
<div class="articleTitle">{heading}</div>
<div class="articleInfo cfx">{spans}</div>
<div class="articleBox cfx" id="articleBox">
{_ps(story.lines)}
</div>
<div class="articleEditor">编辑：{editor}</div>
<div class="articleShare">分享：<a class="share_wx">微信</a><a class="share_wb">微博</a></div>
<div class="relatedNews"><h3>相关新闻</h3><ul>{_lis(related, "/a/")}</ul></div>
</div>
<div class="footer"><p>北京青年报社主办　北青网版权所有</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"作者：{author}",
        f"编辑：{editor}",
        "分享：微信微博",
        "相关新闻" + "".join(t + d for t, d in related),
        "北京青年报社主办　北青网版权所有",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：北京青年报",)
    when = day or dt.date(2022, 8, 1)
    return Wrapped(html, furniture, f"https://news.ynet.example-r26.com/{when:%Y-%m/%d}/{item}t{item % 1000}.html")


@unseen26("cnhubei_xianshi_article_t_xun_bianji_bracket")
def cnhubei_xianshi_article_t_xun_bianji_bracket(story: Story) -> Wrapped:
    """荆楚网's 县市 channel: `<title>` headline - 荆楚网 - 湖北日报网 (county - … where the story has none), the nav,
    the crumb, `h1.article-t` (absent where the story has none), `article-info` (来源, 作者, the time),
    荆楚网（湖北日报网）讯（记者X 通讯员Y） opening the first paragraph, 【编辑：X】, 分享到, 相关新闻, the footer."""
    rng = _rng(story, "cnhubei")
    county = rng.choice(["大冶市", "枣阳市", "汉川市", "麻城市"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, correspondent, editor = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else "荆楚网"
    opening = f"荆楚网（湖北日报网）讯（记者{reporter} 通讯员{correspondent}）"
    nav = ["首页", "新闻", "湖北", "县市", "财经", "楚天号", "视频"]
    others = _pick(rng, OTHER_NEWS, 4)
    icp, police = _licences(rng, "鄂")
    year = _year_after(day, rng, dt.date(2022, 5, 1))
    info = _join(
        [
            f"<span>来源：{source}</span>",
            f"<span>作者：{reporter}</span>",
            f"<span>{moment:%Y-%m-%d %H:%M}</span>" if moment else "",
        ],
        "",
    )
    heading = f'<h1 class="article-t title">{headline_html(story)}</h1>' if story.headline else ""
    title = f"{escape(story.headline)} - 荆楚网 - 湖北日报网" if story.headline else f"{county} - 荆楚网 - 湖北日报网"
    item = rng.randrange(10**5, 10**6)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="//www.cnhubei.example-r26.com/css/article.css">
</head>
<body>
<div class="top-nav"><div class="container"><a class="logo" href="/">荆楚网</a>{
        "".join(f'<a href="/{i}/">{n}</a>' for i, n in enumerate(nav))
    }</div></div>
<div class="container">
<div class="crumb"><a href="/">荆楚网</a> &gt; <a href="/xs/">县市</a> &gt; <a href="/xs/{item % 89}/">{
        county
    }</a></div>
<div class="article-box">
{heading}
<div class="article-info">{info}</div>
<div class="article-content">
{_opened(story.lines, opening, ' style="text-indent:2em"')}
</div>
<p class="article-editor">【编辑：{editor}】</p>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>{
        "".join(f'<li><a href="/xs/{item - i}.html">{t}</a></li>' for i, t in enumerate(others))
    }</ul></div>
</div>
<div class="footer"><p>湖北日报传媒集团主办　荆楚网版权所有 © 2002-{year}</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"荆楚网 > 县市 > {county}",
        opening,
        f"作者：{reporter}",
        f"【编辑：{editor}】",
        "分享到：微信微博QQ空间",
        "相关新闻" + "".join(others),
        f"湖北日报传媒集团主办　荆楚网版权所有 © 2002-{year}",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：荆楚网",)
    when = day or dt.date(2022, 5, 1)
    return Wrapped(html, furniture, f"http://news.cnhubei.example-r26.com/xs/{when:%Y%m%d}/p{item}.html")


@unseen26("scol_shizhou_chuanguan_jizhe_line_xiazai")
def scol_shizhou_chuanguan_jizhe_line_xiazai(story: Story) -> Wrapped:
    """四川在线's 市州 channel: `<title>` headline - 四川在线 (city频道 - 四川在线 where the story has none), the nav
    with 川观新闻, the crumb, the `<h1>` (absent where the story has none), the time and 来源 (川观新闻 where the story
    names none), a 川观新闻记者 X line opening the text, 编辑/责任编辑 after it, 下载川观新闻, 相关新闻, the footer."""
    rng = _rng(story, "scol")
    city = rng.choice(["绵阳", "宜宾", "南充", "德阳"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, editor, chief = rng.sample(NAMES, 3)
    source = escape(story.outlet) if story.outlet else "川观新闻"
    nav = ["首页", "四川", "市州", "财经", "川观新闻", "视频", "专题"]
    related = _related(rng, day, 3)
    icp, police = _licences(rng, "川")
    info = _join(
        [f"<span>{moment:%Y-%m-%d %H:%M}</span>" if moment else "", f"<span>来源：{source}</span>"],
        "",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)} - 四川在线" if story.headline else f"{city}频道 - 四川在线"
    item = rng.randrange(10**7, 10**8)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{city},四川在线">
<link rel="stylesheet" href="//www.scol.example-r26.com.cn/css/article.css">
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/">四川在线</a><ul class="nav">{
        "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div></div>
<div class="wrap">
<div class="bread"><a href="/">四川在线</a> &gt; <a href="/sz/">市州</a> &gt; <a href="/sz/{city}/">{city}</a></div>
<div class="article">
{heading}
<div class="article-info">{info}</div>
<div class="article-body" id="scolcontent">
<p>川观新闻记者 {reporter}</p>
{_ps(story.lines)}
<p class="editor">编辑：{editor}　责任编辑：{chief}</p>
</div>
<div class="app-card"><a href="/app/">下载川观新闻，看更多四川新闻</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>{_lis(related, f"/sz/{city}/")}</ul></div>
</div>
<div class="footer"><p>四川日报网络传媒发展有限公司　版权所有</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"四川在线 > 市州 > {city}",
        f"川观新闻记者 {reporter}",
        f"编辑：{editor}　责任编辑：{chief}",
        "下载川观新闻，看更多四川新闻",
        "相关新闻" + "".join(t + d for t, d in related),
        "四川日报网络传媒发展有限公司　版权所有",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：川观新闻",)
    return Wrapped(html, furniture, f"https://{city}.scol.example-r26.com.cn/sz/{item}.html")


@unseen26("jxnews_gbk_biaoti_div_xun_jizhe_baodao")
def jxnews_gbk_biaoti_div_xun_jizhe_baodao(story: Story) -> Wrapped:
    """中国江西网's city channel, in GBK: `<title>` headline_中国江西网 (city_中国江西网 where the story has none), the
    nav, the crumb, the headline a `<div class="biaoti">` (absent where the story has none), the info line (the time,
    来源, 作者), 中国江西网讯 记者X报道： opening the first paragraph, 责任编辑, the footer with 赣ICP备."""
    rng = _rng(story, "jxnews")
    city = rng.choice(["赣州", "九江", "上饶", "宜春"])
    day = story.published
    moment = _at(day, rng) if day else None
    reporter, editor = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "中国江西网"
    opening = f"中国江西网讯 记者{reporter}报道："
    nav = ["首页", "新闻", "江西", "设区市", "财经", "评论", "图片"]
    others = _pick(rng, OTHER_NEWS, 4)
    icp, police = _licences(rng, "赣")
    info = _join(
        [
            f"{moment:%Y-%m-%d %H:%M}" if moment else "",
            f"来源：{source}",
            f"作者：{reporter}",
        ],
        "　",
    )
    heading = f'<div class="biaoti">{headline_html(story)}</div>' if story.headline else ""
    title = f"{escape(story.headline)}_中国江西网" if story.headline else f"{city}_中国江西网"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<link href="/css/content.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><a href="/" class="logo">中国江西网</a><span class="dh">{
        "".join(f'<a href="/{i}/">{n}</a>' for i, n in enumerate(nav))
    }</span></div>
<div class="main">
<div class="weizhi">您的位置：<a href="/">中国江西网</a> &gt; <a href="/sq/">设区市</a> &gt; <a
 href="/sq/{city}/">{city}</a></div>
{heading}
<div class="xinxi">{info}</div>
<div class="BodyLabel" id="BodyLabel">
{_opened(story.lines, opening)}
</div>
<div class="bianji">责任编辑：{editor}</div>
<div class="xgxw"><b>相关新闻</b><ul>{
        "".join(f'<li><a href="/sq/{item - i}.htm">{t}</a></li>' for i, t in enumerate(others))
    }</ul></div>
</div>
<div class="foot">江西日报社主办　中国江西网版权所有<br />{icp}　{police}</div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"您的位置：中国江西网 > 设区市 > {city}",
        opening,
        f"作者：{reporter}",
        f"责任编辑：{editor}",
        "相关新闻" + "".join(others),
        "江西日报社主办　中国江西网版权所有",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：中国江西网",)
    when = day or dt.date(2022, 2, 1)
    url = f"http://{city}.jxnews.example-r26.com.cn/system/{when:%Y/%m/%d}/0{item}.shtml"
    return Wrapped(_ncr(html, "gbk"), furniture, url, "gbk")


@unseen26("iqilu_shandian_xinwen_xun_info_spans")
def iqilu_shandian_xinwen_xun_info_spans(story: Story) -> Wrapped:
    """齐鲁网's city page: `<title>` headline-齐鲁网 (city-齐鲁网 where the story has none), the nav with 闪电新闻, the
    crumb, the `<h1>` (absent where the story has none), the info spans (the time, 来源 (闪电新闻 where the story names
    none), 作者, 编辑), 齐鲁网·闪电新闻1月9日讯 opening the first paragraph, 下载闪电新闻客户端, 相关新闻, the
    footer."""
    rng = _rng(story, "iqilu")
    city = rng.choice(["淄博", "德州", "聊城", "菏泽"])
    day = story.published
    moment = _at(day, rng) if day else None
    author, editor = rng.sample(NAMES, 2)
    source = escape(story.outlet) if story.outlet else "闪电新闻"
    opening = f"齐鲁网·闪电新闻{_md(day) if day else ''}讯　"
    nav = ["首页", "山东", "闪电新闻", "财经", "视频", "直播", "地市"]
    related = _related(rng, day, 4)
    icp, police = _licences(rng, "鲁")
    year = _year_after(day, rng, dt.date(2022, 9, 1))
    spans = _join(
        [
            f'<span class="time">{moment:%Y-%m-%d %H:%M:%S}</span>' if moment else "",
            f'<span class="source">来源：{source}</span>',
            f'<span class="author">作者：{author}</span>',
            f'<span class="editor">编辑：{editor}</span>',
        ],
        "",
    )
    heading = f"<h1>{headline_html(story)}</h1>" if story.headline else ""
    title = f"{escape(story.headline)}-齐鲁网" if story.headline else f"{city}-齐鲁网"
    item = rng.randrange(10**6, 10**7)
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="{city},齐鲁网,闪电新闻">
<link rel="stylesheet" href="//www.iqilu.example-r26.com/static/css/article.css">
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/">齐鲁网</a><ul class="nav">{
        "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(nav))
    }</ul></div></div>
<div class="w1200">
<div class="crumb"><a href="/">齐鲁网</a> &gt; <a href="/ds/">地市</a> &gt; <a href="/ds/{city}/">{city}</a></div>
<div class="section-cnt">
{heading}
<div class="info">{spans}</div>
<div class="article-main" id="context">
{_opened(story.lines, opening)}
</div>
<div class="app-down"><a href="/app/">下载闪电新闻客户端，了解更多山东新闻</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>{_lis(related, f"/ds/{city}/")}</ul></div>
</div>
<div class="footer"><p>山东广播电视台主办　齐鲁网版权所有 © 2006-{year}</p><p>{icp}　{police}</p></div>
</body>
</html>
"""
    furniture = (
        "".join(nav),
        f"齐鲁网 > 地市 > {city}",
        opening,
        f"作者：{author}",
        f"编辑：{editor}",
        "下载闪电新闻客户端，了解更多山东新闻",
        "相关新闻" + "".join(t + d for t, d in related),
        f"山东广播电视台主办　齐鲁网版权所有 © 2006-{year}",
        icp,
        police,
    )
    furniture += () if story.outlet else ("来源：闪电新闻",)
    when = day or dt.date(2022, 9, 1)
    return Wrapped(html, furniture, f"https://{city}.iqilu.example-r26.com/ds/{when:%Y/%m%d}/{item}.shtml")


DEV26, LOCKED26 = split_by_digest(UNSEEN26, "round 26/", locked=6)
