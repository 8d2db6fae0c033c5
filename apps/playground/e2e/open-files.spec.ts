import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exampleText, expect, openPlayground, showView, test } from "./fixtures";

const sha256 = (bytes: string | Buffer) => createHash("sha256").update(bytes).digest("hex");

/** An OCI image layout on disk: oci-layout, index.json, a manifest, its config and a (binary) layer blob. */
function writeLayout(): { root: string; manifest: string; config: string } {
  const root = join(mkdtempSync(join(tmpdir(), "ocilens-layout-")), "image");
  mkdirSync(join(root, "blobs", "sha256"), { recursive: true });
  const config = exampleText("oci-config-amd64.json");
  const manifest = exampleText("oci-manifest-amd64.json");
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [
      {
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        digest: `sha256:${sha256(manifest)}`,
        size: Buffer.byteLength(manifest),
        platform: { os: "linux", architecture: "amd64" },
      },
    ],
  });
  writeFileSync(join(root, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(join(root, "index.json"), index);
  writeFileSync(join(root, "blobs", "sha256", sha256(manifest)), manifest);
  writeFileSync(join(root, "blobs", "sha256", sha256(config)), config);
  const layer = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);
  writeFileSync(join(root, "blobs", "sha256", sha256(layer)), layer);
  return { root, manifest: sha256(manifest), config: sha256(config) };
}

test("opening an OCI image layout folder brings its documents, not its layers, and cross-checks them", async ({
  page,
}) => {
  const layout = writeLayout();
  await openPlayground(page);
  await page.getByLabel("Folder to open").setInputFiles(layout.root);
  const tabs = page.getByRole("tablist", { name: "Documents" }).getByRole("tab");
  await expect(tabs).toHaveText([
    "mcr-hello-world-list.json",
    "image/index.json",
    `image/blobs/sha256/${layout.config}`,
    `image/blobs/sha256/${layout.manifest}`,
    "image/oci-layout",
  ]);
  await expect(page.getByRole("status")).toContainText("Opened 4 documents. Left out:");
  await expect(page.getByRole("status")).toContainText("layer or other non-JSON blob");
  await expect(page.getByTestId("kind")).toHaveText("oci-index");
  await page.getByRole("tab", { name: "image/oci-layout" }).click();
  await expect(page.getByTestId("kind")).toHaveText("oci-layout-header");

  await page.getByRole("tab", { name: "image/index.json" }).click();
  await showView(page, "Entries");
  await expect(
    page.getByRole("button", { name: `Open image/blobs/sha256/${layout.manifest}` }),
  ).toBeVisible();
  await showView(page, "Problems");
  await expect(page.getByTestId("problem-summary")).toContainText("in 5 documents");
  await page.screenshot({ path: test.info().outputPath("layout-folder.png") });
});
