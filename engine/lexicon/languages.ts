/**
 * The commonest words of English and of the other languages PR/FAQs are
 * written in here: articles, pronouns, prepositions, conjunctions and
 * auxiliaries. In prose of any subject about a third of the words are
 * among its language's list; engine/text/language.ts compares the shares.
 *
 * A word common to two languages is left out of both lists where it would
 * blur them ("a", "in", "an", "so", "no", "me", "he", "do", "die", "was",
 * "will", "is", "as", "on", "de" appear in English text too; "per",
 * "come", "hat", "van", "met", "com" are English words or end every web
 * address), so that English names and quotes in a Spanish document, or
 * Spanish ones in an English document, cannot tip the balance.
 */
export const ENGLISH_WORDS: readonly string[] = [
  'the', 'and', 'of', 'to', 'is', 'are', 'that', 'for', 'it', 'its', 'with', 'as', 'on', 'be', 'by', 'this', 'these',
  'those', 'we', 'you', 'they', 'our', 'your', 'their', 'them', 'us', 'she', 'his', 'her', 'not', 'or', 'can',
  'would', 'should', 'could', 'have', 'has', 'had', 'from', 'at', 'which', 'who', 'what', 'when', 'where', 'why', 'how',
  'there', 'if', 'but', 'than', 'then', 'into', 'about', 'more', 'most', 'all', 'each', 'every', 'any', 'some',
  'one', 'does', 'did', 'been', 'being', 'were', 'because', 'out', 'up', 'only', 'just', 'also', 'after',
  'before', 'over', 'without', 'between', 'through', 'while', 'now', 'new', 'get', 'today', 'many', 'much', 'other',
  'such', 'same', 'very', 'whether', 'whose', 'my', 'i', "it's", "don't", "can't", "we're", "you're", 'it’s',
  'don’t', 'can’t', 'we’re', 'you’re',
];

/** The same for other languages, each without the words it shares with English or with the others. */
export const OTHER_LANGUAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  spanish: [
    'el', 'la', 'los', 'las', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'del', 'se', 'al', 'lo', 'como',
    'más', 'pero', 'sus', 'su', 'le', 'les', 'ya', 'este', 'esta', 'porque', 'muy', 'sin', 'sobre', 'también', 'hay',
    'donde', 'cuando', 'desde', 'todo', 'nos', 'ni', 'ese', 'eso', 'entre', 'hasta', 'cada', 'así', 'hoy', 'ahora',
  ],
  german: [
    'der', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'von', 'zu', 'ein', 'eine', 'einen', 'einem', 'auf', 'für',
    'sich', 'auch', 'im', 'wir', 'sie', 'ich', 'bei', 'aus', 'nach', 'wie', 'oder', 'aber', 'noch', 'nur', 'vom', 'zum',
    'zur', 'werden', 'wird', 'sind', 'haben', 'kann', 'dass', 'wenn', 'über', 'unter', 'durch', 'mehr', 'schon',
    'heute', 'jetzt', 'keine', 'kein', 'ihre', 'ihr', 'unsere',
  ],
  french: [
    'le', 'les', 'et', 'des', 'du', 'une', 'est', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'ce',
    'cette', 'ces', 'il', 'elle', 'nous', 'vous', 'ils', 'sont', 'être', 'avoir', 'mais', 'ou', 'plus', 'par', 'ne',
    'leur', 'leurs', 'aujourd’hui', "aujourd'hui",
  ],
  portuguese: [
    'os', 'da', 'dos', 'em', 'na', 'nos', 'nas', 'uma', 'é', 'não', 'mais', 'seu', 'sua', 'ao', 'pelo',
    'pela', 'hoje', 'também', 'isso', 'essa', 'esse',
  ],
  italian: [
    'il', 'gli', 'di', 'che', 'è', 'non', 'con', 'della', 'del', 'dei', 'delle', 'alla', 'nel', 'nella', 'sono',
    'anche', 'più', 'oggi', 'questo', 'questa',
  ],
  dutch: [
    'het', 'een', 'en', 'dat', 'op', 'te', 'voor', 'niet', 'zijn', 'aan', 'er', 'maar', 'ook', 'bij',
    'als', 'om', 'naar', 'wordt', 'worden', 'dit', 'deze', 'wij', 'jullie', 'vandaag',
  ],
};
