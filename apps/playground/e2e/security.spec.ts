/**
 * The playground's promises against hostile input (SECURITY.md): the production build ships a strict Content
 * Security Policy and violates none of it, pasted documents are shown as text and never run (annotation
 * values, member names and platform fields full of HTML and `<script>`), and nothing leaves the origin (the
 * guards of fixtures.ts: no foreign request, no console error, on every test here).
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, openPlayground, replaceText, showView, test } from "./fixtures";

const dist = new URL("../dist/", import.meta.url);

function policyOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? "";
  return new Map(
    content
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Collects CSP violation reports from the first script on, before the app starts. */
async function watchViolations(page: import("@playwright/test").Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

const HOSTILE = [
  "<script>window.__pwned = 'script'</script>",
  "<img src=x onerror=\"window.__pwned = 'img'\">",
  '"><svg onload="window.__pwned = \'svg\'">',
  "javascript:window.__pwned = 'link'",
  "{{constructor.constructor('window.__pwned = 1')()}}",
];

/** An index whose every free-text field carries markup: annotations, their keys, platform fields, digests. */
function hostileIndex(): string {
  const annotations = Object.fromEntries(
    HOSTILE.map((value, i) => [`${HOSTILE[(i + 1) % HOSTILE.length]}`, value]),
  );
  return JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: HOSTILE.map((value, i) => ({
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        digest: i === 0 ? `sha256:${"a".repeat(64)}` : value,
        size: 1,
        platform: { os: value, architecture: i % 2 ? "amd64" : value, variant: value, "os.version": value },
        annotations: { ...annotations, "org.opencontainers.image.source": HOSTILE[3] },
      })),
      annotations,
      [HOSTILE[0]!]: HOSTILE[1],
    },
    null,
    2,
  );
}

test("the production build ships a strict Content-Security-Policy and no code that evaluates strings", () => {
  const policy = policyOf(readFileSync(new URL("index.html", dist), "utf8"));
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("script-src")).toEqual(["'self'"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'none'"]);
  const scripts = readdirSync(new URL("assets/", dist)).filter((file) => file.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) {
    const code = readFileSync(new URL(`assets/${file}`, dist), "utf8");
    expect(code, file).not.toMatch(/\bnew Function\s*\(|\beval\s*\(/);
  }
});

test("pasted markup is shown as text in every view and never runs", async ({ page }) => {
  const violations = await watchViolations(page);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openPlayground(page);
  const scriptsBefore = await page.locator("script").count();
  await replaceText(page, hostileIndex());
  for (const view of ["Problems", "Entries", "Simulate", "Coverage", "Compose", "Problems"]) {
    await showView(page, view);
    await page.waitForTimeout(200);
  }
  // The markup reached the page as text (so it was rendered, not dropped)…
  await showView(page, "Entries");
  await expect(page.getByText("<script>window.__pwned", { exact: false }).first()).toBeAttached();
  // …and nothing of it became an element or ran.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator("script").count()).toBe(scriptsBefore);
  expect(await page.locator("[onerror], [onload], svg[onload], img[src='x']").count()).toBe(0);
  expect(await page.locator("a[href^='javascript:']").count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(await violations()).toEqual([]);
});

test("a hostile share link neither runs nor violates the policy", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const fragment of ["#w=%3Cscript%3E", `#w=${"A".repeat(200_000)}`, `#w=${"=".repeat(50_000)}`]) {
    await openPlayground(page, `/${fragment}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  }
  expect(await violations()).toEqual([]);
});
