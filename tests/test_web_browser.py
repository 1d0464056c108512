"""The search page end to end in a real headless Chromium against `humascrawl serve`.

Uses Debian's chromium and chromedriver (never a downloaded browser); skips with the
reason when they are missing (`apt-get install chromium chromium-driver`).
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from test_web import TITLES, XSS_TITLE, build_archive, start_server, stop_server

CHROMIUM = Path(os.environ.get("HUMASCRAWL_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("HUMASCRAWL_CHROMEDRIVER", "/usr/bin/chromedriver"))

if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)", allow_module_level=True)
if not (CHROMEDRIVER.is_file() and os.access(CHROMEDRIVER, os.X_OK)):
    pytest.skip(f"no chromedriver at {CHROMEDRIVER} (apt-get install chromium-driver)", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

# Selenium Manager must never try to download a browser or driver here.
os.environ["SE_OFFLINE"] = "true"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web-browser")
    url = f"sqlite:///{folder / 'archive.sqlite3'}"
    ids = build_archive(url)
    proc, base = start_server(url)
    yield base.rstrip("/"), ids
    stop_server(proc)


@contextmanager
def chromium(profile: Path, width: int, height: int):
    """Headless Chromium showing pages ``width`` × ``height`` CSS pixels."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run",
                 "--disable-sync", "--hide-scrollbars", f"--window-size={width},{height}", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.set_page_load_timeout(30)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with chromium(tmp_path_factory.mktemp("chromium-profile"), 1280, 900) as driver:
        yield driver


@pytest.fixture(scope="module")
def phone(tmp_path_factory):
    """A viewport 390 px wide: a phone held upright."""
    with chromium(tmp_path_factory.mktemp("chromium-phone-profile"), 390, 844) as driver:
        yield driver


def wait_for(driver, css: str):
    return WebDriverWait(driver, 15).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def assert_nothing_ran(driver) -> None:
    """No payload executed: the flag every payload would set is unset and no alert is open."""
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - reading it is what raises


def csp_violations(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]


def test_search_facet_article_copies_and_versions(server, browser):
    base, ids = server
    browser.get(base + "/")
    box = wait_for(browser, "#q")
    box.send_keys("narkoba")
    browser.find_element(By.ID, "search-button").click()
    wait_for(browser, "#results li.hit")
    assert "q=narkoba" in browser.current_url
    marks = browser.find_elements(By.CSS_SELECTOR, "#results p.snippet mark")
    assert marks and all(m.text.lower() == "narkoba" for m in marks)
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "a.hit-title")]
    assert set(TITLES) <= set(titles) and XSS_TITLE in titles
    assert browser.find_elements(By.CSS_SELECTOR, "#chart rect.bar")
    assert_nothing_ran(browser)

    facet = browser.find_element(By.XPATH, "//section[@data-facet='site']//a[text()='Kalbar Online']")
    facet.click()
    WebDriverWait(browser, 15).until(lambda d: "site=kalbaronline.com" in d.current_url)
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "a.hit-title")]
    assert titles == [TITLES[1]]
    assert "site: kalbaronline.com" in browser.find_element(By.ID, "active-filters").text

    browser.find_element(By.CSS_SELECTOR, "a.hit-title").click()
    wait_for(browser, "#article")
    assert browser.find_element(By.ID, "title").text == TITLES[1]
    copies = browser.find_elements(By.CSS_SELECTOR, "#copies a.copy-link")
    assert sorted(a.text for a in copies) == sorted([TITLES[0], TITLES[2]])
    assert "origin" in browser.find_element(By.ID, "copies").text
    next(a for a in copies if a.text == TITLES[0]).click()
    WebDriverWait(browser, 15).until(lambda d: d.current_url.endswith(f"/articles/{ids['origin']}"))
    assert browser.find_element(By.ID, "title").text == TITLES[0]

    browser.get(f"{base}/articles/{ids['changed']}")
    versions = browser.find_elements(By.CSS_SELECTOR, "#versions li.version")
    assert [v.get_attribute("data-version") for v in versions] == ["2", "1"]
    browser.find_element(By.CSS_SELECTOR, "#versions details summary").click()
    assert "+Situasi aman dan kondusif." in browser.find_element(By.CSS_SELECTOR, "pre.diff").text
    assert csp_violations(browser) == []  # our own pages need nothing the policy forbids


def test_xss_payloads_stay_text(server, browser):
    base, ids = server
    browser.get(base + "/?q=narkoba")
    wait_for(browser, "#results li.hit")
    browser.find_element(By.XPATH, "//a[@class='hit-title'][contains(., 'Kapolres')]").click()
    wait_for(browser, "#article")
    assert browser.find_element(By.ID, "title").text == XSS_TITLE
    assert 'onerror="window.__xss=3"' in browser.find_element(By.ID, "text").text
    assert browser.find_elements(By.CSS_SELECTOR, "#article img, #article svg, #article script") == []
    assert browser.find_elements(By.CSS_SELECTOR, "#original-url a") == []  # javascript: URL not linked
    assert_nothing_ran(browser)
    for label in browser.find_elements(By.CSS_SELECTOR, ".labels a, .units a"):
        assert label.get_attribute("href").startswith(base + "/?")

    browser.find_element(By.ID, "raw-link").click()
    WebDriverWait(browser, 15).until(lambda d: d.current_url.endswith(f"/api/articles/{ids['xss']}/raw"))
    assert browser.execute_script("return document.contentType") == "text/plain"
    assert "<script>window.__xss=12</script>" in browser.find_element(By.TAG_NAME, "body").text
    assert_nothing_ran(browser)

    browser.get(base + "/?q=" + "%22%3E%3Cscript%3Ewindow.__xss%3D13%3C%2Fscript%3E")
    wait_for(browser, "#q")
    assert browser.find_element(By.ID, "q").get_attribute("value") == '"><script>window.__xss=13</script>'
    assert_nothing_ran(browser)


def test_pages_fit_a_390_px_screen(server, phone, tmp_path):
    base, ids = server
    pages = {"search": "/?q=narkoba", "nothing": "/?q=kata-yang-tidak-ada", "article": f"/articles/{ids['changed']}",
             "hostile-article": f"/articles/{ids['xss']}", "api-docs": "/api/docs", "error": "/articles/999999"}
    for name, path in pages.items():
        phone.get(base + path)
        wait_for(phone, "footer")
        width = phone.execute_script("return window.innerWidth")
        assert width == 390
        overflowing = phone.execute_script(
            "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
            "window.innerWidth + 0.5).map(e => e.tagName + '.' + e.className).slice(0, 5)")
        assert phone.execute_script("return document.documentElement.scrollWidth") <= width, (name, overflowing)
        for button in phone.find_elements(By.CSS_SELECTOR, "header button, form button"):
            box = button.rect
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, (name, box)
        phone.save_screenshot(str(tmp_path / f"{name}-390px.png"))
    phone.get(base + "/?q=kata-yang-tidak-ada")
    assert phone.find_elements(By.CSS_SELECTOR, "ol.hits li") == []
    assert phone.find_element(By.ID, "nothing-found").text.startswith("Nothing found.")
