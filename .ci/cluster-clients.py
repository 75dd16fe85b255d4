#!/usr/bin/env python3
"""Clients for .ci/cluster-test (issue 17), all through the balancer unless a node's URL is given.

  cluster-clients.py idnumber
      Prints a valid GB 11643 ID number that is new with very high probability.
  cluster-clients.py login BASE USER STATE
      Logs in through the UI's form, opens the care home's start page and saves the session (cookies) and
      the page's JSF view state in STATE. Prints the node that serves the session (the balancer's cookie).
  cluster-clients.py resume BASE STATE
      After that node is killed: the session must still be logged in, and a post of the saved page's form
      (the start page's year of "where our money stands", with the view state from before the kill) must be
      accepted. Prints the node now serving and the year the re-rendered form has chosen.
  cluster-clients.py race-setup BASE LEDGER
      As admin: a new care home with 50 beds and 200 registered residents; writes "home beds... / residents..."
  cluster-clients.py race BASE LEDGER MARK
      200 admissions into the 50 beds at once (32 threads); touches MARK after 40 answers (the test kills a
      node then); appends "S <stayId> <residentId> <bedId>" for every 201 to LEDGER and prints the counts.
"""
import base64
import http.client
import http.cookiejar
import json
import os
import random
import re
import sys
import threading
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"


def id_number():
    year, day = random.randint(1930, 1950), random.randint(1, 28)
    first17 = "511102%04d%02d%02d%03d" % (year, random.randint(1, 12), day, random.randint(0, 999))
    return first17 + CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


# ---- the UI session

def opener_for(jar):
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def view_state(html):
    m = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', html) \
        or re.search(r'value="([^"]+)"[^>]*name="jakarta.faces.ViewState"', html)
    if not m:
        raise SystemExit("no view state in the page: " + html[:300])
    return m.group(1)


def get(opener, base, path):
    with opener.open(base + path, timeout=60) as r:
        return r.geturl(), r.read().decode()


def post(opener, base, path, fields, ajax=False):
    headers = {"Origin": base, "Content-Type": "application/x-www-form-urlencoded"}
    if ajax:
        headers["Faces-Request"] = "partial/ajax"
    req = urllib.request.Request(base + path, data=urllib.parse.urlencode(fields).encode(), headers=headers)
    with opener.open(req, timeout=60) as r:
        return r.geturl(), r.read().decode()


def node_of(jar):
    return {c.name: c.value for c in jar}.get("JIALI_NODE")


def login(base, user, state):
    jar = http.cookiejar.MozillaCookieJar(state + ".cookies")
    opener = opener_for(jar)
    _, page = get(opener, base, "/login.xhtml")
    url, page = post(opener, base, "/login.xhtml", {
        "login": "login", "login:username": user, "login:password": user, "login:submit": "",
        "jakarta.faces.ViewState": view_state(page)})
    if "login.xhtml" in url:
        raise SystemExit("login failed")
    path = "/app/care-home/index.xhtml"
    url, page = get(opener, base, path)
    if "login.xhtml" in url:
        raise SystemExit("not logged in after the login")
    jar.save(ignore_discard=True, ignore_expires=True)
    with open(state, "w") as f:
        json.dump({"path": path, "viewState": view_state(page)}, f)
    print(node_of(jar))


def resume(base, state):
    jar = http.cookiejar.MozillaCookieJar(state + ".cookies")
    jar.load(ignore_discard=True, ignore_expires=True)
    opener = opener_for(jar)
    with open(state) as f:
        saved = json.load(f)
    path = saved["path"]
    # still logged in? (a GET makes a new view; the saved one must still be known afterwards)
    with opener.open(urllib.request.Request(base + path, headers={"Accept": "text/html"}), timeout=60) as r:
        if "login.xhtml" in r.geturl():
            raise SystemExit("logged out after the kill")
    # the form from before the kill, posted first: its view state must be known to the surviving node. The start
    # page's "where our money stands" form: choosing another year re-renders the form with that year chosen.
    url, answer = post(opener, base, path, {
        "money": "money", "money:year_input": "2024", "jakarta.faces.source": "money:year",
        "jakarta.faces.partial.ajax": "true", "jakarta.faces.partial.execute": "money:year",
        "jakarta.faces.partial.render": "money", "jakarta.faces.behavior.event": "change",
        "jakarta.faces.partial.event": "change", "jakarta.faces.ViewState": saved["viewState"]}, ajax=True)
    if "ViewExpired" in answer or "<error>" in answer or "login.xhtml" in answer or "login.xhtml" in url:
        raise SystemExit("the form's post was refused after the kill: " + answer[:400])
    chosen = re.search(r'<option value="(\d{4})" selected', answer)
    url, page = get(opener, base, path)
    if "login.xhtml" in url:
        raise SystemExit("logged out after the kill")
    print(node_of(jar), "year=" + (chosen.group(1) if chosen else "?"))


# ---- the admission race

class Api:
    def __init__(self, base, credentials):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.auth = "Basic " + base64.b64encode(credentials.encode()).decode()
        self.conn = None

    def call(self, method, path, body=None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        headers = {"Authorization": self.auth}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        try:
            self.conn.request(method, path, body=data, headers=headers)
            r = self.conn.getresponse()
            text = r.read().decode()
            if r.getheader("Connection", "").lower() == "close":
                self.conn.close()
                self.conn = None
            return r.status, (json.loads(text) if text.startswith(("{", "[")) else text)
        except (OSError, http.client.HTTPException) as e:
            if self.conn:
                self.conn.close()
            self.conn = None
            return None, str(e)


def race_setup(base, ledger):
    api = Api(base, "admin:admin")
    suffix = random.randint(0, 99999)
    # a credit code with a valid GB 32100 check character
    code17 = "52511102MJ%07d" % random.randint(0, 9999999)
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [pow(3, i, 31) for i in range(17)]
    check = alphabet[(31 - sum(alphabet.index(c) * w for c, w in zip(code17, weights)) % 31) % 31]
    status, home = api.call("POST", "/api/care-homes", {
        "name": "集群竞争养老院%d" % suffix, "creditCode": code17 + check, "ownership": "PRIVATE",
        "countyCode": "511102", "filedOn": "2020-06-01", "filedBeds": 50, "premises": "OWNED"})
    if status != 201:
        raise SystemExit("care home not created: %s %s" % (status, home))
    beds, residents = [], []
    for i in range(50):
        status, bed = api.call("POST", "/api/care-homes/%d/beds" % home["id"],
                               {"code": "R-%03d" % i, "room": "R-%02d" % (i // 2), "commissionedOn": "2021-03-01"})
        if status != 201:
            raise SystemExit("bed not created: %s %s" % (status, bed))
        beds.append(bed["id"])
    while len(residents) < 200:
        status, r = api.call("POST", "/api/residents", {
            "name": "竞争%d" % len(residents), "idNumber": id_number(), "hukouCode": "511102",
            "stateSupported": False, "careLevel": 2, "assessedOn": "2024-01-10"})
        if status == 201:
            residents.append(r["id"])
        elif status != 409:
            raise SystemExit("resident not registered: %s %s" % (status, r))
    with open(ledger, "w") as f:
        f.write("home %d\nbeds %s\nresidents %s\n" % (home["id"], " ".join(map(str, beds)),
                                                       " ".join(map(str, residents))))
    print(home["id"])


def race(base, ledger, mark):
    with open(ledger) as f:
        lines = dict(line.split(" ", 1) for line in f.read().splitlines())
    beds = [int(b) for b in lines["beds"].split()]
    residents = [int(r) for r in lines["residents"].split()]
    todo = list(zip(residents, [random.choice(beds) for _ in residents]))
    lock = threading.Lock()
    counts = {"201": 0, "409": 0, "lost": 0, "other": 0}
    answered = [0]
    acked = []

    def worker():
        api = Api(base, "admin:admin")
        while True:
            with lock:
                if not todo:
                    return
                resident, bed = todo.pop()
            status, body = api.call("POST", "/api/stays",
                                    {"residentId": resident, "bedId": bed, "admittedOn": "2024-02-01"})
            with lock:
                answered[0] += 1
                if answered[0] == 40:
                    open(mark, "w").close()
                if status == 201:
                    counts["201"] += 1
                    acked.append("S %d %d %d" % (body["id"], resident, bed))
                elif status == 409:
                    counts["409"] += 1
                elif status is None or status in (502, 503, 504):
                    counts["lost"] += 1  # the node died under it: the answer is unknown
                else:
                    counts["other"] += 1
                    print("unexpected answer %s %s" % (status, body), file=sys.stderr)

    # warm the remembered login first: the password check is slow on purpose
    Api(base, "admin:admin").call("GET", "/api/me")
    threads = [threading.Thread(target=worker) for _ in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(ledger, "a") as f:
        f.write("".join(a + "\n" for a in acked))
    print("%(201)d admitted, %(409)d refused (bed or resident taken), %(lost)d unanswered, %(other)d other" % counts)
    if counts["other"]:
        sys.exit(1)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "idnumber":
        print(id_number())
    elif cmd == "login":
        login(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "resume":
        resume(sys.argv[2], sys.argv[3])
    elif cmd == "race-setup":
        race_setup(sys.argv[2], sys.argv[3])
    elif cmd == "race":
        race(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(__doc__)
