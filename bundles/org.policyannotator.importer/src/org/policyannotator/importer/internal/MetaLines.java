package org.policyannotator.importer.internal;

import java.util.regex.Pattern;

/**
 * Lines of page furniture that describe the page rather than say anything: a date and time, with or without a year
 * or the day of the week ("17 июля, 12:04", "9 Sep, 11:35 a.m.", "Вівторок, 7 квітня 2026, 17:26"), a time alone ("18:40" over an entry of a live blog), a line with a reading time ("Published in Policy Matters · 5 min read · Jun
 * 20, 2025"), "Published in <publication>", the length of the article ("1423文字", "850 words"), the paper's section ("NEWSPAPER SECTION: News"), counters and ids ("Release ID: 2101234 | Visitor Counter : 1482", "浏览次数：
 * 1203"), a list of the languages a page is also in ("Read this release in: Urdu, Hindi, Tamil"), the initials of the
 * press officers who signed a release off ("Abhishek Dayal/Abhijith Narayanan/Ishita Biswas") and a call to sign up
 * that names no more than itself ("Sign up for more like this.", "Subscribe to get new posts").
 */
final class MetaLines {
	private static final String MONTH_WORD = "\\p{L}{3,12}\\.?";
	private static final String TIME = "\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?\\s?m\\.?)?(\\s+\\p{Lu}{2,5})?";
	/**
	 * Day and month (either order), maybe a year, then a time, maybe after the day of the week and a dash left by a
	 * byline: no sentence has this shape ("— Вівторок, 7 квітня 2026, 17:26", "Tuesday, 7 April 2026, 17:26").
	 */
	private static final Pattern DAY_MONTH_TIME = Pattern.compile("^[(\\[]?([–—-]\\s*)?(\\p{L}{2,12}\\.?,\\s+)?(\\d{1,2}\\s+"
			+ MONTH_WORD + "|" + MONTH_WORD
			+ "\\s+\\d{1,2})(,?\\s+\\d{4})?\\s*[,|·•–—-]?\\s*(в\\s+|à\\s+|a las\\s+|um\\s+|at\\s+)?" + TIME + "[)\\]]?$",
			Pattern.CASE_INSENSITIVE);
	/** A time and nothing else, as live blogs set over each entry: "18:40", "4:05 PM", "16:02 GMT". */
	private static final Pattern TIME_ONLY = Pattern.compile("(?i)^\\d{1,2}:\\d{2}(\\s*[ap]\\.?\\s?m\\.?)?(\\s+\\p{Lu}{2,5})?$");
	private static final Pattern READING_TIME_INSIDE = Pattern.compile(
			"(?i)\\b\\d+\\s*(min|mins|minute|minutes|minuten|minutos|minuti)\\.?\\s*(read|listen|de lectura|lesezeit|di lettura|de leitura)\\b"
					+ "|\\b(lesezeit|lectura|tempo di lettura|temps de lecture)\\s*:?\\s*\\d+\\s*min");
	private static final Pattern PUBLISHED_IN = Pattern.compile("(?i)^(published|posted) in\\s+\\S.{0,60}$");
	/** Counters and ids of the page, "label: number", and nothing else (not a figure of the article: "GDP: 2.1"). */
	private static final Pattern COUNTERS = Pattern.compile("(?i)^(\\s*[|·•/]?\\s*(\\p{L}+\\s+)?(id|no\\.?|views?|visitors?|"
			+ "visitor counter|hits|reads|page views|aufrufe|visites|visualizaciones|visite|просмотры|浏览次数|阅读|点击|"
			+ "閲覧数|조회수?)\\s*[:：]\\s*\\d[\\d,. ]{0,14})+\\s*$");
	/** The length of the article: "1423文字", "850 words", "Word count: 1,200". */
	private static final Pattern LENGTH = Pattern.compile("(?i)^(\\d[\\d,. ]{0,8}\\s*(文字|字|자|characters|words|palabras|mots"
			+ "|wörter|parole|palavras|ord|sanaa|słów|слов)|(文字数|字数|글자 ?수|word count|wortanzahl)\\s*[:：]?\\s*\\d[\\d,. ]{0,8})$");
	/** The section of the paper a story ran in: "NEWSPAPER SECTION: News", "Rubrik: Wirtschaft". */
	private static final Pattern SECTION = Pattern.compile("(?i)^(newspaper section|print section|section|rubrik|rubrique"
			+ "|sección|sezione|rubriek)\\s*[:：]\\s*\\S.{0,40}$");
	/** The number of the paper's issue: "رقم العدد [ 17261]", "Issue No. 4521", "Ausgabe 212". */
	private static final Pattern ISSUE = Pattern.compile("(?i)^(رقم العدد|العدد|issue( no\\.?| number)?|edition no\\.?|número"
			+ "|numéro|ausgabe|nr\\.)\\s*[:：\\[(]?\\s*\\d{2,7}\\s*[\\])]?$");
	/** A release's office and officer in charge, Korean style: "담당부서 세제실 ...", "담당자 과장 ... (044-215-4331)". */
	private static final Pattern IN_CHARGE = Pattern.compile("^(콘텐츠\\s*)?(담당부서|담당자|담당|문의처|연락처)\\s*[:：]?\\s*.{1,80}$");
	private static final Pattern LANGUAGES = Pattern.compile(
			"(?i)^(read|view|also available|available|this (release|page|article|story) is (also )?available)\\b.{0,40}\\bin\\s*[:：].{0,200}$");
	/** A full name: two to four capitalised words. */
	private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}";
	private static final Pattern SIGN_OFF_NAMES = Pattern.compile(
			"^(" + NAME + "(\\s*/\\s*" + NAME + ")+|\\p{Lu}{2,4}(\\s*/\\s*\\p{Lu}{2,4})+)$");
	private static final Pattern CALL_TO_SIGN_UP = Pattern.compile(
			"(?i)^(sign up|subscribe|become a (member|subscriber|supporter)|abonnieren sie|abonnez-vous|suscríbete|"
					+ "inscreva-se|assine|iscriviti)\\b[^.!?]{0,50}[.!]?$");

	private MetaLines() {
	}

	/** Whether it ends with a sentence mark after a letter ("... min read." is no sentence, "Min." is one word). */
	private static boolean endsSentence(String t) {
		int n = t.length();
		return n >= 2 && TextNormalizer.SENTENCE_END.indexOf(t.charAt(n - 1)) >= 0 && Character.isLetter(t.charAt(n - 2));
	}

	private static int words(String t) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < t.length(); i++) {
			boolean space = Character.isWhitespace(t.charAt(i));
			words += !space && !inWord ? 1 : 0;
			inWord = !space;
		}
		return words;
	}

	/** Whether the stripped line {@code t} is one of the kinds in the class comment. */
	static boolean isMetaLine(String t) {
		if (t.length() > 260) {
			return false;
		}
		boolean sentence = endsSentence(t) && words(t) >= 6;
		if (t.length() <= 40 && (DAY_MONTH_TIME.matcher(t).matches() || TIME_ONLY.matcher(t).matches())) {
			return true;
		}
		if (!sentence && t.length() <= 120 && (READING_TIME_INSIDE.matcher(t).find() || PUBLISHED_IN.matcher(t).matches())) {
			return true;
		}
		if (t.length() <= 100 && (COUNTERS.matcher(t).matches() || LENGTH.matcher(t).matches() || SECTION.matcher(t).matches()
				|| ISSUE.matcher(t).matches() || IN_CHARGE.matcher(t).matches())) {
			return true;
		}
		if (!sentence && LANGUAGES.matcher(t).matches() || t.length() <= 120 && SIGN_OFF_NAMES.matcher(t).matches()) {
			return true;
		}
		return t.length() <= 70 && CALL_TO_SIGN_UP.matcher(t).matches();
	}
}
