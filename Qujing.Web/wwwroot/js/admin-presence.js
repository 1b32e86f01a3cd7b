// Edit presence for the admin edit page (a file of the site's own: the CSP allows no inline script). While the page is
// visible it tells the server every interval (data-interval, from the "Presence" options) that this editor has the item
// open, and shows who else has from the answer; while hidden it stays quiet, so the others see this editor fade out.
// Leaving sends a best-effort "left". Nothing is locked. Without JavaScript the notice rendered with the page remains.
(() => {
  'use strict';
  const box = document.querySelector('.presence[data-beat-url]');
  const form = document.querySelector('form[data-editor]');
  const token = form && form.querySelector('input[name="__RequestVerificationToken"]');
  if (!box || !token) return;

  const INTERVAL = Number(box.dataset.interval) || 30000;
  const url = box.dataset.beatUrl;
  const visible = () => document.visibilityState === 'visible';

  let shown = box.textContent.trim();
  let timer = 0;
  let last = 0;
  let inFlight = false;
  let stopped = false;

  // The box is a polite live region: its text is replaced only when it says something new, so a poll that changes
  // nothing announces nothing.
  function show(text) {
    if (text === shown) return;
    shown = text;
    if (!text) {
      box.replaceChildren();
      return;
    }
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.textContent = text;
    box.replaceChildren(notice);
  }

  function schedule(delay) {
    clearTimeout(timer);
    if (!stopped && visible()) timer = setTimeout(beat, Math.max(0, delay));
  }

  async function beat() {
    if (inFlight || stopped || !visible()) return;
    inFlight = true;
    last = Date.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json', RequestVerificationToken: token.value },
      });
      if (response.ok && !response.redirected) {
        const answer = await response.json();
        show(typeof answer.text === 'string' ? answer.text : '');
      } else if (response.status === 404 || response.redirected) {
        // The item is gone, or the session ended (the login page answered): polling again would not help.
        stopped = true;
      }
      // 429 or a server error: the next beat tries again; the notice keeps what it last said.
    } catch {
      // Network down: the same.
    } finally {
      inFlight = false;
    }
    schedule(INTERVAL);
  }

  // Shown again: beat once the interval since the last beat is up (at once after a long absence), never more often.
  document.addEventListener('visibilitychange', () => {
    if (visible()) schedule(last + INTERVAL - Date.now());
    else clearTimeout(timer);
  });

  window.addEventListener('pagehide', () => {
    clearTimeout(timer);
    const body = new FormData();
    body.append(token.name, token.value);
    navigator.sendBeacon(`${url}/left`, body);
  });

  // Back from the back-forward cache: the "left" was sent, so say so again.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) schedule(0);
  });

  schedule(0);
})();
