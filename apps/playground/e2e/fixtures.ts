/**
 * Every e2e test runs with two guards: no console error or page error, and no request leaving the page's
 * origin (documents pasted into the playground must never be sent anywhere). Plus helpers shared by specs.
 */
import { expect, test as base, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ context, baseURL }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      context.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      context.on("weberror", (error) => errors.push(error.error().message));
      context.on("request", (request) => {
        const url = new URL(request.url());
        if (!["data:", "blob:"].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
          foreign.push(request.url());
      });
      await use();
      expect(foreign, "requests that left the origin").toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

const repository = new URL("../../../", import.meta.url);

/** A built-in example document's exact bytes, as shipped. */
export function exampleText(file: string): string {
  return readFileSync(new URL(`apps/playground/src/examples/${file}`, repository), "utf8");
}

/** Runs the real CLI, from the repository root unless told otherwise. */
export function cli(
  args: string[],
  input?: string | Buffer,
  cwd: string | URL = repository,
): { status: number | null; stdout: string } {
  const bin = new URL("packages/cli/bin/ocilens.js", repository).pathname;
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout };
}

export const EXAMPLES_IDS = [
  "mcr-hello-world",
  "docker-hello-world",
  "oci-workspace",
  "wrong-size",
  "aarch64-entry",
  "arm-v6-gap",
  "attestations",
];

export async function openPlayground(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await page.locator(".monaco-editor").waitFor();
}

export async function loadExample(page: Page, id: string): Promise<void> {
  await page.getByLabel("Example").selectOption(id);
}

/** Replaces the shown document's text by pasting it, as a user would (typing would auto-close brackets). */
export async function replaceText(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
}

export async function showView(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
}
