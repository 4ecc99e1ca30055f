/**
 * People and customer nouns: the one list the rules share.
 *
 * - `vague-customer` reads a role noun as half a customer segment
 *   ("nurses" names someone; "nurses on night shifts" names a segment).
 * - `solution-first` reads any of them as a customer in the sentence.
 * - The model (engine/model/cues.ts) reads "said Ana Ruiz, a teacher" as a
 *   customer's quote.
 *
 * One entry per word, singular: the matcher adds the plurals
 * (engine/text/phrases.ts; irregular ones in ./inflection.ts). Adding a noun
 * here is enough for all three; test/unit/lexicon.test.ts rejects an entry
 * listed twice or shadowed by another's plural.
 */

/** People named by what they do or are, grouped by where they are met. */
export const PEOPLE: Readonly<Record<string, readonly string[]>> = {
  health: [
    'nurse', 'doctor', 'physician', 'clinician', 'patient', 'pharmacist', 'dentist', 'veterinarian', 'vet',
    'therapist', 'counselor', 'counsellor', 'surgeon', 'paramedic', 'caregiver',
  ],
  learning: ['teacher', 'student', 'learner', 'tutor', 'principal', 'librarian', 'researcher', 'scientist', 'homeschooler'],
  family: [
    'parent', 'mother', 'father', 'mom', 'dad', 'grandparent', 'teenager', 'teen', 'child', 'kid', 'toddler',
    'retiree', 'senior',
  ],
  home: ['homeowner', 'renter', 'tenant', 'landlord', 'resident', 'citizen', 'voter', 'taxpayer', 'veteran', 'pet-owner'],
  office: [
    'manager', 'administrator', 'admin', 'analyst', 'designer', 'developer', 'engineer', 'programmer', 'tester',
    'architect', 'lead', 'director', 'executive', 'supervisor', 'officer', 'founder', 'entrepreneur', 'maintainer',
    'contributor', 'recruiter', 'marketer', 'operator', 'technician', 'dispatcher', 'cashier', 'clerk', 'worker',
    'employee', 'staff', 'member', 'hiring', 'rep', 'representative', 'agent', 'salesperson', 'accountant',
    'bookkeeper', 'lawyer', 'attorney', 'applicant', 'jobseeker', 'job-seeker', 'freelancer', 'contractor', 'volunteer',
    'organizer', 'organiser', 'planner',
  ],
  trades: [
    'plumber', 'electrician', 'carpenter', 'landscaper', 'mechanic', 'builder', 'driver', 'courier', 'pilot',
    'firefighter', 'soldier', 'farmer', 'rancher', 'grower', 'fisher', 'fisherman',
    // Services a small shop or one person sells: each names a customer segment with a place ("tailors in Leeds").
    'tailor', 'seamstress', 'barber', 'hairdresser', 'stylist', 'groomer', 'gardener', 'roofer', 'painter', 'welder',
    'caterer', 'nanny', 'babysitter', 'aide', 'midwife', 'optometrist', 'chiropractor', 'translator', 'interpreter',
    'instructor', 'trainer', 'guide', 'coordinator', 'scheduler',
    // Public and private inspection work: "the county's 64 building inspectors".
    'inspector', 'assessor', 'auditor', 'surveyor', 'appraiser', 'adjuster', 'caseworker',
  ],
  food: ['chef', 'cook', 'restaurateur', 'baker', 'brewer', 'roaster', 'vintner', 'hotelier', 'innkeeper', 'host', 'guest', 'florist'],
  trade: [
    'owner', 'holder', 'seller', 'buyer', 'shopper', 'retailer', 'merchant', 'vendor', 'supplier', 'shipper',
    'exporter', 'importer', 'wholesaler', 'distributor', 'manufacturer', 'maker', 'crafter', 'broker', 'realtor',
    'investor', 'trader', 'banker', 'borrower', 'lender', 'saver', 'donor',
  ],
  media: [
    'musician', 'artist', 'writer', 'author', 'creator', 'streamer', 'gamer', 'photographer', 'podcaster',
    'publisher', 'editor', 'journalist', 'subscriber', 'reader', 'listener', 'viewer', 'fan', 'collector',
    'hobbyist', 'knitter',
  ],
  moving: [
    'passenger', 'rider', 'traveler', 'traveller', 'commuter', 'player', 'coach', 'athlete', 'runner', 'cyclist',
    'hiker', 'climber', 'diver',
    // Sports people train for and buy gear for: "club swimmers", "masters rowers".
    'swimmer', 'skier', 'snowboarder', 'surfer', 'golfer', 'rower', 'paddler', 'skater', 'triathlete', 'sailor', 'angler',
  ],
};

/** Organisations named by what they are ("rural clinics"): segments, but not people who speak in a quote. */
export const ORGANISATIONS: readonly string[] = [
  'nonprofit', 'startup', 'clinic', 'hospital', 'school', 'restaurant', 'bakery', 'cafe', 'café', 'pharmacy',
  'salon', 'brewery', 'winery', 'university', 'college',
];

/** Every role noun: people, then organisations. (A function, so that it reads the groups as they are when a rule compiles it.) */
export const roleNouns = (): string[] => [...Object.values(PEOPLE).flat(), ...ORGANISATIONS];

/**
 * Role nouns that are also everyday technical or household nouns ("device
 * drivers", "test runners", "the build agent"): they name a customer only
 * with a qualifier, and do not put a customer in a sentence on their own.
 */
export const HOMONYM_ROLES: readonly string[] = [
  'agent', 'operator', 'player', 'driver', 'editor', 'builder', 'tester', 'reader', 'viewer', 'runner', 'collector',
  'host', 'maker', 'lead', 'principal', 'publisher', 'subscriber', 'listener', 'broker', 'pilot', 'rep', 'admin',
  // Tools as often as people: "a user guide", "the Python interpreter", "a job scheduler", "the model trainer", "a translator service".
  'guide', 'interpreter', 'scheduler', 'trainer', 'translator',
  // "the World's Smartest AI Meal Planner", "a trip planner": an app as often as a person.
  'planner',
];

/** Role nouns too broad to be a segment without a qualifier ("members", "owners", "staff"). */
export const BROAD_ROLES: readonly string[] = [
  'member', 'staff', 'worker', 'employee', 'senior', 'fan', 'director', 'executive', 'owner', 'creator', 'manager',
  'maintainer', 'contributor', 'vendor', 'supplier', 'officer', 'citizen', 'resident', 'tenant', 'hiring', 'kid',
  'child',
];

/**
 * Roles a company's own spokesperson holds, and words that open such a
 * title ("a senior director"): "said Dana Kim, a director" is not a
 * customer speaking. (Leaders' titles are in engine/model/cues.ts.)
 */
export const COMPANY_VOICES: readonly string[] = [
  'director', 'executive', 'founder', 'officer', 'lead', 'supervisor', 'representative', 'rep', 'agent', 'staff',
  'employee', 'member', 'maintainer', 'contributor', 'hiring', 'senior', 'principal',
];

/**
 * Words before "anyone", "anybody" and the like that make it an indefinite
 * pronoun in a clause about an event, not an audience: "sits for days
 * before anyone opens it", "until anybody notices", "without anyone
 * asking", "faster than anyone". Nobody is being named as a customer there.
 */
/**
 * "…only when a customer files a ticket", "if a user signs in twice": a
 * singular noun with "a" after one of these is someone in an event the
 * sentence tells, not the audience it claims.
 */
export const EVENT_LEADS: readonly string[] = [
  'when', 'whenever', 'if', 'once', 'until', 'till', 'before', 'after', 'unless', 'each time', 'every time', 'as soon as',
];

export const INDEFINITE_PRONOUN_LEADS: readonly string[] = [
  'before', 'until', 'till', 'unless', 'without', 'than', 'nor', 'hardly', 'barely', 'scarcely', 'not', 'whether',
  // "to see if anyone shipped something", "in case anybody asks".
  'if', 'in case', 'whenever',
];

/** Nouns that name no one in particular (users may add and remove words: `genericCustomers`). */
/**
 * Generic nouns that name a part of a system in a document written for
 * engineers: a stream's or a contract's "consumers" (and a "consumer"
 * service) are software, not the audience. Elsewhere they are people.
 */
export const SYSTEM_ROLE_NOUNS: readonly string[] = ['consumers', 'consumer'];

export const GENERIC_CUSTOMERS: readonly string[] = [
  'users', 'user', 'customers', 'customer', 'people', 'everyone', 'everybody', 'consumers', 'businesses',
  'companies', 'organizations', 'organisations', 'clients', 'anyone', 'anybody', 'individuals', 'the public',
  'end users', 'end-users',
  'all users', 'all customers', 'enterprises', 'the masses', 'any company', 'any business', 'any organization',
  'any organisation', 'every company', 'every business', 'every organization', 'every organisation', 'people of all ages',
  // "in need" reads as a qualifier but names no one: which need, where, how many? ("people in need of a kidney" narrows again.)
  'people in need', 'individuals in need', 'those in need',
  'the general public', 'every team', 'every user', 'every customer', 'every person', 'every traveller', 'every traveler',
  // "Teams of all sizes", "organizations of every shape and size": any group, of every size, is no segment.
  ...['teams', 'shops', 'stores', 'clinics', 'practices', 'schools', 'restaurants', 'brands', 'retailers', 'startups', 'firms', 'agencies', 'nonprofits', 'organizations', 'organisations', 'businesses', 'companies', 'enterprises',
      'warehouses', 'farms', 'hospitals', 'labs', 'studios', 'venues', 'manufacturers', 'factories', 'dealerships', 'hotels',
      'cafes', 'bakeries', 'gyms', 'salons', 'charities', 'universities', 'colleges', 'merchants', 'sellers', 'publishers']
    .flatMap((g) => ['of all sizes', 'of all kinds', 'of all types', 'of all shapes and sizes', 'of every size', 'of every kind', 'of every shape and size'].map((t) => `${g} ${t}`)),
];
