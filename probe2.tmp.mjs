import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4412/ja/search/');
const queries = JSON.parse(process.argv[2]);
const out = await page.evaluate(async (queries) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ baseUrl: '/', ranking: { metaWeights: { title_words: 5, description_words: 1 } } });
  await pf.init();
  const res = [];
  for (const q of queries) {
    const r = await pf.search(q);
    const top = await Promise.all(r.results.slice(0, 5).map(async (x) => { const d = await x.data(); return `${d.url.replace('/ja/','')} ${x.score.toFixed(2)} meta=${JSON.stringify(d.meta.title_words ?? '')?.slice(0,30)}`; }));
    res.push({ q, n: r.results.length, top });
  }
  return res;
}, queries);
for (const r of out) console.log(r.q, r.n, '\n   ' + r.top.join('\n   '));
await browser.close();
