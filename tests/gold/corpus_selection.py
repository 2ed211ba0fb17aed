"""How the corpus gold's lines were chosen: at random, with a recorded seed, before any labelling.

The development corpus ``../shared/corpus/unpc-dev/{zh,en}.txt`` (UN Parallel Corpus v1.0
sample, 3 116 aligned sentences of 2015 documents; Ziemski et al., LREC 2016) is read once,
the lines whose Chinese AND English sides both hold a digit or a number word are kept, and
``N_LINES`` of them are drawn with ``random.Random(SEED).sample``.  The same line numbers
are labelled in both languages (tests/gold/corpus_gold_zh.py and corpus_gold_en.py), so the
gold of one sentence can be read against its translation.

The gold files copy each chosen line's text, so the tests never read ../shared; this module
only documents (and can re-run) the draw: ``python -m tests.gold.corpus_selection``.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

SEED = 9_2015  # issue 9, corpus year 2015
N_LINES = 160
# Issue 10: French, Spanish, Russian and Arabic gold label 60 of the 160 lines above, drawn with
# ``random.Random(ISSUE10_SEED).sample`` from the Chinese and English gold's line numbers (the
# same 60 in the four languages, so every label can be read against the English gold).
ISSUE10_SEED = 10_2015
ISSUE10_LINES = 60


def find_corpus() -> Path | None:
    """``shared/corpus/unpc-dev`` beside the repository or a folder above it (``../shared``), else None."""
    root = Path(__file__).resolve().parents[2]
    for folder in (root, *root.parents):
        if (folder / "shared" / "corpus" / "unpc-dev" / "zh.txt").is_file():
            return folder / "shared" / "corpus" / "unpc-dev"
    return None


# A digit (ASCII or full-width) or a Chinese number character other than 一 (一 is mostly "a").
ZH_NUMBER = re.compile(r"[0-9０-９二两三四五六七八九十百千万亿]")
# A digit or an English cardinal number word (ordinals such as "first" are not counts).
EN_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    r"thousands?|millions?|billions?|dozens?|half)\b", re.IGNORECASE)


# A digit or a number word in the other languages (for the benchmark's "lines with numbers").
FR_NUMBER = re.compile(r"\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|"
                       r"cinquante|soixante|cent|cents|mille|millions?|milliards?|dizaines|centaines|milliers)\b", re.I)
ES_NUMBER = re.compile(r"\d|\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|cuarenta|"
                       r"cincuenta|cien|ciento|mil|millones|millón|decenas|cientos|centenares|miles)\b", re.I)
RU_NUMBER = re.compile(r"\d|(?<!\w)(?:два|две|двух|три|трех|трёх|четыре|пять|пяти|шесть|семь|восемь|девять|десять|"
                       r"двадцать|тридцать|сорок|пятьдесят|сто|двести|тысяч\w*|миллион\w*|десятки|десятков|сотни|сотен)(?!\w)", re.I)
AR_NUMBER = re.compile(r"[0-9\u0660-\u0669]|(?<!\w)(?:اثن\w*|ثلاث\w*|أربع\w*|خمس\w*|ست\w*|سبع\w*|ثماني?\w*|تسع\w*|"
                       r"عشر\w*|مائة|مئة|ألف|آلاف|مليون|ملايين)(?!\w)")
NUMBER_RES = {"zh": ZH_NUMBER, "en": EN_NUMBER, "fr": FR_NUMBER, "es": ES_NUMBER, "ru": RU_NUMBER, "ar": AR_NUMBER}


def corpus_lines(lang: str, root: Path | None = None) -> list[str]:
    """The corpus lines of one language (line n of the file is item n - 1)."""
    return ((root or find_corpus()) / f"{lang}.txt").read_text(encoding="utf-8").split("\n")[:-1]


def eligible(zh: list[str], en: list[str]) -> list[int]:
    """1-based numbers of the lines whose two sides both hold a digit or a number word."""
    return [i + 1 for i, (z, e) in enumerate(zip(zh, en)) if ZH_NUMBER.search(z) and EN_NUMBER.search(e)]


def selected_lines(zh: list[str], en: list[str], n: int = N_LINES, seed: int = SEED) -> list[int]:
    """The gold's line numbers: ``n`` eligible lines drawn at random with ``seed``, in file order."""
    return sorted(random.Random(seed).sample(eligible(zh, en), n))


def issue10_lines(gold_lines: list[int], n: int = ISSUE10_LINES, seed: int = ISSUE10_SEED) -> list[int]:
    """The French, Spanish, Russian and Arabic gold's line numbers: ``n`` of the zh/en gold's, at random."""
    return sorted(random.Random(seed).sample(sorted(gold_lines), n))


if __name__ == "__main__":
    chosen = selected_lines(corpus_lines("zh"), corpus_lines("en"))
    print(chosen)
    print(issue10_lines(chosen))
