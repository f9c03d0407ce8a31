/* test_json.c: JSON escaping and the schema's shape for a hand-made model. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "json.h"
#include "util.h"

/* Run f over a memory stream and return what it wrote. */
static char *
capture(void (*f)(FILE *, const void *), const void *arg)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&buf, &n);

	assert_non_null(m);
	f(m, arg);
	fclose(m);
	return buf;
}

static void
write_string(FILE *f, const void *s)
{
	json_write_string(f, s, strlen(s));
}

static void
write_doc(FILE *f, const void *d)
{
	json_write(f, d);
}

static void
test_string_escapes(void **state)
{
	char *out = capture(write_string, "a\"b\\c\nd\te\x01" "f\xe2\x80\x9c");

	(void)state;
	assert_string_equal(out, "\"a\\\"b\\\\c\\nd\\te\\u0001f\xe2\x80\x9c\"");
	free(out);
}

/* Plain bytes go eight at a time: a mark to escape at any place of a
 * block, the plain bytes before it and after it come out as they were. */
static void
test_string_escape_anywhere(void **state)
{
	static const char *const mark[] = { "\n", "\"", "\xe2\x80\x9c", "\x01" };
	static const char *const esc[] = { "\\n", "\\\"", "\xe2\x80\x9c",
	    "\\u0001" };
	char in[64], want[80], *out;
	size_t at, m;

	(void)state;
	for (m = 0; m < sizeof mark / sizeof *mark; m++)
		for (at = 0; at < 20; at++) {
			snprintf(in, sizeof in, "%.*s%s%.*s", (int)at,
			    "abcdefghijklmnopqrst", mark[m], (int)(20 - at),
			    "ABCDEFGHIJKLMNOPQRST");
			snprintf(want, sizeof want, "\"%.*s%s%.*s\"", (int)at,
			    "abcdefghijklmnopqrst", esc[m], (int)(20 - at),
			    "ABCDEFGHIJKLMNOPQRST");
			out = capture(write_string, in);
			assert_string_equal(out, want);
			free(out);
		}
}

/* Plain bytes go sixteen, eight, then one at a time (the last few, a short
 * name): every kind of mark at every place of strings of 1 to 40 bytes. */
static void
test_string_escape_every_length(void **state)
{
	static const char *const mark[] = { "\n", "\"", "\\", "\x7f",
	    "\xc3\xa9", "\x1f" };
	static const char *const esc[] = { "\\n", "\\\"", "\\\\", "\\u007f",
	    "\xc3\xa9", "\\u001f" };
	static const char plain[] = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMN";
	char in[64], want[80], *out;
	int len, at;
	size_t m;

	(void)state;
	for (m = 0; m < sizeof mark / sizeof *mark; m++)
		for (len = 1; len <= 40; len++)
			for (at = 0; at < len; at++) {
				snprintf(in, sizeof in, "%.*s%s%.*s", at, plain,
				    mark[m], len - at - 1, plain + at);
				snprintf(want, sizeof want, "\"%.*s%s%.*s\"", at,
				    plain, esc[m], len - at - 1, plain + at);
				out = capture(write_string, in);
				assert_string_equal(out, want);
				free(out);
			}
}

/* Any bytes come out as valid UTF-8: a byte that is not UTF-8 as U+FFFD,
 * C1 and bidi controls as \\u escapes (a Latin-1 file name, a lexicon's
 * stray bytes); an escape's length never runs past the string. */
static void
test_string_invalid_utf8(void **state)
{
	char *out = capture(write_string, "caf\xe9 \xc2\x9b" "1m \xe2\x80\xae "
	    "\xf0\x9f\x98 \xed\xa0\x80 ok \xe2\x80\x9c\xe2\x80");

	(void)state;
	assert_string_equal(out, "\"caf\xef\xbf\xbd \\u009b1m \\u202e "
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd "
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd ok \xe2\x80\x9c"
	    "\xef\xbf\xbd\xef\xbf\xbd\"");
	free(out);
}

static struct doc *
mkdoc(const char *s)
{
	char *cause = NULL;
	struct doc *d = doc_from_bytes("in\"put.txt", s, strlen(s), 0, &cause);

	assert_non_null(d);
	return d;
}

static void
test_empty_model_arrays(void **state)
{
	struct doc *d = mkdoc("");
	char *out = capture(write_doc, d);

	(void)state;
	assert_non_null(strstr(out, "\"partyline\": 1"));
	assert_non_null(strstr(out, "\"source\": \"in\\\"put.txt\""));
	assert_non_null(strstr(out, "\"title\": null"));
	assert_non_null(strstr(out, "\"entities\": []"));
	assert_non_null(strstr(out, "\"claims\": []"));
	assert_non_null(strstr(out, "\"parties\": []"));
	free(out);
	doc_free(d);
}

static void
test_entities_claims_parties(void **state)
{
	struct doc *d = mkdoc("Headline\n\nNorway said \"no\".");
	struct entity *e;
	struct mention *m;
	struct claim *c;
	struct party *p;
	char *out;

	(void)state;
	e = VEC_PUSH(d->ents);
	memset(e, 0, sizeof *e);
	e->name = xstrdup("Norway");
	e->type = ENT_COUNTRY;
	e->affiliation = -1;
	m = VEC_PUSH(d->mentions);
	*m = (struct mention){ 10, 16, 0, MENTION_NAME };
	c = VEC_PUSH(d->claims);
	*c = (struct claim){ .kind = CLAIM_SPEECH, .party = 0, .speaker = 0,
	    .has_source = true, .quoted = true, .source = { 10, 16 },
	    .cue = { 17, 21 }, .content = { 22, 26 } };
	p = VEC_PUSH(d->parties);
	memset(p, 0, sizeof *p);
	*VEC_PUSH(p->claims) = 0;
	out = capture(write_doc, d);
	assert_non_null(strstr(out, "\"title\": {\"start\": 0, \"end\": 8, \"text\": \"Headline\"}"));
	assert_non_null(strstr(out, "\"id\": \"e1\", \"type\": \"country\", \"name\": \"Norway\", "
	    "\"affiliation\": null, \"role\": null"));
	assert_non_null(strstr(out, "{\"start\": 10, \"end\": 16, \"text\": \"Norway\", \"kind\": \"name\"}"));
	assert_non_null(strstr(out, "\"id\": \"c1\", \"kind\": \"speech\", \"party\": \"e1\", \"speaker\": \"e1\""));
	assert_non_null(strstr(out, "\"cue\": {\"start\": 17, \"end\": 21, \"text\": \"said\"}"));
	assert_non_null(strstr(out, "\"content\": {\"start\": 22, \"end\": 26, \"text\": \"\\\"no\\\"\"}"));
	assert_non_null(strstr(out, "\"quoted\": true"));
	assert_non_null(strstr(out, "{\"entity\": \"e1\", \"claims\": [\"c1\"]}"));
	free(out);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_string_escapes),
		cmocka_unit_test(test_string_escape_anywhere),
		cmocka_unit_test(test_string_escape_every_length),
		cmocka_unit_test(test_string_invalid_utf8),
		cmocka_unit_test(test_empty_model_arrays),
		cmocka_unit_test(test_entities_claims_parties),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
