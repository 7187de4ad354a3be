/* warta dashboard: the story page (#/stories/ID).
 *
 * One story: its events on a small map and on a timeline, every casualty figure in a table
 * (each linked to its sentence, highlighted in the article), the tallies per claimant as a
 * chart, the contradictions with both sides' outlets, dates and sentences, and the articles in
 * full. Everything comes from the API (what linking stored); nothing is recomputed here. Like
 * app.js, every string from an article reaches the page as text only (app.js's el/svg).
 */
"use strict";

(function () {
  const W = window.warta;
  const { el, svg } = W;
  let storyMap = null;

  function dropMap() { if (storyMap) { storyMap.remove(); storyMap = null; } }
  window.addEventListener("hashchange", dropMap);

  /* A claimant as the text names them, with the party code beside (when there is one). */
  function claimant(code, text) {
    const name = W.claimantName(code, text);
    const known = code && code !== "UNK";
    return el("span", { class: "claimant" + (name === "unattributed" ? " unattributed" : "") },
      name, known && text ? [" ", el("code", { class: "party", text: code })] : "");
  }

  function published(article) { return article ? W.dateText(article.published) : "?"; }

  // ---- the small map -------------------------------------------------------------------
  async function smallMap(box, events) {
    dropMap();
    const map = L.map(box, { worldCopyJump: true, attributionControl: false })
      .setView([0, 20], 2);
    storyMap = map;
    const url = W.state.config && W.state.config.tile_url;
    const outline = async () => {
      try {
        const res = await fetch("/static/vendor/world-atlas/countries-110m.geojson");
        const world = await res.json();
        if (storyMap !== map) return;
        L.geoJSON(world, { style: { color: "#8a9bb0", weight: 0.8, fillColor: "#eef0e6",
          fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
      } catch (e) { /* the markers stay on a blank map */ }
    };
    if (url) {
      let failed = false;
      L.tileLayer(url, { maxZoom: 18 }).on("tileerror", () => {
        if (!failed) { failed = true; outline(); }
      }).addTo(map);
    } else {
      await outline();
    }
    if (storyMap !== map) return;
    const markers = [];
    for (const e of events) {
      const loc = e.location;
      if (!loc || loc.latitude === null || loc.longitude === null) continue;
      const cls = W.typeClass(e.event_type);
      const m = L.circleMarker([loc.latitude, loc.longitude], {
        radius: 7, color: "#222", weight: 1, fillColor: W.TYPE_COLOUR[cls], fillOpacity: 0.85,
        className: "story-marker type-" + cls,
      });
      m.bindPopup(() => el("div", { class: "popup" },
        el("div", { class: "popup-title", text: e.sub_event_type }),
        el("div", {}, W.dateText(e.date) + " · " + W.placeText(e)),
        el("div", {}, "claimed by ", claimant(e.claimant, e.claimant_text))));
      m.addTo(map);
      markers.push(m);
    }
    map.invalidateSize();
    if (markers.length) {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 8,
        animate: false });
    }
    W.contextLayers(map, events.filter((e) => e.location).map((e) => [W.placeText(e),
      e.location.latitude, e.location.longitude]));
    return markers.length;
  }

  // ---- the timeline --------------------------------------------------------------------
  function timeline(events) {
    return el("ol", { class: "story-timeline" }, events.map((e) => el("li",
      { "data-event": e.id },
      el("span", { class: "when", text: W.dateText(e.date) }), " ",
      el("span", { class: "swatch t-" + W.typeClass(e.event_type) }), " ",
      el("strong", { text: e.sub_event_type }), " · ", W.placeText(e),
      " · claimed by ", claimant(e.claimant, e.claimant_text),
      e.denied_by ? el("span", { class: "flag", text: " · denied by " + e.denied_by }) : "",
      e.fatalities !== null && e.fatalities !== undefined ? " · killed: " +
        W.num(e.fatalities) : "",
      " · ", W.plural((e.article_ids || []).length, "report"))));
  }

  // ---- the figures ---------------------------------------------------------------------
  const QUALIFIER = { exact: "exact", about: "about", at_least: "at least",
                      more_than: "more than", up_to: "up to", range: "range" };

  function figureTable(claims) {
    return el("table", { class: "story-figures" },
      el("thead", {}, el("tr", {}, ["value", "qualifier", "kind", "victims", "claimant",
        "as of", "total or incident", "outlet", "sentence"].map((h) => el("th", { text: h })))),
      el("tbody", {}, claims.map((c) => {
        const span = c.sentence || c.evidence;
        const value = c.qualifier === "range" && c.high ? W.num(c.low) + "–" + W.num(c.high)
          : W.num(c.value);
        return el("tr", { "data-article": c.article_id },
          el("td", { class: "value", text: value }),
          el("td", { text: QUALIFIER[c.qualifier] || c.qualifier }),
          el("td", { text: c.kind }),
          el("td", { text: c.victims + (c.victim_side ? " (" + c.victim_side + ")" : "") }),
          el("td", {}, claimant(c.claimant, c.claimant_text)),
          el("td", { text: c.as_of ? W.dateText(c.as_of) : "undated" }),
          el("td", { text: c.cumulative ? "running total" : "incident" }),
          el("td", { class: "outlet", text: c.outlet || "—" }),
          el("td", {}, W.link("/article/" + encodeURIComponent(c.article_id),
            "“" + span.text + "”", { hl: span.start + "-" + span.end })));
      })));
  }

  /* Each tally's latest figure as a bar, grouped by kind: who says how many. */
  function claimantChart(tallies) {
    const rowH = 24, left = 330, width = 1000, top = 8;
    const kinds = [...new Set(tallies.map((t) => t.kind))];
    const rows = kinds.flatMap((k) => [{ kind: k }].concat(
      tallies.filter((t) => t.kind === k).map((t) => ({ t }))));
    const height = top + rows.length * rowH + 8;
    const chart = svg("svg", { class: "chart claimant-chart", viewBox: `0 0 ${width} ${height}`,
      role: "img", "aria-label": "Casualty tallies per claimant" });
    const vmax = Object.fromEntries(kinds.map((k) => [k, Math.max(1, ...tallies
      .filter((t) => t.kind === k).map((t) => t.headline.value))]));  // one scale per kind
    rows.forEach((r, i) => {
      const y = top + i * rowH;
      if (r.kind) {
        chart.appendChild(svg("text", { x: 6, y: y + 16, "font-weight": 700, text: r.kind }));
        return;
      }
      const t = r.t, h = t.headline;
      const w = Math.max(2, (width - left - 230) * h.value / vmax[t.kind]);
      const colour = W.PALETTE[tallies.indexOf(t) % W.PALETTE.length];
      chart.appendChild(svg("text", { x: 18, y: y + 16, text: W.claimantName(t.claimant, t.claimant_text) +
        ": " + t.victims + (t.victim_side ? " (" + t.victim_side + ")" : "") }));
      chart.appendChild(svg("rect", { class: "bar", x: left, y: y + 4, width: w, height: rowH - 8,
        fill: colour, "data-claimant": t.claimant },
        svg("title", { text: W.claimantName(t.claimant, t.claimant_text) + " says " +
          W.qualifierText(h.qualifier) + W.num(h.value) + " " + t.victims + " " + t.kind +
          (h.as_of ? " as of " + h.as_of : "") + ": “" + h.evidence + "”" })));
      chart.appendChild(svg("text", { class: "bar-value", x: left + w + 6, y: y + 16,
        text: W.qualifierText(h.qualifier) + W.num(h.value) + (h.as_of ? " (" + h.as_of + ")" : "") +
          (t.flags.length ? " ⚑" : "") }));
    });
    return chart;
  }

  // ---- contradictions ------------------------------------------------------------------
  function side(role, who, span, byId, fallback) {
    const article = span ? byId[span.article_id] : null;
    return el("div", { class: "side-" + role },
      el("div", { class: "muted" }, el("strong", {}, who), " · ",
        el("span", { class: "outlet", text: (article && article.outlet) || "unknown outlet" }),
        " · ", el("span", { class: "published", text: published(article) }),
        span ? [" · ", W.link("/article/" + encodeURIComponent(span.article_id), "in the article",
          { hl: span.start + "-" + span.end })] : ""),
      el("div", { class: "quote" }, "“", span ? span.text : fallback || "", "”"));
  }

  function contradiction(c, byId) {
    if (c.kind === "denial") {
      const ev = c.evidence || [];
      const acc = ev.find((e) => e.text === c.accusation) || ev[0] || null;
      const den = ev.find((e) => e.text === c.denial) || ev[1] || null;
      return el("div", { class: "contradiction denial" },
        el("div", {}, claimant(c.claimant, c.claimant_text), " accuses",
          el("span", { class: "vs", text: "↔" }), el("strong", { text: c.denied_by || "?" }),
          " denies · ", c.event || "", " · ", c.date || "undated"),
        side("accusation", claimant(c.claimant, c.claimant_text), acc, byId, c.accusation),
        side("denial", c.denied_by || "?", den, byId, c.denial));
    }
    return el("div", { class: "contradiction diverging" },
      el("div", {}, el("strong", { text: "Diverging figures" }), " · ",
        claimant(c.claimant, c.claimant_text), " · ", W.num(c.value),
        c.as_of ? " as of " + c.as_of : ""),
      el("div", { text: c.detail || "" }),
      (c.evidence || []).map((e) => side("figure", W.claimantName(c.claimant, c.claimant_text),
        e, byId, "")),
      el("div", { class: "muted" }, (c.article_ids || []).map((a, i) => [i ? "; " : "",
        W.articleLink(a, (byId[a] && byId[a].outlet) || "article"), " (",
        published(byId[a]), ")"])));
  }

  // ---- the page ------------------------------------------------------------------------
  async function storyPage(root, gen, id) {
    const filters = W.currentFilters();
    const scoped = { ...filters, story: id };
    const [s, claims, events, tallies] = await Promise.all([
      W.api("/api/stories/" + encodeURIComponent(id)),
      W.allPages("/api/claims", scoped),
      W.allPages("/api/events", scoped),
      W.allPages("/api/tallies", scoped),
    ]);
    if (gen !== W.state.gen) return;
    const byId = Object.fromEntries(s.articles.map((a) => [a.id, a]));
    const filtered = Object.keys(filters).length ? " (filtered)" : "";
    const mapBox = el("div", { id: "story-map", role: "region",
      "aria-label": "Map of the story's events" });
    root.append(...[
      el("h2", { class: "story-title", text: s.label }),
      el("p", { class: "muted" }, (s.first_seen || "?") + " → " + (s.last_seen || "?"), " · ",
        W.num(s.article_ids.length) + " articles in " + (s.languages || []).join(", "), " · ",
        W.link("/map", "map"), " · ", W.link("/timeline", "timeline")),
      el("div", { class: "story-top" },
        el("div", {}, el("h3", { text: "Where" }), mapBox,
          el("p", { id: "story-map-count", class: "muted" })),
        el("div", {}, el("h3", { text: "When (" + W.num(events.length) + " events" + filtered + ")" }),
          timeline(events))),
      el("h3", { text: "Casualty figures (" + W.num(claims.length) + ")" + filtered }),
      claims.length ? figureTable(claims) : el("p", { class: "muted", text: "No figures." }),
      el("h3", { text: "Tallies per claimant (" + W.num(tallies.length) + ")" }),
      tallies.length ? [claimantChart(tallies), W.tallyTable(tallies)]
        : el("p", { class: "muted", text: "No running totals." }),
      el("h3", { text: "Contradictions (" + W.num(s.contradictions.length) + ")" }),
      s.contradictions.length ? s.contradictions.map((c) => contradiction(c, byId))
        : el("p", { class: "muted", text: "None found." }),
      el("h3", { text: "Events (" + W.num(events.length) + ")" }), W.eventChart(events),
      W.eventTable(events),
      el("h3", { text: "Articles (" + W.num(s.articles.length) + ")" }),
      el("p", { class: "legend" },
        el("span", {}, el("mark", { class: "ev-figure", text: "figure" })),
        el("span", {}, el("mark", { class: "ev-sentence", text: "its sentence" })),
        el("span", {}, el("mark", { class: "ev-event", text: "event" })),
        el("span", {}, el("mark", { class: "ev-denial", text: "denial" }))),
      s.articles.map((a) => W.articleBlock(a, false))].flat(2).filter(Boolean));
    const located = await smallMap(mapBox, events);
    if (gen !== W.state.gen) return;
    document.getElementById("story-map-count").textContent = W.plural(located || 0,
      "located event");
    W.status("story " + s.id);
  }

  W.views.story = storyPage;
})();
