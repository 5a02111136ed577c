// The question page: server-owned countdown, autosave to the server and to this browser, and
// automatic submission when time runs out. Nothing typed is dropped: a draft that could not
// reach the server stays in localStorage and is sent when the connection returns. Even a draft
// the server acknowledged stays here (marked with the revision it was given) until a page shows
// the server holding that revision or a newer one: a server that lost it (a crash) gets it back.
(function () {
  const form = document.getElementById('answer-form');
  if (!form) return;
  const box = document.getElementById('answer');
  const state = document.getElementById('save-state');
  const words = document.getElementById('word-count');
  const clock = document.getElementById('clock');
  const warning = document.getElementById('clock-warning');
  const key = 'staffdrill-draft-' + form.dataset.attempt;
  const max = parseInt(form.dataset.max, 10);
  let revision = parseInt(form.dataset.revision, 10);
  let dirty = false, inFlight = false, closed = false, submitting = false;

  const show = (s, text) => { state.dataset.state = s; state.textContent = text; };
  const countWords = () => {
    const t = box.value.trim();
    words.textContent = (t ? t.split(/\s+/).length : 0) + ' words' + (box.value.length > max ? ' — over the ' + max + ' character limit' : '');
  };
  // acked: the revision the server answered for exactly this text; null while it is not yet sent.
  const store = (text, acked) => {
    try { localStorage.setItem(key, JSON.stringify({ text: text, base: revision, acked: acked, at: Date.now() })); }
    catch (e) { /* storage full or disabled: the server copy is all there is */ }
  };
  const keepLocal = () => store(box.value, null);

  // Restore the local copy when the server's is older: an unsent copy typed on top of the revision
  // the server still shows (or a newer one), or an acknowledged copy whose revision the server lost.
  try {
    const local = JSON.parse(localStorage.getItem(key) || 'null');
    const serverHasIt = local && (local.acked != null ? revision >= local.acked : local.base < revision);
    if (local && !serverHasIt && local.text !== box.value) {
      box.value = local.text; dirty = true; show('pending', 'Restored from this browser — saving…');
    } else if (local && serverHasIt) {
      localStorage.removeItem(key);
    }
  } catch (e) { localStorage.removeItem(key); }
  countWords();

  async function save() {
    if (!dirty || inFlight || closed) return;
    inFlight = true;
    const text = box.value;
    show('saving', 'Saving…');
    try {
      const res = await fetch(form.dataset.draftUrl, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'X-CSRF-Token': window.staffDrill.csrfToken(), 'Accept': 'application/json' },
        body: new URLSearchParams({ answer: text })
      });
      const body = await res.json().catch(() => ({}));
      if (res.ok) {
        revision = body.revision;
        if (box.value === text) { dirty = false; store(text, body.revision); show('saved', 'Saved'); }
        else { keepLocal(); show('pending', 'Unsaved changes'); }
      } else if (res.status === 409) {
        closed = true; localStorage.removeItem(key);
        show('error', body.error || 'This answer is closed.');
        if (body.next) window.location.assign(body.next);
      } else {
        show('error', body.error || 'Not saved (' + res.status + '). Your text is kept in this browser.');
      }
    } catch (e) {
      show('offline', 'Offline — kept in this browser; will send when the connection returns');
    } finally {
      inFlight = false;
    }
  }

  box.addEventListener('input', () => { dirty = true; keepLocal(); countWords(); show('pending', 'Unsaved changes'); });
  box.addEventListener('blur', save);
  setInterval(save, 3000);
  window.addEventListener('online', save);
  window.addEventListener('beforeunload', (e) => { if (dirty && !submitting) { keepLocal(); e.preventDefault(); } });
  form.addEventListener('submit', (e) => {
    if (box.value.length > max) { e.preventDefault(); show('error', 'Over the ' + max + ' character limit: shorten it first.'); return; }
    submitting = true; keepLocal();
  });

  if (clock) {
    const deadline = performance.now() + parseInt(clock.dataset.remainingMs, 10);
    let warned = false;
    const tick = () => {
      const left = Math.max(0, deadline - performance.now());
      const s = Math.ceil(left / 1000);
      clock.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
      if (s <= 60 && !warned) { warned = true; clock.classList.add('low'); warning.textContent = 'One minute left.'; }
      if (left <= 0 && !submitting) {
        submitting = true; warning.textContent = 'Time is up: submitting your answer.';
        document.getElementById('time-up').value = '1'; // the server then says so, and accepts an empty answer as a skip
        keepLocal(); form.requestSubmit ? form.requestSubmit() : form.submit();
        return;
      }
      setTimeout(tick, 250);
    };
    tick();
  }
})();
