/**
 * Text a writer meant to replace, for `placeholder` and for whether an FAQ
 * answer is a real one (engine/model/answers.ts, read by
 * `unanswered-question`). Matched whole and case-insensitively; a phrase
 * matches with any spacing.
 */

/** Words that make a bracketed phrase read as "fill this in": "[Product name]", "[media contact info]". */
export const SLOT_WORDS: readonly string[] = [
  'name', 'names', 'date', 'dates', 'day', 'month', 'year', 'quarter', 'time', 'city', 'state', 'country', 'location',
  'place', 'company', 'product', 'products', 'feature', 'service', 'brand', 'team', 'customer', 'customers', 'user',
  'users', 'segment', 'price', 'pricing', 'cost', 'amount', 'number', 'percent', 'percentage', 'metric', 'figure',
  'stat', 'link', 'url', 'website', 'email', 'phone', 'contact', 'info', 'address', 'handle', 'title', 'role', 'quote',
  'spokesperson', 'leader', 'executive', 'headline', 'subheading', 'partner', 'competitor', 'here', 'tbd', 'tk',
  'todo', 'x', 'n',
];

/**
 * Labels written in capitals in brackets that mark a notice, not a blank:
 * "[BREAKING]", "[DEPRECATED]", "[ACTION REQUIRED]". Any other single word
 * of six capitals or more in brackets ("[REGIONS]", "[PARTNER]") is a slot.
 */
export const NOTICE_LABELS: readonly string[] = [
  'note', 'notes', 'warning', 'breaking', 'deprecated', 'important', 'caution', 'danger', 'experimental', 'optional',
  'required', 'updated', 'update', 'resolved', 'closed', 'solved', 'example', 'removed', 'changed', 'feature', 'bugfix',
  'security', 'preview', 'internal', 'private', 'public', 'archived', 'outdated', 'pending', 'unreleased',
];

/** Words that open an instruction to the writer in brackets: "[insert city]", "[link to the pricing page]" (a lead is a word: "fill" covers "fill in"). */
export const INSTRUCTION_LEADS: readonly string[] = [
  'insert', 'add', 'enter', 'fill', 'put', 'replace', 'include', 'describe', 'write', 'your', 'name of',
  'placeholder', 'tbd', 'tk', 'todo', 'to be decided', 'to be determined', 'to be confirmed', 'to be announced',
  'link', 'url of',
  // An editor's note to the writer: "[need source]", "[citation needed]", "[confirm with legal]".
  'need source', 'needs source', 'need a source', 'needs a source', 'source needed', 'citation needed', 'need citation', 'needs citation',
  'need data', 'needs data', 'confirm', 'verify',
];

/**
 * Endings that leave a bracket's content to be written, whatever its length:
 * "[Quote from a new starter who took part in the pilot – to be added]".
 */
export const PENDING_TAILS: readonly string[] = [
  'to be added', 'to be written', 'to be confirmed', 'to be provided', 'to be filled in', 'to be decided', 'to be determined', 'to follow', 'to come',
  'tbd', 'tbc', 'tk', 'todo', 'goes here', 'pending',
];

/**
 * A template's prompt for a quote, left in a block quote: "> Quote from a
 * maintainer: why are we doing this, and why now?" (who speaks, then what
 * the quote should say, as a question).
 */
export const QUOTE_PROMPT_SPEAKERS: readonly string[] = ['quote', 'customer quote', 'leader quote', 'executive quote', 'spokesperson quote'];

/** Before a lower-case bracketed phrase, words that make it an editor's insertion in a quote ("[the app]"), not a slot. */
export const INSERTION_LEADS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'sic', 'and',
  'or', 'i', 'we', 'he', 'she', 'they', 'it',
];

/** A question word in capitals standing for a fact not yet known: "WHO? announced…". */
export const QUESTION_SLOTS: readonly string[] = ['WHO', 'WHAT', 'WHEN', 'WHERE', 'WHICH', 'HOW MUCH', 'HOW MANY'];

/**
 * Instructions of a document template left in: a sentence that opens with
 * one of these verbs and names a part of the document ("Write one sentence
 * which describes the feature."), or that says what a section should hold
 * ("This section should contain…"). Read in block quotes, where templates
 * put them.
 */
export const TEMPLATE_VERBS: readonly string[] = [
  'write', 'describe', 'explain', 'list', 'include', 'add', 'replace', 'insert', 'provide', 'summarize', 'summarise',
  'state', 'choose', 'delete', 'remove', 'fill in', 'answer',
];
/** Parts of a document a template's instruction names (with their plurals). */
export const DOCUMENT_WORDS: readonly string[] = [
  'sentence', 'section', 'paragraph', 'heading', 'bullet', 'document', 'template', 'faq', 'rfc', 'proposal', 'press release',
  'this part', 'the options below',
];
/**
 * Words that address the writer: an instruction that opens with one of the
 * verbs above and speaks to "you" ("Describe your plan from prototype to
 * GA.") is the template talking, when it stands in a block quote with no
 * attribution (a customer's quote is told apart by engine/model/quotes.ts).
 */
export const WRITER_WORDS: readonly string[] = ['you', 'your'];
/**
 * Verbs that, opening an unattributed block quote, are the template giving
 * an order even without "you" or a part of the document ("Describe the use
 * cases this feature covers."): verbs a writer's own text almost never opens
 * a quote with. Not "list", "state", "note", "answer" or "document", which
 * open nouns as often ("State machines…", "Note: …").
 */
export const IMPERATIVE_VERBS: readonly string[] = [
  'describe', 'explain', 'summarize', 'summarise', 'elaborate', 'specify', 'discuss', 'identify', 'enumerate',
  'justify', 'clarify', 'outline',
];
/** What a template counts the length of its answer in: "in two sentences", "one paragraph here". */
export const LENGTH_UNITS: readonly string[] = ['sentence', 'paragraph', 'bullet', 'bullet point', 'line', 'word'];
/** Words that soften an order to the writer and may come before any verb above or of TEMPLATE_VERBS ("Briefly describe…", "Please list…"). */
export const INSTRUCTION_ADVERBS: readonly string[] = ['briefly', 'please', 'concisely', 'optionally', 'also', 'then', 'first'];
/** Other openings of an instruction to the writer ("Feel free to add…", "Use this section to…"). */
export const INSTRUCTION_OPENINGS: readonly string[] = [
  'feel free to', 'make sure to', 'make sure you', 'be sure to', 'remember to', "don't forget to", 'don’t forget to', 'do not forget to',
  'use this section to', 'use this space to', 'if the answer is no', 'if the answer is yes',
];
/** "This section should contain…": the template describing itself. */
export const TEMPLATE_SELF: readonly string[] = [
  'this section should', 'this section must', 'this section will', 'this section is where', 'this document should',
  'this paragraph should', 'this part should',
  // "The goal of this section is to help decide…": the template saying what its section is for.
  'the goal of this section', 'the purpose of this section',
  // "Use this section to answer…": an order that names the part it stands in, the template's voice even in a quote.
  'use this section to', 'use this space to', 'use this part to', 'use this paragraph to',
];

/**
 * A writer's note on where the text will go ("This section will be added to
 * the README, after 'Install'."): a note about the document, as the
 * template's are, but nothing is left to fill in, so `placeholder` leaves it.
 */
export const PLACEMENT_NOTES: readonly string[] = [
  'this section will be added', 'this section will go', 'this section will live', 'this section will appear',
  'this section will be inserted', 'this section will replace', 'this section will be placed', 'this section will sit',
];

/**
 * How a note from one drafter to the others opens, set in italics on its own
 * ("*Last edited by: P. Lindqvist, 3 April*", "_@ana: my first go, tear it
 * apart_"): a note about the draft, not the document's prose. A note signed
 * with the writer's initials ("*(Quotes are at the bottom for Legal — JM)*")
 * is one too (engine/model/blocks.ts).
 */
export const EDITORIAL_NOTE_OPENINGS: readonly string[] = [
  'last edited by', 'edited by', 'last updated by', 'updated by', 'last reviewed by', 'note to reviewers', 'note for reviewers',
  'reviewer note', 'reviewers note', "reviewers' note", 'note from the author', 'author note', "author's note",
];

/**
 * Answers that only promise an answer: "Details to follow.", "We will share
 * more later.", "Check back in a few weeks." Each row is a phrase made of
 * one entry from each list, in order ('' means the word may be left out);
 * an answer made only of such phrases (and placeholders) answers nothing.
 */
export const PROMISE_VERBS: readonly string[] = [
  'share', 'publish', 'post', 'provide', 'add', 'announce', 'update', 'answer', 'decide', 'confirm', 'fill in', 'write', 'figure out', 'work out', 'sort out',
  // "We'll come back on this after…", "We will get back to you on it.", "We'll circle back.": a reply promised.
  'come back on', 'come back to', 'get back to you on', 'get back to', 'circle back on', 'circle back to', 'circle back', 'follow up on', 'follow up',
  // "We'll look into it before the release.", "We'll set it after launch.": the answer put off.
  'look into', 'set',
];
/**
 * Promise verbs that may promise the feature itself rather than news of it:
 * "We'll add Welsh in a future release" answers "Does it speak Welsh?" (not
 * yet; weasel-word asks for the date), while "We'll add details later"
 * answers nothing. With a vague time, these make no answer only when what
 * they promise is news (PROMISED_NEWS): "We'll set it after launch."
 */
export const FEATURE_PROMISE_VERBS: readonly string[] = ['add', 'provide', 'update', 'set'];
export const PROMISED_NEWS: readonly string[] = [
  '', 'more', 'details', 'more details', 'this', 'it', 'that', 'the answer', 'an answer', 'information', 'more information', 'specifics', 'this section', 'this answer',
  'the details', 'all the details', 'full details', 'the full details',
  // "We will update this FAQ.", "We'll share a plan once the design is agreed."
  'this faq', 'the faq', 'a plan', 'the plan', 'one',
  // "We'll publish a roadmap once we have more feedback.": the thing asked for, promised.
  'a roadmap', 'the roadmap', 'a timeline', 'the timeline', 'a schedule', 'the schedule', 'a date', 'the date',
];
/** "We're exploring this.", "We are looking into it and will share more…": work under way, no answer yet. */
/** What work under way is said to be doing, and on what: "…looking into it", "…evaluating options". */
export const EXPLORING_VERBS: readonly string[] = ['exploring', 'looking into', 'looking at', 'investigating', 'evaluating', 'considering', 'reviewing', 'working on'];
export const EXPLORED: readonly string[] = ['this', 'it', 'that', 'options', 'the options'];
/** Work on the figures said to be under way, after someone named: "Finance is still crunching the numbers." (Not in the rows below: they multiply.) */
export const WORKING_THE_FIGURES: readonly string[] = ['crunching the numbers', 'running the numbers', 'doing the maths', 'doing the math', 'working out the numbers'];
/**
 * A piece of work someone named is doing, as the whole answer: "Jonah is
 * doing a competitive teardown", "Finance is running an analysis". The
 * answer will come from it; it is not here yet.
 */
export const STUDY_VERBS: readonly string[] = ['doing', 'running', 'writing', 'preparing', 'putting together', 'working on', 'drafting'];
export const STUDY_NOUNS: readonly string[] = ['teardown', 'analysis', 'study', 'review', 'survey', 'assessment', 'comparison', 'proposal', 'write-up', 'writeup', 'investigation', 'deep dive', 'deep-dive', 'spike', 'audit', 'estimate', 'model'];
const EXPLORING = ['we are', "we're", 'we’re'].flatMap((we) => EXPLORING_VERBS.flatMap((verb) => EXPLORED.map((what) => `${we} ${verb} ${what}`)));
export const PROMISE_ROWS: ReadonlyArray<ReadonlyArray<readonly string[]>> = [
  [
    ['details', 'more details', 'more', 'more information', 'information', 'an answer', 'the answer', 'updates', 'specifics', 'pricing', 'answer'],
    ['to follow', 'to come', 'coming soon', 'will follow', 'will be shared', 'will be added', 'later', 'soon', 'tbd', 'pending'],
  ],
  [
    // Terse notes drop the subject: "Will update after the design review."
    ['we will', "we'll", 'we’ll', 'we plan to', 'we intend to', 'we expect to', 'we are going to', 'i will', "i'll", 'i’ll', 'will'],
    PROMISE_VERBS,
    PROMISED_NEWS,
  ],
  [EXPLORING],
  [EXPLORING.map((e) => `${e} and will`), PROMISE_VERBS, PROMISED_NEWS],
  [['check back', 'stay tuned', 'watch this space', 'more soon', 'coming soon', 'to follow']],
  // "More in a follow-up RFC.", "Details in the next revision.": the answer sent to a later document.
  [
    ['more', 'details', 'more details', 'more on this', 'the details', 'an answer'],
    ['in a follow-up', 'in a follow-up rfc', 'in a follow-up document', 'in a separate rfc', 'in a future rfc', 'in the next revision', 'in a later revision', 'in the next draft', 'in a later draft', 'in the next version of this document'],
  ],
  // "We will have more to say closer to launch.", "We'll know more after the pilot.": news promised, none given.
  [
    ['we will', "we'll", 'we’ll', 'we expect to', 'we hope to', 'we should'],
    ['have more to say', 'have more to share', 'have more details', 'have more information', 'have an update', 'have an answer', 'say more', 'know more'],
  ],
];
/**
 * Words that open a condition after such a promise: "We will share details
 * later, once the contract is signed." waits on an event and gives no date,
 * so it is still only a promise. A condition with a date or a number in it
 * ("after the May 12 pilot") is a date, and the answer stands.
 */
export const PROMISE_CONDITIONS: readonly string[] = ['once', 'when', 'after', 'as soon as', 'until', 'by the time', 'if', 'before', 'during', 'closer to', 'ahead of'];
/**
 * Openings of an answer that says who must still be asked: "Need to ask
 * SRT.", "Still need to check with legal." A short sentence that opens so
 * (a name or a team after it, up to a few words) is work to do, not an
 * answer.
 */
export const STILL_TO_ASK: readonly string[] = [
  'need to ask', 'need to check with', 'need to confirm with', 'need to talk to', 'need to find out', 'need to check',
  'have to ask', 'have to check with', 'waiting on', 'waiting for', 'waiting to hear from', 'asking', 'checking with',
  // "Pending discussion with the sales team.", "Answer pending legal review."
  'pending', 'answer pending',
].flatMap((p) => [p, `still ${p}`, `we ${p}`, `we still ${p}`, `i ${p}`, `we are ${p}`, `we're ${p}`, `we’re ${p}`]);

/**
 * A decision said to be still under way, with what it is about after it:
 * "We are still deciding on pricing.", "Still working out the refund
 * rules." Up to five words may name the topic; the sentence answers
 * nothing else.
 */
export const STILL_DECIDING: readonly string[] = [
  'still deciding', 'still discussing', 'still working out', 'still figuring out', 'still finalising', 'still finalizing',
  'still evaluating', 'still exploring', 'still debating', 'still weighing',
  // "Still being investigated.", "Good question — still open.": work under way, or nothing settled, as the whole answer.
  'still being investigated', 'being investigated', 'under investigation', 'still under investigation', 'still being discussed',
  'still open', 'an open question', 'still an open question', 'open question',
].flatMap((p) => [p, `we are ${p}`, `we're ${p}`, `we’re ${p}`]);

/**
 * An answer that opens by saying nothing is decided yet ("Still deciding.",
 * "We don't have one yet.") and then gives only a reason or a hope in one
 * short sentence with no figure ("It depends on the results in the first
 * three states.", "Product and Finance have different views."): no answer
 * yet. (engine/model/answers.ts; at most PENDING_REASON_WORDS words after.)
 */
export const PENDING_OPENERS: readonly string[] = [
  'still deciding', 'still undecided', 'not decided yet', 'not yet decided', 'undecided', 'no decision yet', 'under discussion',
  "we haven't decided", 'we haven’t decided', 'we have not decided', "we haven't decided yet", 'we haven’t decided yet', 'we have not decided yet',
  "we don't have one yet", 'we don’t have one yet', 'we do not have one yet', "we don't know yet", 'we don’t know yet', 'we do not know yet',
  // "Open. Finance and Legal are reviewing the terms.", "Not decided. The two owners we asked disagreed.", "Still figuring this out."
  // ("Open" is left alone where the question asks about something open: "Is the beta open to everyone?")
  'open', 'still open', 'not decided', 'not settled', 'not settled yet', 'unresolved', 'still unresolved',
  'still figuring this out', 'still figuring it out', 'still figuring that out', 'figuring it out', 'figuring this out',
];
export const PENDING_REASON_WORDS = 20;

/**
 * Verbs of a promise told in the passive, with no one to keep it: "Risks
 * will be reviewed and mitigations will be put in place before launch.",
 * "Details will be shared later." A sentence of a few words, "will be",
 * one of these, and at most a promise's tail (PROMISE_TAILS).
 */
export const PASSIVE_PROMISE_VERBS: readonly string[] = [
  'shared', 'announced', 'decided', 'reviewed', 'finalised', 'finalized', 'determined', 'confirmed', 'published', 'provided',
  'added', 'defined', 'agreed', 'put in place', 'addressed', 'worked out', 'figured out', 'communicated', 'discussed',
];

/**
 * The only words of an answer that say when, and nothing else: "Soon.",
 * "Eventually!", "At some point." Answers nothing, whatever was asked (a
 * date is the answer to "when"). Matched with the placeholders.
 */
/**
 * A count with no number, said as a whole sentence beside a promise
 * ("Many. We'll share more later."): the promise is the answer's only news,
 * so the answer is still to come. Alone, such a word is left to weasel-word.
 */
export const VAGUE_COUNT_ANSWERS: readonly string[] = [
  'many', 'some', 'several', 'a few', 'quite a few', 'a couple', 'lots', 'a lot', 'plenty', 'a handful', 'yes many', 'yes some', 'yes several',
];

/** So is a verdict of an intensifier and one word ("Very accurate. We'll share more later."): these open it. */
export const VAGUE_VERDICT_INTENSIFIERS: readonly string[] = ['very', 'quite', 'pretty', 'really', 'extremely', 'highly', 'fairly', 'reasonably', 'super'];

/**
 * A plan answered in one short sentence whose only time is vague: "Land it
 * soon.", "Ship it in the near future.", "We'll release it later." (engine/model/answers.ts).
 * The verbs of delivering, and the vague times.
 */
export const PLAN_VERBS: readonly string[] = ['ship', 'land', 'launch', 'release', 'deliver', 'roll it out', 'roll out', 'build', 'do', 'finish', 'have', 'get'];
export const VAGUE_PLAN_TIMES: readonly string[] = ['soon', 'in the near future', 'later', 'at some point', 'down the road', 'some day', 'someday', 'in the future', 'eventually'];

export const VAGUE_TIME_ANSWERS: readonly string[] = [
  'soon', 'eventually', 'at some point', 'some day', 'someday', 'in the future', 'in the near future', 'down the road', 'later on',
  'not decided', 'not decided yet', 'not yet decided', 'undecided', 'hopefully soon', 'soon hopefully', 'coming later',
  // A decision not yet taken, said as such: "Still deciding.", "Under discussion.", "Not sure yet."
  'still deciding', 'we are still deciding', "we're still deciding", 'we’re still deciding', 'still undecided', 'still to be decided',
  'still open', 'an open question', 'open question', 'still an open question', 'under discussion', 'still under discussion',
  // (Not "Not known yet.": to "Are there any open issues?" it answers "none that we know of".)
  'not sure yet', 'unsure', 'still figuring it out', 'still working on it',
  // Work under way said as the whole answer: "We're working on it.", "Still being worked out."
  'working on it', "we're working on it", 'we’re working on it', 'we are working on it', 'still being worked out', 'being worked out',
  'still being decided', 'still being discussed', 'to be worked out', 'to be written up', 'still to be written up',
  'still being investigated', 'being investigated', 'under investigation', 'it depends', 'depends',
];
/** What may end such a promise: "…later", "…in a few weeks", "…closer to launch". */
export const PROMISE_TAILS: readonly string[] = [
  'later', 'soon', 'shortly', 'eventually', 'in a few weeks', 'in a few days', 'in the coming weeks', 'in the coming months',
  'later this year', 'later this quarter', 'later this month', 'later in the year', 'next year', 'in the new year', 'in the near future', 'in the future',
  'when we know more', 'once we know more', 'closer to launch', 'before launch', 'at launch', 'after the pilot',
  'here', 'for updates', 'for more', 'for details', 'at a later date', 'at a later time', 'in due course', 'in due time',
  // A later version of the product or of this document: "Details will be announced in a future update."
  'in a future update', 'in a future release', 'in a future version', 'in a later release', 'in a later version',
  'in a later revision', 'in a later revision of this document', 'in the next revision', 'in the next draft', 'in a later draft',
  'in a later phase', 'in a future phase',
];
