/**
 * Absurd documents, built to any size: each is a shape that once made the
 * review grow faster than its text (issue 18), or a plain draft to compare
 * them with. test/unit/hostile.test.ts bounds the work each costs at two
 * sizes; `npm run bench` times them per megabyte at two sizes, so a reader
 * sees at a glance whether the time per megabyte stays put.
 */
import type { DocKind } from '../../engine/model/types.js';
import { review } from '../../engine/review.js';

export interface HostileInput {
  name: string;
  kind: DocKind;
  /** A document of about `bytes` UTF-16 units (never less). */
  make(bytes: number): string;
}

/** `head`, then `line(0)`, `line(1)`… joined by newlines until the text holds `bytes`. */
function lines(bytes: number, line: (i: number) => string, head = ''): string {
  const out: string[] = head ? [head] : [];
  let length = head.length;
  for (let i = 0; length < bytes; i++) {
    const l = line(i);
    out.push(l);
    length += l.length + 1;
  }
  return out.join('\n') + '\n';
}

export const HOSTILE: readonly HostileInput[] = [
  {
    // A baseline: paragraphs of plain sentences, as a long draft has.
    name: 'prose',
    kind: 'prfaq',
    make: (bytes) => lines(bytes, (i) => `${i % 20 === 0 ? '## Part ' + i + '\n\n' : ''}It is a very good product for the users and they like it a lot, so they tell us ${i} times.\n`, '# Plan\n'),
  },
  {
    // vague-customer counted the top-level headings once per heading.
    name: 'one-line headings',
    kind: 'prfaq',
    make: (bytes) => lines(bytes, (i) => `${'#'.repeat((i % 6) + 1)} Heading ${i}`),
  },
  {
    // The narrative section of a block and the goals section of a paragraph were looked up among every section.
    name: 'headed sections',
    kind: 'narrative',
    make: (bytes) => lines(bytes, (i) => `${'#'.repeat((i % 3) + 1)} ${i % 7 === 0 ? 'Goals' : 'Section ' + i}\n\nWe grow revenue by ${i}% and users say it is very good.\n`),
  },
  {
    // Every FAQ heading was checked against every FAQ found, every block against every FAQ.
    name: 'FAQ headings',
    kind: 'prfaq',
    make: (bytes) => lines(bytes, (i) => `## ${i % 3 === 0 ? 'Internal FAQ' : 'FAQ'} ${i}\n\n**Q: Who is it for ${i}?**\n\nUsers, and it is very good.\n`, '# Plan\n'),
  },
  {
    // Questions in one FAQ, no blank line between question and answer: one chunk holds them all.
    name: 'questions',
    kind: 'prfaq',
    make: (bytes) => lines(bytes, (i) => `**Q: Why ${i}?**\nBecause users are very happy.\n`, '# Plan\n\n## External FAQ\n'),
  },
  {
    // Every link definition was tried against every chunk.
    name: 'link definitions',
    kind: 'prfaq',
    make: (bytes) => lines(bytes, (i) => `[d${i}]: https://example.com/${i}\n\nSee [d${i}] and [^n${i}], very.\n\n[^n${i}]: A note.\n`, '# Plan\n'),
  },
  {
    // A list indented one more step per line: the parser reads each line's
    // indentation once per open list level, and the levels stop at 100.
    name: 'ever deeper list',
    kind: 'narrative',
    make: (bytes) => lines(bytes, (i) => `${' '.repeat(i * 2)}- item ${i} is very good`),
  },
];

/** The two sizes the bench times: the time per megabyte should be the same at both. */
export const BENCH_SIZES = [256 * 1024, 1024 * 1024];

/**
 * Milliseconds per megabyte (2^20 bytes) of a full review of each input at
 * each of BENCH_SIZES, `runs` times (bench.ts takes the medians). Each
 * input is reviewed once small first, so no figure pays for a first run.
 */
export function timeHostile(runs: number): Array<{ input: string; sizes: Array<{ bytes: number; msPerMB: number[] }> }> {
  return HOSTILE.map((h) => {
    review(h.make(20_000), { kind: h.kind });
    return {
      input: h.name,
      sizes: BENCH_SIZES.map((size) => {
        const text = h.make(size);
        const msPerMB: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          review(text + ' '.repeat(i % 3), { kind: h.kind }); // a fresh string: nothing remembered between runs
          msPerMB.push((performance.now() - t) / (text.length / 2 ** 20));
        }
        return { bytes: text.length, msPerMB };
      }),
    };
  });
}
