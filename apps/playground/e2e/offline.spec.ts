import { EXAMPLES_IDS, expect, openPlayground, showView, test } from "./fixtures";

test("no request leaves the origin, whatever the user does", async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await openPlayground(page);
  for (const id of EXAMPLES_IDS) {
    await page.getByLabel("Example").selectOption(id);
    for (const view of ["Entries", "Simulate", "Coverage", "Compose", "Problems"]) await showView(page, view);
  }
  await page.getByRole("button", { name: "Copy share link" }).click();
  await page.reload();
  await page.locator(".monaco-editor").waitFor();
  expect(requests.length).toBeGreaterThan(0);
  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter(
    (url) => !url.startsWith("blob:") && !url.startsWith("data:") && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual([]);
});

test("light and dark themes", async ({ page }) => {
  await openPlayground(page);
  await page.getByLabel("Example").selectOption("wrong-size");
  await page.getByLabel("Theme").selectOption("dark");
  await expect(page.locator(".monaco-editor.vs-dark")).toBeAttached();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(13, 17, 23)");
  await page.screenshot({ path: test.info().outputPath("dark.png") });
  await page.getByLabel("Theme").selectOption("light");
  await expect(page.locator(".monaco-editor.vs")).toBeAttached();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    "rgb(255, 255, 255)",
  );
  await page.screenshot({ path: test.info().outputPath("light.png") });
  // "System" follows the operating system's preference.
  await page.getByLabel("Theme").selectOption("system");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(13, 17, 23)");
  await expect(page.locator(".monaco-editor.vs-dark")).toBeAttached();
});
