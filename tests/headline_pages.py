# ruff: noqa: E501
"""Pages written to review the web reader's related-headline rule (builder/read/html.py `_related_headline`), by a
reviewer probing it: every one a headline the reader gives right (three pages it gets wrong either way were left out
and are noted in the 0.15.0 changelog).

Each entry is (name, html, expected_title). The headline of most is a commentary's, a feature's or a new-media
headline in its own words (few two-character words shared with the lead), with a line under it (a deck, a 副题, a
caption, a summary, a bold first line, a 专题's name, a section heading) that restates the lead. The rule must not
move the headline to that line. A few are the rule's own cases (a blog's, an office's, a 专题's name over the real
headline) as controls.
"""

from __future__ import annotations

NAV = (
    '<div class="top"><div class="logo"><img src="/images/logo.png" alt="青山市人民政府"></div>'
    '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
    '<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li>'
    '<li><a href="/tzcs/">投资青山</a></li></ul></div>'
)
CRUMB = (
    '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; '
    '<a href="/xwzx/bmdt/">部门动态</a></div>'
)
FOOT = (
    '<div class="footer"><p>主办单位：青山市人民政府办公室 承办单位：青山市大数据中心</p>'
    "<p>网站标识码：3601000001 赣ICP备05001234号 赣公网安备36010202000123号</p></div>"
)
TOOLS = '<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】 字号：<a>大</a> <a>中</a> <a>小</a></div>'

# The lead of a quarter's round-up of investment promotion.
ROUNDUP = (
    "<p>今年一季度，我市招商引资工作开局良好，全市新签约亿元以上项目42个，总投资386亿元，"
    "同比增长23.5%，新开工项目28个，招商引资工作实现“开门红”。</p>"
    "<p>一季度以来，我市坚持把招商引资作为“一号工程”，围绕新能源、新材料、电子信息等重点产业链，"
    "组建产业链招商专班，开展精准招商、以商招商、基金招商。</p>"
    "<p>市投资促进局有关负责人介绍，二季度我市将开展招商引资“攻坚月”活动，力争新签约项目50个以上。</p>"
)
# The lead of a project-construction report.
PROJECTS = (
    "<p>3月5日，青山经济开发区新能源电池项目集中开工，总投资120亿元的12个重点项目同步开工建设，"
    "标志着我市重点项目建设全面提速。</p>"
    "<p>开工现场，塔吊林立、机器轰鸣，施工人员正抢抓晴好天气加紧作业。青山经济开发区负责人介绍，"
    "今年开发区共安排重点项目65个，年度计划投资210亿元。</p>"
    "<p>为推动重点项目早落地、早投产，开发区实行“一个项目、一名领导、一个专班”服务机制，全程帮办代办。</p>"
)
# The lead of a business-environment report.
ENVIRONMENT = (
    "<p>今年以来，青山市持续优化营商环境，推行涉企服务“一网通办”，企业开办时间压缩至1个工作日，"
    "全市新增市场主体1.2万户，同比增长18%。</p>"
    "<p>优化营商环境是招商引资的“金字招牌”。青山市建立“局长帮办”制度，由各部门主要负责同志"
    "为重点企业提供全程帮办服务，帮助企业解决用地、用工、融资等难题。</p>"
    "<p>下一步，青山市将对标一流，持续深化营商环境改革，让企业安心投资、放心发展。</p>"
)
# The lead of a speech at the city's investment conference.
SPEECH = (
    "<p>同志们：</p>"
    "<p>今天，市委、市政府召开全市招商引资工作大会，主要任务是总结去年招商引资工作，"
    "表彰先进，部署今年全市招商引资工作。刚才，会议表彰了招商引资先进单位和个人。</p>"
    "<p>过去一年，全市上下坚持招商引资“一号工程”不动摇，全年新签约亿元以上项目186个，"
    "招商引资工作取得明显成效。下面，我讲三点意见。</p>"
)
# The lead of an interview with the party secretary.
INTERVIEW = (
    "<p>近日，记者专访了青山市委书记张建国，请他谈谈青山市如何做好招商引资工作。</p>"
    "<p>记者：今年青山市招商引资的思路是什么？</p>"
    "<p>张建国：我们坚持招商引资“一号工程”，青山市委书记带头招商，在全市形成“人人都是招商员”的氛围。</p>"
)
# A county's meeting report: the words a news headline takes.
MEETING = (
    "<p>1月9日上午，青山市召开全市重点产业链招商工作调度会，通报去年招商引资完成情况，部署今年重点工作。</p>"
    "<p>会议要求，各县区、各园区要围绕新能源、新材料等重点产业链开展精准招商，确保签约项目早落地、早投产。</p>"
    "<p>会上，市投资促进局通报了一季度重点项目推进情况，六个县区作了交流发言。</p>"
)


def gov(title: str, article: str) -> str:
    """A municipal government site's article page: nav, crumb, the article, a tool bar and the footer."""
    return (
        "<!DOCTYPE html><html><head><meta charset=utf-8>"
        f"<title>{title}</title></head><body>{NAV}{CRUMB}"
        f'<div class="main"><div class="article">{article}</div>{TOOLS}</div>{FOOT}</body></html>'
    )


def bare(title: str, body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset=utf-8><title>{title}</title>{head}</head><body>{body}</body></html>"
    )


INFO = '<div class="info">发布时间：2024-04-08 09:30 来源：青山日报 浏览次数：<span>1286</span></div>'
WX_META = (
    '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">'
    '<a id="js_name">青山发布</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">'
    "2024-02-18 08:30</em></div>"
)

PAGES: list[tuple[str, str, str]] = [
    (
        "01 gov: commentary h1, 副题 in h2",
        gov(
            "春潮涌动正当时_青山市人民政府",
            "<h1>春潮涌动正当时</h1><h2>——我市一季度招商引资工作综述</h2>"
            f'{INFO}<div class="TRS_Editor">{ROUNDUP}</div>',
        ),
        "春潮涌动正当时",
    ),
    (
        "02 e-paper (people.cn): 引题 h3, 主题 h1, 副题 h2, author h4",
        bare(
            "开局就是决战 起步就要冲刺--青山日报",
            '<div class="paper-top">青山日报 2024年04月08日 星期一 第01版：要闻</div>'
            '<div class="text_c"><h3>奋力跑好全年工作“第一棒”</h3><h1>开局就是决战 起步就要冲刺</h1>'
            "<h2>我市一季度招商引资工作实现“开门红”</h2><h4>本报记者 王芳</h4>"
            f'<div class="c_c" id="ozoom">{ROUNDUP}</div></div>'
            '<div class="list"><h3>本版新闻</h3><ul><li><a href="a.html">开局就是决战 起步就要冲刺</a></li>'
            '<li><a href="b.html">全市春季植树造林工作全面展开</a></li></ul></div>',
        ),
        "开局就是决战 起步就要冲刺",
    ),
    (
        "03 commentary div.title, centered bold 副题 as first <p> of the text",
        gov(
            "以“拼”的姿态跑出加速度_青山市人民政府",
            '<div class="title">以“拼”的姿态跑出加速度</div>'
            f'{INFO}<div class="content"><p style="text-align:center"><strong>——推动重点项目早落地早投产</strong></p>'
            f"{PROJECTS}</div>",
        ),
        "以“拼”的姿态跑出加速度",
    ),
    (
        "04 feature headline, photo caption above the first paragraph",
        gov(
            "春天里的“加速度”_青山市人民政府",
            '<h1 class="bt">春天里的“加速度”</h1>'
            f'{INFO}<div class="TRS_Editor"><p style="text-align:center"><img src="/u/2024/0305/a.jpg"></p>'
            '<p style="text-align:center">青山经济开发区新能源电池项目集中开工现场（记者 李明 摄）</p>'
            f"{PROJECTS}</div>",
        ),
        "春天里的“加速度”",
    ),
    (
        "05 feature headline, 【导读】 summary box without a full stop",
        gov(
            "开门红背后的“招商密码”_青山市人民政府",
            '<div class="tit">开门红背后的“招商密码”</div>'
            f'{INFO}<div class="summary">【导读】一季度全市新签约亿元以上项目42个，总投资386亿元</div>'
            f'<div class="content">{ROUNDUP}</div>',
        ),
        "开门红背后的“招商密码”",
    ),
    (
        "06 WeChat mirror: new-media headline, bold first line restating the lead",
        bare(
            "新春第一会，聚焦啥？",
            '<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">新春第一会，聚焦啥？</h1>'
            f'{WX_META}<div class="rich_media_content" id="js_content"><section><p style="text-align:center">'
            '<img data-src="https://mmbiz.qpic.cn/a.jpg"></p>'
            "<p><strong>青山市召开全市招商引资工作大会</strong></p>"
            f"{SPEECH.replace('<p>同志们：</p>', '')}</section></div></div>",
            '<meta property="og:title" content="新春第一会，聚焦啥？">',
        ),
        "新春第一会，聚焦啥？",
    ),
    (
        "07 speech: slogan h1, 副题 h2 在…上的讲话, speaker and date lines",
        gov(
            "凝心聚力 奋勇争先 开创新局面_青山市人民政府",
            "<h1>凝心聚力 奋勇争先 开创新局面</h1><h2>——在全市招商引资工作大会上的讲话</h2>"
            '<p style="text-align:center">市委书记 张建国</p><p style="text-align:center">（2024年2月20日）</p>'
            f'<div class="TRS_Editor">{SPEECH}'
            "<p><strong>一、肯定成绩，坚定做好招商引资工作的信心</strong></p></div>",
        ),
        "凝心聚力 奋勇争先 开创新局面",
    ),
    (
        "08 WeChat: headline, section heading 一、… in bold before the first paragraph",
        bare(
            "招商“新打法”，青山这样干",
            '<h1 class="rich_media_title">招商“新打法”，青山这样干</h1>'
            f'{WX_META}<div class="rich_media_content" id="js_content">'
            "<p><strong>一、围绕重点产业链开展精准招商</strong></p>"
            f"{MEETING}</div>",
        ),
        "招商“新打法”，青山这样干",
    ),
    (
        "09 专题 name shown under the headline",
        gov(
            "把“店小二”服务做到心坎上_青山市人民政府",
            "<h1>把“店小二”服务做到心坎上</h1>"
            f'<div class="ztname">优化营商环境 青山在行动</div>{INFO}<div class="TRS_Editor">{ENVIRONMENT}</div>',
        ),
        "把“店小二”服务做到心坎上",
    ),
    (
        "10 headline in the <title> only, bold 副题 first in the text",
        bare(
            "以“拼”的姿态跑出加速度_青山日报",
            '<div class="head">青山日报数字报</div><div class="date">2024年03月06日</div>'
            '<div class="content"><p><strong>——青山经济开发区重点项目建设见闻</strong></p>'
            f"{PROJECTS}</div>",
        ),
        "以“拼”的姿态跑出加速度",
    ),
    (
        "11 headline in the <title> only, caption first in the text",
        bare(
            "春天里的“加速度”_青山市人民政府",
            f'{NAV}{CRUMB}<div class="content"><p style="text-align:center"><img src="/u/a.jpg"></p>'
            '<p style="text-align:center">青山经济开发区新能源电池项目集中开工现场</p>'
            f"{PROJECTS}</div>{FOOT}",
        ),
        "春天里的“加速度”",
    ),
    (
        "12 interview: quote headline h1, 访… deck h2",
        gov(
            "张建国：让每一位投资者都成为“回头客”_青山市人民政府",
            "<h1>张建国：让每一位投资者都成为“回头客”</h1><h2>——访青山市委书记张建国</h2>"
            f'{INFO}<div class="TRS_Editor">{INTERVIEW}</div>',
        ),
        "张建国：让每一位投资者都成为“回头客”",
    ),
    (
        "13 Q&A: question headline, 答记者问 deck in h3",
        gov(
            "“引进来”之后怎么“留得住”？_青山市人民政府",
            "<h1>“引进来”之后怎么“留得住”？</h1><h3>——市投资促进局负责人就重点招商项目服务保障答记者问</h3>"
            f'{INFO}<div class="TRS_Editor">'
            "<p>近日，青山市出台《重点招商项目服务保障办法》。市投资促进局负责人就重点招商项目服务保障工作回答了记者提问。</p>"
            "<p>问：出台重点招商项目服务保障办法的背景是什么？</p>"
            "<p>答：招商项目签约后，服务保障跟不上，项目落地慢。为此，市投资促进局起草了服务保障办法。</p></div>",
        ),
        "“引进来”之后怎么“留得住”？",
    ),
    (
        "14 e-paper in divs: 引题, 主题, 副题 each a div",
        bare(
            "“链”上发力 “群”里生金_青山日报",
            '<div class="bm">第A02版：经济</div><div class="article">'
            '<div class="yinti">聚焦重点产业链招商</div><div class="title">“链”上发力 “群”里生金</div>'
            '<div class="futi">青山市新能源产业集群加速成势</div><div class="author">本报记者 刘洋</div>'
            '<div class="zw"><p>今年以来，青山市聚焦新能源产业链，引进电池、光伏等重点项目36个，'
            "新能源产业集群加速成势，全市新能源产业产值突破500亿元。</p>"
            "<p>青山市新能源产业链链长介绍，全市围绕新能源产业链上下游精准招商，产业集群效应日益显现。</p>"
            "<p>青山经济开发区已集聚新能源企业120余家，形成了从材料到电池的完整产业链。</p></div></div>",
        ),
        "“链”上发力 “群”里生金",
    ),
    (
        "15 old table layout: bold title cell, deck cell under it",
        bare(
            "春风又绿招商路",
            '<table width="900" align="center"><tr><td class="lm">当前位置：首页 &gt; 工作动态</td></tr>'
            '<tr><td align="center" height="40"><b><font size="5">春风又绿招商路</font></b></td></tr>'
            '<tr><td align="center">——青山市一季度招商引资工作综述</td></tr>'
            '<tr><td align="center">发布日期：2024-04-08 来源：市投资促进局</td></tr>'
            f'<tr><td class="content">{ROUNDUP.replace("我市", "青山市")}</td></tr></table>',
        ),
        "春风又绿招商路",
    ),
    (
        "16 摘要： box (labelled) under a commentary headline",
        gov(
            "招商岂能只看数字_青山市人民政府",
            '<div class="title">招商岂能只看数字</div>'
            f'{INFO}<div class="abstract">摘要：一季度全市新签约亿元以上项目42个，新开工项目28个</div>'
            f'<div class="TRS_Editor">{ROUNDUP}</div>',
        ),
        "招商岂能只看数字",
    ),
    (
        "17 people.cn-like: h3.pre 引题, h1, h4.sub 副题",
        bare(
            "打好“组合拳” 下好“先手棋”--地方--人民网",
            '<div class="col-1"><h3 class="pre">青山市</h3><h1>打好“组合拳” 下好“先手棋”</h1>'
            '<h4 class="sub">青山市持续优化营商环境推动企业安心投资</h4>'
            '<div class="col-1-1 fl">2024年04月08日08:21 | 来源：<a href="#">人民网－江西频道</a></div>'
            f'<div class="rm_txt_con cf">{ENVIRONMENT}</div></div>',
        ),
        "打好“组合拳” 下好“先手棋”",
    ),
    (
        "18 xinhua-like: headline, 编者按-free bold lead line (no full stop) in the text",
        bare(
            "一张“网”织密服务_新华网",
            '<div class="header"><div class="head-line"><h1><span class="title">一张“网”织密服务</span></h1></div>'
            '<div class="info">2024-04-08 09:12:30 来源：新华网</div></div><div id="detail">'
            "<p><strong>青山市推行涉企服务“一网通办”优化营商环境</strong></p>"
            f"{ENVIRONMENT}</div>",
        ),
        "一张“网”织密服务",
    ),
    (
        "19 pull-quote box above the first paragraph",
        gov(
            "守住发展的“生命线”_青山市人民政府",
            "<h1>守住发展的“生命线”</h1>"
            f'{INFO}<div class="TRS_Editor"><blockquote class="quote">“重点项目建设全面提速，青山经济开发区新能源电池项目集中开工”</blockquote>'
            f"{PROJECTS}</div>",
        ),
        "守住发展的“生命线”",
    ),
    (
        "20 commentary with a h2 series label 评论员文章 and a related headline it comments on",
        gov(
            "实干才能出实绩_青山市人民政府",
            "<h1>实干才能出实绩</h1><h2>青山日报评论员</h2>"
            '<div class="yd">相关阅读：青山市召开全市重点产业链招商工作调度会</div>'
            f'{INFO}<div class="TRS_Editor">{MEETING}</div>',
        ),
        "实干才能出实绩",
    ),
    (
        "21 RCEP headline (Latin letters break the runs), 副题 in p.subtitle",
        gov(
            "RCEP“朋友圈”里的新机遇_青山市人民政府",
            '<h1>RCEP“朋友圈”里的新机遇</h1><p class="subtitle">青山市一季度招商引资工作综述</p>'
            f'{INFO}<div class="TRS_Editor">{ROUNDUP.replace("我市", "青山市")}</div>',
        ),
        "RCEP“朋友圈”里的新机遇",
    ),
    (
        "22 og:title agrees with the h1; deck in h2",
        bare(
            "春潮涌动正当时",
            "<h1>春潮涌动正当时</h1><h2>我市一季度招商引资工作综述</h2>"
            f'<div class="time">2024-04-08</div><div class="content">{ROUNDUP}</div>',
            '<meta property="og:title" content="春潮涌动正当时"><meta name="ArticleTitle" content="春潮涌动正当时">',
        ),
        "春潮涌动正当时",
    ),
    (
        "24 blog name h1, headline h2 in its own words, deck h3 (rule cannot get the headline)",
        bare(
            "春潮涌动正当时_陆静文的博客",
            '<div class="blogtitle"><h1><a href="/u/123">陆静文的博客</a></h1></div>'
            '<div class="articalTitle"><h2 class="titName SG_txta">春潮涌动正当时</h2>'
            '<span class="time SG_txtc">(2024-04-08 10:21:33)</span></div>'
            '<div class="articalContent"><h3>——我市一季度招商引资工作综述</h3>'
            f"{ROUNDUP}</div>",
        ),
        "春潮涌动正当时",
    ),
    (
        "26 control: office name in h1 and <title>, news headline div.tit under it",
        bare(
            "青山经济开发区管理委员会",
            '<div class="banner"><h1>青山经济开发区管理委员会</h1></div>'
            '<div class="art"><div class="tit">青山经开区重点项目集中开工</div><div class="sj">2024-03-05</div>'
            f'<div class="zw">{PROJECTS}</div></div>',
        ),
        "青山经开区重点项目集中开工",
    ),
    (
        "27 专题 name in h1 and <title>, article headline div.title (rule should fire)",
        bare(
            "优化营商环境专题",
            '<div class="zt-banner"><h1>优化营商环境 青山在行动</h1></div>'
            '<div class="art"><div class="title">青山市推行涉企服务“一网通办”</div><div class="sj">2024-04-08</div>'
            f'<div class="zw">{ENVIRONMENT}</div></div>',
        ),
        "青山市推行涉企服务“一网通办”",
    ),
    (
        "28 WeChat: headline, bold short subheading first, sharing the lead's words",
        bare(
            "莫让招商变“招伤”",
            '<h1 class="rich_media_title">莫让招商变“招伤”</h1>'
            f'{WX_META}<div class="rich_media_content" id="js_content">'
            "<p><strong>签约项目要早落地早投产</strong></p>"
            f"{MEETING}</div>",
        ),
        "莫让招商变“招伤”",
    ),
    (
        "29 control: news headline with 副题 (headline shares the lead's words)",
        gov(
            "我市一季度招商引资实现开门红_青山市人民政府",
            "<h1>我市一季度招商引资实现开门红</h1><h2>新签约亿元以上项目42个</h2>"
            f'{INFO}<div class="TRS_Editor">{ROUNDUP}</div>',
        ),
        "我市一季度招商引资实现开门红",
    ),
    (
        "30 feature headline, 图为 caption in a div under the image, above the body",
        gov(
            "项目建设“热”力足_青山市人民政府",
            "<h1>项目建设“热”力足</h1>"
            f'{INFO}<div class="pic"><img src="/u/b.jpg"><div class="pic-title">图为青山经济开发区新能源电池项目开工现场</div></div>'
            f'<div class="TRS_Editor">{PROJECTS}</div>',
        ),
        "项目建设“热”力足",
    ),
    (
        "31 headline in own words, 本报讯-free lead, h3 subheading before the first paragraph",
        gov(
            "好风凭借力_青山市人民政府",
            '<div class="title">好风凭借力</div>'
            f'{INFO}<div class="TRS_Editor"><h3>重点产业链招商工作调度会召开</h3>{MEETING}</div>',
        ),
        "好风凭借力",
    ),
    (
        "32 ordinary news headline with a place's short name (青山：…), 副题 h2",
        gov(
            "青山：“店小二”跑出服务加速度_青山市人民政府",
            "<h1>青山：“店小二”跑出服务加速度</h1><h2>青山市持续优化营商环境</h2>"
            f'{INFO}<div class="TRS_Editor">{ENVIRONMENT}</div>',
        ),
        "青山：“店小二”跑出服务加速度",
    ),
]
