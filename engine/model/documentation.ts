/**
 * A press release written as the product's documentation: the README or
 * CHANGELOG an RFC imagines for its feature. Such a release documents an
 * API rather than telling a launch, and several rules judge it so: its
 * length is the API's (`press-release-length`), it owes no quotes or call
 * to action (`missing-section`), and only its announcing parts make claims
 * (`weasel-word`, through ProseContext.readme).
 */
import { CONTAINER_HEADING, DOCUMENTATION_HEADING } from './cues.js';
import { isTitleLine } from './titleLine.js';
import type { Block, DocModel } from './types.js';

type Release = Pick<DocModel, 'blocks' | 'parts' | 'pressRelease'>;

/** A heading, or a bold line standing alone as one ("**README**"), whose words match. */
const headingMatches = (b: Block, re: RegExp) => (b.type === 'heading' || isTitleLine(b)) && re.test(b.plain.trim());

/**
 * Is the release written as documentation? A heading inside it says so
 * ("### README", "CHANGELOG", "Release notes"), or its only summary is the
 * FAQ's answer to "What are we launching today?".
 */
export function releaseIsDocumentation({ blocks, parts, pressRelease }: Release): boolean {
  if (parts.summary?.by === 'faq') return true;
  return !!pressRelease && pressRelease.blocks.some((i) => headingMatches(blocks[i], DOCUMENTATION_HEADING));
}

/**
 * Where the documentation starts: at the heading that wraps it ("## Working
 * Backwards", "### README"), or at the release's start when none does.
 * What stands above such a heading — an RFC's opening paragraph — is the
 * proposal's own pitch, and is read as a release is. Null when the release
 * is no documentation.
 */
export function documentationStart(release: Release): number | null {
  if (!release.pressRelease || !releaseIsDocumentation(release)) return null;
  const { blocks } = release;
  const ids = release.pressRelease.blocks;
  return ids.find((i) => headingMatches(blocks[i], CONTAINER_HEADING) || headingMatches(blocks[i], DOCUMENTATION_HEADING)) ?? ids[0];
}
