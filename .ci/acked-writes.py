#!/usr/bin/env python3
"""Acknowledged writes for .ci/crash-test: what the server answered 201 for must survive a kill -9.

  acked-writes.py write BASE USER:PASSWORD LEDGER [THREADS] [MAX_SECONDS]
      Registers residents (valid generated ID numbers) and records assessments for them as fast as it
      can from several threads, and appends each write to LEDGER only after its 201 answer has been read
      whole: "R <residentId> <idNumber>" or "A <residentId> <assessmentId>". Stops once the server has
      stopped answering for 3 s (it is killed meanwhile), or after MAX_SECONDS.
  acked-writes.py check BASE USER:PASSWORD LEDGER
      After the restart: every line of LEDGER must be found through the API. Prints the counts; exits 1
      when any acknowledged write is missing.
"""
import base64
import datetime
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"
NAME_CHARS = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"


def id_number(n, run):
    """A valid GB 11643 ID number, distinct for each n within a run (and very probably across runs)."""
    birth = datetime.date(1930, 1, 1) + datetime.timedelta(days=(n // 100) + run * 97 % 5000)
    first17 = "%06d%s%02d%d" % (110000 + run, birth.strftime("%Y%m%d"), n % 100, random.randint(0, 9))
    return first17 + CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


class Client:
    def __init__(self, base, credentials):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.auth = "Basic " + base64.b64encode(credentials.encode()).decode()
        self.conn = None

    def request(self, method, path, body=None):
        """(status, parsed JSON or None); raises OSError / HTTPException when the server is gone."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=15)
        headers = {"Authorization": self.auth, "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            self.conn.request(method, path, body=data, headers=headers)
            r = self.conn.getresponse()
            raw = r.read()
        except Exception:
            self.conn.close()
            self.conn = None
            raise
        try:
            return r.status, json.loads(raw) if raw else None
        except ValueError:
            return r.status, None


def write(base, credentials, ledger, threads=4, max_seconds=90):
    run = random.randint(1, 800000)
    lock = threading.Lock()
    out = open(ledger, "a", buffering=1)
    counter = [0]
    last_answer = [time.monotonic()]
    started = time.monotonic()
    stop = threading.Event()

    def next_n():
        with lock:
            counter[0] += 1
            return counter[0]

    def record(line):
        with lock:
            out.write(line + "\n")
            out.flush()

    def worker():
        client = Client(base, credentials)
        mine = []  # (residentId, next effective date) of this thread's acknowledged residents
        while not stop.is_set():
            try:
                if mine and random.random() < 0.4:
                    i = random.randrange(len(mine))
                    rid, on = mine[i]
                    status, body = client.request("POST", "/api/residents/%d/assessments" % rid,
                                                  {"level": random.randint(0, 4), "effectiveOn": on.isoformat()})
                    mine[i] = (rid, on + datetime.timedelta(days=1))
                    if status == 201:
                        record("A %d %d" % (rid, body["id"]))
                else:
                    n = next_n()
                    number = id_number(n, run)
                    name = "".join(random.choice(NAME_CHARS) for _ in range(3))
                    status, body = client.request("POST", "/api/residents", {
                        "name": name, "idNumber": number, "hukouCode": "511102", "stateSupported": False,
                        "careLevel": 2, "assessedOn": "2024-01-10"})
                    if status == 201:
                        record("R %d %s" % (body["id"], number))
                        mine.append((body["id"], datetime.date(2024, 2, 1)))
                with lock:
                    last_answer[0] = time.monotonic()
                if status >= 500:
                    time.sleep(0.05)
            except Exception:
                time.sleep(0.05)
            now = time.monotonic()
            if now - last_answer[0] > 3 or now - started > max_seconds:
                stop.set()

    ts = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    out.close()


def check(base, credentials, ledger):
    residents, assessments = {}, {}
    with open(ledger) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue  # a line cut short cannot have been written after a 201
            if parts[0] == "R":
                residents[int(parts[1])] = parts[2]
            else:
                assessments.setdefault(int(parts[1]), set()).add(int(parts[2]))
    ids = sorted(set(residents) | set(assessments))
    lost_residents, lost_assessments = [], []
    lock = threading.Lock()

    def worker(chunk):
        client = Client(base, credentials)
        for rid in chunk:
            status, body = None, None
            for _ in range(3):
                try:
                    status, body = client.request("GET", "/api/residents/%d" % rid)
                    break
                except Exception:
                    time.sleep(0.5)
            found = status == 200 and body is not None
            with lock:
                if rid in residents and not (found and body.get("idNumber") == residents[rid]):
                    lost_residents.append(rid)
                have = {a["id"] for a in body.get("assessments", [])} if found else set()
                lost_assessments.extend(a for a in assessments.get(rid, ()) if a not in have)

    n = 4
    ts = [threading.Thread(target=worker, args=(ids[i::n],)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total_a = sum(len(v) for v in assessments.values())
    print("%d acknowledged writes (%d registrations, %d assessments); lost: %d registrations, %d assessments"
          % (len(residents) + total_a, len(residents), total_a, len(lost_residents), len(lost_assessments)))
    if lost_residents:
        print("lost registrations (resident ids): %s" % sorted(lost_residents)[:20])
    if lost_assessments:
        print("lost assessments (ids): %s" % sorted(lost_assessments)[:20])
    return 1 if lost_residents or lost_assessments else 0


if __name__ == "__main__":
    mode, base, credentials, ledger = sys.argv[1:5]
    if mode == "write":
        write(base, credentials, ledger, *(int(a) for a in sys.argv[5:7]))
    elif mode == "check":
        sys.exit(check(base, credentials, ledger))
    else:
        sys.exit("unknown mode " + mode)
