/**
 * What narrows a customer noun to a segment, for `vague-customer`
 * (engine/rules/narrowing.ts reads these tables; the people themselves are
 * in ./people.ts). Words are matched whole and case-insensitively; a phrase
 * matches with any spacing.
 */

/** Words before a noun that do not say which customers ("our customers", "many users", "help users"). */
export const NOT_NARROWING: readonly string[] = [
  // determiners and quantities
  'a', 'an', 'the', 'all', 'our', 'your', 'their', 'its', 'his', 'her', 'my', 'these', 'those', 'such', 'many', 'most',
  'some', 'more', 'other', 'every', 'each', 'any', 'both', 'few', 'several', 'various', 'numerous', 'millions',
  'thousands', 'hundreds', 'billions', 'dozens', 'lots', 'million', 'thousand', 'hundred', 'billion', 'fewer', 'less',
  'same', 'different', 'enough', 'not', 'no', 'only', 'just', 'even', 'also',
  // prepositions and conjunctions
  'of', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'than', 'as', 'like', 'that', 'which',
  // adjectives that fit every customer
  'new', 'existing', 'current', 'potential', 'prospective', 'future', 'past', 'former', 'typical', 'average',
  'ordinary', 'regular', 'everyday', 'normal', 'real', 'happy', 'loyal', 'global', 'worldwide', 'modern', 'target',
  'key', 'valued', 'active', 'paying', 'end', 'individual', 'general', 'great', 'good', 'best', 'top', 'busy',
  'certain', 'frustrated', 'unhappy', 'satisfied', 'savvy', 'smart', 'demanding', 'today', "today's", 'todays',
  'online', 'digital', 'mobile', 'internal', 'external',
  // verbs whose object is the customer
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'do', 'does', 'did', 'have', 'has', 'had', 'get', 'gets', 'got', 'help', 'let', 'make', 'give', 'serve',
  'reach', 'tell', 'show', 'ask', 'offer', 'provide', 'connect', 'bring', 'empower', 'support', 'want', 'need',
  'save', 'protect',
];

/**
 * Modifiers that say which customers ("rural customers", "Android users").
 * Not listed because they narrow anyway: hyphenated words ("first-time"),
 * capitalised words inside a sentence ("Prime members") and words with one
 * of the ADJECTIVE_ENDINGS.
 */
export const NARROWING_MODIFIERS: readonly string[] = [
  // size, place, age
  'small', 'large', 'medium', 'mid-size', 'mid-sized', 'midsize', 'independent', 'local', 'rural', 'urban',
  'suburban', 'remote', 'young', 'younger', 'older', 'elderly', 'senior', 'junior', 'immigrant', 'international',
  'domestic', 'overseas', 'foreign',
  // trade and industry
  'repeat', 'enterprise', 'retail', 'wholesale', 'corporate', 'government', 'nonprofit', 'restaurant',
  'healthcare', 'health', 'legal', 'education', 'school', 'university', 'student', 'family', 'home', 'hospital',
  'clinic', 'farm', 'grocery', 'fashion', 'beauty', 'travel', 'hotel', 'auto', 'car', 'insurance', 'banking',
  'construction', 'manufacturing', 'logistics', 'software', 'tech', 'gaming', 'media', 'music', 'video', 'food',
  'coffee', 'craft', 'ecommerce', 'marketplace', 'power', 'pro', 'creative', 'hobby', 'business', 'residential',
  'pet', 'dog', 'cat', 'baby', 'blind', 'deaf',
  // what they use, where and when they work
  'app', 'web', 'cloud', 'data', 'security', 'design', 'marketing', 'sales', 'finance', 'accounting', 'campus',
  'office', 'warehouse', 'delivery', 'field', 'shift', 'night', 'weekend', 'part-time', 'full-time', 'trial',
  'premium', 'free-tier', 'paid', 'enterprise-grade', 'beta', 'pilot',
  // platforms and tools
  'javascript', 'typescript', 'python', 'java', 'android', 'ios', 'mac', 'windows', 'linux', 'excel', 'iphone', 'ipad',
];

/** Endings of adjectives that narrow on their own ("regional", "academic", "creative", "famous", "primary", "Canadian"), in words over four letters. */
export const ADJECTIVE_ENDINGS: readonly string[] = ['al', 'ic', 'ive', 'ous', 'ary', 'ian'];

/** After a singular customer noun, nouns that make it a modifier ("customer service", "user accounts"); their plurals too. */
export const COMPOUND_NOUNS: readonly string[] = [
  'service', 'experience', 'interface', 'account', 'journey', 'segment', 'problem', 'need', 'review', 'name', 'id',
  'quote', 'story', 'insight', 'test', 'profile', 'input', 'error', 'agent', 'request', 'record', 'list', 'persona',
  'flow', 'action', 'permission', 'role', 'group',
];

/** The same, as written only ("customer support", "user-facing"). */
export const COMPOUND_WORDS: readonly string[] = [
  'support', 'data', 'feedback', 'base', 'research', 'obsession', 'success', 'satisfaction', 'pain', 'count',
  'growth', 'acquisition', 'retention', 'churn', 'adoption', 'value', 'trust', 'behaviour', 'behavior', 'testing',
  'manual', 'guide', 'settings', 'content', 'engagement', 'demand', 'communication', 'education', 'portal',
  'dashboard', 'onboarding', 'login', 'sign-up', 'signup', 'facing', 'obsessed', 'centric', 'first',
];

/** Singular customer nouns that may be a modifier rather than a person ("customer support"). */
export const MODIFIER_NOUNS: readonly string[] = ['user', 'customer', 'client', 'consumer', 'end user', 'end-user'];

/** Before a singular customer noun, words that make it a person ("the customer", "each user"). */
export const PERSON_DETERMINERS: readonly string[] = ['a', 'an', 'the', 'each', 'every', 'any', 'one', 'our', 'your', 'their', 'this', 'that'];

/** After "the public", words that make it the people rather than an adjective ("the public can", not "the public cloud"). */
export const PUBLIC_AS_PEOPLE: readonly string[] = [
  'can', 'cannot', 'will', 'would', 'should', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'does', 'do', 'did', 'gets', 'got', 'sees', 'saw', 'needs', 'wants', 'expects', 'and', 'or', 'to', 'at',
  'in', 'on', 'for', 'with', 'who', 'that',
];

/** Words that mean everyone: they widen the audience on purpose, so they never refer back to a segment. */
export const UNIVERSAL_WORDS: readonly string[] = ['everyone', 'everybody', 'anyone', 'anybody', 'the public', 'the general public', 'the masses'];
/** "all users", "any business", "every company": universal too. */
export const UNIVERSAL_DETERMINERS: readonly string[] = ['all', 'any', 'every'];
/** "businesses of all sizes", "people of all ages", "teams of every size", "organizations of all shapes and sizes". */
export const OF_ALL: readonly string[] = ['sizes', 'kinds', 'types', 'ages', 'shapes', 'shapes and sizes', 'size', 'kind', 'type', 'shape and size'];
/**
 * After a plural group of people, words that make it everyone: "creators
 * everywhere", "shippers and receivers worldwide" (with OF_ALL: "of all
 * sizes").
 */
export const EVERYWHERE_TAILS: readonly string[] = ['everywhere', 'worldwide', 'around the world', 'across the world', 'across the globe', 'all over the world', 'the world over'];
/** "everyone at the shop", "anyone on this team", "everyone in the household": a place after at/on/in narrows a universal word. */
export const PLACE_DETERMINERS: readonly string[] = ['the', 'this', 'that', 'their', 'your', 'a', 'an', 'each', 'every'];
export const PLACE_PREPOSITIONS: readonly string[] = ['at', 'on', 'in'];
/** Places that hold everyone, and so narrow nothing: "anyone in the world", "everyone in the country". */
export const UNIVERSAL_PLACES: readonly string[] = ['world', 'country', 'nation', 'planet', 'universe', 'market', 'industry', 'internet', 'us', 'uk', 'eu'];
/** After a universal word, words that make it the rest of a group already named: "tells everyone else the shift is taken". */
export const REST_OF_A_GROUP: readonly string[] = ['else'];

/** Before a customer noun, words that point back: "their customers" (someone's), "these users" (the ones just named). */
export const POSSESSIVES: readonly string[] = ['their', 'its', 'whose'];
export const BACK_REFERENCES: readonly string[] = ['these', 'those', 'such', 'said', 'the same'];

/**
 * After a customer noun: a relative clause narrows it ("customers who run
 * food trucks"), unless its next word makes it a comment on all of them
 * ("customers who are…", "users that we…"). "that" narrows only before a
 * verb ("users that run"); "which" never does.
 */
export const RELATIVES_THAT_NARROW: readonly string[] = ['who', 'whose'];
export const NOT_A_RELATIVE_CLAUSE: readonly string[] = ['is', 'are', 'we', 'you', 'they'];
/**
 * Where the sentence's own verb starts after a relative clause: "everyone
 * who rides can book a repair" — the clause is "who rides", and "can book a
 * repair" says what they do, not who they are. A modal after the clause's
 * first word ends it.
 */
export const MAIN_CLAUSE_MODALS: readonly string[] = ['can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must'];

/**
 * After a customer noun: a preposition and a following word narrow it
 * ("customers in rural Kenya", "people with diabetes"), unless the word is
 * listed against it ("customers in the world", "users with us"). After
 * "in", the words of IN_NOT_A_PLACE are against it too.
 */
const AT_OR_ON = ['once', 'scale', 'all', 'average', 'time', 'their own', 'its own', 'every', 'any', 'the same', 'the internet', 'the web', 'our'];
export const NARROWING_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  of: ['all', 'every', 'any', 'the world', 'today', 'them', 'us', 'it', 'this', 'these'],
  in: ['the world', 'today', 'all', 'every', 'any', 'many', 'some', 'other', 'this', 'that', 'mind', 'practice'],
  with: ['us', 'our', 'the', 'it', 'them', 'this', 'that', 'every', 'any', 'all', 'no'],
  at: AT_OR_ON,
  on: AT_OR_ON,
  from: ['around', 'all', 'everywhere', 'anywhere', 'every'],
};

/**
 * Prepositions after which a number narrows a customer noun as a word does:
 * a size is a segment ("companies with 20 to 200 services", "teams of 5 to
 * 50 engineers"). Not "in" ("users in 2 weeks" is a time, see below).
 */
export const NARROWING_BEFORE_NUMBER: readonly string[] = ['with', 'of'];

/**
 * After a customer noun, a verb that says who they are: "our customers are
 * accounting managers at wholesale distributors". A role noun within the next
 * few words (ROLE_AFTER_COPULA_WORDS) names the segment.
 */
export const COPULAS: readonly string[] = ['are', 'is', 'were', 'was', 'include', 'includes', 'will be'];
export const ROLE_AFTER_COPULA_WORDS = 4;

/**
 * Phrases that name the method, not a customer: "working backwards from the
 * customer" says how the document was written, and the customer it means is
 * the one the document names elsewhere. Matched just before the noun.
 */
export const METHOD_LEADS: readonly string[] = [
  'work backwards from', 'works backwards from', 'working backwards from', 'worked backwards from',
  'work backward from', 'works backward from', 'working backward from', 'worked backward from',
];

/**
 * After "in", words that make it no place: a time ("users in two weeks",
 * "customers in the future") or a set phrase ("in general", "in order to").
 * Filler words and numbers may stand before them ("in less than a day").
 */
export const IN_FILLERS: readonly string[] = ['a', 'an', 'the', 'one', 'two', 'less', 'under', 'over', 'about', 'just', 'only', 'their', 'its'];
/** Nouns, with their plurals. */
export const IN_NOT_A_PLACE_NOUNS: readonly string[] = ['day', 'week', 'month', 'year', 'minute', 'hour', 'second', 'time', 'click', 'step'];
export const IN_NOT_A_PLACE: readonly string[] = [
  'future', 'past', 'morning', 'evening', 'afternoon', 'end', 'meantime', 'way', 'case', 'form', 'order', 'total',
  'turn', 'fact', 'return', 'short', 'particular', 'general', 'one',
];

/** After a customer noun, words that narrow it by themselves ("people using screen readers", "users aged 65"). */
export const NARROWING_AFTER: readonly string[] = [
  'using', 'running', 'living', 'working', 'managing', 'selling', 'buying', 'building', 'shipping', 'operating',
  'renting', 'raising', 'caring', 'aged', 'under', 'over', 'between', 'like', 'such as', 'including',
  // A status said by a participle: "checking customers paid hourly by direct deposit", "teachers based in Ohio",
  // "members enrolled in the plan", "people diagnosed with type 2 diabetes", "customers paying monthly".
  'paid', 'based', 'employed', 'enrolled', 'registered', 'insured', 'located', 'diagnosed', 'licensed', 'certified',
  'paying', 'earning', 'holding', 'filing', 'teaching', 'studying', 'commuting', 'driving', 'riding',
];

/** After a comma, words that open an appositive naming the segment: "customers, especially nurses on night shifts". */
export const APPOSITIVE_CUES: readonly string[] = ['namely', 'specifically', 'especially', 'particularly', 'mostly', 'mainly'];

/**
 * After "who" following a universal word, verbs of wanting: "anyone who
 * needs to understand search" wants something every customer wants; it
 * says nothing about who they are.
 */
export const WANTING: readonly string[] = [
  'need', 'needs', 'want', 'wants', 'wish', 'wishes', 'like', 'likes', 'care', 'cares', 'hope', 'hopes', 'is interested',
  'are interested', 'is looking', 'are looking', 'would like', 'has to', 'have to',
];

/**
 * Verbs whose object is the customer the sentence claims: "lets people
 * book", "allows users to import", "empowers users to…". A generic noun
 * right after one of these (or opening a sentence) is the customer, even
 * outside the parts where one must be named.
 */
export const CLAIMING_VERBS: readonly string[] = [
  'allow', 'allows', 'let', 'lets', 'help', 'helps', 'enable', 'enables', 'empower', 'empowers', 'give', 'gives',
  'bring', 'brings', 'serve', 'serves', 'offer', 'offers',
];

/**
 * Verbs right after a generic noun that tell its pain or its wish ("Customers
 * want a faster way…", "people have to hand-write…"): in the body of a README
 * release, such a sentence still chooses whose problem the work solves.
 */
export const PAIN_OR_WISH_VERBS: readonly string[] = [
  'want', 'wants', 'need', 'needs', 'have to', 'has to', 'had to', 'must', 'struggle', 'struggles', 'lose', 'loses',
  'spend', 'spends', 'waste', 'wastes', 'wait', 'waits', "can't", 'can’t', 'cannot', 'are stuck', 'keep asking', 'ask for',
  'asked for', 'complain', 'complained',
];

/** Before a generic noun opening a sentence, words that keep it the claimed customer: "The user can…", "Many people…". */
export const CLAIM_DETERMINERS: readonly string[] = ['the', 'a', 'an', 'our', 'many', 'most', 'all', 'some', 'today', "today's", 'today’s'];

/**
 * Things a system keeps or runs that "users" or "clients" stands beside when
 * it names accounts or software, not people: "configure shards, replicas,
 * users and user groups", "users, roles and permissions", "clients and
 * queues that reference the alias". A generic noun listed next to one of
 * these is a part of the system.
 */
export const ACCOUNT_RECORDS: readonly string[] = [
  'groups', 'user groups', 'roles', 'permissions', 'policies', 'passwords', 'credentials', 'tokens', 'keys', 'api keys',
  'service accounts', 'accounts', 'sessions', 'grants', 'acls', 'privileges', 'schemas', 'tables', 'databases',
  'queues', 'servers', 'endpoints', 'aliases', 'fleets', 'nodes', 'pods', 'containers', 'buckets', 'topics', 'load balancers',
];

/**
 * "the SDK used by many companies", "trusted by thousands of teams": who
 * already uses the product, as proof, not whom the release is for; the
 * amount is weasel-word's finding, and one problem gets one finding.
 */
export const SOCIAL_PROOF_VERBS: readonly string[] = ['used', 'trusted', 'loved', 'relied on', 'adopted', 'chosen', 'preferred', 'deployed', 'run'];
