/*
 * dump.c: prints the article wrapped to a width, like a pager's output, with
 * SGR colours for entities and claims when asked. The text has no control
 * characters after ingest; tabs are expanded here, so nothing but our own
 * SGR sequences reaches the terminal.
 */
#include <stdio.h>
#include <string.h>

#include "dump.h"
#include "hl.h"
#include "layout.h"

/* SGR parameters of a highlight class (defaults; themes may override). */
static void
dump_sgr(const struct hl_class *c, char *buf, size_t size)
{
	static const char *ent[] = { "", "1;36", "1;35", "1;32", "33", "34" };
	size_t n = 0;

	buf[0] = '\0';
#define ADD(s) n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? ";" : "", s)
	if (c->ent)
		ADD(ent[c->ent]);
	if (c->flags & HL_TITLE)
		ADD("1");
	if (c->flags & HL_BOILER)
		ADD("2");
	if (c->flags & HL_CUE)
		ADD("1;4");
	else if (c->flags & HL_SOURCE)
		ADD("4");
	if (c->flags & HL_CONTENT)
		ADD("3");
#undef ADD
}

static void
dump_line(FILE *f, const struct doc *d, const struct layout *l,
    const struct layout_line *ln, const struct hl *h)
{
	struct layout_cell c = { ln->start, ln->start, 0, 0 };
	char cur[64] = "", want[64];
	int k;

	while (layout_next_cell(d, l, ln, &c)) {
		if (h != NULL) {
			dump_sgr(&h->v[c.start], want, sizeof want);
			if (strcmp(cur, want) != 0) {
				fprintf(f, "\033[0%s%sm", *want ? ";" : "", want);
				strcpy(cur, want);
			}
		}
		if (d->text[c.start] == '\t' || d->text[c.start] == '\n')
			for (k = 0; k < c.width; k++)
				putc(' ', f);
		else
			fwrite(d->text + c.start, 1, c.end - c.start, f);
	}
	if (h != NULL && *cur)
		fputs("\033[0m", f);
	putc('\n', f);
}

void
dump_write(FILE *f, const struct doc *d, int width, int colour)
{
	struct layout *l = layout_new(d, width);
	struct hl *h = colour ? hl_new(d) : NULL;
	size_t i;

	for (i = 0; i < l->lines.n; i++)
		dump_line(f, d, l, &l->lines.v[i], h);
	hl_free(h);
	layout_free(l);
}
