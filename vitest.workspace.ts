/**
 * The test projects. vitest 4 no longer reads this file by itself; vitest.config.ts imports the list.
 * Core tests run twice: in Node and, unchanged, in headless Chromium.
 */
import { playwright } from "@vitest/browser-playwright";
import { configDefaults, type TestProjectInlineConfiguration } from "vitest/config";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.js";

// Property-based and corpus-wide tests do real work; a busy 2-core machine must not turn them into timeouts.
const coreTestTimeout = 30_000;

export const projects: TestProjectInlineConfiguration[] = [
  {
    test: {
      name: "core",
      include: ["packages/core/test/**/*.test.ts"],
      environment: "node",
      testTimeout: coreTestTimeout,
    },
  },
  {
    test: {
      name: "core-browser",
      include: ["packages/core/test/**/*.test.ts"],
      // *.node.test.ts files test Node-only tooling (e.g. the schema generator) and run in "core" only.
      exclude: [...configDefaults.exclude, "packages/core/test/**/*.node.test.ts"],
      testTimeout: coreTestTimeout,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        instances: [{ browser: "chromium" }],
        provider: playwright({
          launchOptions: {
            executablePath: chromiumPath,
            args: chromiumArgs,
          },
        }),
      },
    },
  },
  {
    test: {
      name: "cli",
      include: ["packages/cli/test/**/*.test.ts"],
      environment: "node",
      globalSetup: ["packages/cli/test/build-bundle.ts"],
      testTimeout: 30_000,
    },
  },
  { test: { name: "playground", include: ["apps/playground/test/**/*.test.ts"], environment: "node" } },
];
