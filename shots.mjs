import { chromium } from 'playwright-core';
const base = 'http://localhost:3456';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function session(user, pass, width) {
  const ctx = await browser.newContext({ baseURL: base, viewport: { width, height: width > 500 ? 900 : 844 }, locale: 'id-ID' });
  const page = await ctx.newPage();
  await page.goto('/');
  await page.getByLabel('Nama pengguna').fill(user);
  await page.getByLabel('Kata sandi').fill(pass);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForTimeout(1500);
  return page;
}
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth);
const which = process.argv[2];
if (which === 'setup') {
  const page = await session('superadmin', 'demo-petarb-2024', 1366);
  const main = page.locator('main');
  for (const f of [
    { code: 'prov-ntt', name: 'Provinsi Nusa Tenggara Timur', kind: 'Provinsi', admin: 'admin.ntt' },
    { code: 'kab-alor', name: 'Kabupaten Alor', kind: 'Kabupaten', parent: 'Provinsi Nusa Tenggara Timur', admin: 'admin.alor' },
  ]) {
    await main.getByRole('button', { name: 'Instansi baru' }).click();
    const form = main.getByRole('form', { name: 'Instansi baru' });
    await form.getByLabel('Kode', { exact: true }).fill(f.code);
    await form.getByLabel('Nama instansi').fill(f.name);
    await form.getByLabel('Jenis').selectOption({ label: f.kind });
    if (f.parent) await form.getByLabel('Induk').selectOption({ label: f.parent });
    await form.getByLabel('Nama pengguna').fill(f.admin);
    if (f.code === 'kab-alor') await page.screenshot({ path: '/tmp/shot-inst-form-1366.png', fullPage: true });
    await form.getByRole('button', { name: 'Buat instansi' }).click();
    await main.locator('.secret-value').waitFor();
    console.log(f.admin, (await main.locator('.secret-value').textContent()).trim());
    await page.screenshot({ path: `/tmp/shot-inst-${f.code}-1366.png`, fullPage: true });
    await main.getByRole('button', { name: 'Tutup' }).click();
  }
  await main.getByRole('button', { name: 'Ubah Kabupaten Kupang' }).click();
  const edit = main.getByRole('form', { name: 'Ubah Kabupaten Kupang' });
  await edit.getByLabel('Induk').selectOption({ label: 'Provinsi Nusa Tenggara Timur' });
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/shot-inst-list-1366.png', fullPage: true });
  const phone = await session('superadmin', 'demo-petarb-2024', 390);
  await phone.screenshot({ path: '/tmp/shot-inst-list-390.png', fullPage: true });
  console.log('sideways 390 instansi', await sideways(phone));
} else {
  const [user, pass] = [process.argv[3], process.argv[4]];
  for (const width of [1366, 390]) {
    const page = await session(user, pass, width);
    await page.goto('/pembinaan?tahun=2024&periode=S1');
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/shot-pb-${width}.png`, fullPage: true });
    console.log('sideways pembinaan', width, await sideways(page));
    await page.goto('/pembinaan/kab-kupang?tahun=2024&periode=S1');
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/shot-pbd-${width}.png`, fullPage: false });
    console.log('sideways detail', width, await sideways(page));
  }
}
await browser.close();
