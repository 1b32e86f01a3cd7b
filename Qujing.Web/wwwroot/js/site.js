// The site's only script, and nothing depends on it: pages read fully without it.
// 大字版: the reader's text size, kept in this browser and applied before the first paint (so no jump).
(() => {
  const key = 'qujing-text-size';
  const root = document.documentElement;
  let large = false;
  try {
    large = localStorage.getItem(key) === 'large';
  } catch {
    // Storage refused (private mode, policy): the default size, every page.
  }
  root.classList.toggle('large-text', large);

  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('.text-size');
    if (button) {
      button.setAttribute('aria-pressed', String(large));
      button.hidden = false;
      button.addEventListener('click', () => {
        large = !large;
        root.classList.toggle('large-text', large);
        button.setAttribute('aria-pressed', String(large));
        try {
          localStorage.setItem(key, large ? 'large' : 'normal');
        } catch {
          // Kept for this page only.
        }
      });
    }

    // On a phone the header's links scroll sideways: bring the current one into view.
    const nav = document.querySelector('.masthead .site-nav');
    const current = nav && nav.querySelector('[aria-current]');
    if (current && nav.scrollWidth > nav.clientWidth) {
      nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
    }
  });
})();
