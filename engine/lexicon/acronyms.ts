/**
 * Capitalised words for `undefined-acronym`: acronyms a reader knows without
 * a definition, English words a writer puts in capitals, and US state codes
 * (after a city in a dateline). One entry per word, in capitals.
 */

/** Acronyms a reader of a business document knows without a definition. */
export const KNOWN_ACRONYMS: readonly string[] =
  (
    // places and public bodies
    'US USA UK EU UN UAE NYC LA SF DC NATO NASA FBI CIA IRS GDP WHO ' +
    // roles and business
    'CEO CFO CTO COO CIO CMO CPO CISO CRO VP SVP EVP GM HR PR IT R&D Q&A FAQ KPI ROI P&L B2B B2C LLC INC LTD PLC MBA ' +
    'IPO FY YTD ETA FYI ASAP RSVP DIY TBA AM PM HQ CV OK TL ' +
    // everyday technology
    'AI AR VR API URL HTML CSS PDF CSV HTTP HTTPS WWW CPU GPU RAM SSD USB GPS SMS MMS QR UI UX ID IP ZIP PIN ATM TV PC DVD CD LED LCD ' +
    'DNA HIV COVID ICU ER A&E NHS GP EV SUV CPR ' +
    // what any reader of an engineering PR/FAQ knows: formats, protocols, HTTP methods
    'JSON XML YAML SQL TLS SSL DNS SSH SDK CLI REST JWT SSO TCP UDP GET POST PUT PATCH DELETE ' +
    // licences and privacy laws named by their letters
    'MIT BSD GPL GDPR HIPAA ' +
    // units, time zones, currencies
    'KB MB GB TB PB KW KWH MPH FPS UTC GMT PST PDT EST EDT CST CDT CET ET PT USD EUR GBP JPY CAD AUD INR CNY ' +
    // well-known companies written in capitals
    'AWS IBM BMW IKEA BBC CNN NBA NFL UPS DHL HP LG AT&T NYSE NASDAQ'
  ).split(' ');

/** English words a writer puts in capitals for emphasis or as RFC keywords. */
export const CAPS_WORDS: readonly string[] =
  (
    'A AN THE AND OR NOT NO YES ALL ANY NEW FREE NOW ONLY NEVER MUST SHALL SHOULD MAY WILL CAN NOTE TIP ' +
    'IN ON OF TO IF IS IT BE DO GO SO UP BY AT AS WE ME MY HI OH WOW STOP READ SALE HOT BIG TOP BEST MORE LESS LIVE ' +
    'OPEN DONE DRAFT FINAL WIP ASK WHY HOW WHAT WHO WHEN HERE THIS THAT YOU YOUR OUR FOR WITH FROM README'
  ).split(' ');

/** State codes, read as part of a dateline's place ("Austin, TX"). */
export const US_STATES: readonly string[] =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split(' ');
