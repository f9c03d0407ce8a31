/* test_lexicon.c: loading the data lexicons and user files; folding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "lexicon.h"
#include "tlex.h"
#include "util.h"

#define lx tlex_lx	/* the bundled lexicon, loaded once */


/* The canon named by a form, or NULL. */
static const struct lexicon_canon *
canon_of(const char *form)
{
	const struct lexicon_entry *e = lexicon_find_text(lx, form);

	if (e == NULL || !(e->roles & LEX_ENT))
		return NULL;
	return lexicon_canon(lx, e->canon);
}

/* Write text to a fresh file in dir; returns its path. */
static char *
write_file(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

static char *
temp_dir(void)
{
	char *t = xstrdup("/tmp/partyline-test-lexicon.XXXXXX");

	assert_non_null(mkdtemp(t));
	return t;
}

static void
remove_dir(const char *dir, const char *const *names)
{
	char *p;

	for (; *names != NULL; names++) {
		p = xasprintf("%s/%s", dir, *names);
		unlink(p);
		free(p);
	}
	rmdir(dir);
}

static void
test_countries(void **state)
{
	const struct lexicon_canon *c;
	const struct lexicon_entry *e;

	(void)state;
	c = canon_of("United States");
	assert_non_null(c);
	assert_string_equal(c->name, "United States");
	assert_int_equal(c->type, ENT_COUNTRY);
	assert_ptr_equal(canon_of("US"), c);
	assert_ptr_equal(canon_of("Washington"), c);
	assert_ptr_equal(canon_of("American"), c);
	e = lexicon_find_text(lx, "US");
	assert_int_equal(e->upper & 1, 1);	/* only in capitals */
	assert_int_equal(lexicon_find_text(lx, "American")->kind, MENTION_DEMONYM);
	assert_int_equal(lexicon_find_text(lx, "Beijing")->kind, MENTION_METONYM);
	assert_string_equal(canon_of("Britain")->name, "United Kingdom");
}

static void
test_every_iso_country(void **state)
{
	static const char *const some[] = { "Chad", "Niger", "Nigeria",
	    "Guinea", "Guinea-Bissau", "Equatorial Guinea", "Jordan",
	    "Georgia", "Turkey", "Kiribati", "Eswatini", NULL };
	const char *const *p;
	int countries = 0, i;

	(void)state;
	for (p = some; *p != NULL; p++) {
		assert_non_null(canon_of(*p));
		assert_int_equal(canon_of(*p)->type, ENT_COUNTRY);
	}
	for (i = 0; i < lexicon_ncanon(lx); i++)
		countries += lexicon_canon(lx, i)->type == ENT_COUNTRY;
	assert_true(countries >= 249);
}

static void
test_bodies_and_companies(void **state)
{
	const struct lexicon_canon *c;

	(void)state;
	c = canon_of("EU");
	assert_non_null(c);
	assert_string_equal(c->name, "European Union");
	assert_int_equal(c->type, ENT_ORGANISATION);
	c = canon_of("Huawei");
	assert_non_null(c);
	assert_int_equal(c->type, ENT_COMPANY);
	assert_int_equal(c->country, lexicon_canon_find(lx, "China", ENT_COUNTRY));
	/* a leading "The" is not part of the key */
	c = canon_of("Wall Street Journal");
	assert_non_null(c);
	assert_int_equal(c->type, ENT_COMPANY);
	assert_null(lexicon_find_text(lx, "The Wall Street Journal"));
}

/*
 * Plain words one space apart are found without the segmenter: the same
 * entry as the segmenter's cut of the same words two spaces apart, or
 * with a mark that makes the same tokens.
 */
static void
test_find_plain(void **state)
{
	static const char *const forms[][2] = {
		{ "prime minister", "prime  minister" },
		{ "New Mexico", "New  Mexico" },
		{ "United States", " United States" },
		{ "chairman", "chairman " },
		{ "Wall Street Journal", "Wall Street  Journal" },
		{ "Meanwhile", "Meanwhile " },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof forms / sizeof *forms; i++) {
		assert_non_null(lexicon_find_text(lx, forms[i][0]));
		assert_ptr_equal(lexicon_find_text(lx, forms[i][0]),
		    lexicon_find_text(lx, forms[i][1]));
	}
	assert_null(lexicon_find_text(lx, "Kestrelmoor Harbourvale"));
}

static void
test_titles_names_stops(void **state)
{
	const struct lexicon_entry *e;

	(void)state;
	e = lexicon_find_text(lx, "national security adviser");
	assert_non_null(e);
	assert_true(e->roles & LEX_TITLE);
	e = lexicon_find_text(lx, "prime minister");
	assert_int_equal(e->title_class, TITLE_HEAD);
	assert_true(lexicon_find_text(lx, "Mr")->title_class == TITLE_HONORIFIC);
	assert_true(lexicon_find_text(lx, "Robert")->roles & LEX_FIRST);
	assert_true(lexicon_find_text(lx, "Meanwhile")->roles & LEX_STOP);
	assert_true(lexicon_find_text(lx, "New Mexico")->roles & LEX_PLACE);
	/* "prime" alone is only the start of longer keys */
	e = lexicon_find_text(lx, "prime");
	assert_non_null(e);
	assert_true(e->roles & LEX_PREFIX);
}

static void
test_abbrevs(void **state)
{
	(void)state;
	assert_true(lexicon_is_abbrev(lx, "Mr.", 3));
	assert_true(lexicon_is_abbrev(lx, "Gen.", 4));
	assert_false(lexicon_is_abbrev(lx, "cat.", 4));
}

static void
test_cues_hook(void **state)
{
	(void)state;
	assert_non_null(lexicon_cues(lx));
}

static void
test_fold(void **state)
{
	char buf[64];
	size_t n;

	(void)state;
	n = lexicon_fold("O\xe2\x80\x99" "Brien", 9, buf, sizeof buf);
	assert_int_equal(n, 7);
	assert_memory_equal(buf, "o'brien", 7);
	n = lexicon_fold("\xc3\x89" "COLE", 6, buf, sizeof buf);
	assert_memory_equal(buf, "\xc3\xa9" "cole", n);
	/* a decomposed e and acute accent fold to the composed form */
	n = lexicon_fold("Cafe\xcc\x81", 6, buf, sizeof buf);
	assert_int_equal(n, 5);
	assert_memory_equal(buf, "caf\xc3\xa9", 5);
	assert_int_equal(lexicon_fold("abc", 3, buf, 2), 0);
}

/* Tokens of ASCII and marks that have no case (don't, a dash, a pound
 * sign) take a path that skips libunistring: the same fold. */
static void
test_fold_marks(void **state)
{
	static const char *const in[] = { "DON\xe2\x80\x99T", "\xe2\x80\x94",
	    "A\xe2\x80\x93" "B", "X\xe2\x80\x95Y", "\xe2\x80\x9cQ\xe2\x80\x9d",
	    "Hm\xe2\x80\xa6", "\xc2\xa3" "5", "\xc3\x89" "COLE\xe2\x80\x94", NULL };
	static const char *const want[] = { "don't", "\xe2\x80\x94",
	    "a\xe2\x80\x93" "b", "x\xe2\x80\x95y", "\xe2\x80\x9cq\xe2\x80\x9d",
	    "hm\xe2\x80\xa6", "\xc2\xa3" "5", "\xc3\xa9" "cole\xe2\x80\x94" };
	char buf[64];
	size_t i, n;

	(void)state;
	for (i = 0; in[i] != NULL; i++) {
		n = lexicon_fold(in[i], strlen(in[i]), buf, sizeof buf);
		assert_int_equal(n, strlen(want[i]));
		assert_memory_equal(buf, want[i], n);
	}
	assert_int_equal(lexicon_fold("AB\xe2\x80\x94", 5, buf, 4), 0);
}

/* The one fold and hash: as lexicon_fold then lexicon_hash_token, ASCII
 * (the fast path, any length) or not. */
static void
test_fold_hash(void **state)
{
	static const char *const words[] = { "Said", "TOLD", "a",
	    "Internationalisation", "O\xe2\x80\x99" "Brien", "\xc3\x89" "COLE",
	    "Kjell-Magne", "twelve-letter", NULL };
	char buf[64], want[64];
	uint64_t h;
	size_t i, n, m;

	(void)state;
	for (i = 0; words[i] != NULL; i++) {
		n = strlen(words[i]);
		m = lexicon_fold(words[i], n, want, sizeof want);
		assert_int_equal(lexicon_fold_hash(words[i], n, n + 1, buf,
		    sizeof buf - 8, &h), m);
		assert_memory_equal(buf, want, m);
		assert_true(h == lexicon_hash_token(want, m));
	}
}

/* The marks come with the fold and hash (a hyphen, a capital, in the
 * first eight bytes or after, ASCII or not), the same as a byte at a time,
 * and the fold and hash are those without marks. */
static void
test_fold_hash_marks(void **state)
{
	static const char *const words[] = { "said", "easyJet", "Kjell-Magne",
	    "twelve-letter", "abcdefgh-", "abcdefghijklmnoP", "x", "-",
	    "O\xe2\x80\x99" "brien", "\xc3\xa9" "cole-x", "\xc3\xa9" "cole",
	    NULL };
	static const unsigned want[] = { 0, LEXICON_MARK_CAPITAL,
	    LEXICON_MARK_CAPITAL | LEXICON_MARK_HYPHEN, LEXICON_MARK_HYPHEN,
	    LEXICON_MARK_HYPHEN, LEXICON_MARK_CAPITAL, 0, LEXICON_MARK_HYPHEN,
	    LEXICON_MARK_CAPITAL, LEXICON_MARK_HYPHEN, 0 };
	char buf[64], plain[64];
	uint64_t h, hp;
	unsigned marks;
	size_t i, n, m, avail;

	(void)state;
	for (i = 0; words[i] != NULL; i++) {
		n = strlen(words[i]);
		assert_int_equal(lexicon_marks(words[i], n), want[i]);
		for (avail = n; avail <= n + 1; avail++) {
			marks = 99;
			m = lexicon_fold_hash_marks(words[i], n, avail, buf,
			    sizeof buf - 8, &h, &marks);
			assert_int_equal(marks, want[i]);
			assert_int_equal(lexicon_fold_hash(words[i], n, avail,
			    plain, sizeof plain - 8, &hp), m);
			assert_memory_equal(buf, plain, m);
			assert_true(h == hp);
		}
	}
}

static void
test_user_file(void **state)
{
	char *dir = temp_dir(), *path, *cause = NULL;
	const struct lexicon_canon *c;
	static const char *const names[] = { "mine.tsv", NULL };

	(void)state;
	path = write_file(dir, "mine.tsv",
	    "# my additions\n"
	    "Zorblax Dynamics\tname\tZorblax Dynamics\tcompany\tGermany\n"
	    "Zorblax\talias\tZorblax Dynamics\tcompany\tGermany\n"
	    "Ilsa Marn\tname\tIlsa Marn\tofficial\tNorway\n");
	assert_int_equal(lexicon_load_user(lx, path, &cause), 0);
	c = canon_of("Zorblax");
	assert_non_null(c);
	assert_string_equal(c->name, "Zorblax Dynamics");
	assert_int_equal(c->type, ENT_COMPANY);
	assert_string_equal(lexicon_canon(lx, c->country)->name, "Germany");
	assert_int_equal(canon_of("Ilsa Marn")->type, ENT_OFFICIAL);
	free(path);
	remove_dir(dir, names);
	free(dir);
}

/* A malformed line fails with FILE:LINE: and adds nothing. */
static void
assert_user_error(const char *text, const char *line, const char *msg)
{
	char *dir = temp_dir(), *path, *cause = NULL, *want;
	static const char *const names[] = { "bad.tsv", NULL };
	int before = lexicon_ncanon(lx);

	path = write_file(dir, "bad.tsv", text);
	assert_int_equal(lexicon_load_user(lx, path, &cause), -1);
	want = xasprintf("%s:%s: %s", path, line, msg);
	assert_non_null(cause);
	assert_string_equal(cause, want);
	assert_int_equal(lexicon_ncanon(lx), before);
	assert_null(lexicon_find_text(lx, "Quillotron"));
	free(want);
	free(cause);
	free(path);
	remove_dir(dir, names);
	free(dir);
}

static void
test_user_errors(void **state)
{
	(void)state;
	assert_user_error("Quillotron\tname\tQuillotron\tcompany\t-\nBad line\n",
	    "2", "expected 5 TAB-separated fields, found 1");
	assert_user_error("Quillotron\tname\tQuillotron\tplanet\t-\n", "1",
	    "unknown type planet (country, official, company, person or "
	    "organisation)");
	assert_user_error("#\nQuillotron\tname\tQuillotron\tcompany\tAtlantis\n",
	    "2", "unknown country Atlantis");
	assert_user_error("Quillotron\tfriend\tQuillotron\tcompany\t-\n", "1",
	    "unknown kind friend (name, alias, demonym or metonym)");
	assert_user_error("Quillotron\tname\t\tcompany\t-\n", "1",
	    "empty field 3");
	assert_user_error("quillotron\tvessel gadget\n", "1",
	    "unknown word class gadget");
	assert_user_error("quillotron\tvessel\nQuillotron\tvessel\n", "2",
	    "Quillotron is already in class vessel");
	assert_user_error("tanker\tvessel\n", "1",
	    "tanker is already in class vessel");
	assert_user_error("ista\tcreed-ending\n", "1",
	    "class creed-ending takes an ending (-ous), not ista");
	assert_user_error("-ista\tvessel\n", "1",
	    "class vessel takes a word, not an ending: -ista");
	assert_user_error("-ISTA\tcreed-ending\n", "1",
	    "not an ending of 1 to 7 small letters: -ISTA");
	assert_user_error("-ousnesses\tcreed-ending\n", "1",
	    "not an ending of 1 to 7 small letters: -ousnesses");
}

/* Is word (as written in a text) in class c? */
static int
word_is(const char *word, enum word_class c)
{
	return lexicon_word_is(lexicon_word(lx, word, strlen(word)), c);
}

/* data/words.tsv: every class named; a user file adds words to classes. */
static void
test_words(void **state)
{
	char *dir = temp_dir(), *path, *cause = NULL;
	static const char *const names[] = { "w.tsv", NULL };
	int c;

	(void)state;
	for (c = 0; c < WC_N; c++) {
		assert_non_null(words_class_name((enum word_class)c));
		assert_int_equal(words_class(words_class_name((enum word_class)c),
		    strlen(words_class_name((enum word_class)c))), c);
	}
	assert_true(word_is("Tanker", WC_VESSEL));
	assert_true(word_is("said", WC_SAYING));
	assert_true(word_is("the", WC_ARTICLE) && word_is("the", WC_DET));
	assert_false(word_is("tanker", WC_SAYING));
	/* saying is derived from cues.tsv: verbs of speech and belief that
	 * take a clause, but not their lemma, their -ing form or a noun */
	assert_true(word_is("reckoned", WC_SAYING));
	assert_true(word_is("Hinted", WC_SAYING));
	assert_true(word_is("say", WC_SAYING));		/* words.tsv */
	assert_false(word_is("hint", WC_SAYING));
	assert_false(word_is("hinting", WC_SAYING));
	assert_false(word_is("allegations", WC_SAYING));
	assert_false(word_is("zeppelin", WC_VESSEL));
	path = write_file(dir, "w.tsv", "zeppelin\tvessel agent\n");
	assert_int_equal(lexicon_load_user(lx, path, &cause), 0);
	assert_true(word_is("Zeppelin", WC_VESSEL));
	assert_true(word_is("zeppelin", WC_AGENT));
	free(path);
	remove_dir(dir, names);
	free(dir);
}

/* Does word w end like class c (words.tsv's endings, -ous)? */
static int
ends(const char *w, enum word_class c)
{
	return lexicon_ends_like(lx, w, strlen(w), c);
}

/*
 * words.tsv's endings: three letters at least before one, in small
 * letters as written; a user file adds one (test_user_errors: an ending
 * in a word's class, or a word in an ending's class, is an error).
 */
static void
test_endings(void **state)
{
	char *dir = temp_dir(), *path, *cause = NULL;
	static const char *const names[] = { "e.tsv", NULL };

	(void)state;
	assert_true(ends("tremendous", WC_ADJECTIVE_END));
	assert_true(ends("famous", WC_ADJECTIVE_END));
	assert_false(ends("pious", WC_ADJECTIVE_END));	/* two before */
	assert_true(ends("Dangerous", WC_FORMAL_END));
	assert_false(ends("DANGEROUS", WC_FORMAL_END));
	assert_true(ends("Protection", WC_ABSTRACT_END));
	assert_false(ends("Protection", WC_CREED_END));
	assert_true(ends("Socialist", WC_CREED_END));
	assert_true(ends("Crooked", WC_MODIFIER_END));
	assert_false(ends("Smith", WC_MODIFIER_END));
	assert_false(ends("", WC_MODIFIER_END));
	assert_false(lexicon_ends_like(NULL, "famous", 6, WC_ADJECTIVE_END));
	assert_false(ends("Sandinista", WC_CREED_END));
	path = write_file(dir, "e.tsv", "-ista\tcreed-ending\n");
	assert_int_equal(lexicon_load_user(lx, path, &cause), 0);
	assert_true(ends("Sandinista", WC_CREED_END));
	free(path);
	remove_dir(dir, names);
	free(dir);
}

/* Load text as a maps.tsv: NULL and *cause on error. */
static struct wordmaps *
maps_of(const char *dir, const char *text, char **cause)
{
	char *path = write_file(dir, "maps.tsv", text);
	struct wordmaps *w = wordmaps_load(path, cause);

	free(path);
	return w;
}

/* Does loading text as maps.tsv fail at line with message msg? */
static void
assert_maps_error(const char *dir, const char *text, const char *line,
    const char *msg)
{
	char *cause = NULL, *want;

	assert_null(maps_of(dir, text, &cause));
	want = xasprintf("%s/maps.tsv:%s: %s", dir, line, msg);
	assert_string_equal(cause, want);
	free(want);
	free(cause);
}

/* data/maps.tsv: words that stand for a country, an entity type. */
static void
test_maps(void **state)
{
	char *dir = temp_dir(), *cause = NULL;
	static const char *const names[] = { "maps.tsv", NULL };
	const struct wordmap *m;
	struct wordmaps *w;
	size_t n, i;
	int commons = 0;

	(void)state;
	m = lexicon_wordmap(lx, WMAP_HOME, &n);
	for (i = 0; i < n; i++)
		commons |= strcmp(m[i].word, "Commons") == 0 &&
		    strcmp(m[i].value, "United Kingdom") == 0;
	assert_true(commons);
	m = lexicon_wordmap(lx, WMAP_BODY_KIND, &n);
	assert_true(n > 0);
	assert_null(lexicon_wordmap(NULL, WMAP_HOME, &n));
	assert_int_equal(n, 0);
	w = maps_of(dir, "# c\n\nDuma\thome\tRussia\ntabloid\tbody-kind\t"
	    "company\n", &cause);
	assert_non_null(w);
	m = wordmaps_get(w, WMAP_BODY_KIND, &n);
	assert_int_equal(n, 1);
	assert_string_equal(m[0].word, "tabloid");
	assert_int_equal(m[0].types, 1u << ENT_COMPANY);
	wordmaps_free(w);
	assert_maps_error(dir, "Duma\thome\n", "1",
	    "expected 3 TAB-separated fields: word, map, value");
	assert_maps_error(dir, "Duma\tseat\tRussia\n", "1",
	    "unknown map (home, body-kind, party-tag, government, opposition, "
	    "union-seat, title-body, rival, monarch, party-member)");
	assert_maps_error(dir, "Duma\thome\tRussia\nDuma\thome\tRussia\n",
	    "2", "word given twice in this map");
	assert_maps_error(dir, "tabloid\tbody-kind\tplanet\n", "1",
	    "not an entity type");
	remove_dir(dir, names);
	free(dir);
}

static void
test_user_dir(void **state)
{
	char *dir = temp_dir(), *a, *b, *cause = NULL, *missing;
	static const char *const names[] = { "a.tsv", "b.tsv", "notes.txt",
	    NULL };

	(void)state;
	a = write_file(dir, "a.tsv",
	    "Vantor Group\tname\tVantor Group\tcompany\tFrance\n");
	b = write_file(dir, "b.tsv",
	    "Vantor\talias\tVantor Group\tcompany\tFrance\n");
	free(write_file(dir, "notes.txt", "not a lexicon\n"));
	assert_int_equal(lexicon_load_user_dir(lx, dir, &cause), 0);
	assert_non_null(canon_of("Vantor"));
	assert_string_equal(canon_of("Vantor")->name, "Vantor Group");
	missing = xasprintf("%s/none", dir);
	assert_int_equal(lexicon_load_user_dir(lx, missing, &cause), 0);
	free(missing);
	free(a);
	free(b);
	remove_dir(dir, names);
	free(dir);
}

static void
test_missing_data(void **state)
{
	struct lexicon *l = lexicon_new();
	char *dir = temp_dir(), *cause = NULL;
	static const char *const names[] = { NULL };

	(void)state;
	assert_int_equal(lexicon_load_dir(l, dir, &cause), -1);
	assert_non_null(strstr(cause, "countries.tsv"));
	free(cause);
	lexicon_free(l);
	remove_dir(dir, names);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_countries),
		cmocka_unit_test(test_every_iso_country),
		cmocka_unit_test(test_bodies_and_companies),
		cmocka_unit_test(test_titles_names_stops),
		cmocka_unit_test(test_abbrevs),
		cmocka_unit_test(test_cues_hook),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_fold_marks),
		cmocka_unit_test(test_fold_hash),
		cmocka_unit_test(test_fold_hash_marks),
		cmocka_unit_test(test_user_file),
		cmocka_unit_test(test_maps),
		cmocka_unit_test(test_user_errors),
		cmocka_unit_test(test_user_dir),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_endings),
		cmocka_unit_test(test_find_plain),
		cmocka_unit_test(test_missing_data),
	};

	return cmocka_run_group_tests(tests, tlex_setup, tlex_teardown);
}
