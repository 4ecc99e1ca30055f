/**
 * Technology words, for `solution-first`: leading a headline or an opening
 * sentence, they put the technology before the customer.
 */

/** Nouns, matched with their plurals; a space also matches a hyphen ("machine-learning"). */
export const TECH_NOUNS: readonly string[] = [
  'neural network', 'large language model', 'chatbot', 'blockchain', 'distributed ledger', 'cryptocurrency',
  'smart contract', 'platform', 'microservice', 'algorithm', 'technology',
  // The parts inside a device, as a hardware maker's headline leads with them: "Dual-Bank Firmware With Watchdog Rollback".
  // (Not "sensor" or "device": those are often the product itself, "Tempo, a heart-rate sensor that clips onto…".)
  'firmware', 'chip', 'chipset', 'processor', 'microcontroller', 'accelerometer', 'lidar', 'actuator', 'digital twin',
];

/** Terms matched as written (a space also matches a hyphen). */
export const TECH_TERMS: readonly string[] = [
  'A.I.', 'artificial intelligence', 'machine learning', 'deep learning', 'generative', 'gen AI', 'genAI', 'web3',
  'crypto', 'quantum', 'cloud native', 'serverless', 'kubernetes', 'big data', 'internet of things', 'metaverse',
  'augmented reality', 'virtual reality', 'computer vision', 'edge computing', 'next gen', 'next generation',
  'cutting edge', 'state of the art', 'proprietary',
  // architecture named for its own sake: "Event Sourcing over Kafka, with a GraphQL Gateway"
  'event sourcing', 'event driven', 'kafka', 'graphql', 'grpc', 'service mesh', 'nosql', 'vector database',
  'data lake', 'data mesh', 'webassembly',
  // data structures and storage schemes an engineer's headline leads with: "a content-addressed cache built on a Merkle tree"
  'merkle tree', 'content addressed', 'bloom filter', 'consistent hashing', 'vector clock', 'write ahead log',
  'graph database', 'zero copy', 'b tree', 'append only', 'event store', 'embeddings', 'embedding pipeline', 'plugin architecture',
  'docker', 'docker image', 'container image', 'single page application', 'react application', 'react app',
  // The language it is written in, as a selling point: "A Log Search Engine Written in Rust".
  'written in rust', 'written in go', 'written in golang', 'written in zig', 'built in rust', 'built with rust',
];

/** Acronyms, matched in capitals only ("AI", not "ai" inside another word); nouns among them with their plurals. */
export const TECH_ACRONYMS: readonly string[] = ['AI', 'ML', 'IoT', '5G', 'CQRS', 'SIMD', 'OAuth', 'PKCE', 'SCIM', 'eBPF', 'WASM', 'RAG'];
export const TECH_ACRONYM_NOUNS: readonly string[] = ['LLM', 'GPT', 'API', 'SDK', 'NFT', 'CRDT', 'DSL', 'GPU'];

/** "AI-powered", "cloud-based", "ML-driven": any word joined to one of these. */
export const TECH_SUFFIXES: readonly string[] = ['powered', 'driven', 'based', 'enabled', 'infused', 'backed', 'first', 'accelerated'];

/** Words that may open a headline before its subject: "Introducing the new …". */
export const INTRO_WORDS: readonly string[] = ['introducing', 'announcing', 'meet', 'presenting', 'the', 'a', 'an', 'new', 'all-new', 'our'];

/**
 * Verbs a company announces a product with, by lemma (their tenses are
 * found too): "Acme Launches Ledger", "Acme today announced…".
 */
export const ANNOUNCING_VERBS: readonly string[] = ['announce', 'launch', 'introduce', 'unveil', 'release', 'debut'];

/**
 * The company's funding news, in a headline: "RepairLine Raises $4M to
 * Reinvent…", "Acme Closes Series B". Verbs by lemma, then money or a
 * round (FUNDING_ROUNDS) within a few words: the investors' story, not the
 * customer's.
 */
export const FUNDING_VERBS: readonly string[] = ['raise', 'secure', 'close', 'land', 'announce'];
export const FUNDING_ROUNDS: readonly string[] = ['series a', 'series b', 'series c', 'series d', 'seed round', 'seed funding', 'pre-seed', 'funding round', 'in funding', 'in new funding', 'investment'];

/**
 * A feature arriving in the product, in a headline: "Remote Cache Comes to
 * Kilnwork", "Offline Mode Arrives in Ledger". The product's news; with no
 * customer in the headline, the customer's gain is missing.
 */
export const ARRIVAL_PHRASES: readonly string[] = [
  'comes to', 'come to', 'coming to', 'arrives in', 'arrives on', 'arrives for', 'arrive in', 'lands in', 'lands on',
  'now available in', 'now available on', 'is now in', 'now in',
];

/**
 * What a product is called when a sentence opens from it: "A system for
 * running AI agents…", "The platform that…". With their plurals.
 */
export const PRODUCT_NOUNS: readonly string[] = [
  'system', 'platform', 'tool', 'toolkit', 'framework', 'library', 'service', 'engine', 'app', 'application',
  'solution', 'product', 'suite', 'SDK', 'API', 'construct', 'plugin', 'extension', 'integration', 'layer',
  'infrastructure', 'database', 'scanner', 'way', 'module', 'CLI', 'dashboard', 'assistant', 'network',
];

/**
 * How a subheading opens from what the product is built on: "Built on
 * WebAssembly and CRDTs, Plotter syncs…" (with a technology word in the
 * same clause).
 */
export const BUILT_ON_OPENINGS: readonly string[] = ['built on', 'built with', 'powered by', 'written in', 'running on', 'based on'];

/** Labels a writer puts before the headline or the subheading: "Headline: …". */
export const TITLE_LABELS: readonly string[] = ['headline', 'title', 'subheading', 'sub-heading', 'subtitle', 'press release', 'pr'];
