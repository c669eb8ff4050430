// Newsflow page: plain JavaScript, no framework, nothing from the internet. Everything reads the JSON API.
'use strict';
const $ = (id) => document.getElementById(id);
const enc = encodeURIComponent;
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));

async function api(path) {
  const r = await fetch(path, {headers: {Accept: 'application/json'}});
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.status);
  return body;
}

// Latest articles, polled: the new ones flash.
const seen = new Set();
async function refreshLatest() {
  try {
    const list = await api('/api/articles?limit=30');
    const first = seen.size === 0;
    $('latest').innerHTML = list.articles.map((a) =>
      `<li class="${!first && !seen.has(a.id) ? 'new' : ''}"><a href="#/article/${enc(a.id)}">${esc(a.title || a.id)}</a>
       <div class="meta">${esc(a.source)} · ${esc((a.publishedAt || a.time).slice(0, 10))}</div></li>`).join('');
    list.articles.forEach((a) => seen.add(a.id));
  } catch (e) { /* serve may still be starting: the next poll tries again */ }
}

// An article's field with its entity mentions and figures marked; overlapping spans keep the first.
function highlight(article, field) {
  const text = article[field] || '';
  const spans = [];
  for (const e of article.entities || []) {
    for (const m of e.mentions || []) {
      if (m.field === field) spans.push({start: m.start, end: m.end, html: (t) =>
        `<mark class="ent" data-type="${esc(e.type)}" title="${esc(e.type)}: ${esc(e.text)}"><a href="#/entity/${enc(e.type)}/${enc(e.text)}">${t}</a></mark>`});
    }
  }
  for (const f of article.figures || []) {
    if (f.field !== field) continue;
    const what = [f.kind, f.value ?? f.normalized, f.unit, f.object ? 'of ' + f.object : '', f.event ? '(' + f.event + ')' : '',
      f.location ? 'in ' + f.location : ''].filter(Boolean).join(' ');
    spans.push({start: f.start, end: f.end, html: (t) => `<mark class="fig" data-kind="${esc(f.kind)}" title="${esc(what)}" tabindex="0">${t}</mark>`});
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '', at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length) continue;
    out += esc(text.slice(at, s.start)) + s.html(esc(text.slice(s.start, s.end)));
    at = s.end;
  }
  return out + esc(text.slice(at));
}

async function showArticle(id) {
  const a = await api('/api/articles/' + enc(id));
  const body = highlight(a, 'body').split(/\n\s*\n/).map((p) => `<p>${p}</p>`).join('');
  $('main').innerHTML = `<article><h2 id="article-title">${highlight(a, 'title')}</h2>
    <p class="meta">${esc(a.source)} · ${esc(a.publishedAt || '')} · version ${a.version}${a.url ? ` · <a href="${esc(a.url)}">source</a>` : ''}</p>
    ${body}
    <h3>Entities</h3><ul>${a.entities.map((e) => `<li><a href="#/entity/${enc(e.type)}/${enc(e.text)}">${esc(e.text)}</a> ${esc(e.type)} ×${e.count}${e.geo ? ' (' + esc(e.geo.country) + ')' : ''}</li>`).join('')}</ul>
    <h3>Figures</h3><table><tr><th>text</th><th>kind</th><th>value</th><th>event</th></tr>
    ${a.figures.map((f) => `<tr><td>${esc(f.text)}</td><td>${esc(f.kind)}</td><td>${esc(f.value ?? f.normalized ?? '')}</td><td>${esc(f.event || '')}</td></tr>`).join('')}</table></article>`;
  $('main').focus();
}

async function showEntity(type, text) {
  const v = await api(`/api/entities/${enc(type)}/${enc(text)}`);
  $('main').innerHTML = `<h2>${esc(v.text)} <small>${esc(v.type)}</small></h2><p>${v.articles} articles</p>
    <h3>Mentions by day</h3>${bars(v.mentionsByDay.map((p) => [p.day, p.mentions]))}
    <h3>Named with</h3><ul>${v.cooccurring.map((c) => `<li><a href="#/entity/${enc(c.type)}/${enc(c.text)}">${esc(c.text)}</a> (${c.articles})</li>`).join('')}</ul>
    <h3>Latest</h3><ul>${v.latest.map((a) => `<li><a href="#/article/${enc(a.id)}">${esc(a.title)}</a></li>`).join('')}</ul>`;
  $('main').focus();
}

async function showSearch(entity, type) {
  const r = await api(`/api/articles?entity=${enc(entity)}${type ? '&type=' + enc(type) : ''}&limit=50`);
  $('main').innerHTML = `<h2>Articles naming “${esc(entity)}”</h2>` + (r.count ? `<ol>${r.articles.map((a) =>
    `<li><a href="#/article/${enc(a.id)}">${esc(a.title)}</a> <span class="meta">${esc(a.time.slice(0, 10))}</span></li>`).join('')}</ol>` : '<p>None found.</p>');
  $('main').focus();
}

// A small SVG bar chart of [label, value] pairs.
function bars(points) {
  if (!points.length) return '<p>No data yet.</p>';
  const w = 300, h = 120, max = Math.max(...points.map((p) => p[1])), bw = w / points.length;
  return `<svg viewBox="0 0 ${w} ${h + 20}" width="100%" role="img" aria-label="bar chart">` + points.map(([label, v], i) => {
    const bh = max ? (v / max) * h : 0;
    return `<rect class="bar" x="${i * bw + 1}" y="${h - bh}" width="${Math.max(1, bw - 2)}" height="${bh}"><title>${esc(label)}: ${v}</title></rect>`;
  }).join('') + `<text x="0" y="${h + 14}">${esc(points[0][0])}</text><text x="${w}" y="${h + 14}" text-anchor="end">${esc(points[points.length - 1][0])}</text></svg>`;
}

async function refreshTrending() {
  try {
    const t = await api('/api/entities/trending?window=' + $('window').value + '&limit=15');
    $('trending').innerHTML = t.entities.map((e) =>
      `<li><a href="#/entity/${enc(e.type)}/${enc(e.text)}">${esc(e.text)}</a> <span class="meta">${esc(e.type)} · ${e.recent} · score ${e.score.toFixed(2)}</span></li>`).join('');
  } catch (e) { /* retried on the next poll */ }
}

async function refreshEvents() {
  try {
    const r = await api('/api/events?by=day&event=' + enc($('event').value));
    $('events-chart').innerHTML = bars(r.counts.map((c) => [c.key, c.count])) + `<p class="meta">total ${r.total}</p>`;
  } catch (e) { /* retried on the next poll */ }
}

// World map: TopoJSON arcs decoded and drawn as SVG paths (equirectangular), coloured by mentions.
let world = null;
async function loadWorld() {
  const [topo, codes] = await Promise.all([fetch('countries-110m.json').then((r) => r.json()), fetch('country-codes.json').then((r) => r.json())]);
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
  const ring = (ids) => ids.flatMap((i, k) => { const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i]; return k ? a.slice(1) : a; });
  const path = (rings) => rings.map((r) => drawn(unwrap(ring(r)))).join('');
  world = topo.objects.countries.geometries.map((g) => ({
    code: codes[g.id], name: g.properties.name,
    d: g.type === 'Polygon' ? path(g.arcs) : g.type === 'MultiPolygon' ? g.arcs.map(path).join('') : ''}));
}

// A ring that crosses the 180° meridian (Russia's east, Fiji) jumps from one edge of the map to the other and would be
// drawn as a band across the whole map. Its longitudes are made continuous instead (179, 181, ... rather than 179,
// -179), so it runs off one edge, and it is drawn a second time 360° over to fill the other; the SVG clips the rest.
// A ring around a pole (Antarctica) ends 360° from where it began: it is closed along the pole's edge of the map.
function unwrap(points) {
  const out = [];
  let shift = 0;
  points.forEach(([lon, lat], k) => {
    if (k) {
      const step = lon + shift - out[k - 1][0];
      if (step > 180) shift -= 360; else if (step < -180) shift += 360;
    }
    out.push([lon + shift, lat]);
  });
  const first = out[0][0], last = out[out.length - 1][0];
  if (Math.abs(last - first) > 180) {
    const pole = out.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
    out.push([last, pole], [first, pole]);
  }
  return out;
}

function drawn(points) {
  let min = Infinity, max = -Infinity;
  points.forEach(([lon]) => { min = Math.min(min, lon); max = Math.max(max, lon); });
  const shifts = [0].concat(max > 180 ? [-360] : [], min < -180 ? [360] : []);
  return shifts.map((s) => 'M' + points.map(([lon, lat]) => `${((lon + s + 180) * 2).toFixed(1)},${((90 - lat) * 2).toFixed(1)}`).join('L') + 'Z').join('');
}

async function refreshMap() {
  try {
    if (!world) await loadWorld();
    const r = await api('/api/countries');
    const count = Object.fromEntries(r.counts.map((c) => [c.key, c.count]));
    const max = Math.max(1, ...Object.values(count));
    $('map').innerHTML = `<svg viewBox="0 0 720 360" width="100%" role="img" aria-label="world map of countries by mentions">` + world.map((c) => {
      const n = count[c.code] || 0;
      // A style, not a fill attribute: the stylesheet's grey for countries without mentions would win over an attribute.
      const fill = n ? `style="fill: hsl(215, 80%, ${85 - 50 * (n / max)}%)"` : '';
      return `<path class="country" ${fill} d="${c.d}"><title>${esc(c.name)}: ${n}</title></path>`;
    }).join('') + '</svg>';
    $('countries').innerHTML = r.counts.slice().sort((a, b) => b.count - a.count).slice(0, 10)
      .map((c) => `<li>${esc(c.key)}: ${c.count}</li>`).join('');
  } catch (e) { /* retried on the next poll */ }
}

async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  try {
    if (parts[0] === 'article' && parts[1]) await showArticle(parts.slice(1).join('/'));
    else if (parts[0] === 'entity' && parts[2]) await showEntity(parts[1], parts.slice(2).join('/'));
    else if (parts[0] === 'search' && parts[1]) await showSearch(parts[1], parts[2] || '');
  } catch (e) {
    $('main').innerHTML = `<p role="alert">${esc(e.message)}</p>`;
  }
}

$('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  location.hash = `#/search/${enc($('entity').value.trim())}/${enc($('etype').value)}`;
});
$('window').addEventListener('change', refreshTrending);
$('event').addEventListener('change', refreshEvents);
window.addEventListener('hashchange', route);
function poll() { refreshLatest(); refreshTrending(); refreshEvents(); refreshMap(); }
poll();
route();
setInterval(poll, 3000);
