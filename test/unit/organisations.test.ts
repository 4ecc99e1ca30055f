/**
 * Whose organisation a quote's speaker belongs to (engine/model/organisations.ts):
 * the launcher read from a summary's opening, the organisation an
 * attribution ends on, and the two compared by name.
 */
import assert from 'node:assert/strict';
import { launchOf, launcherWords, speakerOrganisation, worksElsewhere } from '../../engine/model/organisations.js';

describe('organisations: who launches, and where a speaker works', () => {
  it('reads the launcher and the product from the summary, past a dateline and an aside', () => {
    assert.deepEqual([...launcherWords('PORTLAND, OR — Fernhill today launched Ledger for small bakeries.')!], ['fernhill', 'ledger']);
    assert.deepEqual([...launcherWords('Fernhill Labs, a Portland maker of bakery software, announced the Ledger app.')!].sort(), ['fernhill', 'ledger']);
    assert.ok(launcherWords('SEATTLE — Amazon Web Services (AWS) today announced Ledger.')!.has('aws'));
  });

  it('tells the launcher from what it launches', () => {
    assert.deepEqual(launchOf('Today the Maple Ridge School District launched BusNear, a free service.'), { launcher: 'Maple Ridge School District', product: 'BusNear' });
    // The stage before the product ("the general availability of", "the public beta of") is no part of its name.
    assert.deepEqual(launchOf('Fernhill announced the general availability of Ledger.'), { launcher: 'Fernhill', product: 'Ledger' });
    assert.deepEqual(launchOf('Today, team GleanGrid (Best Social Impact, HarborHacks 2026) announced the public beta of GleanGrid.'), { launcher: 'GleanGrid', product: 'GleanGrid' });
    assert.deepEqual(launchOf('Fernhill announced the availability of our new oven.'), { launcher: 'Fernhill', product: null });
  });

  it('reads a product named in lower case by its version, its aside or its code quotes, and no writer ("Today I\'m") as a launcher', () => {
    assert.deepEqual(launchOf("Today I'm releasing crate 1.2, a tool that files bakery receipts."), { launcher: null, product: 'crate' });
    assert.deepEqual(launchOf('Today we are releasing `crate` for small bakeries.'), { launcher: null, product: 'crate' });
    assert.deepEqual(launchOf('Fernhill today released crate, a receipt filer for bakeries.'), { launcher: 'Fernhill', product: 'crate' });
    // A lower-case word with nothing that makes it a name is no product.
    assert.equal(launchOf('Today we are releasing support for rye flour.'), null);
  });

  it('reads the launch in the summary\'s opening only, and the organisation in the attribution\'s last words', () => {
    assert.equal(launchOf(`${'Owners close the day late. '.repeat(20)}Fernhill today launched Ledger.`), null, 'a launch told past the opening is not read');
    assert.equal(speakerOrganisation(`said Jane Doe, ${'who has run bakeries for years, '.repeat(8)}CTO at Initech.`), 'Initech');
  });

  it('names no launcher when the summary names nobody', () => {
    assert.equal(launcherWords('Today we are releasing Ledger for small bakeries.'), null);
    assert.equal(launcherWords('Owners close the day in ten minutes.'), null);
  });

  it('reads the organisation an attribution ends on, not a department', () => {
    assert.equal(speakerOrganisation('said Jane Doe, CTO at Initech Bakeries.'), 'Initech Bakeries');
    assert.equal(speakerOrganisation('said Tom Hale, Director of Product at Fernhill'), 'Fernhill');
    assert.equal(speakerOrganisation("said Jane Doe, Initech's head of IT."), 'Initech');
    assert.equal(speakerOrganisation('said Tom Hale, VP of Engineering.'), null);
    assert.equal(speakerOrganisation('said Tom Hale, speaking at a meetup in Leeds.'), null);
  });

  it('tells a speaker from elsewhere by sharing no name with the launcher, words such as "Inc." aside', () => {
    const ours = launcherWords('Fernhill Inc. today launched Ledger.');
    assert.equal(worksElsewhere('said Jane Doe, CTO at Initech Inc.', ours), true);
    assert.equal(worksElsewhere('said Tom Hale, CEO of Fernhill', ours), false);
    assert.equal(worksElsewhere('said Tom Hale, founder of Ledger', ours), false);
    assert.equal(worksElsewhere('said Jane Doe, CTO at Initech', null), false, 'no launcher known: nothing to tell');
  });
});
