import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test } from "./fixtures";

const dist = new URL("../dist/", import.meta.url);

test("the production build keeps its promises: strict CSP, small first chunk, no eval", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain("unsafe-eval");
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script

  // What the browser must download before the first paint: the entry module and what it preloads.
  const scripts = [
    ...html.matchAll(/(?:<script type="module"[^>]*src|<link rel="modulepreload"[^>]*href)="([^"]+)"/g),
  ].map((match) => match[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  let gzipped = 0;
  for (const script of scripts)
    gzipped += gzipSync(await (await request.get(script)).body(), { level: 9 }).length;
  console.log(`first JS: ${scripts.join(", ")} = ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  expect(gzipped).toBeLessThanOrEqual(60 * 1024);

  for (const file of readdirSync(new URL("assets/", dist)).filter((name) => name.endsWith(".js"))) {
    const code = readFileSync(new URL(`assets/${file}`, dist), "utf8");
    expect(code, file).not.toMatch(/new Function\(|\beval\(/);
  }
});
