/* test_ui_mono.c: the mono theme (attributes only) keeps apart what the
 * reader marks: the entity types from each other and from a cue, inside a
 * claim's content too, and a claim's source, cue and content from each
 * other and from plain text, in the current (reversed) claim as well. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "hl.h"
#include "theme.h"
#include "util.h"

/* Attributes of a byte of entity type ent (0: none) with flags. */
static unsigned
attrs(int ent, int flags, unsigned over)
{
	struct hl_class c = { (uint8_t)ent, (uint8_t)flags };

	return theme_class(&c, over).attrs;
}

/* The n attribute sets in a are all different. */
static void
distinct(const char *what, const unsigned *a, int n)
{
	int i, j;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (a[i] == a[j])
				fail_msg("%s: %d and %d look the same (%#x)", what, i, j, a[i]);
}

static void
test_mono_apart(void **state)
{
	const char *src = getenv("top_srcdir");
	char *path = xasprintf("%s/themes/mono.theme", src ? src : "."), *cause = NULL;
	struct theme t = { 0 };
	unsigned a[8], over;
	int k;

	(void)state;
	if (theme_load(&t, path, &cause) != 0)
		fail_msg("%s", cause);
	theme_use(&t);
	for (over = 0; over <= THEME_CUR; over += THEME_CUR) {
		/* outside claims: plain text, the five entity types, a cue */
		a[0] = attrs(0, 0, 0);
		for (k = 1; k <= 5; k++)
			a[k] = attrs(k, 0, 0);
		a[6] = attrs(0, HL_CUE, 0);
		distinct("entities and the cue", a, 7);
		/* inside a claim's content: still told apart, and from the cue */
		a[0] = attrs(0, HL_CONTENT, over);
		for (k = 1; k <= 5; k++)
			a[k] = attrs(k, HL_CONTENT, over);
		a[6] = attrs(0, HL_CUE, over);
		a[7] = attrs(0, 0, over);
		distinct("entities in content, content, cue, plain", a, 8);
		/* the source is marked: its entity looks different from
		 * elsewhere, and not like the cue */
		for (k = 1; k <= 5; k++) {
			assert_int_not_equal(attrs(k, HL_SOURCE, over), attrs(k, 0, over));
			assert_int_not_equal(attrs(k, HL_SOURCE, over),
			    attrs(0, HL_CUE, over));
		}
	}
	theme_free(&t);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mono_apart),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
