import { analyzeCoverage, HOSTS } from "@ocilens/core";
import { exampleText, expect, loadExample, openPlayground, showView, test } from "./fixtures";

test("the coverage matrix shows hosts × engines, hosts that get nothing and disagreements", async ({
  page,
}) => {
  await openPlayground(page);
  await loadExample(page, "arm-v6-gap");
  await showView(page, "Coverage");
  const coverage = analyzeCoverage(JSON.parse(exampleText("arm-v6-gap-index.json")));
  const matrix = page.getByTestId("coverage-matrix");
  await expect(matrix.locator("tbody tr")).toHaveCount(HOSTS.length);
  await expect(matrix.locator("thead th")).toHaveCount(coverage.engines.length + 1);
  await expect(page.getByRole("region", { name: "Hosts that get nothing" })).toContainText(
    `${coverage.unserved.length} hosts get nothing`,
  );
  await expect(page.getByRole("region", { name: "Hosts that get nothing" })).toContainText(
    "Raspberry Pi Zero / 1",
  );
  await expect(page.getByRole("region", { name: "Disagreements" })).toContainText(
    `${coverage.disagreements.length} hosts where engines disagree`,
  );
  const pi3 = coverage.hosts.find((row) => row.label === "Raspberry Pi 3 (32-bit)")!;
  const row = matrix.locator("tbody tr").filter({ hasText: "Raspberry Pi 3 (32-bit)" });
  for (const [column, engine] of coverage.engines.entries()) {
    const position = pi3.selections[engine];
    await expect(row.locator("td").nth(column)).toContainText(position === null ? "—" : `#${position}`);
  }
  await page.screenshot({ path: test.info().outputPath("coverage.png"), fullPage: true });
});
