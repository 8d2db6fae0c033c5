/**
 * A catalogue of real machines, as data: what each one *is* (OS, CPU architecture and level, Windows build).
 * Engines derive what they ask for from this (containerd, for instance, never asks for an amd64 level and sees
 * every arm64 CPU as plain v8), so one machine can be served differently by different clients.
 */
import type { Platform } from "./types.js";

export type Host = {
  id: string;
  /** As the playground shows it, e.g. "Raspberry Pi 3 (32-bit)". */
  label: string;
  platform: Platform;
};

/** The catalogue is frozen all the way down: what coverage works out from a machine can be kept with it. */
const frozen = (hosts: Host[]): readonly Host[] =>
  Object.freeze(
    hosts.map((host) => {
      const features = host.platform["os.features"];
      if (features) Object.freeze(features);
      Object.freeze(host.platform);
      return Object.freeze(host);
    }),
  );

export const HOSTS: readonly Host[] = frozen([
  {
    id: "rpi-zero",
    label: "Raspberry Pi Zero / 1",
    platform: { os: "linux", architecture: "arm", variant: "v6" },
  },
  {
    id: "rpi-2",
    label: "Raspberry Pi 2 (32-bit)",
    platform: { os: "linux", architecture: "arm", variant: "v7" },
  },
  // A 32-bit kernel on the Pi 3's ARMv8 cores reports "CPU architecture: 7".
  {
    id: "rpi-3-32bit",
    label: "Raspberry Pi 3 (32-bit)",
    platform: { os: "linux", architecture: "arm", variant: "v7" },
  },
  {
    id: "rpi-4-64bit",
    label: "Raspberry Pi 4 (64-bit)",
    platform: { os: "linux", architecture: "arm64", variant: "v8" },
  },
  {
    id: "rpi-5-64bit",
    label: "Raspberry Pi 5 (64-bit)",
    platform: { os: "linux", architecture: "arm64", variant: "v8.2" },
  },
  // Docker Desktop runs the engine in a Linux VM; the VM reports a plain ARMv8 CPU.
  {
    id: "apple-silicon-docker-desktop",
    label: "Apple silicon Mac (Docker Desktop)",
    platform: { os: "linux", architecture: "arm64", variant: "v8" },
  },
  {
    id: "aws-graviton2",
    label: "AWS Graviton2",
    platform: { os: "linux", architecture: "arm64", variant: "v8.2" },
  },
  {
    id: "aws-graviton3",
    label: "AWS Graviton3",
    platform: { os: "linux", architecture: "arm64", variant: "v8.4" },
  },
  {
    id: "aws-graviton4",
    label: "AWS Graviton4",
    platform: { os: "linux", architecture: "arm64", variant: "v9" },
  },
  {
    id: "x86-64-v1",
    label: "x86-64 server, baseline (v1)",
    platform: { os: "linux", architecture: "amd64" },
  },
  {
    id: "x86-64-v2",
    label: "x86-64-v2 server (SSE4.2)",
    platform: { os: "linux", architecture: "amd64", variant: "v2" },
  },
  {
    id: "x86-64-v3",
    label: "x86-64-v3 server (AVX2)",
    platform: { os: "linux", architecture: "amd64", variant: "v3" },
  },
  {
    id: "x86-64-v4",
    label: "x86-64-v4 server (AVX-512)",
    platform: { os: "linux", architecture: "amd64", variant: "v4" },
  },
  { id: "x86-32", label: "32-bit x86 PC", platform: { os: "linux", architecture: "386" } },
  { id: "ibm-z", label: "IBM Z (s390x)", platform: { os: "linux", architecture: "s390x" } },
  {
    id: "power9",
    label: "IBM POWER9 (ppc64le)",
    platform: { os: "linux", architecture: "ppc64le", variant: "power9" },
  },
  {
    id: "power10",
    label: "IBM POWER10 (ppc64le)",
    platform: { os: "linux", architecture: "ppc64le", variant: "power10" },
  },
  {
    id: "riscv-rva22",
    label: "RISC-V board (RVA22)",
    platform: { os: "linux", architecture: "riscv64", variant: "rva22u64" },
  },
  {
    id: "windows-server-2019",
    label: "Windows Server 2019",
    platform: { os: "windows", architecture: "amd64", "os.version": "10.0.17763.6893" },
  },
  {
    id: "windows-server-2022",
    label: "Windows Server 2022",
    platform: { os: "windows", architecture: "amd64", "os.version": "10.0.20348.3207" },
  },
  {
    id: "windows-server-2025",
    label: "Windows Server 2025",
    platform: { os: "windows", architecture: "amd64", "os.version": "10.0.26100.3194" },
  },
]);

export function findHost(id: string): Host | undefined {
  return HOSTS.find((host) => host.id === id);
}
