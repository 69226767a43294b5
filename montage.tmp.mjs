import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [out, h, ...files] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1600, height: Number(h) } });
const imgs = files.map((f) => `<div style="display:inline-block;vertical-align:top;height:${h}px;overflow:hidden;margin-right:8px;border:1px solid #888"><img src="data:image/png;base64,${readFileSync(f).toString('base64')}"></div>`).join('');
await p.setContent(`<body style="margin:0;background:#ccc;white-space:nowrap">${imgs}</body>`);
await p.screenshot({ path: out });
await b.close();
