package org.policyannotator.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.policyannotator.importer.BlockKind;

/**
 * Drops paragraphs that are page furniture even inside the article: ad labels ("Advertisement"), share prompts,
 * reading times ("4 min read"), date lines ("Updated 3 hours ago"), copyright lines,
 * "Read more:" links and headlines of other stories, a reporter's e-mail sign-off, photo and agency credits ("Quelle: dpa", "picture alliance |
 * ..."), video labels with a duration, rows of print/share tools, newsletter and follow prompts, paywall notices ("Il vous
 * reste 72 % de cet article à lire", "残り842文字"), broadcast notes ("Dieses Thema im Programm: ..."), lines of type
 * and date ("Press release 17 June 2025 15:30"), rules drawn with characters ("______"), a short label whose link to
 * another story left, byline lines ("By Jane Doe, Staff Writer"), headings of removed sections ("Related articles", "Comments", a heading whose paragraphs all left), a heading or short label left dangling at
 * the end, lines a site or wire sets around a story
 * ({@link TrailerLines}), screen-reader labels ("opens new tab"); a paragraph that repeats the one before it, and pull
 * quotes that repeat words of a paragraph.
 */
public final class ParagraphFilter {
	private static final Set<String> LABELS = Set.of("advertisement", "advertisements", "ad", "ads", "sponsored",
			"sponsored content", "story continues below advertisement", "scroll to continue with content",
			"article continues below", "continue reading", "continue reading below", "read more", "read more below",
			"show more", "load more", "related", "related articles", "related stories", "related content",
			"related news", "related topics", "more on this story", "more from", "more stories", "more news",
			"share", "share this", "share this article", "share this story", "share this page", "share on facebook",
			"share on twitter", "share on x", "share on linkedin", "share via email", "tweet", "email", "print",
			"copy link", "link copied", "comments", "comment", "leave a comment", "leave a reply", "join the conversation",
			"recommended", "recommended for you", "most read", "most popular", "most viewed", "trending", "you may also like",
			"you might also like", "sign up", "subscribe", "subscribe now", "skip to content", "skip to main content",
			"skip advertisement", "back to top", "top", "topics", "tags", "follow us", "listen to this article",
			"read next", "up next", "related coverage", "more on this topic", "more about this story", "mehr zum thema",
			"zum thema", "auch interessant", "das könnte sie auch interessieren", "weitere artikel", "lire aussi",
			"à lire aussi", "sur le même sujet", "关联阅读", "相关报道", "相关专题", "関連記事", "関連ニュース", "あわせて読みたい",
			"广告", "相关阅读", "相关新闻", "相关文章", "推荐阅读", "分享", "分享到", "返回顶部", "광고", "관련기사", "관련 기사",
			"공유하기", "많이 본 뉴스", "맨위로", "seguir leyendo", "sigue leyendo", "lee también", "te puede interesar",
			"mirá también", "mira también", "ver también", "leé también", "también te puede interesar", "publicité",
			"publicidad", "pubblicità", "annonce", "anzeige", "werbung", "reklama", "advertentie", "mainos", "reklam",
			"photo gallery", "photo gallery (click to enlarge)", "click to enlarge", "gallery",
			"le puede interesar", "también le puede interesar", "le recomendamos", "te recomendamos",
			"más información", "continua a leggere", "continue lendo", "weiterlesen", "lire la suite", "читайте также",
			"читать далее", "читать также", "baca juga", "xem thêm", "यह भी पढ़ें", "ये भी पढ़ें", "延伸閱讀", "相關新聞",
			"相關閱讀", "推薦閱讀", "廣告", "分享到：", "###", "(end)", "end", "-30", "- ends", "(끝)", "(完)", "（完）",
			// "read also" and "related" in more languages: Swedish, Finnish, Polish, Czech, Ukrainian, Greek, Hebrew,
			// Arabic, Persian, Bengali, Turkish, Portuguese
			"läs också", "läs mer", "lue myös", "czytaj także", "czytaj też", "zobacz także", "přečtěte si také",
			"čtěte také", "související", "читайте також", "дивіться також", "διαβάστε επίσης", "διαβάστε ακόμη",
			"σχετικά άρθρα", "קראו עוד", "קראו גם", "כתבות נוספות", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "بیشتر بخوانید",
			"بخوانید", "اخبار مرتبط", "আরও পড়ুন", "আরো পড়ুন", "ayrıca okuyun", "ilgili haberler", "leia também", "veja também",
			"saiba mais", "annons", "annonser", "annonse", "hirdetés", "oglas", "reclame", "reklame", "publicidade",
			"реклама", "διαφήμιση", "פרסומת", "إعلان", "広告", "ai generated", "ai-generated", "haberin devamı", "devamı",
			"devamını oku", "published on", "publié le", "veröffentlicht am", "publicado el", "publicado em");
	private static final Pattern PROMPT = Pattern.compile(
			"^(read more|read also|also read|related|see also|more|watch|listen|sign up|subscribe|follow us|recommended|our standards|"
					+ "lire aussi|à lire aussi|voir aussi|lea también|leer más|leia também|leia mais|lesen sie auch|mehr zum thema|"
					+ "zum thema|lees ook|leggi anche|czytaj także|čtěte také|相关阅读|相关链接|延伸阅读|관련기사|baca juga|читайте также|"
					+ "смотрите также|यह भी पढ़ें|ये भी पढ़ें|xem thêm|lee también|seguir leyendo|延伸閱讀|相關新聞|mirá también|"
					+ "mira también|ver también|leé también|te puede interesar|"
					+ "läs också|läs mer|lue myös|czytaj też|przeczytaj także|přečtěte si také|читайте також|διαβάστε επίσης|"
					+ "קראו עוד|קראו גם|اقرأ أيضا|اقرأ أيضاً|بیشتر بخوانید|আরও পড়ুন|আরো পড়ুন|ayrıca okuyun|veja também|saiba mais)"
					+ "\\s*[:：>»|–—-].*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A label in capitals run into the link it introduces: "ALSO READ Mayor defends the plan". */
	private static final Pattern PROMPT_IN_CAPITALS = Pattern.compile(
			"^(READ MORE|ALSO READ|READ ALSO|RELATED|SEE ALSO|RECOMMENDED|LIRE AUSSI|À LIRE AUSSI|"
					+ "LEA TAMBIÉN|LEER MÁS|LEIA TAMBÉM|LESEN SIE AUCH|MEHR ZUM THEMA)\\s+\\S.{0,150}[^" + TextNormalizer.SENTENCE_END + "]$");
	/** A label that introduces a link to another story: "Lire aussi", "Lesen Sie auch", "Read more". */
	private static final Pattern LABEL = Pattern.compile(
			"(?iu)^(read more|read also|also read|see also|related|more on this|lire aussi|à lire aussi|voir aussi|"
					+ "lea también|leer más|leia também|leia mais|lesen sie auch|mehr zum thema|zum thema|lees ook|"
					+ "leggi anche|czytaj także|čtěte také|相关阅读|延伸阅读|관련기사|baca juga|читайте также|यह भी पढ़ें|xem thêm|"
					+ "lee también|延伸閱讀|läs också|läs mer|lue myös|czytaj też|przeczytaj także|přečtěte si také|"
					+ "читайте також|διαβάστε επίσης|קראו עוד|קראו גם|اقرأ أيضا|اقرأ أيضاً|بیشتر بخوانید|আরও পড়ুন|আরো পড়ুন|"
					+ "ayrıca okuyun|veja também|saiba mais|mirá también|mira también|ver también|leé también"
					+ "|le puede interesar|te puede interesar)[\\s:：]+\\S");
	/** A "read also" label alone ("Mirá también", "Lire aussi :"): the link that follows it goes with it. */
	private static final Pattern LABEL_ALONE = Pattern.compile(LABEL.pattern().replace("[\\s:：]+\\S", "[\\s:：»>|–—-]*$"));
	/**
	 * A photo credit on a line of its own, its label in any case and script: "Photograph: Jane Doe/Agency", "(Photo by
	 * X/Agency via Y)", "Фото: Пресслужба", "(Fotoğraf: AA)", "ภาพ : ...".
	 */
	private static final Pattern CREDIT = Pattern.compile(
			"(?iu)^[(\\[]?\\s*(photo(graph)?s?|image|picture|illustration|video|graphic|credit|photo credit|foto|bild|imagen|"
					+ "crédit photo|crédits?|borítókép|címlapkép|nyitókép|kép|fotó|cover (photo|image)|top image|featured image|header image|"
					+ "titelbild|aufmacherbild|zdjęcie|fot\\.|фото|kuva|bilde|billede|"
					// Turkish, Russian and Ukrainian, Greek, Hebrew, Arabic, Persian, Thai
					+ "fotoğraf|görsel|фотография|світлина|ілюстрація|иллюстрация|φωτογραφία|צילום|صورة|عکس|ภาพ|ขอบคุณภาพ|ภาพประกอบ)"
					+ "\\s*(by\\b|:|：|©).{1,100}$");
	/**
	 * A credit line in the forms news sites and agencies use: "Image copyright Getty Images", "Quelle: dpa",
	 * "Bildquelle: ...", "picture alliance | Name", "Reuters", "© AFP".
	 */
	private static final Pattern CREDIT_LINE = Pattern.compile(
			"(?i)^[(\\[]?\\s*(©\\s*)?((image|photo|picture|foto|bild)\\s+(copyright|credit|source|quelle|rechte)\\b.{1,100}"
					+ "|[^。！？]{0,30}(图片来源|圖片來源)\\s*[:：].{1,40}"
					+ "|(quelle|bildquelle|fotoquelle|bildrechte|fotos?|bild|crédit|credit|credits|sources?|fonte|fuente|图片来源|图片|摄影"
					+ "|写真|사진)"
					+ "\\s*[:：/].{1,80}"
					+ "|(picture[ -]alliance|getty( images)?|imago( images)?|dpa|afp|reuters|ap( photo)?|epa(-efe)?|ddp|"
					+ "shutterstock|istock(photo)?|keystone|anadolu|xinhua|kyodo|yonhap)\\b\\s*([|/:,]\\s*.{0,80})?)[)\\]]?$");
	/** A label of an embedded video with its duration: "Watch video 02:17", "Video 1:45 min", "视频 02:17". */
	private static final Pattern VIDEO_LABEL = Pattern.compile(
			"(?i)^(?=.{0,60}$)(?=.*\\b\\d{1,2}:\\d{2}\\b)(?=.*(video|watch|play|länge|ansehen|vidéo|视频|動画|영상)).*$");
	/** A row of tools: print, permalink, share, e-mail, font size and the like, and nothing else. */
	private static final Set<String> TOOL_WORDS = Set.of("print", "permalink", "share", "email", "e-mail", "mail",
			"tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "copy",
			"link", "save", "bookmark", "comment", "comments", "font", "size", "text", "a", "a+", "a-", "drucken",
			"teilen", "merken", "versenden", "imprimer", "partager", "打印", "分享", "收藏", "纠错", "字号", "大", "中", "小",
			"印刷", "共有", "인쇄", "공유");
	/** A newsletter prompt that names it: "Get our morning briefing newsletter ...", "Newsletter abonnieren". */
	private static final Pattern NEWSLETTER = Pattern.compile(
			"(?i)^(?=.{0,200}$)(?=.*(\\bnewsletters?\\b|hírlevel|nyhetsbrev|uutiskirje|nieuwsbrief|boletín|infolettre|"
					+ "biuletyn|bülten|informační e-mail))(?=.*(sign|subscri|abonn|inscri|bestell|registr|deliver|inbox|"
					+ "get |receive|erhalten|join|\\bfollow\\b|\\bsigue\\b|\\bsuivez\\b|\\bfolgen sie\\b|iratkozz|feliratkoz|"
					+ "prenumerera|tilaa|meld je aan|zapisz|suscríb|inscrív|abone ol)).*$");
	/** A call to follow the site in a news app: "Kövesse az Indexet a Google Hírek oldalán is!", "Follow us on Google News". */
	private static final Pattern NEWS_APP = Pattern.compile("(?i)^(?=.{0,160}$).*\\bgoogle (news|hírek|noticias|actualités|"
			+ "notizie|nachrichten|notícias|wiadomości|haberler|berita|nyheter|uutiset)\\b.*$");
	/** A reader's feedback prompt: "Do you like the content of this article?", "Was this article helpful?". */
	private static final Pattern FEEDBACK = Pattern.compile("(?i)^(do you like (the content of )?this (article|story)|was this"
			+ " (article|story|page|information) (helpful|useful)|did you (find|like) this (article|story)( helpful| useful)?"
			+ "|rate this (article|story)|how (did|does) this (article|story) make you feel|bagaimana perasaanmu setelah membaca"
			+ " artikel ini)\\s*\\??$");
	/** A newsletter named on a line of its own, or its promise: "Checkpoint – der Berlin-Newsletter", "Kostenlos in Ihr Postfach." */
	private static final Pattern NEWSLETTER_NAME = Pattern.compile("(?i)^(?=.{0,60}$).*\\bnewsletter$|^(?=.{0,160}$).*\\b("
			+ "kostenlos in ihr postfach|straight to your inbox|delivered to your inbox|dans votre boîte (mail|de réception))\\b.*$");
	/** Editors' initials closing a story: "(ily/kil)", "(dpa/AFP)". */
	private static final Pattern INITIALS = Pattern.compile("^\\(\\s*\\p{L}{2,6}(\\s*/\\s*\\p{L}{2,6}){1,3}\\s*\\)$");
	/** A video teaser's label with its title: 'Simak Video "..."', 'Watch: "..."'. */
	private static final Pattern VIDEO_TEASER = Pattern.compile("(?i)^(simak( juga)? video|tonton video|watch video)\\b.{0,150}$");
	/**
	 * A paywall notice where the article stops: "Il vous reste 72.4% de cet article à lire", "The rest of this article
	 * is for subscribers", "残り842文字", "有料会員になると続きをお読みいただけます", "¿Tienes una suscripción de empresa?".
	 */
	private static final Pattern PAYWALL = Pattern.compile(
			"(?i)^(?=.{0,200}$).*(il vous reste \\d|réservée? aux abonnés|for (paying )?subscribers only|"
					+ "(rest|remainder) of this (article|story) is (for|available to) (subscribers|members)|"
					+ "subscribe to (continue|keep) reading|you have \\d+ free articles?|nur für abonnenten|"
					// a meter of free articles: "You've read 3 of 5 free articles", "Has llegit 3 dels 5 articles gratuïts"
					+ "(you'?ve|you have) read \\d+ (of|out of) \\d+|has llegit \\d+|has leído \\d+|vous avez lu \\d+|"
					+ "hai letto \\d+|você leu \\d+|sie haben (bereits )?\\d+ von \\d+|\\d+ (of|out of) \\d+ free (articles|stories)|"
					+ "weiterlesen mit|tienes una suscripción|exclusivo para suscriptores|有料記事|残り\\d+文字|"
					+ "続きをお読みいただけます|会员专享|付费阅读|유료\\s*회원|abonelik için|abonelere (özel|sunulan)).*$");
	/** A broadcaster's note of where the story ran: "Dieses Thema im Programm: NDR Info am 22. Mai 2025 um 16:00 Uhr". */
	private static final Pattern PROGRAMME_NOTE = Pattern.compile(
			"(?i)^(dieses thema im programm|über dieses thema berichtete?|this story (was )?(aired|broadcast) on)\\b.{0,150}$");

	/** A newsletter or follow-us prompt: "Sign up for our weekly newsletter ...", "Follow us on ...". */
	private static final Pattern PROMO = Pattern.compile(
			"(?i)^((sign up|subscribe|get (our|the))\\b.{0,120}\\b(newsletters?|inbox|e-?mails?|bulletins?|briefings?)\\b.{0,120}"
					+ "|follow us\\b.{0,120})$");

	/** An editor's initials closing the last paragraph, with a date code: "（編輯：陳秀蓮）1140409". */
	private static final Pattern TRAILING_EDITOR = Pattern.compile(
			"\\s*[【\\[(（](责任编辑|責任編輯|责编|責編|编辑|編輯)\\s*[:：][^】\\])）]{1,20}[】\\])）]\\s*\\d{0,8}$");

	private static final Pattern NEW_TAB = Pattern.compile("(?i),?\\s*[(\\[]?opens (in )?(a )?new (tab|window)[)\\]]?");

	private static final Pattern EDITOR_NOTE = Pattern.compile(
			"^[【\\[(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|校对|校對|监制|監製|本文来源|来源|來源|출처|편집)\\s*[:：].{0,30}[】\\])）]?$");

	/** A reporter's contact line ending an article: "kim@yna.co.kr", "(jane.doe@example.com)", "김철수 기자 kim@yna.co.kr". */
	private static final Pattern EMAIL_SIGNOFF = Pattern.compile(
			"(?i)^[(\\[<]?\\s*(\\S{1,30}\\s+){0,3}[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+\\s*[)\\]>]?(\\s*[(（]?(end|끝|完)[)）]?)?$");

	/** A photo credit in Chinese: "新华社记者 李学仁 摄", "（记者 王五 摄）". */
	private static final Pattern CJK_PHOTO_CREDIT = Pattern.compile("^[(（]?[^。，,！？]{1,30}\\s*摄\\s*[)）]?$");
	/** A subscription offer with its price: "Jetzt SPIEGEL+ testen: 4 Wochen für 1 Euro", "Subscribe for $1 a week". */
	private static final Pattern SUBSCRIPTION_OFFER = Pattern.compile(
			"(?i)^(?=.{0,120}$)(?=.*(subscri|abonn|abo\\b|testen|try|essai|suscr))"
					+ "(?=.*(\\d\\s*(€|euro|\\$|£|dollar|franken|francs?|chf|kr|kronor|zł)|[€$£]\\s*\\d|\\bfree\\b|gratis"
					+ "|kostenlos)).*$");
	/** A date label in the languages of the date patterns: "Stand: 22.05.2025 16:40 Uhr", "Mis à jour le ...". */
	private static final Pattern DATE_LINE_LABEL = Pattern.compile(
			"(?i)^(stand|veröffentlicht|aktualisiert|erschienen|publié|mis à jour|publicado|actualizado|pubblicato|"
					+ "aggiornato|发布时间|发布日期|更新时间|日期|公開日|更新日|입력|수정|송고시간|기사입력)\\b.{0,60}$");

	private static final Pattern READING_TIME = Pattern.compile(
			"(?i)^(\\d+\\s*(min|mins|minute|minutes)\\.?\\s*(read|listen|video)|listen to (this|the) (article|story)\\b.{0,20})$");
	private static final Pattern DATE_LINE = Pattern.compile("(?i)^(updated|published|posted|last (updated|modified))\\b.{0,60}$");
	private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(copyright\\b|©|\\(c\\)\\s*\\d{4}).{0,120}$|.{0,120}all rights reserved\\.?$"
					// "Copyright X. All rights reserved. This material ... may not be reproduced ... without prior
					// express written permission from X.": a rights notice of any length up to a paragraph's
					+ "|(?s:^((copyright\\b|©).{0,80})?all rights reserved\\b.{0,300}\\b(permission|consent)\\b.{0,80}$)"
					+ "|.{0,80}(무단\\s*전재|재배포\\s*금지|版权所有|版權所有|未经授权|未經授權|未经许可|未經許可|공공누리|禁止(进行)?转载|禁止轉載|不得转载|如需转载|如需轉載|如有意愿转载|转载请|轉載請|転載禁止|無断転載).{0,80}");

	/**
	 * A date that ends a clause as its deadline or start, or a span of days: "Public consultation open until 15 May
	 * 2026", "令和8年5月1日（金曜日）から10月31日（土曜日）まで".
	 */
	private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(until|till|by|from|since|before|after|through|to"
			+ "|bis|jusqu'au|hasta|fino al|entro il)\\s+\\S+(\\s+\\S+){0,2}$|から|まで|至|起|到|부터|까지|[〜～]");
	/** The heading of a release's notes to editors, set after its end mark: "Notes to editors", "Hinweis für Redaktionen". */
	private static final Pattern NOTES_TO_EDITORS = Pattern.compile("(?iu)^\\W*(notes? (to|for) editors|editor'?s'? notes?"
			+ "|hinweise? für (die )?redaktion(en)?|notes? aux rédactions|notas? (para|a) (los )?(editores|redacciones)"
			+ "|note (ai|per i|per le) redazion[ei])\\s*[:：]?$");
	/** The heading of a closing section for the press. */
	private static final Pattern MEDIA_SECTION = Pattern.compile("(?iu)^\\W*(media (notes|enquiries|inquiries|contacts?|queries)"
			+ "|rückfragehinweis( für medien)?|rückfragen( an)?|(fotos|bilder) (zur meldung|zum download)|photos? for (the )?media"
			+ "|for (the )?media|press (contacts?|enquiries|inquiries|office)|contacts? for (the )?(media|press)|medienkontakt"
			+ "|pressekontakt|contacts? presse|contacto de prensa|contactos de prensa|contatti stampa)\\s*[:：]?$");
	/** A field's value that is a code: "2026-112", "PR/2026/041", "No. 0187-26" without its label. */
	private static final Pattern FIELD_CODE = Pattern.compile("^(?=.*\\d)[\\p{Lu}\\d][\\p{Lu}\\d./\\-–]{0,24}$");
	/** The source or a note under a table, which belongs to it: "Source: Philippine Statistics Authority", "Fuente: INE". */
	private static final Pattern TABLE_NOTE = Pattern.compile("(?iu)^\\W{0,2}(sources?|fuentes?|fontes?|quellen?|notes?|nota|"
			+ "notas|anmerkungen?|источник|джерело|출처|资料来源|數據來源|来源|出典)\\s*[:：]");
	/** The marks that end a release or a wire story, as {@link #isEndMark} looks them up. */
	private static final Set<String> END_MARKS = Set.of("###", "# # #", "-30", "- 30", "-30-", "- 30 -", "(end)", "ends",
			"- ends", "-ends", "(끝)", "(完)", "（完）");
	/** What is stripped from both ends of a short line before it is looked up among the {@link #LABELS}. */
	private static final Pattern LABEL_END = Pattern.compile("[\\s:：.…!»>|›\\-–—]+$");
	private static final Pattern LABEL_START = Pattern.compile("^[\\s»>|›]+");

	/**
	 * A publisher's terms for reusing its text, set under every article: "При цитуванні ... гіперпосилання ...
	 * обов'язкові", "При цитировании ссылка обязательна", "This article may not be republished without permission",
	 * "Dilarang keras mengambil konten ... tanpa izin tertulis dari ...": a prohibition of taking the content without
	 * permission, all three said.
	 */
	private static final Pattern REUSE_NOTICE = Pattern.compile(
			"(?iu)^(?=.{0,300}$)(при\\s+(цитуванні|цитировании|цитиране|використанні|использовании|передруку|перепечатке|копіюванні"
					+ "|копировании)"
					+ ".*(посилан|ссылк).*"
					+ "|.*\\b(may|must) not be (re)?(published|produced|printed|distributed|broadcast)\\b.*\\bwithout\\b.*"
					+ "|.*\\breproduction\\b.{0,80}\\b(prohibited|forbidden|without (the )?(prior )?(written )?permission)\\b.*"
					+ "|(reproduction|republication|re-?use) (is )?(permitted|authori[sz]ed|allowed) (provided|if|as long as)\\b.*"
					// "A reprodução das notícias é autorizada desde que contenha a assinatura ...", "La reproducción está
					// permitida siempre que ...", "La reproduction est autorisée à condition de ..."
					+ "|.*само при цитиране.*|(a )?(reprodução|reproducción)\\b.{0,80}\\s(é|es)\\s(livre|libre)\\b.*"
					+ "|(a )?(reprodução|reproducción|reproduction|riproduzione)\\b.{0,60}\\b(autorizad[ao]|permitid[ao]|autorisée"
					+ "|consentita|autorizzata)\\b.{0,20}\\b(desde que|siempre que|à condition|purché|con la citazione)\\b.*"
					+ "|(?=.*\\b(dilarang|prohibited|forbidden|not permitted|untersagt|verboten|prohibid[oa]|interdite?|vietat[oa])\\b)"
					+ "(?=.*\\b(konten|content|contents|article|artikel|material|text|texte|texto|testo|inhalte?|contenido|contenu"
					+ "|contenuto|crawling|scraping)\\b)"
					+ ".*\\b(tanpa|without|ohne|sin|sans|senza)\\b.*\\b(izin|permission|consent|genehmigung|zustimmung|autorizaci[oó]n"
					+ "|permiso|autorisation|autorizzazione)\\b.*)$");


	/** The longest line ending in a colon that is taken for a label left dangling at the end of the text. */
	private static final int MAX_DANGLING_LABEL = 100;

	private ParagraphFilter() {
	}

	/** Whether the stripped line {@code t} is a copyright line ("© ANTARA 2025", "All rights reserved."). */
	static boolean isCopyright(String t) {
		return COPYRIGHT.matcher(t).matches();
	}

	/** The blocks worth keeping, in order. */
	public static List<Block> filter(List<Block> blocks) {
		List<Block> kept = new ArrayList<>();
		boolean sectionEmptied = false;
		boolean afterReadAlso = false;
		for (int i = 0; i < blocks.size(); i++) {
			Block b = withoutTrailingEditor(withoutNewTabLabels(blocks.get(i)));
			if (b.text().isBlank()) {
				continue;
			}
			if (isEndMark(b.text()) && notesToEditorsFollow(blocks, i + 1)) {
				continue; // "ENDS", then "Notes to editors": the release's own background goes on
			}
			if (kept.size() >= 3 && isEndMark(b.text())) {
				break; // "-30-", "###": the release ends here; what follows is about the sender
			}
			boolean linkAfterLabel = afterReadAlso && b.linkOnly(); // "Mirá también" then the other story's headline
			afterReadAlso = LABEL_ALONE.matcher(b.text().strip()).matches();
			boolean ofTable = !kept.isEmpty() && belongsToTable(kept.get(kept.size() - 1), kept.size() > 1
					? kept.get(kept.size() - 2) : null) && TABLE_NOTE.matcher(b.text().strip()).lookingAt();
			if (!ofTable && (linkAfterLabel || isFurniture(b))) {
				sectionEmptied |= !kept.isEmpty() && kept.get(kept.size() - 1).heading();
				if (b.linkOnly() && !kept.isEmpty() && isLabel(kept.get(kept.size() - 1))) {
					kept.remove(kept.size() - 1); // "【特集】暮らしと物価" over a link to another story that left
				}
				continue;
			}
			if (!kept.isEmpty() && kept.get(kept.size() - 1).text().equals(b.text())) {
				continue;
			}
			if (b.heading() && sectionEmptied) {
				kept.remove(kept.size() - 1); // "Mehr zum Thema" over links that all left: the heading of a removed box
			}
			sectionEmptied = false;
			kept.add(b);
		}
		kept = withoutFieldLabels(withoutPullQuotes(withoutContactCardAtEnd(withoutMediaSection(kept))));
		while (!kept.isEmpty() && (kept.get(kept.size() - 1).heading() || isDanglingLabel(kept.get(kept.size() - 1))
				|| kept.size() > 1 && isLabel(kept.get(kept.size() - 1)))) {
			kept.remove(kept.size() - 1);
		}
		return kept;
	}

	/**
	 * Without a contact card set as the text's last blocks ("Kepala Biro Komunikasi ..." / "Dimas Ardiansyah Putra" /
	 * "Website: www.ekon.go.id" / "Twitter & Instagram: @PerekonomianRI"): the longest run of at most eight short
	 * blocks at the end that {@link TrailerLines#isContactCard(List)} accepts.
	 */
	private static List<Block> withoutContactCardAtEnd(List<Block> blocks) {
		for (int from = Math.max(1, blocks.size() - 8); from <= blocks.size() - 2; from++) {
			List<String> lines = blocks.subList(from, blocks.size()).stream().map(b -> b.text().strip()).toList();
			if (TrailerLines.isContactCard(lines)) {
				return new ArrayList<>(blocks.subList(0, from));
			}
		}
		return blocks;
	}

	/**
	 * Without a closing section for the press ("Media notes", "Media enquiries", "Pressekontakt" and what follows it,
	 * among the last eight blocks): how to quote the source and whom to call, not the release.
	 */
	private static List<Block> withoutMediaSection(List<Block> blocks) {
		for (int i = Math.max(1, blocks.size() - 8); i < blocks.size(); i++) {
			Block b = blocks.get(i);
			if (b.heading() && MEDIA_SECTION.matcher(b.text().strip()).matches()) {
				return withoutMediaSection(new ArrayList<>(blocks.subList(0, i))); // "Fotos zur Meldung" before "Rückfragen"
			}
		}
		return blocks;
	}

	/**
	 * Without the labels of a page's fields left without their values ("Date of Release:" over "Reference Number:",
	 * whose date went as furniture) and a field's code under its label ("Reference Number:" / "2026-112"): a label is a
	 * short line ending in a colon, followed by another such label or by a code of capitals, digits and marks.
	 */
	private static List<Block> withoutFieldLabels(List<Block> blocks) {
		List<Block> out = new ArrayList<>(blocks.size());
		for (int i = 0; i < blocks.size(); i++) {
			Block b = blocks.get(i);
			Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
			if (next != null && isFieldLabel(b) && (isFieldLabel(next) || FIELD_CODE.matcher(next.text().strip()).matches())) {
				if (!isFieldLabel(next)) {
					i++; // the code goes with its label
				}
				continue;
			}
			out.add(b);
		}
		return out;
	}

	private static boolean isFieldLabel(Block b) {
		String t = b.text().strip();
		return t.endsWith(":") && !b.heading() && TextNormalizer.weight(t) <= 40 && t.indexOf('\n') < 0;
	}

	/**
	 * Whether a line after {@code last} (with {@code before} it) belongs to a table of the article: {@code last} is a
	 * row of it, or a note under a row ("Notes: Estimates ... are preliminary.").
	 */
	private static boolean belongsToTable(Block last, Block before) {
		return last.kind() == BlockKind.TABLE_ROW || before != null && before.kind() == BlockKind.TABLE_ROW
				&& TABLE_NOTE.matcher(last.text().strip()).lookingAt();
	}

	/** Whether the first block with text from {@code from} on heads a release's notes to editors. */
	private static boolean notesToEditorsFollow(List<Block> blocks, int from) {
		for (int i = from; i < blocks.size(); i++) {
			String t = blocks.get(i).text().strip();
			if (!t.isEmpty()) {
				return t.length() <= 60 && NOTES_TO_EDITORS.matcher(t).matches();
			}
		}
		return false;
	}

	/** Whether {@code text} is the mark that ends a press release or a wire story: "###", "-30-", "- ends -", "(끝)". */
	private static boolean isEndMark(String text) {
		String t = text.strip();
		if (t.length() > 12) {
			return false;
		}
		String label = LABEL_START.matcher(LABEL_END.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("");
		return END_MARKS.contains(label) || END_MARKS.contains(t.toLowerCase(Locale.ROOT));
	}

	/**
	 * A label that introduced a list or a video which left, now ending the text: "Seguir leyendo:", "Mehr dazu:",
	 * "Watch the latest edition of BizTech here:".
	 */
	private static boolean isDanglingLabel(Block b) {
		String t = b.text().strip();
		return t.matches("(?s).*[:：]$") && TextNormalizer.weight(t) <= MAX_DANGLING_LABEL;
	}

	/** Without the screen-reader label some sites put after a link: "Purchase Licensing Rights, opens new tab". */
	private static Block withoutNewTabLabels(Block b) {
		if (!b.text().contains("new tab") && !b.text().contains("new window")) {
			return b;
		}
		String text = NEW_TAB.matcher(b.text()).replaceAll("").strip();
		return new Block(text, b.kind(), b.linkOnly(), Math.min(b.linkWeight(), TextNormalizer.weight(text)));
	}

	private static Block withoutTrailingEditor(Block b) {
		if (b.text().indexOf('编') < 0 && b.text().indexOf('編') < 0) {
			return b; // every form of the mark has one of them
		}
		var m = TRAILING_EDITOR.matcher(b.text());
		if (!m.find() || m.start() == 0) {
			return b;
		}
		String text = b.text().substring(0, m.start());
		return new Block(text, b.kind(), b.linkOnly(), Math.min(b.linkWeight(), TextNormalizer.weight(text)));
	}

	/**
	 * Without pull quotes: a quote block that repeats words of a paragraph of the article, set large between the
	 * paragraphs for effect.
	 */
	private static List<Block> withoutPullQuotes(List<Block> blocks) {
		if (blocks.stream().noneMatch(b -> b.kind() == BlockKind.QUOTE)) {
			return blocks;
		}
		List<String> paragraphs = blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).map(b -> key(b.text()))
				.toList();
		List<Block> out = new ArrayList<>();
		for (Block b : blocks) {
			String k = key(b.text());
			if (b.kind() == BlockKind.QUOTE && k.length() >= 20 && b.text().length() <= 300
					&& paragraphs.stream().anyMatch(p -> p.length() > k.length() && p.contains(k))) {
				continue;
			}
			out.add(b);
		}
		return out;
	}

	private static String key(String s) {
		return TextNormalizer.lettersAndDigits(s);
	}

	/** A short line that is no sentence and no heading: the label of a box ("【特集】暮らしと物価", "Dossier"). */
	private static boolean isLabel(Block b) {
		String t = b.text().strip();
		return !b.heading() && b.kind() == BlockKind.PARAGRAPH && !t.isEmpty() && TextNormalizer.weight(t) <= 40
				&& !t.matches("(?s).*[" + TextNormalizer.SENTENCE_END + "\"”:;)）]$");
	}

	/** A line that is a date and time and little else: "21.05.2025, 14.12 Uhr", "October 2, 2025 9:15 AM UTC". */
	private static boolean isDateOnly(String t) {
		if (t.length() > 40 || t.matches(".*[" + TextNormalizer.SENTENCE_END + "]$") && !t.matches(".*\\d\\.$")) {
			return false;
		}
		long words = java.util.Arrays.stream(t.split("[^\\p{IsLatin}]+")).filter(w -> !w.isEmpty()).count();
		return words <= 4 && !DEADLINE.matcher(t).find() && DateNormalizer.normalize(t).isPresent();
	}

	/**
	 * A line of a few words that ends with a date or time and is no sentence: "Council of the EU Press release 17 June
	 * 2025 15:30", "Commentary Published April 3, 2025".
	 */
	private static boolean isTypeAndDateLine(String t) {
		if (t.length() > 80 || !Character.isDigit(t.charAt(t.length() - 1)) || t.matches("(?s).*[" + TextNormalizer.SENTENCE_END + ";]\\s.*")) {
			return false;
		}
		long words = java.util.Arrays.stream(t.split("\\s+")).filter(w -> !w.isEmpty()).count();
		return words <= 10 && !DEADLINE.matcher(t).find() && DateNormalizer.normalize(t).isPresent();
	}

	private static boolean isToolRow(String t) {
		if (t.length() > 80) {
			return false;
		}
		String[] words = t.toLowerCase(Locale.ROOT).split("[\\s|·•/,]+");
		int tools = 0;
		for (String w : words) {
			if (w.isEmpty()) {
				continue;
			}
			if (!TOOL_WORDS.contains(w)) {
				return false;
			}
			tools++;
		}
		return tools >= 2;
	}

	/** A line that says when the story was published or updated: "Published 5:02 a.m. CT April 15, 2026". */
	private static boolean isDateLine(String line) {
		String t = line.strip();
		return (DATE_LINE.matcher(t).matches() || DATE_LINE_LABEL.matcher(t).matches())
				&& (t.toLowerCase(Locale.ROOT).endsWith(" ago") || DateNormalizer.normalize(t).isPresent()
						|| DateNormalizer.normalizeSlashed(t, java.util.Optional.of(true)).isPresent()); // "23/03/2026 - 16:08"
	}

	private static boolean isFurniture(Block b) {
		String t = b.text().strip();
		if (t.length() > 220) { // a rights notice may run longer: "All rights reserved. This material ... may not be"
			return t.length() <= 500 && isCopyright(t) // "reproduced ... without prior express written permission"
					|| TrailerLines.isLongNotice(t);
		}
		String label = LABEL_START.matcher(LABEL_END.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("");
		if (LABELS.contains(label) || EDITOR_NOTE.matcher(t).matches() || MetaLines.isMetaLine(t) || READING_TIME.matcher(t).matches()
				|| EMAIL_SIGNOFF.matcher(t).matches()
				|| isCopyright(t) || REUSE_NOTICE.matcher(t).matches() || TrailerLines.isTrailerLine(t)) {
			return true;
		}
		var labelled = LABEL.matcher(t);
		if (labelled.lookingAt() && t.length() <= 200
				&& TextNormalizer.weight(t.substring(labelled.end() - 1)) <= b.linkWeight() + 2) {
			return true; // "Lire aussi <a>headline</a>": all but the label is one link
		}
		if (CREDIT_LINE.matcher(t).matches() && !t.matches(".*\\w{3,}[.!?]$") || VIDEO_LABEL.matcher(t).matches()
				|| NEWSLETTER.matcher(t).matches() || NEWS_APP.matcher(t).matches() || FEEDBACK.matcher(t).matches()
				|| NEWSLETTER_NAME.matcher(t).matches() || INITIALS.matcher(t).matches() || VIDEO_TEASER.matcher(t).matches()
				|| isToolRow(t)) {
			return true;
		}
		if (PROMPT_IN_CAPITALS.matcher(t).matches() || PROMO.matcher(t).matches()
				|| CREDIT.matcher(t).matches() && !t.matches(".*[^)\\]][.!?]$")) {
			return true;
		}
		if (b.linkOnly() && b.kind() == BlockKind.PARAGRAPH && t.length() <= 200 && !t.matches(".*[" + TextNormalizer.SENTENCE_END + "\"”:;]$")) {
			return true; // a paragraph that is one link and no sentence: the headline of another story
		}
		if (!t.isEmpty() && t.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return true; // a rule drawn with characters: "__________________", "* * *"
		}
		if (PAYWALL.matcher(t).matches() || PROGRAMME_NOTE.matcher(t).matches() || isTypeAndDateLine(t)) {
			return true;
		}
		if (isDateOnly(t) || CJK_PHOTO_CREDIT.matcher(t).matches() || SUBSCRIPTION_OFFER.matcher(t).matches()) {
			return true; // "21.05.2025, 14.12 Uhr" under the headline; "新华社记者 李学仁 摄"; "4 Wochen für 1 Euro"
		}
		if (b.kind() == BlockKind.PARAGRAPH && b.linkWeight() * 4 >= TextNormalizer.weight(t) * 3 && t.length() <= 200
				&& !t.matches(".*[" + TextNormalizer.SENTENCE_END + "\"”]$")) {
			return true; // a link with a few words around it, no sentence: "Our Standards: ... Principles., opens new tab"
		}
		if (Bylines.isBylineOnly(t)) {
			return true; // "Por Ana Gómez | Corresponsal": a byline that no class name marked
		}
		if (t.lines().allMatch(ParagraphFilter::isDateLine)) {
			return true; // "Published: Oct 15, 2025 11:13 PM", "Updated 3 hours ago", both on two lines of one block
		}
		if (b.linkOnly() && !b.heading() && TextNormalizer.weight(t) < 40 && !t.matches(".*[" + TextNormalizer.SENTENCE_END + "\"”]$")) {
			return true; // a kicker, a category or a lone "more" link
		}
		return PROMPT.matcher(t).matches() && (b.linkOnly() || t.length() < 120);
	}
}
