/**
 * A press release written as the product's documentation: the README or
 * CHANGELOG an RFC imagines for its feature. Such a release documents an
 * API rather than telling a launch, and several rules judge it so: its
 * length is the API's (`press-release-length`), it owes no quotes or call
 * to action (`missing-section`), and only its announcing parts make claims
 * (`weasel-word`, through ProseContext.readme).
 */
import { CHANGELOG_ENTRY, CONTAINER_HEADING, DOCUMENTATION_HEADING } from './cues.js';
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
 * Is the release in another form than the classic one: documentation (see
 * above), or a summary found only by its place or as an RFC's "This RFC
 * proposes…"? Such a release owes fewer parts itself (missing-section) and
 * may leave them to the rest of the document (engine/model/build.ts).
 */
export function releaseInAnotherForm(release: Release): boolean {
  const by = release.parts.summary?.by;
  return by === 'position' || by === 'proposal' || releaseIsDocumentation(release);
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
  return ids.find((i) => wrapsArtefacts(blocks[i])) ?? ids[0];
}

/** A heading (or a bold line standing as one) that wraps the release or names its artefact: "## Working Backwards", "### README". */
export const wrapsArtefacts = (b: Block) => headingMatches(b, CONTAINER_HEADING) || headingMatches(b, DOCUMENTATION_HEADING);

/** "### README", "CHANGELOG", "Release notes": a heading that says the release is written as documentation. */
export const isDocumentationHeading = (b: Block) => headingMatches(b, DOCUMENTATION_HEADING);

/** "### CHANGELOG", "**README**", "Working Backwards - README": a heading that names the artefact and nothing else, no headline of its own. */
export const namesOnlyArtefact = (b: Block) => headingMatches(b, DOCUMENTATION_HEADING) && !/[\p{L}\p{N}]/u.test(b.plain.trim().replace(DOCUMENTATION_HEADING, ''));

/** "`feat(ovens): add timer constructs`", "**CHANGELOG**: feat: …", a list whose first entry is one: a CHANGELOG entry. */
export const isChangelogEntry = (b: Block) => (b.type === 'paragraph' || b.type === 'list') && CHANGELOG_ENTRY.test(b.plain.trim()) && !LINK_ONLY_ENTRY.test(b.plain.trim());
/** "Docs: https://…", "Docs: docs/security/model.md": a link under a label, not a "docs:" change. */
const LINK_ONLY_ENTRY = /^[\W_]{0,4}[\p{L}-]+[*_]{0,2}:\s*(?:https?:\/\/\S+|[\w./-]+\.(?:md|html?|pdf))(?:\s|$)/iu;
