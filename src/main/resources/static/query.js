// The SPARQL query page: fills the editor from the canned queries and shows the endpoint's
// results. Every value goes into the page through textContent or a checked href, never as HTML.
(function () {
  'use strict';

  const form = document.getElementById('query-form');
  if (!form) return;
  const select = document.getElementById('canned');
  const editor = document.getElementById('sparql');
  const info = document.getElementById('query-info');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  const endpoint = form.dataset.endpoint;
  const iriBase = form.dataset.iriBase;
  const localBase = form.dataset.localBase;

  function describe(option) {
    info.replaceChildren();
    if (!option || !option.value) return;
    const parts = [option.dataset.summary || ''];
    if (option.dataset.params) parts.push('Parameters: ' + option.dataset.params + '.');
    info.append(parts.join(' ') + ' ');
    const api = document.createElement('a');
    api.href = option.dataset.api;
    api.textContent = 'HTTP API';
    info.append(api);
  }

  select.addEventListener('change', function () {
    const option = select.selectedOptions[0];
    if (option && option.dataset.query !== undefined) editor.value = option.dataset.query;
    describe(option);
  });
  describe(select.selectedOptions[0]);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });

  function safeHref(iri) {
    if (iri.startsWith(iriBase)) return localBase + '/' + iri.substring(iriBase.length);
    try {
      const url = new URL(iri);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch (e) {
      // not a URL: shown as text
    }
    return null;
  }

  function cell(term) {
    const td = document.createElement('td');
    if (!term) return td;
    if (term.type === 'uri') {
      const href = safeHref(term.value);
      const node = document.createElement(href ? 'a' : 'span');
      if (href) node.href = href;
      node.textContent = term.value.startsWith(iriBase)
        ? term.value.substring(iriBase.length)
        : term.value;
      node.title = term.value;
      td.append(node);
    } else {
      td.textContent = term.value;
      if (term.datatype && /#(integer|decimal|double|float|long|int)$/.test(term.datatype)) {
        td.className = 'num';
      }
    }
    return td;
  }

  function table(json) {
    const vars = json.head.vars || [];
    const rows = json.results.bindings || [];
    const t = document.createElement('table');
    t.className = 'data';
    const head = t.createTHead().insertRow();
    for (const v of vars) {
      const th = document.createElement('th');
      th.textContent = v;
      head.append(th);
    }
    const body = t.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const v of vars) tr.append(cell(row[v]));
    }
    status.textContent = rows.length + (rows.length === 1 ? ' row' : ' rows');
    return t;
  }

  function text(content) {
    const pre = document.createElement('pre');
    pre.textContent = content;
    return pre;
  }

  async function run() {
    status.textContent = 'Running…';
    results.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'Accept': 'application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1',
          'Content-Type': 'application/x-www-form-urlencoded'
        },
        body: new URLSearchParams({ query: editor.value })
      });
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok) {
        status.textContent = 'Error ' + response.status;
        results.append(text(await response.text()));
        return;
      }
      if (type.includes('json')) {
        const json = await response.json();
        if (typeof json.boolean === 'boolean') {
          status.textContent = 'ASK';
          results.append(text(String(json.boolean)));
        } else {
          results.append(table(json));
        }
      } else {
        status.textContent = 'Graph';
        results.append(text(await response.text()));
      }
      status.textContent += ' · ' + Math.round(performance.now() - started) + ' ms';
    } catch (e) {
      status.textContent = 'Request failed: ' + e.message;
    }
  }
})();
