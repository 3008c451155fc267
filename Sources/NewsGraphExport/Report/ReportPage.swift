/// The report's HTML, style and script. Everything inline; the script reads `#graph-data` and builds every
/// element from it with `textContent`. Opened with `#selftest`, the page clicks the node with the most
/// statements, searches a table, and writes what it saw into `#selftest` (used by the headless-browser test).
enum ReportPage {
    static func html(title: String, svg: String, json: String, notes: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <title>\(XMLText.escaped(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        <header><h1>\(XMLText.escaped(title))</h1><p class="notes">\(XMLText.escaped(notes))</p></header>
        <main>
        <section id="diagram-pane">
          <div class="toolbar"><button id="zoom-in" type="button">+</button><button id="zoom-out" type="button">−</button><button id="zoom-reset" type="button">fit</button><span>Drag to pan, wheel to zoom; click a node or an edge for its evidence.</span></div>
          <div id="diagram">\(svg)</div>
        </section>
        <aside id="panel"><h2 id="panel-title">Evidence</h2><div id="panel-body"><p class="hint">Click a node or an edge of the diagram, or a row of a table.</p></div></aside>
        </main>
        <section class="tables">
          <h2>Entities</h2><input id="search-entities" type="search" placeholder="Search entities"><span class="count" id="count-entities"></span><table id="table-entities"></table>
          <h2>Statements</h2><input id="search-statements" type="search" placeholder="Search statements"><span class="count" id="count-statements"></span><table id="table-statements"></table>
          <h2>Actions</h2><input id="search-actions" type="search" placeholder="Search actions"><span class="count" id="count-actions"></span><table id="table-actions"></table>
        </section>
        <pre id="selftest" hidden></pre>
        <script type="application/json" id="graph-data">\(json)</script>
        <script>\(script)</script>
        </body>
        </html>

        """
    }

    static let style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;color:#222;font-size:14px}
        header{padding:8px 16px;border-bottom:1px solid #ddd}h1{font-size:20px;margin:4px 0}.notes{color:#777;margin:0}
        main{display:flex;height:70vh;border-bottom:1px solid #ddd}
        #diagram-pane{flex:5;display:flex;flex-direction:column;min-width:0}
        .toolbar{padding:4px 8px;color:#777;font-size:12px}.toolbar button{margin-right:4px;min-width:28px}
        #diagram{flex:1;overflow:hidden;cursor:grab;background:#fafafa;position:relative}
        #diagram svg{transform-origin:0 0;width:100%;height:100%}
        #diagram g.node,#diagram g.edge{cursor:pointer}#diagram g.selected polygon,#diagram g.selected ellipse,#diagram g.selected path{stroke:#d00;stroke-width:3}
        #panel{flex:2;overflow:auto;padding:8px 16px;border-left:1px solid #ddd;min-width:280px}
        .item{border-bottom:1px solid #eee;padding:6px 0}.item .who{font-weight:bold}.item .meta{color:#777;font-size:12px}
        .sentence{margin:4px 0}mark{background:#ffe08a;padding:0 1px}.item.current{background:#fff7d6}
        .tables{padding:8px 16px}.tables input{width:320px;padding:3px}.count{color:#777;margin-left:8px;font-size:12px}
        table{border-collapse:collapse;width:100%;margin:6px 0 18px}th{cursor:pointer;text-align:left;background:#f0f0f0;position:sticky;top:0}
        th,td{border-bottom:1px solid #eee;padding:3px 6px;vertical-align:top}tbody tr{cursor:pointer}tbody tr:hover{background:#f5f9ff}
        """

    static let script = #"""
        (function () {
          'use strict';
          var errors = [];
          window.addEventListener('error', function (e) { errors.push(String(e.message)); });
          var consoleError = console.error;
          console.error = function () { errors.push([].slice.call(arguments).join(' ')); consoleError.apply(console, arguments); };
          var data = JSON.parse(document.getElementById('graph-data').textContent);
          var byId = {};
          data.entities.forEach(function (e) { byId[e.id] = e; });
          function name(id) { return id && byId[id] ? byId[id].name : (id || ''); }
          function el(tag, cls, text) {
            var e = document.createElement(tag);
            if (cls) e.className = cls;
            if (text !== undefined && text !== null) e.textContent = String(text);
            return e;
          }
          // The sentence with `span` marked; the whole span marked when the sentence is unknown or lacks it.
          function highlighted(sentence, span) {
            var p = el('p', 'sentence');
            var s = sentence || '';
            var i = span ? s.indexOf(span) : -1;
            if (i < 0) {
              if (s) p.appendChild(document.createTextNode(s + ' '));
              if (span) p.appendChild(el('mark', null, span));
              return p;
            }
            p.appendChild(document.createTextNode(s.slice(0, i)));
            p.appendChild(el('mark', null, span));
            p.appendChild(document.createTextNode(s.slice(i + span.length)));
            return p;
          }
          // The word of the sentence that starts like the verb's lemma ("sanctioned" for "sanction").
          function verbIn(sentence, verb) {
            if (!sentence || !verb) return verb;
            var stem = verb.split(' ')[0].toLowerCase();
            stem = stem.slice(0, Math.max(3, stem.length - 2));
            var words = sentence.split(/[^A-Za-z\u00C0-\u024F'-]+/);
            for (var i = 0; i < words.length; i++) if (words[i].toLowerCase().indexOf(stem) === 0) return words[i];
            return verb;
          }
          function docLink(doc, start, end) {
            var a = el('a', null, doc + ' [' + start + '–' + end + ']');
            a.href = '#doc-' + encodeURIComponent(doc);
            a.addEventListener('click', function (ev) { ev.preventDefault(); showDocument(doc, doc + ':' + start); });
            return a;
          }
          function statementItem(s) {
            var d = el('div', 'item statement');
            d.dataset.key = s.document + ':' + s.start;
            d.appendChild(el('div', 'who', s.speakerName + ' → ' + (s.about.map(name).join(', ') || 'nobody named')));
            d.appendChild(highlighted(s.sentence, s.text));
            var meta = el('div', 'meta', (s.direct ? 'quotation' : 'reported') + (s.cue ? ', ' + s.cue : '') + ', ' + s.stance + ' · ');
            meta.appendChild(docLink(s.document, s.start, s.end));
            d.appendChild(meta);
            return d;
          }
          function actionItem(a) {
            var d = el('div', 'item action');
            d.dataset.key = a.document + ':' + a.start;
            d.appendChild(el('div', 'who', name(a.actor) + ' — ' + a.verb + (a.target ? ' → ' + name(a.target) : '')));
            d.appendChild(highlighted(a.sentence, verbIn(a.sentence, a.verb)));
            var flags = [a.quadClass, a.category && 'CAMEO ' + a.category, a.goldstein !== undefined && a.goldstein !== null ? 'Goldstein ' + a.goldstein : '',
                         a.negated ? 'negated' : '', a.hypothetical ? 'hypothetical' : ''].filter(Boolean).join(', ');
            var meta = el('div', 'meta', flags + ' · ');
            meta.appendChild(docLink(a.document, a.start, a.end));
            d.appendChild(meta);
            return d;
          }
          function roleItem(r) {
            var d = el('div', 'item role');
            d.appendChild(el('div', 'who', name(r.person) + ' — ' + r.title + (r.of ? ' of ' + name(r.of) : '')));
            if (r.sentence) d.appendChild(highlighted(r.sentence, r.title));
            d.appendChild(el('div', 'meta', r.document));
            return d;
          }
          function show(title, ev) {
            document.getElementById('panel-title').textContent = title;
            var body = document.getElementById('panel-body');
            body.textContent = '';
            body.appendChild(el('p', 'meta', ev.statements.length + ' statements, ' + ev.actions.length + ' actions, ' + ev.roles.length + ' roles'));
            if (ev.statements.length) body.appendChild(el('h3', null, 'Statements'));
            ev.statements.forEach(function (s) { body.appendChild(statementItem(s)); });
            if (ev.actions.length) body.appendChild(el('h3', null, 'Actions'));
            ev.actions.forEach(function (a) { body.appendChild(actionItem(a)); });
            if (ev.roles.length) body.appendChild(el('h3', null, 'Roles'));
            ev.roles.forEach(function (r) { body.appendChild(roleItem(r)); });
          }
          function evidenceFor(id) {
            return {
              statements: data.statements.filter(function (s) { return s.speaker === id || s.about.indexOf(id) >= 0; }),
              actions: data.actions.filter(function (a) { return a.actor === id || a.target === id; }),
              roles: data.roles.filter(function (r) { return r.person === id || r.of === id; })
            };
          }
          function evidenceForEdge(e) {
            return {
              statements: e.kind !== 'quote' ? [] : data.statements.filter(function (s) { return s.speaker === e.source && s.about.indexOf(e.target) >= 0; }),
              actions: e.kind !== 'action' ? [] : data.actions.filter(function (a) { return a.actor === e.source && a.target === e.target && !a.negated; }),
              roles: e.kind !== 'role' ? [] : data.roles.filter(function (r) { return r.person === e.source && r.of === e.target; })
            };
          }
          function showEntity(id) { var e = byId[id]; show(e ? e.name + ' (' + e.type + ')' : id, evidenceFor(id)); }
          // What the graph holds of one article: its statements and actions in text order.
          function showDocument(doc, current) {
            var ev = {
              statements: data.statements.filter(function (s) { return s.document === doc; }),
              actions: data.actions.filter(function (a) { return a.document === doc; }),
              roles: data.roles.filter(function (r) { return r.document === doc; })
            };
            ev.statements.sort(function (a, b) { return a.start - b.start; });
            ev.actions.sort(function (a, b) { return a.start - b.start; });
            show('Article ' + doc, ev);
            var items = document.querySelectorAll('#panel-body .item');
            for (var i = 0; i < items.length; i++) {
              if (items[i].dataset.key === current) { items[i].classList.add('current'); items[i].scrollIntoView({block: 'center'}); break; }
            }
          }

          // Diagram: click, pan, zoom.
          var pane = document.getElementById('diagram');
          var svg = pane.querySelector('svg');
          var view = {x: 0, y: 0, k: 1};
          function apply() { if (svg) svg.style.transform = 'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.k + ')'; }
          if (svg) { svg.setAttribute('height', '100%'); svg.setAttribute('width', '100%'); }
          // The diagram's entity nodes, and the one with the most statements (the hub a reader looks for).
          var entityNodes = [].slice.call(pane.querySelectorAll('g.node')).filter(function (g) { return data.nodes[g.id]; });
          var busiest = null, busiestCount = -1;
          entityNodes.forEach(function (g) {
            var n = evidenceFor(data.nodes[g.id]).statements.length;
            if (n > busiestCount) { busiest = g; busiestCount = n; }
          });
          // A big diagram fitted to the pane has unreadable labels: open it zoomed to a readable scale,
          // centred on the node with the most statements ("fit" shows the whole).
          function readableView() {
            var whole = {x: 0, y: 0, k: 1};
            var vb = svg && svg.viewBox ? svg.viewBox.baseVal : null, pr = pane.getBoundingClientRect();
            if (!vb || !vb.width || !vb.height || !pr.width || !pr.height) return whole;
            var fit = Math.min(pr.width / vb.width, pr.height / vb.height);
            if (fit >= 0.6) return whole;
            if (!busiest) return whole;
            var b = busiest.getBoundingClientRect(), k = 0.8 / fit;
            var cx = b.left + b.width / 2 - pr.left, cy = b.top + b.height / 2 - pr.top;
            return {x: pr.width / 2 - cx * k, y: pr.height / 2 - cy * k, k: k};
          }
          view = readableView(); apply();
          var drag = null, moved = false;
          pane.addEventListener('mousedown', function (e) { drag = {x: e.clientX - view.x, y: e.clientY - view.y}; moved = false; });
          window.addEventListener('mousemove', function (e) {
            if (!drag) return;
            moved = true; view.x = e.clientX - drag.x; view.y = e.clientY - drag.y; apply();
          });
          window.addEventListener('mouseup', function () { drag = null; });
          pane.addEventListener('wheel', function (e) {
            e.preventDefault();
            var r = pane.getBoundingClientRect(), f = e.deltaY < 0 ? 1.15 : 1 / 1.15;
            var mx = e.clientX - r.left, my = e.clientY - r.top;
            view.x = mx - (mx - view.x) * f; view.y = my - (my - view.y) * f; view.k *= f; apply();
          }, {passive: false});
          function zoom(f) { view.k *= f; apply(); }
          document.getElementById('zoom-in').addEventListener('click', function () { zoom(1.25); });
          document.getElementById('zoom-out').addEventListener('click', function () { zoom(0.8); });
          document.getElementById('zoom-reset').addEventListener('click', function () { view = {x: 0, y: 0, k: 1}; apply(); });
          pane.addEventListener('click', function (e) {
            if (moved) { moved = false; return; }
            var g = e.target.closest ? e.target.closest('g.node, g.edge') : null;
            if (!g) return;
            var old = pane.querySelectorAll('g.selected');
            for (var i = 0; i < old.length; i++) old[i].classList.remove('selected');
            g.classList.add('selected');
            if (data.nodes[g.id]) showEntity(data.nodes[g.id]);
            else if (data.edges[g.id]) {
              var ed = data.edges[g.id];
              show(name(ed.source) + ' → ' + name(ed.target) + ' (' + ed.kind + ')', evidenceForEdge(ed));
            }
          });

          // Tables: sortable by any column, searchable, at most `pageRows` rows drawn.
          var pageRows = 500;
          function table(key, columns, rows, onClick) {
            var t = document.getElementById('table-' + key), input = document.getElementById('search-' + key);
            var count = document.getElementById('count-' + key);
            var sortColumn = -1, ascending = true;
            var thead = el('thead'), tr = el('tr');
            columns.forEach(function (c, i) {
              var th = el('th', null, c[0]);
              th.addEventListener('click', function () { ascending = sortColumn === i ? !ascending : true; sortColumn = i; draw(); });
              tr.appendChild(th);
            });
            thead.appendChild(tr); t.appendChild(thead);
            var tbody = el('tbody'); t.appendChild(tbody);
            var text = rows.map(function (r) { return columns.map(function (c) { return String(c[1](r)); }); });
            // What the search looks in: the cells, plus every alias (a cell shows only the first few).
            var hay = rows.map(function (r, i) { return (text[i].join('\u0000') + (r.aliases ? '\u0000' + r.aliases.join('\u0000') : '')).toLowerCase(); });
            function draw() {
              var q = input.value.trim().toLowerCase();
              var idx = [];
              for (var i = 0; i < rows.length; i++) {
                if (!q || hay[i].indexOf(q) >= 0) idx.push(i);
              }
              if (sortColumn >= 0) {
                idx.sort(function (a, b) {
                  var x = text[a][sortColumn], y = text[b][sortColumn], nx = parseFloat(x), ny = parseFloat(y);
                  var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
                  return ascending ? c : -c;
                });
              }
              tbody.textContent = '';
              idx.slice(0, pageRows).forEach(function (i) {
                var row = el('tr');
                text[i].forEach(function (cell) { row.appendChild(el('td', null, cell)); });
                row.addEventListener('click', function () { onClick(rows[i]); });
                tbody.appendChild(row);
              });
              count.textContent = idx.length + ' of ' + rows.length + (idx.length > pageRows ? ' (first ' + pageRows + ' shown; refine the search)' : '');
              count.dataset.shown = String(idx.length);
            }
            input.addEventListener('input', draw);
            draw();
          }
          table('entities', [['name', function (e) { return e.name; }], ['type', function (e) { return e.type; }],
                             ['mentions', function (e) { return e.mentions; }], ['aliases', function (e) { return e.aliases.length > 12 ? e.aliases.slice(0, 12).join('; ') + '; … ' + (e.aliases.length - 12) + ' more' : e.aliases.join('; '); }]],
                data.entities, function (e) { showEntity(e.id); });
          table('statements', [['speaker', function (s) { return s.speakerName; }], ['statement', function (s) { return s.text; }],
                               ['about', function (s) { return s.about.map(name).join(', '); }], ['stance', function (s) { return s.stance; }],
                               ['document', function (s) { return s.document; }]],
                data.statements, function (s) { showDocument(s.document, s.document + ':' + s.start); });
          table('actions', [['actor', function (a) { return name(a.actor); }], ['action', function (a) { return a.verb; }],
                            ['target', function (a) { return name(a.target); }], ['class', function (a) { return a.quadClass; }],
                            ['document', function (a) { return a.document; }]],
                data.actions, function (a) { showDocument(a.document, a.document + ':' + a.start); });

          // Self-test for the headless-browser test: report.html#selftest.
          if (location.hash === '#selftest') {
            var r = {};
            r.nodes = entityNodes.length;
            if (busiest) {
              busiest.dispatchEvent(new MouseEvent('click', {bubbles: true}));
              r.clicked = data.nodes[busiest.id];
              r.expectedStatements = busiestCount;
              r.panelTitle = document.getElementById('panel-title').textContent;
              r.panelStatements = document.querySelectorAll('#panel-body .item.statement').length;
              r.panelMarks = document.querySelectorAll('#panel-body .item.statement mark').length;
            }
            var input = document.getElementById('search-statements'), counter = document.getElementById('count-statements');
            r.statementsTotal = data.statements.length;
            var query = data.statements.length ? data.statements[0].speakerName : '';
            input.value = query; input.dispatchEvent(new Event('input'));
            r.searchQuery = query;
            r.searchShown = Number(counter.dataset.shown);
            r.searchRows = document.querySelectorAll('#table-statements tbody tr').length;
            input.value = 'zzzz no such text zzzz'; input.dispatchEvent(new Event('input'));
            r.searchNone = Number(counter.dataset.shown);
            input.value = ''; input.dispatchEvent(new Event('input'));
            r.errors = errors;
            var out = document.getElementById('selftest');
            out.textContent = JSON.stringify(r);
            out.hidden = false;
          }
        })();
        """#
}
