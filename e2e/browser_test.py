"""A person's walk through Veerkracht in a real, headless Chromium: setup, organisation,
invitation, units, people import, a scan answered on a phone, language switch, sign-out, and
the results, heatmap, trend, a team mix and the portfolio of a demo organisation. Saves a screenshot of every
step and checks each page with axe for WCAG 2.1 AA violations of serious or critical impact.

Usage: python browser_test.py BINARY SCREENSHOT_FOLDER"""
import csv
import datetime
import io
import os
import re
import subprocess
import sys
import tempfile
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

from server import ClusterServer, OpenIDProvider, check, failures, server_for
import follow_up

AXE_SOURCE = os.environ.get("AXE_CORE_JS")  # axe.min.js of a current axe-core; .ci/run fetches one


def axe_violations(driver):
    """Runs axe-core (the version in AXE_CORE_JS) on the page; serious and critical WCAG 2.1 AA
    violations only. Without AXE_CORE_JS the walk runs and the accessibility check is skipped."""
    if not AXE_SOURCE:
        return None
    with open(AXE_SOURCE, encoding="utf-8") as file:
        driver.execute_script(file.read())
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}}).then(done, e => done({error: String(e)}));")
    if "error" in result:
        raise RuntimeError("axe failed: " + result["error"])
    return [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]


def axe_version(driver):
    return driver.execute_script("return window.axe ? axe.version : null")

class Walk:
    def __init__(self, driver, server, folder):
        self.driver, self.server, self.folder, self.step = driver, server, folder, 0
        self.profile_url = None

    def open(self, path):
        self.driver.get(self.server.url + path)

    def fill(self, fields):
        for name, value in fields.items():
            element = self.driver.find_element(By.NAME, name)
            element.clear()
            element.send_keys(value)

    def submit(self, form_action_suffix):
        form = self.driver.find_element(By.CSS_SELECTOR, f'main form[action$="{form_action_suffix}"]')
        self.click_and_wait(form.find_element(By.CSS_SELECTOR, 'button[type="submit"]'))

    def click_and_wait(self, element):
        """Clicks and waits until the next page has replaced this one."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        element.click()

        def replaced(_):
            # Chromium reports a replaced page either as a stale element or, now and then, as
            # "node does not belong to the document"; both mean the next page is there.
            try:
                page.is_enabled()
                return False
            except WebDriverException:
                return True

        WebDriverWait(self.driver, 30).until(replaced)

    def h1(self):
        return self.driver.find_element(By.TAG_NAME, "h1").text

    def snapshot(self, name):
        self.step += 1
        path = os.path.join(self.folder, f"{self.step:02d}-{name}.png")
        self.driver.save_screenshot(path)
        self.accessible(name)

    def accessible(self, name):
        serious = axe_violations(self.driver)
        if serious is None:
            return
        for violation in serious:
            print(f"        axe: {violation['id']}: {violation['help']} at {[n['html'][:120] for n in violation['nodes']]}")
        check(not serious, f"{name}: no serious accessibility violations")


def set_value(driver, name, value):
    """Sets a field the way a date picker would; typing into datetime-local differs per locale."""
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.NAME, name), value)


def answer_a_scan(walk, organisation):
    """An advisor opens a wave of the DLO and learning-preference scans; a person answers it
    on a 360 px wide phone, shares their profile with the team, and prints the profile."""
    driver = walk.driver
    walk.open(f"/o/{organisation}/waves/new")
    walk.fill({"name": "Najaarsmeting"})
    driver.find_element(By.CSS_SELECTOR, 'input[name="instruments[]"][value="dlo@1"]').click()
    driver.find_element(By.CSS_SELECTOR, 'input[name="instruments[]"][value="lp@1"]').click()
    driver.find_element(By.XPATH, '//label[normalize-space()="Zorg"]').click()
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    set_value(driver, "opens_at", f"{yesterday.isoformat()}T08:00")
    set_value(driver, "closes_at", f"{(yesterday + datetime.timedelta(days=15)).isoformat()}T17:00")
    walk.snapshot("wave-form")
    walk.submit("/waves")
    check(walk.h1() == "Najaarsmeting", "a wave is created")
    check(driver.find_element(By.CSS_SELECTOR, 'nav.places.wide a[aria-current="page"], details.places a[aria-current="page"]')
          .get_attribute("textContent") == "Metingen", "the navigation marks Metingen as the current place")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Meting wijzigen"]'))
    walk.fill({"name": "Najaarsmeting 2026"})
    walk.snapshot("wave-edit")
    walk.submit("/edit")
    check(walk.h1() == "Najaarsmeting 2026", "a wave in preparation is renamed")
    walk.submit("/open")
    check("2 persoonlijke links" in driver.page_source, "opening the wave creates a link per person")
    walk.snapshot("wave-open")

    links_url = driver.find_element(By.CSS_SELECTOR, 'a[href$="/links.csv"]').get_attribute("href")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(links_url, headers={"Cookie": cookies})) as response:
        rows = list(csv.reader(io.StringIO(response.read().decode("utf-8-sig")), delimiter=";"))
    check(rows[0][-1] == "link" and len(rows) == 3, "a Dutch links file has a link per person, split on ; for Excel")
    link = rows[1][-1]

    driver.set_window_size(360, 740)
    driver.get(link)
    check("Waar gaat dit over?" in driver.page_source and "minstens" in driver.page_source,
          "the link opens an intro that says who sees what")
    walk.snapshot("scan-intro")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Beginnen"]'))
    pages = 0
    while "/submit" not in driver.current_url:
        pages += 1
        for fieldset in driver.find_elements(By.CSS_SELECTOR, "fieldset.item"):
            fieldset.find_element(By.CSS_SELECTOR, ".option:nth-child(4) label").click()
        for area in driver.find_elements(By.TAG_NAME, "textarea")[:1]:
            area.send_keys("Meer ruimte om samen te leren.")
        if pages == 1:
            check(driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"),
                  "a scan page fits a 360 px wide screen")
            driver.execute_script("window.scrollTo(0, 0)")
            walk.snapshot("scan-page")
        walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'button[value="next"]'))
        check(pages <= 20, "the scan ends")
    check(pages == 11, "the two scans have a page per scale")
    check("Kunst afkijken" not in driver.page_source, "no page names a learning preference")
    check("62 van de 62" in driver.page_source, "the review counts every answer")
    check(not driver.find_element(By.NAME, "_share_with_team").is_selected(), "sharing the profile is off by default")
    driver.find_element(By.CSS_SELECTOR, 'label[for="share"]').click()
    walk.snapshot("scan-review")
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'button[value="submit"]'))
    check(walk.h1() == "Bedankt!", "the answers are sent")
    walk.snapshot("scan-thanks")
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'a[href$="/profile"]'))
    check(walk.h1() == "Jouw leervoorkeuren", "the profile opens from the thank-you page")
    check("Je team ziet de volgorde" in driver.page_source, "the profile says it is shared with the team")
    walk.snapshot("profile")
    walk.profile_url = driver.current_url
    print_profile(driver, walk)
    driver.get(link)
    check(walk.h1() == "Bedankt!", "the link afterwards leads to the thank-you page")


def answer_with_a_printed_code(walk, organisation, folder):
    """The advisor prints slips for those who have not finished; the person without e-mail
    types the code from the slip on a 360 px phone and answers the whole scan."""
    driver = walk.driver
    walk.open(f"/o/{organisation}/waves")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Najaarsmeting 2026"]'))
    action = driver.find_element(By.CSS_SELECTOR, 'form[action$="/slips.pdf"]').get_attribute("action")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(action + "?unit=&unfinished=1", headers={"Cookie": cookies})) as response:
        pdf = response.read()
    check(pdf.startswith(b"%PDF-"), "the slips download is a PDF")
    pdf_path = os.path.join(tempfile.mkdtemp(), "slips.pdf")
    with open(pdf_path, "wb") as file:
        file.write(pdf)
    text = subprocess.run(["pdftotext", "-layout", pdf_path, "-"], capture_output=True, text=True, check=True).stdout
    codes = re.findall(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b", text)
    check(len(codes) == 1 and "/c" in text, "only the person who has not finished gets a slip, with the address and a code")
    walk.step += 1
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf_path,
                    os.path.join(folder, f"{walk.step:02d}-slips-page")], check=True)

    # The advisor turns this browser into a shared device for the wave: signed out, code entry.
    driver.set_window_size(360, 740)
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'form[action$="/kiosk"] button[type="submit"]'))
    check(driver.current_url.endswith("/c") and "Gedeeld apparaat voor" in driver.page_source,
          "the advisor's browser becomes a shared device on the code page")
    check(walk.h1() == "Beginnen met je code", "the code page has one field")
    walk.snapshot("code-entry")
    walk.fill({"code": "wrong-code-00"})
    walk.submit("/c")
    check("Deze code opent geen scan" in driver.page_source, "a wrong code gets a clear message")
    walk.fill({"code": codes[0].replace("-", "").lower()})
    walk.submit("/c")
    check("Waar gaat dit over?" in driver.page_source, "the code opens the person's own scan")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Beginnen"]'))
    pages = 0
    while "/submit" not in driver.current_url and pages <= 20:
        pages += 1
        for fieldset in driver.find_elements(By.CSS_SELECTOR, "fieldset.item"):
            fieldset.find_element(By.CSS_SELECTOR, ".option:nth-child(2) label").click()
        walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'button[value="next"]'))
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'button[value="submit"]'))
    check(walk.h1() == "Bedankt!", "the person with a printed code sends the whole scan")
    walk.snapshot("code-thanks")
    # The next person at the shared device: code entry, and the back button shows nothing of the last.
    walk.open("/c")
    driver.back()
    check(driver.current_url.endswith("/c") and "Bedankt" not in driver.page_source and "Jouw" not in driver.page_source,
          "on the shared device the back button leads to code entry, not to the previous person's pages")
    walk.snapshot("kiosk-after-back")
    driver.delete_all_cookies()
    walk.open("/sign-in")
    walk.fill({"email": "admin@example.org", "password": "browser passphrase"})
    walk.submit("/sign-in")


def print_profile(driver, walk):
    """Prints the profile as Chromium would to A4, and turns the PDF into a picture."""
    import subprocess
    pdf = print_pdf(driver, walk, "profile")
    pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    check(re.search(r"Pages:\s+1\b", pages) is not None, "the profile prints on one A4")
    walk.step += 1
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", pdf, os.path.join(walk.folder, f"{walk.step:02d}-profile-print")], check=True)


def print_pdf(driver, walk, name):
    """Prints the current page to an A4 PDF as Chromium's print dialog would; returns its path."""
    import base64
    from selenium.webdriver.common.print_page_options import PrintOptions
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    pdf = os.path.join(walk.folder, f"{name}.pdf")
    with open(pdf, "wb") as file:
        file.write(base64.b64decode(driver.print_page(options)))
    return pdf


def results_on_demo(walk, server):
    """An advisor of the demo organisation reads the latest wave's results, the heatmap and a
    trend, at desktop width."""
    driver = walk.driver
    server.command(["demo", "--people", "3000", "--waves", "2", "--seed", "3", "--with-lo-scan"])
    server.command(["users", "create", "--email", "demo@example.org", "--organisation", "Demo", "--role", "advisor"],
                   input="demo passphrase 2026\n")
    driver.delete_all_cookies()
    driver.set_window_size(1280, 1000)
    walk.open("/sign-in")
    walk.fill({"email": "demo@example.org", "password": "demo passphrase 2026"})
    walk.submit("/sign-in")
    organisation = re.search(r'/o/([0-9A-F-]{36})', driver.page_source).group(1)
    walk.open(f"/o/{organisation}/waves")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Demo 2"]'))
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Uitkomsten"]'))
    check("Sterke punten" in driver.page_source and "Aandachtspunten" in driver.page_source, "results show strengths, then points of attention")
    check(len(driver.find_elements(By.CSS_SELECTOR, "svg.bar")) >= 6, "every scale has a distribution bar")
    walk.snapshot("results")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Heatmap per eenheid"]'))
    check(len(driver.find_elements(By.CSS_SELECTOR, "nav.breadcrumbs li")) == 4, "the heatmap's breadcrumbs lead back through the wave")
    check("Legenda" in driver.page_source, "the heatmap has a legend")
    check(len(driver.find_elements(By.CSS_SELECTOR, "td.suppressed")) > 0, "the heatmap greys groups too small to show")
    check(len(driver.find_elements(By.CSS_SELECTOR, "td[class*=heat-]")) > 100, "the heatmap colours the shown units")
    walk.snapshot("heatmap")
    walk.driver.back()
    trend = driver.find_element(By.CSS_SELECTOR, 'a[href*="/trends/dlo-K2"]')
    walk.click_and_wait(trend)
    check(len(driver.find_elements(By.CSS_SELECTOR, "svg.trend circle")) == 2, "the trend shows both waves")
    check("Omhoog" in driver.page_source, "the trend says the scale went up")
    walk.snapshot("trend")

    walk.open(f"/o/{organisation}/waves")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Demo 2"]'))
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Leervoorkeuren per team"]'))
    driver.find_element(By.CSS_SELECTOR, 'select[name="unit"] option:nth-child(2)').click()
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'main form.filter button'))
    check("Sterkste voorkeur" in driver.page_source, "a division's mix of learning preferences is shown")
    check("Wie zijn profiel deelt" in driver.page_source and "Advies" in driver.page_source, "the team page names sharers and gives advice")
    walk.snapshot("team-mix")

    walk.open(f"/o/{organisation}/portfolio")
    check("K1 Rendement van de investering" in driver.page_source and "K5 Flexibiliteit" in driver.page_source,
          "the portfolio answers K1, K3 and K5")
    check("twee keer betalen" in driver.page_source, "the portfolio warns of cutting and paying twice")
    walk.snapshot("portfolio")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Samen roosteren"]'))
    check(walk.h1() == "Samen roosteren" and "Ontwerpregels" in driver.page_source, "a programme shows its design")
    check("ROI" in driver.page_source, "a programme shows its return")
    walk.snapshot("programme")
    return organisation


def dashboard_and_conversation(walk, server, organisation):
    """The management team reads the dashboard, prepares a conversation, agrees an action,
    prints the agenda, and an operator prints the report to PDF."""
    import subprocess
    driver = walk.driver
    walk.open(f"/o/{organisation}/dashboard")
    check("In één oogopslag" in driver.page_source and "Basisvraag" in driver.page_source, "the dashboard answers the base question")
    check(len(driver.find_elements(By.CSS_SELECTOR, "section.question")) == 7, "the base question, K1–K5 and the properties each have a panel")
    check(len(driver.find_elements(By.CSS_SELECTOR, "table.signals .badge")) >= 12, "every signal shows its verdict beside its rule")
    check("nog geen meting met de scan Lerende" not in driver.page_source, "the five properties come from the LO scan")
    walk.snapshot("dashboard")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Zo lezen we de cijfers"]'))
    check(len(driver.find_elements(By.CSS_SELECTOR, "main section[id^=rule-]")) == 14, "the reading guide explains every rule")

    walk.open(f"/o/{organisation}/conversations")
    walk.fill({"title": "MT-gesprek januari"})
    walk.submit("/conversations")
    check(walk.h1() == "MT-gesprek januari", "a conversation is prepared")
    check(len(driver.find_elements(By.CSS_SELECTOR, "section.question")) == 6, "the guide covers the base question and K1–K5")
    for field, value in {"what-k5": "Reconstructie van het leiderschapsprogramma", "who-k5": "Anna de Vries", "due-k5": "2027-03-01"}.items():
        driver.find_element(By.ID, field).send_keys(value)
    driver.find_element(By.ID, "note-k2").send_keys("Koppels van ervaren en nieuwe collega's.")
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, '#topic-k5 .add-action button[type="submit"]'))
    check("Koppels van ervaren" in driver.find_element(By.ID, "note-k2").get_attribute("value"),
          "a note typed under K2 is kept when an action is added under K5")
    check("Anna de Vries" in driver.find_element(By.ID, "topic-k5").text, "an agreed action is kept under its question")
    walk.snapshot("conversation")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Agenda (printen)"]'))
    check(len(driver.find_elements(By.CSS_SELECTOR, ".writing-space")) == 6, "the agenda leaves room to write per question")
    walk.snapshot("agenda")
    pages = print_to_png(driver, walk, "agenda-print")
    check(pages <= 4, f"the agenda's six questions pack onto at most four A4 pages ({pages})")

    walk.open(f"/o/{organisation}/api-tokens")
    walk.fill({"name": "Power BI"})
    walk.submit("/api-tokens")
    token = driver.find_element(By.ID, "new-token").text
    check(token.startswith("vk_") and len(token) > 40, "an API token is shown once after it is made")
    walk.snapshot("api-token")
    walk.open(f"/o/{organisation}/api-tokens")
    check(token not in driver.page_source and "Power BI" in driver.page_source, "the token list never shows the token again")

    report = os.path.join(walk.folder, "report.pdf")
    made = server.run("report", "--organisation", "Demo", "--out", report)
    check(made.returncode == 0 and os.path.exists(report), "veerkracht report prints the report to PDF: " + (made.stdout + made.stderr)[-300:])
    if os.path.exists(report):
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", report], capture_output=True, text=True).stdout).group(1))
        check(pages >= 3, f"the report has a page per chapter at least ({pages} pages)")
        subprocess.run(["pdftoppm", "-png", "-r", "60", report, os.path.join(walk.folder, "report-page")], check=True)


def every_page_at_two_widths(walk, server, organisation):
    """The pages an advisor uses every week, whole, at 1280 px and at 360 px, each checked with
    axe and for fitting the width (nothing but a table's own box may scroll sideways)."""
    import screens
    driver = walk.driver
    base = f"{server.url}/o/{organisation}"
    driver.get(f"{base}/waves")
    wave = driver.find_element(By.XPATH, '//main//a[normalize-space()="Demo 2"]').get_attribute("href")
    driver.get(f"{base}/portfolio")
    programme = driver.find_element(By.XPATH, '//main//a[normalize-space()="Samen roosteren"]').get_attribute("href")
    driver.get(f"{base}/conversations")
    conversation = driver.find_element(By.XPATH, '//main//a[normalize-space()="MT-gesprek januari"]').get_attribute("href")
    item = None
    pages = [
        ("dashboard", f"{base}/dashboard"), ("waves", f"{base}/waves"), ("wave", wave), ("wave-edit", wave + "/edit"),
        ("preview-intro", wave + "/preview"), ("preview-page", wave + "/preview?page=2&language=nl"),
        ("preview-english", wave + "/preview?page=2&language=en"),
        ("results", wave + "/results"), ("heatmap", wave + "/results/heatmap"), ("team-mix", wave + "/teams"),
        ("portfolio", f"{base}/portfolio"), ("programme", programme), ("people", f"{base}/people"),
        ("people-search", f"{base}/people?q=Team"), ("import", f"{base}/people/import"), ("units", f"{base}/units"),
        ("conversations", f"{base}/conversations"), ("conversation", conversation), ("report", f"{base}/report"),
    ] + ([("profile", walk.profile_url)] if walk.profile_url else [])
    folder = os.path.join(walk.folder, "pages")
    os.makedirs(folder, exist_ok=True)

    def fits_and_accessible(name):
        walk.accessible(name)
        check(driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
              f"{name}: the page fits its width")

    for name, url in pages:
        driver.get(url)
        if name == "results" and item is None:
            found = driver.find_elements(By.CSS_SELECTOR, 'main a[href*="/results/items/"]')
            item = found[0].get_attribute("href") if found else None
        screens.capture(driver, folder, name, fits_and_accessible)
    if item:
        driver.get(item)
        screens.capture(driver, folder, "item", fits_and_accessible)
    print(f"        axe-core {axe_version(driver)} checked {len(pages) + (1 if item else 0)} pages at 1280 and 360 px")


def print_to_png(driver, walk, name):
    """Prints the page to A4 and turns each PDF page into a picture."""
    import subprocess
    pdf = print_pdf(driver, walk, name)
    walk.step += 1
    subprocess.run(["pdftoppm", "-png", "-r", "60", pdf, os.path.join(walk.folder, f"{walk.step:02d}-{name}")], check=True)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def sign_in_through_provider(walk, server, provider, organisation):
    """The administrator lets example.org sign in through the test provider (Authlib, a real
    OpenID Connect provider) and invites Cor, who then signs in there without any password of
    Veerkracht's; someone without an invitation and an unverified address are refused."""
    driver = walk.driver
    walk.open(f"/admin/organisations/{organisation}")
    walk.fill({"domain": "example.org"})
    driver.find_element(By.CSS_SELECTOR, f'select[name="provider"] option[value="{provider.SLUG}"]').click()
    walk.submit("/sign-in-domains")
    check("example.org" in driver.find_element(By.TAG_NAME, "main").text, "the administrator allows a domain for the provider")
    check(provider.secret not in driver.page_source, "the provider's secret is never shown")
    walk.snapshot("sign-in-domains")
    walk.fill({"email": "cor@example.org"})
    walk.submit("/invitations")
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'header form[action="/sign-out"] button'))

    def through_provider(email, verified=True):
        walk.open("/sign-in")
        walk.click_and_wait(driver.find_element(By.LINK_TEXT, "Inloggen met Test ID"))
        check(driver.current_url.startswith(provider.url + "/authorize"), "the button leads to the provider")
        driver.find_element(By.NAME, "login_email").send_keys(email)
        if not verified:
            driver.find_element(By.NAME, "verified").click()
        walk.click_and_wait(driver.find_element(By.ID, "provider-sign-in"))

    through_provider("cor@example.org")
    check(driver.current_url.startswith(server.url), "the provider sends the person back to Veerkracht")
    check("cor@example.org" in driver.page_source and "Zorggroep Browser" in driver.page_source,
          "the invited person is signed in through the provider and lands in the organisation")
    walk.snapshot("signed-in-through-provider")
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'header form[action="/sign-out"] button'))
    end = driver.find_elements(By.PARTIAL_LINK_TEXT, "Ook uitloggen bij Test ID")
    check(bool(end) and end[0].get_attribute("href").startswith(provider.url + "/logout"),
          "signing out offers the provider's end-session link")
    walk.snapshot("signed-out-of-provider-session")

    through_provider("dirk@example.org")
    check("Vraag uw adviseur om een uitnodiging" in driver.page_source and "no-access" in driver.page_source,
          "someone without an invitation gets a clear page and no account")
    walk.snapshot("provider-no-invitation")
    through_provider("cor@example.org", verified=False)
    check("unverified-email" in driver.page_source, "an address the provider did not verify is refused")

    walk.open("/sign-in")
    walk.fill({"email": "admin@example.org", "password": "browser passphrase"})
    walk.submit("/sign-in")


def main(binary, folder):
    os.makedirs(folder, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    # A Dutch browser: the walk checks the Dutch texts, and switches to English itself.
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844", "--lang=nl"]:
        options.add_argument(argument)
    server = server_for(binary)
    # The walk signs in through a real OpenID Connect provider when it starts the server itself.
    provider = None if isinstance(server, ClusterServer) else OpenIDProvider(server).start()
    if provider:
        server.extra_env.update(provider.settings())
    server.start()
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    walk = Walk(driver, server, folder)
    try:
        walk.open("/")
        check(driver.current_url.endswith("/setup"), "a new installation opens on the setup page")
        walk.snapshot("setup")
        walk.fill({"code": server.setup_code(), "email": "admin@example.org",
                   "password": "browser passphrase", "confirmation": "browser passphrase"})
        walk.submit("/setup")
        check("admin@example.org" in driver.page_source, "the administrator is signed in after setup")
        walk.snapshot("home")

        walk.open("/admin/organisations")
        walk.fill({"name": "Zorggroep Browser"})
        walk.submit("/admin/organisations")
        check(walk.h1() == "Zorggroep Browser", "an organisation is created")
        organisation = driver.current_url.rstrip("/").split("/")[-1]
        walk.fill({"email": "bea@example.org"})
        walk.submit("/invitations")
        link = driver.find_element(By.ID, "invitation-link").text
        check(link.startswith(server.url + "/invitations/"), "an invitation link is shown once")
        walk.snapshot("invitation-link")
        walk.fill({"email": "admin@example.org"})
        driver.find_element(By.CSS_SELECTOR, 'select[name="role"] option[value="advisor"]').click()
        walk.submit("/invitations")

        check("admin@example.org" in driver.find_element(By.TAG_NAME, "main").text, "the administrator joins as advisor")
        walk.snapshot("members")
        walk.open(f"/o/{organisation}/units")
        walk.fill({"name": "Zorg", "code": "Z"})
        walk.submit("/units")
        walk.fill({"name": "Team Noord"})
        driver.find_element(By.XPATH, '//select[@name="parent"]/option[normalize-space()="Zorg"]').click()
        walk.submit("/units")
        check("Team Noord" in driver.page_source, "a unit is added under another")
        walk.snapshot("units")

        csv_path = os.path.join(tempfile.mkdtemp(), "mensen.csv")
        with open(csv_path, "w", encoding="utf-8-sig") as file:
            file.write("external_id;email;unit;birth_year;gender;start_date;level\n"
                       "1;ann@example.org;Zorg / Team Noord;1980;f;1-3-2015;A\n"
                       "2;;Z;1990;m;;\n"
                       "3;;Zorg / Team Zuid;1985;x;;\n")
        walk.open(f"/o/{organisation}/people/import")
        driver.find_element(By.NAME, "file").send_keys(csv_path)
        walk.submit("/import")
        check("Team Zuid" in driver.page_source and "regel" in driver.page_source.lower(), "a bad row is listed with its line")
        walk.snapshot("import-problems")

        with open(csv_path, "w", encoding="utf-8-sig") as file:
            file.write("external_id;email;unit;birth_year;gender;start_date;level\n"
                       "1;ann@example.org;Zorg / Team Noord;1980;f;1-3-2015;A\n"
                       "2;;Z;1990;m;;\n")
        walk.open(f"/o/{organisation}/people/import")
        driver.find_element(By.NAME, "file").send_keys(csv_path)
        walk.submit("/import")
        check("2 mensen worden toegevoegd" in driver.page_source, "the preview says what will be created")
        walk.snapshot("import-preview")
        walk.submit("/apply")
        check("doorgevoerd" in driver.page_source, "the import is carried out")
        walk.open(f"/o/{organisation}/people")
        check("Zorg / Team Noord" in driver.page_source, "people are listed with their unit")
        walk.snapshot("people")

        answer_a_scan(walk, organisation)
        answer_with_a_printed_code(walk, organisation, folder)

        driver.set_window_size(390, 844)
        walk.open(f"/o/{organisation}/people")
        walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'header button[value="en"]'))
        check(walk.h1() == "People", "the language switch turns the page into English")
        walk.snapshot("people-english")

        walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'header form[action="/sign-out"] button'))
        check(driver.current_url.split("?")[0].endswith("/sign-in"), "signing out leads to the sign-in page")
        walk.snapshot("signed-out")

        driver.get(link)
        walk.snapshot("invitation")
        walk.fill({"password": "bea's own passphrase", "confirmation": "bea's own passphrase"})
        walk.submit("/invitations/" + link.rsplit("/", 1)[-1])
        check(walk.h1() == "Zorggroep Browser", "the invited person sets a password and lands in the organisation")
        check("bea@example.org" in driver.page_source, "the invited person is signed in")
        walk.snapshot("invited-person")
        if provider:
            walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'header form[action="/sign-out"] button'))
            walk.open("/sign-in")
            walk.fill({"email": "admin@example.org", "password": "browser passphrase"})
            walk.submit("/sign-in")
            sign_in_through_provider(walk, server, provider, organisation)

        demo = results_on_demo(walk, server)
        dashboard_and_conversation(walk, server, demo)
        every_page_at_two_widths(walk, server, demo)

        def sign_in_to_demo():
            walk.open("/sign-in")
            walk.fill({"email": "demo@example.org", "password": "demo passphrase 2026"})
            walk.submit("/sign-in")
        follow_up.follow_up_pulse(walk, server, demo, check, sign_in_to_demo)
    except Exception:
        driver.save_screenshot(os.path.join(folder, "failure.png"))
        print("page at failure:", driver.current_url, driver.find_element(By.TAG_NAME, "main").text[:600])
        raise
    finally:
        driver.quit()
        server.stop()
        if provider:
            provider.stop()


if __name__ == "__main__":
    folder = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "screenshots")
    main(sys.argv[1], folder)
    print(f"browser: screenshots in {os.path.abspath(folder)}")
    if failures:
        print(f"browser: {len(failures)} failed")
        sys.exit(1)
    print("browser: all checks passed")
