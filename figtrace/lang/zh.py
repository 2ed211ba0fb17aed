"""Chinese: the words and patterns the grammars read Chinese letters with.

Data only (tables and regex text built from them); ``figtrace.lang.registry`` lists this
module and the grammars (``numbers``, ``dates``, ``claims.context``, ``layout.meta`` ...)
combine it with the other languages.  Every table a language may give is named in
``registry.TABLES``; sources in comments name where a word was met.
"""
from __future__ import annotations

from figtrace.lang.shapes import DIGIT as _D
from figtrace.lang.shapes import DatePattern, alt

CODE = "zh"
WORD_SPACING = False  # words run together: no word boundaries around them

# ----------------------------------------------------------------------------- numerals
NUMERAL_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                  "八": 8, "九": 9}
NUMERAL_UNITS = {"十": 10, "百": 100, "千": 1000}  # multiply the digit before them, within a section
NUMERAL_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}  # close a section: 三千五百万
NUMERAL_POINT = "点"  # 十五点七 = 15.7
# Adjacent digits that are an approximate pair, not one number: 二三十 (20-30), 两三百, 三五个.
NUMERAL_PAIRS = ((1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (3, 5))
# Written after digits: "70 万", "20万亿", "10万万" (an old 亿).
MULTIPLIERS = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "万万": 1e8}
_DIGITS = "".join(NUMERAL_DIGITS)
_POINT = f"(?:{NUMERAL_POINT}[{_DIGITS}]+)?"
NUMERAL_PATTERN = rf"[{_DIGITS}十百千][{_DIGITS}十百千万亿]*{_POINT}"
# Digits and numeral characters in one number: "3万4000", "5万4千6百", "2千零30万" (千米, 千克: units).
_DR = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_UNIT_WORDS = "米|克|瓦|卡|焦|伏|字节|分"  # 千米 (km), 千克 (kg): units, not thousands
NUMERAL_MIXED = (rf"{_DR}\s*(?:[十百千](?!{_UNIT_WORDS})|[万亿]+(?=\s*[0-9０-９{_DIGITS}]))"
                 rf"(?:\s*(?:{_DR}|[{_DIGITS}十百千万亿](?!{_UNIT_WORDS})))*")
PLUS_WORDS = ("多", "余", "几")  # "300 多", "100 余", "二十几": N-odd
PERCENT_BEFORE = ("百分之",)
# N 成: N tenths (九成 = 90 percent, 三成半 = 35); not 成员, 成为, 成立 ...
TENTHS = r"\s*成(?!员|为|立|功|果|本|就|交|熟|长|年|绩|效|份|分|品|批|套|倍|千|百|万)(?P<half>半)?"
# Classifier / unit right after the number -> normalised unit (None: decided by the noun).
CLASSIFIERS = {
    "名": "persons", "人": "persons", "人口": "persons", "人民": "persons", "人质": "persons",
    "难民": "persons", "平民": "persons", "居民": "persons", "位": "persons", "个": None, "份": "documents", "封": "letters",
    "项": "items", "次": "times", "座": None, "户": "households", "所": None, "间": None,
    "处": "places", "件": "items", "起": "incidents", "架": "aircraft", "辆": "vehicles",
    "枚": "munitions", "发": "rounds", "具": "bodies", "批": "batches", "国": "states",
    "区": "districts", "天": "days", "年": "years", "个月": "months", "个星期": "weeks",
    "星期": "weeks", "周": "weeks", "小时": "hours", "分钟": "minutes", "公里": "km", "平方公里": "km2",
    "公顷": "hectares", "%": "percent", "％": "percent", "美元": "USD", "吨": "tonnes",
    # classifiers of things the noun after them names (corpus: 六种正式语文, 五场互动讨论, 两块牌匾, 六套级联,
    # 分两组, 三家公司, 两艘船, 三轮谈判) and a multiple (十倍: "ten times")
    "种": None, "场": None, "块": None, "套": None, "组": None, "家": None, "艘": "vessels", "轮": None,
    "倍": "times",
}
# "个" before these is one classifier with them ("3 个月" is months, not 3 items of 月).
CLASSIFIER_COMPOUNDS = {"个": ("月", "星期")}
# Where a Chinese numeral may start a quantity: a numeral before 多/余/几/万/亿, a classifier, a
# qualifier after it or a range word and another numeral; "一" before a time classifier (一个月:
# a duration); the openers of vague amounts; 百分之.  (A qualifier before it: see numbers.py.)
_NEXT = (rf"(?=\s*(?:[{''.join(PLUS_WORDS)}{''.join(NUMERAL_BIG_UNITS)}]|{alt(CLASSIFIERS)}|以上|以下|以内|之下|左右|上下"
         rf"|或(?:者)?(?:以上|更多)|成|(?:至|到|~|～|-|–|—|与|和)\s*[{_DIGITS}十百千]))")
NUMERAL_TRIGGER = (
    rf"(?:[{_DIGITS.replace('一', '')}十百千][{_DIGITS}十百千万亿]*|一[{_DIGITS}十百千万亿]+){_POINT}{_NEXT}"
    r"|一(?=\s*(?:个月|个星期|年|天|周|星期|小时|到|至))|数(?=[十百千万以])|几(?=[十百千万])|成[百千]|上[百千万]|百分之"
    r"|万(?=[余多])"
)
SCAN_CHARS = "二两三四五六七八九十百千〇零一数成上几万"  # the characters a Chinese quantity opens with
# Idioms holding numerals that are not figures.
IDIOMS = ("一次又一次", "三番五次", "千方百计", "四面八方", "五花八门", "一一", "万一", "千万",
          "一两", "三三两两", "七上八下", "乱七八糟", "一五一十", "十全十美", "百分之百")

# ----------------------------------------------------------------------------- qualifiers
PRE_QUALIFIERS = {
    "不超过": "at_most", "最多": "at_most", "至多": "at_most", "多达": "at_most", "高达": "at_most",
    "不大于": "at_most", "小于等于": "at_most", "小于或等于": "at_most", "小于或者等于": "at_most",
    "不少于": "at_least", "不低于": "at_least", "至少": "at_least", "最少": "at_least", "不小于": "at_least",
    "大于等于": "at_least", "大于或等于": "at_least", "大于或者等于": "at_least",
    "超过": "more_than", "逾": "more_than", "多于": "more_than", "高于": "more_than", "大于": "more_than",
    "超出": "more_than", "过": "more_than",
    "不到": "less_than", "不足": "less_than", "少于": "less_than", "低于": "less_than", "未满": "less_than",
    "小于": "less_than",
    "将近": "nearly", "接近": "nearly", "几乎": "nearly", "近": "nearly", "快": "nearly",  # 快十年 (almost ten years)
    "大约": "approximately", "大概": "approximately", "约": "approximately",
    "等于": "exact", "比": "compare",  # 比 N 大 / 比 N 低: closed by COMPARATIVES after the figure
}
COMPARATIVES = {"大": "more_than", "多": "more_than", "高": "more_than", "低": "less_than", "小": "less_than",
                "少": "less_than"}
# A qualifier that is no qualifier after these characters: 最近 (recently), 附近 (nearby),
# 条约 (treaty), 公约 (convention), 契约, 合约, 节约, 预约; 经过, 通过, 不过 (only), 超过 ...
PRE_QUALIFIER_GUARDS = {"近": "最附邻临", "约": "条公契合节预", "过": "经通超越度不透路错难走",
                        "快": "加尽很赶飞更较最越愉痛畅爽"}  # 加快, 尽快 (as soon as), 很快 (quickly)
PRE_FILLERS = r"有|为|是|了|达到|达"  # 至少有 72, 最多为 5, 超过了 80, 最多达 10 000
POST_QUALIFIERS = {"以上": "at_least", "或以上": "at_least", "或者以上": "at_least", "或更多": "at_least",
                   "或者更多": "at_least", "以下": "at_most", "以内": "at_most", "之下": "less_than",
                   "左右": "approximately", "上下": "approximately"}
# Vague amounts: surface -> (qualifier, low, high)
VAGUE = {
    "数十": ("tens_of", 10, 100), "数百": ("hundreds_of", 100, 1_000),
    "数千": ("thousands_of", 1_000, 10_000), "数万": ("tens_of", 10_000, 100_000),
    "数十万": ("hundreds_of", 100_000, 1_000_000), "数百万": ("thousands_of", 1_000_000, 10_000_000),
    "数以十计": ("tens_of", 10, 100), "数以百计": ("hundreds_of", 100, 1_000),
    "数以千计": ("thousands_of", 1_000, 10_000), "数以万计": ("tens_of", 10_000, 100_000),
    "数以十万计": ("hundreds_of", 100_000, 1_000_000), "数以百万计": ("thousands_of", 1_000_000, 10_000_000),
    "几十": ("tens_of", 10, 100), "几百": ("hundreds_of", 100, 1_000),
    "几千": ("thousands_of", 1_000, 10_000), "几万": ("tens_of", 10_000, 100_000),
    "几十万": ("hundreds_of", 100_000, 1_000_000), "几百万": ("thousands_of", 1_000_000, 10_000_000),
    "成百上千": ("hundreds_of", 100, 1_000), "成千上万": ("thousands_of", 1_000, 100_000),
    "上百": ("upwards_of", 100, None), "上千": ("upwards_of", 1_000, None), "上万": ("upwards_of", 10_000, None),
    "万余": ("plus", 10_000, 20_000), "万多": ("plus", 10_000, 20_000),  # 万余人: ten thousand odd
}
RANGE_WORDS = ("至", "到")  # "3 至 4 万"
NUMBER_PAIR_WORDS = ("与",)  # like 和: "10000 与 20000 之间" is a range, "3 与 4" two figures
BETWEEN_AFTER = r"\s*之?间"  # "N 和 M 之间": a range
BOUND_JOINERS = r"\s*(?:的同时|同时|并且|而且|并|且|，|,)?\s*"  # 大于 10 并小于 20: one range
# A figure that states a standard: 高于80%的既定基准 ("above the established benchmark of 80 per cent",
# unpc-dev zh.txt:349), 低于80%基准 (zh.txt:2692): the comparison is with the benchmark, whose value is exact.
STANDARD_AFTER = r"\s*[%％]?\s*的?\s*(?:既定|规定|商定|设定|预定)?\s*(?:基准|标准(?![差化])|门槛|阈值|上限|下限)"

# ----------------------------------------------------------------------------- not a figure
ORDINAL_BEFORE = ("第", "星期", "礼拜", "初", "之")  # 第 3, 星期一, 初五, 之一
NOT_AFTER_CHARS = "同某每唯统专单逐"  # 同一, 某一, 每一, 统一: part of a word
ONE_NOT_AFTER = ("这", "那")  # 这一天 (this day), 那一年; but 这五个标题 (these five headings) counts
DESIGNATORS_AFTER = r"日|号|條|条|款|段|页|届|团|师|旅|营|点|时(?!间|期)|月(?!份)|年代|岁"  # 3 日, 第 8 条, 五岁 (an age)
YEAR_AFTER = r"年(?!代)"  # "1993 年" is a date, not a count
# Numeral characters figtrace does not read (financial 壹贰, traditional 萬億兩, 兆): a number
# written with them, or beside them, gives nothing rather than a part of it.
NUMERAL_LIKE = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩倆兆"
NEGATIVE_BEFORE = r"[负負]\s*$|[负負\-−－][0-9０-９.,，]+\s*(?:与|和|至|到|~|～)\s*$"  # 负三十二, -10000与20000间
NOT_WHOLE_BEFORE = rf"[{_DIGITS}十百千万亿{NUMERAL_LIKE}点點半]$"  # 半百, 一百分之二, 壹萬三
NUMERALS_SPACED_BEFORE = rf"[{_DIGITS}十百千万亿点點]\s+$"  # 一百 五 十 二, 四百 点 五: a numeral spaced out
# After a number: the number goes on in a form not read (一百 五 十, 3又1/3, 三分之一, 九点九 after
# a unit, 9.9折 a discount, 2.78e-1): nothing, and the whole of it is skipped.
NOT_WHOLE_AFTER = (rf"\s*(?:[{_DIGITS}十百万亿{NUMERAL_LIKE}]|千(?!{_UNIT_WORDS})|又|分\s*之|[点點]\s*[{_DIGITS}0-9０-９])"
                   rf"|[\s0-9０-９.．{_DIGITS}点]*折")
NOT_WHOLE_SPAN = rf"[\s0-9０-９.．,，{_DIGITS}十百千万亿{NUMERAL_LIKE}点點又分之多余几折成/／]*"

# ----------------------------------------------------------------------------- dates
PART_WORDS = {
    "底": "late", "末": "late", "年底": "late", "年末": "late", "下旬": "late", "末期": "late",
    "初": "early", "年初": "early", "上旬": "early", "初期": "early", "中旬": "mid", "中期": "mid", "年中": "mid",
    "中叶": "mid", "上半年": "h1", "下半年": "h2",
    "第一季度": "q1", "第二季度": "q2", "第三季度": "q3", "第四季度": "q4", "一季度": "q1", "二季度": "q2",
    "三季度": "q3", "四季度": "q4", "第1季度": "q1", "第2季度": "q2", "第3季度": "q3", "第4季度": "q4",
}
PAIR_WORDS = ("和", "及", "、", "与")  # "3 月 30 日和 31 日": two dates, not a range
RANGE_AFTER = ("之间", "间")  # ... unless these follow: "2007年与2009年间" is one period (between)
_CN = "〇零○一二三四五六七八九"  # the characters a year is written with digit by digit: 一九九三年
_NOT_AFTER = rf"(?<![0-9０-９.．{_CN}十])"
_Y = rf"{_NOT_AFTER}({_D}{{4}}|[{_CN}]{{4}})"  # a year alone: four digits
_YM = rf"{_NOT_AFTER}({_D}{{4}}|[1-9１-９]{_D}{{2}}|{_D}{{2}}|[{_CN}]{{4}})"  # before a month: "18年10月1日", "789年3月"
_MO = r"([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])"  # month: 12, 十二
_DA = r"([0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"  # day: 23, 二十三
_TO = r"至|到|-|–|—|~|～"
_JOIN = rf"\s*({_TO}|和|及|、)\s*"
_JOIN_YEARS = rf"\s*({_TO}|和|及|、|与)\s*"  # "2007年与2009年间"
_DA_ANY = "(?:" + _DA[1:]  # the same, not a group
_MO_ANY = "(?:" + _MO[1:]
_NEXT_MONTH = rf"(?=\s*(?:{_TO}|和|及|、)\s*{_MO_ANY}\s*月)"  # "2014年7-8月": the first month's 月 left out
_NEXT_DAY = rf"(?=\s*(?:{_TO}|和|及|、)\s*{_DA_ANY}\s*[日号])"  # "6和7日": the first day's 日 left out
_MONTH_PART = "底|末|初|上旬|中旬|下旬"
# Parts after "N 年": 年中 only doubled ("2015年年中": "2015年中国" is China), 初 not in 初步 (preliminary).
_YEAR_PART = ("年底|年末|年初|年中|底|末|初(?![步次级稿审选])|上半年|下半年|第[一二三四1-4]季度|[一二三四]季度")
_DAY_END = r"\s*[日号]"
_NOT_COUNT = r"(?!\s*(?:[0-9０-９]|人|名|个|万|千|百|多|余|%|％|美元))"  # "1000-2000 人" is a count range
# A year is no year when the words around it make it a length of time: "持续了 300 年", "300 年来".
_NOT_DURATION = r"(?!\s*(?:来|之久|多|余|以上|左右|以来|后|前|内|期|的时间|里|中|半))"
# One full date as a title writes it ("2021 年 1 月 12 日"): the date grammar's zh_day, named groups.
WRITTEN_DAY = rf"(?P<y>{_D}{{4}})\s*年\s*(?P<m>{_D}{{1,2}})\s*月\s*(?P<d>{_D}{{1,2}})\s*日"
DATE_PATTERNS = [  # tried in order, then the next language's; first match at a position wins
    DatePattern("zh_hijri", "hijri", ("y", "m", "d"),
                rf"(?:回历|伊斯兰历|希吉来历|希吉拉历)\s*({_D}{{3,4}})\s*年(?:\s*{_MO}\s*月(?:\s*{_DA}{_DAY_END})?)?"),
    DatePattern("zh_day", "day", ("y", "m", "d", "join", "y2", "m2", "d2"),
                rf"{_YM}\s*年\s*{_MO}\s*月\s*{_DA}(?:{_DAY_END}|{_NEXT_DAY})"
                rf"(?:{_JOIN}(?:({_D}{{4}})\s*年\s*)?(?:{_MO}\s*月\s*)?{_DA}{_DAY_END}(?!\s*(?:{_TO})\s*{_DA_ANY}\s*[日号]))?"),
    DatePattern("zh_month", "month", ("y", "m", "part", "join", "y2", "m2", "part2"),
                rf"{_YM}\s*年\s*{_MO}(?:\s*月(?:份)?({_MONTH_PART})?|{_NEXT_MONTH})"
                rf"(?:{_JOIN}(?:({_D}{{4}})\s*年\s*)?{_MO}\s*月(?:份)?({_MONTH_PART})?(?!\s*{_DA_ANY}{_DAY_END}))?"),
    DatePattern("zh_decade", "decade", ("decade", "part"), rf"(?<![0-9０-９.])({_D}{{3}}0)\s*年代(初期|末期|中期|初|末|中)?"),
    DatePattern("zh_cdecade", "decade", ("c", "dec", "part"),
                r"(上个?|二十一|二十|十[一二三四五六七八九]?|[一二三四五六七八九]|[0-9０-９]{1,2})\s*世纪\s*"
                r"([0-9０-９]0|[一二三四五六七八九]十)\s*年代(初期|末期|中期|初|末|中)?"),
    DatePattern("zh_century", "century", ("c", "part"),
                r"(上个?|二十一|二十|十[一二三四五六七八九]?|[一二三四五六七八九]|[0-9０-９]{1,2})\s*世纪(初期|末期|中叶|中期|初|末)?"),
    DatePattern("zh_year", "year", ("y", "part", "join", "y2", "part2"),
                rf"{_Y}\s*年(?!代)({_YEAR_PART})?"
                rf"(?:{_JOIN_YEARS}({_D}{{4}}|[{_CN}]{{4}})\s*年(?!代)({_YEAR_PART})?)?"),
    # a year named before an international year or decade: "2008国际环境卫生年", "2013国际水合作年" (zh.txt:1045)
    DatePattern("zh_year_named", "year", ("y",), rf"{_Y}(?=\s*国际[\u4e00-\u9fff]{{1,12}}?(?:十年|年))"),
    DatePattern("zh_year3", "year", ("y",), rf"(?<![0-9０-９.．近约逾达了过时期满])([1-9１-９]{_D}{{2}})\s*年(?!代){_NOT_DURATION}"),
    # "2016到2018", "2016-2017两年期", "1992-1994 年"; a bare "2014-2015" in other words is the next language's
    DatePattern("zh_yrange", "year_range", ("y", "join", "y2"),
                rf"{_Y}\s*(至|到|{_TO})\s*({_D}{{4}})(?:\s*年(?!代)|(?<=[0-9０-９])(?=[\u4e00-\u9fff]){_NOT_COUNT}"
                rf"|(?<=[至到][0-9０-９]{{4}}){_NOT_COUNT}(?![0-9０-９]))"),
    DatePattern("zh_md", "yearless_day", ("m", "d", "join", "m2", "d2"),
                rf"(?<![0-9０-９.．{_CN}十])(?<![0-9０-９{_CN}]年)([0-9０-９]{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月\s*{_DA}"
                rf"(?:{_DAY_END}|{_NEXT_DAY})(?:{_JOIN}(?:{_MO}\s*月\s*)?{_DA}{_DAY_END})?"),
    DatePattern("zh_m", "yearless_month", ("m", "part", "join", "m2", "part2"),
                rf"(?<![0-9０-９.．个])(?<![0-9０-９]年)({_D}{{1,2}})\s*月({_MONTH_PART})?(?!份)(?:{_JOIN}({_D}{{1,2}})\s*月({_MONTH_PART})?(?!\s*{_DA_ANY}{_DAY_END}))?"),
    DatePattern("zh_and_day", "and_day", ("d",), rf"(?:(?<=[和及、])|(?<=[和及、]\s))({_D}{{1,2}}){_DAY_END}"),
]
DATE_FOLLOWERS = r"\s*[年月日至到\-–—~～和及、世]|\s*国际"  # after a date's first digits: "1993 年", "1992-1994", "6和7日"
# Characters a date may open with besides digits and letters, each with what must follow it:
# 一九九三年, 七月二十三日, 十九世纪, 上世纪, 回历.
DATE_LEAD_CHARS = "〇零○一二三四五六七八九十上回伊希"
DATE_LEADS = (rf"(?<=[{_CN}])(?=[{_CN}]{{3}}\s*年)|(?<=[一二三四五六七八九十])(?=[一二三四五六七八九十]{{0,2}}\s*(?:月\s*[一二三四五六七八九十]+\s*[日号]|世纪))"
              r"|(?<=上)(?=个?世纪)|(?<=回)(?=历)|(?<=伊)(?=斯兰历)|(?<=希)(?=吉[来拉]历)")
NUMERIC_DATE_ORDER = ""  # all-digit "04/01/2019" in Chinese text: no order assumed (the document's other dates decide)
RECURRING = (r"每年\s*$", "")  # "每年 3 月 31 日": a date every year, not one date (words before, after)
# Durations in words (claims.durations): 三个半月, 半年, 半个世纪, 数月, 两个世纪.  Not 几 ("几周后", a
# few weeks later, is no figure in the seed's hand-checked gold).
_N = r"[0-9０-９]+|[一二两三四五六七八九十百]+"
DURATION_UNITS = {"年": "years", "个月": "months", "月": "months", "天": "days", "周": "weeks", "星期": "weeks",
                  "个星期": "weeks", "小时": "hours", "个小时": "hours", "分钟": "minutes", "世纪": "centuries",
                  "个世纪": "centuries"}
DURATION_PATTERNS = [
    rf"(?<![0-9０-９一二两三四五六七八九十百千万])(?P<n>{_N})\s*个\s*(?P<half>半)\s*(?P<unit>月|小时|星期|世纪)",
    r"(?<![上下前后多大])(?P<half>半)\s*(?P<unit>年|个月|个世纪|个小时|小时|天|个星期)(?!期|度)",
    r"(?<![0-9０-９十百千万])(?P<several>数|若干)\s*(?P<unit>个月|月|年|天|周|个星期|个小时|小时|个世纪)",
    rf"(?<![0-9０-９一二两三四五六七八九十百千万第])(?P<n>{_N})\s*(?P<unit>个世纪)",
]
DURATION_KEYS = ("半", "数", "若干", "世纪")  # a word duration holds one of these (within 32 characters after its start)
PERIOD_LABEL_AFTER = r"期(?!间|内)|(?<=周)[年岁]"  # "两年期" (biennium): a period's name; "七十周年": an anniversary
# "国际十年", "行动十年", "能源十年", "该十年" (zh.txt:2237): a Decade's name, not ten years
# "比上一年低0.9%" (zh.txt:1653): 上一年 / 下一年 is the year before / after, not a year's length.
PERIOD_LABEL_BEFORE = r"(?:国际|行动|能源|[该本]|终了的|(?<![以之附向往])[上下])\s*$"  # "3月7日终了的一周" (zh.txt:605): the week ending
TIME_LIMIT_BEFORE = ""
TIME_LIMIT_AFTER = r"\s*(?:之内|内)(?![部政容战阁陆地外务])"  # "至迟在…后30天内" (zh.txt:527, 1267): at most N
LEAD_TIME_AFTER = ""
SINCE = (r"(?:自|从)\s*$", r"\s*(?:以来|起)", 3)  # 自 X 以来: (before, after, how far back to look)
COORDINATORS = ("和", "至", "到", "与", "及", "、")  # dates joined into one group: 3 月底和 4 月初

# ----------------------------------------------------------------------------- the letter's masthead
# The title, "{date}" standing for a full date as the date grammar writes it.
LETTER_TITLE_LINE = r"{date}.{2,80}?(?:的(?:同文)?信|的普通照会)"
LETTER_TITLE = r"{date}\s*(?P<author>.+?)(?:给|致)(?P<addressee>.+?)的(?:同文)?(?:信|普通照会)"  # 给/致秘书长的信
STATE_BEFORE = ("常驻", "代表团", "共和国", "政府", "总统", "外交部", "驻联合国")  # 阿塞拜疆|常驻联合国代表
AGENDA_HEADING = r"议程项目"
SIGNATURE_WORDS = ("签名",)

# ----------------------------------------------------------------------------- around a figure
# A place the gazetteer may not know, named with its kind (group "place"): "在苏呼米市", "从某某镇";
# the name follows a locative word, holds no function word, neither opens with a generic word
# (该/其他/周围 ...) or a verb (接管, 进入 ...) nor ends with a determiner, and 市场, 镇压, 省略
# are words, not places.
_GENERIC_PLACE = (r"该|这|那|其|各|本|此|全|整|有关|所有|其他|其它|某些|一些|部分|边境|农村|城|乡|冲突|周边|周围|附近|邻近|"
                  r"当地|本地|地方|偏远|沿海|被占|占领|受|灾|行政|自治|"
                  r"接管|攻击|袭击|进入|包围|控制|夺取|轰炸|炮击|撤离|离开|前往|返回|访问|抵达|进攻")  # 在接管阿姆兰省: a verb first
_NAME_CHAR = r"(?![的和了在是对向与及被将已为从至到之等])[\u4e00-\u9fff·]"
_LOCATIVE = r"(?<=在)|(?<=[^关对由属等终]于)|(?<=[从至向])|(?<=[^受达遭得感看听收]到)|(?<=位于|来自)"
PLACE_PATTERNS = [
    rf"(?:{_LOCATIVE})(?!{_GENERIC_PLACE})(?P<place>{_NAME_CHAR}{{2,5}}?)(?<![该这那其此本各全])"
    r"(?:(?<!城)市(?!场|值)|省(?!略|钱|级)|(?<![城乡])镇(?!压|定|静)|(?<![乡])村(?!庄)|县|州)",
]
_REF = r"[0-9０-９]+(?:/[0-9]+)?\s*(?:[(（]\s*(?:[0-9]{4}|[IVXLC]+)\s*[)）])?"  # 2118(2013), 1894 (LVII)
# After a reference number: no classifier or scale, so "表 3" is a table but "代表 3 名" is not.
_NOT_A_COUNT_AFTER = r"(?![0-9.,]|\s*[个项名人万亿%％年月日天次户])"
IDENTIFIER_PATTERNS = [
    rf"第\s*{_REF}(?:\s*(?:、|，|,|和|及|与|至)\s*(?:第\s*)?{_REF})*\s*号",      # 第 822(1993)号, 第1267(1999)和1989(2011)号
    r"第\s*[0-9A-Za-z][0-9A-Za-z/.\-()（） ]{0,30}?(?:之[一二三四五六七八九十]+)?\s*号",  # 第 40984/07 号
    r"第\s*[0-9０-９]+(?:\s*(?:至|-|–|和|、)\s*[0-9０-９]+)*(?!\s*季度)",           # 第 366 团, 第 154 至 178 段
    r"第[〇零一二两三四五六七八九十百千]+(?!季度)",                                # 第七十五届 (第一季度 is a date part)
    r"议程项目\s*[0-9０-９]+(?:\s*\([a-z]\))?(?:\s*(?:、|，|,|和|及)\s*[0-9０-９]+(?:\s*\([a-z]\))?)*",  # 议程项目 34、35
    r"《[^》\n]{0,60}》",                                                          # titles: 《九国宣言》
    # 表3, 图1, 行动5, 项目137, 建议5 (corpus: tables, figures, actions, items, recommendations; zh.txt:2778),
    # and lists of them: 行动38和40 (zh.txt:2790); not 代表/发表/列表/试图/意图/地图; 建议2015年 is "proposes"
    rf"(?<![代发列试意地企])(?:表|图|行动|项目|附件|附录|方框|专栏|建议)\s*[0-9]+(?:\s*\([a-z]\))?"
    rf"(?:\s*(?:和|、|及|至)\s*[0-9]+(?:\s*\([a-z]\))?)*{_NOT_A_COUNT_AFTER}(?!\s+[0-9]|\s*美元)",
    # 两国人民, 九国还谴责, 四国领导人, 十国集团: N 国 without a classifier names a known set of states
    r"(?<![0-9第〇零一二两三四五六七八九十百千])[两二三四五六七八九十]国(?![际家内籍土界旗防务库情会有营立外])",
]
IDENTIFIER_OPENERS = "第议《表图行项附方专建两二三四五六七八九十"  # the characters the patterns above open with
# A time of day, never a count or a duration: "11时15分", "上午10时", "22时" (opens with one
# digit class: the identifier scan reads that digit once for every such pattern)
TIME_OF_DAY = r"[0-9][0-9]?\s*时(?:\s*[0-9]{1,2}\s*分)?(?!间|期|代|候|刻|段|效)"
RESOLUTION_BEFORE = (r"第\s*",)  # 第 822(1993)号决议: a Security Council resolution in prose
RESOLUTION_AFTER = (r"\s*号",)
ADOPTION_VERBS = r"通过"  # 安全理事会通过第 853(1993)号决议
# Predicate words after (or before) a count -> category; only for counts of people.
CATEGORY_VERBS = {
    "killed": r"死亡|丧生|遇难|被杀|杀害|被打死|遇害|罹难|身亡|打死|炸死|杀死|丧命|夺走了?.{0,6}生命",
    "wounded": r"受伤|负伤|伤员|炸伤|打伤|致伤",
    "missing": r"失踪|下落不明",
    "hostages": r"人质|被扣|扣押|拘留|绑架|劫持|被拘",
    "displaced": r"种族清洗|驱逐|流离失所|背井离乡|被迫离开|逃离|被迫逃|难民|被逐|迁离家园",
}
# Head nouns -> (category when no predicate says otherwise, unit).  Longest first wins.
HEAD_NOUNS = {
    "人口": ("population", "persons"), "居民": ("population", "persons"),
    "平民": ("other", "persons"), "妇女": ("other", "persons"), "儿童": ("other", "persons"),
    "老人": ("other", "persons"), "人民": ("other", "persons"), "难民": ("displaced", "persons"),
    "人质": ("hostages", "persons"), "士兵": ("other", "persons"), "军人": ("other", "persons"),
    "人": ("other", "persons"),
    "城市、村镇": ("settlements", "settlements"), "城市": ("settlements", "settlements"),
    "村镇": ("settlements", "settlements"), "村庄": ("settlements", "settlements"),
    "城镇": ("settlements", "settlements"), "定居点": ("settlements", "settlements"),
    "区": ("territory", "districts"), "地区": ("territory", "districts"), "省": ("territory", "districts"),
    "县": ("territory", "districts"), "州": ("territory", "districts"), "村": ("settlements", "settlements"),
    "平方公里": ("territory", "km2"), "信函": ("documents", "letters"), "信": ("documents", "letters"),
    "主席说明": ("documents", "documents"),
    "声明": ("documents", "documents"), "报告": ("documents", "documents"), "说明": ("documents", "documents"),
    "决议": ("documents", "documents"), "文件": ("documents", "documents"),
    "发言": ("documents", "speeches"), "国家": ("other", "states"), "共和国": ("other", "states"),
    "国": ("other", "states"), "原则": ("other", "principles"),
}
SUBJECT_STOPS = r"被|遭|在|于|死亡|丧生|受伤|失踪|组成|独立|都|已|尚未|没有|并未|未能|仍|正在|[和与及]\s*[0-9]"
# A figure is hypothetical when its clause leads to it with an avoidance/possibility word,
# when a condition opens its sentence before it, or when a modal follows it in its clause.
HYPOTHETICAL_BEFORE = r"避免|以免|防止|免遭|可能|将会"
CONDITIONS = r"如果|假如|倘若|一旦|若(?<!倘若)"
HYPOTHETICAL_AFTER = r"将会|可能会"
BREAKDOWN = r"其中包括|其中|包括"
BREAKDOWN_END = r"另有|此外"  # "另有 1 000 人受伤": no longer part of the total
SPEECH_VERBS = (r"表达了|报告说|讲话时说|发表如下讲话|声明如下|的结论是|结论是|所说|所述|指出|认定|认为|表示|宣布|强调|"
                r"写道|描述为|说|称")
REPORTED_VERBS = r"认定|指出|报告说|认为|表示|称"
SPEAKER_FRAMES = (r"(?:正如|如)(.{1,24}?)所(?:说|指出|述|言|报告)",)  # 正如“人权观察”所说: the speaker inside
SPEAKER_LEADS = ()  # words before a speaker ("according to X"): none in Chinese
TITLE_SPEAKER = r"《([^》]{1,40})》"  # a work named before a figure speaks for it
SPEAKER_PREPOSITIONS = "向对在于就给"  # "X 向安理会指出": the speaker ends before them
SPEAKER_TRAILING_WORDS = ("尤其", "还", "也", "特别", "一再", "多次", "进一步", "曾", "的", "所")
PRONOUNS = ("它", "他", "她", "他们", "其")
# "应特别指出" (it should be noted), "我们指出": the author's own voice, not a source.
IMPERSONAL = ("应", "应当", "应该", "必须", "需要", "值得", "须", "我们", "我", "我国")
