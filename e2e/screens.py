"""Full-page screenshots of the pages an L&D advisor uses every week, each at 1280 px and at
360 px wide, on the demo organisation. Used for the before/after pictures of a change, and by
the browser walk, which runs axe on every one.

Usage: python screens.py BINARY FOLDER"""
import csv
import datetime
import io
import os
import re
import sys
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from server import Server

WIDTHS = (1280, 360)


def full_page(driver, path, width):
    """A picture of the whole page at a width: the window grows to the page's height (at most
    8000 px, so a runaway page still gives a picture)."""
    driver.set_window_size(width, 900)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height, 600), 8000))
    driver.save_screenshot(path)


def capture(driver, folder, name, check_page=None):
    """The current page at each width; `check_page(name)` runs once per width (axe, fit)."""
    for width in WIDTHS:
        full_page(driver, os.path.join(folder, f"{name}-{width}.png"), width)
        if check_page:
            check_page(f"{name} at {width} px")
    driver.set_window_size(1280, 900)


def sign_in(driver, url, email, password):
    driver.get(url + "/sign-in")
    driver.find_element(By.NAME, "email").send_keys(email)
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, 'main form[action$="/sign-in"] button[type="submit"]').click()
    WebDriverWait(driver, 30).until(lambda d: "/sign-in" not in d.current_url)


def demo_organisation(server):
    server.command(["demo", "--people", "3000", "--waves", "2", "--seed", "3", "--with-lo-scan"])
    server.command(["users", "create", "--email", "demo@example.org", "--organisation", "Demo", "--role", "advisor"],
                   input="demo passphrase 2026\n")


def open_link(driver, server, organisation):
    """Opens a wave of both scans for the whole demo organisation; returns one person's link."""
    driver.get(f"{server.url}/o/{organisation}/waves/new")
    driver.find_element(By.NAME, "name").send_keys("Voorjaarsmeting")
    for reference in ("dlo@1", "lp@1"):
        driver.find_element(By.CSS_SELECTOR, f'input[name="instruments[]"][value="{reference}"]').click()
    driver.find_element(By.CSS_SELECTOR, 'input[name="units[]"]').click()
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    for name, value in (("opens_at", f"{yesterday.isoformat()}T08:00"),
                        ("closes_at", f"{(yesterday + datetime.timedelta(days=15)).isoformat()}T17:00")):
        driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.NAME, name), value)
    driver.find_element(By.CSS_SELECTOR, 'main form[action$="/waves"] button[type="submit"]').click()
    driver.find_element(By.CSS_SELECTOR, 'main form[action$="/open"] button[type="submit"]').click()
    links = driver.find_element(By.CSS_SELECTOR, 'a[href$="/links.csv"]').get_attribute("href")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(links, headers={"Cookie": cookies})) as response:
        text = response.read().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";" if text.split("\n", 1)[0].count(";") else ","))
    return rows[1][-1]


def main(binary, folder):
    os.makedirs(folder, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--lang=nl",
                     "--hide-scrollbars"]:
        options.add_argument(argument)
    server = Server(binary).start()
    demo_organisation(server)
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    try:
        sign_in(driver, server.url, "demo@example.org", "demo passphrase 2026")
        organisation = re.search(r"/o/([0-9A-F-]{36})", driver.page_source).group(1)
        driver.get(f"{server.url}/o/{organisation}/waves")
        driver.find_element(By.XPATH, '//main//a[normalize-space()="Demo 2"]').click()
        wave = driver.current_url
        driver.get(wave + "/results/heatmap")
        capture(driver, folder, "heatmap")
        driver.get(f"{server.url}/o/{organisation}/portfolio")
        driver.find_element(By.XPATH, '//main//a[normalize-space()="Samen roosteren"]').click()
        capture(driver, folder, "programme")
        link = open_link(driver, server, organisation)
        driver.delete_all_cookies()
        driver.get(link)
        start = driver.find_elements(By.XPATH, '//main//a[normalize-space()="Beginnen"]')
        if start:  # since issue 19 a link opens on an intro page
            capture(driver, folder, "survey-intro")
            driver.get(start[0].get_attribute("href"))
        capture(driver, folder, "survey")
    finally:
        driver.quit()
        server.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
    print(f"screens: pictures in {os.path.abspath(sys.argv[2])}")
