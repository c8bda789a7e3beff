#!/usr/bin/env python3
"""Writes Resources/SharedResource.resx (English) and SharedResource.zh.resx (Chinese) from one
table, so the two languages cannot drift apart. Run after editing STRINGS; commit both files.
(A test also fails if a key is missing in one language.)"""
import pathlib
from xml.sax.saxutils import escape

STRINGS = {
    # key: (English, 简体中文)
    "AppTitle": ("AIGC Dashboard", "AIGC 产业看板"),
    "SkipToContent": ("Skip to content", "跳到正文"),
    "Language": ("Language", "语言"),
    "MainNavigation": ("Main navigation", "主导航"),
    "FooterNote": ("Figures from five articles on generative AI; every record names its source.", "数据取自五篇关于生成式AI的文章，每条记录都注明出处。"),
    "Nav.Overview": ("Overview", "概览"),
    "Nav.Timeline": ("Timeline", "时间线"),
    "Nav.Funding": ("Funding", "融资"),
    "Nav.Stages": ("Stages", "商业化阶段"),
    "Nav.Sources": ("Sources", "来源"),
    "Filters": ("Filters", "筛选"),
    "ActiveFilters": ("Active filters", "当前筛选"),
    "RemoveFilter": ("Remove filter {0}", "移除筛选：{0}"),
    "Filter.Region": ("Region", "地区"),
    "Filter.Stage": ("Stage", "阶段"),
    "Filter.Category": ("Category", "类别"),
    "Filter.From": ("From", "起始"),
    "Filter.To": ("To", "截止"),
    "Filter.All": ("All", "全部"),
    "Filter.Apply": ("Apply", "应用"),
    "Filter.Reset": ("Reset filters", "重置筛选"),
    "FilterError.unknown": ("\u201c{0}\u201d is not a known {1}.", "“{0}”不是可识别的{1}取值。"),
    "FilterError.date": ("\u201c{0}\u201d is not a date; use YYYY-MM-DD.", "“{0}”不是有效日期，请使用 YYYY-MM-DD 格式。"),
    "FilterError.range": ("The end date {0} is before the start date.", "截止日期 {0} 早于起始日期。"),
    "FilterError.multiple": ("Only one {1} can be chosen ({0}).", "{1}只能选择一个（收到 {0}）。"),
    "InvalidFilter.Title": ("This filter cannot be applied", "无法应用此筛选"),
    "InvalidFilter.Body": ("Part of the address does not name a valid filter value, so no data is shown. Correct it in the filter bar or reset the filters.", "网址中的部分筛选值无效，因此未显示数据。请在筛选栏中修改，或重置筛选。"),
    "Empty.Body": ("Nothing matches these filters.", "没有符合当前筛选条件的数据。"),
    "Overview.Lead": ("How generative AI went from research to business, in numbers from five articles.", "用五篇文章中的数据，看生成式AI如何从研究走向商业。"),
    "Overview.KeyFigures": ("Key figures", "关键数字"),
    "Overview.Headlines": ("Headline figures reported", "文章报道的重点数据"),
    "Overview.EventsByYear": ("Events by year", "按年份的事件数"),
    "Overview.EventsByCategory": ("Events by category", "按类别的事件数"),
    "Overview.Latest": ("Latest events", "最新事件"),
    "Overview.AllFigures": ("All reported figures", "全部报道数据"),
    "Figure.Events": ("Events", "事件"),
    "Figure.Organizations": ("Organizations", "机构"),
    "Figure.FundingRounds": ("Funding rounds", "融资轮次"),
    "Figure.Metrics": ("Reported figures", "报道数据"),
    "Figure.Placements": ("Stage placements", "阶段归类"),
    "Figure.ChineseApprovals": ("Chinese model approvals, filings and launches", "国内大模型获批、备案与上线"),
    "Figure.DisclosedFunding": ("Disclosed funding ({0})", "已披露融资额（{0}）"),
    "Figure.RoundsWithAmount": ("{0} rounds with a disclosed amount", "{0} 轮披露了金额"),
    "Figure.LargestRound": ("Largest: {0}, {1}", "最大一笔：{0}，{1}"),
    "Figure.FromSources": ("from {0} articles", "来自 {0} 篇文章"),
    "Timeline.Lead": ("Launches, approvals, funding and market events, in date order.", "按时间排列的发布、获批、融资与市场事件。"),
    "Timeline.Events": ("Events", "事件"),
    "Funding.Lead": ("Funding rounds as the articles report them.", "文章所报道的融资轮次。"),
    "Funding.Rounds": ("Funding rounds", "融资轮次"),
    "Stages.Lead": ("Where companies and products stand in the three stages of AIGC commercialization. Placements are our classification, with the reported evidence.", "各公司与产品在AIGC商业化三阶段中的位置。归类为本看板的判断，并附文章报道的依据。"),
    "Stages.ByEnterpriseType": ("Stages by kind of company", "阶段 × 企业类型"),
    "Stages.Placements": ("Placements", "归类明细"),
    "Sources.Lead": ("The five articles the data comes from, and how many of the records shown each supports.", "数据所依据的五篇文章，以及每篇支撑的（符合当前筛选的）记录数。"),
    "Sources.Total": ("Records", "记录合计"),
    "Col.Date": ("Date", "日期"),
    "Col.Event": ("Event", "事件"),
    "Col.Category": ("Category", "类别"),
    "Col.Region": ("Region", "地区"),
    "Col.Organizations": ("Organizations", "相关机构"),
    "Col.Organization": ("Organization", "机构"),
    "Col.Stage": ("Stage", "阶段"),
    "Col.Source": ("Source", "来源"),
    "Col.Round": ("Round", "轮次"),
    "Col.Amount": ("Amount", "金额"),
    "Col.Valuation": ("Valuation", "估值"),
    "Col.LeadInvestors": ("Lead investors", "领投方"),
    "Col.Subject": ("Figure", "指标"),
    "Col.Value": ("Value", "数值"),
    "Col.Reported": ("As reported", "原文表述"),
    "Col.Kind": ("Kind", "类型"),
    "Col.EnterpriseType": ("Kind of company", "企业类型"),
    "Col.BusinessModels": ("Business models", "变现方式"),
    "Col.Evidence": ("What the source reports", "来源报道"),
    "Col.Rationale": ("Why placed here", "归类理由"),
    "AsReported": ("as reported", "原文"),
    "NotDisclosed": ("Not disclosed", "未披露"),
    "NotStated": ("Not stated", "未说明"),
    "Basis.classification": ("our classification", "本站归类"),
    "Basis.classification.Hint": ("Our own judgement, not a fact stated by the source", "本看板的判断，并非来源原文陈述"),
    "Region.Global": ("Global", "全球"),
    "NotFound.Title": ("Page not found", "页面不存在"),
    "NotFound.Body": ("There is no page at this address.", "此地址没有对应的页面。"),
    "Error.Title": ("Something went wrong", "出错了"),
    "Error.Body": ("The dashboard could not answer this request. Nothing was changed; please try again.", "看板暂时无法处理此请求，数据未受影响，请稍后重试。"),
    "Error.RequestId": ("Request id", "请求编号"),
}

STAGES = {"novelty": ("Novelty", "尝鲜阶段"), "assistance": ("Assistance", "协助阶段"), "original": ("Original creation", "原创阶段")}
CATEGORIES = {
    "model-release": ("Model release", "模型发布"), "product-launch": ("Product launch", "产品发布"),
    "public-opening": ("Opened to the public", "面向公众开放"), "regulatory-approval": ("Regulatory approval", "监管获批"),
    "regulatory-filing": ("Regulatory filing", "监管备案"), "policy": ("Policy", "政策"), "funding": ("Funding", "融资"),
    "deal": ("Deal / partnership", "合作与交易"), "market": ("Market", "市场"), "society": ("Society", "社会"),
    "research": ("Research", "研究"), "award": ("Award", "奖项"),
}
METRIC_KINDS = {
    "users": ("Users", "用户数"), "questions": ("Questions answered", "回答问题数"), "revenue": ("Revenue", "收入"),
    "revenue-share": ("Revenue share", "收入占比"), "revenue-growth": ("Revenue growth", "收入增长"),
    "running-cost": ("Running cost", "运行成本"), "training-cost": ("Training cost", "训练成本"), "price": ("Price", "价格"),
    "subscription-fee": ("Subscription fee", "订阅费"), "company-count": ("Number of companies", "企业数量"),
    "model-count": ("Number of models", "模型数量"), "algorithm-count": ("Number of algorithms", "算法数量"),
    "course-sales": ("Course sales", "课程销售"), "market-size": ("Market size", "市场规模"),
    "investment-total": ("Investment total", "投资总额"), "valuation": ("Valuation", "估值"),
    "adoption-rate": ("Adoption rate", "采用率"), "parameters": ("Parameters", "参数量"), "compute": ("Compute", "算力"),
    "other": ("Other", "其他"),
}
REGIONS = {
    "CN": ("China", "中国"), "US": ("US", "美国"), "GB": ("UK", "英国"), "IL": ("Israel", "以色列"),
    "DE": ("Germany", "德国"), "FR": ("France", "法国"), "CA": ("Canada", "加拿大"), "JP": ("Japan", "日本"),
    "KR": ("South Korea", "韩国"), "HK": ("Hong Kong", "中国香港"), "IN": ("India", "印度"), "SG": ("Singapore", "新加坡"),
    "AU": ("Australia", "澳大利亚"), "TW": ("Taiwan", "中国台湾"),
}
for prefix, table in (("Stage.", STAGES), ("Category.", CATEGORIES), ("MetricKind.", METRIC_KINDS), ("Region.", REGIONS)):
    STRINGS.update({prefix + k: v for k, v in table.items()})

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
out = pathlib.Path(__file__).resolve().parent.parent / "src/AigcDashboard.Web/Resources"
out.mkdir(parents=True, exist_ok=True)
for suffix, idx in (("", 0), (".zh", 1)):
    body = "".join(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(v[idx])}</value></data>\n' for k, v in sorted(STRINGS.items()))
    (out / f"SharedResource{suffix}.resx").write_text(HEAD + body + "</root>\n", encoding="utf-8")
print(f"{len(STRINGS)} keys")
