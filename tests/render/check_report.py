#!/usr/bin/env python3
"""Opens report.html in headless Chromium and checks it as a reader would.

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe,
no network port), and checks that the page
  - loads with no console error, no uncaught exception and no network request;
  - shows the diagrams (inline SVG with actors and lines) and the tables;
  - shows the evidence sentences when a line and an actor are clicked;
  - sorts a table when a column header is clicked;
  - ran no script that came from article text (tests plant window.__pwned).

  check_report.py REPORT.html [--screenshot OUT.png] [--chromium PATH]

Prints a JSON summary; exits 0 when every check passed, 1 when one failed,
2 when Chromium could not be started.
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--mute-audio", "--remote-debugging-pipe"]

PROBE = r"""
(() => {
  const out = {};
  out.ready = document.body.getAttribute("data-ready") === "1";
  out.injected = window.__pwned !== undefined;  // set only if article text ran as script
  out.figures = document.querySelectorAll("figure svg").length;
  out.nodes = document.querySelectorAll("figure svg g.node").length;
  out.edges = document.querySelectorAll("figure svg g.edge").length;
  out.tables = document.querySelectorAll("table.sortable").length;
  out.rows = document.querySelectorAll("table.sortable tbody tr").length;
  const data = JSON.parse(document.getElementById("ag-data").textContent);
  const edge = Array.from(document.querySelectorAll("figure svg g.edge")).find(g => data.edges[g.id]);
  out.edge_clicked = !!edge;
  if (edge) {
    edge.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    const text = document.getElementById("evidence-body").textContent;
    const first = data.edges[edge.id].evidence[0];
    out.edge_evidence_shown = !!first && text.includes(first.text);
  }
  const node = Array.from(document.querySelectorAll("figure svg g.node")).find(g => data.nodes[g.id] && data.nodes[g.id].edges.length);
  out.node_clicked = !!node;
  if (node) {
    node.dispatchEvent(new MouseEvent("click", {bubbles: true}));
    const text = document.getElementById("evidence-body").textContent;
    out.node_evidence_shown = text.includes(data.nodes[node.id].name) && document.querySelectorAll("#evidence-body .ev").length > 0;
  }
  const table = document.querySelector("table.sortable");
  if (table) {
    const th = Array.from(table.querySelectorAll("th")).find(h => h.classList.contains("num"));
    if (th) {
      th.click(); th.click();  // descending
      const col = Array.from(th.parentNode.children).indexOf(th);
      const values = Array.from(table.tBodies[0].rows).map(r => parseFloat(r.cells[col].textContent) || 0);
      out.sorted = values.every((v, i) => i === 0 || values[i - 1] >= v);
    }
  }
  return JSON.stringify(out);
})()
"""


class Browser:
    def __init__(self, chromium, profile):
        to_r, self.to_w = os.pipe()
        self.from_r, from_w = os.pipe()

        # The child's fd 3 reads our commands, fd 4 carries its replies; the
        # descriptors are set up before close_fds runs, so 3 and 4 are kept.
        def wire():
            hi_r, hi_w = os.dup(to_r), os.dup(from_w)
            os.dup2(hi_r, 3)
            os.dup2(hi_w, 4)

        self.proc = subprocess.Popen([chromium] + FLAGS + ["--user-data-dir=" + profile, "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, preexec_fn=wire, pass_fds=(3, 4))
        os.close(to_r)
        os.close(from_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_w, json.dumps(msg).encode() + b"\0")
        return self.wait(lambda m: m.get("id") == self.next_id)

    def wait(self, match, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                msg = json.loads(raw)
                if "method" in msg:
                    self.events.append(msg)
                if match(msg):
                    if "error" in msg:
                        raise RuntimeError(json.dumps(msg["error"]))
                    return msg
            chunk = os.read(self.from_r, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        raise RuntimeError("timed out waiting for Chromium")

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("--screenshot")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args()
    url = pathlib.Path(args.report).resolve().as_uri()
    profile = tempfile.mkdtemp(prefix="ag-chromium-")
    result = {"url": url, "console_errors": [], "network": []}
    try:
        try:
            browser = Browser(args.chromium, profile)
        except OSError as e:
            print(json.dumps({"error": "cannot start Chromium: %s" % e}))
            return 2
        try:
            target = browser.send("Target.createTarget", {"url": "about:blank"})["result"]["targetId"]
            session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["result"]["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                browser.send(domain + ".enable", session=session)
            browser.send("Emulation.setDeviceMetricsOverride",
                         {"width": 1500, "height": 1100, "deviceScaleFactor": 1, "mobile": False}, session=session)
            browser.send("Page.navigate", {"url": url}, session=session)
            browser.wait(lambda m: m.get("method") == "Page.loadEventFired")
            probe = browser.send("Runtime.evaluate", {"expression": PROBE, "returnByValue": True}, session=session)
            value = probe["result"]["result"].get("value")
            if value is None:
                result["probe_error"] = probe["result"].get("exceptionDetails", {}).get("text", "no value")
            else:
                result.update(json.loads(value))
            if args.screenshot:
                browser.send("Runtime.evaluate", {"expression": "window.scrollTo(0, 0)"}, session=session)
                shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
                import base64
                pathlib.Path(args.screenshot).write_bytes(base64.b64decode(shot["result"]["data"]))
        finally:
            browser.close()
    except RuntimeError as e:
        result["error"] = str(e)
    finally:
        shutil.rmtree(profile, ignore_errors=True)

    for ev in browser.events:
        method, params = ev["method"], ev.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            result["console_errors"].append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            result["console_errors"].append(details.get("exception", {}).get("description", details.get("text", "")))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            result["console_errors"].append(params["entry"].get("text", ""))
        elif method == "Network.requestWillBeSent":
            req_url = params.get("request", {}).get("url", "")
            if not (req_url.startswith("file:") or req_url.startswith("data:") or req_url == "about:blank"):
                result["network"].append(req_url)

    checks = {
        "loaded": "error" not in result and "probe_error" not in result,
        "script ran": result.get("ready") is True,
        "no console errors": not result["console_errors"],
        "no network requests": not result["network"],
        "no injected script ran": result.get("injected") is False,
        "diagrams shown": result.get("figures", 0) >= 1 and result.get("nodes", 0) >= 1,
        "tables shown": result.get("tables", 0) >= 1 and result.get("rows", 0) >= 1,
        "edge click shows evidence": result.get("edge_evidence_shown") is True,
        "node click shows evidence": result.get("node_evidence_shown") is True,
        "tables sort": result.get("sorted") is True,
    }
    result["failed"] = [name for name, ok in checks.items() if not ok]
    print(json.dumps(result, indent=1))
    return 0 if not result["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
