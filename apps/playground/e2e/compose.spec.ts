import { readFileSync } from "node:fs";
import { cli, exampleText, expect, loadExample, openPlayground, showView, test } from "./fixtures";

test("an index composed from two manifests has the digest the CLI computes, and entries with exact digests", async ({
  page,
}) => {
  await openPlayground(page);
  await loadExample(page, "oci-workspace");
  await page.getByRole("button", { name: "Close index.json" }).click();
  await showView(page, "Compose");
  await page.getByLabel("Include manifest-amd64.json").check();
  await page.getByLabel("Include manifest-arm64.json").check();
  // Platforms come from the configs; an edit that disagrees with the config is flagged.
  await expect(page.getByLabel("architecture of manifest-arm64.json")).toHaveValue("arm64");
  await expect(page.getByLabel("variant of manifest-arm64.json")).toHaveValue("v8");
  await page.getByLabel("variant of manifest-arm64.json").fill("v7");
  await expect(page.getByText("Differs from its config in variant")).toBeVisible();
  await page.getByLabel("variant of manifest-arm64.json").fill("v8");
  await page.getByLabel("Annotations").fill("org.opencontainers.image.version=1.0");
  await page.screenshot({ path: test.info().outputPath("compose.png") });
  await page.getByRole("button", { name: "Create index" }).click();

  await expect(page.getByRole("tab", { name: /composed-index\.json/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download document" }).click();
  const bytes = readFileSync(await (await download).path());

  const digest = cli(["digest", "-", "--format", "json"], bytes);
  expect(digest.status).toBe(0);
  const [{ digest: cliDigest, size }] = JSON.parse(digest.stdout) as [{ digest: string; size: number }];
  await expect(page.getByTestId("digest")).toHaveText(cliDigest);
  await expect(page.getByTestId("size")).toHaveText(`${size} bytes`);

  const composed = JSON.parse(bytes.toString("utf8")) as {
    manifests: Array<{ digest: string; size: number; platform: { architecture: string } }>;
    annotations: Record<string, string>;
  };
  expect(composed.annotations).toEqual({ "org.opencontainers.image.version": "1.0" });
  for (const entry of composed.manifests) {
    const manifest = exampleText(`oci-manifest-${entry.platform.architecture}.json`);
    const [expected] = JSON.parse(cli(["digest", "-", "--format", "json"], manifest).stdout) as Array<{
      digest: string;
      size: number;
    }>;
    expect({ digest: entry.digest, size: entry.size }).toEqual({
      digest: expected!.digest,
      size: expected!.size,
    });
  }
  // The composed index is validated with the manifests it names: consistent, so no errors.
  await showView(page, "Problems");
  await expect(page.getByTestId("problem-summary")).toContainText("0 errors");
});
