/// Finds the people, organisations, places, groups, dates and numbers an essay names, with every mention.
///
/// The method is rule-based and needs no model files; it reads the tokens the earlier stages made (their flags and
/// word numbers) and the word lists in `EntityLexicon`. One left-to-right pass over each sentence tries, at every
/// word, a date, then a name, then a number, so mentions never overlap.
///
/// **Names.** A candidate is a run of capitalised words separated by spaces only (a comma, dash or bracket ends it).
/// Initials join it ("Madeleine K. Albright"), as do name particles ("Osama bin Laden"), lower-case Arabic particles
/// ("al-Qaeda"), "the" before a byname ("William the Conqueror"), and "of", "of the", "for" or "and" when the word
/// before is the head of a longer name ("Bank of England", "Secretary of State", "Kingdom of Ireland",
/// "Department of Health and Human Services"). A possessive ends the run and is read as its base ("Iraq's" is Iraq).
/// Function words, words in capitals that no list knows ("HONEST") and single letters never start a name. The first
/// word of a sentence (or after a colon, quote or bracket) counts only when the text also capitalises it mid-sentence
/// more often than not, or a list knows it ("Iraq", "President", "David"); so "Given", "Despite", "Perhaps" and
/// "Our" are never names.
///
/// **Titles.** Leading titles and their modifiers ("Gen.", "Prime Minister", "Secretary of State", and a few
/// lower-case ones: "president Bush") are stripped from the name and kept in `titles`; they make the rest a person,
/// unless the rest is a known place or organisation ("General Assembly", "Justice Department"). A title with no
/// name ("the President", "King of England") is a role, not an entity; a known place inside it is kept.
///
/// **Kinds**, in order: a known name in the lexicon (countries, regions, cities, rivers, well-known organisations;
/// "U.S." is the United States, "Great-Britain" is Great Britain); an organisation cue as the last word ("National
/// Intelligence Estimate", "European Commission") or head before "of"; a place cue ("Persian Gulf", "Kingdom of
/// Ireland"; "Anbar province", where the mention keeps the noun and the name drops it). Nationalities, religions
/// and parties ("Iraqi", "Kurdish", "Shiite", "Democrats") are `group` entities, like spaCy's NORP: in "Iraqi
/// leaders" the mention is "Iraqi", and plural or noun forms share the adjective's entity ("Iraqis" is Iraqi). Any
/// other run of two to five capitalised words is a person when it opens with a common given name, holds an initial,
/// or none of its words is ever written in lower case and its last word recurs capitalised elsewhere. Everything
/// else is dropped: a wrong entity is worse than a missing one. In particular a single capitalised word no list
/// knows ("Paley", "Union", "God") is kept only as the short form of a person the text names in full ("Petraeus"
/// after "Gen. David Petraeus", "Brown" after "Gordon Brown").
/// Names that are both a place and a person's name ("Washington", "Jordan") are places only after "in", "to",
/// "from"…, otherwise short forms of a person when the text has one.
///
/// **Merging.** Identical names (and lexicon variants) are one entity. A person's shorter name merges into a fuller
/// one when its words appear in the same order with the same last word, or it is the fuller name's first name alone
/// inside a sentence ("Bush" and "President Bush" into "George W. Bush", "Angela" into "Angela Merkel"); when two
/// people share a surname, the one mentioned last before wins.
/// An entity's `name` is the fullest form; its titles are all the titles it was given.
///
/// **Dates**: a month with a day and/or year ("Sept. 11", "July 4, 1776", "4 July", "the 4th of July", "nineteenth
/// of April"); a month alone (but "May" and "March" only after a preposition); a weekday; a feast ("Christmas",
/// "Lent"); a year from 1000 to 2100 after a preposition of time ("in 1787", "from 1997 to 2001" is one mention);
/// decades ("1990s"), year ranges ("1997-2001"), "9/11", "the men of ’87"; "last month", "this year", "next spring";
/// "the eighteenth century". Bare "today", "now" and "yesterday" are not dates; a year before a counted noun ("of
/// 1500 men") is a number.
///
/// **Numbers**: numerals ("1,000", "3.14", "$5 million", "40%", "12 percent") and cardinal words from "two" up
/// ("three", "twenty-five", "a hundred and twenty thousand", "Four score and seven"); "one" and "a" only before
/// "hundred", "thousand"…. The noun counted is part of the mention ("three goals", "seven years", "two great
/// points"), so the same count of different things stays apart. Ordinals ("first", "4th") are not numbers.
///
/// Entities come out most-mentioned first (then by first mention); mentions in text order.
///
/// Speed: the lists are looked up once per vocabulary word (as `Int32` word numbers); the scan reads token flags and
/// word classes, and builds strings only for the few tokens that become candidates.
public struct EntityRecognizer: Sendable {
    public init() {}

    /// The entities of an analysed text: its bytes, sentences, tokens and vocabulary.
    public func entities(bytes: [UInt8], sentences: [Sentence], tokens: [Token], vocabulary: Vocabulary) -> [Entity] {
        var pass = EntityPass(bytes: bytes, sentences: sentences, tokens: tokens, vocabulary: vocabulary)
        pass.scan()
        return pass.resolve()
    }
}
