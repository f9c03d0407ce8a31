/* test_safe.c: the one rule for showing strings of outside origin
 * (safe.c), and the reader's cuts that apply it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "reader.h"
#include "safe.h"

static void
expect(const char *in, const char *want)
{
	char *out = safe_str(in);

	assert_string_equal(out, want);
	free(out);
}

static void
test_controls(void **state)
{
	(void)state;
	expect("x\033]2;PWNED\007.txt", "x^[]2;PWNED^G.txt");
	expect("a\nb\tc\rd\177", "a^Jb^Ic^Md^?");
	expect("\001\037", "^A^_");
	expect("csi \xc2\x9b" "31m osc \xc2\x9d", "csi \\x9b31m osc \\x9d");
	expect("plain caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d",
	    "plain caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d");
}

static void
test_invalid_and_bidi(void **state)
{
	(void)state;
	expect("caf\xe9.txt", "caf\\xe9.txt");
	expect("\xf0\x9f\x98", "\\xf0\\x9f\\x98");	/* cut short */
	expect("\xed\xa0\x80", "\\xed\\xa0\\x80");	/* a surrogate */
	expect("abc\xe2\x80\xae" "cba \xe2\x81\xa6x\xe2\x81\xa9",
	    "abc\\u202ecba \\u2066x\\u2069");
	expect("\xe2\x80\x8f", "\xe2\x80\x8f");		/* a mark: inert */
}

/* What safe_text makes is safe: a second pass changes nothing. */
static void
test_idempotent(void **state)
{
	const char *in = "\033[2J\xc2\x9b\xe9\xe2\x80\xae\n";
	char *once = safe_str(in), *twice = safe_str(once);

	(void)state;
	assert_string_equal(once, twice);
	free(once);
	free(twice);
}

static void
test_safe_next(void **state)
{
	ucs4_t c;
	size_t len;

	(void)state;
	assert_int_equal(safe_next("a", 1, &c, &len), SAFE_OK);
	assert_int_equal(safe_next("\033", 1, &c, &len), SAFE_CONTROL);
	assert_int_equal(safe_next("\xc2\x85", 2, &c, &len), SAFE_CONTROL);
	assert_int_equal(len, 2);
	assert_int_equal(safe_next("\xe2\x80\xad", 3, &c, &len), SAFE_BIDI);
	assert_int_equal(c, 0x202d);
	assert_int_equal(safe_next("\xe2\x80", 2, &c, &len), SAFE_INVALID);
	assert_int_equal(len, 1);
	assert_int_equal(c, 0xe2);
}

/* The reader's bars and lists cut names made safe: widths count ^[. */
static void
test_reader_cuts(void **state)
{
	char *s;

	(void)state;
	s = reader_cut("x\033]2;PWNED\007.txt", 40);
	assert_string_equal(s, "x^[]2;PWNED^G.txt");
	free(s);
	s = reader_cut("\033\033\033\033", 5);
	assert_string_equal(s, "^[^[…");
	free(s);
	s = reader_elide("caf\xe9-a-long-name\033.txt", 12);
	assert_string_equal(s, "caf\\xe…[.txt");	/* cut anywhere: still inert */
	free(s);
	assert_int_equal(reader_width("a\033b"), 4);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_invalid_and_bidi),
		cmocka_unit_test(test_idempotent),
		cmocka_unit_test(test_safe_next),
		cmocka_unit_test(test_reader_cuts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
