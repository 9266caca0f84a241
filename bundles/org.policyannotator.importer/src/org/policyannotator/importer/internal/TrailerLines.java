package org.policyannotator.importer.internal;

import java.util.regex.Pattern;

/**
 * Lines that newspapers, wires and press-release services set around a story without being part of it: the print
 * edition note ("A version of this article appears in print on ..."), the wire's staff credit ("Reporting by ...;
 * Editing by ..."), a contact card (a few short lines with a phone number or an e-mail address), a distributor's
 * marks ("News provided by ...", "SOURCE Green Ports Alliance", "View original content: https://..."), a reference
 * number ("Ref.: 20240419IPR20589", "HM.4.6/148/SET.M.EKON.3/04/2026"), a publisher's disclaimer of the author's
 * views ("新浪声明：...并不意味着赞同其观点", "The views expressed are those of the author"), a chart's caption with its source ("Chart: ... Source: ..."), a call
 * to follow an account ("毎日新聞のアカウントをフォローして...", "Follow X on social media.") and the consent line under a
 * sign-up box ("I would like to be emailed about offers ... Read our privacy notice"), and the staff credits set as
 * lines of their own under a story ("Pewarta: X" / "Editor: Y" / "Copyright © ANTARA 2025", "Redakteur: X"), and a
 * call for readers' stories ("Have you been affected by the issues raised in this story? You can get in touch by
 * emailing ..."), the writer's name with an e-mail address on a line of its own ("BY PARK SOO-JIN [park@...]") and a
 * line telling the press whom to call ("For media queries, please contact ..."), a call to join the site's channel in a
 * messaging app ("Join our WhatsApp community ...", "Click here to follow the X WhatsApp channel"), a prompt to report a
 * typo with Ctrl+Enter, a standing request for news tips ("Send your news stories to newsdesk@...") and the
 * publisher's note on who funds it ("Disclosure: X has been a financial supporter of ..."), an official's signature
 * block ("(Sgd.) NAME / Title"), a broadcast story's staff on one line ("Camera: X / Editing: Y"), a note for the page
 * rather than the story ("English Summary: ...", "Problems viewing this page? ...") and a line ending with the
 * publisher's call to sign up for its stories ("... Sign up to receive our biggest stories as soon as they're published.").
 */
final class TrailerLines {
	private static final Pattern PRINT_EDITION = Pattern.compile(
			"(?i)^(a version of this (article|story|review|column|essay) (appears|appeared) in print\\b"
					+ "|this (article|story) (appeared|appears) in (the )?(\\S+ ){0,4}(section of the )?print edition\\b"
					+ "|dieser (artikel|beitrag) erschien (zuerst )?in der (print|gedruckten)).{0,400}$");
	private static final Pattern STAFF_CREDIT = Pattern.compile(
			"(?i)^[(\\[]?((additional )?(reporting|writing|editing|research) by|compiled by|edited by)\\s+\\p{Lu}[^.!?]{0,150}"
					+ "(;\\s*((additional )?(reporting|writing|editing|research)|graphics|compiled|edited) by\\s+[^;]{1,120})+[)\\]]?\\.?$");
	private static final Pattern PHONE = Pattern.compile(
			"(?i)^((tel|phone|mobile|cell|fax|t|m)\\.?\\s*[:：]?\\s*)?[+(]{0,2}\\d[\\d ()./-]{6,}\\d(\\s*\\([\\p{L} ]{2,12}\\))?$");
	/** A line that ends as a sentence does, in any script ("... per year.", "...公开回应。"). */
	private static final Pattern SENTENCE = Pattern.compile(".*\\p{L}{3,}[\"”」』)）]?[" + TextNormalizer.SENTENCE_END + "]$");
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
	/** A web address or a social media account as a line of a contact card: "Website: www.x.go.id", "X: @Ministry". */
	private static final Pattern ACCOUNT = Pattern.compile("(?i)^([\\p{L} &/]{2,30}[:：]\\s*)?(https?://\\S+|www\\.\\S+|@\\w{2,30})$");
	/** Case matters: "SOURCE" in capitals is the distributor's mark, "Source" starts a sentence. */
	private static final Pattern DISTRIBUTOR = Pattern.compile(
			"^(([Nn]ews )?[Pp]rovided by|SOURCE\\s+\\p{Lu}|[Dd]istributed by\\s).{0,80}$");
	/** A label and a web address, nothing else: "View original content to download multimedia:https://...". */
	private static final Pattern LABELLED_URL = Pattern.compile("^[^.!?:：]{2,80}[:：]\\s*https?://\\S+$");
	private static final Pattern REFERENCE = Pattern.compile(
			"(?i)^(ref(erence)?|ref\\. no|release (id|no\\.?|number)|document (id|no\\.?|number)|press release( no\\.?| number)?)"
					+ "\\.?\\s*[:：]\\s*[\\p{L}\\d/_.-]{4,30}$"
					+ "|^(?i:press release|communiqué de presse|comunicado de prensa|release)\\s+(?:n[°ºo]\\.?|no\\.|#)\\s*[\\p{L}\\d/_.-]{2,20}$");
	/** A release's file number on a line of its own, one code of capitals and digits: "HM.4.6/148/SET.M.EKON.3/04/2026". */
	private static final Pattern FILE_NUMBER = Pattern.compile("^(?=[^/]*/)(?=(?:\\D*\\d){2})[\\p{Lu}\\d]+(?:[./-][\\p{Lu}\\d]+){3,}$");
	/** Found anywhere in a line of at most 300 characters. */
	private static final Pattern DISCLAIMER = Pattern.compile(
			"(?i)^(免责)?声明[:：]|^聲明[:：]|并不意味着赞同其观点|並不意味著贊同其觀點|不代表本(网|站|报|網|報)(观点|觀點|立场|立場)"
					+ "|仅代表作者(本人)?(观点|个人观点)|\\b(views|opinions) (expressed|represented) (here(in)?|in this \\w+ )?(are|is) (solely )?"
					+ "(those|that) of the author");
	/**
	 * A line that ends with the publisher asking the reader to sign up for its stories: "ProPublica is a nonprofit
	 * newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they're published."
	 * Found in a line of at most 400 characters.
	 */
	private static final Pattern OUR_STORIES_CALL = Pattern.compile("(?i)(?:^|.*[.!?]\\s+)(?:\\W*)(?:sign up|subscribe|register)"
			+ "\\b[^.!?\"“”]{0,40}\\bour\\b[^.!?\"“”]{0,40}\\b(stories|newsletters?|reporting|journalism|investigations|news)\\b"
			+ "[^.!?\"“”]*[.!]?$");
	/**
	 * A line for the page rather than the story: the summary in English under a story in another language ("English
	 * Summary: KSERC hikes ..."), a webmaster's note ("Problems viewing this page? Please contact webmaster@..."), the
	 * note that PDF files need Adobe Reader. Found in a line of at most 300 characters.
	 */
	private static final Pattern PAGE_NOTE = Pattern.compile("(?i)^(english summary|summary in english)\\s*[:：].*"
			+ "|^(problems|trouble|having (problems|trouble)) (viewing|displaying|reading) this (page|site|article)\\b.*"
			// "PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です", "You need Adobe Reader to view PDF files"
			+ "|(?=.*\\bpdf)(?=.*adobe (acrobat )?reader).*(need|require|download|install|必要|ダウンロード|benötig|nécessaire"
			+ "|necesit|herunterladen|télécharg).*");
	/**
	 * A count of the story's readers, perhaps after the category and date of the line: "Views: 1834", "اقتصاد 14/04/2026
	 * 11:25 عدد المشاهدات: 1834", "Aufrufe: 1.834", "조회수 1,834".
	 */
	private static final Pattern VIEW_COUNT = Pattern.compile("(?iu)^(?:.{0,60}\\s)?(?:[\\d.,  ]+\\s*)?(views?|aufrufe|просмотр\\w*"
			+ "|переглядів|visualiza\\w+|visitas|vues|lượt xem|عدد المشاهدات|مشاهدات|بازدید|조회수?|閱讀|阅读|görüntülenme|okunma)"
			+ "\\s*[:：]?\\s*[\\d.,  ]*$");
	/** An intern's credit: "Estagiária sob supervisão de Cláudia Menezes", "Intern under the supervision of ...". */
	private static final Pattern INTERN_CREDIT = Pattern.compile("(?iu)^\\W{0,2}(estagiári[oa]s?|intern|trainee|praktikant(in)?)\\b"
			+ ".{0,20}\\b(sob (a )?supervisão|under (the )?supervision|unter (der )?(aufsicht|betreuung))\\b.{0,80}$");
	/** A signature block of an official release: "(Sgd.) ROMEO V. DELA CRUZ, PhD / Undersecretary / ...". */
	private static final Pattern SIGNED = Pattern.compile("(?s)^\\(?\\s*[Ss][Gg][Dd]\\.?\\s*\\)?\\s+\\p{Lu}.{0,300}$");
	/**
	 * The staff of a broadcast story on one line, two or more roles with their names: "촬영기자:이준호/영상편집:김가은/그래픽:박미래",
	 * "Camera: Ana Ruiz / Editing: Tom Berg".
	 */
	private static final Pattern CREDITS_ROW = Pattern.compile("^(?:[\\p{L} ]{1,20}\\s*[:：]\\s*[\\p{L}\\p{M} .'’-]{1,30}\\s*[/|·]\\s*){1,6}"
			+ "[\\p{L} ]{1,20}\\s*[:：]\\s*[\\p{L}\\p{M} .'’-]{1,30}$");
	/**
	 * The publisher's note on who funds it, as a line of its own: "Disclosure: Texas Hospital Association has been a
	 * financial supporter of The Texas Tribune ...". Found in a line of at most 600 characters.
	 */
	private static final Pattern FUNDING_DISCLOSURE = Pattern.compile("(?i)^\\W*(disclosures?|transparency note|offenlegung"
			+ "|divulgation)\\s*[:：].*\\b(supporters?|sponsors?|sponsored|funded|funding|funders?|donors?|donations?|underwrit\\w*)\\b.*");
	private static final Pattern CHART_CAPTION = Pattern.compile(
			"(?i)^(?=.{0,240}$)(chart|graph|graphic|map|figure|fig\\.|infographic|grafik|karte|abbildung|gráfico|graphique)"
					+ "\\s*\\d*\\s*[:：.].*\\b(source|quelle|fuente|fonte)\\s*[:：].*$");
	/** Found anywhere in a line of at most 120 characters. */
	private static final Pattern FOLLOW = Pattern.compile(
			"(?i)のアカウントをフォロー|をフォローして|フォローすると|关注我们|扫码关注|关注.{0,10}公众号|팔로우하(고|세요)"
					+ "|^follow\\s.{1,60}\\son (social media|x|twitter|facebook|instagram|linkedin|threads|bluesky)\\b[\\w ,&]*\\.?$"
					+ "|^follow\\s.{1,60}\\s(for|to get) (the |all the )?(latest|more|breaking)\\b.{0,60}$"
					+ "|^follow\\s.{1,40}\\son:?$"); // "Follow ESCAP on" over a row of icons
	/** A call to follow the publisher with its accounts listed: "Ikuti kami di media sosial :\nFacebook : @bernamadotcom ...". */
	private static final Pattern FOLLOW_US_ACCOUNTS = Pattern.compile(
			"(?isu)^(ikuti kami|follow us|síguenos|suivez-nous|folgen sie uns|siga-nos)\\b.{0,40}[:：].*@\\w+.*");
	/** The call of a messaging prompt as its first words: "Join", "Suivez", "Únete", "Подписывайтесь". */
	private static final String CALL_FIRST = "(join|follow|subscribe|sign up|únete|súmate|suscríbete|síguenos|rejoignez"
			+ "|suivez|abonnez-vous|junte-se|siga-nos|inscreva-se|iscriviti|unisciti|seguici|folgen sie|abonnieren sie|tritt"
			+ "|dołącz|obserwuj|subskrybuj|připojte|sledujte|подписывайтесь|подпишитесь|присоединяйтесь|підписуйтесь|підпишіться"
			+ "|приєднуйтесь|долучайтеся|следете|последвайте|пратите|pratite)\\b|ติดตาม|เข้าร่วม|انضم|تابع|اشترك";
	/** The call of a messaging prompt as its last words: "katılın", "takip edin", "beitreten", "بپیوندید". */
	private static final String CALL_LAST = "(katılın|katıl|takip edin|abone olun|beitreten|folgen|abonnieren|بپیوندید"
			+ "|دنبال کنید|구독하세요|참여하세요)";
	/**
	 * A call to join the site's channel, community or group in a messaging app, in any language: the app named and
	 * the call as the first or the last words, so that a report of what someone wrote on a Telegram channel stays
	 * ("Join the MEN's Oldham WhatsApp community for the latest news", "Gelişmelerden anında haberdar olmak için Sözcü
	 * WhatsApp kanalına katılın.", "Подписывайтесь на наш канал в Telegram"). Found in a line of at most 200 characters.
	 */
	private static final Pattern MESSAGING_CHANNEL = Pattern.compile("(?iU)^(?=.*(\\b(whatsapp|telegram|viber)\\b|واتساب|تيليجرام|تلغرام))"
			+ "(?:[\\W\\d]*(?:(?:click|tap) here to\\s+)?(?:" + CALL_FIRST + ").*|.*\\b" + CALL_LAST + "[\\W\\d]*)$");
	/**
	 * A prompt to report a mistake in the text with a key: "Якщо Ви помітили помилку, виділіть необхідний текст і
	 * натисніть Ctrl+Enter", "Found a typo? Select it and press Ctrl+Enter". Found in a line of at most 200 characters.
	 */
	private static final Pattern TYPO_REPORT = Pattern.compile("(?iu)^(?=.*\\b(ctrl|strg)\\s*\\+\\s*enter\\b)"
			+ "(?=.*(mistake|error|typo|misprint|помилк|ошибк|опечат|грешк|błąd|błęd|fehler|chyb|erreur|errore|erro|greșeal"
			+ "|klaid|kļūd|hiba|hata|virhe|fejl|fout|λάθος|טעות|خطأ|غلط|қате|xato|ката|səhv|შეცდომ|սխալ)).*");
	/** Found in a line of at most 200 characters. */
	private static final Pattern CONSENT = Pattern.compile(
			"(?i)^(i would like to (be emailed|receive)|by (signing up|subscribing|clicking)\\b)"
					+ "|\\b(read|see|view) our (privacy (notice|policy)|terms)\\b.{0,40}$");

	/** One credit of a story's staff on a line of its own: the role, a colon, a name (a few words, no sentence). */
	private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^(reporter|reporters|reporting|writer|written by|editor"
			+ "|editors|edited by|editing|sub-?editor|photographer|photos?|pictures?|translator|translated by|translation"
			+ "|pewarta|penulis|redaktur|fotografer|penerjemah|wartawan|reporter/editor|redakteur|redakteurin|redaktion"
			+ "|bearbeitung|übersetzung|redacción|redactor|edición|edição|redação|reportagem|tradução|traducción|rédaction"
			+ "|rédacteur|traduction|redazione|traduzione|記者|責任編輯|责任编辑|编辑|기자|編集)\\s*(?:[:：]|\\s[–—-]\\s)\\s*"
			+ "\\p{L}[\\p{L}\\p{M} .,'’&/()-]{1,80}$");
	/**
	 * The writer's name and e-mail address signing the story on a line of its own: "BY PARK SOO-JIN
	 * [park.soojin@joongang.co.kr]", "By Ana Ruiz, ana.ruiz@example.com" (the name's words capitalized).
	 */
	private static final Pattern SIGNATURE = Pattern.compile("^(?:[Bb][Yy]\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*"
			+ "(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){1,4}\\s*[,–—-]?\\s*[\\[(<]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[\\])>]?$");
	/** A classified advertisement set in the text: "TEXT AD: Call Ade – +234 ...", "Advertorial: ...". */
	private static final Pattern TEXT_AD = Pattern.compile("(?i)^(text ad|advertorial|sponsored|paid post|anzeige|publicité"
			+ "|publicidad|publireportage)\\s*[:：]\\s*.{1,200}$");
	/** A line that tells the press whom to call: "For media queries, please contact X, tel.: +49 ...". */
	private static final Pattern MEDIA_CONTACT = Pattern.compile("(?i)^(for (further |more )?(media|press) (queries|enquiries"
			+ "|inquiries|information|requests)|(media|press) (contacts?|enquiries|inquiries|queries)\\s*[:：]|pressekontakt"
			+ "|contacts? presse|contacto de prensa|contatti stampa"
			+ "|for (more|further) information( on this (topic|subject|release))?,? (please )?contact\\b)\\b?.{0,200}$");
	/** A person to reach, on a line of its own: "In Geneva, Olga Ferreira, ferreira@unhcr.org, +41 79 217 30 66". */
	private static final Pattern CONTACT_PERSON = Pattern.compile("^[^.!?]{0,80}[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+,?\\s*"
			+ "(?:(?:tel|phone|mob|mobile|t)\\.?\\s*[:：]?\\s*)?\\+?[\\d ()./-]{7,}\\d$");
	/** Found in a line of at most 300 characters: a question to readers, then how to reach the newsroom. */
	private static final Pattern CALL_OUT = Pattern.compile("(?i)\\b(have you been (affected|impacted)|are you affected"
			+ "|do you have (a story|information|a question)|have you (experienced|witnessed)|share your (story|experiences?"
			+ "|views|pictures|photos)|tell us (your story|about your))\\b.*\\b(get in touch|contact us|e-?mail(ing)?|whatsapp"
			+ "|message us|send us|fill in|form)\\b");
	/**
	 * A standing request for news, tips or stories, with the newsroom's address: "Send your news stories to
	 * newsdesk@example.com", "Got a news tip? Email tips@example.com". Found in a line of at most 200 characters.
	 */
	private static final Pattern NEWS_TIPS = Pattern.compile("(?i)^(?:.{0,30}제보를 기다립니다.{0,20}|"
			+ "(?=.*(@[\\w-]+\\.\\w|\\b(contact|call|whatsapp) us\\b))"
			+ "\\W*(?:(send|e-?mail|submit|share) (us )?(your |any )?(news|stories|story|news stories|(news )?tips?|press releases?)\\b"
			+ "|(got|have) a (news )?(tip|story)( idea)?\\b).*)");

	private TrailerLines() {
	}

	/** Whether the stripped line {@code t} is the publisher's note on who funds it (see {@link #FUNDING_DISCLOSURE}). */
	static boolean isFundingDisclosure(String t) {
		return t.length() <= 600 && FUNDING_DISCLOSURE.matcher(t).matches();
	}

	/**
	 * Whether the stripped block {@code t}, longer than most furniture, is the publisher's note on who funds it or a
	 * call to follow it with its accounts listed line by line.
	 */
	static boolean isLongNotice(String t) {
		return isFundingDisclosure(t) || t.length() <= 400 && FOLLOW_US_ACCOUNTS.matcher(t).matches();
	}

	/** Whether the stripped line {@code t} is one of the kinds in the class comment. */
	static boolean isTrailerLine(String t) {
		if (t.length() > 500) {
			return false;
		}
		int n = t.length();
		return PRINT_EDITION.matcher(t).matches() || STAFF_CREDIT.matcher(t).matches() || isContactCard(t)
				|| DISTRIBUTOR.matcher(t).matches() || LABELLED_URL.matcher(t).matches()
				|| REFERENCE.matcher(t).matches() || n <= 60 && FILE_NUMBER.matcher(t).matches() || n <= 300 && DISCLAIMER.matcher(t).find()
				|| isFundingDisclosure(t) || n <= 400 && OUR_STORIES_CALL.matcher(t).matches() || SIGNED.matcher(t).matches()
				|| n <= 160 && CREDITS_ROW.matcher(t).matches() || n <= 300 && PAGE_NOTE.matcher(t).matches()
				|| n <= 80 && t.chars().anyMatch(Character::isDigit) && VIEW_COUNT.matcher(t).matches()
				|| n <= 160 && INTERN_CREDIT.matcher(t).matches() || n <= 400 && FOLLOW_US_ACCOUNTS.matcher(t).matches()
				|| CHART_CAPTION.matcher(t).matches() || n <= 120 && FOLLOW.matcher(t).find()
				|| n <= 200 && (CONSENT.matcher(t).find() || MESSAGING_CHANNEL.matcher(t).matches() || NEWS_TIPS.matcher(t).matches()
						|| TYPO_REPORT.matcher(t).matches())
				|| isCreditCard(t) || n <= 300 && CALL_OUT.matcher(t).find()
				|| n <= 120 && SIGNATURE.matcher(t).matches() || MEDIA_CONTACT.matcher(t).matches()
				|| TEXT_AD.matcher(t).matches() || n <= 160 && CONTACT_PERSON.matcher(t).matches();
	}

	/**
	 * Staff credits as lines of their own (from {@code <br>}), perhaps with the copyright line: "Pewarta: X\nEditor:
	 * Y\nCopyright © ANTARA 2025". One to six lines, at least one a credit, the others credits or the copyright.
	 */
	private static boolean isCreditCard(String t) {
		String[] lines = t.split("\n");
		if (lines.length > 6) {
			return false;
		}
		boolean credit = false;
		for (String line : lines) {
			String l = line.strip();
			boolean isCredit = CREDIT_LINE.matcher(l).matches();
			if (!isCredit && !ParagraphFilter.isCopyright(l)) {
				return false;
			}
			credit |= isCredit;
		}
		return credit;
	}

	/**
	 * A contact card: two to eight short lines (from {@code <br>}), none a sentence, one of them a phone number or an
	 * e-mail address ("Media contact:\nPieter de Vries\n+31 10 555 0199\npress@example.org").
	 */
	private static boolean isContactCard(String t) {
		return t.indexOf('\n') >= 0 && isContactCard(java.util.Arrays.asList(t.split("\n")));
	}

	/**
	 * Whether {@code lines} (two to eight, from one block or from the last blocks of a text) are a contact card: none a
	 * sentence or longer than 80 characters, one of them a phone number, an e-mail address, a web address or a social
	 * media account ("Twitter & Instagram: @PerekonomianRI").
	 */
	static boolean isContactCard(java.util.List<String> lines) {
		if (lines.size() < 2 || lines.size() > 8) {
			return false;
		}
		boolean reachable = false;
		for (String line : lines) {
			String l = line.strip();
			if (l.length() > 80 || SENTENCE.matcher(l).matches() && !EMAIL.matcher(l).find()) {
				return false;
			}
			reachable |= PHONE.matcher(l).matches() || EMAIL.matcher(l).find() && l.length() <= 60
					|| ACCOUNT.matcher(l).matches();
		}
		return reachable;
	}
}
