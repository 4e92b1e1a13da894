// Headless Chromium for the browser tests (Debian's /usr/bin/chromium through playwright-core):
// launch and close, and pages that record page errors and console errors so a test fails on them.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM_PATH);

// CI requires the browser tests: a missing Chromium there is a failure, not a skip.
if (!hasChromium && process.env.PETA_RB_REQUIRE_BROWSER === '1') {
  throw new Error(`Chromium not found at ${CHROMIUM_PATH} but PETA_RB_REQUIRE_BROWSER=1: apt-get install -y chromium`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Page errors and console errors seen so far (minus the ones a test said to expect). */
  errors: string[];
  /** A console error matching this is expected (e.g. the browser logging a deliberate 409). */
  expectConsoleError(pattern: RegExp): void;
  /** Throws when the page logged an unexpected error (and forgets them, so the next test starts clean). */
  assertNoErrors(): void;
  close(): Promise<void>;
}

export async function openPage(browser: Browser, baseURL: string): Promise<TestPage> {
  const context = await browser.newContext({
    baseURL,
    acceptDownloads: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  const expected: RegExp[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // A failed resource load names its address only in the location.
    const text = `${msg.text()} ${msg.location().url ?? ''}`.trim();
    if (!expected.some((re) => re.test(text))) errors.push(`console.error: ${text}`);
  });
  return {
    page,
    context,
    errors,
    expectConsoleError: (pattern) => expected.push(pattern),
    assertNoErrors: () => {
      const seen = errors.splice(0);
      if (seen.length > 0) throw new Error(`The page logged errors:\n${seen.join('\n')}`);
    },
    close: () => context.close(),
  };
}
