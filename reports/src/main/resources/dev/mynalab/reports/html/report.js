// Filtering, search and the summary of the requirement matrix. Vanilla JS, no network; the page is
// complete without it.
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("#requirements tbody tr"));
  var search = document.getElementById("search");
  var verdictFilter = document.getElementById("verdict-filter");
  var stageFilter = document.getElementById("stage-filter");
  var shown = document.getElementById("shown");
  var summary = document.getElementById("summary");
  var labels = [
    ["PASS", "passed"], ["FAIL", "failed"], ["NOT_RUN", "not run"],
    ["NOT_APPLICABLE", "not applicable"], ["KNOWN_DEVIATION", "known deviations"]
  ];

  function summarise() {
    var counts = {};
    rows.forEach(function (r) {
      counts[r.dataset.verdict] = (counts[r.dataset.verdict] || 0) + 1;
    });
    summary.textContent = rows.length + " requirements: " + labels.map(function (l) {
      return (counts[l[0]] || 0) + " " + l[1];
    }).join(", ");
    summary.dataset.failed = String(counts.FAIL || 0);
  }

  function apply() {
    var q = search.value.trim().toLowerCase();
    var v = verdictFilter.value;
    var s = stageFilter.value;
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!v || r.dataset.verdict === v) && (!s || r.dataset.stage === s) &&
          (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = n + " / " + rows.length + " shown";
  }

  // a link such as conformance-report.html#matrix?verdict=FAIL&search=REQ-MN opens pre-filtered
  function fromLink() {
    var h = window.location.hash;
    if (h.indexOf("#matrix?") !== 0) { return; }
    h.substring("#matrix?".length).split("&").forEach(function (pair) {
      var kv = pair.split("=");
      var value = decodeURIComponent((kv[1] || "").replace(/\+/g, " "));
      if (kv[0] === "search") { search.value = value; }
      if (kv[0] === "verdict") { verdictFilter.value = value; }
      if (kv[0] === "stage") { stageFilter.value = value; }
    });
  }

  search.addEventListener("input", apply);
  verdictFilter.addEventListener("change", apply);
  stageFilter.addEventListener("change", apply);
  fromLink();
  summarise();
  apply();
})();
