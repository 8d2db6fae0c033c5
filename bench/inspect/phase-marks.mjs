/**
 * Preloaded into `ocilens inspect` by run.ts (node --import): records, in the process itself, the wall clock
 * and the CPU time at the first request sent, the last response received, the first byte written to stdout
 * and the `exit` event, and writes them as JSON to the file $OCILENS_PHASE_MARKS names. Requests are
 * observed through node:http's diagnostics channels, so ocilens itself carries no timing code.
 */
import { subscribe } from "node:diagnostics_channel";
import { writeFileSync } from "node:fs";

const marks = {};
function mark(name, overwrite = false) {
  if (marks[name] && !overwrite) return;
  const cpu = process.cpuUsage();
  marks[name] = { wallMs: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 };
}

mark("preloaded");
subscribe("http.client.request.start", () => mark("firstRequest"));
subscribe("http.client.response.finish", () => mark("lastResponse", true));
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (...args) => {
  mark("firstOutput");
  return write(...args);
};
process.on("exit", () => {
  mark("exit");
  writeFileSync(
    process.env.OCILENS_PHASE_MARKS,
    JSON.stringify({ timeOrigin: performance.timeOrigin, marks }),
  );
});
