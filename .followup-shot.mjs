import { chromium } from 'playwright-core';
const [,, base, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const p of paths) {
  for (const [w, tag] of [[1280, 'wide'], [390, 'phone']]) {
    const page = await browser.newPage({ viewport: { width: w, height: 900 } });
    await page.goto(base + p);
    const name = `/tmp/followup-shots/${p.replace(/[\/.]+/g, '_')}-${tag}.png`;
    await page.screenshot({ path: name, fullPage: true });
    await page.close();
    console.log(name);
  }
}
await browser.close();
