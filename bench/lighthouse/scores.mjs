// Prints Lighthouse's four category scores for each address given; exits 1 when accessibility, best practices or
// SEO is below 100 on any of them (performance is printed, not held to a number: it depends on this machine's load).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const addresses = process.argv.slice(2);
const held = ['accessibility', 'best-practices', 'seo'];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  // Without the networking flags Chromium calls Google's hosts at start, which this network refuses.
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
let failed = false;
try {
  for (const formFactor of ['mobile', 'desktop']) {
    for (const address of addresses) {
      const config = formFactor === 'desktop'
        ? { extends: 'lighthouse:default', settings: { formFactor, screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1 }, throttlingMethod: 'provided' } }
        : { extends: 'lighthouse:default', settings: { throttlingMethod: 'provided' } };
      const { lhr } = await lighthouse(address, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
      const scores = Object.fromEntries(Object.values(lhr.categories).map(c => [c.id, Math.round(c.score * 100)]));
      console.log(`${formFactor.padEnd(7)} ${address}  performance ${scores.performance}  accessibility ${scores.accessibility}  `
        + `best-practices ${scores['best-practices']}  seo ${scores.seo}`);
      for (const id of held.filter(id => scores[id] < 100)) {
        failed = true;
        const audits = lhr.categories[id].auditRefs.map(r => lhr.audits[r.id]).filter(a => a.score !== null && a.score < 1);
        console.log(`  ${id} below 100: ${audits.map(a => `${a.id} (${a.title})`).join('; ')}`);
      }
    }
  }
} finally {
  await chrome.kill();
}
process.exit(failed ? 1 : 0);
