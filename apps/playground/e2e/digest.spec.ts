import { createHash } from "node:crypto";
import { EXAMPLES_IDS, expect, openPlayground, replaceText, test } from "./fixtures";

test("shows the digest of exactly the typed bytes, live", async ({ page }) => {
  await openPlayground(page);
  const document = '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}';
  await replaceText(page, document);
  const expected = `sha256:${createHash("sha256").update(document).digest("hex")}`;
  await expect(page.getByTestId("digest")).toHaveText(expected);
  await expect(page.getByTestId("size")).toHaveText(`${Buffer.byteLength(document)} bytes`);
  await expect(page.getByTestId("kind")).toHaveText("oci-index");
  await expect(page.getByTestId("media-type")).toHaveText("application/vnd.oci.image.index.v1+json");
  await page.screenshot({ path: test.info().outputPath("digest.png") });
});

test("ships the built-in examples", async ({ page }) => {
  await openPlayground(page);
  const example = page.getByLabel("Example");
  const ids = await example
    .locator("option")
    .evaluateAll((options) => options.map((option) => option.getAttribute("value")));
  expect(ids).toEqual(EXAMPLES_IDS);
  await example.selectOption("docker-hello-world");
  await expect(page.locator(".view-lines")).toContainText(
    "application/vnd.docker.distribution.manifest.v2+json",
  );
});
