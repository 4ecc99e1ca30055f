/**
 * Capitalised words for `undefined-acronym`: acronyms a reader knows without
 * a definition, English words a writer puts in capitals, US state codes
 * (after a city in a dateline), and the vendor names that make an acronym
 * part of a product's name. One entry per word, in capitals unless noted.
 *
 * The known acronyms are grouped by the reader who knows them. The bar for
 * an entry: a professional reading an engineering or business PR/FAQ would
 * be slowed down, not helped, by "Transport Layer Security (TLS)". Acronyms
 * of one company's or one field's jargon (SLA, GMV, NPS, ARR, KYC)
 * stay out: those are the ones a document must spell out. (SRE was one
 * of them until outside reviewers of three engineering documents, in set
 * X, called it known each time: the role is as familiar as the practice.) A team extends or
 * trims the list in `.prfaqrc.json` (`knownAcronyms`).
 */

const words = (s: string): readonly string[] => s.trim().split(/\s+/);

/** Acronyms a professional reader knows without a definition, by who knows them. */
export const KNOWN_ACRONYMS: Readonly<Record<string, readonly string[]>> = {
  /** Countries, cities and public bodies in the news. */
  places: words(`US USA UK EU UN UAE NYC LA SF DC NATO NASA FBI CIA IRS TSA FDA FCC FTC SEC DOJ EPA FDIC NIH WHO IMF OECD ISO IEEE W3C IETF NIST USDA CDC USPS DMV
    FAA NHTSA OSHA FEMA SBA FINRA CFPB NTSB NOAA NSF HHS EEOC ADA NGO WTO OPEC ASEAN UNICEF UNESCO EEA`),
  /**
   * The regions a company's map is cut into, as sales and operations write them (set Z: outside reviewers
   * called "EMEA" and "APAC" known in an internal legal release).
   */
  regions: words('EMEA APAC LATAM MENA ANZ APJ'),
  /** Standards bodies a product is certified against, beside ISO and IEEE above (set Z: "IEC 62304" in a device maker's release). */
  standards: words('IEC ANSI ASTM SAE ETSI ITU IATA ICAO NFPA'),
  /**
   * Taxes, central banks and regulators outside the US, as their countries' readers write them (set Y: writers in
   * India and the UK). Not VAT: a reader in the US meets it as jargon (the team's Sparrow release spells it out).
   */
  nations: words('GST HMRC FCA ECB RBI SEBI UPI ATO CRA ABN BAS PAYG TFN ASIC ASX ACCC APRA HST PAYE DVLA SARS SABS'),
  /** Titles, business staples and the genre's own words. */
  business: words(`
    CEO CFO CTO COO CIO CMO CPO CISO CRO VP SVP EVP GM HR PR IT R&D Q&A FAQ PRFAQ KPI OKR ROI P&L B2B B2C LLC INC LTD PLC MBA
    IPO FY YTD QTD ETA FYI ASAP RSVP DIY TBA AM PM HQ CV OK TL TPM MVP POC RFC RFP NDA SOW LOB EOL EOD GA
    CRM SOC KG AG SKU GC COB CX SME OEM DTC D2C CPG FTE PTO OOO WFH PO CPA ESG DEI`),
  /** Payments and personal finance, as a bank's customers meet them on a statement (set Z: "ACH" in a bank's release). */
  money: words('ACH EFT IBAN SWIFT ETF IRA HSA FSA FICO'),
  /** Schools and exams, as parents, students and teachers write them. */
  schools: words('GPA SAT ACT AP IB ESL STEM PTA FAFSA'),
  /** Technology everybody uses. */
  everyday: words('AI GPT AR VR PC TV USB GPS SMS MMS SIM QR UI UX ID IP ZIP PIN ATM APR APY ISBN DVD CD LED LCD OS VS WWW PDF CSV URL HVAC LTE HDMI CCTV FM HD'),
  /** Health and emergencies, as the news uses them. */
  health: words('DNA HIV STI COVID ICU ER A&E NHS GP RN MD EV SUV CPR AED EMS EMT EKG ECG MRI SOS ADHD PTSD COPD NICU ENT OB IV BMI PPE CMS EHR EMR HMO PPO'),
  /** What any reader of an engineering PR/FAQ knows: formats, protocols, tools and practices. */
  engineering: words(`
    API SDK CLI GUI IDE REST HTTP HTTPS HTML CSS JS TS JSON XML YAML TOML SQL DB PK FK ORM DDL DML CRUD ACID ETL BI
    TLS SSL DNS SSH FTP SFTP SMTP IMAP TCP UDP RPC JWT SSO SAML LDAP MFA OTP RBAC ACL PII VPN VPC NAT LAN WAN CDN TTL
    CPU GPU RAM SSD HDD VM JVM JDK JDBC ODBC CI CD QA OSS LTS UUID URI UTF ASCII PNG JPEG JPG GIF SVG ML LLM NLP OCR
    AES RSA SHA HMAC PGP GPG XSS CSRF CORS CSP CVE OWASP REPL POSIX BLOB PAT FIFO LIFO SSE OIDC SCIM SPA SSR DOM WASM P2P
    ES ARIA WCAG`),
  /** Reliability targets and the people who keep them, as the teams who run services write them (not SLA: a reader outside engineering meets it as jargon). */
  operations: words('SLO SLI MTTR MTTD MTBF RTO RPO SRE'),
  /** Cloud services by their letters, as their users write them (the genre comes from Amazon). */
  cloud: words('AWS GCP GCS EC2 S3 IAM ARN SQS SNS RDS ECS EKS ECR EFS EBS ELB ALB NLB KMS CDK CFN AMI DMS SES SSM STS AZ'),
  /** Licences and privacy laws named by their letters. */
  legal: words('MIT BSD GPL LGPL AGPL MPL EPL ISC GDPR HIPAA CCPA FERPA COPPA'),
  /** HTTP methods and protocol commands: written in capitals because the protocol spells them so. */
  commands: words('GET POST PUT PATCH DELETE HEAD OPTIONS CONNECT TRACE HELO EHLO RCPT'),
  /** Units, time zones and currencies. */
  units: words(`KB MB GB TB PB KW KWH MW MWH GW GWH KM CM MM LB LBS OZ MPG RPM DPI PPM GHZ MHZ KHZ MPH FPS RPS QPS TPS
    UTC GMT PST PDT EST EDT CST CDT CET CEST BST IST JST AEST AEDT ACST AWST NZST SAST SGT HKT ET PT
    USD EUR GBP JPY CAD AUD INR CNY ZAR NZD SGD HKD CHF SEK NOK DKK BRL NGN KES AED`),
  /** Companies written in capitals. */
  companies: words('IBM BMW IKEA BBC CNN NBA NFL UPS DHL HP LG AT&T NYSE NASDAQ NPR PBS ESPN HBO CBS NBC'),
};

/**
 * English words a writer puts in capitals for emphasis, as RFC keywords or
 * as a value's name (`SYNC`, `NULL`). Ordinary English words are also told
 * apart by a word list (engine/text/acronyms.ts); these are the ones that
 * list does not hold.
 */
export const CAPS_WORDS: readonly string[] = words(`
  A AN THE AND OR NOT NO YES ALL ANY NEW FREE NOW ONLY NEVER MUST SHALL SHOULD MAY WILL CAN NOTE TIP
  IN ON OF TO IF IS IT BE DO GO SO UP BY AT AS WE ME MY HI OH WOW STOP READ SALE HOT BIG TOP BEST MORE LESS LIVE
  OPEN DONE DRAFT FINAL WIP ASK WHY HOW WHAT WHO WHEN HERE THIS THAT YOU YOUR OUR FOR WITH FROM README
  SYNC ASYNC NULL NONE TRUE FALSE ENUM DEPRECATED
  BASIC STANDARD PREMIUM PRO PLUS ENTERPRISE`);

/** State codes, read as part of a dateline's place ("Austin, TX"). */
export const US_STATES: readonly string[] = words(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR',
);

/**
 * Vendors whose product names carry an acronym: after one of these the
 * acronym is part of a name ("Amazon SQS", "AWS DMS", "Azure AD"), which a
 * reader looks up like any other name. As written, case matters.
 */
export const PRODUCT_VENDORS: readonly string[] = words('AWS Amazon Azure Google GCP Microsoft Oracle Apple IBM Cisco Adobe Salesforce');

/**
 * Who the document is written for. A document with code in it, or one that
 * already leans on several engineering acronyms, is written for engineers,
 * and an engineer's acronyms (OCC, CNAME, DLQ, VPS, SIEM) are that reader's
 * vocabulary, not jargon to spell out: on the real documents the team
 * labelled, a reviewer signed none of the findings on them. Such a
 * document still hears about an acronym it spells out only later (the
 * writer thought the reader needed the definition, just too late) and about
 * the business jargon below. Any one of these is enough.
 */
export const TECHNICAL_AUDIENCE = {
  /** Fenced or indented code blocks. */
  codeBlocks: 1,
  /** Inline code spans (`npm install`, `RemovalPolicy`). */
  inlineCode: 3,
  /** Different acronyms of the `engineering` and `cloud` groups above (API, JSON, TLS, S3 …). */
  engineeringAcronyms: 3,
} as const;

/**
 * Business and planning jargon. Where the customer reads it (the press
 * release, the external FAQ) and in a narrative it is reported in every
 * document, those written for engineers too: neither a customer nor an
 * engineer need know it. In an internal FAQ or an RFC's body it is the
 * vocabulary of the colleagues who read them, and is left alone (the
 * outside reviewers of set W and set X called ARR, NPS, GMV, KPI, QBR,
 * CSAT and GTM known there every time).
 */
export const BUSINESS_JARGON: readonly string[] = words(`
  ARR MRR NPS CSAT GMV CSM SMB TAM SAM SOM CAC LTV CLV ARPU AOV DAU MAU WAU BD GTM PMF COGS EBITDA
  QBR MBR WBR PRD SOP KYC AML SLA SLO KTLO AHT`);

/** Words right before a code the reader types, not an acronym: "with the code HIVE25", "coupon SPRING". */
export const CODE_NOUNS: readonly string[] = ['code', 'coupon', 'voucher', 'promo', 'password', 'keyword', 'hashtag'];
/** Verbs right before a keyword the reader sends or types: "Text PROXY and the name", "reply STOP", "type HELP". */
export const CODE_VERBS: readonly string[] = ['text', 'texts', 'texting', 'reply', 'replies', 'reply with', 'type', 'types', 'enter', 'say', 'send the word', 'text the word', 'reply with the word'];

/**
 * Words after an acronym that make it the name of a team, a board or a
 * process inside the writer's company ("the OPE team", "a PSR sign-off",
 * "within its KTLO budget"): no engineer outside that company knows it, so
 * it is reported in documents written for engineers too.
 */
export const ORGANISATION_HEADS: readonly string[] = [
  'team', 'teams', 'org', 'orgs', 'organization', 'organisation', 'group', 'department', 'squad', 'pod', 'guild', 'tribe',
  'desk', 'office', 'board', 'committee', 'council', 'review', 'reviews', 'sign-off', 'signoff', 'approval', 'process', 'budget', 'rotation', 'roadmap', 'charter',
];

/**
 * Words before an acronym that make it a body of the writer's company that
 * decides, reviews or is told ("agreed with the DGC", "approved by the ARC",
 * "reported to the DPRB"): no engineer outside that company knows it, so it
 * is reported in documents written for engineers too. A word or two may
 * stand between the phrase and "the" ("signed off by Legal and the DPRB").
 */
export const ORGANISATION_LEADS: readonly string[] = [
  'agreed with', 'approved by', 'approval from', 'approval of', 'signed off by', 'sign-off from', 'sign-off by', 'reviewed by',
  'review by', 'reported to', 'reports to', 'presented to', 'escalated to', 'submitted to', 'endorsed by', 'chaired by', 'ratified by',
];
