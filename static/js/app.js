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

// The viewer's time zone (issue 17): due dates are entered and shown in it. The server reads the
// cookie for showing dates and the hidden "tz" field for a date just typed; without either it uses UTC.
(function () {
  let zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* old browser: UTC */ }
  if (!zone) return;
  document.cookie = 'sd_tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
  const fill = () => {
    document.querySelectorAll('input[type=hidden][name=tz]').forEach((i) => { if (!i.value) i.value = zone; });
    document.querySelectorAll('[data-tz-name]').forEach((s) => { s.textContent = zone; });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fill); else fill();
})();

// Copy buttons (the cohort's join link): shown only where the clipboard API works, and say so when done.
(function () {
  const ready = () => {
    if (!navigator.clipboard) return;
    document.querySelectorAll('button[data-copy]').forEach((b) => {
      b.hidden = false;
      b.addEventListener('click', () => {
        const source = document.querySelector(b.dataset.copy);
        if (!source) return;
        navigator.clipboard.writeText(source.textContent.trim()).then(
          () => { b.textContent = 'Copied'; setTimeout(() => { b.textContent = 'Copy link'; }, 2000); },
          () => { b.textContent = 'Select and copy the link by hand'; });
      });
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
})();

// The set builder: find questions by typing, and put the ticked ones in order. Without this script
// the page still works: every question is listed and the set follows the page's order.
(function () {
  const ready = () => {
    const search = document.querySelector('[data-filter-picks]');
    if (!search) return;
    const form = search.closest('form');
    const picks = Array.from(form.querySelectorAll('label.pick'));
    const count = document.getElementById('set-search-count');
    const box = document.getElementById('set-order');
    const list = box.querySelector('[data-picked-list]');
    let order = picks.filter((l) => l.querySelector('input').checked).map((l) => l.querySelector('input').value);

    const filter = () => {
      const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      picks.forEach((l) => {
        const hay = (l.dataset.search || l.textContent).toLowerCase();
        const hit = l.querySelector('input').checked || words.every((w) => hay.includes(w));
        l.hidden = !hit;
        if (hit) shown++;
      });
      form.querySelectorAll('fieldset').forEach((f) => { f.hidden = !Array.from(f.querySelectorAll('label.pick')).some((l) => !l.hidden); });
      count.textContent = words.length ? shown + ' of ' + picks.length + ' questions match' : '';
    };

    const render = () => {
      form.querySelectorAll('input[type=hidden][name=order]').forEach((i) => i.remove());
      list.replaceChildren();
      order.forEach((id, i) => {
        const label = picks.find((l) => l.querySelector('input').value === id);
        const li = document.createElement('li');
        li.textContent = (label ? label.dataset.title : id) + ' ';
        [['↑', -1, 'Move up'], ['↓', 1, 'Move down']].forEach(([text, step, name]) => {
          const b = document.createElement('button');
          b.type = 'button'; b.className = 'small ghost'; b.textContent = text; b.setAttribute('aria-label', name);
          b.disabled = (step < 0 && i === 0) || (step > 0 && i === order.length - 1);
          b.addEventListener('click', () => { const j = i + step; [order[i], order[j]] = [order[j], order[i]]; render(); });
          li.append(b);
        });
        list.append(li);
        const h = document.createElement('input');
        h.type = 'hidden'; h.name = 'order'; h.value = id;
        form.append(h);
      });
      box.hidden = order.length === 0;
      box.querySelector('[data-picked-count]').textContent = String(order.length);
    };

    picks.forEach((l) => l.querySelector('input').addEventListener('change', (e) => {
      const id = e.target.value;
      order = order.filter((x) => x !== id);
      if (e.target.checked) order.push(id);
      render();
    }));
    search.addEventListener('input', filter);
    render();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
})();
