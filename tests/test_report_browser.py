"""report.html in a real headless Chromium (Debian's chromium + chromium-driver, Selenium):
no console errors, one highlight per claims row, a click opens the right card, the flag
filter and sorting work, right-to-left and CJK text lay out; screenshots are kept as test
artifacts in ``test-artifacts/``.  ``tools/install-test-deps.sh`` installs the browser."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pandas as pd
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from figtrace.report.bundle import load_bundle
from figtrace.report.html import render_report_html
from flows import review
from tests.browser import CHROMEDRIVER, CHROMIUM, chromium
from tests.conftest import ROOT
from tests.outfolder import THREE_SCRIPTS, run_into

ARTIFACTS = ROOT / "test-artifacts"
RUN = "20990325T100000000Z-test0001"


def test_the_browser_and_fonts_are_installed():
    """Not skipped when missing: the README's test command installs them (tools/install-test-deps.sh)."""
    assert CHROMIUM.exists() and CHROMEDRIVER.exists()
    for lang in ("zh", "ar"):  # a font that covers Chinese and one that covers Arabic
        assert subprocess.run(["fc-list", f":lang={lang}", "family"], capture_output=True, text=True).stdout.strip(), lang


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    run_into(out, THREE_SCRIPTS, RUN)
    flags = pd.read_parquet(out / "flags")
    dismissed = flags[(flags["rule"] == "uncited-casualty-figure") & ~flags["passed"]].iloc[0]
    review.record_review(out, dismissed["flag_id"], "dismissed", "cited in the annex", "ana")
    (out / "report.html").write_text(render_report_html(load_bundle(out)), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def browser(out, tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("profile")) as driver:
        driver.get((out / "report.html").as_uri())
        yield driver


def shot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


def test_no_console_errors(browser):
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    assert browser.execute_script("return typeof Plotly") == "object"  # the inlined plotly.js ran
    assert browser.find_elements(By.CSS_SELECTOR, "#chart-categories .main-svg")  # and drew the chart


def test_one_highlight_per_claims_row(browser, out):
    ids = browser.execute_script(
        "return Array.from(document.querySelectorAll('.doctext [data-claim-id]'), e => e.dataset.claimId)")
    claims = pd.read_parquet(out / "claims")
    assert len(ids) == len(claims) and sorted(ids) == sorted(claims["claim_id"])


def test_clicking_a_figure_opens_its_card(browser, out):
    claims = pd.read_parquet(out / "claims")
    row = claims[(claims["surface"] == "613") & (claims["doc_id"] == "A/75/709:zh")].iloc[0]  # seed p. 2
    mark = browser.find_element(By.CSS_SELECTOR, f'.doctext mark[data-claim-id="{row["claim_id"]}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    card = browser.find_element(By.ID, "card")
    assert card.is_displayed() and card.get_attribute("data-claim-id") == row["claim_id"]
    field = lambda name: card.find_element(By.CSS_SELECTOR, f'[data-field="{name}"]').text
    assert (field("surface"), field("value"), field("category"), field("page")) == ("613", "exactly 613 persons", "killed", "2")
    assert field("place") == row["place"] and field("subject") == row["subject"]
    assert "uncited-in-paragraph" in card.find_element(By.ID, "card-flags").text
    shot(browser, "report-card")
    browser.find_element(By.ID, "card-close").click()
    assert not card.is_displayed()


def test_a_reviewed_flag_shows_its_decision(browser, out):
    row = browser.find_element(By.CSS_SELECTOR, '#flags-table tr[data-review="dismissed"]')
    assert "dismissed by ana" in row.text


def visible_rows(browser, table: str) -> list:
    return [tr for tr in browser.find_elements(By.CSS_SELECTOR, f"#{table} tbody tr") if tr.is_displayed()]


def test_the_flag_filter_shows_one_rule(browser, out):
    flags = pd.read_parquet(out / "flags")
    raised = flags[~flags["passed"]]
    assert len(visible_rows(browser, "flags-table")) == len(raised)  # checks that held are hidden at first
    Select(browser.find_element(By.ID, "flag-rule")).select_by_value("uncited-in-paragraph")
    shown = visible_rows(browser, "flags-table")
    assert len(shown) == (raised["rule"] == "uncited-in-paragraph").sum() > 0
    assert {tr.get_attribute("data-rule") for tr in shown} == {"uncited-in-paragraph"}
    browser.find_element(By.ID, "flag-passed").click()
    assert len(visible_rows(browser, "flags-table")) == (flags["rule"] == "uncited-in-paragraph").sum()
    Select(browser.find_element(By.ID, "flag-rule")).select_by_value("")
    browser.find_element(By.ID, "flag-passed").click()
    assert len(visible_rows(browser, "flags-table")) == len(raised)


def test_the_figures_table_sorts_by_a_column(browser):
    header = browser.find_element(By.CSS_SELECTOR, '#figures-table th[data-col="1"]')  # page
    browser.execute_script("arguments[0].scrollIntoView()", header)
    header.click()
    pages = [int(tr.find_elements(By.TAG_NAME, "td")[1].text) for tr in visible_rows(browser, "figures-table")]
    assert pages == sorted(pages) and header.get_attribute("aria-sort") == "ascending"
    header.click()
    pages = [int(tr.find_elements(By.TAG_NAME, "td")[1].text) for tr in visible_rows(browser, "figures-table")]
    assert pages == sorted(pages, reverse=True)


def test_arabic_runs_right_to_left_and_chinese_lays_out(browser):
    ar = browser.find_element(By.CSS_SELECTOR, '.doctext[lang="ar"]')
    assert ar.value_of_css_property("direction") == "rtl"
    # an Arabic line hugs the right edge of its box; Chinese glyphs are wide (not zero-width or missing)
    ar_right = browser.execute_script(
        "const r = document.createRange(); r.selectNodeContents(arguments[0]); const b = arguments[0].getBoundingClientRect();"
        "return [Math.max(...Array.from(r.getClientRects(), x => x.right)), b.right];", ar)
    assert ar_right[1] - ar_right[0] < 40
    width = browser.execute_script(
        "const s = document.createElement('span'); s.textContent = '阿塞拜疆'; s.style.fontSize = '20px';"
        "document.querySelector('.doctext[lang=zh]').append(s); const w = s.getBoundingClientRect().width; s.remove(); return w;")
    assert 60 <= width <= 100  # four full-width glyphs of about 20 px


def test_screenshot_is_kept_as_an_artifact(browser):
    browser.execute_script("document.querySelector('#documents').scrollIntoView()")
    mark = browser.find_element(By.CSS_SELECTOR, '.doctext[lang="zh"] mark.flagged')
    mark.click()
    path = shot(browser, "report")
    assert path.stat().st_size > 20_000  # docs/report.png, the README's picture, is a copy of this file
