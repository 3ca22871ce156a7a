/// The word lists behind `EntityRecognizer`: places, organisations, groups of people, titles, given names, and the
/// cue words that tell what kind of thing a capitalised name is. Written by hand and kept short on purpose: a list
/// only has to name what the rules cannot guess. Entries are written as they would appear in text; lookups are
/// lower-cased, with a dot at the end of a word ignored ("St. Louis" is looked up as "st louis").
enum EntityLexicon {
    /// What a lexicon word can be or signal. A word can have several classes.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt64
        init(rawValue: UInt64) { self.rawValue = rawValue }

        /// A place, organisation or group name on its own ("Iraq", "NATO", "Iraqi").
        static let place = WordClass(rawValue: 1 << 0)
        static let organization = WordClass(rawValue: 1 << 1)
        static let group = WordClass(rawValue: 1 << 2)
        /// A place name that is also a common person's name ("Washington", "Jordan"): a place only after "in",
        /// "to", "from"…, otherwise only a short form of a person the text names in full.
        static let ambiguousPlace = WordClass(rawValue: 1 << 3)
        /// Counts as a name only when written in capitals ("US", "UN": "us" is a pronoun).
        static let acronymOnly = WordClass(rawValue: 1 << 4)
        /// A title or role before a name ("President", "Gen.", "Ambassador").
        static let title = WordClass(rawValue: 1 << 5)
        /// A word that extends a title ("Prime" Minister, "Vice" President, "Lt." Gen.).
        static let titleModifier = WordClass(rawValue: 1 << 6)
        /// A title that also marks a person when written in lower case just before the name ("president Bush").
        static let lowerCaseTitle = WordClass(rawValue: 1 << 7)
        /// What follows "of" in a title ("Secretary of State", "Chief of Staff").
        static let titleComplement = WordClass(rawValue: 1 << 8)
        /// A common given name: a capitalised run starting with one is a person.
        static let givenName = WordClass(rawValue: 1 << 9)
        /// A capitalised word that is not part of a person's name ("New", "Great", "Civil", "Testament").
        static let nonName = WordClass(rawValue: 1 << 10)
        /// The last word of an organisation's name ("Union", "Council", "Estimate", "Times").
        static let organizationCue = WordClass(rawValue: 1 << 11)
        /// The first word of "X of Y" organisations ("Bank" of England, "Department" of Defense).
        static let organizationHead = WordClass(rawValue: 1 << 12)
        /// The last word of a place name ("River", "Province", "Ocean").
        static let placeCue = WordClass(rawValue: 1 << 13)
        /// The first word of "X of Y" places ("Kingdom" of Ireland, "Gulf" of Mexico).
        static let placeHead = WordClass(rawValue: 1 << 14)
        /// A lower-case noun that makes the capitalised word before it a place ("Anbar province").
        static let placeNoun = WordClass(rawValue: 1 << 15)
        /// A month name; `ambiguousMonth` ones ("May", "March") need a day, year or preposition.
        static let month = WordClass(rawValue: 1 << 16)
        static let ambiguousMonth = WordClass(rawValue: 1 << 17)
        /// A month written short; counts only with its dot ("Sept.", "Jan.").
        static let monthAbbreviation = WordClass(rawValue: 1 << 18)
        static let weekday = WordClass(rawValue: 1 << 19)
        /// A feast or season that names a date by itself ("Christmas", "Lent").
        static let holiday = WordClass(rawValue: 1 << 20)
        /// A preposition that makes a following year a date ("in 1787", "from 1997").
        static let datePreposition = WordClass(rawValue: 1 << 21)
        /// "last", "next", "this", "past", "coming": before a `relativeUnit` they make a date ("last month").
        static let relativeDeterminer = WordClass(rawValue: 1 << 22)
        static let relativeUnit = WordClass(rawValue: 1 << 23)
        /// An ordinal number word ("nineteenth"), for centuries and days ("the nineteenth of April").
        static let ordinalWord = WordClass(rawValue: 1 << 24)
        /// "century", "centuries".
        static let century = WordClass(rawValue: 1 << 25)
        /// A cardinal number word from "two" up ("three", "twenty-five"); "one" is `one`.
        static let numberWord = WordClass(rawValue: 1 << 26)
        static let one = WordClass(rawValue: 1 << 27)
        /// "hundred", "thousand", "million"…: continues a number ("two hundred", "a million").
        static let scaleWord = WordClass(rawValue: 1 << 28)
        /// "percent".
        static let percentWord = WordClass(rawValue: 1 << 29)
        /// "of", "for", "and", "the": may join the words of a longer name.
        static let of = WordClass(rawValue: 1 << 30)
        static let forWord = WordClass(rawValue: 1 << 31)
        static let and = WordClass(rawValue: 1 << 32)
        static let the = WordClass(rawValue: 1 << 33)
        /// A lower-case particle inside a person's name ("van", "de", "bin").
        static let particle = WordClass(rawValue: 1 << 34)
        /// A byname after "the" ("William the Conqueror").
        static let epithet = WordClass(rawValue: 1 << 35)
        /// A preposition of place: "in Washington" is the city.
        static let locative = WordClass(rawValue: 1 << 36)
        /// A word that often opens a sentence and never starts a name ("Given", "Despite", "According").
        static let starter = WordClass(rawValue: 1 << 37)
        /// "a", "an": may start a number ("a hundred").
        static let article = WordClass(rawValue: 1 << 38)
        /// Words that join years into a range ("to", "and", "through").
        static let rangeWord = WordClass(rawValue: 1 << 39)
        /// "per" (of "per cent") and "cent".
        static let per = WordClass(rawValue: 1 << 40)
        static let cent = WordClass(rawValue: 1 << 41)
        /// A word with a hyphen (set per text, not from a list).
        static let hyphenated = WordClass(rawValue: 1 << 42)

        /// Classes that make a capitalised word a known name, so it counts even at the start of a sentence.
        static let known: WordClass = [.place, .organization, .group, .title, .titleModifier, .givenName]
        /// Classes that rule a word out of a person's name.
        static let notPersonal: WordClass = [.place, .organization, .group, .nonName, .organizationCue,
                                             .organizationHead, .placeCue, .placeHead, .month, .weekday, .holiday,
                                             .numberWord, .ordinalWord]
    }

    /// A name the lexicon knows, with its kind and the form to show.
    struct Name: Sendable {
        let kind: Entity.Kind
        let display: String
        let ambiguous: Bool
        let acronymOnly: Bool
    }

    /// The lookup key of a written name: lower case, words separated by one space, a final dot of each word dropped.
    static func key(_ written: String) -> String {
        // Byte-level for ASCII (every lexicon entry and most names): lower-case, and drop the dots that end a word.
        guard written.utf8.allSatisfy({ $0 < 0x80 }) else {
            return written.lowercased().split(separator: " ").map { w -> Substring in
                var w = w
                while w.count > 1, w.last == "." { w = w.dropLast() }
                return w
            }.joined(separator: " ")
        }
        var out: [UInt8] = []
        out.reserveCapacity(written.utf8.count)
        var wordStart = 0
        func endWord() {
            while out.count - wordStart > 1, out.last == UInt8(ascii: ".") { out.removeLast() }
        }
        for b in written.utf8 {
            if b == UInt8(ascii: " ") {
                endWord()
                if out.count > wordStart { out.append(b); wordStart = out.count } // one space between words
                continue
            }
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        endWord()
        if out.last == UInt8(ascii: " ") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every name the lexicon knows, by key ("united states", "u.s", "iraqi", "iraqis").
    static let names: [String: Name] = {
        var table: [String: Name] = [:]
        func add(_ list: String, _ kind: Entity.Kind, ambiguous: Bool = false) {
            for entry in entries(list) {
                // "Canonical|variant|variant": every form shows as the first.
                let forms = entry.split(separator: "|").map { String($0).trimmingCharacters(inSet: " \n") }
                guard let display = forms.first else { continue }
                for form in forms {
                    let acronym = form.hasPrefix("^")
                    let bare = acronym ? String(form.dropFirst()) : form
                    let shown = display.hasPrefix("^") ? String(display.dropFirst()) : display
                    let k = key(bare)
                    if table[k] == nil {
                        table[k] = Name(kind: kind, display: shown, ambiguous: ambiguous, acronymOnly: acronym)
                    }
                }
            }
        }
        add(places, .place)
        add(ambiguousPlaces, .place, ambiguous: true)
        add(organizations, .organization)
        add(groups, .group)
        return table
    }()

    /// The class of every single lexicon word, by its lower-cased form.
    static let wordClasses: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        func mark(_ list: String, _ c: WordClass) {
            for w in entries(list) { table[key(w), default: []].insert(c) }
        }
        for (k, name) in names where !k.contains(" ") {
            var c: WordClass
            switch name.kind {
            case .place: c = name.ambiguous ? [] : .place
            case .organization: c = .organization
            case .group: c = .group
            default: c = []
            }
            if name.ambiguous { c.insert(.ambiguousPlace) }
            if name.acronymOnly { c.insert(.acronymOnly) }
            table[k, default: []].formUnion(c)
        }
        mark(titles, .title)
        mark(titleModifiers, .titleModifier)
        mark(lowerCaseTitles, .lowerCaseTitle)
        mark(titleComplements, .titleComplement)
        mark(givenNames, .givenName)
        mark(moreGivenNames, .givenName)
        mark(nonNames, .nonName)
        mark(organizationCues, .organizationCue)
        mark(organizationHeads, .organizationHead)
        mark(placeCues, .placeCue)
        mark(placeHeads, .placeHead)
        mark(placeNouns, .placeNoun)
        mark(months, .month)
        mark("May, March", .ambiguousMonth)
        mark(monthAbbreviations, .monthAbbreviation)
        mark(weekdays, .weekday)
        mark(holidays, .holiday)
        mark(datePrepositions, .datePreposition)
        mark("last, next, this, past, coming, previous", .relativeDeterminer)
        mark(relativeUnits, .relativeUnit)
        mark(ordinals, .ordinalWord)
        mark("century, centuries", .century)
        mark(cardinals, .numberWord)
        mark("one", .one)
        mark("hundred, thousand, million, billion, trillion, dozen, score", .scaleWord)
        mark("percent", .percentWord)
        mark("of", .of)
        mark("for", .forWord)
        mark("and", .and)
        mark("the", .the)
        mark(particles, .particle)
        mark(epithets, .epithet)
        mark(locatives, .locative)
        mark(starters, .starter)
        mark("a, an", .article)
        mark("to, and, through, until, till", .rangeWord)
        mark("per", .per)
        mark("cent", .cent)
        return table
    }()

    /// Cardinal number words from "two" to "ninety-nine" ("one" has a class of its own).
    static let cardinals: String = {
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var words = Array(units.dropFirst()) + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                                "sixteen", "seventeen", "eighteen", "nineteen"] + tens
        for t in tens { for u in units { words.append("\(t)-\(u)") } }
        return words.joined(separator: ", ")
    }()

    /// Ordinal number words, "first" to "thirty-first".
    static let ordinals: String = {
        let simple = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                      "eighteenth", "nineteenth", "twentieth", "thirtieth"]
        let compound = ["twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
                        "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirty-first"]
        return (simple + compound).joined(separator: ", ")
    }()

    /// Splits a list written with commas and line breaks.
    static func entries(_ list: String) -> [String] {
        // Split on commas and line ends and trim spaces, on UTF-8 bytes (this runs at every start-up).
        var out: [String] = []
        let bytes = Array(list.utf8)
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: ",") || bytes[i] == 0x0A {
            var a = start, b = i
            while a < b, bytes[a] == 0x20 { a += 1 }
            while b > a, bytes[b - 1] == 0x20 { b -= 1 }
            if a < b { out.append(String(decoding: bytes[a..<b], as: UTF8.self)) }
            start = i + 1
        }
        return out
    }

    // MARK: - Names

    static let places = """
    Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bahamas,
    Bahrain, Bangladesh, Barbados|Barbadoes, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia, Bosnia, Herzegovina,
    Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burma, Burundi, Cambodia, Cameroon, Canada, Chile,
    China, Colombia, Congo, Costa Rica, Croatia, Cuba, Cyprus, Czech Republic, Czechia, Denmark, Djibouti,
    Dominican Republic, Ecuador, Egypt, El Salvador, England, Eritrea, Estonia, Ethiopia, Fiji, Finland, France,
    Gabon, Gambia, Germany, East Germany, West Germany, Ghana, Greece, Guatemala, Guinea, Guyana, Haiti, Honduras,
    Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Northern Ireland, Israel, Italy, Ivory Coast, Jamaica,
    Japan, Kazakhstan, Kenya, Korea, North Korea, South Korea, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon,
    Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali,
    Malta, Mauritania, Mauritius, Mexico, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar,
    Namibia, Nepal, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, Norway, Oman, Pakistan, Palestine, Panama,
    Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda, Samoa, San Marino, Saudi Arabia,
    Scotland, Senegal, Serbia, Sierra Leone, Singapore, Slovakia, Slovenia, Somalia, South Africa, Spain, Sri Lanka,
    Sudan, South Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand, Togo, Tunisia,
    Turkey, Turkmenistan, Uganda, Ukraine, United Arab Emirates, Uruguay, Uzbekistan, Venezuela, Vietnam, Wales,
    Yemen, Zambia, Zimbabwe, Vatican, Vatican City,
    United States|U.S|^US|^USA|U.S.A|United States of America, United Kingdom|U.K|^UK, Great Britain|Great-Britain,
    Britain, America, Soviet Union|USSR|U.S.S.R, Yugoslavia, Czechoslovakia, Persia, Prussia, Bohemia, Flanders,
    Holland, Formosa, Ceylon, Siam, Rhodesia, Zaire, Ottoman Empire, Roman Empire, Byzantium, Carthage, Sparta,
    Babylon, Assyria, Macedonia, Judea, Mesopotamia, Kurdistan, Gaza, Gaza Strip, West Bank, Golan Heights, Kashmir,
    Tibet, Xinjiang, Chechnya, Crimea, Darfur, Anbar, Hong Kong, Macau, Greenland, Puerto Rico, Guam, Hawaii,
    Africa, Asia, Europe, North America, South America, Latin America, Central America, Antarctica, Oceania,
    Eurasia, Middle East, Near East, Far East, Balkans, Caucasus, Scandinavia, Siberia, Sahara, Arabia, Levant,
    Persian Gulf, Mediterranean, Caribbean, Pacific, Atlantic, Arctic, Baltic, Baltics, Sub-Saharan Africa,
    Indian Ocean, Pacific Ocean, Atlantic Ocean, Horn of Africa, Silicon Valley, New World, Old World,
    Rhine, Danube, Nile, Thames, Seine, Volga, Euphrates, Tigris, Ganges, Yangtze, Potomac, Hudson, Mississippi,
    Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Idaho, Illinois,
    Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Missouri,
    Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York|New York State, North Carolina,
    North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas,
    Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming, Carolina, Texas,
    London, Paris, Berlin, Rome, Madrid, Moscow, Beijing|Peking, Tokyo, Delhi, New Delhi, Mumbai|Bombay,
    Calcutta|Kolkata, Karachi, Lahore, Islamabad, Kabul, Kandahar, Tehran, Baghdad, Basra, Mosul, Kirkuk,
    Fallujah, Tikrit, Najaf, Karbala, Ramadi, Damascus, Aleppo, Beirut, Amman, Jerusalem, Tel Aviv, Cairo,
    Alexandria, Riyadh, Mecca, Medina, Dubai, Ankara, Istanbul, Constantinople, Athens, Vienna, Prague, Budapest,
    Warsaw, Brussels, Amsterdam, The Hague|Hague, Geneva, Zurich, Stockholm, Oslo, Copenhagen, Helsinki, Dublin,
    Edinburgh, Glasgow, Belfast, Manchester, Liverpool, Oxford, Cambridge, Lisbon, Barcelona, Milan, Naples,
    Venice, Munich, Hamburg, Frankfurt, Hanover, Bonn, Kiev|Kyiv, Minsk, Belgrade, Sarajevo, Zagreb, Bucharest,
    Pristina, Tbilisi, Baku, Yerevan, Tashkent, Seoul, Pyongyang, Shanghai, Taipei, Manila, Jakarta, Bangkok,
    Hanoi, Saigon, Sydney, Melbourne, Toronto, Montreal, Ottawa, Vancouver, Havana, Caracas, Bogota, Santiago,
    Buenos Aires, Rio de Janeiro, Brasilia, Nairobi, Lagos, Johannesburg, Cape Town, Khartoum, Mogadishu,
    Addis Ababa, Tripoli, Tunis, Algiers, Casablanca, New York City, Boston, Chicago, Philadelphia, Los Angeles,
    San Francisco, Baltimore, Detroit, Atlanta, Miami, Dallas, Seattle, Denver, New Orleans, Pittsburgh,
    St. Louis, Richmond, Gettysburg, Yorktown, Saratoga, Trenton, Manhattan, Brooklyn, Hollywood, Guantanamo,
    Srebrenica, Hiroshima, Nagasaki, Waterloo, Versailles, Dunkirk, Normandy, Verdun, Stalingrad, Auschwitz,
    Bunker Hill|Bunker-hill|Bunker-Hill, Valley Forge, Pearl Harbor, Washington D.C
    """

    /// Places whose names are also people's names: a place only after a preposition of place.
    static let ambiguousPlaces = """
    Washington, Jordan, Georgia, Chad, Lincoln, Victoria, Florence, Sofia, Houston, Madison, Jackson, Austin,
    Lexington, Cleveland, Charlotte, Phoenix, Columbia
    """

    static let organizations = """
    United Nations|U.N|^UN, European Union|^EU|E.U, NATO|North Atlantic Treaty Organization, Congress, Senate,
    Parliament, Pentagon, Kremlin, White House, Downing Street, Bundestag, Knesset, Duma, Politburo, Taliban,
    Hamas, Hezbollah|Hizbollah, al-Qaeda|al-Qaida|al Qaeda|Al Qaeda|Al-Qaeda|al-Qa'ida, ISIS|ISIL|Islamic State,
    Muslim Brotherhood, Fatah, PLO, IRA, Baath Party|Baath|Ba'ath, Mahdi Army, Wehrmacht, Gestapo, KGB, CIA, FBI,
    NSA, IMF, WTO, OPEC, UNESCO, UNICEF, OSCE, ASEAN, BBC, CNN, NPR, Reuters, Associated Press, Google, Microsoft,
    IBM, NASA, Interpol, Europol, Greenpeace, Amnesty International, Human Rights Watch, Red Cross, Al Jazeera,
    Federal Reserve, Supreme Court, Security Council, General Assembly, World Bank, Red Army
    """

    /// Nationalities, religions and parties: "Canonical|variants".
    static let groups = """
    Iraqi|Iraqis, Iranian|Iranians, American|Americans, British|Briton|Britons|Brits, English|Englishman|Englishmen,
    French|Frenchman|Frenchmen, German|Germans, Italian|Italians, Spanish|Spaniard|Spaniards, Portuguese,
    Dutch|Dutchman|Dutchmen, Russian|Russians, Soviet|Soviets, Chinese|Chinaman|Chinamen, Japanese,
    Korean|Koreans, Indian|Indians, Pakistani|Pakistanis, Afghan|Afghans, Saudi|Saudis, Jordanian|Jordanians,
    Syrian|Syrians, Lebanese, Egyptian|Egyptians, Israeli|Israelis, Palestinian|Palestinians,
    Turkish|Turk|Turks, Kurdish|Kurd|Kurds, Arab|Arabs|Arabian, Persian|Persians, Greek|Greeks, Roman|Romans,
    European|Europeans, African|Africans, Asian|Asians, Mexican|Mexicans, Canadian|Canadians,
    Irish|Irishman|Irishmen, Scottish|Scot|Scots|Scotsman|Scotsmen, Welsh, Polish|Poles, Swedish|Swede|Swedes,
    Danish|Dane|Danes, Norwegian|Norwegians, Swiss, Austrian|Austrians, Hungarian|Hungarians, Czech|Czechs,
    Serbian|Serb|Serbs, Croatian|Croat|Croats, Bosnian|Bosnians, Albanian|Albanians, Ukrainian|Ukrainians,
    Armenian|Armenians, Cuban|Cubans, Brazilian|Brazilians, Argentine|Argentinian|Argentinians,
    Venezuelan|Venezuelans, Colombian|Colombians, Nigerian|Nigerians, Somali|Somalis, Sudanese, Libyan|Libyans,
    Ethiopian|Ethiopians, Vietnamese, Thai, Indonesian|Indonesians, Filipino|Filipinos, Australian|Australians,
    Mongol|Mongols|Mongolian, Chechen|Chechens, Malay|Malays, Prussian|Prussians, Spartan|Spartans,
    Athenian|Athenians, Carthaginian|Carthaginians, Macedonian|Macedonians, Balkan,
    Christian|Christians, Catholic|Catholics|Catholick|Catholicks, Protestant|Protestants, Papist|Papists,
    Jewish|Jew|Jews, Muslim|Muslims|Moslem|Moslems|Mussulman|Mussulmen|Mahometan|Mahometans, Islamic,
    Hindu|Hindus, Buddhist|Buddhists, Sikh|Sikhs, Shiite|Shiites|Shia|Shi'ite|Shi'ites, Sunni|Sunnis,
    Alawite|Alawites, Druze, Yazidi|Yazidis, Wahhabi|Wahhabis, Mormon|Mormons, Quaker|Quakers, Puritan|Puritans,
    Anglican|Anglicans, Methodist|Methodists, Baptist|Baptists, Lutheran|Lutherans, Calvinist|Calvinists,
    Democrats|Democrat|Democratic, Republicans|Republican, Tories|Tory, Whigs|Whig, Communists|Communist,
    Nazis|Nazi, Bolsheviks|Bolshevik, Baathists|Baathist, Jacobites|Jacobite, Loyalists|Loyalist
    """

    // MARK: - Titles

    static let titles = """
    President, General, Ambassador, Secretary, Senator, Governor, Representative, Congressman,
    Congresswoman, Mayor, King, Queen, Prince, Princess, Duke, Duchess, Earl, Baron, Baroness, Lord, Lady, Sir, Dame,
    Pope, Cardinal, Bishop, Archbishop, Rabbi, Imam, Ayatollah, Sheikh, Sheik, Emir, Sultan, Shah, Tsar, Czar,
    Kaiser, Emperor, Empress, Pharaoh, Chancellor, Minister, Premier, Chairman, Chairwoman, Commissioner, Judge,
    Justice, Magistrate, Sheriff, Colonel, Lieutenant, Captain, Admiral, Sergeant, Corporal, Commander, Marshal,
    Brigadier, Professor, Doctor, Reverend, Speaker, Director, Adviser, Advisor, Spokesman, Spokeswoman, Leader,
    President-elect, Secretary-General, Mr, Mrs, Ms, Miss, Messrs, Dr, Gen, Sen, Gov, Rep, Col, Lt, Capt, Adm, Maj,
    Sgt, Cpl, Pvt, Prof, Rev, Hon, Pres, Supt, Cmdr, Cdr, Brig, Mme, Mlle
    """

    static let titleModifiers = """
    Vice, Prime, Deputy, Chief, Foreign, Defense, Defence, Lieutenant, Lt, Attorney, Supreme, Acting, First, Grand,
    Crown, Majority, Minority, Rear, Field, Major, Maj, Brigadier, Brig, Home, Finance, Interior, Opposition,
    Senior, Security, Police, Lord, Secretary, Gen, General, Press
    """

    static let lowerCaseTitles = """
    president, senator, ambassador, governor, chancellor, king, queen, prince, princess, pope, premier, emperor,
    empress, sultan, ayatollah, sheikh, cardinal, bishop, rabbi, imam, professor, mayor, minister
    """

    static let titleComplements = """
    State, Defense, Defence, War, Treasury, Commerce, Labor, Labour, Health, Education, Energy, Agriculture,
    Interior, Justice, Transportation, Homeland, Security, Staff, Police, Finance, Navy, Army, Exchequer, Court,
    Veterans, Affairs, Housing, Urban, Development, Human, Services, Public, Works
    """

    /// Common given names, English and international, as they open a person's name.
    static let givenNames = """
    Aaron, Abdul, Abdullah, Abraham, Adam, Adolf, Ahmed, Ahmad, Alan, Albert, Alberto, Alexander, Alexandre, Alexei,
    Alfred, Ali, Alice, Allen, Amanda, Amy, Andrew, Andrea, Andreas, Andrei, Angela, Angelo, Ann, Anna, Anne, Anthony,
    Antonio, Ariel, Arnold, Arthur, Ashraf, Ayman, Barack, Barbara, Bashar, Ben, Benazir, Benedict, Benito,
    Benjamin, Bernard, Bertrand, Betty, Bill, Bob, Boris, Brian, Bruce, Carl, Carlos, Carol, Catherine, Charles,
    Charlotte, Chris, Christian, Christopher, Christine, Claire, Colin, Condoleezza, Cyrus, Dan, Daniel, David,
    Deborah, Dennis, Diana, Dick, Dmitry, Donald, Dorothy, Douglas, Dwight, Edward, Edmund, Ehud, Elizabeth, Ellen,
    Emily, Emma, Emmanuel, Eric, Ernest, Eugene, Fidel, Francis, Francisco, Franklin, Frank, Franz, Frederick,
    Friedrich, Gamal, Gary, George, Georges, Gerald, Gerhard, Giuseppe, Gordon, Hamid, Hans, Harold, Harriet,
    Harry, Hassan, Helen, Helmut, Henry, Herbert, Hillary, Hosni, Howard, Hugh, Hugo, Hussein, Ibrahim, Igor, Isaac,
    Ivan, Jack, Jacob, Jacques, Jalal, James, Jane, Janet, Jean, Jeffrey, Jennifer, Jerry, Jimmy, Joan, Joe, Johann,
    John, Jonathan, Jose, Joseph, Joshua, Juan, Julia, Julian, Julius, Karen, Karl, Kate, Katherine, Kathleen,
    Kenneth, Kevin, Kim, Kofi, Lawrence, Leo, Leon, Leonid, Lewis, Louis, Louise, Luis, Luiz, Lyndon, Madeleine,
    Mahmoud, Manuel, Margaret, Maria, Marie, Mark, Martin, Mary, Masoud, Matthew, Michael, Michel, Miguel,
    Mikhail, Mohamed, Mohammad, Mohammed, Muhammad, Moqtada, Muammar, Nancy, Napoleon, Narendra, Nathan, Nelson,
    Nicholas, Nicolas, Nikita, Nikolai, Noah, Nouri, Olga, Omar, Osama, Otto, Patrick, Paul, Peter, Philip, Pierre,
    Pervez, Rachel, Ralph, Ramzi, Raymond, Recep, Richard, Robert, Roger, Romano, Ronald, Rudolf, Ruth, Ryan,
    Saddam, Sam, Samuel, Sarah, Sergei, Shimon, Silvio, Simon, Stephen, Steven, Susan, Tariq, Ted, Theodore, Thomas,
    Timothy, Tony, Ulysses, Vladimir, Walter, Warren, William, Winston, Woodrow, Xavier, Yasser, Yitzhak, Yuri,
    Zbigniew, Zalmay, Jalal, Ayad, Ibrahim, Abu, Muqtada, Nuri, Kemal, Mustafa, Ataturk, Shinzo, Junichiro, Manmohan,
    Boutros, Javier, Mahatma, Jawaharlal, Indira, Golda, Menachem, Anwar, Jimmy, Gerald, Calvin,
    Grover, Rutherford, Chester, Millard, Zachary, Martin, Andrew, Abraham, Ulysses, Herbert, Harry, Dwight,
    Lyndon, Richard, Ronald, Bill, Barack, Joe, Kamala, Nikki, Mitt, Newt, Nancy, Harry, Mitch, Chuck, Al, Dick,
    Colin, Condoleezza, Donald, Robert, Madeleine, Warren, Cyrus, Henry, Zbigniew, Alexander, Dean, Samuel,
    Alexis, Sigmund, Karl, Adam, Immanuel, Jean-Jacques, Voltaire, Rene, Blaise, Baruch, Gottfried, Georg, Arthur,
    Ludwig, Wolfgang, Johannes, Leonardo, Galileo, Nicolaus, Isaac, Charles, Albert, Niels, Marie, Ernest,
    Jane, Emily, Charlotte, Mary, Percy, Oscar, Edgar, Ralph, Walt, Herman, Mark, Nathaniel, Henry, Thomas,
    Benjamin, Alexander, James, John, Patrick, Paul, Frederick, Sojourner, Harriet, Susan, Elizabeth, Eleanor,
    Malcolm, Rosa, Medgar, Thurgood, Cesar, Dolores, Gloria, Betty, Rachel, Jonas, Neil, Buzz, Yuri, Valentina
    """

    static let moreGivenNames = """
    Laura, Michelle, Linda, Patricia, Lisa, Sandra, Donna, Sharon, Kimberly, Jessica, Shirley, Cynthia, Melissa,
    Brenda, Rebecca, Pamela, Martha, Debra, Stephanie, Carolyn, Frances, Joyce, Diane, Julie, Heather, Teresa,
    Theresa, Doris, Evelyn, Cheryl, Mildred, Ashley, Judith, Janice, Kelly, Nicole, Judy, Christina, Kathy, Beverly,
    Denise, Irene, Lori, Marilyn, Kathryn, Sara, Jacqueline, Wanda, Bonnie, Lois, Tina, Phyllis, Norma, Paula, Annie,
    Lillian, Robin, Peggy, Gladys, Rita, Connie, Tracy, Edna, Carmen, Cindy, Wendy, Edith, Sylvia, Josephine, Thelma,
    Shannon, Sheila, Ethel, Elaine, Marjorie, Carrie, Monica, Esther, Pauline, Juanita, Anita, Hazel, Eva, Leslie,
    Clara, Lucille, Joanne, Valerie, Danielle, Megan, Alicia, Suzanne, Gail, Veronica, Jill, Erin, Geraldine,
    Lauren, Lorraine, Lynn, Sally, Regina, Erica, Beatrice, Audrey, Yvonne, Samantha, Marion, Vivian, Roberta,
    Holly, Melanie, Loretta, Katie, Kristen, Vanessa, Beth, Jeanne, Ursula, Yulia, Sonia, Cristina, Dilma, Jacinda,
    Greta, Malala, Aung, Segolene, Giorgia, Tom, Tim, Jim, Mike, Steve, Dave, Rob, Greg, Scott, Jason, Jeff, Larry,
    Brandon, Justin, Gregory, Keith, Willie, Roy, Fred, Wayne, Billy, Jeremy, Randy, Russell, Bobby, Victor,
    Phillip, Todd, Jesse, Craig, Shawn, Clarence, Sean, Johnny, Danny, Bryan, Stanley, Leonard, Dale, Rodney,
    Curtis, Norman, Marvin, Vincent, Glenn, Travis, Kyle, Bradley, Joel, Edwin, Eddie, Troy, Randall, Barry, Mario,
    Marcus, Clifford, Alex, Jon, Ronnie, Lloyd, Tommy, Derek, Darrell, Jerome, Floyd, Alvin, Wesley, Jorge, Pedro,
    Derrick, Zachary, Maurice, Vernon, Roberto, Hector, Ricardo, Rick, Brent, Ramon, Charlie, Tyler, Gilbert, Gene,
    Marc, Nathaniel, Rafael, Raul, Gabriel, Ron, Roland, Harvey, Adrian, Claude, Erik, Neil, Fernando, Ian,
    Wallace, Ken, Ivan, Sidney, Byron, Ross, Andy, Salvador, Eduardo, Enrique, Dmitri, Konrad, Willy, Olaf,
    Clement, Neville, Anthony, Hafez, Nawaz, Imran, Zulfikar, Rajiv, Atal, Desmond, Dag, Thabo, Evo, Augusto,
    Ernesto, Emiliano, Porfirio, Heinrich, Hermann, Josef, Wilhelm, Henri, Philippe, Maximilien, Valery, Matteo,
    Felipe, Mariano, Alfonso, Hu, Deng, Mao, Zhou, Chiang, Sun, Ho, Pol, Jomo, Kwame, Julius, Idi, Robert, Ellen,
    Joseph, Woodrow, Franklin, Grover, Chester, Theodore, Dwight, Lyndon, Gerald, Jimmy, Ronald, George, Thomas,
    John, James, William, Andrew, Abraham, Ulysses, Rutherford, Benjamin, Calvin, Herbert, Harry, Barack, Donald
    """

    // MARK: - Cues

    static let nonNames = """
    New, Old, North, South, East, West, Northern, Southern, Eastern, Western, Central, Middle, Upper, Lower, Great,
    Greater, Little, Grand, High, Holy, Royal, Imperial, Civil, Common, National, International, Federal, United,
    Ancient, Modern, Early, Late, Free, Independent, Supreme, Noble, Sacred, Divine, Continental, Provincial,
    Colonial, Revolutionary, Constitutional, Legislative, Executive, Judicial, Mutual, Public, Private, Social,
    Political, Economic, Domestic, World, War, Peace, Law, Act, Bill, Treaty, Declaration, Constitution, Charter,
    Age, Ages, Day, Days, Revolution, Testament, Bible, Gospel, God, Heaven, Nature, Providence, Liberty, Freedom,
    Truth, Reason, State, States, Government, Nation, People, Society, History, Part, Chapter, Section, Book,
    Volume, Article, Amendment, Clause, No, Number, Plan, Program, Policy, Doctrine, Theory, Principle, Question,
    Affairs, Crisis, Summit, Initiative, Strategy, Odd, Fellow, Insurance, Chamber, Yard, Magna, Brute, Almighty,
    Maker, Creator, Lecture, Essay, Address, Speech, Proposal, Sense, Duty, Disobedience, Submission, Resistance
    """

    static let organizationCues = """
    Union, Nations, Council, Committee, Commission, Party, Congress, Senate, Parliament, Assembly, Convention,
    Conference, Estimate, Agency, Department, Ministry, Bureau, Office, Administration, Authority, Board, Bank, Fund,
    Foundation, Trust, University, College, School, Academy, Institute, Institution, Society, Association,
    Federation, League, Alliance, Coalition, Movement, Front, Brotherhood, Church, Court, Tribunal, Company, Co,
    Inc, Corp, Corporation, Ltd, LLC, Group, Holdings, Industries, Motors, Airlines, Army, Navy, Corps, Force,
    Forces, Guard, Police, Service, Services, Times, Post, Journal, Herald, Tribune, Gazette, Review, Magazine,
    Press, News, Network, Broadcasting, Museum, Library, Hospital, Center, Centre, Organization, Organisation,
    Cabinet, Reserve, Exchange, Watch, Command, Directorate, Secretariat, Legislature, Caucus, Club, Orchestra,
    Laboratory, Laboratories, Systems, Technologies, Partners, Associates, Brothers, Diet
    """

    static let organizationHeads = """
    Bank, University, Department, Ministry, Office, Bureau, Board, Council, Committee, Commission, Institute,
    Church, House, Court, Academy, Society, Association, League, Federation, Organization, Organisation, College,
    School, Museum, Center, Centre, Congress, Parliament, Assembly, Party, Union, Army, Navy, Fund, Foundation,
    Agency, Authority, Corps, Campaign, Coalition, Alliance, Conference, Order, Knights, Sons, Daughters, Friends
    """

    static let placeCues = """
    Province, County, River, Mountains, Mountain, Hills, Ocean, Sea, Island, Islands, Isles, Valley, Street, Avenue,
    Road, Square, Bay, Lake, Strait, Straits, Gulf, Peninsula, Desert, Canal, Coast, Falls, City, Territory,
    Territories, Republic, Kingdom, Empire, Heights, Strip, Park, Plains, Basin, Delta, Harbor, Harbour, Forest,
    Canyon, Channel, Highlands, Region, Governorate, District, Borough, Township, Village, Town
    """

    static let placeHeads = """
    Kingdom, Republic, State, States, Commonwealth, Province, City, County, Duchy, Principality, Empire, Isle,
    Island, Islands, Gulf, Bay, Strait, Straits, Sea, Cape, Lake, Mount, Port, Valley, District, Territory, Town,
    Village
    """

    static let placeNouns = """
    province, county, river, city, valley, region, district, island, mountains, lake, sea, desert, peninsula,
    governorate
    """

    // MARK: - Dates and numbers

    static let months = """
    January, February, March, April, May, June, July, August, September, October, November, December,
    Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec
    """

    static let monthAbbreviations = "Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec"

    static let weekdays = "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday"

    static let holidays = "Christmas, Easter, Thanksgiving, Ramadan, Lent, Passover, Hanukkah, Halloween, Michaelmas"

    static let datePrepositions = """
    in, since, from, until, till, by, during, before, after, around, circa, of, through, throughout, between, year,
    early, late, mid, spring, summer, autumn, fall, winter
    """

    static let relativeUnits = """
    week, month, year, decade, century, weekend, spring, summer, autumn, fall, winter, quarter, night, morning,
    evening, afternoon, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, January, February, April,
    June, July, August, September, October, November, December
    """

    // MARK: - Joining words

    static let particles = "van, von, de, da, di, del, della, der, den, du, la, le, bin, ibn, al, el, dos, das, ter, zu"

    static let epithets = """
    Great, Conqueror, Elder, Younger, Bold, Good, Wise, Pious, Confessor, Terrible, Magnificent, Lionheart, Just,
    Fair, Unready, Fat, Bald, Navigator, Lawgiver, Apostate, Baptist
    """

    static let locatives = """
    in, to, from, at, near, across, around, outside, inside, throughout, into, within, through, toward, towards,
    visit, visited, visiting, entered, left, reached
    """

    static let starters = """
    Given, Despite, According, Unlike, Like, Instead, Meanwhile, Still, Today, Now, Here, There, Also, Consider,
    Imagine, Remember, Note, Suppose, Thus, Hence, So, Then, Indeed, Worse, Better, Yes, No, Oh, Alas, Amen, After,
    Before, During, Following, Regarding, Concerning, Including, Considering, Assuming, Whereas, While, Whether,
    Though, Although, Because, Since, Unless, Until, Upon, Within, Without, Toward, Across, Behind, Beyond, Beside,
    Besides, Against, Among, Between, Through, Throughout, Under, Over, Above, Below, Near, Outside, Inside, Finally,
    Lastly, Secondly, Thirdly, Perhaps, Surely, Certainly, Clearly, Obviously, Sadly, Fortunately, Unfortunately,
    Moreover, Furthermore, However, Nevertheless, Nonetheless, Otherwise, Hitherto, Wherefore, Let, Tis, Every,
    Each, Many, Most, Some, Such, Both, Either, Neither, Even, Only, Just, Again, Once, Yet, Soon, Later, Today,
    Tonight, Tomorrow, Yesterday, Indeed, Accordingly, Likewise, Similarly, Whatever, Whoever, Whichever
    """
}
