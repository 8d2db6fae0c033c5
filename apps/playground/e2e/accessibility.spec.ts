import { expect, loadExample, openPlayground, showView, test } from "./fixtures";

test("every control of every view has an accessible name, and views are reachable by keyboard", async ({
  page,
}) => {
  await openPlayground(page);
  await loadExample(page, "oci-workspace");
  for (const view of ["Problems", "Entries", "Simulate", "Coverage", "Compose"]) {
    await showView(page, view);
    const controls = page.locator(":is(button, select, input, textarea, [role=tab]):not([aria-hidden=true])");
    const count = await controls.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++)
      await expect(controls.nth(i), `${view} control ${i}`).toHaveAccessibleName(/\S/);
  }
  // Keyboard: from the document tabs, arrow keys move between documents.
  await page.getByRole("tab", { name: "index.json" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(
    page.getByRole("tablist", { name: "Documents" }).getByRole("tab", { selected: true }),
  ).toHaveText("manifest-amd64.json");
  await expect(page.getByRole("tab", { name: "manifest-amd64.json" })).toBeFocused();
});
