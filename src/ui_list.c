/*
 * ui_list.c: the list of articles when several are opened. Each takes two
 * lines: its title, then how many parties and claims, who speaks and
 * who is silent.
 * Enter opens one; q in the article comes back here. / searches the
 * titles and party names with the article search (search.c, pcre2) over
 * one text made of them all; n and N go to the next matching article.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_int.h"
#include "util.h"

/* Articles that fit in the window. */
static long
ui_list_fit(const struct ui *ui)
{
	long n = ui->wart != NULL ? getmaxy(ui->wart) / 2 : 1;

	return n < 1 ? 1 : n;
}

/* The title of article a, on one line, allocated. */
static char *
ui_list_title(const struct ui_art *a)
{
	const struct doc *d = a->doc;
	char *s;
	size_t i;

	if (d->title < 0)
		return xstrdup(d->name);
	s = xstrndup(d->text + d->paras.v[d->title].start,
	    d->paras.v[d->title].end - d->paras.v[d->title].start);
	for (i = 0; s[i] != '\0'; i++)
		if (s[i] == '\n' || s[i] == '\t')
			s[i] = ' ';
	return s;
}

void
ui_list_draw(struct ui *ui)
{
	WINDOW *w = ui->wart;
	long i, fit = ui_list_fit(ui);
	int width = getmaxx(w) - 4, y;
	attr_t sel;
	char *s;

	wbkgdset(w, ' ' | ui_attr_el(EL_PANE));
	werase(w);
	for (i = ui->list_top, y = 0; i < (long)ui->narts && i < ui->list_top + fit; i++) {
		sel = i == ui->list_sel ? A_REVERSE : 0;
		if (sel) {
			wattrset(w, sel);
			mvwhline(w, y, 0, ' ', getmaxx(w));
		}
		wmove(w, y++, 1);
		s = ui_list_title(&ui->arts[i]);
		ui_put_cut(w, s, width + 2, ui_attr_el(EL_TITLE) | sel);
		free(s);
		wmove(w, y++, 3);
		s = reader_summary(ui->arts[i].rd);
		ui_put_cut(w, s, width, ui_attr_el(EL_PANE));
		free(s);
	}
	wattrset(w, A_NORMAL);
	wnoutrefresh(w);
}

/* Move the selection to i (clamped) and keep it in view. */
static void
ui_list_select(struct ui *ui, long i)
{
	long fit = ui_list_fit(ui);

	if (i >= (long)ui->narts)
		i = (long)ui->narts - 1;
	if (i < 0)
		i = 0;
	ui->list_sel = i;
	if (i < ui->list_top)
		ui->list_top = i;
	if (i >= ui->list_top + fit)
		ui->list_top = i - fit + 1;
	ui->dirty |= UI_ART | UI_STATUS;
}

void
ui_list_scroll(struct ui *ui, long d)
{
	ui_list_select(ui, ui->list_sel + (d > 0 ? 1 : -1));
}

int
ui_list_key(struct ui *ui, enum keys_action act)
{
	long fit = ui_list_fit(ui);

	switch (act) {
	case KA_LINE_DOWN: ui_list_select(ui, ui->list_sel + 1); return 1;
	case KA_LINE_UP: ui_list_select(ui, ui->list_sel - 1); return 1;
	case KA_PAGE_DOWN: ui_list_select(ui, ui->list_sel + fit); return 1;
	case KA_PAGE_UP: ui_list_select(ui, ui->list_sel - fit); return 1;
	case KA_HALF_DOWN: ui_list_select(ui, ui->list_sel + fit / 2 + 1); return 1;
	case KA_HALF_UP: ui_list_select(ui, ui->list_sel - fit / 2 - 1); return 1;
	case KA_TOP: ui_list_select(ui, 0); return 1;
	case KA_BOTTOM: ui_list_select(ui, (long)ui->narts); return 1;
	case KA_SEARCH_FWD: ui_search_start(ui, 1); return 1;
	case KA_SEARCH_BACK: ui_search_start(ui, 0); return 1;
	case KA_MATCH_NEXT: ui_list_search_step(ui, ui->list_fwd); return 1;
	case KA_MATCH_PREV: ui_list_search_step(ui, !ui->list_fwd); return 1;
	case KA_CLOSE:
		ui_list_free(ui);
		ui->dirty |= UI_ART;
		return 1;
	default: return 0;
	}
}

int
ui_list_click(struct ui *ui, int y, int x)
{
	long i = ui->list_top + y / 2;

	(void)x;
	if (i >= (long)ui->narts)
		return 0;
	if (i == ui->list_sel)
		return 1;	/* a click on the selected article opens it */
	ui_list_select(ui, i);
	return 0;
}

/* Append s and a newline to the text being built. */
static void
ui_list_add(char **text, size_t *n, size_t *cap, const char *s)
{
	size_t len = strlen(s);

	if (*n + len + 2 > *cap)
		*text = xrealloc(*text, *cap = 2 * *cap + len + 2);
	memcpy(*text + *n, s, len);
	*n += len;
	(*text)[(*n)++] = '\n';
	(*text)[*n] = '\0';
}

/* The text searched: each article's title then its parties' names, one a
 * line; list_offs gets where each article starts. Allocated. */
static char *
ui_list_text(struct ui *ui, size_t *len)
{
	size_t i, j, cap = 1024;
	char *text = xmalloc(cap), *t;

	*len = 0;
	text[0] = '\0';
	free(ui->list_offs);
	ui->list_offs = xcalloc(ui->narts + 1, sizeof *ui->list_offs);
	for (i = 0; i < ui->narts; i++) {
		const struct doc *d = ui->arts[i].doc;

		ui->list_offs[i] = (uint32_t)*len;
		t = ui_list_title(&ui->arts[i]);
		ui_list_add(&text, len, &cap, t);
		free(t);
		for (j = 0; j < d->parties.n; j++)
			ui_list_add(&text, len, &cap,
			    d->ents.v[d->parties.v[j].entity].name);
	}
	ui->list_offs[ui->narts] = (uint32_t)*len;
	return text;
}

/* Does article i match? */
static int
ui_list_matches(const struct ui *ui, long i)
{
	long h = search_find(ui->list_search, ui->list_offs[i], 1, &(int){ 0 });

	return h >= 0 && ui->list_search->hits.v[h].start < ui->list_offs[i + 1] &&
	    ui->list_search->hits.v[h].start >= ui->list_offs[i];
}

/* Count the matching articles, and which of them i is (1-based). */
static long
ui_list_count(const struct ui *ui, long i, long *nth)
{
	long j, n = 0;

	*nth = 0;
	for (j = 0; j < (long)ui->narts; j++)
		if (ui_list_matches(ui, j)) {
			n++;
			if (j == i)
				*nth = n;
		}
	return n;
}

void
ui_list_search(struct ui *ui, const char *pat, int fwd)
{
	struct search *s;
	char *text, *cause = NULL;
	size_t len;

	text = ui_list_text(ui, &len);
	s = search_new(pat, text, len, &cause);
	free(text);
	if (s == NULL) {
		ui_message(ui, 1, "search: %s", cause);
		free(cause);
		return;
	}
	search_free(ui->list_search);
	ui->list_search = s;
	ui->list_fwd = fwd;
	if (s->hits.n == 0) {
		ui_message(ui, 1, "not found: %s", pat);
		return;
	}
	if (ui_list_matches(ui, ui->list_sel))
		ui_list_search_step(ui, -1);	/* stay; say which */
	else
		ui_list_search_step(ui, fwd);
}

/* n and N: the next or previous matching article, wrapping; fwd -1
 * names the selected one without moving. */
void
ui_list_search_step(struct ui *ui, int fwd)
{
	long i = ui->list_sel, n = (long)ui->narts, k, nth, count;
	char m[64];

	if (ui->list_search == NULL || ui->list_search->hits.n == 0) {
		ui_message(ui, 0, "no search%s", ui_key_says(ui, KA_SEARCH_FWD,
		    "to search titles and parties", m, sizeof m));
		return;
	}
	for (k = fwd < 0 ? 0 : 1; k <= n; k++) {
		i = fwd == 0 ? (ui->list_sel - k + n * 2) % n : (ui->list_sel + k) % n;
		if (ui_list_matches(ui, i))
			break;
	}
	ui_list_select(ui, i);
	count = ui_list_count(ui, i, &nth);
	ui_message(ui, 0, "%c%s  article %ld/%ld matching",
	    ui_search_mark(ui->list_fwd), ui->list_search->pattern, nth, count);
}

void
ui_list_free(struct ui *ui)
{
	search_free(ui->list_search);
	ui->list_search = NULL;
	free(ui->list_offs);
	ui->list_offs = NULL;
}
