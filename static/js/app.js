// Shared behaviour: send the CSRF token with every htmx and fetch request we make.
(function () {
  const token = () => document.querySelector('meta[name="csrf-token"]')?.content || '';
  document.addEventListener('htmx:configRequest', (e) => { e.detail.headers['X-CSRF-Token'] = token(); });
  window.staffDrill = { csrfToken: token };
})();
