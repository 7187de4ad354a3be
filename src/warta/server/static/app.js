/* warta dashboard: map, timeline, stories, articles and search over warta's JSON API.
 *
 * Every string that comes from an article (titles, outlets, texts, names) is put on the page
 * with textContent or as an attribute value through the DOM, never parsed as HTML: a
 * "<script>" in a title is shown as those characters. The server's Content-Security-Policy
 * forbids inline scripts besides. Routing is in the URL hash (#/story/ID?start=...), so every
 * view can be linked to and the browser's back button works.
 */
"use strict";

(function () {
  const TYPES = [
    ["Battles", "battles"],
    ["Explosions/Remote violence", "explosions"],
    ["Violence against civilians", "civilians"],
    ["Protests", "protests"],
    ["Riots", "riots"],
    ["Strategic developments", "strategic"],
  ];
  const TYPE_CLASS = Object.fromEntries(TYPES);
  /* Okabe & Ito's colour-blind-safe palette, one colour per ACLED event type (the same in
     app.css); grey for a type outside ACLED's six. */
  const TYPE_COLOUR = {
    battles: "#D55E00", explosions: "#E69F00", civilians: "#CC79A7", protests: "#0072B2",
    riots: "#F0E442", strategic: "#009E73", other: "#999999", key: "#5b6575",
  };
  /* ACLED's geo_precision told by the marker's outline: a solid disc for the town itself, a
     ring for near a town or a district, a dashed ring for a province or a country. */
  const PRECISION = [
    [1, "exact", "the town or village itself"],
    [2, "near", "near a town, or a district"],
    [3, "region", "a province or a country"],
  ];
  const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
                   "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];
  const FILTER_KEYS = ["start", "end", "event_type", "language", "claimant"];
  const SVGNS = "http://www.w3.org/2000/svg";

  const state = { config: null, facets: null, map: null, outline: null, gen: 0 };

  // ---- DOM helpers: text only ---------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k === "href") node.setAttribute("href", safeHref(v));
      else node.setAttribute(k, String(v));
    }
    for (const c of children) append(node, c);
    return node;
  }
  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach((c) => append(node, c)); return; }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = v;
      else if (k === "href") node.setAttribute("href", safeHref(v));
      else node.setAttribute(k, String(v));
    }
    children.forEach((c) => c && node.appendChild(c));
    return node;
  }
  /* Only our own routes and http(s) URLs become links; anything else (javascript:, data:)
     is refused. */
  function safeHref(v) {
    const s = String(v);
    if (s.startsWith("#/")) return s;
    if (/^https?:\/\//i.test(s)) return s;
    return "#/";
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function typeClass(t) { return TYPE_CLASS[t] || "other"; }

  // ---- routing and filters -------------------------------------------------------------
  function route() {
    const hash = location.hash.replace(/^#/, "") || "/map";
    const [path, query] = hash.split("?");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    return { name: parts[0] || "map", arg: parts[1] || null,
             params: new URLSearchParams(query || "") };
  }
  function currentFilters() {
    const p = route().params;
    const out = {};
    for (const k of FILTER_KEYS) if (p.get(k)) out[k] = p.get(k);
    return out;
  }
  function filterQuery(extra) {
    const q = new URLSearchParams({ ...currentFilters(), ...(extra || {}) });
    const s = q.toString();
    return s ? "?" + s : "";
  }
  /* A link to a view keeping the filters. */
  function link(path, text, extra) {
    return el("a", { href: "#" + path + filterQuery(extra), text });
  }
  function storyLink(id, text) { return link("/stories/" + encodeURIComponent(id), text); }
  function articleLink(id, text) { return link("/article/" + encodeURIComponent(id), text); }

  /* A filter from the URL shows in the form even when it is no facet (a shared link made
     before the data changed): the form says what the view is filtered by. */
  function setSelect(id, value) {
    const select = document.getElementById(id);
    if (value && ![...select.options].some((o) => o.value === value)) {
      select.appendChild(el("option", { value, text: value }));
    }
    select.value = value || "";
  }
  function syncFilterForm() {
    const f = currentFilters();
    document.getElementById("f-start").value = f.start || "";
    document.getElementById("f-end").value = f.end || "";
    setSelect("f-type", f.event_type);
    setSelect("f-language", f.language);
    setSelect("f-claimant", f.claimant);
    const q = route().params.get("q");
    document.getElementById("search-q").value = route().name === "search" ? (q || "") : "";
    document.querySelectorAll("header nav a").forEach((a) => {
      a.classList.toggle("active", a.dataset.view === route().name);
      a.setAttribute("href", "#/" + a.dataset.view + filterQuery());
    });
  }
  function applyFilters(ev) {
    ev.preventDefault();
    const r = route();
    const q = new URLSearchParams();
    const form = document.getElementById("filters");
    for (const k of FILTER_KEYS) {
      const v = form.elements[k].value;
      if (v) q.set(k, v);
    }
    if (r.params.get("q")) q.set("q", r.params.get("q"));
    const path = "/" + r.name + (r.arg ? "/" + encodeURIComponent(r.arg) : "");
    location.hash = "#" + path + (q.toString() ? "?" + q.toString() : "");
  }

  // ---- API -------------------------------------------------------------------------------
  async function api(path, params) {
    const q = new URLSearchParams(params || {});
    const url = path + (q.toString() ? "?" + q.toString() : "");
    const headers = { Accept: "application/json" };
    const token = sessionStorage.getItem("warta-token");
    if (token) headers.Authorization = "Bearer " + token;
    const res = await fetch(url, { headers });
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      if (res.status === 401) document.getElementById("token-box").hidden = false;
      const msg = body && body.error ? body.error.message : res.statusText;
      throw new Error(res.status + ": " + msg);
    }
    return body;
  }
  async function allPages(path, params) {
    const items = [];
    for (let offset = 0; ; offset += 500) {
      const page = await api(path, { ...params, limit: 500, offset });
      items.push(...page.items);
      if (items.length >= page.total || page.items.length === 0) return items;
    }
  }
  function showError(err) {
    const box = document.getElementById("view");
    clear(box).appendChild(el("p", { class: "error", text: String(err.message || err) }));
  }
  function status(text) { document.getElementById("status").textContent = text; }

  // ---- shared pieces -------------------------------------------------------------------
  function legend() {
    return el("div", { class: "legend", "aria-label": "Event types" },
      TYPES.concat([["Other", "other"]]).map(([name, cls]) =>
        el("span", {}, el("span", { class: "swatch t-" + cls }), name)));
  }
  function dateText(d) {
    if (!d) return "undated";
    if (typeof d === "string") return d;
    return d.precision === "month" ? d.value.slice(0, 7) : d.precision === "year" ?
      d.value.slice(0, 4) : d.value;
  }
  function placeText(e) {
    if (e.location) return e.location.canonical_name || e.location.name;
    return (e.places || []).map((p) => p.name).join(", ") || "—";
  }
  function qualifierText(q) {
    return { exact: "", about: "about ", at_least: "at least ", more_than: "more than ",
             up_to: "up to ", range: "" }[q] || "";
  }
  /* Numbers are written one way everywhere, as the CLI writes them: 5,000. */
  function num(v) {
    return v === null || v === undefined ? "?" : Number(v).toLocaleString("en");
  }
  /* Who says it, as the text names them; a statement naming nobody is "unattributed"
     (never the party code UNK standing in for a name). */
  function claimantName(code, text) {
    if (text) return text;
    if (code && code !== "UNK") return code;
    return "unattributed";
  }
  /* An event's claimant as the text names them, or null when nobody is said to claim it. */
  function eventClaimant(e) {
    if (!e.claimant && !e.claimant_text) return null;
    return claimantName(e.claimant, e.claimant_text);
  }
  function figureText(c) {
    const value = c.qualifier === "range" && c.high ? num(c.low) + "–" + num(c.high) :
      num(c.value);
    return qualifierText(c.qualifier) + value + " " + c.victims + " " + c.kind +
      (c.victim_side ? " (" + c.victim_side + ")" : "");
  }

  /* The article's text with evidence spans marked: claim sentences, figures, event clauses
     and denials. Overlapping spans are cut into segments, each carrying every class that
     covers it. */
  function highlightedText(article, focus) {
    const spans = [];
    if (focus) spans.push([focus[0], focus[1], "ev-focus", null]);
    for (const c of article.claims || []) {
      if (c.sentence) spans.push([c.sentence.start, c.sentence.end, "ev-sentence", null]);
      spans.push([c.evidence.start, c.evidence.end, "ev-figure",
        claimantName(c.claimant, c.claimant_text) + " says: " + figureText(c)]);
    }
    for (const e of article.events || []) {
      for (const v of e.evidence || []) {
        if (v.article_id === article.id) spans.push([v.start, v.end, "ev-event",
          e.sub_event_type + (eventClaimant(e) ? " (claimed by " + eventClaimant(e) + ")" : "")]);
      }
      if (e.denial && e.denial.article_id === article.id) {
        spans.push([e.denial.start, e.denial.end, "ev-denial", "denied by " + e.denied_by]);
      }
    }
    const text = article.text;
    const cuts = new Set([0, text.length]);
    for (const [s, e] of spans) { cuts.add(Math.max(0, s)); cuts.add(Math.min(text.length, e)); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = el("div", { class: "text" });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      if (a >= b) continue;
      const covering = spans.filter(([s, e]) => s <= a && e >= b);
      const piece = text.slice(a, b);
      if (!covering.length) { out.appendChild(document.createTextNode(piece)); continue; }
      const classes = [...new Set(covering.map((c) => c[2]))];
      const titles = covering.map((c) => c[3]).filter(Boolean);
      const mark = el("mark", { class: classes.join(" ") }, piece);
      if (titles.length) mark.title = [...new Set(titles)].join("; ");
      out.appendChild(mark);
    }
    return out;
  }

  function articleBlock(article, withStoryLink, focus) {
    const meta = [
      article.outlet || "unknown outlet", " · ", dateText(article.published), " · ",
      article.language,
      article.dateline_place ? " · dateline " + article.dateline_place : "",
    ];
    const figures = (article.claims || []).map((c) => el("li", {},
      el("strong", { text: figureText(c) }), " — claimed by ",
      el("strong", { text: claimantName(c.claimant, c.claimant_text) }),
      c.claimant && c.claimant !== "UNK" && c.claimant_text ? " (" + c.claimant + ")" : "",
      c.cumulative ? " · running total" : " · incident",
      c.as_of ? " · as of " + dateText(c.as_of) : ""));
    const events = (article.events || []).map((e) => el("li", {},
      el("span", { class: "swatch t-" + typeClass(e.event_type) }), " ",
      dateText(e.date), " · ", e.sub_event_type, " · ", placeText(e),
      eventClaimant(e) ? " · claimed by " + eventClaimant(e) : "",
      e.denied_by ? el("span", { class: "flag", text: " · denied by " + e.denied_by }) : ""));
    const source = article.url && /^https?:\/\//i.test(article.url)
      ? el("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank",
                  text: article.url })
      : (article.url || article.source + (article.source_id ? "#" + article.source_id : ""));
    return el("section", { class: "article", "data-article": article.id },
      el("h3", {}, articleLink(article.id, article.title || "(untitled)")),
      el("div", { class: "muted" }, meta, " · source: ", source,
        withStoryLink && article.story_id ? [" · ", storyLink(article.story_id, "story")] : ""),
      highlightedText(article, focus),
      figures.length ? [el("h4", { text: "Casualty figures" }), el("ul", { class: "figures" },
        figures)] : "",
      events.length ? [el("h4", { text: "Events" }), el("ul", { class: "events" }, events)]
        : "");
  }

  function plural(n, word) { return num(n) + " " + word + (n === 1 ? "" : "s"); }

  function storyCard(s) {
    return el("div", { class: "card story", "data-story": s.id },
      el("h3", {}, storyLink(s.id, s.label)),
      el("div", { class: "muted" }, (s.first_seen || "?") + " → " + (s.last_seen || "?"),
        " · ", plural(s.article_ids.length, "article"), " · ",
        plural((s.event_ids || []).length, "event"), " · ", (s.languages || []).join(", "),
        s.contradictions.length ? el("span", { class: "flag",
          text: " · " + plural(s.contradictions.length, "contradiction") }) : ""));
  }

  function pager(page, onPage) {
    const box = el("div", { class: "pager" });
    const from = page.total ? page.offset + 1 : 0;
    const to = page.offset + page.items.length;
    box.appendChild(el("span", { class: "muted", text: num(from) + "–" + num(to) + " of " + num(page.total) +
      " " }));
    if (page.offset > 0) {
      const b = el("button", { type: "button", text: "Previous" });
      b.addEventListener("click", () => onPage(Math.max(0, page.offset - page.limit)));
      box.appendChild(b);
    }
    if (to < page.total) {
      const b = el("button", { type: "button", text: "Next" });
      b.addEventListener("click", () => onPage(page.offset + page.limit));
      box.appendChild(b);
    }
    return box;
  }

  // ---- views ---------------------------------------------------------------------------
  async function mapView(root, gen) {
    const mapBox = el("div", { id: "map", role: "region", "aria-label": "Map of events" });
    const side = el("aside", { class: "side" }, el("h3", { text: "Stories" }),
      el("div", { id: "story-list", text: "loading…" }));
    root.append(el("div", { class: "layout" }, el("div", {}, mapBox,
      el("p", { id: "map-count", class: "muted" })), side));
    const map = L.map(mapBox, { worldCopyJump: true, attributionControl: false,
      zoomSnap: 0.5, maxZoom: 18 })
      .setView([10, 40], 2);
    state.map = map;
    mapLegend().addTo(map);
    const [geo, stories] = await Promise.all([
      api("/api/events.geojson", currentFilters()),
      allPages("/api/stories", currentFilters()),
      baseLayer(map),
    ]);
    if (gen !== state.gen) return;
    const markers = geo.features.map((f) => eventMarker(f));
    const clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false,
      spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon });
    clusters.addLayers(markers);
    map.invalidateSize();
    fitEvents(map, markers);
    clusters.addTo(map);
    contextLayers(map, geo.features.map((f) => [f.properties.location,
      f.geometry.coordinates[1], f.geometry.coordinates[0]]));
    document.getElementById("map-count").textContent = num(markers.length) + " located events" +
      (Object.keys(currentFilters()).length ? " (filtered)" : "");
    const list = clear(document.getElementById("story-list"));
    if (!stories.length) list.appendChild(el("p", { class: "muted", text: "No stories." }));
    stories.forEach((s) => list.appendChild(storyCard(s)));
    status(num(geo.features.length) + " events on the map, " + num(stories.length) + " stories");
  }

  /* One event: a marker whose icon is drawn in SVG (a path.event-marker), its popup built
     from the feature's properties when opened. */
  function eventMarker(f) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const icon = L.divIcon({ className: "event-icon", html: glyph(typeClass(p.event_type),
      precisionClass(p.geo_precision), "", p.event_id), iconSize: [20, 20], iconAnchor: [10, 10],
      popupAnchor: [0, -8] });
    const marker = L.marker([lat, lon], { icon, keyboard: true,
      title: p.sub_event_type + " · " + (p.date || "undated") + " · " + (p.location || "") });
    marker.bindPopup(() => eventPopup(p));
    return marker;
  }
  function precisionClass(value) {
    const found = PRECISION.find(([n]) => n === value);
    return found ? found[1] : "region";
  }
  /* The marker's SVG: its colour tells the event type, its outline the place's precision. A
     ring is drawn over a thin dark circle so that light colours (yellow) stand out too. */
  const CIRCLE = "M3 10a7 7 0 1 0 14 0a7 7 0 1 0 -14 0";
  function glyph(cls, precision, extra, id) {
    const colour = TYPE_COLOUR[cls];
    const name = (extra ? "key-mark" : "event-marker") + " type-" + cls + " precision-" +
      precision;
    const mark = precision === "exact"
      ? svg("path", { class: name, d: CIRCLE, fill: colour, stroke: "#1d2430",
          "stroke-width": 1.2 })
      : svg("path", { class: name, d: CIRCLE,
          fill: "#ffffff", "fill-opacity": 0.75, stroke: colour, "stroke-width": 3.2,
          ...(precision === "region" ? { "stroke-dasharray": "3.4 2.1" } : {}) });
    const under = precision === "exact" ? null : svg("path", { class: "event-outline",
      d: CIRCLE, fill: "none", stroke: "#1d2430", "stroke-width": 4.6 });
    return svg("svg", { class: "event-glyph " + (extra || ""), viewBox: "0 0 20 20",
      width: 20, height: 20, "aria-hidden": "true", ...(id ? { "data-event": id } : {}) },
      under, mark);
  }
  /* The key, on the map: a colour per event type, an outline per precision, the cluster. */
  function mapLegend() {
    const control = L.control({ position: "bottomright" });
    control.onAdd = () => {
      const box = el("div", { class: "map-legend leaflet-control", role: "group",
        "aria-label": "Map key" },
        el("div", { class: "legend-head", text: "Event type" }),
        TYPES.concat([["Other", "other"]]).map(([name, cls]) =>
          el("div", { class: "legend-type", "data-type": name },
            glyph(cls, "exact", "legend-swatch"), name)),
        el("div", { class: "legend-head", text: "Where (precision)" }),
        PRECISION.map(([, precision, text]) =>
          el("div", { class: "legend-precision", "data-precision": precision },
            glyph("key", precision, "legend-swatch"), text)),
        el("div", { class: "legend-cluster" }, el("span", { class: "legend-count", text: "5" }),
          "events close together: zoom in or click"));
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    return control;
  }
  /* Events too close to tell apart at this zoom, as one disc with their count: zooming in
     (or a click on it) splits it; events at the very same place fan out at the last zoom. */
  function clusterIcon(cluster) {
    const n = cluster.getChildCount();
    const size = n < 10 ? 30 : n < 50 ? 36 : 44;
    return L.divIcon({ className: "event-cluster", iconSize: [size, size],
      html: el("div", { "aria-label": num(n) + " events" }, el("span", { text: num(n) })) });
  }

  /* The map opens on the events, not the world: the tightest view holding every located
     event with a margin, never closer than a town (one event alone). No animation: a route
     change may remove the map at any moment. data-zoom tells the zoom (tests read it). */
  function fitEvents(map, markers) {
    const box = map.getContainer();
    const tell = () => {
      box.dataset.zoom = String(map.getZoom());
      box.dataset.bounds = map.getBounds().toBBoxString();  // west,south,east,north
    };
    map.on("moveend zoomend", tell);
    if (markers.length) {
      const bounds = L.latLngBounds(markers.map((m) => m.getLatLng()));
      const key = box.querySelector(".map-legend");  // no marker hidden under the key
      const right = key && key.offsetWidth < box.clientWidth / 2 ? key.offsetWidth + 20 : 28;
      map.fitBounds(bounds, { paddingTopLeft: [28, 28], paddingBottomRight: [right, 28],
        maxZoom: 10, animate: false });
    }
    tell();
  }

  /* An event's popup: what, when, where, who did it to whom, the toll, who says so (as the
     article writes it, and the party code), every outlet that reported it, and a link to the
     article with its evidence marked. All text, never HTML. */
  function eventPopup(p) {
    const cls = typeClass(p.event_type);
    const when = p.date ? p.date + (p.date_precision && p.date_precision !== "day" ?
      " (within a " + p.date_precision + ")" : "") : "undated";
    const where = PRECISION.find(([n]) => n === p.geo_precision);
    const claimant = p.claimant_text || p.claimant ?
      [el("span", { class: "popup-claimant-text", text: p.claimant_text || "—" }), " (",
       el("code", { class: "popup-claimant", text: p.claimant || "UNK" }), ")"] :
      el("span", { class: "muted", text: "nobody named (UNK)" });
    const span = p.evidence_span;
    const row = (label, ...value) => el("tr", {}, el("th", { text: label }), el("td", {}, value));
    return el("div", { class: "popup", "data-event": p.event_id },
      el("div", { class: "popup-title" }, glyph(cls, precisionClass(p.geo_precision),
        "legend-swatch"), " ", p.sub_event_type),
      el("table", { class: "popup-facts" }, el("tbody", {},
        row("type", p.event_type),
        row("date", when),
        row("place", p.location || "?", where ? el("span", { class: "muted",
          text: " · " + where[2] }) : ""),
        row("actors", el("span", { class: "popup-actors",
          text: (p.actor1 || "?") + " → " + (p.target || "?") })),
        row("killed", p.fatalities === null || p.fatalities === undefined ? "—" :
          num(p.fatalities)),
        row("claimed by", claimant, p.denied_by ? el("span", { class: "flag",
          text: " · denied by " + p.denied_by }) : ""),
        row("outlets", el("span", { class: "popup-outlets",
          text: (p.outlets || []).join("; ") || p.outlet || "—" })))),
      el("div", { class: "quote" }, "“", (span && span.text) || p.evidence || "", "”"),
      el("div", {}, articleLink(span ? span.article_id : p.article_id, "evidence in the article"),
        (p.article_ids || []).length > 1 ? " (" + plural(p.article_ids.length, "report") + ")"
          : "",
        p.story_id ? [" · ", storyLink(p.story_id, "story")] : ""));
  }

  /* Tiles when the operator set a tile URL; the bundled world outline otherwise, or when
     tiles fail to load (offline), so markers still sit on a recognisable map. */
  async function baseLayer(map) {
    const addOutline = async () => {
      if (state.outline && map.hasLayer(state.outline)) return;
      try {
        const res = await fetch("/static/vendor/world-atlas/countries-110m.geojson");
        const world = await res.json();
        if (state.map !== map) return;
        state.outline = L.geoJSON(world, {
          style: { color: "#8a9bb0", weight: 0.8, fillColor: "#eef0e6", fillOpacity: 1 },
          interactive: false,
        }).addTo(map);
        state.outline.bringToBack();
        mapNote("World outline: Natural Earth via world-atlas (offline).");
      } catch (e) { mapNote("No base map: " + e.message); }
    };
    const url = state.config && state.config.tile_url;
    if (!url) { await addOutline(); return; }
    let failures = 0;
    const tiles = L.tileLayer(url, { maxZoom: 18 });
    tiles.on("tileerror", () => { failures += 1; if (failures === 1) addOutline(); });
    tiles.addTo(map);
    mapNote("Tiles: " + new URL(url.replace(/\{[a-z]\}/g, "a")).host);
  }
  /* What tells the user where they are once zoomed in, offline: admin-1 borders and their
     names (Natural Earth, from the gazetteer: /api/borders.geojson) from zoom BORDERS_FROM,
     and the names of the events' places from zoom PLACES_FROM. ``places`` is a list of
     [name, lat, lon]. Labels sit in their own pane, under the markers, and take no clicks.
     data-borders on the map tells how many units are drawn (tests read it). */
  const BORDERS_FROM = 4, PLACES_FROM = 7;
  function contextLayers(map, places) {
    if (!map.getPane("labels")) {
      const pane = map.createPane("labels");
      pane.style.zIndex = 450;
      pane.style.pointerEvents = "none";
    }
    const label = (latlng, cls, text, anchor) => L.marker(latlng, { pane: "labels",
      interactive: false, keyboard: false, icon: L.divIcon({ className: cls, iconSize: null,
        iconAnchor: anchor, html: el("span", { text }) }) });
    const borders = L.layerGroup().addTo(map);
    const names = L.layerGroup().addTo(map);
    const spots = L.layerGroup();
    const seen = new Set();
    for (const [name, lat, lon] of places) {
      if (!name || seen.has(name) || lat === null || lon === null) continue;
      seen.add(name);
      spots.addLayer(label([lat, lon], "place-label", name, [-11, 7]));
    }
    const box = map.getContainer();
    let ticket = 0;
    const update = async () => {
      const zoom = map.getZoom();
      if (zoom >= PLACES_FROM) spots.addTo(map); else spots.remove();
      if (zoom < BORDERS_FROM) {
        ticket += 1;
        borders.clearLayers(); names.clearLayers();
        box.dataset.borders = "0";
        return;
      }
      const b = map.wrapLatLngBounds(map.getBounds().pad(0.5));
      const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(2);
      const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
        clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)];
      if (Number(bbox[0]) > Number(bbox[2])) { bbox[0] = "-180"; bbox[2] = "180"; }
      const mine = ++ticket;
      let data;
      try { data = await api("/api/borders.geojson", { bbox: bbox.join(",") }); }
      catch (e) { return; }  // no borders: the markers stay on the outline
      if (mine !== ticket || !map.getContainer().isConnected) return;
      borders.clearLayers(); names.clearLayers();
      borders.addLayer(L.geoJSON(data, { interactive: false, style: { className: "admin-border",
        color: "#6f7f93", weight: 0.8, dashArray: "3 3", fill: false } }));
      // the most prominent first (the server's order); a name that would overlap one
      // already written waits for a closer look
      const placed = [];
      for (const f of data.features) {
        const p = f.properties;
        if (p.min_zoom > zoom + 3) continue;  // Natural Earth labels it only closer in
        const at = map.latLngToContainerPoint([p.label[1], p.label[0]]);
        const w = 7.5 * p.name.length + 8, h = 16;
        const box = [at.x - w / 2, at.y - h / 2, at.x + w / 2, at.y + h / 2];
        if (placed.some((o) => box[0] < o[2] && o[0] < box[2] && box[1] < o[3] &&
          o[1] < box[3])) continue;
        placed.push(box);
        names.addLayer(label([p.label[1], p.label[0]], "admin-label", p.name, undefined));
      }
      box.dataset.borders = String(data.features.length);
    };
    map.on("zoomend moveend", update);
    update();
  }
  function mapNote(text) {
    const node = document.getElementById("map-note") || el("p", { id: "map-note",
      class: "muted" });
    node.textContent = text;
    const box = document.getElementById("map");
    if (box && !node.parentNode) box.after(node);
  }

  async function timelineView(root, gen) {
    root.append(el("h2", { text: "Timeline" }), el("p", { class: "muted",
      text: "Events of every story, reports of the same event merged; casualty tallies per " +
            "claimant below." }));
    const [events, tallies] = await Promise.all([
      allPages("/api/events", currentFilters()),
      allPages("/api/tallies", currentFilters()),
    ]);
    root.append(legend(), eventChart(events), el("h3", { text: "Casualty tallies per claimant" }));
    for (const kind of [...new Set(tallies.map((t) => t.kind))]) {
      root.append(el("h4", { text: kind }), tallyChart(tallies.filter((t) => t.kind === kind)));
    }
    root.append(tallyTable(tallies), el("h3", { text: num(events.length) + " events" }),
      eventTable(events));
    status(num(events.length) + " events, " + num(tallies.length) + " tallies");
  }

  function dayNumber(iso) { return Date.parse(iso + "T00:00:00Z") / 86400000; }
  function scale(d0, d1, r0, r1) {
    return (v) => d1 === d0 ? (r0 + r1) / 2 : r0 + (v - d0) * (r1 - r0) / (d1 - d0);
  }
  function dateAxis(chart, x, d0, d1, y) {
    chart.appendChild(svg("line", { class: "axis", x1: x(d0), x2: x(d1), y1: y, y2: y }));
    const step = Math.max(1, Math.ceil((d1 - d0) / 8));
    for (let d = d0; d <= d1; d += step) {
      const iso = new Date(d * 86400000).toISOString().slice(0, 10);
      chart.appendChild(svg("text", { x: x(d), y: y + 14, "text-anchor": "middle",
        text: iso }));
    }
  }

  function eventChart(events) {
    const dated = events.filter((e) => e.date);
    const width = 1000, rowH = 34, left = 190, top = 10;
    const types = [...new Set(dated.map((e) => e.sub_event_type))].sort();
    const height = top + Math.max(1, types.length) * rowH + 30;
    const chart = svg("svg", { class: "chart events-chart", viewBox: `0 0 ${width} ${height}`,
      role: "img", "aria-label": "Events over time" });
    if (!dated.length) {
      chart.appendChild(svg("text", { x: 20, y: 30, text: "No dated events." }));
      return chart;
    }
    const days = dated.map((e) => dayNumber(e.date.value));
    const d0 = Math.min(...days) - 1, d1 = Math.max(...days) + 1;
    const x = scale(d0, d1, left, width - 20);
    types.forEach((t, i) => {
      chart.appendChild(svg("text", { x: 6, y: top + i * rowH + rowH / 2 + 4, text: t }));
      chart.appendChild(svg("line", { class: "axis", x1: left, x2: width - 20,
        y1: top + i * rowH + rowH / 2, y2: top + i * rowH + rowH / 2, "stroke-dasharray": "2 4" }));
    });
    const stacked = {};
    for (const e of dated) {
      const row = types.indexOf(e.sub_event_type);
      const key = row + ":" + e.date.value;
      const n = stacked[key] = (stacked[key] || 0) + 1;
      const cx = x(dayNumber(e.date.value)) + (n - 1) * 5;
      const cy = top + row * rowH + rowH / 2;
      const a = svg("a", { href: "#/stories/" + encodeURIComponent(e.story_id) + filterQuery() },
        svg("circle", { class: "dot event-dot", cx, cy, r: 6,
          fill: TYPE_COLOUR[typeClass(e.event_type)] },
          svg("title", { text: e.date.value + " · " + e.sub_event_type + " · " +
            placeText(e) + (eventClaimant(e) ? " · claimed by " + eventClaimant(e) : "") })));
      chart.appendChild(a);
    }
    dateAxis(chart, x, d0, d1, height - 22);
    return chart;
  }

  function tallyLabel(t) {
    return claimantName(t.claimant, t.claimant_text) + ": " + t.victims +
      (t.victim_side ? " (" + t.victim_side + ")" : "");
  }

  function tallyChart(tallies) {
    const width = 1000, height = 260, left = 60, right = 230, top = 14, bottom = 30;
    const chart = svg("svg", { class: "chart tally-chart", viewBox: `0 0 ${width} ${height}`,
      role: "img", "aria-label": "Casualty tallies over time" });
    const points = tallies.flatMap((t) => t.points.filter((p) => p.as_of));
    if (!points.length) {
      chart.appendChild(svg("text", { x: 20, y: 30, text: "No dated figures." }));
      return chart;
    }
    const days = points.map((p) => dayNumber(p.as_of));
    const d0 = Math.min(...days) - 1, d1 = Math.max(...days) + 1;
    const vmax = Math.max(...points.map((p) => p.value));
    const x = scale(d0, d1, left, width - right);
    const y = scale(0, vmax * 1.1, height - bottom, top);
    chart.appendChild(svg("line", { class: "axis", x1: left, x2: left, y1: top,
      y2: height - bottom }));
    for (const v of [0, Math.round(vmax / 2), vmax]) {
      chart.appendChild(svg("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end",
        text: v.toLocaleString("en") }));
    }
    dateAxis(chart, x, d0, d1, height - bottom);
    const labels = [];
    tallies.forEach((t, i) => {
      const pts = t.points.filter((p) => p.as_of);
      if (!pts.length) return;
      const colour = PALETTE[i % PALETTE.length];
      const path = pts.map((p, j) => (j ? "L" : "M") + x(dayNumber(p.as_of)).toFixed(1) + " " +
        y(p.value).toFixed(1)).join(" ");
      chart.appendChild(svg("path", { d: path, fill: "none", stroke: colour, "stroke-width": 2,
        class: "tally-line" }));
      for (const p of pts) {
        chart.appendChild(svg("a", { href: "#/article/" + encodeURIComponent(p.article_id) +
            filterQuery() },
          svg("circle", { class: "dot tally-dot", cx: x(dayNumber(p.as_of)), cy: y(p.value),
            r: 5, fill: colour }, svg("title", { text: t.claimant + " says " +
              qualifierText(p.qualifier) + num(p.value) + " " + t.victims +
              " " + t.kind + " as of " + p.as_of + ": “" + p.evidence + "”" }))));
      }
      const last = pts[pts.length - 1];
      labels.push({ t, colour, last, px: x(dayNumber(last.as_of)), py: y(last.value),
                    ly: y(last.value) + 4 });
    });
    // labels in a column right of the plot, in the order of their values, never overlapping
    labels.sort((a, b) => a.ly - b.ly);
    for (let i = 1; i < labels.length; i++) {
      labels[i].ly = Math.max(labels[i].ly, labels[i - 1].ly + 14);
    }
    const overflow = labels.length ? labels[labels.length - 1].ly - (height - bottom) : 0;
    if (overflow > 0) labels.forEach((l) => { l.ly = Math.max(top + 10, l.ly - overflow); });
    const lx = width - right + 14;
    for (const l of labels) {
      chart.appendChild(svg("line", { x1: l.px + 6, y1: l.py, x2: lx - 4, y2: l.ly - 4,
        stroke: l.colour, "stroke-width": 0.6, "stroke-dasharray": "2 2" }));
      chart.appendChild(svg("text", { class: "tally-label", x: lx, y: l.ly, fill: l.colour,
        text: tallyLabel(l.t) + " " + l.last.value.toLocaleString("en") +
          (l.t.flags.length ? " ⚑" : "") }));
    }
    return chart;
  }

  function tallyTable(tallies) {
    return el("table", { class: "tallies" },
      el("thead", {}, el("tr", {}, ["claimant", "kind", "victims", "side", "series (as of)",
        "headline", "flags"].map((h) => el("th", { text: h })))),
      el("tbody", {}, tallies.map((t) => el("tr", {},
        el("td", { text: claimantName(t.claimant, t.claimant_text) }), el("td", { text: t.kind }),
        el("td", { text: t.victims }), el("td", { text: t.victim_side || "—" }),
        el("td", {}, t.points.map((p, i) => [i ? " → " : "",
          articleLink(p.article_id, p.value.toLocaleString("en") + " (" + (p.as_of || "?") +
            ")")])),
        el("td", { text: qualifierText(t.headline.qualifier) +
          t.headline.value.toLocaleString("en") }),
        el("td", { class: "flag", text: t.flags.join("; ") || "" })))));
  }

  function eventTable(events) {
    return el("table", { class: "events" },
      el("thead", {}, el("tr", {}, ["date", "type", "event", "actors", "location",
        "claimed by", "denied by", "killed", "reports", "story"].map((h) =>
        el("th", { text: h })))),
      el("tbody", {}, events.map((e) => el("tr", { "data-event": e.id },
        el("td", { text: dateText(e.date) }),
        el("td", {}, el("span", { class: "swatch t-" + typeClass(e.event_type) }), " ",
          e.event_type),
        el("td", { text: e.sub_event_type }),
        el("td", { text: (e.actor1 || "?") + " → " + (e.target || "?") }),
        el("td", { text: placeText(e) }), el("td", { text: eventClaimant(e) || "—" }),
        el("td", { class: e.denied_by ? "flag" : "", text: e.denied_by || "—" }),
        el("td", { text: e.fatalities === null ? "—" : num(e.fatalities) }),
        el("td", {}, (e.article_ids || []).map((a, i) => [i ? ", " : "",
          articleLink(a, String(i + 1))])),
        el("td", {}, e.story_id ? storyLink(e.story_id, "story") : "")))));
  }

  async function storiesView(root, gen) {
    const stories = await allPages("/api/stories", currentFilters());
    root.append(el("h2", { text: num(stories.length) + " stories" }));
    const list = el("div", { id: "story-list" });
    stories.forEach((s) => list.appendChild(storyCard(s)));
    root.append(list);
    status(num(stories.length) + " stories");
  }

  /* ``hl=START-END`` in the URL: that span of the text (a figure's sentence, linked from a
     story's figure table) is marked and scrolled to. */
  function focusSpan() {
    const m = /^(\d+)-(\d+)$/.exec(route().params.get("hl") || "");
    return m && Number(m[1]) < Number(m[2]) ? [Number(m[1]), Number(m[2])] : null;
  }

  async function articleView(root, gen, id) {
    const a = await api("/api/articles/" + encodeURIComponent(id));
    root.append(el("p", {}, a.story_id ? storyLink(a.story_id, "← its story") : ""),
      articleBlock(a, true, focusSpan()));
    const focus = root.querySelector("mark.ev-focus");
    if (focus) focus.scrollIntoView({ block: "center" });
    status("article " + a.id);
  }

  async function articlesView(root, gen) {
    const offset = Number(route().params.get("offset") || 0);
    const page = await api("/api/articles", { ...currentFilters(), limit: 50, offset });
    root.append(el("h2", { text: "Articles" }),
      pager(page, (o) => { location.hash = "#/articles" + filterQuery({ offset: o }); }),
      el("table", { class: "articles" },
        el("thead", {}, el("tr", {}, ["published", "lang", "outlet", "title", "figures",
          "events", "story"].map((h) => el("th", { text: h })))),
        el("tbody", {}, page.items.map((a) => el("tr", { "data-article": a.id },
          el("td", { text: a.published || "undated" }), el("td", { text: a.language }),
          el("td", { class: "outlet", text: a.outlet || "—" }),
          el("td", {}, articleLink(a.id, a.title || a.lead + "…")),
          el("td", { text: String(a.figures) }), el("td", { text: String(a.events) }),
          el("td", {}, a.story_id ? storyLink(a.story_id, "story") : ""))))));
    status(num(page.total) + " articles");
  }

  async function searchView(root, gen) {
    const q = route().params.get("q") || "";
    if (!q.trim()) { root.append(el("p", { class: "muted", text: "Type words to search." }));
      return; }
    const page = await api("/api/search", { q, limit: 50 });
    root.append(el("h2", { text: num(page.total) + " articles match “" + q + "”" }));
    for (const h of page.items) {
      const snippet = el("div", { class: "snippet" });
      let pos = 0;
      for (const [s, e] of h.highlights) {
        snippet.append(h.snippet.slice(pos, s), el("mark", { class: "hit",
          text: h.snippet.slice(s, e) }));
        pos = e;
      }
      snippet.append(h.snippet.slice(pos));
      root.append(el("div", { class: "card hit-card" },
        el("h3", {}, articleLink(h.id, h.title || "(untitled)")),
        el("div", { class: "muted" }, (h.outlet || "") + " · " + (h.published || "undated") +
          " · " + h.language, h.story_id ? [" · ", storyLink(h.story_id, "story")] : ""),
        snippet));
    }
    status(num(page.total) + " matches");
  }

  // ---- start -----------------------------------------------------------------------------
  /* One render per route change. A render still waiting for the API when the route changes
     again goes on into a root that is no longer on the page, so it cannot mix with the new
     one; body[data-ready] names the view once the latest render is done (tests wait on it). */
  async function render() {
    const gen = ++state.gen;
    delete document.body.dataset.ready;
    syncFilterForm();
    const r = route();
    if (state.map) { state.map.remove(); state.map = null; state.outline = null; }
    const root = el("div", { class: "view-" + r.name });
    clear(document.getElementById("view")).appendChild(root);
    try {
      if (r.name === "map") await mapView(root, gen);
      else if (r.name === "timeline") await timelineView(root, gen);
      else if (r.name === "stories" && !r.arg) await storiesView(root, gen);
      else if ((r.name === "story" || r.name === "stories") && r.arg) {
        await views.story(root, gen, r.arg);  // story.js
      }
      else if (r.name === "article" && r.arg) await articleView(root, gen, r.arg);
      else if (r.name === "articles") await articlesView(root, gen);
      else if (r.name === "search") await searchView(root, gen);
      else root.append(el("p", { text: "No such page. " }), link("/map", "Map"));
    } catch (err) { if (gen === state.gen) showError(err); }
    if (gen === state.gen) {
      document.body.dataset.hash = location.hash;
      document.body.dataset.ready = r.arg && r.name === "stories" ? "story" : r.name;
    }
  }

  function fillSelect(id, values) {
    const select = document.getElementById(id);
    for (const v of values) select.appendChild(el("option", { value: v, text: v }));
  }

  async function start() {
    document.getElementById("filters").addEventListener("submit", applyFilters);
    document.getElementById("f-clear").addEventListener("click", () => {
      const r = route();
      location.hash = "#/" + r.name + (r.arg ? "/" + encodeURIComponent(r.arg) : "");
    });
    document.getElementById("search-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const q = document.getElementById("search-q").value;
      location.hash = "#/search" + filterQuery({ q });
    });
    document.getElementById("token-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      sessionStorage.setItem("warta-token", document.getElementById("token-input").value);
      location.reload();
    });
    try {
      state.config = await api("/api/config");
      state.facets = await api("/api/facets");
      fillSelect("f-type", state.facets.event_types.concat(state.facets.sub_event_types));
      fillSelect("f-language", state.facets.languages);
      fillSelect("f-claimant", state.facets.claimants);
    } catch (err) { showError(err); document.body.dataset.ready = "error"; return; }
    window.addEventListener("hashchange", render);
    await render();
  }

  /* What the other views' files (story.js) use; they add their views to ``views``. */
  const views = {};
  window.warta = {
    el, svg, clear, api, allPages, route, currentFilters, filterQuery, link, storyLink,
    articleLink, status, legend, dateText, placeText, qualifierText, num, figureText,
    claimantName, typeClass, TYPE_COLOUR, PALETTE, articleBlock, eventChart, eventTable,
    tallyChart, tallyTable, plural, state, views, contextLayers,
  };

  document.addEventListener("DOMContentLoaded", start);
})();
