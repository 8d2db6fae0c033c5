/** Self-signed RSA certificates made with the system's openssl: for the token service and TLS registries. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export function makeCertificate(
  dir: string,
  name: string,
  options: { subjectAltName?: string } = {},
): { keyPath: string; certPath: string } {
  const keyPath = join(dir, `${name}.key`);
  const certPath = join(dir, `${name}.crt`);
  const extensions = options.subjectAltName ? ["-addext", `subjectAltName=${options.subjectAltName}`] : [];
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      keyPath,
      "-out",
      certPath,
      "-days",
      "1",
      "-subj",
      `/CN=ocilens-test-${name}`,
      ...extensions,
    ],
    { stdio: "ignore" },
  );
  return { keyPath, certPath };
}
