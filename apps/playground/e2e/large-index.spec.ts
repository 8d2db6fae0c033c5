import { expect, openPlayground, replaceText, test } from "./fixtures";

/** A 500-entry index, about 140 KB, with a deliberate problem in its last entry. */
function largeIndex(): string {
  const manifests = Array.from({ length: 500 }, (_, i) => ({
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    digest: `sha256:${i.toString(16).padStart(64, "0")}`,
    size: i === 499 ? -1 : 1000 + i,
    platform: { os: "linux", architecture: ["amd64", "arm64", "s390x", "ppc64le"][i % 4] },
  }));
  return JSON.stringify(
    { schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests },
    null,
    2,
  );
}

test("a 500-entry index is validated off the main thread while typing", async ({ page }) => {
  await openPlayground(page);
  const text = largeIndex();
  await replaceText(page, text);
  await expect(page.getByTestId("problems")).toContainText("desc.size-nonnegative");

  // Long tasks on the main thread while typing 20 characters into the index.
  await page.evaluate(() => {
    const durations: number[] = [];
    new PerformanceObserver((list) =>
      durations.push(...list.getEntries().map((entry) => entry.duration)),
    ).observe({
      type: "longtask",
    });
    (window as unknown as { longTasks: number[] }).longTasks = durations;
  });
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  const started = Date.now();
  await page.keyboard.type(" ".repeat(20), { delay: 30 });
  const typing = Date.now() - started;
  await expect(page.getByTestId("size")).toHaveText(`${Buffer.byteLength(text) + 20} bytes`);
  // The last answer describes the final text: the problem's line did not move, its column neither.
  await expect(page.getByTestId("problems")).toContainText("desc.size-nonnegative");
  const validation = await page.getByTestId("validation-time").textContent();
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const measurement = {
    entries: 500,
    bytes: Buffer.byteLength(text) + 20,
    keystrokes: 20,
    typingMs: typing,
    mainThreadLongTasks: longTasks.length,
    longestMainThreadTaskMs: Math.round(Math.max(0, ...longTasks)),
    lastValidationInWorker: validation,
  };
  console.log(`large index: ${JSON.stringify(measurement)}`);
  await test.info().attach("measurement.json", {
    body: JSON.stringify(measurement, null, 2),
    contentType: "application/json",
  });
});
