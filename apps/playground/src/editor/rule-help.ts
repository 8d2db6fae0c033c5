/**
 * The Markdown a hover shows for a rule: key and catalogue id, summary, docs, and where the requirement
 * comes from, linked to the spec text when the source names an image-spec or distribution-spec page.
 */
import type { RuleInfo } from "../workers/protocol.js";

const SPEC_PAGES: Array<{ pattern: RegExp; url: (page: string) => string }> = [
  {
    pattern: /^image-spec ([\w-]+\.md)/,
    url: (page) => `https://github.com/opencontainers/image-spec/blob/v1.1.1/${page}`,
  },
  {
    pattern: /^distribution-spec ([\w-]+\.md)/,
    url: (page) => `https://github.com/opencontainers/distribution-spec/blob/main/${page}`,
  },
];

/** A link to the spec page a rule's source cites, or null when it cites none we know. */
export function specLink(source: string): string | null {
  for (const { pattern, url } of SPEC_PAGES) {
    const page = pattern.exec(source)?.[1];
    if (page) return url(page);
  }
  return null;
}

export function ruleMarkdown(rule: RuleInfo): string {
  const link = specLink(rule.source);
  const source = link ? `[${rule.source}](${link})` : rule.source;
  return [`**${rule.key}** (${rule.id}): ${rule.summary}`, rule.docs, `Source: ${source}`].join("\n\n");
}
