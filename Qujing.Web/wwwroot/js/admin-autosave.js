// Autosave for the admin edit form (a file of the site's own: the CSP allows no inline script).
// After a pause in typing the form's text is copied to this browser (localStorage) and, after a longer pause, to the
// server's autosave slot; neither makes a revision. A copy that differs from what the form shows is offered back; leaving
// with unsaved text asks first. Nothing happens while an IME composition is open. Without JavaScript the form works as before.
(() => {
  'use strict';
  const form = document.querySelector('form[data-editor]');
  const box = form && form.querySelector('.autosave');
  if (!box) return;

  const LOCAL_PAUSE = 800;
  const SERVER_PAUSE = Number(box.dataset.serverPause) || 3000;
  const key = box.dataset.localKey;
  const status = box.querySelector('.autosave-status');
  const offer = box.querySelector('.autosave-offer');
  const basedOnInput = form.querySelector('input[name="basedOn"]');

  const fieldsOf = () => [...form.elements].filter((e) => e.name && e.name.startsWith('Content.')).map((e) => [e.name, e.value]);
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const basedOn = () => (basedOnInput ? Number(basedOnInput.value) : 0);
  const say = (text) => { status.textContent = text; };
  const when = (iso) => `${new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' })}（北京时间）`;

  let shown = fieldsOf();
  let onServer = JSON.stringify(shown);
  let composing = false;
  let leaving = false;
  let localTimer = 0;
  let serverTimer = 0;

  const dirty = () => !same(fieldsOf(), shown);

  function readLocal() {
    try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch { return null; }
  }

  function writeLocal() {
    try {
      if (dirty()) localStorage.setItem(key, JSON.stringify({ fields: fieldsOf(), basedOn: basedOn(), savedAt: new Date().toISOString() }));
      else localStorage.removeItem(key);
    } catch { /* storage full or disabled: the server copy still works */ }
  }

  function post(url, body) {
    return fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  }

  function tokenOnly() {
    const body = new FormData();
    const token = form.querySelector('input[name="__RequestVerificationToken"]');
    if (token) body.append(token.name, token.value);
    return body;
  }

  async function writeServer() {
    const text = JSON.stringify(fieldsOf());
    if (text === onServer) return;
    try {
      const unchanged = !dirty();
      const response = unchanged ? await post(box.dataset.discardUrl, tokenOnly()) : await post(box.dataset.saveUrl, new FormData(form));
      if (response.ok) {
        onServer = text;
        if (!unchanged) say(`已自动保存（${when((await response.json()).savedAt)}），尚未保存为草稿版本。`);
        return;
      }

      const answer = await response.json().catch(() => null);
      say(answer && answer.message ? answer.message
        : response.status === 429 ? '自动保存过于频繁，稍后会再试；本机浏览器中有副本。' : '自动保存失败；本机浏览器中有副本。');
    } catch {
      say('自动保存失败（网络中断）；本机浏览器中有副本。');
    }
  }

  function schedule() {
    clearTimeout(localTimer);
    clearTimeout(serverTimer);
    if (composing) return;
    localTimer = setTimeout(writeLocal, LOCAL_PAUSE);
    serverTimer = setTimeout(writeServer, SERVER_PAUSE);
  }

  form.addEventListener('input', (e) => { if (!composing && !e.isComposing) schedule(); });
  form.addEventListener('change', () => { if (!composing) schedule(); });
  form.addEventListener('compositionstart', () => { composing = true; clearTimeout(localTimer); clearTimeout(serverTimer); });
  form.addEventListener('compositionend', () => { composing = false; schedule(); });

  form.addEventListener('submit', (e) => {
    leaving = true;
    // A save makes the copy a revision (the server clears its slot); if it is refused, the form comes back with the text.
    if (e.submitter && e.submitter.value === 'save') {
      try { localStorage.removeItem(key); } catch { /* nothing kept */ }
    }
  });

  window.addEventListener('beforeunload', (e) => {
    if (!leaving && dirty()) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  // The newest copy, from this browser or the server, that differs from what the form shows.
  const server = box.dataset.serverCopy ? JSON.parse(box.dataset.serverCopy) : null;
  const local = readLocal();
  if (local && same(local.fields, shown)) writeLocal();
  const copies = [server && { ...server, from: '服务器' }, local && { ...local, from: '本机浏览器' }]
    .filter((c) => c && Array.isArray(c.fields) && !same(c.fields, shown))
    .sort((a, b) => new Date(b.savedAt) - new Date(a.savedAt));
  const copy = copies[0];
  if (!copy) return;

  let text = `${copy.from}中有 ${when(copy.savedAt)} 自动保存的内容，尚未保存为版本，与下面的内容不同。要恢复吗？`;
  if (basedOnInput && copy.basedOn && copy.basedOn < basedOn()) {
    text += `它是在第 ${copy.basedOn} 版上修改的，此后已有新版本；恢复后保存时，会先与新版本合并。`;
  }
  offer.querySelector('.autosave-offer-text').textContent = text;
  offer.hidden = false;

  offer.querySelector('.autosave-restore').addEventListener('click', () => {
    for (const [name, value] of copy.fields) {
      const field = form.elements.namedItem(name);
      if (field && 'value' in field) {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    if (basedOnInput && copy.basedOn) basedOnInput.value = String(copy.basedOn);
    offer.hidden = true;
    say('已恢复自动保存的内容。请检查后点“保存草稿”。');
  });

  offer.querySelector('.autosave-discard').addEventListener('click', () => {
    try { localStorage.removeItem(key); } catch { /* nothing kept */ }
    post(box.dataset.discardUrl, tokenOnly()).catch(() => {});
    offer.hidden = true;
    say('已丢弃自动保存的内容。');
  });
})();
