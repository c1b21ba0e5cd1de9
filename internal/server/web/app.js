// The saidwho page: sends the pasted text to POST /v1/extract and shows the
// record it gets back, each quote highlighted in its speaker's colour.
// A page opened as /?text=... (or /#text=...) runs on that text at once.
"use strict";

// Background and ink of each speaker, in order of first appearance.
const PALETTE = [
  ["#ffe08a", "#9c6500"], ["#a5d8ff", "#1864ab"], ["#b2f2bb", "#2b8a3e"],
  ["#ffc9c9", "#c92a2a"], ["#d0bfff", "#5f3dc4"], ["#99e9f2", "#0b7285"],
  ["#ffd8a8", "#d9480f"], ["#fcc2d7", "#a61e4d"], ["#c0eb75", "#5c940d"],
  ["#bac8ff", "#364fc7"],
];
const UNKNOWN = ["#e9ecef", "#495057"];

const EXAMPLE = 'Ana Lopez defended the new bridge on Tuesday. "It will pay for itself within ten years," Lopez said. ' +
  'Tom Reed, a city councillor, said the budget was already stretched. Reed said the plan was "a gamble".';

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "style") Object.assign(e.style, v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

async function run() {
  const text = $("text").value;
  if (!text.trim()) return;
  $("submit").disabled = true;
  $("status").textContent = "Finding quotes…";
  $("error").hidden = true;
  try {
    const resp = await fetch("/v1/extract", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ id: "page", text: text }),
    });
    const body = await resp.json();
    if (!resp.ok) throw new Error(body.error || resp.statusText);
    render(text, body);
    $("status").textContent = "";
  } catch (err) {
    $("error").textContent = "Could not analyse the text: " + err.message;
    $("error").hidden = false;
    $("result").hidden = true;
    $("status").textContent = "";
  } finally {
    $("submit").disabled = false;
  }
}

// colours assigns each speaker a palette entry in order of first appearance.
function colours(quotes) {
  const bySpeaker = new Map();
  for (const q of quotes) {
    if (q.speaker !== null && !bySpeaker.has(q.speaker)) {
      bySpeaker.set(q.speaker, PALETTE[bySpeaker.size % PALETTE.length]);
    }
  }
  return (speaker) => (speaker === null ? UNKNOWN : bySpeaker.get(speaker));
}

function render(text, record) {
  const quotes = record.quotes;
  const colourOf = colours(quotes);
  // Offsets are code points: index the text by code point, not UTF-16 unit.
  const cps = Array.from(text);
  const quoteAt = new Array(cps.length).fill(-1);
  const roleAt = new Array(cps.length).fill("");
  const roleOf = new Array(cps.length).fill(-1);
  quotes.forEach((q, i) => {
    for (let k = q.start; k < q.end; k++) quoteAt[k] = i;
    for (const [role, s] of [["mention", q.mention], ["cue", q.cue]]) {
      if (!s) continue;
      for (let k = s.start; k < s.end; k++) { roleAt[k] = role; roleOf[k] = i; }
    }
  });

  const doc = $("doc");
  doc.replaceChildren();
  let k = 0;
  while (k < cps.length) {
    let j = k + 1;
    while (j < cps.length && quoteAt[j] === quoteAt[k] && roleAt[j] === roleAt[k] && roleOf[j] === roleOf[k]) j++;
    let node = document.createTextNode(cps.slice(k, j).join(""));
    if (roleAt[k]) {
      const q = quotes[roleOf[k]];
      const [bg, ink] = colourOf(q.speaker);
      const attrs = { class: roleAt[k], "data-quote": String(roleOf[k] + 1) };
      if (roleAt[k] === "mention") {
        attrs.style = { borderBottomColor: ink, color: ink };
        attrs["data-color"] = bg;
      }
      node = el("span", attrs, node);
    }
    if (quoteAt[k] >= 0) {
      const i = quoteAt[k];
      const q = quotes[i];
      const [bg, ink] = colourOf(q.speaker);
      node = el("mark", {
        class: "quote " + q.kind,
        "data-quote": String(i + 1),
        "data-speaker": q.speaker === null ? "" : q.speaker,
        "data-color": bg,
        title: `#${i + 1} ${q.kind} · ${q.speaker === null ? "speaker unknown" : q.speaker} · ${q.rule} · ${q.confidence}`,
        style: { backgroundColor: bg, boxShadow: `inset 0 -2px 0 ${ink}` },
      }, node);
    }
    doc.append(node);
    k = j;
  }

  // Hovering a quote lights up its mention and cue.
  doc.querySelectorAll("mark.quote").forEach((m) => {
    const n = m.dataset.quote;
    const linked = () => doc.querySelectorAll(`[data-quote="${n}"]`);
    m.addEventListener("mouseenter", () => linked().forEach((e) => e.classList.add("active")));
    m.addEventListener("mouseleave", () => linked().forEach((e) => e.classList.remove("active")));
  });

  const counts = new Map();
  for (const q of quotes) counts.set(q.speaker, (counts.get(q.speaker) || 0) + 1);
  const legend = $("legend");
  legend.replaceChildren();
  for (const [speaker, n] of counts) {
    const [bg, ink] = colourOf(speaker);
    legend.append(el("li", { "data-speaker": speaker === null ? "" : speaker, "data-color": bg },
      el("span", { class: "swatch", style: { backgroundColor: bg, borderColor: ink } }),
      speaker === null ? el("em", {}, "speaker unknown") : speaker,
      el("span", { class: "count" }, String(n))));
  }
  const speakers = [...counts.keys()].filter((s) => s !== null).length;
  $("summary").textContent = quotes.length === 0 ? "No quotes found"
    : `${quotes.length} quote${quotes.length === 1 ? "" : "s"}, ${speakers} speaker${speakers === 1 ? "" : "s"}`;

  const tbody = $("quotes").tBodies[0];
  tbody.replaceChildren();
  quotes.forEach((q, i) => {
    const [bg, ink] = colourOf(q.speaker);
    tbody.append(el("tr", {},
      el("td", { class: "num" }, String(i + 1)),
      el("td", {}, el("span", { class: "kind " + q.kind }, q.kind)),
      el("td", {}, el("span", { class: "swatch", style: { backgroundColor: bg, borderColor: ink } }),
        q.speaker === null ? el("em", {}, "unknown") : q.speaker),
      el("td", { class: "qtext" }, q.text),
      el("td", {}, q.cue ? q.cue.text : "—"),
      el("td", {}, el("code", {}, q.rule)),
      el("td", { class: "num" }, q.confidence.toFixed(2))));
  });
  $("quotes").hidden = quotes.length === 0;
  $("result").hidden = false;
}

document.addEventListener("DOMContentLoaded", () => {
  $("form").addEventListener("submit", (e) => { e.preventDefault(); run(); });
  $("text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  $("example").addEventListener("click", () => { $("text").value = EXAMPLE; run(); });
  const given = new URLSearchParams(location.search).get("text") ??
    new URLSearchParams(location.hash.slice(1)).get("text");
  if (given) {
    $("text").value = given;
    run();
  }
});
