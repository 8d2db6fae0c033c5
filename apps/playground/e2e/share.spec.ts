import { expect, loadExample, openPlayground, replaceText, test } from "./fixtures";

test("reloading a shared URL restores the same workspace", async ({ page, context }) => {
  await openPlayground(page);
  await loadExample(page, "oci-workspace");
  await page.getByRole("button", { name: "New document" }).click();
  const typed = '{"schemaVersion":2,"note":"é 🐳"}\n';
  await replaceText(page, typed);
  await page.getByRole("tab", { name: /manifest-arm64\.json/ }).click();

  const tabs = page.getByRole("tab").filter({ has: page.locator(".name") });
  const names = await tabs.allTextContents();
  const digests: string[] = [];
  for (const tab of await tabs.all()) {
    await tab.click();
    digests.push((await page.getByTestId("digest").textContent())!);
  }
  await page.getByRole("tab", { name: /manifest-arm64\.json/ }).click();

  await page.getByRole("button", { name: "Copy share link" }).click();
  await expect(page).toHaveURL(/#w=[A-Za-z0-9_-]+$/);
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(page.url());

  const reopened = await context.newPage();
  await reopened.goto(url);
  await reopened.locator(".monaco-editor").waitFor();
  await expect(reopened.getByRole("status")).toContainText("restored from the link");
  const reopenedTabs = reopened.getByRole("tab").filter({ has: reopened.locator(".name") });
  await expect(reopenedTabs).toHaveText(names);
  await expect(
    reopened.getByRole("tablist", { name: "Documents" }).getByRole("tab", { selected: true }),
  ).toContainText("manifest-arm64.json");
  for (const [i, tab] of (await reopenedTabs.all()).entries()) {
    await tab.click();
    await expect(reopened.getByTestId("digest")).toHaveText(digests[i]!);
  }
  await reopened.screenshot({ path: test.info().outputPath("shared.png") });
  await reopened.close();

  // The same link pasted into a tab that shows another workspace replaces it without a reload.
  await page.getByLabel("Example").selectOption("docker-hello-world");
  await page.goto(url);
  await expect(page.getByRole("tablist", { name: "Documents" }).getByRole("tab")).toHaveText(names);
});
