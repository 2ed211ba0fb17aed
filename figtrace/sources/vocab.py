"""Vocabulary (data, not logic) for telling who issued a cited source.

``{state}`` stands for the letter's author state as layout found it
(``DocumentMeta.author_state``: "阿塞拜疆", "Azerbaijan").  Add states'
adjectives and organs here; ``figtrace.citations`` only reads these tables.
"""
from __future__ import annotations

# Organs of a state, as footnotes name the issuer of a letter or statement.
STATE_ORGANS = {
    "zh": (
        "常驻联合国代表团临时代办", "常驻代表团临时代办", "常驻联合国代表团", "常驻联合国代表",
        "常驻代表团", "常驻代表", "代表团", "外交部长", "外交部", "国防部", "代理总统", "总统",
        "总理", "政府", "议会", "国民议会", "最高苏维埃", "新闻稿", "总统官方网站",
    ),
    "en": (
        "Permanent Representative of", "Permanent Mission of", "Chargé d'affaires a.i. of",
        "Ministry of Foreign Affairs of", "Minister for Foreign Affairs of", "Ministry of Defence of",
        "Ministry of Defense of", "President of", "Prime Minister of", "Government of",
        "Parliament of", "delegation of", "Delegation of",
    ),
}

# Words a Chinese state name may carry between itself and the organ: 阿塞拜疆共和国外交部.
ZH_STATE_LINKS = ("共和国", "")
EN_STATE_LINKS = ("the Republic of ", "")

# Self patterns built from the author state, per language ("{state}" and "{organ}").
SELF_PATTERNS = {
    "zh": ("{state}{link}{organ}",),
    "en": ("{organ} {link}{state}", "{adjective} {organ_noun}"),
}

# English adjectives, for "Azerbaijani Ministry of Foreign Affairs".
STATE_ADJECTIVES = {"Azerbaijan": "Azerbaijani", "Armenia": "Armenian", "阿塞拜疆": "Azerbaijani", "亚美尼亚": "Armenian"}
ORGAN_NOUNS_EN = ("Ministry of Foreign Affairs", "Ministry of Defence", "Government", "President", "Mission")

# Chinese state names an author state may be given in, and their English names.
STATE_NAMES = {"阿塞拜疆": ("阿塞拜疆", "Azerbaijan"), "Azerbaijan": ("阿塞拜疆", "Azerbaijan"),
               "亚美尼亚": ("亚美尼亚", "Armenia"), "Armenia": ("亚美尼亚", "Armenia")}

# Issuers that are not the author's government: international bodies, courts, NGOs, publishers.
OTHER_ISSUERS = (
    "人权观察", "Human Rights Watch", "欧洲人权法院", "European Court of Human Rights", "伊斯兰合作组织",
    "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "欧安会", "欧安组织",
    "OSCE", "CSCE", "欧洲委员会", "部长委员会", "Council of Europe", "秘书长", "Secretary-General",
    "出版社", "University Press", "电视台", "国际法院", "International Court of Justice",
)

# Leading words of a reference that carry no meaning for its title ("见", "See also").
REFERENCE_LEADS = ("详情见", "例如见", "另见", "又见", "参见", "见", "及", "和", "以及", "See also", "See, for example,", "See", "Ibid.")

# A footnote that repeats the previous one.
IBID_WORDS = ("同上", "Ibid", "ibid", "Id.")

# A body sentence saying the author's own side sent the document its footnote cites
# ("阿塞拜疆于 2016 年向秘书长提交了一份……报告。33"): a footnote naming no issuer is then self-sourced.
SUBMISSION_PATTERNS = {
    "zh": r"(?:{state}|我们|我国)[^。；]{{0,15}}?(?:向|给)[^。；]{{0,25}}?(?:提交|发出|致函|转交|分发)",
    "en": r"(?:{state}|[Ww]e)\b[^.;]{{0,60}}?\b(?:submitted|transmitted|circulated|sent|addressed)\b",
}
