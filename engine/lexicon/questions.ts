/**
 * The words that open a question, for the FAQ reader
 * (engine/model/questionForms.ts). A line that ends in "?" is a question
 * whatever its words; these decide for lines written without one ("Who
 * owns it long-term", "Is there a trial").
 */

/** Question words that ask for something ("What is the price", "How does it work"). */
export const QUESTION_WORDS: readonly string[] = ['what', 'why', 'how', 'who', 'whom', 'whose', 'when', 'where', 'which'];

/** Verbs that open a yes/no question ("Is it free", "Can I cancel"). */
export const OPENING_VERBS: readonly string[] = [
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'may',
  'might', 'has', 'have', 'had', 'am', "isn't", 'isn’t', "aren't", 'aren’t', "don't", 'don’t', "doesn't",
  'doesn’t', "won't", 'won’t', "can't", 'can’t',
];

/**
 * Words that, right after a question word, make the line a title rather
 * than a question when it has no "?": "How it works", "What we built", "Why
 * the old way fails", "How to get started". A question puts a verb there
 * ("How does it work", "Who owns it").
 */
export const TITLE_AFTER_QUESTION_WORD: readonly string[] = [
  'i', 'you', 'we', 'they', 'it', 'he', 'she', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'our', 'your',
  'their', 'its', 'my', 'to',
  // "What people are saying", "How customers get started": a plural subject, no verb between.
  'people', 'customers', 'users', 'others', 'everyone', 'folks', 'teams',
];

/**
 * FAQ questions that ask for the case against, or for the other roads
 * ("What are the drawbacks of this solution?", "Why should we not do
 * this?", "What alternatives did you consider?", "Is this a breaking
 * change?", "What are the risks?"). Their answers weigh costs: a size there ("a significant
 * rewrite", "a huge undertaking") describes what is weighed, with the
 * reasons around it, and `weasel-word` leaves it be.
 */
export const TRADE_OFF_QUESTIONS: readonly string[] = [
  'drawback', 'drawbacks', 'alternative', 'alternatives', 'not do this', 'breaking change', 'downside', 'downsides',
  'trade-off', 'trade-offs', 'tradeoff', 'tradeoffs',
  // "What are the risks?": the answer weighs what could go wrong, with the sizes of what is at stake.
  'risk', 'risks',
];

/**
 * Words by which an FAQ question asks for the pain itself ("What is the
 * customer's pain today?", "What problem does this solve?"): an answer to
 * such a question that sells no more than it complains tells the problem,
 * even in words the problem cues do not know ("Receptionists re-type each
 * patient's details into three systems"). Asked only "Why should I use
 * this?", the answer must read as pain (engine/model/partsElsewhere.ts).
 */
export const PAIN_ASKING_WORDS: readonly string[] = ['problem', 'problems', 'pain', 'pains', 'pain point', 'pain points'];

/**
 * Words by which an FAQ question asks how things are today ("How do
 * restaurants cost their menus today?", "What's wrong with the cache we
 * already have?"): in a release that tells no problem, an answer that
 * complains at least as much as it sells tells it.
 */
export const STATUS_QUO_ASKING_WORDS: readonly string[] = ['today', 'currently', 'right now', 'at the moment', "what's wrong", 'what’s wrong', 'what is wrong'];

/** Questions that name the pain but ask about something else: "What problems does this not solve?". */
export const NOT_ASKING_FOR_PAIN: readonly string[] = ['not solve', 'not address', "won't solve", 'won’t solve', 'does not solve', "doesn't solve", 'doesn’t solve', 'new problems', 'problems could', 'problems might', 'go wrong'];

/**
 * FAQ questions that ask for a number ("How many customers are affected
 * today?", "How often does it happen?"): an answer of "Quite a lot. There
 * were many issues and several escalations" withholds what was asked, so
 * `weasel-word` reads its vague amounts as claims.
 */
export const NUMBER_QUESTIONS: readonly string[] = [
  'how many', 'how much', 'how often', 'how frequently', 'how common', 'how big', 'how large', 'how long',
  'what share', 'what percentage', 'what proportion', 'what fraction',
];

/**
 * Words before "questions" in a section title that declares its questions
 * open ("## Open questions", "Unresolved questions", "Open questions this
 * PRFAQ surfaces"). Naming what is still open is what the genre asks for:
 * `unanswered-question` leaves such questions be.
 */
export const OPEN_QUESTION_TITLE_WORDS: readonly string[] = ['open', 'unresolved', 'unanswered', 'outstanding'];

/**
 * The letters writers number one FAQ's questions with when a single FAQ
 * holds both ("C1: Does it work offline?" … "I1: Why now?"): C for customer
 * and E for external, I for internal. Under an FAQ title that names neither,
 * the questions from the first I-labelled one on are the internal FAQ
 * (engine/model/faq.ts, `internalFromLabel`).
 */
export const CUSTOMER_QUESTION_LABELS: readonly string[] = ['C', 'E'];
export const INTERNAL_QUESTION_LABELS: readonly string[] = ['I'];

/**
 * What stakeholders ask, in words (phrases, matched whole): in one FAQ that
 * does not say which it is, a run of these questions at its end is the
 * internal FAQ ("Q8. Why we build this now?", "Q9. What is the cost of the
 * project?", "Q10. How will we measure success?", "Q11. What are the
 * risks?", "Q12. Who is decision maker for go-live?").
 */
export const STAKEHOLDER_ASKS: readonly string[] = [
  'why now', 'why we build', 'why are we building', 'why are we doing', 'why build this now', 'why this now', 'why should we',
  'cost of the project', 'cost us', 'cost to build', 'cost to run', 'budget', 'headcount', 'how many engineers', 'how many people', 'investment', 'p&l',
  // Who funds the work: "Who pays for this?", "Who will pay for the hosting?".
  'who pays', 'who will pay', 'who is paying', 'who funds', 'who will fund',
  'measure', 'success', 'metric', 'metrics', 'kpi', 'kpis',
  'risk', 'risks', 'could go wrong',
  'decision maker', 'decision-maker', 'who decides', 'who approves', 'sign-off', 'sign off', 'go-live',
  'who is the customer', 'how many customers', 'market size', 'dependencies', 'out of scope', 'not doing',
];
