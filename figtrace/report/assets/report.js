// figtrace report: the card of a figure, table sorting and filters. Reads the JSON embedded
// in the page (#figtrace-data); builds every node with textContent (no HTML from the data).
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("figtrace-data").textContent);
  const card = document.getElementById("card");
  const body = document.getElementById("card-body");

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c))));
    return node;
  }
  function field(name, label, value) {
    if (value === null || value === undefined || value === "") return [];
    return [el("dt", {}, label), el("dd", { "data-field": name }, value)];
  }
  function footnoteItem(fn) {
    const cited = fn.cited.map((r) => el("li", {}, [r.symbol, r.date, r.title, r.issuer].filter(Boolean).join(", ") || "a source without symbol"));
    return el("li", { "data-footnote": fn.number },
      el("strong", {}, "footnote " + fn.number + (fn.page ? " (p. " + fn.page + ")" : "")),
      fn.self_sourced ? el("span", { class: "badge" }, " self-sourced ") : "",
      el("div", {}, fn.text || ""), cited.length ? el("ul", {}, cited) : "");
  }
  function flagItem(f) {
    return el("li", { "data-flag-id": f.flag_id },
      el("span", { class: "sev-" + f.severity + "-text" }, f.passed ? "held" : f.severity), " ",
      el("code", {}, f.rule), " ", f.message,
      f.passed ? "" : el("div", { class: "review", "data-review": f.review }, "review: " + f.review_label + (f.review_note ? " (" + f.review_note + ")" : "")));
  }
  function comparisonItem(c) {
    const other = c.other_surface ? c.other_surface + " in " + c.other_doc_id : (c.reference_id ? "reference " + c.reference_id : (c.other_doc_id || "no counterpart"));
    return el("li", { "data-relation": c.relation }, c.relation + " (" + c.basis + (c.score != null ? ", score " + c.score : "") + "): " + other);
  }
  function openCard(id) {
    const c = data.claims[id];
    if (!c) return;
    const notes = c.footnotes.length ? el("ul", {}, c.footnotes.map(footnoteItem)) : el("p", {}, "No footnote in its sentence or paragraph.");
    body.replaceChildren(
      el("h3", { "data-field": "surface" }, c.surface),
      el("div", { class: "meta" }, c.doc_id),
      el("dl", {}, field("value", "value", c.value), field("bounds", "bounds", c.bounds), field("qualifier", "qualifier", c.qualifier),
        field("estimate_rule", "rule", c.estimate_rule), field("kind", "kind", c.kind), field("category", "category", c.category),
        field("subject", "subject", c.subject), field("unit", "unit", c.unit), field("place", "place", c.place),
        field("event_date", "event date", c.event_date), field("dates", "dates", c.dates), field("page", "page", c.page),
        field("attributed_to", "attributed to", c.attributed_to), field("modality", "modality", c.modality)),
      el("div", { class: "sentence" }, c.sentence || ""),
      el("h4", {}, "Rests on" + (c.footnote_level ? " (" + c.footnote_level + " footnotes)" : "")), notes,
      el("h4", {}, "Flags (" + c.flags.length + ")"), c.flags.length ? el("ul", { id: "card-flags" }, c.flags.map(flagItem)) : el("p", {}, "None."),
      el("h4", {}, "Comparisons (" + c.comparisons.length + ")"),
      c.comparisons.length ? el("ul", { id: "card-comparisons" }, c.comparisons.map(comparisonItem)) : el("p", {}, "None."));
    card.dataset.claimId = id;
    card.hidden = false;
    document.querySelectorAll("mark.fig.active").forEach((m) => m.classList.remove("active"));
    const mark = document.querySelector('.doctext mark[data-claim-id="' + CSS.escape(id) + '"]');
    if (mark) mark.classList.add("active");
    return mark;
  }
  function closeCard() { card.hidden = true; delete card.dataset.claimId; }

  document.addEventListener("click", (e) => {
    const mark = e.target.closest(".doctext mark[data-claim-id]");
    if (mark) { openCard(mark.dataset.claimId); return; }
    const row = e.target.closest("#figures-table tr[data-claim-id], #flags-table tr[data-claim-id]");
    if (row) { const m = openCard(row.dataset.claimId); if (m) m.scrollIntoView({ block: "center" }); }
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") closeCard();
    if (e.key === "Enter" && e.target.matches && e.target.matches(".doctext mark[data-claim-id]")) openCard(e.target.dataset.claimId);
  });
  document.getElementById("card-close").addEventListener("click", closeCard);

  // Sorting: click a header; numbers sort as numbers, empty cells last.
  function sortTable(th) {
    const table = th.closest("table"), tbody = table.tBodies[0], col = Number(th.dataset.col);
    const dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    table.querySelectorAll("th").forEach((h) => h.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    const key = (tr) => tr.cells[col].textContent.trim();
    const rows = Array.from(tbody.rows);
    const numeric = rows.every((tr) => key(tr) === "" || !isNaN(Number(key(tr))));
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      if (x === "" || y === "") return (x === "") - (y === "");
      return dir * (numeric ? Number(x) - Number(y) : x.localeCompare(y));
    });
    tbody.append(...rows);
  }
  document.querySelectorAll("table.sortable th").forEach((th) => {
    th.addEventListener("click", () => sortTable(th));
    th.addEventListener("keydown", (e) => { if (e.key === "Enter") sortTable(th); });
  });

  // Filters: every chosen value must match; the search looks in the whole row.
  function filterRows(tableId, countId, tests) {
    let shown = 0;
    document.querySelectorAll("#" + tableId + " tbody tr").forEach((tr) => {
      const ok = tests.every((t) => t(tr));
      tr.hidden = !ok;
      shown += ok ? 1 : 0;
    });
    document.getElementById(countId).textContent = shown + " shown";
  }
  const val = (id) => document.getElementById(id).value;
  const text = (id) => (tr) => !val(id) || tr.textContent.toLowerCase().includes(val(id).toLowerCase());
  const attr = (id, name) => (tr) => !val(id) || tr.dataset[name] === val(id);
  function filterFlags() {
    const passed = document.getElementById("flag-passed").checked;
    filterRows("flags-table", "flag-count", [attr("flag-rule", "rule"), attr("flag-severity", "severity"),
      attr("flag-review", "review"), (tr) => passed || tr.dataset.passed === "false", text("flag-search")]);
  }
  function filterFigures() {
    filterRows("figures-table", "fig-count", [attr("fig-kind", "kind"), attr("fig-category", "category"), text("fig-search")]);
  }
  ["flag-rule", "flag-severity", "flag-review", "flag-passed", "flag-search"].forEach((id) => {
    document.getElementById(id).addEventListener("input", filterFlags);
    document.getElementById(id).addEventListener("change", filterFlags);
  });
  ["fig-kind", "fig-category", "fig-search"].forEach((id) => {
    document.getElementById(id).addEventListener("input", filterFigures);
    document.getElementById(id).addEventListener("change", filterFigures);
  });
  filterFlags();
  filterFigures();
  window.figtrace = { openCard: openCard, closeCard: closeCard, data: data };
})();
