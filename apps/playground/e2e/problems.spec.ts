import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  cli,
  exampleText,
  expect,
  loadExample,
  openPlayground,
  replaceText,
  showView,
  test,
} from "./fixtures";

test("an error typed into a document shows as a marker with its rule key and in the problems panel", async ({
  page,
}) => {
  await openPlayground(page);
  await loadExample(page, "oci-workspace");
  await expect(page.getByTestId("problem-summary")).toContainText("0 errors");
  const index = exampleText("oci-index.json");
  const broken = index.replace('"size": 477', '"size": -477');
  expect(broken).not.toBe(index);
  await replaceText(page, broken);

  const line = broken.split("\n").findIndex((text) => text.includes("-477")) + 1;
  const problems = page.getByTestId("problems").getByRole("listitem");
  await expect(problems.first()).toContainText(`index.json:${line}:`);
  await expect(page.getByTestId("problem-summary")).not.toContainText("0 errors");
  await expect(page.locator(".squiggly-error").first()).toBeAttached();

  // The marker carries the rule key, and the hover explains the rule.
  const rule = (await problems.first().locator("code.rule").textContent())!;
  // The squiggle lies under Monaco's text layer, so the mouse goes to where it is drawn.
  const box = (await page.locator(".squiggly-error").first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator(".monaco-hover").filter({ hasText: rule });
  await expect(hover.first()).toBeVisible();
  await expect(hover.first()).toContainText("Source:");
  await page.screenshot({ path: test.info().outputPath("problem-marker.png") });

  // Selecting the problem puts the cursor on it.
  await problems.first().getByRole("button").first().click();
  await expect(page.locator(".view-line").nth(line - 1)).toBeVisible();
  await showView(page, "Problems");
});

test("the report downloads are the bytes the CLI prints for the same documents", async ({ page }) => {
  await openPlayground(page);
  await loadExample(page, "wrong-size");
  await expect(page.getByTestId("problem-summary")).toContainText("1 errors");
  const names = [
    "index.json",
    "manifest-amd64.json",
    "config-amd64.json",
    "manifest-arm64.json",
    "config-arm64.json",
  ];
  const files = {
    "index.json": "wrong-size-index.json",
    "manifest-amd64.json": "oci-manifest-amd64.json",
    "config-amd64.json": "oci-config-amd64.json",
    "manifest-arm64.json": "oci-manifest-arm64.json",
    "config-arm64.json": "oci-config-arm64.json",
  } as const;
  const dir = mkdtempSync(join(tmpdir(), "ocilens-e2e-"));
  for (const name of names) writeFileSync(join(dir, name), exampleText(files[name as keyof typeof files]));
  for (const [button, format] of [
    ["Report JSON", "json"],
    ["Report SARIF", "sarif"],
  ] as const) {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: button }).click();
    const bytes = readFileSync(await (await download).path(), "utf8");
    expect(bytes).toBe(cli(["validate", ...names, "--format", format], undefined, dir).stdout);
  }
});
