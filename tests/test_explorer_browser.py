"""The explorer in a real browser: headless Chromium searches, opens an article, follows its targets.

Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them); on a machine without
them the test says so and skips. Screenshots are saved to test-artifacts/ (or $TEST_ARTIFACTS).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from explorer_server import running_explorer

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "test-artifacts"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
# Flags Chromium needs on these machines: no sandbox as root, and no background connections,
# which the closed network refuses.
CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1400,1600", "--lang=zh-CN",
]  # fmt: skip


@pytest.fixture
def explorer(built: Path) -> Iterator[str]:
    with running_explorer(built, tries=100) as url:
        yield url


@pytest.fixture
def browser(tmp_path: Path):
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("Chromium and ChromeDriver are not installed here (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _shows(browser, text: str) -> str:
    """Wait until the page shows `text` (the browser may still be loading it); the page's text."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20, ignored_exceptions=(StaleElementReferenceException,))
    wait.until(lambda driver: text in driver.find_element(By.TAG_NAME, "body").text)
    return browser.find_element(By.TAG_NAME, "body").text


def test_search_open_an_article_and_follow_its_targets(explorer: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{explorer}/zhaoshang/articles")
    box = browser.find_element(By.CSS_SELECTOR, "input[name='_search']")
    box.send_keys("烟花三月节")
    box.submit()
    _shows(browser, "1 row where search matches")
    assert browser.find_element(By.CSS_SELECTOR, "td.search-snippet mark").text == "烟花三月节"  # where it stands

    browser.find_element(By.LINK_TEXT, "w002").click()
    _shows(browser, "烟花三月节期间\uff0c我市将邀请967名客商来邮考察")  # the clean Simplified text, full-width marks
    source = browser.find_element(By.CSS_SELECTOR, "a[href='http://www.gytoday.cn/yw/2018-12-18/22369.html']")
    assert source.is_displayed()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "explorer-article.png"))

    browser.find_element(By.CSS_SELECTOR, "a[href='/zhaoshang/targets?article_id=w002']").click()
    assert "亿元" in _shows(browser, "967")

    browser.get(f"{explorer}/zhaoshang/articles?_facet=province&_facet=genre")
    _shows(browser, "湖北省")
    facets = browser.find_element(By.CSS_SELECTOR, ".facet-results").text
    assert "湖北省" in facets and "news_report" in facets

    browser.get(f"{explorer}/zhaoshang/search")
    field = browser.find_element(By.CSS_SELECTOR, "input[name='q']")
    field.send_keys("招商")
    field.submit()
    _shows(browser, "全市招商引资工作专题会议召开")  # a two-character word found inside longer ones
    assert {mark.text for mark in browser.find_elements(By.CSS_SELECTOR, "td.col-snippet mark")} == {"招商"}
    browser.save_screenshot(str(ARTIFACTS / "explorer-search.png"))
