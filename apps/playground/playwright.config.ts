import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.js";

export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "e2e-results.json" }]],
  use: {
    baseURL: "http://127.0.0.1:4173",
    browserName: "chromium",
    screenshot: "only-on-failure",
    // Tests paste documents, as users do.
    permissions: ["clipboard-read", "clipboard-write"],
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    command: "pnpm exec vite preview --host 127.0.0.1 --port 4173 --strictPort",
    url: "http://127.0.0.1:4173",
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
