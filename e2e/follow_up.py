"""The loop after a conversation: the demo's closed follow-up pulse in the next conversation
and on its action, then a pulse scheduled on the walk's own action, answered on its opening day
and read after it closed. The server is restarted under faketime to stand on those days."""
import csv
import datetime
import glob
import io
import urllib.request

from selenium.webdriver.common.by import By


def follow_up_pulse(walk, server, organisation, check, sign_in):
    driver = walk.driver
    walk.open(f"/o/{organisation}/conversations")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="MT-overleg: terugblik op de acties"]'))
    check("→" in driver.find_element(By.ID, "open-actions").text,
          "the next conversation shows the demo action's before → after beside its status")
    walk.snapshot("follow-up-in-conversation")
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, '#open-actions a[href*="/actions/"]'))
    check(len(driver.find_elements(By.CSS_SELECTOR, "table.follow-up")) == 1, "the demo's action shows its closed pulse as before → after")
    walk.snapshot("follow-up-demo")
    if getattr(server, "process", None) is None:
        return  # Servers behind a load balancer are not ours to restart on another day.

    walk.open(f"/o/{organisation}/conversations")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="MT-gesprek januari"]'))
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Reconstructie van het leiderschapsprogramma"]'))
    check(driver.find_element(By.CSS_SELECTOR, 'input[name="questions[]"][value="k5"]').is_selected(),
          "the pulse form offers the action's own question")
    walk.fill({"weeks": "0", "days": "7"})
    walk.snapshot("pulse-form")
    walk.submit("/pulse")
    check("is gepland" in driver.page_source, "a pulse is scheduled on the action")
    walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, '#follow-up h3 a'))
    links_url = driver.find_element(By.CSS_SELECTOR, 'a[href$="/links.csv"]').get_attribute("href")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(links_url, headers={"Cookie": cookies})) as response:
        rows = list(csv.reader(io.StringIO(response.read().decode("utf-8-sig")), delimiter=";"))
    links = [row[-1] for row in rows[1:7]]

    # The action was due on 1 March 2027: the pulse opens that day at 8:00 and runs a week.
    opens = (datetime.date(2027, 3, 1) - datetime.date.today()).days
    restart(server, opens + 1)
    for link in links:
        driver.delete_all_cookies()
        driver.get(link)
        walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Beginnen"]'))
        while "/submit" not in driver.current_url:
            for fieldset in driver.find_elements(By.CSS_SELECTOR, "fieldset.item"):
                fieldset.find_element(By.CSS_SELECTOR, ".option:nth-child(5) label").click()
            walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'button[value="next"]'))
        walk.click_and_wait(driver.find_element(By.CSS_SELECTOR, 'button[value="submit"]'))
    check(walk.h1() == "Bedankt!", "the pulse is answered with a personal link")

    restart(server, opens + 9)
    driver.delete_all_cookies()
    sign_in()
    walk.open(f"/o/{organisation}/conversations")
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="MT-gesprek januari"]'))
    walk.click_and_wait(driver.find_element(By.XPATH, '//main//a[normalize-space()="Reconstructie van het leiderschapsprogramma"]'))
    table = driver.find_elements(By.CSS_SELECTOR, "table.follow-up")
    check(len(table) == 1 and "Omhoog" in table[0].text, "after the pulse closed the action shows before → after, and K5 went up")
    walk.snapshot("follow-up-before-after")
    restart(server, 0)


def restart(server, days):
    """Serves the same database as if it were `days` from now (monotonic time stays real).
    libfaketime is preloaded into `serve` itself rather than run through the `faketime`
    wrapper, which would stay between us and the server and outlive a stop."""
    server.stop()
    for name in ("LD_PRELOAD", "FAKETIME", "FAKETIME_DONT_FAKE_MONOTONIC"):
        server.extra_env.pop(name, None)
    if days:
        library = glob.glob("/usr/lib/*/faketime/libfaketimeMT.so.1")
        if not library:
            raise RuntimeError("libfaketime is missing: apt-get install faketime")
        server.extra_env.update({"LD_PRELOAD": library[0], "FAKETIME": f"+{days}d", "FAKETIME_DONT_FAKE_MONOTONIC": "1"})
    server.start()
