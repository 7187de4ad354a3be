/* warta dashboard: the download bar. Each view offers exactly what it shows, with its filters,
 * as JSON (the /api endpoint the view reads, with the same query) and as CSV (that endpoint's
 * .csv twin). The links are built from the URL alone, so they follow every route change. On a
 * server that needs the token, a click fetches the file with it (a plain link could not send
 * it) and saves what came back.
 */
"use strict";

(function () {
  const W = window.warta;
  const ALL = 500;  // the most one JSON page holds; the CSV twins hold every match

  function url(path, params) {
    const q = new URLSearchParams(params || {}).toString();
    return path + (q ? "?" + q : "");
  }

  /* [label, JSON URL, CSV URL or null] for what the current view shows. */
  function offers() {
    const r = W.route();
    const f = W.currentFilters();
    const pair = (label, path, extra, json) => [label, url(json || "/api/" + path,
      { ...f, ...(extra || {}), ...(json ? {} : { limit: ALL }) }),
      url("/api/" + path + ".csv", { ...f, ...(extra || {}) })];
    if (r.name === "map") {
      return [["located events", url("/api/events.geojson", f),
               url("/api/events.csv", { ...f, located: "true" })],
              pair("stories", "stories")];
    }
    if (r.name === "timeline") return [pair("events", "events"), pair("tallies", "tallies")];
    if (r.name === "stories" && !r.arg) return [pair("stories", "stories")];
    if ((r.name === "stories" || r.name === "story") && r.arg) {
      const story = { story: r.arg };
      return [["story", url("/api/stories/" + encodeURIComponent(r.arg)), null],
              pair("figures", "claims", story), pair("events", "events", story),
              pair("tallies", "tallies", story)];
    }
    if (r.name === "articles") {
      const page = { limit: 50, offset: Number(r.params.get("offset") || 0) };
      return [["articles", url("/api/articles", { ...f, ...page }),
               url("/api/articles.csv", { ...f, ...page })]];
    }
    if (r.name === "article" && r.arg) {
      const mine = { article: r.arg };
      return [["article", url("/api/articles/" + encodeURIComponent(r.arg)), null],
              ["figures", url("/api/claims", { ...mine, limit: ALL }),
               url("/api/claims.csv", mine)]];
    }
    if (r.name === "search" && r.params.get("q")) {
      const q = r.params.get("q");
      return [["matches", url("/api/search", { q, limit: 50 }),
               url("/api/search.csv", { q, limit: 50 })]];
    }
    return [];
  }

  function fileLink(label, href, format, name) {
    const a = W.el("a", { class: "download", "data-format": format, "data-what": label,
      download: name, text: label + " " + format.toUpperCase() });
    a.setAttribute("href", href);  // our own /api path, built above: not article data
    a.addEventListener("click", async (ev) => {
      const token = sessionStorage.getItem("warta-token");
      if (!token) return;  // an open server: the link downloads by itself
      ev.preventDefault();
      const res = await fetch(href, { headers: { Authorization: "Bearer " + token } });
      if (!res.ok) { W.status("download failed: " + res.status); return; }
      const blob = URL.createObjectURL(await res.blob());
      const save = W.el("a", { download: name });
      save.setAttribute("href", blob);
      document.body.appendChild(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(blob), 10000);
    });
    return a;
  }

  function render() {
    const bar = document.getElementById("downloads");
    if (!bar) return;
    W.clear(bar);
    const items = offers();
    bar.hidden = !items.length;
    if (!items.length) return;
    bar.appendChild(W.el("span", { class: "muted", text: "Download what this view shows:" }));
    for (const [label, json, csv] of items) {
      const slug = "warta-" + label.replace(/\s+/g, "-");
      bar.appendChild(W.el("span", { class: "download-pair" },
        fileLink(label, json, "json", slug + ".json"),
        csv ? [" ", fileLink(label, csv, "csv", slug + ".csv")] : ""));
    }
  }

  window.addEventListener("hashchange", render);
  document.addEventListener("DOMContentLoaded", render);
})();
