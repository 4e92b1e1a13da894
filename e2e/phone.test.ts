// Browser test on a 390 × 844 phone (issue #13, item 5): for each role's main screens nothing
// scrolls sideways (only a table inside its own box may), the header folds into a "Menu" button,
// and "Keluar" is reached through it. Screenshots go to /tmp/peta-rb-phone-*.png for a look.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openPage, type TestPage } from './helpers/browser.ts';
import { startE2eServer } from './helpers/server.ts';
import { loginAs } from './helpers/login.ts';
import type { TestServer } from '../test/helpers/app.ts';

const suite = hasChromium ? describe : describe.skip;
const PHONE = { width: 390, height: 844 };

/** Each role's main screens; "v/" is the active version, resolved after signing in. */
const SCREENS: Record<string, string[]> = {
  stu: [
    'v/',
    'v/tabel/2',
    'v/temuan',
    'v/pemantauan',
    'v/rencana-aksi',
    'v/periode',
    'v/versi',
    '/pengguna',
    '/stu',
    '/rapat',
    '/laporan?tahun=2024',
  ],
  'operator.bkpsdm': [
    'v/',
    'v/perangkat-daerah',
    'v/pemantauan',
    'v/rencana-aksi',
    '/pengaduan',
    '/rapat?tab=tindak-lanjut',
  ],
  evaluator: ['/evaluasi', '/evaluasi/konfigurasi', 'v/'],
  sekda: ['v/', 'v/tabel/1', 'v/pemantauan', '/evaluasi', '/audit'],
};

/** The screens of the monitoring round (issue #11) and the evaluation team (#12), checked apart so each test stays short. */
const ROUND_SCREENS: Record<string, string[]> = {
  stu: ['/stu', '/rapat', '/laporan?tahun=2024', '/pengaduan'],
  'operator.bkpsdm': [
    '/rapat?tab=tindak-lanjut',
    '/laporan?tahun=2024',
    '/pengaduan',
    '/evaluasi?tahun=2024&tab=reviu',
  ],
  evaluator: ['/evaluasi?tahun=2024&tab=tim', '/evaluasi?tahun=2024&tab=reviu', '/evaluasi?tahun=2024&tab=lhei'],
};

suite('on a 390 px phone', () => {
  let server: TestServer;
  let browser: Browser;
  let tp: TestPage | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startE2eServer(), launchBrowser()]);
  });
  afterEach(() => tp?.assertNoErrors());
  afterAll(async () => {
    await tp?.close();
    await browser?.close();
    await server?.close();
  });

  async function settle(page: Page) {
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator('.state-loading').first().waitFor({ state: 'detached' });
  }

  /** The page's width, and what sticks out of the viewport outside any scroll box (to say why). */
  async function sideways(page: Page): Promise<{ width: number; outside: string[] }> {
    return page.evaluate(() => {
      // A positioned element is clipped only by a scroll box that contains it (offsetParent chain).
      const inScrollBox = (el: Element) => {
        const position = getComputedStyle(el).position;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (position === 'absolute' && style.position === 'static') continue;
          if (style.overflowX !== 'visible') return true;
        }
        return false;
      };
      const outside = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !inScrollBox(el))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
      return { width: document.documentElement.scrollWidth, outside };
    });
  }

  for (const [username, screens] of Object.entries(SCREENS)) {
    it(`${username}: the main screens fit and "Keluar" is in the menu`, async () => {
      await tp?.close();
      tp = await openPage(browser, server.baseUrl);
      const page = tp.page;
      await page.setViewportSize(PHONE);
      await loginAs(page, username);
      await settle(page);
      const versionPath = /\/v\/[^/]+/.exec(new URL(page.url()).pathname)?.[0];
      expect(versionPath).toBeTruthy();
      for (const screen of screens) {
        await page.goto(screen.startsWith('v/') ? `${versionPath}/${screen.slice(2)}` : screen);
        await settle(page);
        const name = `${username}-${screen.replace(/\W+/g, '-')}`;
        await page.screenshot({ path: `/tmp/peta-rb-phone-${name}.png` });
        expect({ screen, ...(await sideways(page)) }).toEqual({ screen, width: PHONE.width, outside: [] });
      }
      // Folded: the navigation and "Keluar" are hidden until the menu opens.
      const signOut = page.getByRole('button', { name: 'Keluar', exact: true });
      expect(await signOut.isVisible()).toBe(false);
      const menu = page.getByRole('button', { name: 'Menu' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await signOut.waitFor();
      const box = await signOut.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
      await page.screenshot({ path: `/tmp/peta-rb-phone-${username}-menu.png` });
      expect(await sideways(page)).toEqual({ width: PHONE.width, outside: [] });
      await signOut.click();
      await page.getByLabel('Nama pengguna').waitFor();
    });
  }

  for (const [username, screens] of Object.entries(ROUND_SCREENS)) {
    it(`${username}: the monitoring-round and evaluation-team screens fit`, async () => {
      await tp?.close();
      tp = await openPage(browser, server.baseUrl);
      const page = tp.page;
      await page.setViewportSize(PHONE);
      await loginAs(page, username);
      for (const screen of screens) {
        await page.goto(screen);
        await settle(page);
        await page.screenshot({ path: `/tmp/peta-rb-phone-${username}-${screen.replace(/\W+/g, '-')}.png` });
        expect({ screen, ...(await sideways(page)) }).toEqual({ screen, width: PHONE.width, outside: [] });
      }
    });
  }

  it('on a desktop the header shows its tools and no menu button', async () => {
    await tp?.close();
    tp = await openPage(browser, server.baseUrl);
    const page = tp.page;
    await page.setViewportSize({ width: 1366, height: 900 });
    await loginAs(page, 'stu');
    await settle(page);
    await page.screenshot({ path: '/tmp/peta-rb-desktop-stu.png' });
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Keluar', exact: true }).isVisible()).toBe(true);
  });
});
