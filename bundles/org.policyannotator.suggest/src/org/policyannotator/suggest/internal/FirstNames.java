package org.policyannotator.suggest.internal;

import java.util.Set;

import org.policyannotator.suggest.internal.Genders.Gender;

/**
 * Common first names of news people in many languages that are given to one sex only (names given to both, "Jean",
 * "Andrea", "Kim", "Sasha", are left out): the last resort for "he" or "she" when no title says.
 */
final class FirstNames {
	private static final Set<String> FEMALE = Set.copyOf(java.util.Arrays.asList(
			// English
			"mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
			"nancy", "lisa", "margaret", "betty", "sandra", "ashley", "dorothy", "kimberly", "emily", "donna",
			"michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia",
			"kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha",
			"katherine", "catherine", "christine", "debra", "rachel", "carolyn", "janet", "virginia", "maria",
			"heather", "diane", "julie", "joyce", "victoria", "kelly", "christina", "joan", "evelyn", "lauren",
			"judith", "olivia", "martha", "cheryl", "megan", "andrea", "hannah", "jacqueline", "ann", "gloria",
			"jean", "kathryn", "alice", "teresa", "sara", "janice", "doris", "julia", "marie", "madison", "grace",
			"judy", "theresa", "beverly", "denise", "marilyn", "amber", "danielle", "rose", "brittany", "diana",
			"abigail", "natalie", "jane", "lori", "tiffany", "alexis", "kayla", "charlotte", "claire", "fiona",
			"harriet", "eleanor", "lucy", "sophie", "sophia", "caroline", "louise", "alison", "gillian", "joanna",
			"priti", "yvette", "bridget", "siobhán", "siobhan", "aoife", "niamh", "sinéad", "sinead", "mairead",
			"colleen", "kirsty", "kirsten", "hilary", "hillary", "penny", "wendy", "tracy", "tessa", "jacinda",
			"nadia", "liz", "kate", "jo", "beth", "ruth", "esther", "miriam", "naomi", "judith", "deborah", "leah",
			// Romance languages
			"ana", "isabel", "isabella", "carmen", "lucia", "lucía", "marta", "elena", "paula", "sofía", "francesca",
			"giulia", "giorgia", "chiara", "valentina", "silvia", "paola", "alessandra", "federica", "beatriz",
			"fernanda", "gabriela", "mariana", "juliana", "luisa", "luísa", "adriana", "carolina", "daniela", "rosa",
			"pilar", "dolores", "mercedes", "inés", "ines", "teresa", "yolanda", "aurora", "cristina", "patrícia",
			"claudia", "cláudia", "marina", "simone", "dilma", "marine", "ségolène", "segolene", "hélène", "helene",
			"sophie", "nathalie", "isabelle", "sylvie", "véronique", "veronique", "brigitte", "anne", "élisabeth",
			"agnès", "agnes", "amélie", "amelie", "céline", "celine", "lucie", "manon", "chloé", "chloe", "margaux",
			"ursula", "christine", "valérie", "valerie", "sandrine", "delphine", "aurélie", "aurelie",
			// Germanic, Nordic, Dutch
			"katrin", "katharina", "julia", "angela", "annalena", "ursula", "sabine", "petra", "monika", "claudia",
			"susanne", "birgit", "heike", "anke", "kerstin", "svenja", "franziska", "lena", "wibke", "ricarda",
			"saskia", "sahra", "ingrid", "astrid", "sigrid", "kristin", "magdalena", "ulla", "liv",
			"ingeborg", "annika", "sanna", "tuula", "marjatta", "sophie", "femke", "ilse", "mieke", "annelies",
			"margrethe", "frederikke", "karin", "malin", "ebba", "helle", "sofie",
			// Slavic, Baltic, Greek, Hungarian
			"olga", "tatiana", "tatyana", "natalia", "natalya", "irina", "svetlana", "elena", "yulia", "oksana",
			"anastasia", "ekaterina", "maria", "agnieszka", "małgorzata", "malgorzata", "katarzyna", "beata",
			"ewa", "marta", "joanna", "magdalena", "dorota", "zuzana", "jana", "ingrida", "dalia",
			"vaira", "dora", "katalin", "eleni", "maria", "dimitra", "zoe",
			// Arabic, Persian, Turkish
			"fatima", "fatma", "aisha", "ayesha", "amina", "maryam", "leila", "layla", "nour", "noor", "rania",
			"hanan", "huda", "salma", "yasmin", "yasmine", "zainab", "zeynep", "elif", "emine", "ayşe", "ayse",
			"hatice", "merve", "samira", "nadia", "farida", "laila", "mona", "dalia", "shirin", "maryam",
			// South Asian
			"priya", "anjali", "sunita", "neha", "pooja", "kavita", "meena", "lakshmi", "nirmala", "smriti",
			"sushma", "mamata", "mayawati", "indira", "sonia", "shabana", "rekha", "asha", "deepa", "divya",
			"shreya", "sita", "gita", "geeta", "radha", "usha", "shobha", "benazir", "maryam", "hina", "sherry",
			"rupa", "nandini", "ananya", "aditi", "swati", "madhuri", "shahana", "sheikha",
			// African
			"ngozi", "chioma", "amaka", "adaeze", "funmilayo", "folake", "yemisi", "aminata", "fatou", "awa",
			"wanjiru", "wangari", "akinyi", "achieng", "nomvula", "thandiwe", "lindiwe", "nkosazana", "naledi",
			"zodwa", "ama", "akosua", "abena", "efua", "esi", "joyce", "grace", "mercy", "faith", "sahle-work",
			// East and South-East Asian (romanised, one sex)
			"yuko", "yuki", "keiko", "akiko", "yoko", "sanae", "yuriko", "tomoko", "naoko", "mariko", "sachiko",
			"mei", "xiaoling", "jiwon", "soo-jin", "ji-yeon", "hye-jin", "eun-jung", "kyung-wha", "megawati",
			"retno", "siti", "nurul", "corazon", "gloria", "leni", "imelda", "sara", "risa", "thi",
			// Māori, Pacific
			"aroha", "mereana", "hine", "ngaire", "kiri",
			"ewa", "aurora", "sonia", "noura", "brenda", "neha", "samia"));

	private static final Set<String> MALE = Set.copyOf(java.util.Arrays.asList(
			// English
			"james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
			"christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
			"kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
			"jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
			"benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry",
			"tyler", "aaron", "henry", "adam", "douglas", "nathan", "peter", "zachary", "kyle", "walter", "harold",
			"jeremy", "ethan", "carl", "keith", "roger", "gerald", "christian", "terry", "sean", "arthur", "austin",
			"noah", "lawrence", "jesse", "joe", "bryan", "billy", "albert", "dylan", "bruce", "willie",
			"gabriel", "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene", "randy", "vincent", "russell",
			"louis", "philip", "bobby", "johnny", "bradley", "tom", "jim", "bob", "mike", "steve", "dave", "tony",
			"bill", "ben", "simon", "martin", "graham", "ian", "colin", "neil", "stuart", "nigel", "rishi", "keir",
			"boris", "liam", "conor", "ciarán", "ciaran", "eamon", "seán", "micheál", "micheal", "leo", "hugh",
			"rupert", "oliver", "harry", "charlie", "jeremy", "wes", "angus", "fergus", "hamish", "callum",
			"malcolm", "gordon", "duncan", "barry", "trevor", "clive", "derek", "geoffrey", "howard", "jim",
			"stephen", "jerome", "marcus", "lloyd", "owen", "rhys", "gareth", "dafydd", "huw", "evan", "luke",
			// Romance languages
			"josé", "jose", "luis", "carlos", "antonio", "manuel", "francisco", "javier", "miguel", "pedro",
			"alejandro", "fernando", "jorge", "alberto", "ricardo", "eduardo", "roberto", "sergio", "pablo", "diego",
			"andrés", "andres", "raúl", "raul", "rafael", "ramón", "ramon", "enrique", "gustavo", "gonzalo",
			"ignacio", "joaquín", "joaquin", "tomás", "tomas", "héctor", "hector", "mario", "marcos", "marcelo",
			"lula", "luiz", "joão", "joao", "paulo", "sérgio", "fábio", "fabio", "rodrigo", "felipe", "gabriel",
			"giuseppe", "giovanni", "marco", "matteo", "lorenzo", "alessandro", "francesco", "luca", "paolo",
			"giorgio", "stefano", "sergio", "enrico", "gianluca", "massimo", "maurizio", "roberto",
			"jean-luc", "jean-pierre", "jean-claude", "jean-marc", "jean-yves", "pierre", "jacques", "françois",
			"francois", "philippe", "nicolas", "emmanuel", "olivier", "laurent", "thierry", "éric", "bruno",
			"sébastien", "sebastien", "julien", "mathieu", "gérald", "gerald", "bernard", "michel", "alain",
			"xavier", "benoît", "benoit", "édouard", "gabriel", "yannick", "christophe", "frédéric", "frederic",
			"máximo", "maximo", "álvaro", "alvaro", "óscar", "oscar", "ángel", "angel", "jesús", "jesus", "emilio",
			// Germanic, Nordic, Dutch
			"markus", "thomas", "olaf", "friedrich", "wolfgang", "hans", "jürgen", "jurgen", "klaus", "joachim",
			"helmut", "gerhard", "horst", "karl", "heinz", "günter", "gunter", "werner", "dieter", "uwe", "frank",
			"jens", "lars", "sven", "jörg", "jorg", "stefan", "christian", "matthias", "volker", "robert", "boris",
			"hubertus", "cem", "rolf", "lutz", "bernd", "ulrich", "andreas", "tobias", "florian", "felix", "moritz",
			"niklas", "lukas", "jonas", "anders", "erik", "nils", "magnus", "björn", "bjorn", "henrik", "jonas",
			"mark", "geert", "dick", "wopke", "rob", "hugo", "jan", "pieter", "willem", "joost", "bart", "dirk",
			"jens", "ulf", "stig", "kjell", "sauli", "antti", "juha", "petteri", "mikko", "jyrki",
			// Slavic, Baltic, Greek, Hungarian
			"vladimir", "dmitry", "dmitri", "sergei", "sergey", "alexei", "alexey", "andrei", "andrey", "nikolai",
			"ivan", "mikhail", "yuri", "oleg", "igor", "viktor", "volodymyr", "petro", "oleksandr", "andriy",
			"denys", "mykola", "taras", "donald", "andrzej", "mateusz", "jarosław", "jaroslaw", "radosław",
			"radoslaw", "piotr", "tomasz", "krzysztof", "paweł", "pawel", "marek", "zbigniew", "miloš", "milos",
			"aleksandar", "aleksander", "viktor", "gitanas", "edgars", "alar", "kyriakos", "alexis",
			"yanis", "nikos", "konstantinos", "georgios", "dimitris", "péter", "gergely", "zoltán", "zoltan",
			// Arabic, Persian, Turkish, Hebrew
			"mohammed", "muhammad", "mohamed", "mohammad", "ahmed", "ahmad", "ali", "hassan", "hussein", "omar",
			"abdullah", "abdul", "ibrahim", "khalid", "mahmoud", "mustafa", "mostafa", "youssef", "yousef", "karim",
			"tarek", "tariq", "walid", "samir", "sami", "nabil", "faisal", "salman", "hamad", "abdel", "abdelaziz",
			"recep", "mehmet", "ahmet", "kemal", "hakan", "mevlüt", "mevlut", "ekrem", "binali", "hossein",
			"hassan", "ebrahim", "javad", "abbas", "reza", "benjamin", "yair", "benny", "naftali", "isaac", "yitzhak",
			"moshe", "avi", "itamar", "bezalel", "yoav", "gideon",
			// South Asian
			"narendra", "rahul", "amit", "rajesh", "rajnath", "arvind", "nitin", "piyush", "ashok", "sanjay",
			"suresh", "ramesh", "vijay", "manoj", "anil", "sunil", "ravi", "rajiv", "manmohan", "shivraj",
			"nirmal", "subrahmanyam", "jaishankar", "arun", "pranab", "venkataraman", "shehbaz", "nawaz",
			"imran", "asif", "ishaq", "shahid", "sajid", "bilawal", "muhammad", "mahinda", "ranil",
			"gotabaya", "anura", "prachanda", "krishna", "abhishek", "vivek", "deepak", "prakash",
			"arjun", "karan", "vikram", "aditya", "rohit", "siddharth", "harsh",
			// African
			"olumide", "segun", "bola", "muhammadu", "goodluck", "olusegun", "emeka", "chinedu",
			"obinna", "kwame", "kofi", "kwabena", "kwesi", "yaw", "cyril", "jacob", "thabo", "enoch",
			"mmusi", "julius", "john", "william", "uhuru", "raila", "kipchumba", "njuguna", "abiy", "yoweri",
			"paul", "emmerson", "hakainde", "félix", "macky", "bassirou", "ousmane", "mamadou", "moussa",
			"ibrahima", "abdoulaye", "amadou", "tebogo", "mokgweetsi", "tundu",
			// East and South-East Asian (romanised, one sex)
			"hiroshi", "takashi", "kenji", "shigeru", "fumio", "shinzo", "yoshihide", "kazuo", "haruhiko", "kazuki",
			"taro", "ichiro", "jiro", "akira", "makoto", "satoshi", "masato", "yoshimasa", "kazuhiro", "nobuyuki",
			"jae-myung", "suk-yeol", "min-soo", "jong-un", "joko", "prabowo", "anwar", "lawrence", "ferdinand",
			"rodrigo", "thaksin", "anutin", "srettha",
			// Māori, Pacific
			"wiremu", "hemi", "tamati", "rawiri", "wab"));

	private FirstNames() {
	}

	/** The sex a first name (lower case) is given to, UNKNOWN when it is not a known one or given to both. */
	static Gender gender(String firstName) {
		boolean female = FEMALE.contains(firstName);
		boolean male = MALE.contains(firstName);
		return female == male ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE;
	}
}
