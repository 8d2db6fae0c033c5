/** Descriptors (R16–R28). */
import type { Rule } from "../rule.js";
import { dataBase64 } from "./data-base64.js";
import { dataMatches } from "./data-matches.js";
import { dataSize } from "./data-size.js";
import { digestRequired } from "./digest-required.js";
import { fieldTypes } from "./field-types.js";
import { mediaTypeRequired } from "./mediatype-required.js";
import { platformRecommended } from "./platform-recommended.js";
import { sizeInt64 } from "./size-int64.js";
import { sizeInteger } from "./size-integer.js";
import { sizeNonnegative } from "./size-nonnegative.js";
import { sizeRequired } from "./size-required.js";
import { urlsScheme } from "./urls-scheme.js";
import { urlsUri } from "./urls-uri.js";

export const descriptorRules: readonly Rule[] = [
  mediaTypeRequired,
  digestRequired,
  sizeRequired,
  sizeInteger,
  sizeNonnegative,
  sizeInt64,
  urlsUri,
  urlsScheme,
  dataBase64,
  dataMatches,
  dataSize,
  fieldTypes,
  platformRecommended,
];
