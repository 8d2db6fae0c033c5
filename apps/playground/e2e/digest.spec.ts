import { expect, test } from "@playwright/test";
import { createHash } from "node:crypto";

test("shows the digest of exactly the typed bytes, live", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/");
  await page.locator(".monaco-editor").waitFor();
  await page.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  const document = '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}';
  await page.keyboard.insertText(document);
  const expected = `sha256:${createHash("sha256").update(document).digest("hex")}`;
  await expect(page.getByTestId("digest")).toHaveText(expected);
  await expect(page.getByTestId("size")).toHaveText(`${Buffer.byteLength(document)} bytes`);
  await page.screenshot({ path: test.info().outputPath("digest.png") });
  expect(errors).toEqual([]);
});

test("ships the built-in examples", async ({ page }) => {
  await page.goto("/");
  const example = page.getByLabel("Example");
  const ids = await example
    .locator("option")
    .evaluateAll((options) => options.map((option) => option.getAttribute("value")));
  expect(ids).toEqual([
    "mcr-hello-world",
    "docker-hello-world",
    "oci-workspace",
    "wrong-size",
    "aarch64-entry",
    "arm-v6-gap",
    "attestations",
  ]);
  await example.selectOption("docker-hello-world");
  await expect(page.locator(".view-lines")).toContainText(
    "application/vnd.docker.distribution.manifest.v2+json",
  );
});
