"""Twelve more page layouts written blind (round 16): before reading the HTML reader, and fixed against by nobody.

Round 16 is sealed: it is not scored when written. Once round 15 is spent, whoever next changes the web-page reader
scores it once, both halves, at the end of their work, and fixes nothing from its misses. Each layout is after a kind
of Chinese page met in the wild that rounds 1 to 15 did not draw, weighed toward the headline competing with text
that looks like one (a question, a prefixed title, an issue's name, a mail's subject), furniture inside the
article's own container, and outlets and dates in the forms real sites give them:

- a 百度知道-like question page in GBK: the question an `<h1>` asking for the text, the asker's note and a later day,
  the 推荐答案 pasting the headline, a 发布时间/来源 line and the text after 帮你找到了，原文如下：, closing
  with 望采纳, 你对这个回答的评价是？, other answers with their days, 相关问题 that ask like headlines;
- a 简书-like note reposted by a person: the `<h1>`, the author's card with 关注, a meta line of 钻 count, the post's
  time as 2021.01.09 09:30:12 (that day or a later one), 字数 and 阅读, a blockquote naming the outlet, 赞赏支持, the
  ©著作权 line and 平台声明, 被以下专题收入, 推荐阅读 with 阅读 counts, `__NEXT_DATA__` with first_shared_at;
- a 公文范文网 page: the speech's title an `<h1>` (a made-up one where the story has none), 时间/来源/作者 and
  本文已影响 N 人, a 【导语】 `<p>` naming the title before the text, an anti-copy 本文来源：address `<p>` in the
  middle of the text, 相关文章 under the title, 下载Word文档, 本文Tags, 热门范文;
- a 公考 site's 申论素材 page: the `<h1>` the headline behind 申论热点素材： (or the like), 来源 (the site where the
  story names none), 发布时间 and 编辑, a 免费领取 course box, 【素材原文】 before the text and 【素材点评】,
  【适用话题】, 【运用示例】 as the same `<p>`s after it, 相关推荐 titles, a 预约试听 form;
- a 政务微博 status on m.weibo.cn saved after rendering: `<title>` 微博, the account an `<h3>`, the day only, 来自
  微博 weibo.com, the text one `<div>` of `<br />`-joined lines opened by a #话题# link and 【headline】, 转发/评论/赞,
  热门评论, and `$render_data` holding created_at as Sat Jan 09 09:30:00 +0800 2021;
- a 专题 feature on a 融媒 site whose headline is only a designed title picture's `alt`: the `<title>` and a banner
  `<h2>` the 专题's name, 专题 tabs, 发布时间 and 来源 under the picture, 上一篇/下一篇 and 一线传真 titles in text;
- a 发改局 page saved with SingleFile: the `Page saved with SingleFile` comment with the address and a later saved
  date, a content-security-policy `<meta>`, pictures as data: addresses, the headline an `<h2>`, 作者 (an editor) |
  来源 | 时间 | 阅读 after `|`s, 【收藏】【打印】【关闭】, 相关信息 titles with their days;
- a 内蒙古 旗 portal in Chinese and Mongolian script: the site's name and every menu item twice, a vertical
  Mongolian column label, 蒙古文版/汉文版 switches, a 蒙古文字体 note, the headline a `<div>`, 发布时间/来源/浏览次数,
  蒙ICP备 and 蒙公网安备;
- a 投资促进局 site's 工作简报 page: the site's `<h1>` and `<title>` the issue (招商引资工作简报（第N期）), a red
  masthead, 第N期（总第M期）, the office and 2021年1月9日 on one line, an optional 【编者按】, the headline a bold
  centred `<p>`, （X供稿）, then 报：/送：/发： lines, the office's 印发 line and （共印N份）;
- a 哔哩哔哩专栏-like article: a category link over the `<h1>`, 2021年01月09日 09:30 and 阅读, the UP主's card (the
  outlet, or the 融媒 account where the story names none) with 粉丝 and 文章 counts, 本文为我原创 or 本文禁止转载或摘编,
  tags, 点赞/投币/收藏, comments with later days, `__INITIAL_STATE__` holding publish_time and an earlier ctime;
- a 网页邮箱's 读信 page of a 投稿 mail: 【投稿】headline as the subject, 发件人/时间 as 2021年1月9日(星期六)
  下午4:36/收件人/附件 rows, an external-mail warning, the body pasted from Word (a greeting, the headline bold and
  centred, the lines, a signature with 供稿 or the sender's office and a phone), the headline again as the
  attachment's file name, 快速回复;
- a uni-app H5 build of a county app: `<uni-page-head>` 资讯详情 as the bar and `<title>`, the headline a
  `<uni-view>`'s `<uni-text>`, the outlet and 2021-01-09 09:30 unlabelled `<uni-text>`s with N阅读, the text in
  `<uni-rich-text>`, a 版权 line, 点赞, 相关推荐 with their sources and days, 写评论, a `<uni-tabbar>`, the
  noscript line.

Where a story names no outlet, pages whose kind always names a source show their own (the 范文网's 网友投稿, the
公考 site, the sender's office, the 发布 or 融媒 account), listed as furniture; where it names no headline, pages
whose kind always shows a title show a made-up one (the 范文网's, the 公考 site's, the mail's subject), listed as
furniture.

The split is fixed by a rule set before anything is scored: the six layouts whose names have the smallest SHA-256
digests of "round 16/" + name are `LOCKED16`, the other six `DEV16`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from layouts.families import (
    COMMENTS,
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
from layouts.page_parts import _at, _join, _ps, _script_json, _shifted
from layouts.unseen import _gbk_safe

UNSEEN16: dict[str, Layout] = {}
NAMES = ["滕韶华", "仉文静", "毋建新", "亓晓红", "鄢振东", "麴美玲"]
WEEKDAYS = "一二三四五六日"
WEEK_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
QUESTIONS = [
    "{place}前几天开的招商引资大会，新闻原文在哪里能看到？",
    "求{place}这次招商会议的新闻稿全文，写材料要用",
    "有没有人知道{place}招商大会那篇报道的原文？",
]
ASKER_NOTES = [
    "单位让写学习体会，网上只搜到片段，哪位好心人发一下全文，谢谢！",
    "在朋友圈看到截图，想找完整的文字版，麻烦大家了。",
    "领导让整理一份参考材料，急用，在线等。",
]
OTHER_ANSWERS = [
    "去{place}人民政府网站的新闻动态栏目里找，一般当天就挂出来了。",
    "关注当地融媒体中心的公众号，历史消息里有原文。",
    "这种稿子本地日报也会登，去数字报里按标题搜一下就行。",
]
RELATED_QUESTIONS = [
    "招商引资工作会议上的讲话稿一般怎么写？",
    "全员招商是什么意思，具体怎么落实？",
    "县里的招商引资考核指标有哪些？",
    "签约项目和落地项目有什么区别？",
    "优化营商环境可以从哪些方面入手？",
]
JIANSHU_AUTHORS = ["青禾说事", "一只写材料的猫", "县城观察员"]
JIANSHU_TOPICS = ["县域经济", "公文写作", "家乡那些事", "时事观察"]
FANWEN_HOT = [
    "年度个人工作总结开头语精选",
    "基层干部述职述廉报告范文",
    "专题组织生活会个人发言材料",
    "疫情防控工作心得体会五篇",
]
SHENLUN_NOTES = [
    "【素材点评】招商引资是县域经济发展的“生命线”。材料从项目引进、服务保障、考核激励等方面展现了地方抓招商的"
    "做法，可用于论证“以项目建设推动高质量发展”的观点。",
    "【素材点评】这则材料体现了“营商环境就是生产力”的理念，写作时可从政府职能转变、干部作风建设两个角度展开，"
    "注意结合材料中的具体做法。",
]
SHENLUN_TOPICS = "【适用话题】营商环境　县域经济　高质量发展　干部担当"
SHENLUN_EXAMPLE = (
    "【运用示例】“引进一个项目，带动一个产业，富裕一方百姓。”只有把招商引资摆在更加突出的位置，"
    "以“店小二”式服务留住企业，才能为地方发展注入源源不断的动力。"
)
SHENLUN_RELATED = [
    "申论热点：乡村振兴如何破解“人才荒”",
    "申论大作文高分开头的五种写法",
    "申论热点：数字政府建设的基层实践",
    "国考申论归纳概括题答题技巧",
]
TOPICS = ["“招商引资攻坚年”专题", "“项目建设年”专题报道", "“双招双引”在行动"]
BANNERS = [
    ("乌兰塔拉旗", "ᠤᠯᠠᠭᠠᠨᠲᠠᠯᠠ ᠬᠣᠰᠢᠭᠤ"),
    ("哈达图旗", "ᠬᠠᠳᠠᠲᠤ ᠬᠣᠰᠢᠭᠤ"),
    ("宝音图旗", "ᠪᠤᠶᠠᠨᠲᠤ ᠬᠣᠰᠢᠭᠤ"),
]
MONGOLIAN_GOVERNMENT = "ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ"
MONGOLIAN_MENU = [
    ("首页", "ᠨᠢᠭᠤᠷ ᠬᠠᠭᠤᠳᠠᠰᠤ"),
    ("政务公开", "ᠵᠠᠰᠠᠭ ᠤᠨ ᠠᠵᠢᠯ ᠢ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ"),
    ("新闻中心", "ᠮᠡᠳᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ"),
    ("政务服务", "ᠵᠠᠰᠠᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ"),
    ("互动交流", "ᠬᠠᠷᠢᠯᠴᠠᠨ ᠶᠠᠷᠢᠯᠴᠠᠬᠤ"),
]
MONGOLIAN_COLUMN = "ᠬᠥᠷᠥᠩᠭᠡ ᠣᠷᠣᠭᠤᠯᠤᠯᠲᠠ ᠲᠠᠲᠠᠬᠤ"
BILI_CATEGORIES = ["社科·法律·心理", "知识·社会观察", "生活·家乡风物"]
BILI_TAGS = ["政务", "家乡", "经济", "招商"]
DATA_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5E"
    "rkJggg=="
)


def unseen16(name: str) -> Callable[[Layout], Layout]:
    return layout(name, into=UNSEEN16)


def _epoch(moment: dt.datetime) -> int:
    """Seconds since the epoch of a Beijing-time moment."""
    return int(moment.replace(tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp())


# ---------------------------------------------------------------- questions, notes and copies


@unseen16("baidu_zhidao_best_answer_paste")
def baidu_zhidao_best_answer_paste(story: Story) -> Wrapped:
    """A 百度知道-like question page in GBK: the question an `<h1>` asking for the text, the 推荐答案 pasting the
    headline, a 发布时间/来源 line and the text after 原文如下：, 望采纳 and 你对这个回答的评价是？, other answers with
    their days, 相关问题 that ask like headlines."""
    rng = _rng(story, "zhidao")
    place = rng.choice(PLACES)
    site = "百晓知道"
    question = rng.choice(QUESTIONS).format(place=place)
    note = rng.choice(ASKER_NOTES)
    asker = rng.choice(["匿名用户", "小城写手", "wx_青柠"])
    asked = _shifted(story.published, rng.randrange(1, 6)) or dt.date(2021, 9, 3)
    answered = asked + dt.timedelta(days=rng.randrange(0, 3))
    asked_line = f"{asker}　{asked:%Y-%m-%d}　浏览{rng.randrange(50, 3000)}次"
    answerer = rng.choice(["热心网友", "知行合一", "文山墨客"])
    badge = f"{answerer}　知道达人 {rng.randrange(5, 12)}级　采纳数：{rng.randrange(30, 900)}"
    lead = "帮你找到了，原文如下："
    closing = "以上是全文，希望对你有帮助，望采纳！"
    pasted = [headline_html(story)] if story.headline else []
    info = _join(
        [
            f"发布时间：{story.published:%Y-%m-%d}" if story.published else "",
            f"来源：{escape(story.outlet)}" if story.outlet else "",
        ]
    )
    pasted += [info] if info else []
    pasted += [escape(line) for line in story.lines]
    if rng.random() < 0.5:
        answer = "<br>\n".join([lead, *pasted, closing])
    else:
        answer = "\n".join(f"<p>{part}</p>" for part in [lead, *pasted, closing])
    others = [text.format(place=place) for text in _pick(rng, OTHER_ANSWERS, 2)]
    other_days = [answered + dt.timedelta(days=rng.randrange(1, 20)) for _ in others]
    other_html = "".join(
        f'<div class="answer"><div class="line"><span class="name">网友{rng.randrange(100, 999)}</span>'
        f'<span class="time">{day:%Y-%m-%d}</span></div><div class="answer-text">{text}</div></div>'
        for text, day in zip(others, other_days, strict=True)
    )
    related = _pick(rng, RELATED_QUESTIONS, 4)
    judge = "已赞过　已踩过　你对这个回答的评价是？　评论　收起"
    html = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>{question}_{site}</title>
<meta name="description" content="{question}"></head><body>
<div id="userbar"><a href="#">登录</a>　<a href="#">注册</a>　<a href="#">商城</a></div>
<div class="header"><a class="logo" href="/">{site}</a><form><input name="word" value=""><button>搜索答案</button>
<button>我要提问</button></form></div>
<div class="nav"><a href="#">首页</a><a href="#">问题</a><a href="#">全部问题</a><a href="#">经济金融</a>
<a href="#">政务</a><a href="#">教育</a><a href="#">知道日报</a></div>
<div class="container"><div class="question-box">
<h1 class="question-title"><span class="ask-title">{question}</span></h1>
<div class="line q-content"><span class="con">{note}</span></div>
<div class="line f-aid">{asked_line}</div>
<div class="wgt-ask-btn"><a href="#">我来答</a>　<a href="#">分享</a>　<a href="#">举报</a></div></div>
<div class="best-answer"><div class="wgt-best-mask"><span class="best-label">推荐答案</span>
<span class="time">推荐于{answered:%Y-%m-%d}</span></div>
<div class="wgt-replyer">{badge}</div>
<div class="best-text mb-10">{answer}</div>
<div class="evaluate">{judge}</div></div>
<div class="other-answers"><h3>其他{len(others)}条回答</h3>{other_html}</div>
<div class="related"><h3>为你推荐：</h3><ul>{"".join(f"<li>{q}</li>" for q in related)}</ul></div></div>
<div class="footer">©{answered.year} {site}　使用前必读　知道协议　企业知道</div></body></html>"""
    furniture = (question, note, asked_line, f"推荐于{answered:%Y-%m-%d}", badge, lead, closing, judge, *others)
    furniture += ("搜索答案我要提问", "我来答　分享　举报", *related, "使用前必读　知道协议")
    url = f"https://zhidao.example-r16.com/question/{rng.randrange(10**8, 10**9)}.html"
    return Wrapped(_gbk_safe(html), furniture, url, "gbk")


@unseen16("jianshu_diamond_meta_zanshang")
def jianshu_diamond_meta_zanshang(story: Story) -> Wrapped:
    """A 简书-like note reposted by a person: the `<h1>`, the author with 关注, 钻 count, the post's time as
    2021.01.09 09:30:12 (that day or later), 字数 and 阅读, a blockquote naming the outlet, 赞赏支持, ©著作权, 平台声明,
    专题, 推荐阅读 with 阅读 counts, `__NEXT_DATA__` with first_shared_at."""
    rng = _rng(story, "jianshu")
    author = rng.choice(JIANSHU_AUTHORS)
    same_day = story.published is not None and rng.random() < 0.5
    posted = story.published if same_day else _shifted(story.published, rng.randrange(2, 30))
    moment = _at(posted or dt.date(2021, 7, 21), rng)
    updated = moment + dt.timedelta(days=rng.randrange(1, 40), hours=rng.randrange(1, 9))
    diamond = f"{rng.randrange(0, 3)}.{rng.randrange(100, 999)}"
    words = sum(len(line) for line in story.lines)
    reads = rng.randrange(20, 5000)
    meta = [diamond, f"{moment:%Y.%m.%d %H:%M:%S}", f"字数 {words:,}", f"阅读 {reads:,}"]
    quote = ""
    if story.outlet or (story.published and not same_day):
        shown = f"{story.published.year}年{story.published.month}月{story.published.day}日" if story.published else ""
        quote = _join([f"来源：{escape(story.outlet)}" if story.outlet else "", shown])
    card = (
        f"总资产{rng.randrange(1, 90)}共写了{rng.randrange(2, 90)}.{rng.randrange(10)}W字"
        f"获得{rng.randrange(10, 900)}个赞共{rng.randrange(5, 600)}个粉丝"
    )
    topics = _pick(rng, JIANSHU_TOPICS, 2)
    recommended = _pick(rng, OTHER_NEWS, 3)
    recommended_rows = [f"{t}　阅读 {rng.randrange(100, 9000)}" for t in recommended]
    gift = "“小礼物走一走，来简书关注我”"
    rights = "© 著作权归作者所有,转载或内容合作请联系作者"
    statement = (
        "平台声明：文章内容（如有图片或视频亦包括在内）由作者上传并发布，文章内容仅代表作者本人观点，"
        "简书系信息发布平台，仅提供信息存储服务。"
    )
    data = {
        "props": {
            "initialState": {
                "note": {
                    "data": {
                        "id": rng.randrange(10**7, 10**8),
                        "slug": f"{rng.randrange(16**12):012x}",
                        "public_title": story.headline or "",
                        "first_shared_at": _epoch(moment),
                        "last_updated_at": _epoch(updated),
                        "wordage": words,
                        "views_count": reads,
                        "user": {"nickname": author},
                    }
                }
            }
        },
        "page": "/p/[slug]",
    }
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{headline_html(story)} - 简书</title><meta name="description" content="{escape(story.lines[0][:80])}">
</head><body><div id="__next"><header class="_1KAqU8"><a href="/">简书</a><a href="/">首页</a>
<a href="#">下载App</a><a href="#">会员</a><a href="#">IT技术</a><input placeholder="搜索"><a href="#">登录</a>
<a href="#">注册</a><a class="write" href="#">写文章</a></header>
<div class="_3VRLsv"><div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku">{headline_html(story)}</h1>
<div class="rEsl9f"><div class="_2mYfmT"><a class="_1OhGeD" href="#">{author}</a>
<button class="_3kba3h">关注</button></div>
<div class="s-dsoj"><span class="_3tCVn5"><i class="anticon-diamond"></i><span>{diamond}</span></span>
<time datetime="{moment:%Y-%m-%dT%H:%M:%S}+08:00">{meta[1]}</time><span>{meta[2]}</span><span>{meta[3]}</span>
</div></div>
<article class="_2rhmJa">{f"<blockquote><p>{quote}</p></blockquote>" if quote else ""}
{_ps(story.lines)}
</article><div class="_2BOzS3">{rights}</div></section>
<div class="_19DgIp"><p>{gift}</p><button class="_1OyPqC">赞赏支持</button><p>还没有人赞赏，支持一下</p></div>
<div class="_13lIbp"><a href="#">{author}</a><p>{card}</p></div>
<div class="d0hShY"><p>{statement}</p></div>
<section class="_3Z3nHf"><h3>被以下专题收入，发现更多相似内容</h3>{"".join(f"<a>{t}</a>" for t in topics)}</section>
<section class="_3Z3nHf"><h3>推荐阅读</h3><ul>{"".join(f"<li>{row}</li>" for row in recommended_rows)}</ul></section>
</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{_script_json(data)}</script></body></html>"""
    furniture = ("下载App", author, f"{meta[2]}{meta[3]}", rights, gift, "赞赏支持", "还没有人赞赏，支持一下", card)
    furniture += (statement, "被以下专题收入，发现更多相似内容", *recommended_rows)
    return Wrapped(html, furniture, f"https://www.example-r16-jianshu.com/p/{rng.randrange(16**12):012x}")


@unseen16("fanwen_daoyu_midtext_source_tags")
def fanwen_daoyu_midtext_source_tags(story: Story) -> Wrapped:
    """A 公文范文网 page: the speech's title an `<h1>` (made up where the story has none), 时间/来源/作者 and 本文已影响
    N 人, a 【导语】 `<p>` naming the title, an anti-copy 本文来源：address `<p>` mid-text, 相关文章, 下载Word, Tags."""
    rng = _rng(story, "fanwen")
    place = rng.choice(PLACES)
    site = "文秘范文网"
    column = rng.choice(["领导讲话", "会议讲话", "讲话致辞"])
    made_up = f"{place}招商引资工作会议讲话稿"
    title = story.headline or made_up
    posted = _at(story.published or dt.date(2021, 11, 2), rng)
    source = escape(story.outlet) if story.outlet else "网友投稿"
    author = rng.choice(["admin", "文秘君", "小编"])
    influence = f"本文已影响 {rng.randrange(1000, 90000):,} 人"
    info = _join([f"时间：{posted:%Y-%m-%d %H:%M:%S}", f"来源：{source}", f"作者：{author}", influence])
    number = rng.randrange(10**5, 10**6)
    daoyu = f"【导语】{title}是{site}为大家整理的{column}范文，仅供参考，欢迎阅读与借鉴。"
    copy = f"本文来源：https://www.example-r16-fanwen.cn/jianghua/{number}.html"
    lines = [escape(line) for line in story.lines]
    if len(lines) >= 3:
        lines.insert(len(lines) // 2, copy)
    related = [
        f"在{place}招商引资工作推进会上的讲话",
        f"{place}招商引资项目集中签约仪式致辞",
        f"{place}分管领导在招商引资调度会上的讲话",
        "招商引资工作表态发言材料（精选3篇）",
    ]
    hot = _pick(rng, FANWEN_HOT, 3)
    icp, _police = _numbers(rng)
    nav = "首页　工作总结　工作计划　讲话稿　心得体会　述职报告　演讲稿　合同范本"
    crumb = f"当前位置：{site} > 讲话稿 > {column} > 正文"
    download = "下载Word文档　温馨提示：下载的文档为Word格式，可直接编辑打印"
    tags = f"本文Tags：讲话稿,{column},招商引资"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}_{site}</title>
<meta name="keywords" content="{escape(title)},讲话稿,{column}"></head><body>
<div class="top"><div class="logo">{site}</div>
<form class="so"><input placeholder="搜索范文"><button>搜索</button></form></div>
<div class="nav">{"".join(f"<a href='#'>{m}</a>" for m in nav.split("　"))}</div>
<div class="main"><div class="left"><div class="crumb">{crumb.replace(">", "&gt;")}</div>
<div class="article"><h1>{escape(title)}</h1><div class="info">{info}</div>
<div class="content"><p>{escape(daoyu)}</p>
{"".join(f"<p>{line}</p>" for line in lines)}
</div>
<div class="down"><a class="btn" href="#">下载Word文档</a><p>温馨提示：下载的文档为Word格式，可直接编辑打印</p></div>
<div class="tags">{tags}</div>
<div class="xiangguan"><h3>{escape(title)}相关文章：</h3>
<ul>{"".join(f"<li>{t}</li>" for t in related)}</ul></div></div></div>
<div class="right"><h3>热门范文</h3><ul>{"".join(f"<li>{t}</li>" for t in hot)}</ul></div></div>
<div class="footer">Copyright © 2012-{posted.year} {site} 版权所有　{icp}
<br>本站部分文章来自网络，如有侵权请联系删除</div>
</body></html>"""
    furniture = (
        nav,
        crumb,
        f"作者：{author}",
        influence,
        daoyu,
        download,
        tags,
        f"{title}相关文章：",
        *related,
        "热门范文",
        *hot,
    )
    furniture += (icp, "本站部分文章来自网络，如有侵权请联系删除")
    furniture += (copy,) if len(story.lines) >= 3 else ()
    furniture += () if story.outlet else ("网友投稿",)
    furniture += () if story.headline else (made_up,)
    return Wrapped(html, furniture, f"https://www.example-r16-fanwen.cn/jianghua/{number}.html")


@unseen16("gongkao_shenlun_prefix_sucai_notes")
def gongkao_shenlun_prefix_sucai_notes(story: Story) -> Wrapped:
    """A 公考 site's 申论素材 page: the `<h1>` the headline behind 申论热点素材：, 来源 (the site where the story
    names none), 发布时间 and 编辑, a 免费领取 box, 【素材原文】 before the text, 【素材点评】【适用话题】【运用示例】
    after it."""
    rng = _rng(story, "shenlun")
    site = rng.choice(["华通公考网", "启明公考", "上岸教育"])
    prefix = rng.choice(["申论热点素材：", "申论素材积累：", "申论热点："])
    made_up = f"领导讲话里的招商引资（第{rng.randrange(2, 30)}期）"
    heading = prefix + (headline_html(story) if story.headline else made_up)
    posted = _at(story.published or dt.date(2021, 10, 15), rng)
    source = escape(story.outlet) if story.outlet else site
    editor = rng.choice(NAMES)
    info = _join([f"来源：{source}", f"发布时间：{posted:%Y-%m-%d %H:%M}", f"编辑：{editor}"])
    hotline = f"400-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    box = f"【免费领取】{posted.year}年省考申论高分范文100篇（PDF版）"
    note = rng.choice(SHENLUN_NOTES)
    more = f"更多申论热点素材，请关注{site}申论频道"
    form = "预约免费试听　姓名　手机号　报考地区　立即预约"
    icp, _police = _numbers(rng)
    nav = "首页　考试公告　职位表　报名入口　申论　行测　面试　课程"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{heading}_{site}</title></head><body>
<div class="topbar">公务员　事业单位　教师招聘　选调生　<span>咨询热线：{hotline}</span></div>
<div class="header"><a class="logo" href="/">{site}</a></div>
<div class="nav">{"".join(f"<a href='#'>{m}</a>" for m in nav.split("　"))}</div>
<div class="wrap"><div class="crumb">您的位置：首页 &gt; 申论 &gt; 申论热点</div>
<div class="article"><h1>{heading}</h1><div class="info">{info}</div>
<div class="kc-ad"><p>{box}</p><a href="#">点击领取</a></div>
<div class="art-con"><p><strong>【素材原文】</strong></p>
{_ps(story.lines)}
<p>{note}</p>
<p>{SHENLUN_TOPICS}</p>
<p>{SHENLUN_EXAMPLE}</p>
<p>{more}</p></div>
<div class="xgtj"><h3>相关推荐</h3><ul>{"".join(f"<li>{t}</li>" for t in SHENLUN_RELATED)}</ul></div>
<div class="yuyue"><h3>预约免费试听</h3><p>姓名</p><p>手机号</p><p>报考地区</p><button>立即预约</button></div>
</div></div>
<div class="float"><a href="#">在线咨询</a><a href="#">领取资料</a></div>
<div class="footer">{site} 版权所有　{icp}</div></body></html>"""
    furniture = (
        f"咨询热线：{hotline}",
        nav,
        "您的位置：首页>申论>申论热点",
        prefix,
        f"编辑：{editor}",
        box,
        "点击领取",
    )
    furniture += ("【素材原文】", note, SHENLUN_TOPICS, SHENLUN_EXAMPLE, more, "相关推荐", *SHENLUN_RELATED, form, icp)
    furniture += () if story.outlet else (site,)
    furniture += () if story.headline else (made_up,)
    return Wrapped(html, furniture, f"https://www.example-r16-gongkao.cn/shenlun/{rng.randrange(10**6)}.html")


# ---------------------------------------------------------------- accounts on platforms


@unseen16("m_weibo_render_data_status")
def m_weibo_render_data_status(story: Story) -> Wrapped:
    """A 政务微博 status on m.weibo.cn saved after rendering: `<title>` 微博, the account an `<h3>`, the day only,
    来自 微博 weibo.com, the text `<br />`-joined lines opened by a #话题# link and 【headline】, 转发/评论/赞,
    热门评论, `$render_data` holding created_at as Sat Jan 09 09:30:00 +0800 2021."""
    rng = _rng(story, "m_weibo")
    place = rng.choice(PLACES)
    account = escape(story.outlet) if story.outlet else f"{place}发布"
    topic = f"#{place}新闻#"
    moment = _at(story.published or dt.date(2021, 6, 18), rng)
    created = (
        f"{WEEK_EN[moment.weekday()]} {MONTH_EN[moment.month - 1]} {moment.day:02d} {moment:%H:%M:%S} +0800 "
        f"{moment.year}"
    )
    shown = f"{moment:%Y-%m-%d}"
    link = (
        f"<a href='https://m.weibo.cn/search?containerid=231522type%3D1%26q%3D%23{rng.randrange(10**6)}%23'>"
        f"<span class='surl-text'>{topic}</span></a>"
    )
    lines = [escape(line) for line in story.lines]
    lead = f"【{headline_html(story)}】" if story.headline else ""
    text = f"{link}{lead}{'<br />'.join(lines)}"
    counts = {"转发": rng.randrange(2, 900), "评论": rng.randrange(2, 300), "赞": rng.randrange(10, 5000)}
    mid = rng.randrange(10**15, 10**16)
    render = [
        {
            "status": {
                "visible": {"type": 0, "list_id": 0},
                "created_at": created,
                "id": str(mid),
                "mid": str(mid),
                "text": text,
                "textLength": sum(len(line) for line in story.lines) * 2,
                "source": "微博 weibo.com",
                "favorited": False,
                "pic_ids": [],
                "user": {
                    "id": rng.randrange(10**9, 10**10),
                    "screen_name": story.outlet or f"{place}发布",
                    "verified": True,
                    "verified_type": 1,
                    "verified_reason": f"{place}人民政府新闻办公室官方微博",
                    "followers_count": rng.randrange(10**4, 10**6),
                },
                "reposts_count": counts["转发"],
                "comments_count": counts["评论"],
                "attitudes_count": counts["赞"],
                "isLongText": False,
            },
            "call": "GET_STATUS",
        }
    ]
    comments = _pick(rng, COMMENTS, 2)
    comment_days = [moment.date() + dt.timedelta(days=d) for d in sorted(rng.sample(range(0, 5), 2))]
    comment_html = "".join(
        f'<div class="card m-avatar-box lite-page-list"><div class="m-box-col"><h4>网友{rng.randrange(1000, 9999)}</h4>'
        f'<h3>{c}</h3><h4 class="time">{d.month}-{d.day}</h4></div></div>'
        for c, d in zip(comments, comment_days, strict=True)
    )
    footer = "".join(f'<div class="m-diy-btn"><h4>{what} {n}</h4></div>' for what, n in counts.items())
    prompt = "打开微博App，查看更多精彩评论"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no"><title>微博</title>
<link rel="stylesheet" href="https://h5.sinaimg.cn/m/weibo-lite/css/app.{rng.randrange(16**8):08x}.css"></head><body>
<div id="app" class="m-container-max"><div class="lite-topbar main-top">
<div class="nav-left"><i class="m-font-arrow-left"></i></div><div class="nav-main">微博正文</div></div>
<div class="main-wrap"><div class="card m-panel card9 weibo-member"><div class="card-wrap">
<header class="weibo-top m-box"><div class="m-img-box"><img alt="" src="https://tvax1.sinaimg.cn/crop.0.0.180.180.180/a.jpg">
<i class="m-icon m-icon-bluev"></i></div><div class="m-box-col m-box-dir m-box-center"><div class="m-text-box">
<a href="#"><h3 class="m-text-cut">{account}</h3></a>
<h4 class="m-text-cut"><span class="time">{shown}</span><span class="from">来自 微博 weibo.com</span></h4></div></div>
</header><article class="weibo-main"><div class="weibo-og"><div class="weibo-text">{text}</div></div></article>
<footer class="m-ctrl-box m-box-center-a">{footer}</footer></div></div>
<div class="lite-page-tab"><div class="tab-item">转发 {counts["转发"]}</div>
<div class="tab-item cur">评论 {counts["评论"]}</div>
<div class="tab-item">赞 {counts["赞"]}</div></div>
<div class="comment-content"><div class="card-title">热门评论</div>{comment_html}</div>
<div class="m-open-app">{prompt}</div></div></div>
<script>var config = {{"login": false, "st": "", "uid": ""}};
var $render_data = {_script_json(render)}[0] || {{}};</script>
<script src="https://h5.sinaimg.cn/m/weibo-lite/js/app.{rng.randrange(16**8):08x}.js"></script></body></html>"""
    furniture = ("微博正文", "来自 微博 weibo.com", topic, *(f"{w} {n}" for w, n in counts.items()), "热门评论")
    furniture += (*comments, prompt)
    furniture += () if story.outlet else (account,)
    return Wrapped(html, furniture, f"https://m.weibo.cn/detail/{mid}")


@unseen16("bilibili_zhuanlan_up_card_state")
def bilibili_zhuanlan_up_card_state(story: Story) -> Wrapped:
    """A 哔哩哔哩专栏-like article: a category link over the `<h1>`, 2021年01月09日 09:30 and 阅读, the UP主's card
    (the outlet, or a 融媒 account) with 粉丝/文章, 本文为我原创 or 本文禁止转载或摘编, tags, 点赞/投币/收藏,
    comments with later days, `__INITIAL_STATE__` holding publish_time and an earlier ctime."""
    rng = _rng(story, "bili")
    place = rng.choice(PLACES)
    up = escape(story.outlet) if story.outlet else f"{place}融媒"
    category = rng.choice(BILI_CATEGORIES)
    moment = _at(story.published or dt.date(2021, 5, 27), rng)
    created = moment - dt.timedelta(hours=rng.randrange(2, 30))
    reads = f"{rng.randrange(100, 20000)}阅读"
    fans = f"{rng.randrange(1, 90)}.{rng.randrange(10)}万粉丝"
    articles = f"{rng.randrange(20, 900)}文章"
    statement = "本文为我原创" if story.outlet and rng.random() < 0.6 else "本文禁止转载或摘编"
    tags = _pick(rng, BILI_TAGS, 3)
    actions = [f"{rng.randrange(5, 900)}点赞", f"{rng.randrange(1, 90)}投币", f"{rng.randrange(1, 300)}收藏", "分享"]
    comments = _pick(rng, COMMENTS, 2)
    comment_days = [moment.date() + dt.timedelta(days=d) for d in sorted(rng.sample(range(1, 12), 2))]
    comment_html = "".join(
        f'<div class="reply-item"><div class="user-name">{name}</div><div class="reply-content">{c}</div>'
        f'<div class="reply-info"><span class="reply-time">{d:%Y-%m-%d}</span></div></div>'
        for name, c, d in zip(["晚风不识字", "青山不老"], comments, comment_days, strict=True)
    )
    cv = rng.randrange(10**6, 10**7)
    state = {
        "readInfo": {
            "id": cv,
            "category": {"name": category},
            "title": story.headline or "",
            "author": {"mid": rng.randrange(10**8, 10**9), "name": story.outlet or f"{place}融媒"},
            "publish_time": _epoch(moment),
            "ctime": _epoch(created),
            "stats": {"view": int(reads[:-2]), "like": int(actions[0][:-2])},
            "words": sum(len(line) for line in story.lines),
        }
    }
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline_html(story)} - 哔哩哔哩</title>
<meta name="description" content="{escape(story.lines[0][:60])}"></head><body>
<div id="internationalHeader" class="bili-header"><a href="#">首页</a><a href="#">番剧</a><a href="#">直播</a>
<a href="#">游戏中心</a><a href="#">会员购</a><a href="#">漫画</a><input placeholder="搜索"><a href="#">大会员</a>
<a href="#">投稿</a></div>
<div id="app"><div class="article-detail"><div class="article-container"><div class="article-container__content">
<div class="title-container"><div class="category-link"><a href="#">{category}</a></div>
<h1 class="title">{headline_html(story)}</h1>
<div class="article-read-info"><span class="publish-text" data-ts="{_epoch(moment)}">{moment:%Y年%m月%d日 %H:%M}</span>
<span class="art-read">{reads}</span></div></div>
<div class="up-info-holder"><div class="up-info"><a class="up-name" href="#">{up}</a>
<span class="fans-num">{fans}</span><span class="article-num">{articles}</span><button>+ 关注</button></div></div>
<div id="read-article-holder" class="normal-article-holder read-article-holder">{_ps(story.lines)}</div>
<div class="article-footer"><p class="original">{statement}</p>
<ul class="tag-container">{"".join(f'<li class="tag-item"><span>{t}</span></li>' for t in tags)}</ul>
<div class="article-action">{"".join(f"<span>{a}</span>" for a in actions)}<a href="#">举报</a></div></div>
<div class="comment-wrapper"><div class="comment-header">评论 {len(comments)}　最热　最新</div>{comment_html}</div>
</div></div></div></div>
<script>window.__INITIAL_STATE__={_script_json(state)};(function(){{var s;(s=document.currentScript||document.scripts[
document.scripts.length-1]).parentNode.removeChild(s);}}());</script></body></html>"""
    furniture = ("番剧直播游戏中心会员购漫画", category, reads, fans, articles, statement)
    furniture += ("".join(actions), "最热　最新", *comments)
    furniture += () if story.outlet else (up,)
    return Wrapped(html, furniture, f"https://www.example-r16-bili.com/read/cv{cv}")


# ---------------------------------------------------------------- government sites and their captures


@unseen16("zhuanti_title_picture_alt_only")
def zhuanti_title_picture_alt_only(story: Story) -> Wrapped:
    """A 专题 feature on a 融媒 site whose headline is only a designed title picture's `alt`: the `<title>` and a
    banner `<h2>` the 专题's name, 专题 tabs, 发布时间 and 来源 under the picture, 上一篇/下一篇 and 一线传真 titles."""
    rng = _rng(story, "title_picture")
    place = rng.choice(PLACES)
    site = f"{place}融媒网"
    topic = rng.choice(TOPICS)
    number = rng.randrange(10**4, 10**5)
    folder = f"{(story.published or dt.date(2021, 4, 8)).year}zsyz"
    alt = escape(story.headline or "", quote=True)
    picture = f'<img src="/zt/{folder}/images/tit_{number}.png" alt="{alt}" width="760" height="96">'
    when = (
        f"{story.published:%Y年%m月%d日} {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}" if story.published else ""
    )
    info = _join([f"发布时间：{when}" if when else "", f"来源：{escape(story.outlet)}" if story.outlet else ""])
    tabs = "专题首页　重要部署　项目攻坚　一线传真　媒体聚焦"
    previous, following, *more = _pick(rng, OTHER_NEWS, 6)
    base = story.published or dt.date(2021, 4, 8)
    more_rows = [f"{t}　{base - dt.timedelta(days=d):%m-%d}" for t, d in zip(more, (2, 5, 9, 13), strict=True)]
    icp, police = _numbers(rng)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{topic}-{site}</title></head><body>
<div class="zt-top"><a href="/">{site}首页</a></div>
<div class="zt-banner"><img src="/zt/{folder}/images/banner.jpg" alt="{topic}"><h2>{topic}</h2></div>
<div class="zt-nav">{"".join(f"<a href='#'>{t}</a>" for t in tabs.split("　"))}</div>
<div class="zt-main"><div class="zt-article"><div class="zt-tit">{picture}</div>
<div class="zt-info">{info}</div>
<div class="zt-con">{_ps(story.lines, ' style="text-indent:2em"')}</div>
<div class="zt-page"><p>上一篇：<a href="#">{previous}</a></p><p>下一篇：<a href="#">{following}</a></p></div></div>
<div class="zt-side"><h3>一线传真</h3><ul>{"".join(f"<li>{row}</li>" for row in more_rows)}</ul></div></div>
<div class="zt-foot">主办：{place}融媒体中心　{icp}　{police}</div></body></html>"""
    furniture = (f"{site}首页", topic, tabs, f"上一篇：{previous}", f"下一篇：{following}", "一线传真", *more_rows)
    furniture += (f"主办：{place}融媒体中心", icp, police)
    return Wrapped(html, furniture, f"http://www.example-r16-rm{rng.randrange(10, 99)}.cn/zt/{folder}/{number}.html")


@unseen16("singlefile_saved_fagai_site")
def singlefile_saved_fagai_site(story: Story) -> Wrapped:
    """A 发改局 page saved with SingleFile: the comment with the address and a later saved date, a CSP `<meta>`,
    pictures as data: addresses, the headline an `<h2>`, 作者 (an editor) | 来源 | 时间 | 阅读,
    【收藏】【打印】【关闭】, 相关信息 titles with their days."""
    rng = _rng(story, "singlefile")
    place = rng.choice(PLACES)
    bureau = f"{place}发展和改革局"
    domain = f"fgj.example-r16-sf{rng.randrange(10, 99)}.gov.cn"
    day = story.published
    path = f"art/{day.year}/{day.month}/{day.day}" if day else "art/info"
    original = f"http://{domain}/{path}/art_{rng.randrange(1000, 9999)}_{rng.randrange(10**6, 10**7)}.html"
    saved = _at((day or dt.date(2021, 3, 2)) + dt.timedelta(days=rng.randrange(3, 200)), rng)
    saved_text = (
        f"{WEEK_EN[saved.weekday()]} {MONTH_EN[saved.month - 1]} {saved.day:02d} {saved.year} {saved:%H:%M:%S} "
        "GMT+0800 (中国标准时间)"
    )
    editor = rng.choice(NAMES)
    reads = f"阅读：{rng.randrange(30, 5000)}"
    info = _join(
        [
            f"作者：{editor}",
            f"来源：{escape(story.outlet)}" if story.outlet else "",
            f"时间：{day:%Y-%m-%d} {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}" if day else "",
            reads,
        ],
        " | ",
    )
    base = day or dt.date(2021, 2, 20)
    related = _pick(rng, OTHER_NEWS, 4)
    related_rows = [f"{t}　{base - dt.timedelta(days=d):%Y-%m-%d}" for t, d in zip(related, (1, 4, 8, 15), strict=True)]
    icp, police = _numbers(rng)
    menu = "首页　机构概况　政务公开　发展规划　项目建设　价格管理　互动交流"
    csp = (
        "default-src 'none'; font-src 'self' data:; img-src 'self' data:; style-src 'unsafe-inline'; "
        "media-src 'self' data:; script-src 'unsafe-inline' data:; object-src 'self' data:; frame-src 'self' data:;"
    )
    page_title = f"{story.headline} - {bureau}" if story.headline else bureau
    html = f"""<!DOCTYPE html> <html lang="zh-CN"><!--
 Page saved with SingleFile
 url: {original}
 saved date: {saved_text}
--><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="{csp}">
<style>img[src="data:,"],source[src="data:,"]{{display:none!important}}</style>
<title>{escape(page_title)}</title>
<style>body{{margin:0;font:14px/1.8 "Microsoft YaHei"}}.w1200{{width:1200px;margin:0 auto}}
.art-title{{font-size:26px;text-align:center}}.art-sub{{color:#888;text-align:center}}</style>
<meta name="referrer" content="no-referrer"><link rel="canonical" href="{original}"></head><body>
<div class="head w1200"><img src="{DATA_PNG}" alt="{bureau}">
<div class="search"><input value="请输入关键词"></div></div>
<div class="menu w1200">{"".join(f'<a href="http://{domain}/">{m}</a>' for m in menu.split("　"))}</div>
<div class="w1200"><div class="position">当前位置：<a href="http://{domain}/">首页</a> &gt; 新闻动态 &gt; 部门动态</div>
<div class="article"><h2 class="art-title">{headline_html(story)}</h2><div class="art-sub">{info}</div>
<div class="art-con">{_ps(story.lines)}</div>
<div class="art-tools">【收藏】【打印】【关闭】</div>
<div class="art-qr"><img src="{DATA_PNG}" alt="二维码"></div></div>
<div class="related"><h3>相关信息</h3><ul>{"".join(f"<li>{row}</li>" for row in related_rows)}</ul></div></div>
<div class="foot w1200"><p>主办单位：{bureau}　地址：{place}行政中心{rng.randrange(2, 9)}号楼</p>
<p>{icp}　{police}</p></div>
</body></html>"""
    furniture = (menu, "当前位置：首页>新闻动态>部门动态", f"作者：{editor}", reads, "【收藏】【打印】【关闭】")
    furniture += ("相关信息", *related_rows, f"主办单位：{bureau}", icp, police)
    return Wrapped(html, furniture, original)


@unseen16("menggu_bilingual_qi_portal")
def menggu_bilingual_qi_portal(story: Story) -> Wrapped:
    """A 内蒙古 旗 portal in Chinese and Mongolian script: the site's name and every menu item twice, a vertical
    Mongolian column label, 蒙古文版/汉文版 switches, a 蒙古文字体 note, the headline a `<div>`, 发布时间/来源/浏览次数,
    蒙ICP备 and 蒙公网安备."""
    rng = _rng(story, "menggu")
    banner, banner_mgl = rng.choice(BANNERS)
    site = f"{banner}人民政府"
    site_mgl = f"{banner_mgl} {MONGOLIAN_GOVERNMENT}"
    vertical = " style=\"writing-mode:vertical-lr;-webkit-writing-mode:vertical-lr;font-family:'Menksoft2012'\""
    menu = "".join(
        f'<li><a href="#"><span class="zh">{zh}</span><span class="mgl">{mgl}</span></a></li>'
        for zh, mgl in MONGOLIAN_MENU
    )
    when = (
        f"{story.published:%Y-%m-%d} {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}:00" if story.published else ""
    )
    views = f"浏览次数：{rng.randrange(30, 6000)}"
    info = "".join(
        f"<span>{part}</span>"
        for part in [
            f"发布时间：{when}" if when else "",
            f"来源：{escape(story.outlet)}" if story.outlet else "",
            views,
            "【字体：大 中 小】",
        ]
        if part
    )
    font_note = "如蒙古文显示不正常，请下载安装蒙古文字体"
    others = _pick(rng, OTHER_NEWS, 2)
    police = f"蒙公网安备 {rng.randrange(10**13, 10**14)}号"
    icp = f"蒙ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 9)}"
    page_title = f"{story.headline}-{site}" if story.headline else site
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(page_title)}</title>
<meta name="SiteName" content="{site}"></head><body>
<div class="topbar"><span>欢迎访问{site}门户网站</span><a href="#">蒙古文版 ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ</a><a href="#">汉文版</a>
<a href="#">无障碍</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}">
<span class="mgl"{vertical}>{site_mgl}</span>
<span class="zh">{site}</span></div></div>
<ul class="menu">{menu}</ul>
<div class="main"><div class="position">当前位置：首页 &gt; 新闻中心 &gt; 招商引资</div>
<div class="col-name"><span class="mgl"{vertical}>{MONGOLIAN_COLUMN}</span><span class="zh">招商引资</span></div>
<div class="article"><div class="article-title">{headline_html(story)}</div>
<div class="article-info">{info}</div>
<div class="article-con">{_ps(story.lines)}</div>
<div class="article-page"><p>上一篇：{others[0]}</p><p>下一篇：{others[1]}</p></div></div></div>
<div class="font-note">{font_note}　<a href="#">下载字体</a></div>
<div class="footer"><p class="mgl">{site_mgl}</p><p>主办：{site}办公室　承办：{banner}大数据中心</p>
<p>{icp}　{police}</p></div></body></html>"""
    furniture = (f"欢迎访问{site}门户网站", "蒙古文版", site_mgl, *(m for _zh, m in MONGOLIAN_MENU), MONGOLIAN_COLUMN)
    furniture += ("当前位置：首页>新闻中心>招商引资", views, "【字体：大 中 小】", *others, font_note, icp, police)
    furniture += (f"主办：{site}办公室",)
    return Wrapped(
        html,
        furniture,
        f"http://www.example-r16-nmg{rng.randrange(10, 99)}.gov.cn/xwzx/zsyz/{rng.randrange(10**6)}.html",
    )


@unseen16("gongzuo_jianbao_hongtou_baosong")
def gongzuo_jianbao_hongtou_baosong(story: Story) -> Wrapped:
    """A 投资促进局 site's 工作简报 page: the site's `<h1>` and `<title>` the issue, a red masthead, 第N期（总第M期）,
    the office and 2021年1月9日 on one line, an optional 【编者按】, the headline a bold centred `<p>`, （X供稿）, then
    报：/送：/发： lines, the office's 印发 line and （共印N份）."""
    rng = _rng(story, "jianbao")
    place = rng.choice(PLACES)
    level = place[-1]
    site = f"{place}投资促进局"
    office = f"{place}招商引资工作领导小组办公室"
    masthead = rng.choice(["招商引资工作简报", "招商工作简报", "项目与招商工作简报"])
    issue, total = rng.randrange(1, 30), rng.randrange(40, 260)
    issue_title = f"{masthead}（第{issue}期）"
    issue_line = f"第{issue}期（总第{total}期）"
    day = story.published
    day_cn = f"{day.year}年{day.month}月{day.day}日" if day else ""
    note = (
        "【编者按】招商引资是推动经济高质量发展的关键抓手。现将有关情况刊发，供各地各部门学习借鉴。"
        if rng.random() < 0.5
        else ""
    )
    credit = f"（{escape(story.outlet)}供稿）" if story.outlet else ""
    send = [
        f"报：{level}委、{level}政府主要领导及分管领导。",
        f"送：{level}人大常委会办公室、{level}政协办公室。",
        f"发：各乡镇（街道）、{level}直各有关单位。",
    ]
    printed = f"（共印{rng.randrange(30, 120)}份）"
    views = f"浏览次数：{rng.randrange(20, 3000)}"
    posted = _join([f"发布时间：{day:%Y-%m-%d}" if day else "", views])
    red = "color:#d40000;"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{issue_title}-{site}</title></head><body>
<div class="header"><img src="/images/logo.png" alt="{site}"><span>投资{place}　共赢未来</span></div>
<div class="nav"><a href="#">首页</a><a href="#">机构职能</a><a href="#">工作动态</a><a href="#">招商项目</a>
<a href="#">投资指南</a><a href="#">政策法规</a></div>
<div class="crumb">首页 &gt; 工作动态 &gt; 工作简报</div>
<div class="detail"><h1 class="detail-title">{issue_title}</h1><div class="detail-info">{posted}</div>
<div class="jianbao" style="border:1px solid #ddd;padding:40px 60px">
<div class="jb-head" style="{red}font-size:40px;font-weight:bold;text-align:center;letter-spacing:6px">{masthead}</div>
<div class="jb-qi" style="text-align:center">{issue_line}</div>
<div class="jb-unit" style="border-bottom:2px solid #d40000"><span style="float:left">{office}</span>
<span style="float:right">{day_cn}</span><div style="clear:both"></div></div>
{f'<p style="font-family:楷体">{note}</p>' if note else ""}
<p class="jb-title" style="text-align:center;font-weight:bold;font-size:22px">{headline_html(story)}</p>
{_ps(story.lines, ' style="text-indent:2em;font-family:仿宋_GB2312"')}
{f'<p style="text-align:right">{credit}</p>' if credit else ""}
<div class="jb-send" style="border-top:1px solid #000;border-bottom:1px solid #000">
{"".join(f"<p>{line}</p>" for line in send)}</div>
<p class="jb-print"><span>{office}</span>　　<span>{f"{day_cn}印发" if day else "印发"}</span></p>
<p style="text-align:right">{printed}</p></div></div>
<div class="footer">主办单位：{site}　{_numbers(rng)[0]}</div></body></html>"""
    furniture = (
        f"投资{place}　共赢未来",
        "首页>工作动态>工作简报",
        issue_title,
        views,
        issue_line,
        office,
        *send,
        printed,
    )
    furniture += (note,) if note else ()
    furniture += (f"主办单位：{site}",)
    return Wrapped(
        html, furniture, f"http://tzcj.example-r16-jb{rng.randrange(10, 99)}.gov.cn/gzjb/{rng.randrange(10**5)}.html"
    )


# ---------------------------------------------------------------- mail and app builds


@unseen16("webmail_tougao_subject_attachment")
def webmail_tougao_subject_attachment(story: Story) -> Wrapped:
    """A 网页邮箱's 读信 page of a 投稿 mail: 【投稿】headline the subject, 发件人/时间 (2021年1月9日(星期六) 下午4:36)/
    收件人/附件 rows, an external-mail warning, the body pasted from Word (greeting, the headline bold and centred,
    the lines, a 供稿 or office signature and a phone), the headline again as the attachment's name, 快速回复."""
    rng = _rng(story, "webmail")
    place = rng.choice(PLACES)
    service = "云邮企业邮箱"
    made_up = f"{place}投资促进中心工作动态"
    subject = f"【投稿】{headline_html(story) if story.headline else made_up}"
    sender = rng.choice(NAMES)
    address = f"tzcj{rng.randrange(100, 999)}@example-r16-mail.cn"
    moment = _at(story.published or dt.date(2021, 8, 30), rng)
    noon = "上午" if moment.hour < 12 else "下午"
    hour = moment.hour if moment.hour <= 12 else moment.hour - 12
    sent = f"{moment.year}年{moment.month}月{moment.day}日(星期{WEEKDAYS[moment.weekday()]}) {noon}{hour}:{moment:%M}"
    inbox = f"{place}融媒体中心投稿邮箱<tougao@example-r16-rm.cn>"
    attachment = f"{story.headline or '新闻稿'}.docx"
    size = f"({rng.randrange(12, 90)}.{rng.randrange(10)}K)"
    warning = "此邮件来自外部邮箱，请注意识别邮件中的链接和附件"
    greeting = ["各位老师好！", "现报送新闻稿件一篇，请审阅，如有不妥请联系修改，谢谢！"]
    signature = f"供稿：{escape(story.outlet)}" if story.outlet else f"{place}投资促进中心综合科"
    phone = f"联系人：{sender}　电话：1{rng.randrange(30, 99)}{rng.randrange(10**7, 10**8)}"
    word = "font-family:仿宋_GB2312;font-size:16pt"
    heading = (
        '<div style="text-align:center"><b><span style="font-family:方正小标宋简体;font-size:22pt">'
        f"{headline_html(story)}</span></b></div>"
        if story.headline
        else ""
    )
    lines = "".join(
        f'<div style="text-indent:2em;line-height:28pt"><span style="{word}">{escape(line)}</span></div>'
        for line in story.lines
    )
    folders = "收件箱(23)　星标邮件　草稿箱　已发送　已删除　垃圾箱(4)"
    tools = "返回　回复　回复全部　转发　删除　彻底删除　举报　标记为…　移动到…　上一封　下一封"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>读信 - {service}</title></head><body>
<div class="topbar"><span class="logo">{service}</span><span class="user">{escape(inbox)}</span>
<a href="#">设置</a>　<a href="#">退出</a></div>
<div class="leftpanel"><a class="btn" href="#">写信</a>　<a class="btn" href="#">收信</a>　<a href="#">通讯录</a>
<ul>{"".join(f"<li>{f}</li>" for f in folders.split("　"))}</ul></div>
<div id="mainFrameContainer"><div class="toolbar">{"".join(f"<a href='#'>{t}</a>" for t in tools.split("　"))}</div>
<div class="readmailinfo"><div class="subject"><span id="subject">{subject}</span></div>
<table class="addrtable"><tr><td class="lbl">发件人：</td><td><b>{sender}</b>&lt;{address}&gt;</td></tr>
<tr><td class="lbl">时　间：</td><td>{sent}</td></tr>
<tr><td class="lbl">收件人：</td><td>{escape(inbox)}</td></tr>
<tr><td class="lbl">附　件：</td><td>1 个 (<a href="#attachment">{escape(attachment)}</a>)</td></tr></table>
<div class="tips">{warning}</div></div>
<div id="mailContentContainer" class="qmbox">
{"".join(f"<div>{g}</div>" for g in greeting)}<div><br></div>
{heading}{lines}<div><br></div>
<div>--</div><div>{signature}</div><div>{phone}</div></div>
<div id="attachment" class="att"><b>附件</b>(1 个)<div>{escape(attachment)} {size}　预览　下载　收藏　转存</div></div>
<div class="quickreply"><textarea placeholder="快速回复给：{sender}"></textarea><p>快速回复给：{sender}</p></div></div>
<div class="footer">© 2021 {service}　版权所有</div></body></html>"""
    furniture = (service, folders, tools, f"发件人：{sender}<{address}>", f"收件人：{inbox}", warning, *greeting)
    furniture += (phone, f"{attachment} {size}　预览　下载　收藏　转存", f"快速回复给：{sender}")
    furniture += () if story.outlet else (signature,)
    furniture += () if story.headline else (made_up,)
    return Wrapped(
        html, furniture, f"https://mail.example-r16-mail.cn/cgi-bin/readmail?mailid=ZC{rng.randrange(10**12)}"
    )


@unseen16("uniapp_h5_uni_view_rich_text")
def uniapp_h5_uni_view_rich_text(story: Story) -> Wrapped:
    """A uni-app H5 build of a county app: `<uni-page-head>` 资讯详情 as the bar and `<title>`, the headline a
    `<uni-view>`'s `<uni-text>`, the outlet and 2021-01-09 09:30 unlabelled with N阅读, the text in `<uni-rich-text>`,
    a 版权 line, 点赞, 相关推荐 with their sources and days, 写评论, a `<uni-tabbar>`, the noscript line."""
    rng = _rng(story, "uniapp")
    place = rng.choice(PLACES)
    app = f"爱{place[:-1]}"
    v = f"data-v-{rng.randrange(16**8):08x}"
    when = f"{story.published:%Y-%m-%d} {rng.randrange(7, 22):02d}:{rng.randrange(60):02d}" if story.published else ""
    reads = f"{rng.randrange(100, 30000)}阅读"

    def text(value: str, css: str = "") -> str:
        attribute = f' class="{css}"' if css else ""
        return f"<uni-text {v}{attribute}><span>{value}</span></uni-text>" if value else ""

    meta = text(escape(story.outlet or ""), "source") + text(when, "time") + text(reads, "views")
    rights = f"本文由{app}客户端发布，版权所有，未经授权不得转载"
    likes = f"点赞 {rng.randrange(3, 900)}"
    others = _pick(rng, OTHER_NEWS, 3)
    base = story.published or dt.date(2021, 7, 9)
    days = [base - dt.timedelta(days=d) for d in sorted(rng.sample(range(1, 20), 3))]
    sources = [f"{place}融媒体中心", f"{place}发布", f"{place}政府网"]
    rows = [f"{t}{s}{d:%Y-%m-%d}" for t, s, d in zip(others, sources, days, strict=True)]
    items = "".join(
        f'<uni-view {v} class="rec-item"><uni-view {v} class="rec-title">{text(t)}</uni-view>'
        f'<uni-view {v} class="rec-meta">{text(s)}{text(f"{d:%Y-%m-%d}")}</uni-view></uni-view>'
        for t, s, d in zip(others, sources, days, strict=True)
    )
    tabs = ["首页", "资讯", "办事", "我的"]
    tabbar = "".join(
        f'<div class="uni-tabbar__item"><div class="uni-tabbar__bd"><div class="uni-tabbar__icon">'
        f'<img src="/h5/static/tab/{i}.png"></div><div class="uni-tabbar__label">{t}</div></div></div>'
        for i, t in enumerate(tabs)
    )
    noscript = "本站点必须要开启JavaScript才能运行"
    rich = "".join(f'<p style="text-indent:2em;">{escape(line)}</p>' for line in story.lines)
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport"
 content="width=device-width,user-scalable=no,initial-scale=1.0,maximum-scale=1.0,minimum-scale=1.0">
<title>资讯详情</title><link rel="stylesheet" href="/h5/static/index.{rng.randrange(16**8):08x}.css"></head><body>
<noscript><strong>{noscript}</strong></noscript><div id="app"><uni-app class="uni-app--showtabbar">
<uni-page data-page="pages/news/detail"><uni-page-head uni-page-head-type="default">
<div class="uni-page-head" style="background-color:#c8161d;color:#ffffff"><div class="uni-page-head-hd">
<div class="uni-page-head-btn"><i class="uni-btn-icon" style="color:#ffffff;font-size:27px"></i></div></div>
<div class="uni-page-head-bd"><div class="uni-page-head__title" style="font-size:16px;opacity:1">资讯详情</div></div>
<div class="uni-page-head-ft"></div></div><div class="uni-placeholder"></div></uni-page-head>
<uni-page-wrapper><uni-page-body><uni-view {v} class="detail">
<uni-view {v} class="title">{text(headline_html(story))}</uni-view>
<uni-view {v} class="meta">{meta}</uni-view>
<uni-view {v} class="content"><uni-rich-text {v}><div style="position:relative">{rich}</div></uni-rich-text></uni-view>
<uni-view {v} class="rights">{text(rights)}</uni-view>
<uni-view {v} class="zan">{text(likes)}</uni-view>
<uni-view {v} class="recommend"><uni-view {v} class="rec-head">{text("相关推荐")}</uni-view>{items}</uni-view>
<uni-view {v} class="comment-bar"><uni-input {v}><div class="uni-input-wrapper">
<div class="uni-input-placeholder">写评论...</div><input maxlength="140" type="text" class="uni-input-input"></div>
</uni-input></uni-view></uni-view></uni-page-body></uni-page-wrapper></uni-page>
<uni-tabbar class="uni-tabbar-bottom"><div class="uni-tabbar" style="background-color:#ffffff">{tabbar}</div>
</uni-tabbar></uni-app></div>
<script src="/h5/static/js/chunk-vendors.{rng.randrange(16**8):08x}.js"></script></body></html>"""
    furniture = (noscript, "资讯详情", reads, rights, likes, "相关推荐", *rows, "写评论...", "".join(tabs))
    return Wrapped(
        html,
        furniture,
        f"https://h5.example-r16-app{rng.randrange(10, 99)}.cn/#/pages/news/detail?id={rng.randrange(10**6)}",
    )


DEV16, LOCKED16 = split_by_digest(UNSEEN16, "round 16/", locked=6)
