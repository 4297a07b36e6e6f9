// Client-side search over search-index.js: [name, kind, url, owner] entries.
// The index loads on first use; ranking: exact name, then prefix, then substring.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var KIND_ORDER = { "managed object": 0, "method": 1, "data object": 2, "fault": 3, "enum": 4,
    "property": 5, "field": 6, "guide": 7, "section": 8 };
  var index = null;
  var waiting = [];
  var active = -1;

  function load(then) {
    if (index) { then(); return; }
    waiting.push(then);
    if (waiting.length > 1) return;
    var script = document.createElement("script");
    script.src = root + "search-index.js";
    script.onload = function () {
      index = (window.PYVMOMO_SEARCH_INDEX || []).map(function (e) {
        return { name: e[0], kind: e[1], url: e[2], owner: e[3],
          lower: e[0].toLowerCase(), full: (e[3] ? e[3] + "." + e[0] : e[0]).toLowerCase() };
      });
      waiting.splice(0).forEach(function (f) { f(); });
    };
    document.head.appendChild(script);
  }

  function score(entry, q) {
    if (entry.lower === q || entry.full === q) return 0;
    if (entry.lower.indexOf(q) === 0) return 1;
    if (entry.full.indexOf(q) === 0) return 2;
    if (entry.lower.indexOf(q) >= 0) return 3;
    if (entry.full.indexOf(q) >= 0) return 4;
    return -1;
  }

  function search(text) {
    var q = text.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], q);
      if (s >= 0) hits.push([s, index[i]]);
    }
    hits.sort(function (a, b) {
      return a[0] - b[0] || (KIND_ORDER[a[1].kind] || 9) - (KIND_ORDER[b[1].kind] || 9) ||
        a[1].name.length - b[1].name.length || (a[1].name < b[1].name ? -1 : a[1].name > b[1].name ? 1 : 0);
    });
    return hits.slice(0, 30).map(function (h) { return h[1]; });
  }

  function render(results) {
    list.textContent = "";
    active = results.length ? 0 : -1;
    if (!input.value.trim()) { list.hidden = true; return; }
    if (!results.length) {
      var none = document.createElement("li");
      none.className = "none";
      none.textContent = "No match";
      list.appendChild(none);
    }
    results.forEach(function (r, i) {
      var li = document.createElement("li");
      if (i === 0) li.className = "active";
      var a = document.createElement("a");
      a.href = root + r.url;
      var name = document.createElement("span");
      name.className = "name";
      name.textContent = r.name;
      var what = document.createElement("span");
      what.className = "what";
      what.textContent = r.kind + (r.owner ? " · " + r.owner : "");
      a.appendChild(name);
      a.appendChild(what);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = false;
  }

  function move(step) {
    var items = list.querySelectorAll("li a");
    if (!items.length) return;
    if (active >= 0) items[active].parentNode.className = "";
    active = (active + step + items.length) % items.length;
    items[active].parentNode.className = "active";
    items[active].scrollIntoView({ block: "nearest" });
  }

  input.addEventListener("input", function () { load(function () { render(search(input.value)); }); });
  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { move(1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { move(-1); event.preventDefault(); }
    else if (event.key === "Escape") { list.hidden = true; input.blur(); }
    else if (event.key === "Enter") {
      load(function () {
        var results = search(input.value);
        var items = list.querySelectorAll("li a");
        var target = items[active] || null;
        list.hidden = true;
        input.blur();
        if (target) { window.location.href = target.href; }
        else if (results.length) { window.location.href = root + results[0].url; }
      });
      event.preventDefault();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== input) { input.focus(); event.preventDefault(); }
  });
  document.addEventListener("click", function (event) {
    if (!list.contains(event.target) && event.target !== input) list.hidden = true;
  });
})();
