/**
 * Technology words, for `solution-first`: leading a headline or an opening
 * sentence, they put the technology before the customer.
 */

/** Nouns, matched with their plurals; a space also matches a hyphen ("machine-learning"). */
export const TECH_NOUNS: readonly string[] = [
  'neural network', 'large language model', 'chatbot', 'blockchain', 'distributed ledger', 'cryptocurrency',
  'smart contract', 'platform', 'microservice', 'algorithm', 'technology',
];

/** Terms matched as written (a space also matches a hyphen). */
export const TECH_TERMS: readonly string[] = [
  'A.I.', 'artificial intelligence', 'machine learning', 'deep learning', 'generative', 'gen AI', 'genAI', 'web3',
  'crypto', 'quantum', 'cloud native', 'serverless', 'kubernetes', 'big data', 'internet of things', 'metaverse',
  'augmented reality', 'virtual reality', 'computer vision', 'edge computing', 'next gen', 'next generation',
  'cutting edge', 'state of the art', 'proprietary',
];

/** Acronyms, matched in capitals only ("AI", not "ai" inside another word); nouns among them with their plurals. */
export const TECH_ACRONYMS: readonly string[] = ['AI', 'ML', 'IoT', '5G'];
export const TECH_ACRONYM_NOUNS: readonly string[] = ['LLM', 'GPT', 'API', 'SDK', 'NFT'];

/** "AI-powered", "cloud-based", "ML-driven": any word joined to one of these. */
export const TECH_SUFFIXES: readonly string[] = ['powered', 'driven', 'based', 'enabled', 'infused', 'backed', 'first'];

/** Words that may open a headline before its subject: "Introducing the new …". */
export const INTRO_WORDS: readonly string[] = ['introducing', 'announcing', 'meet', 'presenting', 'the', 'a', 'an', 'new', 'all-new', 'our'];
