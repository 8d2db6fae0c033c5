import type { Rule } from "../rule.js";
import { getString, memberOf } from "../../json/access.js";
import { WINDOWS_OS_FEATURES } from "../../platforms/known-values.js";
import { PLATFORM_VALUE_KINDS, platformSitesOf } from "./sites.js";

export const platformOsFeaturesValuesRule: Rule = {
  id: "R34",
  key: "platform.os-features-values",
  severity: "info",
  formats: ["OI", "DL", "OC", "DC"],
  kinds: PLATFORM_VALUE_KINDS,
  summary:
    "For `os: windows` the one defined `os.features` value is `win32k`; elsewhere values are implementation-defined.",
  docs:
    "`os.features` lists OS features the image needs. For Windows the spec defines `win32k` (the image needs " +
    "win32k.sys, which Nano Server lacks). containerd (rc.3 and later) only selects an entry whose features " +
    "are a subset of the host's, so an undefined Windows feature makes the entry unselectable on hosts that " +
    "do not declare it. On other systems the values are implementation-defined and not reported.",
  source: "image-spec image-index.md § platform os.features; config.md os.features",
  check(context) {
    for (const { object } of platformSitesOf(context.document)) {
      if (getString(object, "os") !== "windows") continue;
      const features = memberOf(object, "os.features")?.value;
      if (features?.type !== "array") continue;
      for (const item of features.items) {
        if (item.type !== "string" || WINDOWS_OS_FEATURES.has(item.value)) continue;
        context.report({
          node: item,
          message: `${JSON.stringify(item.value)} is not an os.features value the spec defines for Windows (only "win32k"); hosts that do not declare it will not select this platform.`,
        });
      }
    }
  },
};
