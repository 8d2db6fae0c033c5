import { ENGINE_IDS, formatPlatform, HOSTS, selectManifest, type Platform } from "@ocilens/core";
import { exampleText, expect, loadExample, openPlayground, showView, test } from "./fixtures";

test("picking Raspberry Pi 3 (32-bit) shows every engine's choice with a reason per candidate", async ({
  page,
}) => {
  await openPlayground(page);
  await loadExample(page, "arm-v6-gap");
  await showView(page, "Simulate");
  await page.getByLabel("Host").selectOption({ label: "Raspberry Pi 3 (32-bit)" });

  // The expected picks come from the core itself, run here in Node: the page must show exactly them.
  const index = JSON.parse(exampleText("arm-v6-gap-index.json")) as {
    manifests: Array<{ platform?: Platform }>;
  };
  const written = (position: number) => {
    const platform = index.manifests[position]?.platform;
    return platform ? formatPlatform(platform, { all: true }) : "no platform";
  };
  const host = HOSTS.find((candidate) => candidate.label === "Raspberry Pi 3 (32-bit)")!;
  for (const engine of ENGINE_IDS) {
    const selection = selectManifest(index, host.platform, { engine, implicit: true });
    const card = page.getByTestId(`engine-${engine}`);
    await expect(card.getByTestId("pick")).toContainText(
      selection.selected === null ? "selects nothing" : `#${selection.selected} `,
    );
    await expect(card.getByRole("listitem")).toHaveCount(index.manifests.length);
    for (const candidate of selection.candidates) {
      const item = card.getByRole("listitem").nth(candidate.position);
      // Each entry as written, then the reason (which names only what the engine read of the entry).
      await expect(item).toContainText(`#${candidate.position} ${written(candidate.position)}`);
      await expect(item).toContainText(candidate.reason);
    }
  }
  // containerd's pick is highlighted in the index.
  await expect(page.locator(".selected-entry").first()).toBeAttached();
  await page.screenshot({ path: test.info().outputPath("simulate.png") });
});

test("a platform typed in another spelling is parsed by the core, and one engine can be shown alone", async ({
  page,
}) => {
  await openPlayground(page);
  await loadExample(page, "aarch64-entry");
  await showView(page, "Simulate");
  await page.getByLabel("Platform").fill("linux/aarch64");
  await expect(page.getByText("Requested platform, as parsed by the core")).toContainText("linux/arm64");
  await page.getByLabel("Engine").selectOption("ggcr");
  await expect(page.locator("[data-testid^=engine-]")).toHaveCount(1);
  await page.getByLabel("Platform").fill("linux//arm");
  // The core's parse error, naming the bad part, replaces the selections.
  await expect(page.locator("p[role=alert]")).toHaveText(/\S/);
  await expect(page.locator("[data-testid^=engine-]")).toHaveCount(0);
});
