// The admin overview: polls the summary API, redraws the queue table in place, runs the actions
// (with the page's CSRF token) and the message search. Plain DOM, no framework, no external asset.
'use strict';
(function () {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
  const csrfToken = meta('csrf-token');
  const readOnly = meta('admin-role') === 'readonly';
  const refreshMs = Number(meta('refresh-ms')) || 5000;
  const $ = (id) => document.getElementById(id);

  /** Builds an element with text (never HTML) and attributes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key.startsWith('data-')) node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  async function api(method, path, body) {
    const headers = { accept: 'application/json' };
    if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    if (res.status === 401) {
      location.assign(`/admin/login?next=${encodeURIComponent(location.pathname)}`);
      throw new Error('Logged out');
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.detail || `${res.status} ${res.statusText}`);
    return data;
  }

  function notice(text, kind) {
    const box = $('notice');
    box.textContent = text;
    box.className = `notice ${kind || ''}`;
    box.hidden = false;
  }

  const number = (n) => (n ?? 0).toLocaleString('en-US');
  function age(ms) {
    if (ms === undefined || ms === null) return '—';
    const s = Math.round(ms / 1000);
    if (s < 60) return `${s} s`;
    if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
    return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  }
  function bytes(n) {
    if (!n) return '0 B';
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
      n /= 1024;
      i++;
    }
    return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
  }

  const SVG = 'http://www.w3.org/2000/svg';
  /** A 60-minute sparkline of completed jobs per minute, failures as red ticks. */
  function sparkline(series) {
    const w = 120,
      h = 26,
      values = series.completed,
      max = Math.max(1, ...values);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(h));
    svg.setAttribute('class', 'spark');
    const step = w / (values.length - 1);
    const y = (v) => (h - 2 - (v / max) * (h - 4)).toFixed(1);
    const points = values.map((v, i) => `${(i * step).toFixed(1)},${y(v)}`).join(' ');
    const area = document.createElementNS(SVG, 'polygon');
    area.setAttribute('points', `0,${h} ${points} ${w},${h}`);
    area.setAttribute('class', 'spark-area');
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', points);
    line.setAttribute('class', 'spark-line');
    svg.append(area, line);
    series.failed.forEach((f, i) => {
      if (!f) return;
      const tick = document.createElementNS(SVG, 'line');
      tick.setAttribute('x1', (i * step).toFixed(1));
      tick.setAttribute('x2', (i * step).toFixed(1));
      tick.setAttribute('y1', String(h));
      tick.setAttribute('y2', String(h - 6));
      tick.setAttribute('class', 'spark-fail');
      svg.append(tick);
    });
    const title = document.createElementNS(SVG, 'title');
    const total = values.reduce((a, b) => a + b, 0);
    title.textContent = `${total} completed in the last hour, peak ${Math.max(...values)} per minute`;
    svg.append(title);
    return svg;
  }

  function actionButton(label, action, queue, enabled, why) {
    return el(
      'button',
      {
        type: 'button',
        class: `act act-${action}`,
        'data-action': action,
        'data-queue': queue,
        disabled: readOnly || !enabled,
        title: readOnly ? 'The read-only credential cannot act' : why,
      },
      label,
    );
  }

  function row(q) {
    const paused = q.isPaused;
    const cells = [
      el(
        'th',
        { scope: 'row' },
        el('span', { class: 'qname' }, q.name),
        el('span', { class: 'kind' }, q.kind === 'callback' ? 'callbacks' : 'backend'),
      ),
      el('td', {}, el('span', { class: `state state-${q.health}` }, q.health)),
      ...['waiting', 'active', 'delayed', 'completed', 'failed', 'dead'].map((k) =>
        el('td', { class: `n${q.counts[k] && (k === 'failed' || k === 'dead') ? ' bad' : ''}`, 'data-count': k }, number(q.counts[k])),
      ),
      el('td', { class: `n${q.recentRetries ? ' warn' : ''}` }, number(q.recentRetries)),
      el('td', {}, el('div', { class: 'chart' }, sparkline(q.series), el('span', { class: 'rate' }, `${number(q.throughputPerMinute)}/min`))),
      el('td', { class: 'n' }, age(q.oldestWaitingMs)),
      el('td', { class: `n${q.workers ? '' : ' warn'}` }, number(q.workers)),
      el(
        'td',
        {},
        el(
          'div',
          { class: 'actions' },
          paused
            ? actionButton('Resume', 'resume', q.name, true, 'Let workers take jobs again')
            : actionButton('Pause', 'pause', q.name, true, 'Stop workers taking new jobs'),
          actionButton('Redrive', 'redrive', q.name, q.counts.dead > 0, 'Re-queue every dead letter of this queue'),
          actionButton('Clean', 'clean', q.name, q.counts.completed > 0, 'Remove completed jobs'),
        ),
      ),
    ];
    return el('tr', { class: `health-${q.health}`, 'data-queue': q.name }, ...cells);
  }

  /** Messages the recovery sweepers finished after their owner was gone (all worker processes). */
  function recovered(recovery) {
    if (!recovery) return [];
    const r = recovery.totals;
    return [
      ['Recovered: requeued', r.requeued],
      ['Recovered: failed', r.failed],
      ['Refused, discarded', r.discarded],
    ];
  }

  function render(summary) {
    const redis = summary.redis;
    $('redis').replaceChildren(
      el('span', { class: `dot ${redis.status === 'up' ? 'up' : 'down'}` }),
      redis.status === 'up'
        ? `Redis ${redis.version ?? ''} up · ${bytes(redis.usedMemoryBytes)}${redis.maxMemoryBytes ? ` of ${bytes(redis.maxMemoryBytes)}` : ''} · ${number(redis.connectedClients)} clients`
        : `Redis down: ${redis.error ?? 'no answer'}`,
    );
    const t = summary.totals;
    $('totals').replaceChildren(
      ...[
        ['Queues', summary.queues.length],
        ['Waiting', t.waiting],
        ['Active', t.active],
        ['Failed', t.failed],
        ['Dead letters', t.dead],
        ['Workers', t.workers],
        ...recovered(summary.recovery),
      ].map(([label, value]) =>
        el(
          'div',
          { class: `total${(label === 'Dead letters' || label === 'Failed') && value ? ' bad' : ''}` },
          el('span', { class: 'value' }, number(value)),
          el('span', { class: 'label' }, label),
        ),
      ),
    );
    $('retries-heading').textContent = `Retries (${summary.recentMinutes} min)`;
    const body = $('queues').tBodies[0];
    body.replaceChildren(
      ...(summary.queues.length
        ? summary.queues.map(row)
        : [el('tr', {}, el('td', { colSpan: 13, class: 'empty' }, 'No queues yet: workers create them when they start.'))]),
    );
    $('updated').textContent = new Date(summary.generatedAt).toLocaleTimeString();
  }

  let timer;
  async function refresh() {
    clearTimeout(timer);
    try {
      render(await api('GET', '/api/v1/admin/summary'));
      document.body.classList.remove('stale');
    } catch (error) {
      document.body.classList.add('stale');
      notice(`Could not refresh: ${error.message}`, 'error');
    } finally {
      timer = setTimeout(refresh, refreshMs);
    }
  }

  $('queues').addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || button.disabled) return;
    const { action, queue } = button.dataset;
    if (action === 'clean' && !confirm(`Remove every completed job of ${queue}?`)) return;
    button.disabled = true;
    try {
      const result = await api(
        'POST',
        `/api/v1/admin/queues/${encodeURIComponent(queue)}/${action}`,
        action === 'clean' ? { state: 'completed' } : undefined,
      );
      const said = {
        pause: `${queue} paused`,
        resume: `${queue} resumed`,
        redrive: `${queue}: ${result.redriven} dead letters redriven, ${result.remaining} left`,
        clean: `${queue}: ${result.removed} completed jobs removed`,
      };
      notice(said[action], 'ok');
    } catch (error) {
      notice(`${action} ${queue} failed: ${error.message}`, 'error');
    }
    await refresh();
  });

  function field(label, value) {
    return value === undefined || value === null ? [] : [el('dt', {}, label), el('dd', {}, String(value))];
  }

  async function openMessage(messageId, from) {
    const box = $('message');
    try {
      const m = await api('GET', `/api/v1/admin/messages/${encodeURIComponent(messageId)}${from ? `?from=${encodeURIComponent(from)}` : ''}`);
      const history = el(
        'ol',
        { class: 'history' },
        ...m.history.map((h) =>
          el('li', {}, el('time', {}, h.at), ' ', el('span', { class: `state state-${h.status}` }, h.status), h.detail ? ` ${h.detail}` : ''),
        ),
      );
      const callbacks = (m.callbacks || []).map((c) =>
        el('li', {}, `${c.at} ${c.outcome} ${c.status ?? ''} ${c.url}${c.detail ? ` — ${c.detail}` : ''}`),
      );
      // Leniencies of the native door: what a stricter backend would have refused (near misses).
      const coercions = (m.coercions || []).map((c) =>
        el('li', {}, `${c.path}: ${c.kind}${'from' in c ? ` ${JSON.stringify(c.from)}` : ''}${'to' in c ? ` → ${JSON.stringify(c.to)}` : ''}`),
      );
      box.replaceChildren(
        el('h3', {}, m.messageId, ' ', el('span', { class: `state state-${m.status}` }, m.status)),
        el(
          'dl',
          {},
          ...field('Type', m.messageType),
          ...field('From', m.from),
          ...field('Correlation', m.correlationId),
          ...field('Channel', m.channel),
          ...field('Attempts', m.attempts),
          ...field('Received', m.receivedAt),
          ...field('Callback URL', m.callbackUrl),
        ),
        el('h4', {}, 'History'),
        history,
        ...(m.error ? [el('h4', {}, 'Error'), el('pre', {}, JSON.stringify(m.error, null, 2))] : []),
        ...(callbacks.length ? [el('h4', {}, 'Callbacks'), el('ul', {}, ...callbacks)] : []),
        ...(coercions.length ? [el('h4', {}, 'Coercions (lenient native door)'), el('ul', { class: 'coercions' }, ...coercions)] : []),
        el('h4', {}, 'Body'),
        el('pre', {}, JSON.stringify(m.body, null, 2)),
        ...(m.response !== undefined ? [el('h4', {}, 'Response'), el('pre', {}, JSON.stringify(m.response, null, 2))] : []),
      );
      box.hidden = false;
    } catch (error) {
      notice(`Could not open ${messageId}: ${error.message}`, 'error');
    }
  }

  $('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const q = $('search').value.trim();
    if (!q) return;
    const out = $('search-results');
    try {
      const { results } = await api('GET', `/api/v1/admin/messages?q=${encodeURIComponent(q)}`);
      if (!results.length) {
        out.replaceChildren(el('p', { class: 'empty' }, `No message with that messageId, correlationId or sender.`));
        $('message').hidden = true;
        return;
      }
      out.replaceChildren(
        el(
          'table',
          { class: 'results' },
          el(
            'thead',
            {},
            el('tr', {}, ...['messageId', 'Type', 'From', 'Status', 'Received', 'Matched by'].map((h) => el('th', { scope: 'col' }, h))),
          ),
          el(
            'tbody',
            {},
            ...results.map((r) =>
              el(
                'tr',
                {},
                el('td', {}, el('a', { href: '#', 'data-message': r.messageId, 'data-from': r.from, class: 'open' }, r.messageId)),
                el('td', {}, r.messageType),
                el('td', {}, r.from),
                el('td', {}, el('span', { class: `state state-${r.status}` }, r.status)),
                el('td', {}, r.receivedAt),
                el('td', {}, r.matchedBy),
              ),
            ),
          ),
        ),
      );
      if (results.length === 1) await openMessage(results[0].messageId, results[0].from);
    } catch (error) {
      notice(`Search failed: ${error.message}`, 'error');
    }
  });

  $('search-results').addEventListener('click', (event) => {
    const link = event.target.closest('a[data-message]');
    if (!link) return;
    event.preventDefault();
    void openMessage(link.dataset.message, link.dataset.from);
  });

  void refresh();
})();
