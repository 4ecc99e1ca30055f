/**
 * The parts catalogue: every part of a Working Backwards document — the nine
 * press-release parts, the two FAQs, the narrative sections — with what a
 * writer reads about it (label, name in a sentence, advice when it is
 * missing, purpose on hover), its word budget and the heading titles writers
 * give it. Rules, fixes, scaffolds, hovers, the outline, the preview and the
 * structure view all read this one table. The text a fix or scaffold
 * inserts for each part is beside it in ./templates.ts; where it goes, in
 * ./plan.ts; how many words each part has, in ./measure.ts.
 *
 * Heading titles are data in a small pattern language (./headings.ts):
 * words separated by spaces; `a|b` is either word; `[a|b]` may be left
 * out; `*` is any words. Matching ignores case and trailing `:`/`.`.
 * Adding a synonym is one line here (and a test in test/unit/genre.test.ts).
 */
import type { FaqId, PartId } from '../model/types.js';

export interface PartInfo {
  /** As a heading would name it. */
  label: string;
  /** As a sentence names it: "The press release has no {name}." */
  name: string;
  /** What to add when it is missing: "Add {advice}." */
  advice: string;
  /** What the part must achieve (two sentences at most). */
  purpose: string;
  /** A rough word budget, so the whole press release fits on one page. */
  budget: number;
  /** Heading titles that name this part (the whole title must match). */
  headings: string[];
  /** FAQ questions whose answer plays this part when the release has none (the whole question must match). */
  questions?: string[];
}

export const PART_INFO: Record<PartId, PartInfo> = {
  headline: {
    label: 'Headline',
    purpose: 'Names the product and the customer it is for, in words that customer would use. One line; a reader who sees nothing else should know who benefits.',
    budget: 15,
    name: 'headline',
    advice: 'a headline that names the product in words the target customer understands',
    headings: ['[the] headline|heading|title'],
  },
  subheading: {
    label: 'Subheading',
    purpose: 'One sentence under the headline: who exactly the customer is and the single most important benefit they get.',
    budget: 30,
    name: 'subheading',
    advice: 'a one-sentence subheading under the headline: who the customer is and what they gain',
    headings: ['[the] subheading|sub-heading|subheadline|sub-headline|subtitle|sub-title', '[the] sub heading|headline|title'],
  },
  summary: {
    label: 'Summary',
    purpose: 'Opens with the dateline ("CITY, State — Date —"), then says what launches, for whom, and its top benefit. A reader who stops here has the whole story.',
    budget: 90,
    name: 'summary paragraph',
    advice: 'a summary paragraph that opens with a dateline ("CITY, State — Date —") and says what launches and its top benefit',
    headings: ['[the] summary [paragraph]', '[the] intro|introduction|overview|announcement', '[the] intro|introduction|opening paragraph'],
    // The Working Backwards RFC template asks this first in its public FAQ.
    questions: ['what are we launching|announcing|releasing|introducing [today]', 'what is being launched|announced|released [today]', 'what is|what’s|what\'s launching [today]'],
  },
  problem: {
    label: 'Problem',
    purpose: "The customer's pain as they would describe it: specific, quantified, and told from their side, not ours. If the problem is not real, stop here.",
    budget: 110,
    name: 'problem paragraph',
    advice: 'a problem paragraph that describes the customer\'s pain from their side, specific and quantified',
    // The situation before the product goes by many names: "Background",
    // "Motivation" (an RFC's), "Today", "The status quo", "Why now".
    headings: [
      '[the] [customer|customer\'s|customer’s] problem|problems|pain|pains|challenge|challenges [today|now|statement|paragraph]', '[the] [customer|customer\'s|customer’s] pain point|points [statement]', '[the] why', 'why it|this matters',
      '[the] background|motivation|context', '[the] situation [today]', 'today', '[the] status quo', '[the] current state', 'why now', '[the] gap', '[the] customer|user need|needs',
      // The pain told from the customer's side ("What new hires face today", "The old way").
      'what * face|faces [today]', 'what * struggle|struggles with [today]', '[the] old way', '[the] issue|issues', 'what is|what’s|what\'s broken|wrong',
    ],
    // An RFC's public FAQ asks why a customer would want it; the answer may tell what hurts today (./model/partsElsewhere.ts reads it).
    questions: ['why should i|we|you|customers|developers|users use this|it [feature|change|construct|module|library|tool]', 'what problem does|will this|it solve', 'what problem are we solving', 'why do i|we|you|customers|developers|users need this|it', 'why are we doing|building this',
      // Questions that ask for the pain by name: their answer is the problem unless it only sells (./model/partsElsewhere.ts).
      'what is|what’s|what\'s the [customer|customer\'s|customer’s|user|user\'s|user’s] problem|pain [today|point]', 'what pain does|will this|it solve|address|remove', 'what problem does|will this|it address|fix'],
  },
  solution: {
    label: 'Solution',
    purpose: 'How the product removes that pain, described as the customer experiences it. Detail the experience, not the technology behind it.',
    budget: 150,
    name: 'solution paragraph',
    advice: 'a solution paragraph that shows how the product removes that pain',
    headings: ['[the|our] solution|product [paragraph]', '[the|our] how it works', '[the|our] what it does', '[the|our] how * help|helps', 'what changes', '[the] new way'],
  },
  'leader-quote': {
    label: 'Company quote',
    purpose: 'A spokesperson explains why the company did this: the customer insight or conviction behind it, not a list of features.',
    budget: 60,
    name: 'company quote',
    advice: 'a quote from a company spokesperson explaining why the company built this',
    headings: ['company|leader|leadership|executive|spokesperson|internal|our|exec quote', 'quote from [the|our] company|leader|leadership|spokesperson|executive|ceo|vp|founder|team', 'quote from you', 'your quote'],
  },
  'getting-started': {
    label: 'Getting started',
    purpose: 'Shows how easy it is to begin and where: the first step, how long it takes, what it costs to try.',
    budget: 60,
    name: 'getting-started paragraph',
    advice: 'a getting-started paragraph that shows how easy it is to begin, and where',
    headings: ['[how to] get|getting started', 'availability and getting started', '[availability and] getting started *', 'how to start|begin', 'how to use|get it', 'usage', 'install|installation|installing [and setup|usage]',
      // A README's own names for it: "Quick start", "Quickstart", "First steps", "Try it".
      'quick start [guide]', 'quickstart [guide]', 'quick-start [guide]', 'first steps', 'try it [out]'],
    // A release that says nothing of how to begin may leave it to its FAQ ("How do I get started?"): ./model/partsElsewhere.ts.
    questions: ['how do|can i|we|you|teams|customers|users set it|this up', 'how do|can i|we|you|teams|customers|users turn it|this on', 'how do|can i|we|you|teams|customers|users enable it|this', 'how do|can i|we|you get started [with it|with this]', 'how do|can i|we|you start [using it|using this]', 'how do|can i|you try it|this [out]', 'how do|can i|you sign up', 'how do|can i|you install it|this', 'where can i|you get it|this', 'how do|can i|you get access'],
  },
  'customer-quote': {
    label: 'Customer quote',
    purpose: 'A (hypothetical) customer describes, in their own words, what changed for them and why it matters. It should sound like a person, not a brochure.',
    budget: 60,
    name: 'customer quote',
    advice: 'a quote from a (hypothetical) customer describing their experience and the benefit',
    headings: ['customer quote|quotes|testimonial|testimonials|testimony|testimonies|story|stories|voice|voices', 'quote|quotes from [a|the|our] customer|customers|user|users', 'testimonial|testimonials|testimonies', 'what customers say'],
  },
  'call-to-action': {
    label: 'Call to action',
    purpose: 'Where to learn more or sign up. One sentence and a link.',
    budget: 25,
    name: 'call to action',
    advice: 'a closing call to action: where to learn more or sign up',
    headings: ['call to action', 'learn more', 'find out more', 'next steps', 'where to learn more', 'where to sign up', 'where to find it', 'sign up', 'closing [paragraph]', 'how to buy'],
  },
};

/**
 * Titles of a section that gathers quotes from anyone, the company's and
 * customers' alike ("## What people are saying" after the FAQ): each quote
 * there is read for who speaks it (engine/model/quotes.ts).
 */
export const QUOTE_SECTION_HEADINGS: readonly string[] = [
  'quote|quotes', 'quotations', 'what people are|were saying', 'what people say|said', "what they are|they're|they’re|were saying",
  'what they say|said', 'in their [own] words', 'reactions', 'early reactions', 'praise', 'early feedback', 'what early users|customers|testers say|said',
  'what customers|users are saying', 'what customers|users said', 'endorsements',
  // Whoever speaks, named in the title: "What neighbors and volunteers say", "What controllers said".
  'what * say|said|think|thought', 'what * are|were saying',
  // "What early testers told us", "What the pilot clubs had to say".
  'what * tell|tells|told us|me', 'what * had to say', 'what * has|have to say',
  // "Quotes for the launch", "Quotes from the pilot", "Launch quotes".
  'quote|quotes|quotations for|from *', '[the] launch quote|quotes',
];

/**
 * Titles two parts share: the section's words decide. "Availability" that
 * gives a link or says "learn more" is the call to action; one that only
 * says when and where is getting started.
 */
export const SHARED_PART_HEADINGS: ReadonlyArray<{ headings: string[]; parts: readonly [ifCallToAction: PartId, otherwise: PartId] }> = [
  { headings: ['availability', 'available now|today'], parts: ['call-to-action', 'getting-started'] },
];

/**
 * Headings that name the whole document or wrap its press release rather
 * than being its headline: a title with one of these words anywhere
 * ("# PRFAQ — Ledger", "## Part 1 — Press Release", "## Working Backwards -
 * README"), or one of the whole titles.
 */
export const PRESS_RELEASE_TITLE_WORDS: readonly string[] = ['press release', 'prfaq', 'pr/faq', 'pr / faq', 'pr-faq', 'pr faq', 'working backwards'];
export const PRESS_RELEASE_WHOLE_TITLES: readonly string[] = ['[the] draft|announcement|pr'];

export interface FaqInfo {
  label: string;
  /** As a sentence names it: "There is no {name}." */
  name: string;
  /** What its questions cover: "… that answers {asks}." */
  asks: string;
  purpose: string;
  /** Words that, anywhere in an FAQ's title, make it this FAQ ("Stakeholder FAQ", "Questions from the press"). */
  titleWords: string[];
  /**
   * Who asks this FAQ's questions, as a title names them in two forms only:
   * "Questions from <askers>" ("Questions from the Public Works Committee",
   * "Questions from residents") and "<Askers> questions" ("Resident
   * questions", "Council FAQ"). Such a title is an FAQ, and these words say
   * which. Only in those forms: "Members" or "Council" alone may title
   * anything ("Council tax", "Members area").
   */
  askers: string[];
}

export const FAQ_INFO: Record<FaqId, FaqInfo> = {
  'external-faq': {
    label: 'External FAQ',
    name: 'external (customer) FAQ',
    // "For the person using it" names the FAQ by its audience.
    titleWords: ['external', 'public', 'customer', 'customers', 'press', 'user', 'using it'],
    // The people the product serves, by the names public services, schools, clinics and clubs give them.
    askers: [
      'customer|customers', 'user|users', '[the] public', 'resident|residents', 'citizen|citizens', 'patient|patients', 'member|members',
      'parent|parents', 'student|students', 'families', 'visitor|visitors', 'tenant|tenants', 'rider|riders', 'shopper|shoppers',
      'buyer|buyers', 'reader|readers', 'subscriber|subscribers', 'taxpayer|taxpayers', 'developer|developers', 'community',
    ],
    asks: 'what customers and the press would ask: price, availability, how it works, what it does not do',
    purpose: 'What customers and the press would ask: price, availability, how it works, what it does not do. Answer plainly; a customer question with a vague answer is a future support ticket.',
  },
  'internal-faq': {
    label: 'Internal FAQ',
    name: 'internal (stakeholder) FAQ',
    // "For the people deciding whether to build it" names the FAQ by its audience.
    titleWords: ['internal', 'stakeholder', 'stakeholders', 'business', 'team', 'leadership', 'leaders', 'executives', 'management', 'board', 'investors', 'deciding', 'decision makers', 'decision-makers',
      // A maker's own doubts, even as a group under one FAQ: "Things we're unsure about", "Questions I ask myself", "Hard questions".
      'unsure', 'not sure', 'uncertain', 'myself', 'ourselves', 'hard questions', 'tough questions',
      // The questions a project's reviewers set before it ships: "Production Readiness Review Questionnaire".
      'readiness', 'review questionnaire'],
    // The people who decide, fund or approve: a public body's committee or council as much as a company's board.
    askers: [
      'committee|committees', 'council|councils', 'councillor|councillors|councilor|councilors', 'board', 'trustee|trustees', 'commission',
      'cabinet', 'director|directors', 'sponsor|sponsors', 'funder|funders', 'approver|approvers', 'leadership', 'executive|executives',
      'management', 'investor|investors', 'stakeholder|stakeholders',
      // A student project's deciders: "For Student Government and our advisor", "Questions from the judges".
      'government', 'advisor|advisors|adviser|advisers', 'faculty', 'professor|professors', 'instructor|instructors', 'judge|judges',
      'mentor|mentors', 'supervisor|supervisors',
      // An open-source project's deciders: "Questions from the core team". (Not "maintainers": a tool
      // for library maintainers has them as its customers.)
      'core team', 'reviewer|reviewers',
    ],
    asks: 'what stakeholders would ask: who exactly the customer is and how many there are, why now, costs, the biggest risks, dependencies and how success is measured',
    purpose: 'What stakeholders would ask: who exactly the customer is and how many there are, why now, costs and the P&L, the biggest risks, dependencies, how success is measured. The hard questions belong here, answered honestly.',
  },
};

/**
 * Sections an RFC or design document has of its own, after its Working
 * Backwards section: under "## Working Backwards" the release runs until one
 * of these at the same depth or above ("## Detailed Design", "## Drawbacks").
 * Only titles no part of a press release takes ("Motivation" and "Background"
 * may title a release's problem, so they are not here).
 */
export const DESIGN_SECTION_TITLES: readonly string[] = [
  '[detailed|technical|high-level|proposed] design', 'design summary', 'design details', 'drawbacks', '[rationale and] alternatives [considered]',
  'alternatives considered', 'rationale', 'adoption strategy', 'unresolved questions', 'future possibilities', 'future work', 'prior art',
  'implementation [plan|details]', 'how we teach this', 'security considerations', 'backwards compatibility', 'backward compatibility',
  'testing [plan|strategy]', 'rollout [plan]', 'migration [plan|strategy]', 'success metrics', 'metrics', 'non-goals',
  // A design doc's own framing after its announcement: "## Tenets", "## Goals and measures", "## Goals and non-goals".
  'tenets', 'goals', 'goals and measures', 'goals and metrics', 'goals and non-goals', 'measures', 'success criteria',
  // A Rust-style RFC's: its announcement sits in the guide-level explanation, its design after it.
  'reference-level explanation', 'reference level explanation', 'architecture', 'specification',
];

/**
 * A project README's own sections: where a PR/FAQ lives inside a README
 * ("## Press Release" among "## Installation", "## Usage", "## Benchmarks"),
 * one of these at the release's depth or above ends the release. (Not
 * under "## Working Backwards": there an RFC's README is the release, and
 * its installation section a part of it.)
 */
export const README_SECTION_TITLES: readonly string[] = [
  'installation', 'install', 'installing', 'usage', 'benchmarks', 'benchmark results', 'performance', 'contributing', 'license', 'licence',
  'roadmap', 'development', 'building', 'building from source', 'requirements', 'prerequisites', 'configuration', 'api reference', 'changelog',
];

/** A gap for the writer to fill; the `placeholder` rule reports what is left. */
export const tk = (what: string) => `[TK: ${what}]`;

/** Placeholder answer a scaffold, fix or completion inserts under a question. */
export const ANSWER_PLACEHOLDER = tk('the answer');

/**
 * Questions reviewers commonly ask, with a test that says whether the
 * document already asks them (in any wording). Completion offers the rest.
 */
export const REVIEWER_QUESTIONS: Array<{ faq: FaqId; question: string; asked: RegExp }> = [
  { faq: 'external-faq', question: 'How much does it cost?', asked: /\b(?:cost|price|pricing|pay|charge|fee|fees|free)\b/i },
  { faq: 'external-faq', question: 'When and where is it available?', asked: /\b(?:when|where)\b.*\bavailab|\bavailab\w*|\blaunch(?:es|ing)?\b.*\bwhen\b/i },
  { faq: 'external-faq', question: 'What does it not do?', asked: /\bnot\s+do\b|\bdoes(?:n['’]t| not)\b.*\b(?:support|work|do)\b|\blimitations?\b/i },
  { faq: 'internal-faq', question: 'Who exactly is the customer, and how many of them are there?', asked: /\bwho\b.*\bcustomers?\b|\bhow many\b.*\bcustomers?\b|\btarget (?:customers?|market|audience)\b|\btam\b|\bmarket size\b/i },
  { faq: 'internal-faq', question: 'Why now?', asked: /\bwhy now\b|\bwhy (?:is )?this the right time\b|\btiming\b/i },
  { faq: 'internal-faq', question: 'What is the biggest risk, and how will we reduce it?', asked: /\brisks?\b|\bwhat could go wrong\b|\bhardest\b/i },
  { faq: 'internal-faq', question: 'How will we measure success, and which input metrics will we track?', asked: /\bmeasure\b|\bsuccess\b|\bmetrics?\b|\bkpis?\b/i },
  { faq: 'internal-faq', question: 'What are we not doing?', asked: /\bnot (?:doing|building|going to)\b|\bout of scope\b|\bnon-goals?\b/i },
  { faq: 'internal-faq', question: 'What will it cost us to build and run?', asked: /\bcost us\b|\bp&l\b|\binvestment\b|\bheadcount\b|\bbudget\b|\bcost to (?:build|run)\b/i },
];

/** Words that make a heading an FAQ wherever they stand in its title ("Customer FAQ", "Frequently asked questions"). */
export const FAQ_TITLE_WORDS: readonly string[] = ['faq', 'faqs', 'frequently asked', 'frequently-asked', 'q&a', 'q & a'];
/** Whole titles that are an FAQ too (./headings.ts pattern language). */
/**
 * FAQs titled by their audience, with no "FAQ" heading or line above them: "For the person using it", "For
 * the people deciding whether to build it" (FAQ_INFO's titleWords then say which). Only the whole title,
 * as a heading or a bold line of its own: "For workshops" may be a section of the release written for one
 * group of readers.
 */
export const AUDIENCE_FAQ_TITLES: readonly string[] = ['for the person|people|persons [who are] using|deciding', 'for the person|people|persons [who are] using|deciding *'];
export const FAQ_WHOLE_TITLES: readonly string[] = [
  'open questions', 'open questions *', '[customer|internal|external|public|stakeholder|press] questions [and answers]',
  '[customer|internal|external|public|stakeholder|press] questions & answers', 'common questions', ...AUDIENCE_FAQ_TITLES,
  // Memos name their FAQ by who will ask ("Questions the board may ask", "Questions readers will ask") or by expecting them.
  'questions * may|might|will|would|could|should [probably|likely] ask', 'questions i|we expect|anticipate [*]', 'anticipated|expected|likely questions [*]',
  // A maker's own hard questions: "Questions I ask myself", "Questions we asked ourselves", "Questions for myself", "Hard questions".
  'questions i|we ask|asked myself|ourselves', 'questions for myself|ourselves|me|us', 'stuff|things|questions i|we haven\'t|haven’t figured out [yet]', 'stuff|things|questions i|we have not figured out [yet]', 'hard|tough|difficult|hardest|toughest|uncomfortable questions [*]',
  // …or the doubts and notes kept for oneself: "For me", "Notes to myself", "Things we're unsure about".
  'for me|myself', 'notes to myself|ourselves', 'things i|we am|are [still] unsure|uncertain about',
  'things i\'m|we\'re|i’m|we’re [still] unsure|uncertain about', 'things i\'m|we\'re|i’m|we’re not sure about',
  // "Questions from pharmacists", whoever asks: an FAQ, its type taken from FAQ_INFO's askers or from the other FAQ.
  'questions from|by *', 'questions asked by *',
  // A questionnaire the project has its proposals answer ("Production Readiness Review Questionnaire").
  'questionnaire', '* questionnaire',
];
/**
 * Words that, standing right before "FAQ" (with "/", "&", "+", "-" or "and"
 * between), make the title name the whole document: "PR/FAQ: Ledger",
 * "Ledger Press Release / FAQ". Such a title opens no FAQ.
 */
export const DOCUMENT_BEFORE_FAQ: readonly string[] = ['pr', 'press release'];

export interface NarrativeSectionInfo {
  label: string;
  purpose: string;
  /**
   * Heading titles that open this section (the title must start with one;
   * numbering such as "2.", "B." or "Part 2 —" and a leading emoji are
   * ignored, see ./headings.ts).
   */
  headings: string[];
  /**
   * Of those titles, the ones that on their own point to a six-pager rather
   * than a README or a design note ("Tenets", "Lessons learned", but not
   * "Background" or "Goals", which READMEs have too). Recognising a
   * narrative by its content needs one of them.
   */
  telling?: string[];
}

/**
 * Narrative sections, by the ids the model recognises, in their usual order.
 * `faq` and `appendix` are found by the FAQ and appendix cues
 * (engine/model/cues.ts), not by these titles.
 */
export const NARRATIVE_SECTION_INFO: Record<string, NarrativeSectionInfo> = {
  introduction: {
    label: 'Introduction',
    purpose: 'States the purpose of the document and the decision it asks for, so every reader knows why they are reading.',
    headings: ['introduction|purpose|intro|summary|overview|abstract', 'executive summary', 'why this document', 'why we are|we’re|we\'re writing'],
  },
  tenets: {
    label: 'Tenets',
    purpose: 'The few beliefs that guide the decisions in this document, written so that a reader could disagree with them.',
    headings: ['[our] tenets', '[our|product|guiding|design] principles', 'what we believe'],
    telling: ['[our] tenets', 'what we believe'],
  },
  'current-state': {
    label: 'Current state',
    purpose: 'Where things stand today, with the numbers: what customers experience and what the business sees.',
    headings: ['current state', 'state of the business', 'background|context|today', 'where we are', 'the situation', 'how it works today', '[the] customer experience today'],
    telling: ['current state', 'state of the business', 'where we are', 'how it works today', '[the] customer experience today'],
  },
  'lessons-learned': {
    label: 'Lessons learned',
    purpose: 'What the team learned so far, including what did not work and what it changed as a result.',
    headings: ['lessons learned', 'what we [have] learned', 'what we’ve|we\'ve learned', 'learnings|lessons'],
    telling: ['lessons learned', 'what we [have] learned', 'what we’ve|we\'ve learned', 'learnings|lessons'],
  },
  proposal: {
    label: 'Proposal',
    purpose: 'What we propose to do and why, in sentences that connect each step to the customer problem.',
    headings: ['[the|our] proposal', 'recommendation|plan|strategy|approach|proposed', 'path forward', 'the plan', 'what we propose', '[our] strategic priorities', 'our recommendation', '[the] decision|decisions we need', '[the] decision|decisions needed|requested', '[the|our] ask|asks', 'what we are asking for'],
    // The decision the memo asks for ("Decision we need", "Our asks") is its proposal, in a six-pager's own words.
    telling: ['[the|our] proposal', 'what we propose', 'path forward', '[our] strategic priorities', 'our recommendation', '[the] decision|decisions we need', '[the] decision|decisions needed|requested', '[the|our] ask|asks', 'what we are asking for'],
  },
  goals: {
    label: 'Goals and metrics',
    purpose: 'The goals, set on input metrics the team controls, with a baseline, a target and a date; outputs reported beside them.',
    headings: [
      'goals|metrics|objectives', 'goals and metrics', 'success metrics', 'how we will measure', 'measuring success', 'input metrics', '[the] [ideal|desired] outcome|outcomes',
      // Design docs name the section by what is counted, or ask how success will show ("How we will know it works").
      '[success|key] measures|measurements', 'success criteria', 'how we will know', 'how we’ll know', "how we'll know", 'how will we know', 'how do we know',
    ],
  },
  risks: {
    label: 'Risks',
    purpose: 'What could go wrong and what we will do about it; open questions named, not hidden.',
    headings: ['risk|risks', 'open questions'],
  },
  faq: { label: 'FAQ', purpose: 'The questions the readers will ask, answered before the meeting.', headings: [] },
  appendix: { label: 'Appendix', purpose: 'Supporting data and detail for readers who want it; not counted in the six pages.', headings: [] },
};
