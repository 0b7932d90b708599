// Browser test: Debian's /usr/bin/chromium through playwright-core (never a downloaded browser). Builds a
// store from samples/articles.jsonl with codeArticle, serves the built dashboard, filters to JPN–USA,
// (fresh profile dir via launchPersistentContext) opens the 2 January 2026 event and checks its evidence sentence is highlighted. Screenshots go to
// docs/screenshots/ (with DYAD_SCREENSHOTS=1). Skipped when chromium or web/dist is missing (.ci/ensure-chromium, npm run build).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/index.js';
import type { Article } from '../../src/core/article.js';
import { codeArticle, loadEngine } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';

// Screenshots go to docs/screenshots/ when DYAD_SCREENSHOTS is set (to refresh the docs), else to a
// temporary folder, so a test run leaves the checkout as it was.
const shots = process.env.DYAD_SCREENSHOTS ? 'docs/screenshots' : mkdtempSync(join(tmpdir(), 'dyad-shots-'));
const shot = (name: string): string => join(shots, name);

const CHROMIUM = '/usr/bin/chromium';
const ready = existsSync(CHROMIUM) && existsSync('web/dist/index.html');

describe.skipIf(!ready)('dashboard in chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  let server: { url: string; close: () => Promise<void> };
  let browser: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

  beforeAll(async () => {
    const store = await openStore(join(dir, 'web.db'));
    const engine = loadEngine();
    for (const line of readFileSync('samples/articles.jsonl', 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as Article;
      await store.putArticle(article, codeArticle(article, { engine }).events);
    }
    server = await startServer({ db: store, port: 0 });
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('filters to JPN–USA, opens the 2 January 2026 event and highlights its sentence', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url);
    await page.fill('input[name=dyad]', 'JPN-USA');
    await page.press('input[name=dyad]', 'Enter');
    const row = page.locator('tr', { hasText: '2026-01-02' }).first();
    await row.waitFor();
    await page.screenshot({ path: shot('events-jpn-usa.png') });
    await row.locator('a').click();
    const mark = page.locator('mark.evidence');
    await mark.waitFor();
    expect((await mark.textContent())?.length ?? 0).toBeGreaterThan(0);
    await page.screenshot({ path: shot('event-page.png') });
    await page.goto(`${server.url}#/dyad?dyad=JPN-USA&period=month`);
    await page.locator('#series-chart svg path').first().waitFor({ state: 'attached' });
    await page.screenshot({ path: shot('dyad.png') });
  }, 120_000);

  it('draws the events timeline and the actor network, and a node opens its events', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}#/?dyad=JPN-USA`);
    await page.locator('#timeline svg path').first().waitFor({ state: 'attached' });
    await page.goto(`${server.url}#/network`);
    const label = page.locator('#network-chart svg text', { hasText: 'JPNGOV' }).first();
    await label.waitFor({ state: 'attached' });
    await page.screenshot({ path: shot('network.png') });
    // The table under the chart gives the same network to the keyboard.
    await page.locator('table a', { hasText: 'JPNGOV' }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction("location.hash.startsWith('#/?actor=')");
    await page.locator('tr', { hasText: 'JPNGOV' }).first().waitFor();
  }, 120_000);
});
