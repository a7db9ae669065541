import { escapeHtml } from '../../core/escape-html';
import { adminPage } from './admin-html';
import type { AdminIdentity } from '../auth/admin';

/** How often the page polls the summary, in milliseconds. */
export const REFRESH_MS = 5000;

/**
 * The overview page: a shell whose table the script fills from the summary API and refreshes in
 * place. Its size does not depend on how many jobs the queues hold.
 */
export function overviewPage(identity: AdminIdentity): string {
  const readOnly = identity.role === 'readonly';
  return adminPage({
    title: 'Queues',
    script: '/admin/assets/overview.js',
    meta: { 'csrf-token': identity.csrfToken ?? '', 'admin-role': identity.role, 'refresh-ms': String(REFRESH_MS) },
    body: `    <header class="top">
      <h1>lgsp-sim <span>queues</span></h1>
      <div class="redis" id="redis" aria-live="polite">Redis: …</div>
      <nav>
        <span class="role ${readOnly ? 'role-readonly' : ''}">${escapeHtml(readOnly ? 'read-only' : 'admin')}</span>
        <a href="/admin/queues">Queue board</a>
        <a href="/metrics">Metrics</a>
        ${identity.via === 'cookie' ? '<form method="post" action="/admin/logout"><button type="submit" class="link">Log out</button></form>' : ''}
      </nav>
    </header>
    <main>
      <section class="totals" id="totals" aria-label="Totals"></section>
      <p class="notice" id="notice" role="status" hidden></p>
      <table class="queues" id="queues">
        <thead>
          <tr>
            <th scope="col">Queue</th><th scope="col">State</th>
            <th scope="col" class="n">Waiting</th><th scope="col" class="n">Active</th><th scope="col" class="n">Delayed</th>
            <th scope="col" class="n">Completed</th><th scope="col" class="n">Failed</th><th scope="col" class="n">Dead</th>
            <th scope="col" class="n" id="retries-heading">Retries</th>
            <th scope="col">Throughput (1 h)</th>
            <th scope="col" class="n">Oldest waiting</th><th scope="col" class="n">Workers</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody><tr><td colspan="13" class="empty">Loading…</td></tr></tbody>
      </table>
      <p class="updated">Updated <span id="updated">never</span>; refreshes every ${REFRESH_MS / 1000} s.</p>
      <section class="search" aria-label="Find a message">
        <h2>Find a message</h2>
        <form id="search-form">
          <input id="search" name="q" type="search" placeholder="messageId, correlationId or sender agency code" maxlength="200" required>
          <button type="submit">Search</button>
        </form>
        <div id="search-results"></div>
        <article id="message" hidden></article>
      </section>
    </main>`,
  });
}
