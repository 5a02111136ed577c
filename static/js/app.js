// Shared behaviour: send the CSRF token with every htmx and fetch request we make.
(function () {
  const token = () => document.querySelector('meta[name="csrf-token"]')?.content || '';
  document.addEventListener('htmx:configRequest', (e) => { e.detail.headers['X-CSRF-Token'] = token(); });
  window.staffDrill = { csrfToken: token };
})();

// Drafts kept in this browser (see drill.js): the rate and result pages exist only for a submitted
// answer, so there the server holds the final text and the local copy goes. Elsewhere a copy the
// server acknowledged is dropped after a week; one not yet acknowledged is never dropped here.
(function () {
  try {
    const submitted = /^\/attempts\/(\d+)\/(rate|result)$/.exec(window.location.pathname);
    if (submitted) localStorage.removeItem('staffdrill-draft-' + submitted[1]);
    const week = 7 * 24 * 3600 * 1000;
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (!k || !k.startsWith('staffdrill-draft-')) continue;
      const v = JSON.parse(localStorage.getItem(k) || 'null');
      if (v && v.acked != null && Date.now() - v.at > week) localStorage.removeItem(k);
    }
  } catch (e) { /* storage disabled or an unreadable entry: leave it */ }
})();
