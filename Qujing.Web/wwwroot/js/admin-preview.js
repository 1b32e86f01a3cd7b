// Live preview and counts for the admin edit form's Markdown fields (a file of the site's own: the CSP allows no
// inline script). A pause in typing sends the text to the site's own Markdown pipeline (/admin/drafting/preview) and
// shows the result beside the field (below it on a phone). Nothing is sent while an IME composition is open.
(() => {
  'use strict';
  const form = document.querySelector('form[data-editor]');
  if (!form || !form.dataset.previewUrl) return;

  // Reading speed assumed for Chinese text, in characters a minute.
  const RATE = 400;
  const PAUSE = 600;

  function countsOf(text) {
    const chars = [...text.replace(/\s+/gu, '')].length;
    const han = (text.match(/\p{Script=Han}/gu) || []).length;
    const minutes = Math.max(1, Math.round(chars / RATE));
    // No-break spaces keep each number with its unit (汉字 665 个 never breaks before 个).
    return `${chars.toLocaleString('zh-CN')}\u00a0字（按字符计，不含空格和换行；其中汉字\u00a0${han.toLocaleString('zh-CN')}\u00a0个）· 阅读约\u00a0${minutes}\u00a0分钟（按每分钟约\u00a0${RATE}\u00a0字）`;
  }

  function attach(area) {
    const field = area.closest('.field');
    if (!field) return;
    const wrap = document.createElement('div');
    wrap.className = 'live-editor';
    field.before(wrap);
    wrap.append(field);

    const count = document.createElement('p');
    count.className = 'text-count';
    area.after(count);

    const panel = document.createElement('section');
    panel.className = 'live-preview';
    const title = document.createElement('h2');
    title.id = `${area.id}_preview_title`;
    title.textContent = '实时预览';
    panel.setAttribute('aria-labelledby', title.id);
    // It scrolls on its own beside a long text: keyboard users must be able to reach it too.
    panel.tabIndex = 0;
    const body = document.createElement('div');
    body.className = 'body';
    panel.append(title, body);
    wrap.append(panel);

    let composing = false;
    let timer = 0;
    let sent = null;
    let inFlight = null;

    async function render() {
      const text = area.value;
      count.textContent = countsOf(text);
      if (composing || text === sent) return;
      sent = text;
      if (inFlight) inFlight.abort();
      inFlight = new AbortController();
      const data = new FormData();
      data.append('text', text);
      const token = form.querySelector('input[name="__RequestVerificationToken"]');
      if (token) data.append(token.name, token.value);
      try {
        const response = await fetch(form.dataset.previewUrl, { method: 'POST', body: data, credentials: 'same-origin', signal: inFlight.signal });
        if (response.ok) {
          // The site's own pipeline: raw HTML disabled, links through its allow-list.
          body.innerHTML = await response.text();
          panel.classList.remove('failed');
          return;
        }
        sent = null;
        const answer = await response.json().catch(() => null);
        body.textContent = answer && answer.message ? answer.message
          : response.status === 429 ? '预览请求过于频繁，请稍候再看。' : '预览失败，请稍后再试；不影响保存。';
        panel.classList.add('failed');
      } catch (e) {
        if (e.name !== 'AbortError') {
          sent = null;
          body.textContent = '预览失败（网络中断）；不影响保存。';
          panel.classList.add('failed');
        }
      }
    }

    const schedule = () => {
      clearTimeout(timer);
      count.textContent = countsOf(area.value);
      if (!composing) timer = setTimeout(render, PAUSE);
    };

    area.addEventListener('compositionstart', () => { composing = true; clearTimeout(timer); });
    area.addEventListener('compositionend', () => { composing = false; schedule(); });
    area.addEventListener('input', (e) => { if (!composing && !e.isComposing) schedule(); });
    render();
  }

  form.querySelectorAll('textarea[name$="Markdown"]').forEach(attach);
})();
