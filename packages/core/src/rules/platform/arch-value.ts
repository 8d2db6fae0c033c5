import type { Rule, Fix } from "../rule.js";
import { memberOf } from "../../json/access.js";
import type { JsonObject, JsonString } from "../../json/node.js";
import { KNOWN_ARCHITECTURES } from "../../platforms/known-values.js";
import { normalizeArch } from "../../platforms/normalize.js";
import { appendMember, removeMember, replaceValue, type Edit } from "../edits.js";
import { isAttestationPlatform, PLATFORM_VALUE_KINDS, platformSitesOf } from "./sites.js";

export const platformArchValueRule: Rule = {
  id: "R32",
  key: "platform.arch-value",
  severity: "warning",
  formats: ["OI", "DL", "OC", "DC"],
  kinds: PLATFORM_VALUE_KINDS,
  summary: "`architecture` should be a Go GOARCH value (amd64, arm64, arm, 386, ppc64le, s390x, riscv64, …).",
  docs:
    "Indexes and configs should name the CPU architecture with Go's GOARCH values: 386, amd64, arm, arm64, " +
    "loong64, mips, mipsle, mips64, mips64le, ppc64, ppc64le, riscv64, s390x, wasm, plus the names Go reserves " +
    "for future ports. The kernel's spellings `x86_64`, `aarch64`, `i386`, `armhf` and `armel` are aliases " +
    "that containerd normalises but containers/image and go-containerregistry compare exactly, so an index " +
    "entry written `aarch64` is invisible to podman and crane on an arm64 host. The quick fix writes " +
    "containerd's canonical value (and, for `armhf`/`armel`, the variant it implies). `unknown/unknown` " +
    "(BuildKit attestations) is left to `platform.unknown-unknown`.",
  source:
    "image-spec image-index.md and config.md (GOARCH); Go src/internal/syslist/syslist.go KnownArch; containerd/platforms database.go normalizeArch (x86_64, aarch64, armhf, i386 are aliases, not spec values)",
  check(context) {
    for (const { object } of platformSitesOf(context.document)) {
      const value = memberOf(object, "architecture")?.value;
      if (value?.type !== "string" || KNOWN_ARCHITECTURES.has(value.value) || isAttestationPlatform(object))
        continue;
      const fix = canonicalArchitectureFix(context.document.text, object, value);
      context.report({
        node: value,
        message: fix
          ? `architecture ${JSON.stringify(value.value)} is not a GOARCH value; it is an alias clients that compare exactly will not select. ${fix.title}.`
          : `architecture ${JSON.stringify(value.value)} is not a Go GOARCH value; clients that compare exactly will never select it.`,
        ...(fix ? { fix } : {}),
      });
    }
  },
};

/** containerd's reading of an alias, written out: the GOARCH value and, where the alias implies one, the variant. */
function canonicalArchitectureFix(
  text: string,
  platform: JsonObject,
  architecture: JsonString,
): Fix | undefined {
  const variantMember = memberOf(platform, "variant");
  const variant = variantMember?.value.type === "string" ? variantMember.value.value : "";
  const [canonical, canonicalVariant] = normalizeArch(architecture.value, variant);
  if (canonical === architecture.value || !KNOWN_ARCHITECTURES.has(canonical)) return undefined;
  const edits: Edit[] = [replaceValue(architecture, JSON.stringify(canonical))];
  // `armel` means arm/v6 and `i386` drops the variant: keep the variant meaning what containerd read.
  const [, variantNextToCanonical] = normalizeArch(canonical, variant);
  if (variantNextToCanonical !== canonicalVariant) {
    if (!variantMember) edits.push(appendMember(text, platform, "variant", JSON.stringify(canonicalVariant)));
    else if (canonicalVariant === "") edits.push(removeMember(platform, variantMember));
    else edits.push(replaceValue(variantMember.value, JSON.stringify(canonicalVariant)));
  }
  const written =
    edits.length > 1 && canonicalVariant !== "" ? `${canonical}/${canonicalVariant}` : canonical;
  return { title: `Write ${JSON.stringify(written)}`, edits };
}
