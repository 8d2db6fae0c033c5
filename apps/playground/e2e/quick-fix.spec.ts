import { createHash } from "node:crypto";
import { exampleText, expect, loadExample, openPlayground, test } from "./fixtures";

const sizeOf = (name: string) => Buffer.byteLength(exampleText(name));

test("a quick fix in the editor applies the core's mechanical fix", async ({ page }) => {
  await openPlayground(page);
  await loadExample(page, "wrong-size");
  const wrong = sizeOf("oci-manifest-amd64.json") + 1;
  await expect(page.getByTestId("problem-summary")).toContainText("1 errors");
  // Keyboard only: the problem puts the cursor on the finding, Ctrl+. opens the quick fixes.
  await page
    .getByTestId("problems")
    .getByRole("button", { name: /^Show error/ })
    .click();
  await page.keyboard.press("ControlOrMeta+.");
  const action = page.locator(".action-widget").getByText(`Set size to ${wrong - 1}`);
  await expect(action).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("quick-fix-menu.png") });
  await action.click();

  await expect(page.getByTestId("problem-summary")).toContainText("0 errors");
  // The fixed document is the consistent example, byte for byte.
  const fixed = exampleText("oci-index.json");
  await expect(page.getByTestId("digest")).toHaveText(
    `sha256:${createHash("sha256").update(fixed).digest("hex")}`,
  );
});

test("the problems panel offers the same fix, and undo brings the problem back", async ({ page }) => {
  await openPlayground(page);
  await loadExample(page, "wrong-size");
  await page.getByRole("button", { name: /^Fix: Set size to/ }).click();
  await expect(page.getByTestId("problem-summary")).toContainText("0 errors");
  await page.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Z");
  await expect(page.getByTestId("problem-summary")).toContainText("1 errors");
});
