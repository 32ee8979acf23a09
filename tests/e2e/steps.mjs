// Steps the editor's end-to-end tests share: starting a provincial framework and adding an own
// component, done as a user does them.

export async function newProvince(page, agency = 'Lâm Đồng') {
  await page.click('.tab[data-view="#/editor"]');
  await page.click('text=Khung mới…');
  await page.fill('.new-framework input[name=agency]', agency);
  await page.keyboard.press('Enter');
  await page.waitForFunction((a) => document.querySelector('#view-title').textContent.includes(a), agency);
}

/** Adds an own component through the inspector's form; resolves to its id. */
export async function addOwn(page, name) {
  await page.click('.diagram');
  await page.keyboard.press('Escape');
  await page.fill('.component-form input[name=name]', name);
  await page.click('.component-form button[type=submit]');
  await page.waitForSelector(`.diagram-content g.node.selected[aria-label="${name}"]`);
  return page.$eval('.diagram-content g.node.selected', (e) => e.getAttribute('data-id'));
}

