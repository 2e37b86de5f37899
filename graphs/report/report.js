// actorgraph report: evidence on click, sortable tables. No network access.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ag-data").textContent);
  var body = document.getElementById("evidence-body");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;  // never innerHTML: article text is untrusted
    return e;
  }

  function docLabel(id) {
    var d = data.documents[id];
    if (!d) return id;
    var parts = [d.title || id];
    if (d.outlet) parts.push(d.outlet);
    if (d.date) parts.push(d.date);
    return parts.join(" · ");
  }

  function showEdge(edge, container) {
    var arrow = edge.symmetric ? " — " : " → ";
    container.appendChild(el("div", "ev-head", edge.source + arrow + edge.target + ": " + edge.label +
      " (" + edge.count + (edge.count === 1 ? " report)" : " reports)")));
    if (edge.planned) container.appendChild(el("div", "hint", "planned, not yet happened"));
    edge.evidence.forEach(function (ev) {
      var box = el("div", "ev");
      box.appendChild(el("q", "", ev.text));
      box.appendChild(el("span", "src", docLabel(ev.doc) + ", sentence " + ev.sentence + " [" + ev.doc + "]"));
      container.appendChild(box);
    });
  }

  function select(g) {
    Array.prototype.forEach.call(document.querySelectorAll("g.selected"), function (s) { s.classList.remove("selected"); });
    g.classList.add("selected");
    body.textContent = "";
    var edge = data.edges[g.id];
    var node = data.nodes[g.id];
    if (edge) {
      showEdge(edge, body);
    } else if (node) {
      body.appendChild(el("div", "ev-head", node.name));
      body.appendChild(el("div", "hint", node.kind + (node.party ? ", party " + node.party : "") +
        " · " + node.edges.length + (node.edges.length === 1 ? " relation" : " relations")));
      node.edges.forEach(function (id) { if (data.edges[id]) showEdge(data.edges[id], body); });
    }
    document.getElementById("evidence").scrollTop = 0;
  }

  Array.prototype.forEach.call(document.querySelectorAll("figure svg g.node, figure svg g.edge"), function (g) {
    if (!data.edges[g.id] && !data.nodes[g.id]) return;
    g.setAttribute("tabindex", "0");
    g.addEventListener("click", function (event) { event.preventDefault(); select(g); });
    g.addEventListener("keydown", function (event) { if (event.key === "Enter") select(g); });
  });

  // Sortable tables: click a header; numbers sort as numbers.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.querySelectorAll("th");
    Array.prototype.forEach.call(headers, function (th, column) {
      th.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.classList.contains("num");
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-v") || a.cells[column].textContent;
          var y = b.cells[column].getAttribute("data-v") || b.cells[column].textContent;
          var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
  });

  document.body.setAttribute("data-ready", "1");
})();
