import { createHash } from "node:crypto";
import { exampleText, expect, openPlayground, showView, test } from "./fixtures";

test("pasting the seed's manifest list shows its three entries and their digests", async ({ page }) => {
  await openPlayground(page);
  await page.getByRole("button", { name: "Close mcr-hello-world-list.json" }).click();
  await page.getByRole("button", { name: "New document" }).click();
  const list = exampleText("mcr-hello-world-list.json");
  await page.evaluate((text) => navigator.clipboard.writeText(text), list);
  await page.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+V");

  await expect(page.getByTestId("digest")).toHaveText(
    `sha256:${createHash("sha256").update(list).digest("hex")}`,
  );
  await expect(page.getByTestId("kind")).toHaveText("docker-manifest-list");
  await showView(page, "Entries");
  const entries = page.getByTestId("entry");
  await expect(entries).toHaveCount(3);
  const expected = (JSON.parse(list) as { manifests: Array<{ digest: string }> }).manifests.map(
    (entry) => entry.digest,
  );
  await expect(page.getByTestId("entry-digest")).toHaveText(expected);
  await expect(page.getByTestId("entry-platform")).toHaveText([
    "linux/amd64",
    "windows(10.0.17134.706)/amd64",
    "windows(10.0.17763.437)/amd64",
  ]);
  await page.screenshot({ path: test.info().outputPath("entries.png") });
});

test("attestation entries are folded under the manifest they describe", async ({ page }) => {
  await openPlayground(page);
  await page.getByLabel("Example").selectOption("attestations");
  await showView(page, "Entries");
  await expect(page.getByTestId("entry").filter({ visible: true })).toHaveCount(2);
  await page.getByText("1 attestation").first().click();
  await expect(page.getByTestId("entry-platform").filter({ visible: true })).toHaveText([
    "linux/amd64",
    "unknown/unknown",
    "linux/arm64",
  ]);
  await page.screenshot({ path: test.info().outputPath("attestations.png") });
});
