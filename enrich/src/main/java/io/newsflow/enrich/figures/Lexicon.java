package io.newsflow.enrich.figures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The small closed word lists the figure scanner looks words up in; every key is lower case. */
final class Lexicon {

    private Lexicon() {
    }

    static final Map<String, Integer> CARDINALS = map(
            "zero", 0, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8,
            "nine", 9, "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14, "fifteen", 15,
            "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19, "twenty", 20, "thirty", 30,
            "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    static final Map<String, Integer> ORDINALS = map(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8,
            "ninth", 9, "tenth", 10, "eleventh", 11, "twelfth", 12, "thirteenth", 13, "fourteenth", 14,
            "fifteenth", 15, "sixteenth", 16, "seventeenth", 17, "eighteenth", 18, "nineteenth", 19,
            "twentieth", 20, "thirtieth", 30, "fortieth", 40, "fiftieth", 50, "sixtieth", 60, "seventieth", 70,
            "eightieth", 80, "ninetieth", 90, "hundredth", 100, "thousandth", 1000, "millionth", 1000000);

    /** Multipliers written as words or as the abbreviations news uses ("$1.13bn", "£600m"). */
    static final Map<String, BigDecimal> SCALES = Map.of(
            "hundred", BigDecimal.valueOf(100), "thousand", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000L),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L), "lakh", BigDecimal.valueOf(100_000),
            "crore", BigDecimal.valueOf(10_000_000));

    /** Abbreviated scales, only when glued to the number or after a currency ("5m people", "$2 bn"). */
    static final Map<String, BigDecimal> SHORT_SCALES = Map.of(
            "k", BigDecimal.valueOf(1_000), "m", BigDecimal.valueOf(1_000_000), "mn", BigDecimal.valueOf(1_000_000),
            "mln", BigDecimal.valueOf(1_000_000), "bn", BigDecimal.valueOf(1_000_000_000L),
            "b", BigDecimal.valueOf(1_000_000_000L), "tn", BigDecimal.valueOf(1_000_000_000_000L),
            "trn", BigDecimal.valueOf(1_000_000_000_000L));

    /** Plural round numbers used vaguely, with the lower bound they imply ("dozens" is at least 24). */
    static final Map<String, BigDecimal> VAGUE = Map.of(
            "dozens", BigDecimal.valueOf(24), "scores", BigDecimal.valueOf(40), "hundreds", BigDecimal.valueOf(200),
            "decades", BigDecimal.valueOf(20),
            "thousands", BigDecimal.valueOf(2_000), "millions", BigDecimal.valueOf(2_000_000),
            "billions", BigDecimal.valueOf(2_000_000_000L));

    static final Map<String, Integer> FRACTIONS = map(
            "half", 2, "halves", 2, "third", 3, "thirds", 3, "quarter", 4, "quarters", 4, "fourth", 4, "fourths", 4,
            "fifth", 5, "fifths", 5, "sixth", 6, "sixths", 6, "tenth", 10, "tenths", 10);

    /** Qualifiers before a number, longest first when looked up; the value is what {@code approx} holds. */
    static final Set<String> QUALIFIERS = set(
            "almost", "about", "around", "more than", "at least", "up to", "nearly", "over", "some", "roughly",
            "fewer than", "less than", "approximately", "an estimated", "as many as", "under", "near", "within");

    static final Map<String, Integer> MONTHS = map(
            "january", 1, "february", 2, "march", 3, "april", 4, "may", 5, "june", 6, "july", 7, "august", 8,
            "september", 9, "october", 10, "november", 11, "december", 12,
            "jan", 1, "feb", 2, "mar", 3, "apr", 4, "jun", 6, "jul", 7, "aug", 8, "sep", 9, "sept", 9, "oct", 10,
            "nov", 11, "dec", 12);

    static final Map<String, Integer> WEEKDAYS = map(
            "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    /** Words before a bare month name that show it is the month, not "may" the verb or "August" the name. */
    static final Set<String> MONTH_CUES = set(
            "in", "since", "until", "till", "by", "from", "last", "this", "next", "early", "late", "mid", "of",
            "during", "through", "before", "after", "to", "end", "start", "beginning", "between", "and", "or",
            "on", "that", "throughout", "for", "in-", "around");

    /** Duration units: the unit named in {@code unit}, with the multiplier into it ("three decades" = 30 years). */
    static final Map<String, Unit> DURATIONS = new HashMap<>();

    /** Physical units of a QUANTITY; the value is the canonical unit name. */
    static final Map<String, String> MEASURES = new HashMap<>();

    /** Currency words after a number ("5 million euros") and codes before or after it ("USD 5"). */
    static final Map<String, String> CURRENCY_WORDS = new HashMap<>();

    /** Currency symbols before a number, and the letters that may be glued before "$" ("US$", "A$"). */
    static final Map<String, String> CURRENCY_SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("£", "GBP"), Map.entry("€", "EUR"), Map.entry("¥", "JPY"),
            Map.entry("₹", "INR"), Map.entry("₽", "RUB"), Map.entry("₩", "KRW"), Map.entry("₺", "TRY"),
            Map.entry("₴", "UAH"), Map.entry("₦", "NGN"), Map.entry("₪", "ILS"), Map.entry("₱", "PHP"),
            Map.entry("₿", "BTC"));

    static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(
            Map.entry("us", "USD"), Map.entry("a", "AUD"), Map.entry("au", "AUD"), Map.entry("c", "CAD"),
            Map.entry("ca", "CAD"), Map.entry("nz", "NZD"), Map.entry("hk", "HKD"), Map.entry("s", "SGD"),
            Map.entry("r", "BRL"), Map.entry("nt", "TWD"), Map.entry("z", "ZWL"));

    static final Map<String, String> CURRENCY_CODES = new HashMap<>();

    /** Words that make the number after them a name or a label ("Boeing 737", "Article 5", "Windows 10"). */
    static final Set<String> LABEL_HEADS = set(
            "article", "boeing", "airbus", "windows", "chapter", "section", "flight", "route", "apollo", "resolution",
            "no", "nos", "room", "level", "phase", "stage", "iphone", "formula", "highway", "interstate",
            "gate", "terminal", "vol", "volume", "galaxy", "model", "version", "series", "type", "class", "grade",
            "block", "unit", "ward", "precinct", "page", "paragraph", "clause", "amendment", "proposition", "act",
            "book", "part", "title", "track", "channel", "line", "bus", "platform", "pier", "lot", "zone", "sector",
            "tower", "camp", "studio", "expo", "euro", "area", "district", "squad", "battalion", "brigade",
            "regiment", "division", "corps", "fleet", "army", "station", "pixel", "playstation", "xbox", "ios",
            "android", "macos", "covid", "sars", "mers", "bill", "cell",
            "figure", "table", "appendix", "annex", "exhibit", "number", "psalm", "verse", "ps", "fig", "index",
            "ftse", "dax", "nikkei", "cac", "ibex", "web", "industry", "matchday", "episode", "lane", "street",
            "avenue", "road", "region", "advisory", "depression", "runway", "reactor", "pad", "hangar", "berth");

    /** Words glued after a number that keep it a quantity (else "4G", "3D", "737MAX" are names). */
    static final Set<String> GLUED_SUFFIXES = set(
            "st", "nd", "rd", "th", "s", "k", "m", "mn", "mln", "bn", "b", "tn", "trn", "km", "kg", "mm", "cm", "ft",
            "mph", "kph", "kmh", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "gb", "tb", "mb", "am", "pm", "h",
            "hr", "hrs", "min", "mins", "sec", "secs", "pc", "pct", "lb", "lbs", "oz", "ha", "t", "bpd", "yr", "yrs", "ly",
            "ml", "mg", "c", "f", "g", "l", "m²", "km²", "sq", "million", "billion", "trillion", "thousand", "bln", "x",
            "mi", "nm", "kt", "kts", "v", "kv", "w", "hz", "mhz", "ghz", "khz", "cc");

    /** Closed-class words and auxiliaries: a counted noun phrase never runs through them. */
    static final Set<String> STOP = set(
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
            "in", "on", "at", "to", "from", "by", "with", "for", "into", "during", "after", "before", "since",
            "until", "over", "under", "between", "among", "including", "across", "through", "near", "against",
            "about", "per", "than", "like", "as", "via", "within", "without", "out", "off", "up", "down", "upon",
            "and", "or", "but", "nor", "so", "yet", "while", "whereas", "because", "if", "when", "where", "who",
            "whom", "whose", "which", "what", "he", "she", "it", "they", "we", "i", "you", "them", "him", "us",
            "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "do", "does", "did",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also", "still", "now",
            "then", "already", "reportedly", "just", "only", "more", "less", "not", "never", "ago", "later",
            "earlier", "each", "respectively", "apiece", "alone", "altogether", "total", "overall", "all", "both",
            "either", "neither", "some", "any", "many", "much", "most", "few", "other", "others", "there", "here",
            "of", "every", "own", "such", "no", "very", "too", "again", "ever", "even", "once", "twice", "how",
            "why", "whether", "though", "although", "unless", "till", "around", "along", "behind", "beyond",
            "despite", "towards", "toward", "inside", "outside", "onto", "above", "below", "beside", "besides",
            "according", "instead", "last", "next", "today", "yesterday", "tomorrow", "tonight", "away", "back",
            "s", "t", "re", "ve", "ll", "d", "n", "vs", "versus", "etc", "plus", "minus", "times", "percent",
            "cent", "far", "soon", "almost", "nearly", "nearby", "aboard", "including", "excluding", "ahead",
            "whom", "whatever", "whoever", "lest", "hence", "thus", "therefore", "however", "meanwhile", "indeed",
            "alike", "apart", "amid", "amidst", "throughout", "worth", "overseas", "abroad", "home", "together");

    /** Common verb forms that are not caught by their -ed/-ing ending. */
    static final Set<String> VERBS = set(
            "die", "dies", "remain", "remains", "face", "live", "work", "need",
            "occur", "occurs", "happen", "happens", "exist", "exists", // never nouns: they end a noun phrase
            "go", "goes", "went", "gone", "come", "comes", "came", "take", "takes", "took", "taken", "make", "makes",
            "made", "get", "gets", "got", "say", "says", "said", "think", "thinks", "thought", "seem", "seems",
            "appear", "appears", "survive", "survives", "hurt", "left", "lost", "held", "kept", "gave", "given", "give", "saw", "seen",
            "fled", "flee", "flew", "run", "ran", "sat", "stood", "stand", "fell", "fall", "won", "win", "beat",
            "led", "lead", "fought", "fight", "became", "become", "told", "tell", "tells", "put", "set", "let",
            "cut", "hit", "shot", "struck", "stuck", "caught", "brought", "bought", "sent", "spent", "met", "meet",
            "sought", "paid", "pay", "held", "hold", "keep", "show", "shown", "include",
            "includes", "want", "wants", "know", "knows", "known", "rose", "rise", "risen", "grew", "grow", "grown",
            "attend", "attended", "voted", "joined", "join", "signed", "sign",
            "reach", "reached", "await", "receive", "received", "suffer", "suffered", "return",
            "found", "began", "knew", "wrote", "spoke", "broke", "chose", "stole", "hid", "drew", "threw", "blew",
            "sang", "sank", "felt", "meant", "built", "heard", "laid", "hung", "taught", "slept", "shook", "drove",
            "sold", "arose", "forgave", "withdrew", "overtook", "upheld", "swore", "wore",
            "returned", "dead", "alive", "missing", "injured", "wounded", "killed", "arrested", "detained",
            "safe", "unharmed", "unaccounted", "homeless", "displaced", "affected", "infected", "aboard");

    /** Heads of a counted noun phrase that are people: such a count can carry an event. */
    static final Set<String> PERSON_NOUNS = set(
            "people", "persons", "person", "man", "men", "woman", "women", "child", "children", "kid", "kids",
            "boy", "boys", "girl", "girls", "baby", "babies", "infant", "infants", "teenager", "teenagers", "teen",
            "teens", "adult", "adults", "youth", "youths", "resident", "residents", "civilian", "civilians",
            "soldier", "soldiers", "troops", "police", "policemen", "policeman", "officer", "officers", "member",
            "members", "worker", "workers", "employee", "employees", "staff", "passenger", "passengers",
            "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "victim",
            "victims", "survivor", "survivors", "migrant", "migrants", "refugee", "refugees", "prisoner",
            "prisoners", "inmate", "inmates", "hostage", "hostages", "journalist", "journalists", "reporter",
            "reporters", "fighter", "fighters", "militant", "militants", "rebel", "rebels", "insurgent", "insurgents",
            "terrorist", "terrorists", "citizen", "citizens", "voter", "voters", "patient", "patients", "tourist",
            "tourists", "pilgrim", "pilgrims", "miner", "miners", "firefighter", "firefighters", "rescuer",
            "rescuers", "crew", "sailor", "sailors", "pilot", "pilots", "doctor", "doctors", "nurse", "nurses",
            "student", "students", "teacher", "teachers", "pupil", "pupils", "farmer", "farmers", "villager",
            "villagers", "fisherman", "fishermen", "suspect", "suspects", "gunman", "gunmen", "attacker",
            "attackers", "individual", "individuals", "personnel", "casualties", "fatalities", "dead", "deaths",
            "injured", "wounded", "bodies", "detainee", "detainees", "evacuee", "evacuees", "supporter",
            "supporters", "activist", "activists", "lawmaker", "lawmakers", "official", "officials", "guard",
            "guards", "agent", "agents", "spectator", "spectators", "fan", "fans", "inhabitant", "inhabitants",
            "worshippers", "worshipers", "believers", "parishioners",
            "crewmembers", "seafarers", "climbers", "hikers", "swimmers", "motorists", "drivers", "pedestrians",
            "cyclists", "gunmen", "assailants", "bystanders", "onlookers", "mourners", "guests", "visitors",
            "attendees", "participants", "competitors", "athletes", "players", "judges", "diplomats",
            "ministers", "senators", "mps", "delegates", "candidates", "leaders", "recruits", "cadets", "veterans",
            "pensioners", "retirees", "elderly", "minors", "juveniles", "toddlers", "newborns", "infants",
            "settlers", "nationals", "foreigners", "immigrants", "asylum", "peacekeepers", "paramilitaries",
            "combatants", "jihadists", "extremists", "separatists", "gunmen", "kidnappers", "abductees",
            "protesting", "marchers", "strikers", "rioters", "looters", "smugglers", "traffickers", "pirates",
            "bandits", "criminals", "convicts", "defendants", "accused", "relatives", "friends", "neighbours",
            "neighbors", "colleagues", "volunteers", "medics", "paramedics", "rescue", "casualty", "fatality",
            "death", "injuries", "injury", "arrests", "abducted", "kidnapped", "missing", "forces", "deceased",
            "murders", "homicides", "suicides", "drownings", "astronauts", "cosmonauts", "monks", "nuns", "priests",
            "clerics", "imams", "bishops", "marines", "cops", "staffers", "sons", "daughters", "mothers", "fathers",
            "wives", "husbands", "brothers", "sisters", "siblings", "twins", "orphans", "widows", "couples",
            "schoolchildren", "crewmen", "servicemen", "women", "girls", "boys", "presidents", "witnesses",
            "captives", "generals", "colonels", "detectives", "sheriffs", "deputies", "spies", "envoys",
            "representatives", "graduates", "alumni", "locals", "natives", "expatriates", "experts", "surgeons",
            "poets", "actresses", "rabbis", "kings", "queens", "princes", "parents", "clients", "opponents",
            "adolescents", "heirs", "humans", "elders", "umpires", "architects", "chiefs", "peers", "hosts");

    /** Counted nouns that name the event themselves: "six deaths" is KILL whatever else the sentence says. */
    static final Map<String, String> OUTCOME_NOUNS = Map.ofEntries(
            Map.entry("deaths", "KILL"), Map.entry("dead", "KILL"), Map.entry("fatalities", "KILL"),
            Map.entry("bodies", "KILL"), Map.entry("murders", "KILL"), Map.entry("killings", "KILL"),
            Map.entry("deceased", "KILL"), Map.entry("homicides", "KILL"),
            Map.entry("injuries", "WOUND"), Map.entry("injured", "WOUND"), Map.entry("wounded", "WOUND"),
            Map.entry("arrests", "ARREST"), Map.entry("detentions", "ARREST"), Map.entry("detainees", "ARREST"),
            Map.entry("hostages", "KIDNAP"), Map.entry("disappearances", "AFFECT"),
            Map.entry("abductions", "KIDNAP"), Map.entry("kidnappings", "KIDNAP"), Map.entry("evacuees", "EVACUATE"),
            Map.entry("displaced", "EVACUATE"), Map.entry("missing", "AFFECT"), Map.entry("homeless", "AFFECT"));

    /** Verbs of saying: what is said keeps the event of a cue before them ("the fire killed, police said, 12"). */
    static final Set<String> SAYING_VERBS = set(
            "said", "say", "says", "told", "tell", "reported", "estimated", "confirmed", "claimed", "announced",
            "stated", "added", "believed", "feared", "thought", "showed", "revealed", "indicated", "suggested",
            "noted", "warned", "put", "counted", "recorded", "listed", "cited", "quoted", "tweeted", "wrote");

    /** Verbs that state an amount: "the death toll reached 61", "casualties rose to 40", "deaths exceeded 100". */
    static final Set<String> AMOUNT_VERBS = set(
            "reached", "reach", "reaches", "rose", "rise", "rises", "risen", "climbed", "stood", "stands", "hit",
            "exceeded", "exceeds", "totalled", "totaled", "totals", "topped", "increased", "jumped", "passed",
            "surpassed", "numbered", "grew", "doubled", "tripled", "fell", "dropped", "include", "included", "includes",
            "top", "tops", "falling", "rising", "climbing", "dropping",
            "involved", "was", "were", "is", "are");

    /** Verbs that make "lives" a count of the dead: "claimed 14 lives", "30 lives were lost", "cost 8 lives". */
    static final Set<String> LOSING_VERBS = set(
            "claimed", "claim", "claims", "claiming", "lost", "lose", "loses", "losing", "took", "take", "takes",
            "taking", "taken", "cost", "costs", "costing");

    /** Words after which "a day", "a week", "an hour" is a length of time ("for a day", "lasted a week"). */
    static final Set<String> HOW_LONG = set(
            "for", "within", "over", "lasted", "lasts", "lasting", "last", "spent", "spend", "spends", "took", "takes",
            "than", "nearly", "almost", "about", "roughly", "barely", "only", "just");

    /** Words that put a sentence's counts in an epidemic: its "cases" are people infected. */
    static final Set<String> DISEASE_WORDS = set(
            "virus", "viruses", "coronavirus", "covid", "disease", "diseases", "outbreak", "outbreaks", "epidemic",
            "pandemic", "infection", "infections", "infected", "infectious", "positive", "confirmed", "measles",
            "cholera", "ebola", "flu", "influenza", "dengue", "malaria", "tuberculosis", "hiv", "sars", "mers",
            "polio", "mpox", "monkeypox", "symptoms", "quarantine", "contagion", "bacteria", "bacterium", "bacterial",
            "pneumonia", "legionnaires", "legionella", "salmonella", "listeria", "hepatitis", "typhoid", "meningitis",
            "diphtheria", "mumps", "rubella", "zika", "fever", "illness", "illnesses", "diagnosed", "ill", "sick",
            "sickness", "poisoning", "vomiting", "diarrhoea", "diarrhea", "nausea", "heatstroke", "dehydration");

    /** Heads of a counted noun phrase that are surely not people, though they end like agent nouns. */
    static final Set<String> NOT_PERSONS = set(
            "others", "computers", "containers", "centers", "centres", "letters", "numbers", "members-only", "meters",
            "metres", "kilometers", "kilometres", "litres", "liters", "dollars", "papers", "matters", "layers",
            "towers", "rivers", "orders", "offers", "waters", "headquarters", "quarters", "chapters", "markers",
            "tents", "events", "points", "percents", "cents", "comments", "documents", "elements", "segments",
            "apartments", "governments", "departments", "monuments", "parliaments", "instruments", "tournaments",
            "agreements", "statements", "payments", "investments", "treatments", "shipments", "settlements",
            "amendments", "movements", "incidents", "accidents", "students-only", "plants", "grants", "restaurants",
            "giants", "units", "engines", "reactors", "sensors", "motors", "doors", "floors", "factors", "sectors",
            "vectors", "monitors", "generators", "tractors", "elevators", "ventilators", "detectors", "vendors",
            "shelters", "trailers", "stickers", "posters", "banners", "boosters", "chargers", "scooters");

    /** The event a cue word signals for a count of people, after GDELT's categories. */
    static final Map<String, String> EVENT_CUES = new HashMap<>();

    /** Words before a date that make an unanchored reference point forward ("will meet on Monday"). */
    static final Set<String> FUTURE_CUES = set(
            "will", "shall", "ll", "upcoming", "scheduled", "due", "plans", "planned", "planning", "going", "intends",
            "intend", "aims", "awaiting", "forthcoming", "postponed", "delayed", "deadline", "coming", "next");

    /** Words that make a date lean forward without settling it: a forecast may be reported after the fact. */
    static final Set<String> LEANING_CUES = set(
            "expected", "forecast", "forecasts", "predicted", "projected", "set", "would", "could", "later",
            "anticipated", "likely", "until", "through");

    /** Present-tense verbs of a timetable: a date just after one is to come ("opens on Friday", "launches June 28"). */
    static final Set<String> TIMETABLE_VERBS = set(
            "opens", "begins", "starts", "runs", "launches", "ends", "closes", "resumes", "reopens", "kicks");

    /** "one" is not a figure after these ("no one", "the one who", "every one"). */
    static final Set<String> NOT_ONE_BEFORE = set(
            "no", "any", "every", "each", "the", "this", "that", "which", "some", "another", "only", "someone",
            "anyone", "everyone", "such", "little", "big", "new", "old", "last", "first", "latest", "right",
            "wrong", "same", "other", "a", "an", "my", "your", "his", "her", "their", "our", "its", "loved");

    /** "one" is not a figure before these ("one another", "one who", "one's"). */
    static final Set<String> NOT_ONE_AFTER = set(
            "another", "who", "whom", "whose", "that", "which", "s", "'", "\u2019", "thing", "way",
            "else", "i", "you", "we", "he", "she", "they", "can", "could", "would", "should", "might", "must",
            "day", "time", "point", "morning", "evening", "night", "afternoon", "stage", "moment");

    /** Hyphen compounds with "one" that are not counts ("one-off", "one-sided", "one-way"). */
    static final Set<String> NOT_ONE_COMPOUND = set(
            "off", "sided", "way", "time", "party", "man", "on", "of", "liner", "upmanship", "stop", "size",
            "shot", "touch", "click", "piece", "star", "all");

    record Unit(String name, BigDecimal factor, String iso) {
    }

    static {
        duration("year", "year", 1, "Y", "years", "yr", "yrs");
        duration("decade", "year", 10, "Y", "decades");
        duration("century", "year", 100, "Y", "centuries");
        duration("millennium", "year", 1000, "Y", "millennia", "millenniums");
        duration("month", "month", 1, "M", "months");
        duration("week", "week", 1, "W", "weeks");
        duration("fortnight", "week", 2, "W", "fortnights");
        duration("day", "day", 1, "D", "days");
        duration("hour", "hour", 1, "H", "hours", "hr", "hrs", "h");
        duration("minute", "minute", 1, "M", "minutes", "min", "mins");
        duration("second", "second", 1, "S", "seconds", "sec", "secs");

        measure("km", "km", "kilometre", "kilometres", "kilometer", "kilometers", "kms");
        measure("mi", "mile", "miles", "mi");
        measure("m", "m", "metre", "metres", "meter", "meters");
        measure("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        measure("mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        measure("ft", "ft", "foot", "feet");
        measure("in", "inch", "inches");
        measure("yd", "yard", "yards");
        measure("kg", "kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos");
        measure("g", "gram", "grams", "gramme", "grammes");
        measure("mg", "mg", "milligram", "milligrams");
        measure("mol", "mol", "mole", "moles");
        measure("tonne", "tonne", "tonnes", "ton", "tons", "t", "kt", "megatons", "megatonnes");
        measure("lb", "lb", "lbs");
        measure("oz", "oz", "ounce", "ounces");
        measure("l", "litre", "litres", "liter", "liters", "ml", "millilitres");
        measure("gal", "gallon", "gallons");
        measure("bbl", "barrel", "barrels", "bpd");
        measure("karat", "karat", "karats", "carat", "carats");
        measure("um", "micrometre", "micrometres", "micrometer", "micrometers", "microns", "micron");
        measure("mph", "mph");
        measure("km/h", "kph", "kmh", "km/h");
        measure("knot", "knot", "knots", "kts");
        measure("ha", "hectare", "hectares", "ha");
        measure("acre", "acre", "acres");
        measure("km2", "km²", "km2", "sq km", "square kilometres", "square kilometers", "square km", "square kilometre",
                "square kilometer");
        measure("mi2", "square miles", "sq miles", "sq mi", "square mile");
        measure("m2", "square metres", "square meters", "sq m", "m²", "square metre", "square meter");
        measure("ft2", "square feet", "sq ft", "square foot");
        measure("°C", "°c", "ºc", "celsius", "centigrade", "degrees celsius", "c");
        measure("°F", "°f", "ºf", "fahrenheit", "degrees fahrenheit", "f");
        measure("degree", "degrees", "degree");
        measure("MW", "mw", "megawatt", "megawatts");
        measure("GW", "gw", "gigawatt", "gigawatts");
        measure("kW", "kw", "kilowatt", "kilowatts");
        measure("kWh", "kwh", "mwh", "gwh", "twh", "kilowatt-hours");
        measure("W", "watt", "watts");
        measure("V", "volt", "volts", "kv");
        measure("GB", "gb", "gigabytes", "tb", "terabytes", "mb", "megabytes");
        measure("calorie", "calories", "kcal");
        measure("magnitude", "magnitude");
        measure("ly", "light-years", "light-year", "ly", "lightyears", "light years", "light year");
        measure("nautical mile", "nautical miles", "nm");
        measure("Hz", "hz", "mhz", "ghz", "khz");

        currency("USD", "dollar", "dollars", "us dollars", "u.s. dollars", "american dollars", "bucks");
        currency("EUR", "euro", "euros");
        currency("GBP", "pound", "pounds", "sterling", "pounds sterling", "quid", "british pounds");
        currency("RUB", "rubles", "roubles", "ruble", "rouble");
        currency("JPY", "yen");
        currency("CNY", "yuan", "renminbi");
        currency("INR", "rupees", "rupee");
        currency("AUD", "australian dollars");
        currency("CAD", "canadian dollars");
        currency("CHF", "swiss francs", "francs");
        currency("MXN", "pesos");
        currency("TRY", "lira", "liras");
        currency("ZAR", "rand");
        currency("NGN", "naira");
        currency("ILS", "shekels", "shekel");
        currency("SAR", "riyals", "riyal");
        currency("AED", "dirhams", "dirham");
        currency("SEK", "kronor", "krona");
        currency("NOK", "kroner");
        currency("PLN", "zloty", "zlotys");
        currency("UAH", "hryvnia", "hryvnias");
        currency("MYR", "ringgit");
        currency("THB", "baht");
        currency("BRL", "reais");
        currency("KZT", "tenge");
        currency("HKD", "hong kong dollars");
        currency("NZD", "new zealand dollars");
        currency("SGD", "singapore dollars");
        currency("PKR", "pakistani rupees");
        currency("BTC", "bitcoin", "bitcoins");
        currency("PEN", "soles");
        currency("SLL", "leones");
        currency("IDR", "rupiah");
        currency("EGP", "egyptian pounds");
        currency("KES", "kenyan shillings");
        currency("UGX", "ugandan shillings");
        for (String code : new String[] {"USD", "EUR", "GBP", "RUB", "JPY", "CNY", "INR", "AUD", "CAD", "CHF", "MXN",
            "ZAR", "NGN", "ILS", "SAR", "AED", "SEK", "NOK", "DKK", "PLN", "UAH", "MYR", "THB", "KRW", "BRL", "KZT",
            "HKD", "NZD", "SGD", "PKR", "RMB", "RS"}) {
            CURRENCY_CODES.put(code.toLowerCase(java.util.Locale.ROOT), code.equals("RMB") ? "CNY" : code.equals("RS") ? "INR" : code);
        }

        event("KILL", "kill", "kills", "killed", "killing", "killings", "dead", "die", "dies", "died", "dying",
                "death", "deaths", "fatalities", "fatality", "fatally", "perished", "perish", "slain", "murdered", "deceased",
                "murder", "murders", "massacred", "massacre", "executed", "execution", "executions", "drowned",
                "bodies", "toll", "beheaded", "lynched", "assassinated");
        event("WOUND", "injured", "injuring", "injure", "injures", "injury", "injuries", "wounded", "wounding",
                "wounds", "hurt", "hospitalised", "hospitalized", "hospital", "hospitals", "maimed", "burned", "burnt");
        event("ARREST", "arrested", "arrest", "arrests", "arresting", "detained", "detain", "detaining",
                "detention", "detainees", "detainee", "custody", "jailed", "imprisoned", "apprehended",
                "charged", "captured", "nabbed", "sentenced", "sentencing", "recaptured");
        // an attack names no outcome: its people take the one the text reports next (EventReader.attackOutcome)
        event(EventCues.ATTACK, "shot", "stabbed", "attacked", "assaulted", "beaten", "gunned", "mauled");
        event("KIDNAP", "kidnapped", "kidnapping", "kidnappings", "kidnap", "kidnappers", "abducted", "abducting",
                "abduction", "abductions", "abductees", "hostage", "hostages", "captive", "captives", "seized");
        event("PROTEST", "protest", "protests", "protested", "protesting", "protesters", "protestors",
                "demonstrators", "demonstration", "demonstrations", "demonstrated", "demonstrating", "rally",
                "rallies", "rallied", "marched", "marchers", "march", "marching", "strikers", "rioters", "picket");
        event("EVACUATE", "evacuated", "evacuate", "evacuation", "evacuations", "evacuees", "displaced", "fled",
                "flee", "fleeing", "relocated", "refugees", "uprooted", "rehoused", "shelters", "refuge");
        event("AFFECT", "affected", "affecting", "impacted", "infected", "stranded", "sickened",
                "homeless", "missing", "furloughed", "unaccounted", "recovered", "disappeared",
                "exposed", "poisoned", "contaminated");
    }

    private static void duration(String key, String unit, int factor, String iso, String... more) {
        Unit u = new Unit(unit, BigDecimal.valueOf(factor), iso);
        DURATIONS.put(key, u);
        for (String m : more) {
            DURATIONS.put(m, u);
        }
    }

    private static void measure(String unit, String... words) {
        for (String w : words) {
            MEASURES.put(w, unit);
        }
    }

    private static void currency(String code, String... words) {
        for (String w : words) {
            CURRENCY_WORDS.put(w, code);
        }
    }

    private static void event(String event, String... words) {
        for (String w : words) {
            EVENT_CUES.put(w, event);
        }
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words)); // tolerates repeats, unlike Set.of
    }

    private static Map<String, Integer> map(Object... kv) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return Map.copyOf(m);
    }
}
