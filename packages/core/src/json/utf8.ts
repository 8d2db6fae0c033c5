/**
 * UTF-8 decoding that remembers where the bytes were bad.
 *
 * `TextDecoder` replaces invalid sequences with U+FFFD but does not say where they were, and R2 must point
 * at them. Valid input (the common case) takes the native decoder; only invalid input is decoded here, by
 * the WHATWG UTF-8 decoder algorithm, so the text is exactly what `TextDecoder` would produce (one U+FFFD
 * per maximal invalid subpart) and each error keeps both its byte offset and its offset in the text.
 */

export type Utf8Error = {
  /** Offset of the first bad byte in the input. */
  byteOffset: number;
  /** Offset (UTF-16 code units) of the U+FFFD that replaced it in the decoded text. */
  textOffset: number;
};

export type DecodedText = { text: string; errors: Utf8Error[] };

const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictDecoder.decode(bytes), errors: [] };
  } catch {
    return decodeReportingErrors(bytes);
  }
}

const REPLACEMENT = 0xfffd;

function decodeReportingErrors(bytes: Uint8Array): DecodedText {
  const units: number[] = [];
  const errors: Utf8Error[] = [];
  const fail = (byteOffset: number) => {
    errors.push({ byteOffset, textOffset: units.length });
    units.push(REPLACEMENT);
  };
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      units.push(lead);
      index++;
      continue;
    }
    let needed: number;
    let codePoint: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      needed = 1;
      codePoint = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      codePoint = lead & 0x0f;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f; // would encode a surrogate
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      codePoint = lead & 0x07;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else {
      fail(index);
      index++;
      continue;
    }
    const start = index;
    index++;
    let complete = true;
    for (let seen = 0; seen < needed; seen++) {
      const next = bytes[index];
      if (next === undefined || next < lower || next > upper) {
        complete = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      codePoint = (codePoint << 6) | (next & 0x3f);
      index++;
    }
    if (!complete) {
      fail(start);
      continue;
    }
    if (codePoint >= 0x10000) {
      const offset = codePoint - 0x10000;
      units.push(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
    } else {
      units.push(codePoint);
    }
  }
  return { text: unitsToString(units), errors };
}

function unitsToString(units: number[]): string {
  const chunk = 0x4000;
  let text = "";
  for (let start = 0; start < units.length; start += chunk) {
    text += String.fromCharCode(...units.slice(start, start + chunk));
  }
  return text;
}
